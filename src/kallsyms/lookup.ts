// Address → containing text symbol, and symbol → address, over one snapshot.

import { isPrefixedMappingSymbol } from './mapping.js';
import { compareAddress, type KallsymsSymbol, type SymbolTable } from './parse.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface SymbolHit {
  function: string;
  module?: string;
  offset: number;
  /** Distance to the next symbol, as kallsyms computes it; unknown in a partial snapshot. */
  size?: number;
  symbolAddress: bigint;
}

// t/T text, w/W weak (text in kallsyms); data (d, r, b, ...) never holds a return address.
const TEXT_TYPES = new Set(['t', 'T', 'w', 'W']);
// A partial snapshot (a few quoted lines) has no "next symbol" bound after its last one.
const PARTIAL_LAST_SYMBOL_SPAN = 0x10000n;

/** A function name: text, and not a mapping symbol (`__pi_$x` ends the symbol before it but names nothing). */
export function isText(sym: KallsymsSymbol): boolean {
  return TEXT_TYPES.has(sym.type) && !isPrefixedMappingSymbol(sym.name);
}

/** The index of the last symbol whose address is <= addr, or -1. */
function floorIndex(symbols: KallsymsSymbol[], addr: bigint): number {
  const aHi = Number(addr >> 32n);
  const aLo = Number(addr & 0xffffffffn);
  let lo = 0;
  let hi = symbols.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareAddress(aHi, aLo, symbols[mid]!) >= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function lookupAddress(table: SymbolTable, addr: bigint): SymbolHit | undefined {
  const { symbols } = table;
  const last = floorIndex(symbols, addr);
  if (last < 0) return undefined;
  const top = symbols[last]!;
  const at = top.address;
  let first = last;
  while (first > 0 && symbols[first - 1]!.hi === top.hi && symbols[first - 1]!.lo === top.lo) first--;
  // Among aliases the first one in file order wins (the kernel's choice); it must be text.
  let sym: KallsymsSymbol | undefined;
  for (let i = first; i <= last; i++)
    if (isText(symbols[i]!)) {
      sym = symbols[i]!;
      break;
    }
  if (!sym) return undefined;
  const next = symbols[last + 1];
  if (!next && !(table.complete === false && addr - at < PARTIAL_LAST_SYMBOL_SPAN)) return undefined;
  const hit: SymbolHit = { function: sym.name, offset: Number(addr - at), symbolAddress: at };
  if (sym.module) hit.module = sym.module;
  if (table.complete && next) hit.size = Number(next.address - at);
  return hit;
}

/** Text symbols with this name (and module: - and _ equal), in file order. */
export function findSymbol(table: SymbolTable, name: string, module: string | undefined): KallsymsSymbol[] {
  const found = symbolIndex(table).get(name);
  const all = found === undefined ? [] : Array.isArray(found) ? found : [found];
  const want = module === undefined ? undefined : normalizeModuleName(module);
  return all.filter((s) => (s.module === undefined ? want === undefined : normalizeModuleName(s.module) === want));
}

/** Name → its text symbols in file order; a list only for a name held more than once (most are unique: no array each). */
type SymbolIndex = Map<string, KallsymsSymbol | KallsymsSymbol[]>;
const indexes = new WeakMap<SymbolTable, SymbolIndex>();
function symbolIndex(table: SymbolTable): SymbolIndex {
  let index = indexes.get(table);
  if (!index) {
    index = new Map();
    for (const s of table.symbols) {
      if (!isText(s)) continue;
      const held = index.get(s.name);
      if (held === undefined) index.set(s.name, s);
      else if (Array.isArray(held)) held.push(s);
      else index.set(s.name, [held, s]);
    }
    indexes.set(table, index);
  }
  return index;
}
