// The accepted state after a run: fixed leaks leave, known ones stay (with
// their human note), new ones come in only when accepted. Grown counts are
// taken over only when accepting. A run that cannot prove anything fixed
// (result.removalBlocked: unreadable records, unnamed frames, no evidence of
// a full read) removes nothing: doubt never costs a reviewed entry.

import type { CheckResult } from '../model.js';
import { emptyBaseline, type Baseline, type BaselineEntry } from './schema.js';

export interface BaselineChange {
  baseline: Baseline;
  added: BaselineEntry[];
  removed: BaselineEntry[];
  updated: BaselineEntry[];
  /** Why nothing was removed although entries were absent (the run's removalBlocked). */
  keptBecause?: string;
}

export function updateBaseline(previous: Baseline | undefined, result: CheckResult, acceptNew: boolean): BaselineChange {
  const old = new Map((previous ?? emptyBaseline()).leaks.map((e) => [e.fingerprint, e]));
  const fixed = new Set(result.removalBlocked === undefined ? result.fixed.map((f) => f.fingerprint) : []);
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
    // Only a named leak can be accepted: an unidentified one's fingerprint is not its allocation site's.
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
  const change: BaselineChange = { baseline: { ...emptyBaseline(), leaks }, added, removed, updated };
  if (result.removalBlocked !== undefined) change.keptBecause = result.removalBlocked;
  return change;
}

/** "added 1, removed 2" — what a reviewer reads first. */
export function describeChange(change: BaselineChange): string {
  const parts = [`added ${change.added.length}`, `removed ${change.removed.length}`];
  if (change.updated.length) parts.push(`updated ${change.updated.length}`);
  return parts.join(', ');
}

/**
 * What an update left out and why, one line each, for the CLI and the
 * Action alike: entries kept although absent, leaks that cannot be accepted,
 * new or grown ones not accepted (`acceptHow`: how this shell accepts them).
 */
export function updateNotes(change: BaselineChange, result: CheckResult, acceptNew: boolean, acceptHow: string): string[] {
  const notes: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (change.keptBecause !== undefined && result.notConfirmed.length > 0) {
    const kept = plural(result.notConfirmed.length, 'absent entry', 'absent entries');
    notes.push(`nothing removed: ${change.keptBecause}; ${kept} kept (not confirmed fixed)`);
  }
  const unidentified = result.leaks.filter((l) => l.status === 'unidentified').length;
  if (unidentified > 0) {
    notes.push(
      `${plural(unidentified, 'unidentified leak', 'unidentified leaks')} not accepted: its frames must be named first (the kallsyms snapshot taken before rmmod, or a capture directory)`,
    );
  }
  const pending = result.leaks.filter((l) => l.status === 'new' || l.status === 'grown').length;
  if (pending > 0 && !acceptNew) notes.push(`${plural(pending, 'new or grown leak', 'new or grown leaks')} not accepted: ${acceptHow}`);
  return notes;
}
