// kmemleak reports are cumulative: every read of the debugfs file lists the
// objects already reported, and a console log often holds several reads. One
// object is one leak, however often it was printed: keep its first printing
// (read closest to the allocation, while its module was most likely still loaded).

import type { LeakRecord } from '../model.js';

export function dedupeRecords(records: LeakRecord[]): { records: LeakRecord[]; repeated: number } {
  const seen = new Set<string>();
  const out: LeakRecord[] = [];
  for (const r of records) {
    // A cut-short record has no identity to compare: keep every one (fail closed).
    if (r.unreadable || r.object === '') {
      out.push(r);
      continue;
    }
    const key = `${r.object}/${r.size}/${r.jiffies ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return { records: out, repeated: records.length - out.length };
}
