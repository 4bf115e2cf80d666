// Checks each symbol table against the run it names frames for (see
// kallsyms/slide.ts): a System.map is moved by the KASLR slide; a snapshot
// from another boot is refused, because its module addresses would name the
// frames wrongly.

import { InputError } from '../errors.js';
import { checkSlide, relocate } from '../kallsyms/slide.js';
import type { SymbolTable } from '../kallsyms/parse.js';
import type { LeakRecord } from '../model.js';
import { signedHex } from '../model/hex.js';

export function pairTables(tables: SymbolTable[], records: LeakRecord[], report: string): SymbolTable[] {
  return tables.map((table) => {
    const check = checkSlide(table, records);
    const linkMap = !table.symbols.some((s) => s.module !== undefined);
    if (check.kind === 'slid' && linkMap) return relocate(table, check.slide);
    if (check.kind === 'slid') {
      throw new InputError(
        table.path,
        `not from the boot that printed ${report}: its addresses are ${signedHex(check.slide)} off the report's (another KASLR offset); take the snapshot in the same boot, before rmmod`,
      );
    }
    if (check.kind === 'inconsistent') {
      throw new InputError(table.path, `does not match the kernel that printed ${report} (e.g. ${check.example}): another kernel build?`);
    }
    return table;
  });
}
