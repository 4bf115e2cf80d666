// Does a snapshot fit the report when the report's address column carries
// nothing (hashed `%p`, `(____ptrval____)`, no column)? slide.ts can then
// measure nothing, so check what the report itself shows:
//  - a core-kernel frame the kernel named, `func+off/size`: `func` has that
//    size in a snapshot of the same kernel build (every boot of it);
//  - bare frames (a removed module's): some fall inside the text of a module
//    one of the run's snapshots holds, or a module frame the kernel named has
//    the same symbol and size in one. Frames the kernel named in a module
//    alone never contradict: a module loaded after the snapshot may be named
//    there. The snapshots of one run are judged together for this: with a
//    module loaded twice, the frames of each load are inside one of them.
// A snapshot of another build, boot or load fails one of these and would name
// frames wrongly.

import type { LeakRecord } from '../model.js';
import { hex } from '../model/hex.js';
import { findSymbol, lookupAddress } from './lookup.js';
import type { SymbolTable } from './parse.js';

export type PairingCheck = { kind: 'fits' } | { kind: 'contradicts'; table: SymbolTable; example: string };

/** Checks the symbol tables of one run (only those whose pairing the report's addresses could not check). */
export function checkPairing(tables: SymbolTable[], records: LeakRecord[]): PairingCheck {
  const withModules = tables.filter((t) => t.symbols.some((s) => s.module !== undefined));
  let bare: bigint | undefined;
  let bareCount = 0;
  let moduleEvidence = false;
  for (const r of records) {
    for (const f of r.frames) {
      if (f.function === undefined) {
        if (f.address === undefined) continue;
        bareCount++;
        bare ??= f.address;
        if (!moduleEvidence) moduleEvidence = withModules.some((t) => lookupAddress(t, f.address!)?.module !== undefined);
        continue;
      }
      if (f.resolvedBy !== 'kernel') continue;
      for (const table of tables) {
        // A decoded form (decode_stacktrace.sh) prints no size: the symbol being there is what can be checked.
        if (f.module !== undefined && f.size === undefined && findSymbol(table, f.function, f.module).length > 0) moduleEvidence = true;
        const size = f.size === undefined ? undefined : sizeIn(table, f.function, f.module);
        if (size === undefined) continue;
        if (f.module !== undefined) {
          if (size === f.size) moduleEvidence = true;
        } else if (size !== f.size) {
          return { kind: 'contradicts', table, example: `the report prints ${f.text}, the snapshot's ${f.function} is ${hex(size)} long` };
        }
      }
    }
  }
  if (bareCount > 0 && withModules.length > 0 && !moduleEvidence) {
    const where = withModules.length === 1 ? 'the snapshot holds' : `any of the ${withModules.length} snapshots holds`;
    return {
      kind: 'contradicts',
      table: withModules[0]!,
      example: `none of the report's ${bareCount} bare frames falls inside a module ${where}, e.g. ${hex(bare!)}`,
    };
  }
  return { kind: 'fits' };
}

/** The size the snapshot gives a uniquely named text symbol (as kallsyms computes it), when it can tell. */
function sizeIn(table: SymbolTable, name: string, module: string | undefined): number | undefined {
  if (!table.complete) return undefined;
  const syms = findSymbol(table, name, module);
  if (syms.length !== 1) return undefined;
  const hit = lookupAddress(table, syms[0]!.address);
  return hit?.function === name ? hit.size : undefined;
}
