// A /proc/kallsyms snapshot or a System.map, parsed into a table that answers
// "which text symbol contains this address" the way the kernel would.

import { InputError } from '../errors.js';
import { isMappingSymbol } from './mapping.js';

/**
 * One symbol. The address is kept as two 32-bit halves and made a BigInt
 * only when asked for: a snapshot has 150,000+ symbols and a lookup touches
 * a handful.
 */
export class KallsymsSymbol {
  module?: string;

  constructor(
    readonly hi: number,
    readonly lo: number,
    readonly type: string,
    readonly name: string,
    /** Position in the file: among aliases at one address the first one wins, as in the kernel. */
    readonly index: number,
  ) {}

  get address(): bigint {
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  static at(address: bigint, type: string, name: string, index: number, module?: string): KallsymsSymbol {
    const s = new KallsymsSymbol(Number(address >> 32n), Number(address & 0xffffffffn), type, name, index);
    if (module !== undefined) s.module = module;
    return s;
  }
}

/** Compares an address given as halves with a symbol's: <0, 0, >0. */
export function compareAddress(hi: number, lo: number, s: KallsymsSymbol): number {
  return hi - s.hi || lo - s.lo;
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
    const sp1 = raw.indexOf(' ');
    const sp2 = sp1 < 0 ? -1 : raw.indexOf(' ', sp1 + 1);
    const hex = sp1 < 0 ? '' : raw.slice(0, sp1);
    const type = sp2 < 0 ? '' : raw.slice(sp1 + 1, sp2);
    let rest = sp2 < 0 ? '' : raw.slice(sp2 + 1);
    let module: string | undefined;
    const tab = rest.search(/[ \t]/);
    if (tab >= 0) {
      module = rest.slice(tab).trim();
      rest = rest.slice(0, tab);
    }
    if (!HEX.test(hex) || !TYPE.test(type) || rest === '' || (module !== undefined && !MODULE.test(module))) {
      throw new InputError(path, `not a kallsyms/System.map line: "${raw.slice(0, 80)}" (expected "ADDRESS TYPE NAME [MODULE]")`, i + 1);
    }
    // Never a name and never a size bound for the kernel (see mapping.ts).
    if (isMappingSymbol(rest)) continue;
    const cut = hex.length - 8;
    const sym = new KallsymsSymbol(cut > 0 ? parseInt(hex.slice(0, cut), 16) : 0, parseInt(hex.slice(cut), 16), type, rest, symbols.length);
    if (sym.hi !== 0 || sym.lo !== 0) nonZero = true;
    if (module !== undefined) sym.module = module.slice(1, -1);
    symbols.push(sym);
  }
  if (symbols.length === 0) throw new InputError(path, 'empty kallsyms file');
  if (!nonZero) {
    throw new InputError(path, 'every address is 0: /proc/kallsyms was read without root (or with kptr_restrict=2); read it as root');
  }
  symbols.sort((a, b) => a.hi - b.hi || a.lo - b.lo || a.index - b.index);
  const complete = symbols.some((s) => !s.module && (s.name === '_text' || s.name === '_stext'));
  const table: SymbolTable = { path, symbols, complete, label: opts.label ?? path };
  if (opts.takenAtJiffies !== undefined) table.takenAtJiffies = opts.takenAtJiffies;
  return table;
}
