// Finds a named frame (function+offset/size) in a binary's own symbol table.
// Symbol+offset, not the printed address: KASLR and module load addresses
// make the address differ from the binary's, while symbol+offset agree. The
// printed size picks among same-named static functions and, above all,
// checks that the binary is the one that ran: a different build shows up as
// a missing symbol, another size, or an offset past the function's end.
import type { Frame } from '../model.js';
import type { ElfFile, ElfSymbol } from './elf.js';
import { codeLayout, printedSize, type CodeLayout, type PlacedSymbol, type Region } from './layout.js';
import { EM_ARM, ET_REL } from './elf.js';
import { hex } from '../model/hex.js';

export interface Target {
  sym: ElfSymbol;
  /** Where the kernel's layout puts the symbol (module: offset in its region; vmlinux: link address). */
  region: Region;
  at: bigint;
  /** Offset of the looked-up pc (return address - 1) from the start of the symbol's section. */
  pcInSection: bigint;
  /** Other names at the same place (sys_finit_module and __se_sys_finit_module): DWARF may give any of them. */
  aliases: string[];
}

/** 'mismatch': proof that the binary is not the one that ran; 'frame': only this frame can't be placed. */
export type Located = { ok: true; target: Target } | { ok: false; kind: 'mismatch' | 'frame'; why: string };

interface Index {
  layout: CodeLayout;
  byName: Map<string, PlacedSymbol[]>;
  /** Names by `section:value`. */
  byPlace: Map<string, string[]>;
}
const placeKey = (p: PlacedSymbol) => `${p.sym.shndx}:${p.sym.value}`;
const indexes = new WeakMap<ElfFile, Index>();

export function indexOf(elf: ElfFile): Index {
  let idx = indexes.get(elf);
  if (!idx) {
    const layout = codeLayout(elf);
    const byName = new Map<string, PlacedSymbol[]>();
    const byPlace = new Map<string, string[]>();
    for (const p of layout.symbols) {
      const list = byName.get(p.sym.name) ?? [];
      list.push(p);
      byName.set(p.sym.name, list);
      const names = byPlace.get(placeKey(p)) ?? [];
      names.push(p.sym.name);
      byPlace.set(placeKey(p), names);
    }
    idx = { layout, byName, byPlace };
    indexes.set(elf, idx);
  }
  return idx;
}

/** Where the call is, for a return address at `offset` into its function: the
 * instruction before it (syzkaller and decode_stacktrace.sh look up pc-1 too).
 * A Thumb return address is odd (bit 0 marks Thumb, hil-arm32-thumb2-6.1:
 * `nicLoadNvramCfg+0x1b`): pc-1 is then the even address after the call, a
 * line too late; the last halfword of the call is at (offset & ~1) - 2. An
 * address at the very start of a function (offset 0, Thumb 1: ARM's
 * ret_fast_syscall, entered with `badr lr`) follows no call: looked up as is. */
export function callOffset(offset: number, machine: number): number {
  if (machine === EM_ARM && offset % 2 === 1) return offset > 1 ? offset - 3 : 0;
  return offset > 0 ? offset - 1 : 0;
}

export function locate(frame: Frame, elf: ElfFile, shown: string): Located {
  const fn = frame.function;
  if (fn === undefined || frame.offset === undefined) return { ok: false, kind: 'frame', why: 'frame has no symbol+offset' };
  const { layout, byName, byPlace } = indexOf(elf);
  const rel = elf.type === ET_REL;
  const named = byName.get(fn) ?? [];
  if (named.length === 0) return { ok: false, kind: 'mismatch', why: `${fn} is not a function in ${shown}` };
  let fits = named;
  if (frame.size !== undefined) {
    fits = named.filter((p) => {
      const r = printedSize(layout, p.sym, rel);
      return r !== undefined && frame.size! >= r.min && frame.size! <= r.max;
    });
    if (fits.length === 0) {
      const r = printedSize(layout, named[0]!.sym, rel);
      const there = r ? (r.min === r.max ? hex(r.min) : `${hex(r.min)}..${hex(r.max)}`) : '?';
      return { ok: false, kind: 'mismatch', why: `${fn} is ${there} bytes in ${shown}, the kernel printed /${hex(frame.size)}` };
    }
  }
  if (fits.length > 1) {
    return {
      ok: false,
      kind: 'frame',
      why: `${fits.length} functions named ${fn}${frame.size !== undefined ? ` of size ${hex(frame.size)}` : ''} in ${shown}`,
    };
  }
  const { sym, region, at } = fits[0]!;
  const pc = callOffset(frame.offset, elf.machine);
  const extent = sym.size > 0 ? sym.size : (printedSize(layout, sym, rel)?.min ?? 0);
  if (pc >= extent) {
    return { ok: false, kind: 'mismatch', why: `${fn}+${hex(frame.offset)} is past the end of ${fn} (${hex(extent)} bytes) in ${shown}` };
  }
  const aliases = (byPlace.get(placeKey(fits[0]!)) ?? []).filter((n) => n !== fn);
  return { ok: true, target: { sym, region, at, pcInSection: sym.value + BigInt(pc), aliases } };
}
