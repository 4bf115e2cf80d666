// What a baseline proposal is, as one short hash: the entries it adds,
// removes and updates (with their counts), not the file around them. A
// proposal a person closed without merging is known again by it, and is not
// proposed again until this changes (a note written on the base, or another
// unrelated edit of the file, does not make it a new proposal).
import { createHash } from 'node:crypto';
import type { BaselineChange } from './update.js';

export function proposalHash(target: string, change: BaselineChange): string {
  const entries = (tag: string, list: BaselineChange['added']) => list.map((e) => `${tag} ${e.fingerprint} ${e.objects} ${e.bytes}`).sort();
  const text = [
    `target ${target}`,
    ...entries('add', change.added),
    ...entries('remove', change.removed),
    ...entries('update', change.updated),
  ].join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
