// Does a symbol table belong to the boot that printed the report? Frames the
// kernel named with a real address column ([<ffffffff993495ed>] func+0x29d/...)
// say where `func` was in that boot. A kallsyms snapshot of the same boot
// agrees exactly; a System.map (link-time addresses) is off by the KASLR
// slide, the same for every symbol; anything else is a snapshot of another
// boot, whose module addresses would give wrong names.

import type { LeakRecord } from '../model.js';
import { findSymbol } from './lookup.js';
import { hex, signedHex } from '../model/hex.js';
import { KallsymsSymbol, type SymbolTable } from './parse.js';

export type SlideCheck =
  | { kind: 'no-evidence' }
  | { kind: 'same-boot'; samples: number }
  | { kind: 'slid'; slide: bigint; samples: number }
  | { kind: 'inconsistent'; example: string };

export function checkSlide(table: SymbolTable, records: LeakRecord[]): SlideCheck {
  let slide: bigint | undefined;
  let samples = 0;
  for (const r of records) {
    for (const f of r.frames) {
      if (f.resolvedBy !== 'kernel' || f.address === undefined || f.module !== undefined || f.function === undefined) continue;
      const syms = findSymbol(table, f.function, undefined);
      if (syms.length !== 1) continue; // absent or ambiguous static name: no evidence
      const s = f.address - BigInt(f.offset ?? 0) - syms[0]!.address;
      if (slide === undefined) slide = s;
      else if (s !== slide) return { kind: 'inconsistent', example: `${f.function} at ${hex(f.address)}` };
      samples++;
    }
  }
  if (slide === undefined) return { kind: 'no-evidence' };
  return slide === 0n ? { kind: 'same-boot', samples } : { kind: 'slid', slide, samples };
}

/** A System.map moved by the KASLR slide measured on the report. */
export function relocate(table: SymbolTable, slide: bigint): SymbolTable {
  const symbols = table.symbols.map((s) => KallsymsSymbol.at(s.address + slide, s.type, s.name, s.index, s.module));
  return { ...table, symbols, label: `${table.label} (KASLR ${signedHex(slide)})` };
}
