// The modules each kallsyms snapshot of a run holds, with their text
// symbols: source resolution checks a .ko's whole layout against them.
import { isText } from '../kallsyms/lookup.js';
import type { SymbolTable } from '../kallsyms/parse.js';
import type { SnapshotModule } from '../resolve/snapshot-layout.js';

export function snapshotModules(tables: SymbolTable[]): SnapshotModule[] {
  const out: SnapshotModule[] = [];
  for (const t of tables) {
    const byModule = new Map<string, SnapshotModule>();
    for (const s of t.symbols) {
      if (s.module === undefined || !isText(s)) continue;
      let m = byModule.get(s.module);
      if (!m) {
        m = { module: s.module, snapshot: t.label, symbols: [] };
        byModule.set(s.module, m);
      }
      m.symbols.push({ name: s.name, address: s.address });
    }
    out.push(...byModule.values());
  }
  return out;
}
