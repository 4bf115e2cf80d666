// A minimal ELF reader: section headers, the symbol table, the GNU build-id
// note and .modinfo. Written here rather than taken from npm because the
// packages there (elfy, elf-tools, @bugsplat/elfy) are unmaintained, untyped
// and read the whole file into memory, which is slow for a 100+ MB vmlinux;
// this one reads only the parts it needs, at their offsets.
import { open, type FileHandle } from 'node:fs/promises';

export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
const SHT_SYMTAB = 2;
const SHT_NOTE = 7;
const SHT_NOBITS = 8;
export const ET_REL = 1;
export const EM_ARM = 40;
const STT_FUNC = 2;
const NT_GNU_BUILD_ID = 3;

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  addr: bigint;
  offset: number;
  size: number;
  addralign: number;
  entsize: number;
  /** Where sh_addr sits in the file, so a copy can move the section (see relocatable.ts). */
  headerOffset: number;
}

export interface ElfSymbol {
  name: string;
  value: bigint;
  size: number;
  /** STT_* */
  type: number;
  shndx: number;
}

export interface ElfFile {
  path: string;
  is64: boolean;
  littleEndian: boolean;
  type: number;
  /** e_machine (EM_AARCH64 = 183, ...): which tools can read it (machine.ts). */
  machine: number;
  sections: ElfSection[];
  symbols: ElfSymbol[];
  buildId?: string;
  /** `name=` from .modinfo, for a kernel module. */
  modinfoName?: string;
}

export class NotElfError extends Error {}

async function readAt(fh: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, offset);
  if (bytesRead !== length) throw new NotElfError(`truncated at ${offset}+${length}`);
  return buf;
}

export async function readElf(path: string): Promise<ElfFile> {
  const fh = await open(path, 'r');
  try {
    const ident = await readAt(fh, 0, 64).catch(() => {
      throw new NotElfError('not an ELF file (too short)');
    });
    if (ident.readUInt32BE(0) !== 0x7f454c46) throw new NotElfError('not an ELF file');
    const is64 = ident[4] === 2;
    const le = ident[5] === 1;
    const u16 = (b: Buffer, o: number) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b: Buffer, o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const u64 = (b: Buffer, o: number) => (le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o));
    const word = (b: Buffer, o: number) => (is64 ? u64(b, o) : BigInt(u32(b, o)));
    const type = u16(ident, 16);
    const machine = u16(ident, 18);
    const shoff = Number(word(ident, is64 ? 0x28 : 0x20));
    const shentsize = u16(ident, is64 ? 0x3a : 0x2e);
    const shnum = u16(ident, is64 ? 0x3c : 0x30);
    const shstrndx = u16(ident, is64 ? 0x3e : 0x32);
    if (shnum === 0 || shentsize < (is64 ? 64 : 40)) throw new NotElfError('no section headers');
    const sh = await readAt(fh, shoff, shnum * shentsize);
    const raw = [];
    for (let i = 0; i < shnum; i++) {
      const o = i * shentsize;
      raw.push({
        index: i,
        nameOff: u32(sh, o),
        type: u32(sh, o + 4),
        flags: Number(word(sh, o + 8)),
        addr: word(sh, is64 ? o + 16 : o + 12),
        offset: Number(word(sh, is64 ? o + 24 : o + 16)),
        size: Number(word(sh, is64 ? o + 32 : o + 20)),
        link: u32(sh, is64 ? o + 40 : o + 24),
        addralign: Number(word(sh, is64 ? o + 48 : o + 32)),
        entsize: Number(word(sh, is64 ? o + 56 : o + 36)),
        headerOffset: shoff + o + (is64 ? 16 : 12),
      });
    }
    const content = async (s: { offset: number; size: number; type: number }) =>
      s.type === SHT_NOBITS ? Buffer.alloc(0) : readAt(fh, s.offset, s.size);
    const shstr = raw[shstrndx] ? await content(raw[shstrndx]) : Buffer.alloc(0);
    const cstr = (b: Buffer, o: number) => {
      const end = b.indexOf(0, o);
      return b.toString('latin1', o, end < 0 ? b.length : end);
    };
    const sections: ElfSection[] = raw.map(({ nameOff, link: _l, ...s }) => ({ ...s, name: cstr(shstr, nameOff) }));

    const symbols: ElfSymbol[] = [];
    const symtab = raw.find((s) => s.type === SHT_SYMTAB);
    if (symtab && raw[symtab.link]) {
      const data = await content(symtab);
      const strs = await content(raw[symtab.link]!);
      const ent = is64 ? 24 : 16;
      for (let o = 0; o + ent <= data.length; o += ent) {
        const info = is64 ? data[o + 4]! : data[o + 12]!;
        const raw = is64 ? u64(data, o + 8) : BigInt(u32(data, o + 4));
        symbols.push({
          name: cstr(strs, u32(data, o)),
          // A Thumb function's st_value has bit 0 set (the ARM ELF ABI); its code, the
          // kernel's kallsyms and DWARF start at the even address, as binutils reads it.
          value: machine === EM_ARM && (info & 0xf) === STT_FUNC ? raw & ~1n : raw,
          size: Number(is64 ? u64(data, o + 16) : BigInt(u32(data, o + 8))),
          type: info & 0xf,
          shndx: u16(data, is64 ? o + 6 : o + 14),
        });
      }
    }

    let buildId: string | undefined;
    for (const s of raw.filter((x) => x.type === SHT_NOTE && x.size < 1 << 20)) {
      const d = await content(s);
      for (let o = 0; o + 12 <= d.length;) {
        const namesz = u32(d, o),
          descsz = u32(d, o + 4),
          ntype = u32(d, o + 8);
        const nameEnd = o + 12 + ((namesz + 3) & ~3);
        if (ntype === NT_GNU_BUILD_ID && cstr(d, o + 12) === 'GNU') {
          buildId = d.subarray(nameEnd, nameEnd + descsz).toString('hex');
        }
        o = nameEnd + ((descsz + 3) & ~3);
      }
    }

    let modinfoName: string | undefined;
    const modinfo = sections.find((s) => s.name === '.modinfo');
    if (modinfo && modinfo.size < 1 << 20) {
      for (const entry of (await content(modinfo)).toString('latin1').split('\0')) {
        if (entry.startsWith('name=')) modinfoName = entry.slice(5);
      }
    }
    return { path, is64, littleEndian: le, type, machine, sections, symbols, buildId, modinfoName };
  } finally {
    await fh.close();
  }
}
