// Baseline entries this run did not show: fixed, or not confirmed. An entry
// is "fixed" only when the run could have shown it: every record was read,
// every leak was named, and the run is positive evidence that kmemleak ran
// and was read in full. Otherwise the entry stays, "not confirmed", with the
// reason, and no baseline update removes anything on this run.

import type { BaselineEntry } from '../baseline/schema.js';
import type { ComparedLeak, FixedLeak, NotConfirmed } from '../model.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface AbsentJudgement {
  fixed: FixedLeak[];
  notConfirmed: NotConfirmed[];
  /** Why no entry may be removed on this run; undefined when removals are allowed. */
  removalBlocked?: string;
}

/**
 * `blockers`: run-level reasons that make every absent entry unconfirmed
 * (unreadable records, a run without evidence of a read).
 */
export function judgeAbsent(absent: BaselineEntry[], leaks: ComparedLeak[], blockers: string[]): AbsentJudgement {
  const unidentified = leaks.filter((l) => l.status === 'unidentified');
  const reasons = [...blockers];
  if (unidentified.length > 0) {
    reasons.push(`${unidentified.length} leak${unidentified.length === 1 ? '' : 's'} with unnamed frames in this run`);
  }
  const fixed: FixedLeak[] = [];
  const notConfirmed: NotConfirmed[] = [];
  for (const e of absent) {
    const entry: FixedLeak = { fingerprint: e.fingerprint, title: e.title, key: e.frames, objects: e.objects, bytes: e.bytes };
    const why = blockers[0] ?? (unidentified.some((l) => couldBe(l, e)) ? 'unnamed frames in this run' : undefined);
    if (why === undefined) fixed.push(entry);
    else notConfirmed.push({ ...entry, reason: why });
  }
  const out: AbsentJudgement = { fixed, notConfirmed };
  if (reasons.length > 0) out.removalBlocked = reasons.join('; ');
  return out;
}

/** Could this unidentified leak be that entry? Yes unless both name their module and the modules differ. */
function couldBe(leak: ComparedLeak, entry: BaselineEntry): boolean {
  const module = leak.unidentified?.module;
  if (module === undefined) return true;
  const modules = new Set(entry.frames.filter((f) => f.includes(':')).map((f) => normalizeModuleName(f.split(':')[0]!)));
  return modules.has(normalizeModuleName(module));
}
