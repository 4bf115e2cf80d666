// A .ko is ET_REL: every section starts at address 0, so `.text+0xbe` and
// `.text.unlikely+0xbe` are the same number to a symbolizer. `addr2line -j
// SECTION` picks one section per process; to ask about all sections in one
// process we give addr2line a temporary copy whose section headers place each
// allocated section at its own address (sh_addr). BFD applies the DWARF
// relocations against those addresses, so `addr2line -e copy (base + off)`
// answers exactly what `addr2line -j SECTION off` answers (tested on the
// hil-6.1 modules). llvm-symbolizer (14) does not honour sh_addr in an ET_REL
// file and, with all sections at 0, always picks the first code section; so
// with it only that section can be asked about (others get no line and a
// warning; addr2line has no such limit).
import { copyFile, open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ET_REL, SHF_ALLOC, type ElfFile } from './elf.js';
import { isCode } from './layout.js';
import type { SymbolizerKind } from './symbolizers.js';

export interface Addressing {
  /** The file to give the tool. */
  binary: string;
  /** Address of each section for that file; absent = the tool can't be asked about it. */
  sectionBase: Map<number, bigint>;
}

const FIRST = 0x1000000n; // clear of 0, so a stray "address 0" answer can't match

export async function addressing(elf: ElfFile, kind: SymbolizerKind, tmpDir: string, n: number): Promise<Addressing> {
  const sectionBase = new Map<number, bigint>();
  if (elf.type !== ET_REL) {
    for (const s of elf.sections) sectionBase.set(s.index, 0n); // symbol values are addresses already
    return { binary: elf.path, sectionBase };
  }
  if (kind === 'llvm') {
    const first = elf.sections.find((s) => isCode(s) && s.size > 0);
    if (first) sectionBase.set(first.index, 0n);
    return { binary: elf.path, sectionBase };
  }
  const copy = join(tmpDir, `placed-${n}-${basename(elf.path)}`);
  await copyFile(elf.path, copy);
  const fh = await open(copy, 'r+');
  try {
    let next = FIRST;
    for (const s of elf.sections) {
      if (!(s.flags & SHF_ALLOC) || s.size === 0) continue;
      const align = BigInt(Math.max(1, s.addralign));
      next = ((next + align - 1n) / align) * align;
      sectionBase.set(s.index, next);
      const buf = Buffer.alloc(elf.is64 ? 8 : 4);
      if (elf.is64 && elf.littleEndian) buf.writeBigUInt64LE(next);
      else if (elf.is64) buf.writeBigUInt64BE(next);
      else if (elf.littleEndian) buf.writeUInt32LE(Number(next));
      else buf.writeUInt32BE(Number(next));
      await fh.write(buf, 0, buf.length, s.headerOffset);
      next += BigInt(s.size) + 0x1000n; // a gap, so an end address never touches the next section
    }
  } finally {
    await fh.close();
  }
  return { binary: copy, sectionBase };
}
