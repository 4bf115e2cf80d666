// Checks each symbol table against the run it names frames for: with real
// addresses in the report (kallsyms/slide.ts) a System.map is moved by the
// KASLR slide and a snapshot of another boot is refused; without them
// (kallsyms/pairing.ts) a snapshot that contradicts what the report shows
// is refused. Either would name the frames wrongly.

import { InputError } from '../errors.js';
import { checkSlide, relocate } from '../kallsyms/slide.js';
import { checkPairing } from '../kallsyms/pairing.js';
import type { SymbolTable } from '../kallsyms/parse.js';
import type { LeakRecord } from '../model.js';
import { signedHex } from '../model/hex.js';

export function pairTables(tables: SymbolTable[], records: LeakRecord[], report: string): SymbolTable[] {
  const unchecked = tables.filter((t) => checkSlide(t, records).kind === 'no-evidence');
  const pairing = checkPairing(unchecked, records);
  if (pairing.kind === 'contradicts') {
    throw new InputError(
      pairing.table.path,
      `contradicts ${report}: ${pairing.example}; a snapshot of another kernel build, boot or load, or taken after rmmod? Take it as root in the same boot, before rmmod (or give a capture directory)`,
    );
  }
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
