// Leaks against the accepted state: new, known, grown, fixed, and the
// decisions of the repository's rules. Precedence, as the README says:
// unidentified first (its fingerprint is not its allocation site's, so no
// rule and no entry can be about it), then out of scope, then waived (a
// person's decision wins over the baseline's counts), then the baseline
// (known / grown), then flaky, then new. A flaky leak never fails: one that
// is in the baseline and grew only in some runs stays flaky. New, grown and
// unidentified leaks and unreadable records fail the gate.

import type { CheckResult, ComparedLeak, Leak, LeakStatus, UnreadableRecord } from '../model.js';
import type { Baseline } from '../baseline/schema.js';
import type { RuleDecision } from '../rules/apply.js';
import { failsGate } from '../model/status.js';
import { judgeAbsent } from './absent.js';

export interface CompareOptions {
  runs: number;
  /** "grown" when objects exceed factor × the baseline's. */
  grownFactor: number;
  decisions?: Map<string, RuleDecision>;
  warnings?: string[];
  /** Records that could not be read (allowed by the user): the gate fails on them. */
  unreadable?: UnreadableRecord[];
  /** Run-level reasons why an absent entry cannot be called fixed (no evidence of a full read). */
  noEvidence?: string[];
}

export function compareWithBaseline(leaks: Leak[], baseline: Baseline | undefined, opts: CompareOptions): CheckResult {
  const unreadable = opts.unreadable ?? [];
  const accepted = new Map((baseline?.leaks ?? []).map((e) => [e.fingerprint, e]));
  const compared: ComparedLeak[] = leaks.map((leak) => {
    if (leak.unidentified) {
      const n = leak.unidentified.addresses.length;
      const reason = `${n} frame${n === 1 ? '' : 's'} that would identify it could not be named (${leak.unidentified.addresses.join(', ')}): it may be new`;
      return { ...leak, status: 'unidentified', reason };
    }
    const decision = opts.decisions?.get(leak.fingerprint);
    if (decision && decision.status !== 'flaky') return { ...leak, status: decision.status, reason: decision.reason };
    const entry = accepted.get(leak.fingerprint);
    if (entry) {
      const grown = leak.objects > opts.grownFactor * entry.objects;
      if (grown && decision) return { ...leak, status: 'flaky', reason: decision.reason, baselineObjects: entry.objects };
      const c: ComparedLeak = { ...leak, status: grown ? 'grown' : 'known', baselineObjects: entry.objects };
      if (grown) c.reason = `${leak.objects} objects, baseline accepts ${entry.objects} (grown factor ${opts.grownFactor})`;
      return c;
    }
    if (decision) return { ...leak, status: decision.status, reason: decision.reason };
    return { ...leak, status: 'new' };
  });
  const seen = new Set(leaks.map((l) => l.fingerprint));
  const blockers = [...(opts.noEvidence ?? [])];
  if (unreadable.length > 0) {
    blockers.push(`${unreadable.length} unreadable record${unreadable.length === 1 ? '' : 's'} in this run (any entry may be among them)`);
  }
  const absent = judgeAbsent(
    (baseline?.leaks ?? []).filter((e) => !seen.has(e.fingerprint)),
    compared,
    blockers,
  );
  const { fixed, notConfirmed } = absent;
  const count = (s: LeakStatus) => compared.filter((l) => l.status === s).length;
  const summary = {
    new: count('new'),
    known: count('known'),
    grown: count('grown'),
    fixed: fixed.length,
    waived: count('waived'),
    objects: compared.reduce((n, l) => n + l.objects, 0),
    unreadable: unreadable.length,
    unidentified: count('unidentified'),
    notConfirmed: notConfirmed.length,
  };
  return {
    verdict: compared.some((l) => failsGate(l.status)) || unreadable.length > 0 ? 'fail' : 'pass',
    summary,
    leaks: compared,
    fixed,
    notConfirmed,
    unreadable,
    ...(absent.removalBlocked !== undefined ? { removalBlocked: absent.removalBlocked } : {}),
    warnings: opts.warnings ?? [],
    runs: opts.runs,
  };
}
