// Reviewers of a baseline pull request write their `note`s on its branch
// ("RCU-deferred, see lore link"). When the proposal is made again on top of
// the current base, those notes come along onto the entries that are still
// proposed (a note the base already has wins: it is the reviewed one). An
// entry only the branch has (a reviewer added it, or an earlier proposal
// accepted a leak this run did not show) stays unless the run is evidence
// that it is gone: the same evidence that makes a baseline entry fixed.
import type { CheckResult } from '../model.js';
import type { Baseline, BaselineEntry } from './schema.js';

export interface Regenerated {
  baseline: Baseline;
  /** Entries whose note came from the branch. */
  notesCarried: number;
  /** Entries only the branch had, kept for want of evidence that they are gone. */
  kept: BaselineEntry[];
}

export function regenerateOnBranch(proposal: Baseline, branch: Baseline, result: CheckResult): Regenerated {
  const notes = new Map(branch.leaks.filter((e) => e.note !== undefined).map((e) => [e.fingerprint, e.note!]));
  let notesCarried = 0;
  const leaks = proposal.leaks.map((e) => {
    if (e.note !== undefined || !notes.has(e.fingerprint)) return e;
    notesCarried++;
    return { ...e, note: notes.get(e.fingerprint)! };
  });
  const proposed = new Set(leaks.map((e) => e.fingerprint));
  const seen = new Set(result.leaks.map((l) => l.fingerprint));
  const gone = (fp: string) => result.removalBlocked === undefined && !seen.has(fp) && result.runs > 0;
  const kept = branch.leaks.filter((e) => !proposed.has(e.fingerprint) && !gone(e.fingerprint));
  return { baseline: { ...proposal, leaks: [...leaks, ...kept] }, notesCarried, kept };
}
