// A kallsyms snapshot lists every symbol of a loaded module at its address:
// the whole layout of the build that ran, not only of the functions in the
// backtrace. A .ko whose layout differs anywhere is another build (v3 grows
// nicTxGenerateDescTemplate by 11 bytes: every function after it moves, and
// the source lines of unchanged functions move too), so none of its lines
// can be trusted. Frames alone can miss that (v3's NVRAM frames sit at the
// same offsets in v1's .ko).

import type { DebugFile } from './debug-files.js';
import { indexOf } from './locate.js';
import { hex } from '../model/hex.js';

export interface SnapshotModule {
  module: string;
  /** The snapshot the layout comes from (for messages). */
  snapshot: string;
  /** Text symbols of the module: name and address. */
  symbols: { name: string; address: bigint }[];
}

/** Why `file` cannot be the build of `snap`'s module, or undefined when every symbol fits one load base. */
export function snapshotLayoutProblem(file: DebugFile, snap: SnapshotModule): string | undefined {
  const { byName, layout } = indexOf(file.elf);
  let base: bigint | undefined;
  let first = '';
  const seen = new Set<string>();
  for (const s of snap.symbols) {
    seen.add(s.name);
    const placed = byName.get(s.name);
    if (!placed || placed.length === 0) return `${s.name} (in ${snap.snapshot}) is not a function in ${file.shown}`;
    if (placed.length > 1) continue; // duplicate static names: no evidence either way
    const p = placed[0]!;
    if (p.region !== 'core') continue; // init code is freed: a snapshot never has it
    const b = s.address - p.at;
    if (base === undefined) {
      base = b;
      first = s.name;
    } else if (b !== base) {
      return `its functions are laid out differently from ${snap.snapshot} (${s.name} would load at ${hex(b)}, ${first} at ${hex(base)})`;
    }
  }
  const missing = layout.symbols.find((p) => p.region === 'core' && !seen.has(p.sym.name));
  if (missing && snap.symbols.length > 0) return `${missing.sym.name} of ${file.shown} is not in ${snap.snapshot}`;
  return undefined;
}
