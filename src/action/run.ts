// The Action: inputs → the same core as the CLI → verdict, outputs,
// annotations, job summary, SARIF, sticky comment. The verdict is decided
// first and only by the core; everything after it can only add warnings,
// so a fork's read-only token or a GitHub outage never turns red into green
// (or green into red). Bad input fails the step with one precise line.
import * as core from '@actions/core';
import { failureReasons } from '../model/status.js';
import { isInputProblem, oneLine, UsageError } from '../errors.js';
import { describeApiError } from '../github/api-error.js';
import { createGitHubClient, createOctokit, type ClientOptions } from '../github/octokit.js';
import type { GitHubClient } from '../github/types.js';
import { pulls } from '../github/pulls.js';
import type { CheckResult } from '../model.js';
import { check } from '../pipeline/check.js';
import { describeChange } from '../baseline/update.js';
import { renderCheckText } from '../render/text.js';
import { acceptCommand } from '../render/accept-command.js';
import { planBaselinePr, proposeBaselinePr, type BaselinePrOutcome, type BaselinePrSettings } from './baseline-pr.js';
import { apiBranches, gitBranches, type BranchStore } from './baseline-branch.js';
import { gitData } from '../github/git-data.js';
import { ACTIONS_BOT, type Identity } from '../git/branch.js';
import { runUpdateBaselineMode } from './update-baseline.js';
import { runPublishMode } from './publish-result.js';
import { logUntrusted } from './log.js';
import { setOutputs } from './outputs.js';
import { reportResult, resultPlace } from './report.js';
import { getInput, parseSettings, type ActionSettings } from './settings.js';

export interface RunDeps {
  env: Record<string, string | undefined>;
  cwd: string;
  write: (text: string) => void;
  now: () => Date;
  client: (s: ActionSettings) => GitHubClient;
}

const defaultDeps = (): RunDeps => ({
  env: process.env,
  cwd: process.cwd(),
  write: (t) => void process.stdout.write(t),
  now: () => new Date(),
  client: (s) => createGitHubClient(apiOptions(s)),
});

/** The API client's settings: one time budget for all its calls, each retry said in the log. */
export function apiOptions(s: ActionSettings): ClientOptions {
  return {
    token: s.token,
    baseUrl: s.context.apiUrl,
    timeoutMs: s.apiTimeoutMs,
    retryBaseMs: s.apiRetryBaseMs,
    log: (line) => core.info(`kleak-gate: ${line}`),
  };
}

async function runCheckMode(s: ActionSettings, deps: RunDeps): Promise<CheckResult> {
  const result = await check(s.check);
  logUntrusted(deps.write, renderCheckText(result, { acceptCommand: acceptCommand(s.check) }));
  await reportResult(s, result, deps);
  return result;
}

async function runBaselinePrMode(s: ActionSettings): Promise<void> {
  const defaultBranch = s.context.defaultBranch;
  if (!defaultBranch) {
    throw new UsageError(
      'mode baseline-pr needs the repository default branch from the event payload (run it on push, schedule or workflow_dispatch)',
    );
  }
  // The PR proposes to accept what this checkout leaks: only reviewed code
  // (the default branch) may be its source, never a pull request or a
  // feature branch, whose leaks would be accepted unreviewed.
  if (s.context.ref !== `refs/heads/${defaultBranch}`) {
    throw new UsageError(
      `mode baseline-pr runs on the default branch (${defaultBranch}); this run is on ${s.context.ref || 'an unknown ref (no GITHUB_REF)'}`,
    );
  }
  const inputs = s.baselinePr;
  const author = inputs.author ?? ACTIONS_BOT;
  const settings: BaselinePrSettings = {
    check: s.check,
    target: s.check.target ?? 'default',
    repo: s.context.repo,
    baseBranch: defaultBranch,
    serverUrl: s.context.serverUrl,
    ...(s.context.runUrl ? { runUrl: s.context.runUrl } : {}),
    ...(inputs.signoff ? { signoff: author } : {}),
  };
  // The check first, and its outputs set before git or the API is touched,
  // so that a failure below leaves them for later steps.
  const plan = await planBaselinePr(settings);
  setOutputs(plan.result, {}, resultPlace(s));
  core.setOutput('baseline-change', describeChange(plan.change));
  let out: BaselinePrOutcome;
  try {
    const api = pulls(createOctokit(apiOptions(s)));
    out = await proposeBaselinePr(settings, plan, api, baselineBranches(s, author));
  } catch (e) {
    // Unlike the check mode's comment, the pull request is this mode's whole
    // purpose: not getting it fails the step (the outputs above stay set).
    const why =
      e instanceof Error && (e.name === 'HttpError' || 'status' in e)
        ? describeApiError(e).message
        : oneLine(e instanceof Error ? e.message : String(e));
    core.setFailed(`kleak-gate: mode baseline-pr could not open or update the baseline pull request: ${why}`);
    return;
  }
  core.info(`kleak-gate: ${out.message}`);
  core.setOutput('pull-request-operation', out.operation);
  core.setOutput('pull-request-number', out.number !== undefined ? String(out.number) : '');
  core.setOutput('pull-request-url', out.url ?? '');
}

/** Where the branch is written: the Git Data API (signed) or a push to the repository's URL, with push-token or github-token. */
function baselineBranches(s: ActionSettings, author: Identity): BranchStore {
  const { pushToken, signCommits } = s.baselinePr;
  if (signCommits) return apiBranches(gitData(createOctokit({ ...apiOptions(s), token: pushToken })), s.context.repo);
  const { serverUrl, repo } = s.context;
  return gitBranches({
    cwd: s.check.cwd,
    remote: `${serverUrl}/${repo.owner}/${repo.repo}`,
    author,
    committer: ACTIONS_BOT,
    ...(pushToken ? { auth: { serverUrl, token: pushToken } } : {}),
  });
}

export async function run(deps: RunDeps = defaultDeps()): Promise<void> {
  try {
    // Masks the token in the log should anything ever print it, before
    // anything else runs (even an input error).
    for (const name of ['github-token', 'push-token']) {
      const token = getInput(deps.env, name);
      if (token) core.setSecret(token);
    }
    const s = await parseSettings(deps.env, deps.cwd, deps.now());
    if (s.mode === 'baseline-pr') return await runBaselinePrMode(s);
    if (s.mode === 'update-baseline') return await runUpdateBaselineMode(s.check, s.acceptNew, resultPlace(s));
    const result = s.mode === 'publish' ? await runPublishMode(s, deps) : await runCheckMode(s, deps);
    if (result.verdict === 'fail') {
      core.setFailed(
        `kleak-gate${s.check.target ? ` (${s.check.target})` : ''}: ${failureReasons(result.summary)}; see the annotations and the job summary`,
      );
    }
  } catch (e) {
    const message = oneLine(e instanceof Error ? e.message : String(e));
    core.setFailed(isInputProblem(e) ? `kleak-gate: input error: ${message}` : `kleak-gate failed: ${message}`);
  }
}
