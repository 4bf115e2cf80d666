// Records with the same fingerprint are one leak, counted in objects and
// bytes. kmemleak lists objects in allocation order and one leak often causes
// the next, so leaks keep the order of their first record. With several runs
// the counts are those of the run that saw the most objects (runs are
// repetitions, not parts of one inventory).

import type { Leak, LeakRecord } from '../model.js';
import { fingerprintKey, fingerprintOf } from './fingerprint.js';
import { titleOf, unidentifiedTitle } from './title.js';
import { unidentifiedKey, unidentifiedOf } from './unnamed.js';
import { MAX_EXACT } from '../parse/numbers.js';

export function groupLeaks(records: LeakRecord[]): Leak[] {
  const byFingerprint = new Map<string, Leak>();
  const perRun = new Map<string, Map<number, { objects: number; bytes: number }>>();
  for (const record of records) {
    // An unreadable record has no fingerprint: it is never grouped with another, nor matched.
    if (record.unreadable) continue;
    // A record whose key frames could not all be named gets a key of its own (see unnamed.ts).
    const unidentified = unidentifiedOf(record);
    const key = unidentified ? unidentifiedKey(record) : fingerprintKey(record);
    const fingerprint = fingerprintOf(key);
    let leak = byFingerprint.get(fingerprint);
    if (!leak) {
      const title = unidentified ? unidentifiedTitle(record, unidentified) : titleOf(record);
      leak = { fingerprint, title, objects: 0, bytes: 0, frames: record.frames, key, runs: [], records: [] };
      if (unidentified) leak.unidentified = unidentified;
      byFingerprint.set(fingerprint, leak);
      perRun.set(fingerprint, new Map());
    }
    leak.records.push(record);
    if (!leak.runs.includes(record.run)) leak.runs.push(record.run);
    const counts = perRun.get(fingerprint)!;
    const c = counts.get(record.run) ?? { objects: 0, bytes: 0 };
    c.objects++;
    // Sizes are exact up to MAX_EXACT (parse/numbers.ts); so is their sum, which stops there rather than round.
    c.bytes = Math.min(MAX_EXACT, c.bytes + record.size);
    counts.set(record.run, c);
  }
  for (const leak of byFingerprint.values()) {
    for (const c of perRun.get(leak.fingerprint)!.values()) {
      if (c.objects > leak.objects || (c.objects === leak.objects && c.bytes > leak.bytes)) {
        leak.objects = c.objects;
        leak.bytes = c.bytes;
      }
    }
  }
  return [...byFingerprint.values()];
}
