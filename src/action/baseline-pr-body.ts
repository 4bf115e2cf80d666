// The baseline PR's title and body: what changes in the accepted state and
// why, for the reviewer who decides whether to merge it. Deterministic (no
// dates, no run ids) so that a re-run with the same inputs finds nothing to
// update. Leak titles and frames are device text: code spans / blocks only.

import type { BaselineChange } from '../baseline/update.js';
import type { CheckResult } from '../model.js';
import { describeChange } from '../baseline/update.js';
import { backtraceText } from '../render/backtrace.js';
import { codeBlock, codeSpan } from '../render/escape.js';

export interface BodyInput {
  target: string;
  /** Repository-relative path of the baseline file. */
  baselinePath: string;
  baseBranch: string;
  change: BaselineChange;
  result: CheckResult;
  /** The report / capture names the runs came from, in run order. */
  runs: string[];
}

export function baselinePrMarker(target: string): string {
  return `<!-- kleak-gate:baseline-pr:${encodeURIComponent(target)} -->`;
}

export function baselinePrTitle(input: Pick<BodyInput, 'target' | 'change'>): string {
  return `kleak-gate: update the ${input.target} kmemleak baseline (${describeChange(input.change)})`;
}

export function baselinePrBody(input: BodyInput): string {
  const { change, result } = input;
  const runs = input.runs.map((r) => codeSpan(r)).join(', ');
  const out: string[] = [
    baselinePrMarker(input.target),
    `## kmemleak baseline for ${codeSpan(input.target)}: ${describeChange(change)}`,
    '',
    `The leaks that \`${input.baseBranch}\` shows on the board no longer match ${codeSpan(input.baselinePath)}. ` +
      `Merging this makes the baseline the accepted state again. kleak-gate keeps this pull request up to date from ` +
      `the branch it owns and closes it by itself once the baseline is current; edit waivers in the config, not here.`,
    '',
    `Runs (${result.runs}): ${runs}`,
  ];
  if (change.removed.length) {
    out.push('', `### Fixed: removed from the baseline (${change.removed.length})`, '');
    for (const e of change.removed) {
      out.push(
        `- ${codeSpan(e.title)} ${codeSpan(e.fingerprint)}: absent from every run (${result.runs}/${result.runs}); the baseline accepted ${e.objects} object(s), ${e.bytes} bytes`,
      );
      if (e.note) out.push(`  - its note was: ${codeSpan(e.note)}`);
    }
  }
  if (change.keptBecause !== undefined && result.notConfirmed.length > 0) {
    out.push('', `### Kept: absent from this run, but not confirmed fixed (${result.notConfirmed.length})`, '');
    out.push(`Nothing is removed on this run: ${codeSpan(change.keptBecause)}.`, '');
    for (const e of result.notConfirmed) out.push(`- ${codeSpan(e.title)} ${codeSpan(e.fingerprint)}`);
  }
  const leaks = new Map(result.leaks.map((l) => [l.fingerprint, l]));
  if (change.added.length) {
    out.push('', `### New: accepted into the baseline (${change.added.length})`, '');
    for (const e of change.added) {
      const leak = leaks.get(e.fingerprint);
      const seen = leak ? `seen in ${leak.runs.length}/${result.runs} run(s), ` : '';
      out.push(`- ${codeSpan(e.title)} ${codeSpan(e.fingerprint)}: ${seen}${e.objects} object(s), ${e.bytes} bytes`);
      if (leak) out.push('', codeBlock(backtraceText(leak.frames)).replace(/^/gm, '  '), '');
    }
  }
  if (change.updated.length) {
    out.push('', `### Grown: new accepted counts (${change.updated.length})`, '');
    for (const e of change.updated) {
      const was = leaks.get(e.fingerprint)?.baselineObjects;
      out.push(`- ${codeSpan(e.title)} ${codeSpan(e.fingerprint)}: ${was ?? '?'} → ${e.objects} object(s)`);
    }
  }
  return out.join('\n') + '\n';
}
