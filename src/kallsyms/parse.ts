// A /proc/kallsyms snapshot or a System.map, parsed into a table that answers
// "which text symbol contains this address" the way the kernel would.

import { InputError } from '../errors.js';

export interface KallsymsSymbol {
  address: bigint;
  type: string;
  name: string;
  module?: string;
  /** Position in the file: among aliases at one address the first one wins, as in the kernel. */
  index: number;
  sortKey: string;
}

export interface SymbolTable {
  path: string;
  /** Sorted by address (stable: file order among equal addresses). */
  symbols: KallsymsSymbol[];
  /** A full snapshot (has the core kernel's `_text`/`_stext`): sizes as distances to the next symbol are meaningful. */
  complete: boolean;
  /** Jiffies when the snapshot was taken (from a capture), to pick the snapshot of an object's load. */
  takenAtJiffies?: bigint;
  label: string;
}

const HEX = /^(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{16})$/;
const TYPE = /^[a-zA-Z?]$/;
const MODULE = /^\[[\w-]+\]$/;

export function parseKallsyms(text: string, path: string, opts: { label?: string; takenAtJiffies?: bigint } = {}): SymbolTable {
  if (text.includes('\0')) throw new InputError(path, 'binary data, not a kallsyms file');
  const symbols: KallsymsSymbol[] = [];
  let nonZero = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trimEnd();
    if (raw === '') continue;
    // "ADDRESS TYPE NAME" or "ADDRESS TYPE NAME\t[MODULE]"; tokenized by hand (150,000+ lines).
    const tokens = raw.split(/[ \t]+/);
    const [hex, type, name, module] = tokens;
    if (tokens.length > 4 || !hex || !HEX.test(hex) || !type || !TYPE.test(type) || !name || (module !== undefined && !MODULE.test(module))) {
      throw new InputError(path, `not a kallsyms/System.map line: "${raw.slice(0, 80)}" (expected "ADDRESS TYPE NAME [MODULE]")`, i + 1);
    }
    const sortKey = hex.length === 16 ? hex.toLowerCase() : hex.toLowerCase().padStart(16, '0');
    const address = BigInt('0x' + hex);
    if (address !== 0n) nonZero = true;
    const sym: KallsymsSymbol = { address, type, name, index: symbols.length, sortKey };
    if (module !== undefined) sym.module = module.slice(1, -1);
    symbols.push(sym);
  }
  if (symbols.length === 0) throw new InputError(path, 'empty kallsyms file');
  if (!nonZero) {
    throw new InputError(path, 'every address is 0: /proc/kallsyms was read without root (or with kptr_restrict=2); read it as root');
  }
  // Fixed-width hex sorts like the number, and much faster than BigInt compares.
  symbols.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.index - b.index));
  const complete = symbols.some((s) => !s.module && (s.name === '_text' || s.name === '_stext'));
  const table: SymbolTable = { path, symbols, complete, label: opts.label ?? path };
  if (opts.takenAtJiffies !== undefined) table.takenAtJiffies = opts.takenAtJiffies;
  return table;
}
