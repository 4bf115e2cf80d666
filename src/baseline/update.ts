// The accepted state after a run: fixed leaks leave, known ones stay (with
// their human note), new ones come in only when accepted. Grown counts are
// taken over only when accepting.

import type { CheckResult } from '../model.js';
import { emptyBaseline, type Baseline, type BaselineEntry } from './schema.js';

export interface BaselineChange {
  baseline: Baseline;
  added: BaselineEntry[];
  removed: BaselineEntry[];
  updated: BaselineEntry[];
}

export function updateBaseline(previous: Baseline | undefined, result: CheckResult, acceptNew: boolean): BaselineChange {
  const old = new Map((previous ?? emptyBaseline()).leaks.map((e) => [e.fingerprint, e]));
  const fixed = new Set(result.fixed.map((f) => f.fingerprint));
  const added: BaselineEntry[] = [];
  const updated: BaselineEntry[] = [];
  const removed = [...old.values()].filter((e) => fixed.has(e.fingerprint));
  const leaks: BaselineEntry[] = [...old.values()].filter((e) => !fixed.has(e.fingerprint));
  for (const leak of result.leaks) {
    const prev = old.get(leak.fingerprint);
    if (prev) {
      if (leak.status === 'grown' && acceptNew) {
        const i = leaks.indexOf(prev);
        const next = { ...prev, objects: leak.objects, bytes: leak.bytes };
        leaks[i] = next;
        updated.push(next);
      }
      continue;
    }
    if (leak.status === 'new' && acceptNew) {
      const entry: BaselineEntry = {
        fingerprint: leak.fingerprint,
        title: leak.title,
        frames: leak.key,
        objects: leak.objects,
        bytes: leak.bytes,
      };
      leaks.push(entry);
      added.push(entry);
    }
  }
  return { baseline: { ...emptyBaseline(), leaks }, added, removed, updated };
}

/** "added 1, removed 2" — what a reviewer reads first. */
export function describeChange(change: BaselineChange): string {
  const parts = [`added ${change.added.length}`, `removed ${change.removed.length}`];
  if (change.updated.length) parts.push(`updated ${change.updated.length}`);
  return parts.join(', ');
}
