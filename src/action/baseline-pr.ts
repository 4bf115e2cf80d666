// mode: baseline-pr — one pull request per target, from one branch the tool
// owns (`kleak-gate/baseline-<target>`), that brings the committed baseline
// to the state the default branch shows. Created when the accepted state
// changes, updated in place, closed when the baseline is current again;
// a re-run with the same inputs does nothing (peter-evans/create-pull-request).

import { runCheck } from '../pipeline/check.js';
import type { CheckOptions } from '../inputs/options.js';
import { parseBaseline, serializeBaseline, type Baseline } from '../baseline/schema.js';
import { regenerateOnBranch } from '../baseline/notes.js';
import { proposalHash } from '../baseline/proposal.js';
import { describeChange, updateBaseline, type BaselineChange } from '../baseline/update.js';
import type { CheckResult } from '../model.js';
import type { PullRequest, PullsApi } from '../github/pulls.js';
import type { RepoRef } from '../github/types.js';
import { fileAt, headCommit, repoPath, type Identity } from '../git/branch.js';
import { oneLine } from '../errors.js';
import { blobUrl } from '../render/markdown-leaks.js';
import type { BranchStore } from './baseline-branch.js';
import { baselinePrBody, baselinePrTitle, proposalOf, withdrawnBody } from './baseline-pr-body.js';

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none';

export interface BaselinePrSettings {
  check: CheckOptions;
  target: string;
  repo: RepoRef;
  /** The branch the PR goes into (the repository's default branch). */
  baseBranch: string;
  /** Link to the workflow run, for the commit message only (keeps the body stable). */
  runUrl?: string;
  /** GITHUB_SERVER_URL: the body links the proposed file on the branch when it must be cut. */
  serverUrl?: string;
  /** A DCO `Signed-off-by:` trailer for this identity (the commit's author). */
  signoff?: Identity;
}

export interface BaselinePrOutcome {
  operation: PullRequestOperation;
  number?: number;
  url?: string;
  branch: string;
  change: BaselineChange;
  result: CheckResult;
  /** One line for the log: what was done and why. */
  message: string;
}

/** A branch name git accepts whatever the target is called (a matrix leg may hold spaces or slashes). */
export function baselineBranch(target: string): string {
  const safe = target
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/\.{2,}/g, '.');
  return `kleak-gate/baseline-${safe || 'default'}`;
}

/** The check's part of the mode, decided before git or the API is touched. */
export interface BaselinePrPlan {
  branch: string;
  change: BaselineChange;
  result: CheckResult;
  /** The baseline file the branch should hold. */
  text: string;
}

export async function planBaselinePr(s: BaselinePrSettings): Promise<BaselinePrPlan> {
  // The default branch's state is what got merged after review: its new
  // leaks are accepted here, and this PR is where a person confirms that.
  const { result, baseline } = await runCheck(s.check, true);
  const change = updateBaseline(baseline, result, true);
  return { branch: baselineBranch(s.target), change, result, text: serializeBaseline(change.baseline) };
}

export async function runBaselinePr(s: BaselinePrSettings, api: PullsApi, branches: BranchStore): Promise<BaselinePrOutcome> {
  return proposeBaselinePr(s, await planBaselinePr(s), api, branches);
}

export function commitMessage(s: BaselinePrSettings, path: string, change: BaselineChange, title: string): string {
  const lines = [`kleak-gate: update ${path} (${describeChange(change)})`, '', title];
  if (s.runUrl) lines.push('', `From ${s.runUrl}`);
  if (s.signoff) lines.push('', `Signed-off-by: ${s.signoff.name} <${s.signoff.email}>`);
  return `${lines.join('\n')}\n`;
}

/** Pushes the branch and opens, updates or closes the pull request for a plan. */
export async function proposeBaselinePr(
  s: BaselinePrSettings,
  plan: BaselinePrPlan,
  api: PullsApi,
  branches: BranchStore,
): Promise<BaselinePrOutcome> {
  const cwd = s.check.cwd;
  const { branch, change, result } = plan;

  const path = await repoPath(cwd, s.check.baseline);
  const base = await headCommit(cwd);
  const current = await fileAt(cwd, base, path);
  const open = await api.findOpenPulls(s.repo, branch);
  const branchSha = await branches.head(branch);
  const done = (operation: PullRequestOperation, message: string, pr?: PullRequest): BaselinePrOutcome => ({
    operation,
    branch,
    change,
    result,
    message,
    ...(pr ? { number: pr.number, ...(pr.html_url ? { url: pr.html_url } : {}) } : {}),
  });

  if (current === plan.text) {
    // Current again (the PR was merged, or the file was updated by hand):
    // nothing to propose, so the PR and its branch go. The body no longer
    // names its proposal: this close is not a person's "no". A branch that
    // holds what the file lacks (a reviewer's note, when main was edited by
    // hand) is kept: deleting it would lose a person's words.
    const held = branchSha ? onlyOnBranch(await readBranch(branches, branchSha, branch, path), change, result, path) : undefined;
    const keptBranch = held ? ` The branch \`${branch}\` is kept: it holds ${held}.` : '';
    for (const pr of open) {
      await api.commentOnPull(
        s.repo,
        pr.number,
        `The baseline \`${path}\` on \`${s.baseBranch}\` is current again (${base.slice(0, 12)}): closing.${keptBranch}`,
      );
      await api.updatePull(s.repo, pr.number, { state: 'closed', body: withdrawnBody(pr.body) });
    }
    if (branchSha && !held) await branches.remove(branch, branchSha);
    const kept = held ? `; the branch ${branch} is kept: it holds ${held}` : '';
    if (open.length) return done('closed', `${path} is current: closed #${open.map((p) => p.number).join(', #')}${kept}`, open[0]);
    return done('none', `${path} is current: no pull request needed${kept}`);
  }

  // A person closed this very proposal without merging it: not again until it changes.
  const proposal = proposalHash(s.target, change);
  if (open.length === 0) {
    const refused = (await api.findClosedPulls(s.repo, branch)).find((p) => p.merged === false && proposalOf(p.body) === proposal);
    if (refused) {
      return done(
        'none',
        `skipped: #${refused.number} proposed this same change (${describeChange(change)}, proposal ${proposal}) and was closed without merging; ` +
          'nothing is pushed or reopened until the proposal changes',
      );
    }
  }

  // Made again on top of the current base, with what reviewers wrote on the branch.
  let text = plan.text;
  let carried = '';
  const onBranch: BranchFile = branchSha ? await readBranch(branches, branchSha, branch, path) : {};
  if (onBranch.problem !== undefined) {
    // Its notes cannot be read, so they would be lost: the branch is left as it is.
    throw new Error(
      `${onBranch.problem}: the branch's notes cannot be carried over, so it is left as it is (fix the file on the branch or delete the branch)`,
    );
  }
  if (onBranch.baseline) {
    const regenerated = regenerateOnBranch(change.baseline, onBranch.baseline, result);
    text = serializeBaseline(regenerated.baseline);
    if (regenerated.notesCarried) carried += `; ${regenerated.notesCarried} note(s) from the branch kept`;
    if (regenerated.kept.length) carried += `; ${regenerated.kept.length} entry(ies) only the branch has kept (no run shows them gone)`;
  }

  const title = baselinePrTitle({ target: s.target, change });
  const runs = [...s.check.reports, ...s.check.captures];
  const fileUrl = s.serverUrl ? blobUrl({ serverUrl: s.serverUrl, ...s.repo, sha: branch }, path) : undefined;
  const body = baselinePrBody({
    target: s.target,
    baselinePath: path,
    baseBranch: s.baseBranch,
    change,
    result,
    runs,
    proposal,
    ...(fileUrl ? { fileUrl } : {}),
  });

  // Write only when the branch doesn't already hold exactly this file on top of the current base.
  let wrote = '';
  if (onBranch.text !== text || onBranch.parent !== base) {
    wrote = `; ${await branches.write({ base, branch, path, text, message: commitMessage(s, path, change, title), ...(branchSha ? { expected: branchSha } : {}) })}`;
  }

  const pr = open[0];
  if (!pr) {
    const created = await api.createPull(s.repo, { head: branch, base: s.baseBranch, title, body });
    return done('created', `opened #${created.number} from ${branch}: ${describeChange(change)}${wrote}${carried}`, created);
  }
  if (wrote || pr.title !== title || pr.body.replace(/\r\n/g, '\n') !== body) {
    await api.updatePull(s.repo, pr.number, { title, body });
    return done('updated', `updated #${pr.number} from ${branch}: ${describeChange(change)}${wrote}${carried}`, pr);
  }
  return done('none', `#${pr.number} already proposes this baseline${carried}`, pr);
}

/** The baseline file on the branch as read: its text and parent, and the file parsed, or why it cannot be. */
interface BranchFile {
  text?: string;
  parent?: string;
  baseline?: Baseline;
  problem?: string;
}

async function readBranch(branches: BranchStore, branchSha: string, branch: string, path: string): Promise<BranchFile> {
  const read = await branches.read(branchSha, branch, path);
  if (read.text === undefined) return read;
  try {
    return { ...read, baseline: parseBaseline(read.text, `${branch}:${path}`) };
  } catch (e) {
    return { ...read, problem: oneLine(e instanceof Error ? e.message : String(e)) };
  }
}

/** What the branch's file holds that the current one lacks (notes, entries), or undefined when nothing. */
function onlyOnBranch(onBranch: BranchFile, change: BaselineChange, result: CheckResult, path: string): string | undefined {
  if (onBranch.problem !== undefined) return 'a file that is not a baseline, whose notes cannot be read';
  if (!onBranch.baseline) return undefined;
  const { notesCarried, kept } = regenerateOnBranch(change.baseline, onBranch.baseline, result);
  const parts = [...(notesCarried ? [`${notesCarried} note(s)`] : []), ...(kept.length ? [`${kept.length} entry(ies)`] : [])];
  return parts.length ? `${parts.join(' and ')} that ${path} lacks` : undefined;
}
