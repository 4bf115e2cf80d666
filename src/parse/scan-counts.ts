// A verbose kernel log (kmemleak.verbose=1) prints each new record during
// the scan, then "kmemleak: N new suspected memory leaks". Fewer records of
// that scan than N in the log means some were lost (a log cut at its start,
// a ring buffer that wrapped, a console that dropped lines): the rest must
// not pass as the whole.

import type { LeakRecord } from '../model.js';
import type { CleanLine } from './lines.js';
import type { Problem } from './problems.js';

// "kmemleak: 2 new suspected memory leaks (see /sys/kernel/debug/kmemleak)" (the "kmemleak: " prefix is already stripped).
export const SUSPECTED = /^(\d+) new suspected memory leaks/;

export function scanCountProblem(lines: CleanLine[], records: LeakRecord[]): Problem | undefined {
  // A debugfs read (the common large input) has no line kmemleak printed itself: nothing to count.
  if (!lines.some((l) => l.origin === 'kmemleak')) return undefined;
  const origin = new Map(lines.map((l) => [l.line, l.origin]));
  // Records printed by kmemleak itself during a scan; a debugfs read copied into the log has no such prefix.
  const printed = records
    .filter((r) => origin.get(r.source.line) === 'kmemleak')
    .map((r) => r.source.line)
    .sort((a, b) => a - b);
  if (printed.length === 0) return undefined;
  // Scans in log order, each counting the records printed since the previous one: one pass over both.
  let next = 0;
  for (const l of lines) {
    const m = SUSPECTED.exec(l.text);
    if (!m) continue;
    const expected = Number(m[1]);
    let found = 0;
    for (; next < printed.length && printed[next]! < l.line; next++) found++;
    if (found < expected) {
      return {
        line: l.line,
        cause: `kmemleak reported ${expected} new suspected memory leaks here, but the log holds ${found} record${found === 1 ? '' : 's'} of that scan: records were lost (a log cut at its start, a wrapped ring buffer, a console that dropped lines)`,
      };
    }
  }
  return undefined;
}
