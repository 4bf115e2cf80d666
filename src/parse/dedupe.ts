// kmemleak reports are cumulative: every read of the debugfs file lists the
// objects already reported, and a console log often holds several reads. One
// object is one leak, however often it was printed: keep its first printing
// (read closest to the allocation, while its module was most likely still loaded).
// A printing that could not be read is dropped only when another printing of
// the very object (address, size, jiffies) was read in full: the same object
// has the same backtrace. Any other unreadable record stays (fail closed).

import type { LeakRecord } from '../model.js';

const identity = (r: LeakRecord) => `${r.object}/${r.size}/${r.jiffies ?? ''}`;

export function dedupeRecords(records: LeakRecord[]): { records: LeakRecord[]; repeated: number } {
  const readInFull = new Set(records.filter((r) => !r.unreadable && r.object !== '').map(identity));
  const seen = new Set<string>();
  const out: LeakRecord[] = [];
  for (const r of records) {
    if (r.unreadable || r.object === '') {
      const readElsewhere = r.object !== '' && r.jiffies !== undefined && readInFull.has(identity(r));
      if (!readElsewhere) out.push(r);
      continue;
    }
    const key = identity(r);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return { records: out, repeated: records.length - out.length };
}
