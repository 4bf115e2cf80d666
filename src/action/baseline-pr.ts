// mode: baseline-pr — one pull request per target, from one branch the tool
// owns (`kleak-gate/baseline-<target>`), that brings the committed baseline
// to the state the default branch shows. Created when the accepted state
// changes, updated in place, closed when the baseline is current again;
// a re-run with the same inputs does nothing (peter-evans/create-pull-request).

import { runCheck } from '../pipeline/check.js';
import type { CheckOptions } from '../inputs/options.js';
import { serializeBaseline } from '../baseline/schema.js';
import { describeChange, updateBaseline, type BaselineChange } from '../baseline/update.js';
import type { CheckResult } from '../model.js';
import type { PullRequest, PullsApi } from '../github/pulls.js';
import type { RepoRef } from '../github/types.js';
import {
  ACTIONS_BOT,
  commitFile,
  deleteRemoteBranch,
  fetchCommit,
  fileAt,
  headCommit,
  pushBranch,
  remoteBranch,
  repoPath,
} from '../git/branch.js';
import { baselinePrBody, baselinePrTitle } from './baseline-pr-body.js';

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none';

export interface BaselinePrSettings {
  check: CheckOptions;
  target: string;
  repo: RepoRef;
  /** The branch the PR goes into (the repository's default branch). */
  baseBranch: string;
  /** The workspace's remote to push to (actions/checkout: `origin`). */
  remote: string;
  /** Link to the workflow run, for the commit message only (keeps the body stable). */
  runUrl?: string;
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

export async function runBaselinePr(s: BaselinePrSettings, api: PullsApi): Promise<BaselinePrOutcome> {
  return proposeBaselinePr(s, await planBaselinePr(s), api);
}

/** Pushes the branch and opens, updates or closes the pull request for a plan. */
export async function proposeBaselinePr(s: BaselinePrSettings, plan: BaselinePrPlan, api: PullsApi): Promise<BaselinePrOutcome> {
  const cwd = s.check.cwd;
  const { branch, change, result, text } = plan;

  const path = await repoPath(cwd, s.check.baseline);
  const base = await headCommit(cwd);
  const current = await fileAt(cwd, base, path);
  const open = await api.findOpenPulls(s.repo, branch);
  const remoteSha = await remoteBranch(cwd, s.remote, branch);
  const done = (operation: PullRequestOperation, message: string, pr?: PullRequest): BaselinePrOutcome => ({
    operation,
    branch,
    change,
    result,
    message,
    ...(pr ? { number: pr.number, ...(pr.html_url ? { url: pr.html_url } : {}) } : {}),
  });

  if (current === text) {
    // Current again (the PR was merged, or the file was updated by hand):
    // nothing to propose, so the PR and its branch go.
    for (const pr of open) {
      await api.commentOnPull(
        s.repo,
        pr.number,
        `The baseline \`${path}\` on \`${s.baseBranch}\` is current again (${base.slice(0, 12)}): closing.`,
      );
      await api.updatePull(s.repo, pr.number, { state: 'closed' });
    }
    if (remoteSha) await deleteRemoteBranch(cwd, s.remote, branch, remoteSha);
    if (open.length) return done('closed', `${path} is current: closed #${open.map((p) => p.number).join(', #')}`, open[0]);
    return done('none', `${path} is current: no pull request needed`);
  }

  const title = baselinePrTitle({ target: s.target, change });
  const runs = [...s.check.reports, ...s.check.captures];
  const body = baselinePrBody({ target: s.target, baselinePath: path, baseBranch: s.baseBranch, change, result, runs });

  // Push only when the branch doesn't already hold exactly this file.
  let pushed = false;
  let onBranch: string | undefined;
  if (remoteSha) {
    await fetchCommit(cwd, s.remote, branch);
    onBranch = await fileAt(cwd, remoteSha, path);
  }
  if (onBranch !== text) {
    const message = `kleak-gate: update ${path} (${describeChange(change)})\n\n${title}\n${s.runUrl ? `\nFrom ${s.runUrl}\n` : ''}`;
    const commit = await commitFile(cwd, base, path, text, message, ACTIONS_BOT);
    await pushBranch(cwd, s.remote, commit, branch, remoteSha);
    pushed = true;
  }

  const pr = open[0];
  if (!pr) {
    const created = await api.createPull(s.repo, { head: branch, base: s.baseBranch, title, body });
    return done('created', `opened #${created.number} from ${branch}: ${describeChange(change)}`, created);
  }
  if (pushed || pr.title !== title || pr.body.replace(/\r\n/g, '\n') !== body) {
    await api.updatePull(s.repo, pr.number, { title, body });
    return done('updated', `updated #${pr.number} from ${branch}: ${describeChange(change)}`, pr);
  }
  return done('none', `#${pr.number} already proposes this baseline`, pr);
}
