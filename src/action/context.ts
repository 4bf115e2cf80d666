// What the runner tells about the run, read from the environment once (not
// from @actions/github's import-time `context`), so that settings are one
// object built in one place and tests can pass any environment.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { IssueRef, RepoRef } from '../github/types.js';

export interface PullRequestContext extends IssueRef {
  /** From a fork: GITHUB_TOKEN is read-only there, so comments will be refused. */
  fork: boolean;
  headSha?: string;
}

export interface RunContext {
  repo: RepoRef;
  eventName: string;
  apiUrl: string;
  serverUrl: string;
  sha: string;
  /** GITHUB_REF: `refs/heads/<branch>` on a branch, `refs/pull/<n>/merge` on a pull request. */
  ref: string;
  runUrl?: string;
  /** The event's repository default branch (for baseline pull requests). */
  defaultBranch?: string;
  pullRequest?: PullRequestContext;
  /** A `workflow_run` event: the run that made the result to publish (mode publish). */
  workflowRun?: WorkflowRunContext;
}

/**
 * What GitHub says about the triggering run. Its pull requests come from
 * the event, never from the run's artifacts (which the PR's code wrote). For
 * a fork's pull request the event lists none: the head owner and branch let
 * the publishing step find it through the API.
 */
export interface WorkflowRunContext {
  id?: number;
  event: string;
  headSha: string;
  headBranch?: string;
  /** The head repository's owner, when it is not this repository (a fork). */
  forkOwner?: string;
  pullRequests: { number: number; headSha?: string }[];
}

interface WorkflowRunPayload {
  id?: number;
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string; owner?: { login?: string } } | null;
  pull_requests?: { number?: number; head?: { sha?: string } }[];
}

function workflowRun(event: Record<string, unknown>, full: string): WorkflowRunContext | undefined {
  const run = event.workflow_run as WorkflowRunPayload | undefined;
  if (!run || typeof run.head_sha !== 'string') return undefined;
  const headRepo = run.head_repository?.full_name;
  const owner = run.head_repository?.owner?.login;
  return {
    ...(typeof run.id === 'number' ? { id: run.id } : {}),
    event: run.event ?? '',
    headSha: run.head_sha,
    ...(run.head_branch ? { headBranch: run.head_branch } : {}),
    ...(headRepo !== full && owner ? { forkOwner: owner } : {}),
    pullRequests: (run.pull_requests ?? [])
      .filter((p): p is { number: number; head?: { sha?: string } } => typeof p.number === 'number')
      .map((p) => ({ number: p.number, ...(p.head?.sha ? { headSha: p.head.sha } : {}) })),
  };
}

type Env = Record<string, string | undefined>;

interface PullRequestPayload {
  number?: number;
  head?: { sha?: string; repo?: { full_name?: string } | null };
  base?: { repo?: { full_name?: string } };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new UsageError(`Cannot read the event payload GITHUB_EVENT_PATH '${path}': ${(e as Error).message}`);
  }
}

export function readRunContext(env: Env): RunContext {
  const full = env.GITHUB_REPOSITORY ?? '';
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(full);
  if (!m) throw new UsageError(`Invalid GITHUB_REPOSITORY '${full}'. Expected format {owner}/{repo}.`);
  const repo = { owner: m[1]!, repo: m[2]! };
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${full}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
    : undefined;
  const pr = event.pull_request as PullRequestPayload | undefined;
  let pullRequest: PullRequestContext | undefined;
  if (pr && typeof pr.number === 'number') {
    // A deleted fork has head.repo null: treat it as a fork (read-only token).
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? full;
    pullRequest = { ...repo, number: pr.number, fork: headRepo !== baseRepo, ...(pr.head?.sha ? { headSha: pr.head.sha } : {}) };
  }
  const repository = event.repository as { default_branch?: string } | undefined;
  const wr = workflowRun(event, full);
  return {
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    ...(runUrl ? { runUrl } : {}),
    ...(repository?.default_branch ? { defaultBranch: repository.default_branch } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    ...(wr ? { workflowRun: wr } : {}),
  };
}
