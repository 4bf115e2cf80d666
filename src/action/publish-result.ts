// mode: publish — a result made elsewhere (a self-hosted board runner's
// `kleak-gate check --format json`, or a fork's untrusted workflow) published
// by a trusted step: comment, annotations, job summary, file outputs, and the
// step fails as the result's verdict says. The file is untrusted input: read
// strictly, refused when its schema, its target or its verdict is off. The
// pull request is the event's (pull_request, or the workflow_run that made
// the file), never anything the file says.
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { describeApiError } from '../github/api-error.js';
import { inputPath } from '../inputs/paths.js';
import type { CheckResult } from '../model.js';
import { readText } from '../read-text.js';
import { readResultJson } from '../render/json-read.js';
import { renderCheckText } from '../render/text.js';
import type { PullRequestContext } from './context.js';
import { logUntrusted } from './log.js';
import { reportResult, type ReportDeps } from './report.js';
import type { ActionSettings } from './settings.js';

/** The pull request the result belongs to: the event's own, or the one whose head the workflow_run ran on. */
export async function pullRequestOfRun(s: ActionSettings, deps: ReportDeps): Promise<PullRequestContext | undefined> {
  if (s.context.pullRequest) return s.context.pullRequest;
  const run = s.context.workflowRun;
  if (!run || run.event !== 'pull_request') return undefined;
  // The token is this repository's (workflow_run runs in the base): it can comment, fork or not.
  const found = (number: number): PullRequestContext => ({ ...s.context.repo, number, fork: false, headSha: run.headSha });
  const listed = run.pullRequests.find((p) => p.headSha === undefined || p.headSha === run.headSha);
  if (listed) return found(listed.number);
  // GitHub lists no pull requests on a workflow_run from a fork: ask for the open one with this head.
  if (!run.forkOwner || !run.headBranch || !s.token) return undefined;
  try {
    const open = await deps.client(s).findOpenPulls(s.context.repo, run.headBranch, run.forkOwner);
    const pr = open.find((p) => p.headSha === run.headSha);
    return pr ? found(pr.number) : undefined;
  } catch (e) {
    core.warning(`kleak-gate: could not find the pull request of ${run.forkOwner}:${run.headBranch}: ${describeApiError(e).message}`);
    return undefined;
  }
}

export async function runPublishMode(s: ActionSettings, deps: ReportDeps): Promise<CheckResult> {
  const file = s.result!;
  const { result, target } = readResultJson(await readText(inputPath(s.workspace, file), 'result file'), file);
  if (target !== s.check.target) {
    const said = (t: string | undefined) => (t === undefined ? 'no target' : `target '${t}'`);
    throw new UsageError(
      `${file}: the result is for ${said(target)}, this step publishes ${said(s.check.target)} (check with --target to name the board)`,
    );
  }
  logUntrusted(deps.write, renderCheckText(result));
  const pullRequest = await pullRequestOfRun(s, deps);
  const context = { ...s.context, ...(pullRequest ? { pullRequest } : {}) };
  await reportResult({ ...s, context }, result, deps);
  return result;
}
