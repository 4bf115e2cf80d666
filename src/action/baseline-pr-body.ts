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
  /** The proposal's content hash (proposalHash): a proposal closed without merging is known again by it. */
  proposal: string;
  /** The proposed file on the branch, where the whole list is when the body is cut. */
  fileUrl?: string;
}

/** GitHub's limit on a pull request body. */
export const BODY_MAX = 65_536;

export function baselinePrMarker(target: string): string {
  return `<!-- kleak-gate:baseline-pr:${encodeURIComponent(target)} -->`;
}

/** What the body says of the proposal it describes (a hidden line). */
export function proposalLine(hash: string): string {
  return `<!-- kleak-gate:proposal ${hash} -->`;
}

const PROPOSAL_LINE = /^<!-- kleak-gate:proposal ([0-9a-f]{16,64}) -->$/m;

/** The proposal a pull request body describes, or undefined. */
export function proposalOf(body: string): string | undefined {
  return PROPOSAL_LINE.exec(body.replace(/\r\n/g, '\n'))?.[1];
}

/** The body of a proposal the tool itself withdrew: no longer names it, so it is not taken for a person's "no". */
export function withdrawnBody(body: string): string {
  return body.replace(PROPOSAL_LINE, '<!-- kleak-gate:proposal-withdrawn $1 -->');
}

export function baselinePrTitle(input: Pick<BodyInput, 'target' | 'change'>): string {
  return `kleak-gate: update the ${input.target} kmemleak baseline (${describeChange(input.change)})`;
}

/**
 * The body, under GitHub's limit: with the backtraces of new entries while it
 * fits, then without them, then cut with a link to the proposed file.
 */
export function baselinePrBody(input: BodyInput): string {
  const full = bodyText(input, true);
  if (full.length <= BODY_MAX) return full;
  const compact = bodyText(input, false);
  if (compact.length <= BODY_MAX) return compact;
  const note = `\n… the list goes on: the whole proposal is ${input.fileUrl ? `[the proposed file](${input.fileUrl})` : `the branch's ${codeSpan(input.baselinePath)}`}.\n`;
  const lines = compact.split('\n');
  let out = '';
  for (const line of lines) {
    if (out.length + line.length + 1 + note.length > BODY_MAX) break;
    out += `${line}\n`;
  }
  return out + note;
}

function bodyText(input: BodyInput, backtraces: boolean): string {
  const { change, result } = input;
  const runs = input.runs.map((r) => codeSpan(r)).join(', ');
  const out: string[] = [
    baselinePrMarker(input.target),
    proposalLine(input.proposal),
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
      if (leak && backtraces) out.push('', codeBlock(backtraceText(leak.frames)).replace(/^/gm, '  '), '');
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
