// The real GitHubClient: @actions/github's Octokit (the runner's proxy
// settings, GHES URLs) with @octokit/plugin-retry and
// @octokit/plugin-throttling through getOctokit's plugin argument, all held
// to one time budget (retry-policy.ts), and a per-request timeout that never
// reaches past that budget, so a hung API can't hold a HIL job either. An API
// fault that outlasts the retries only costs what needed the API, never the
// verdict.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { issueComments } from './issue-comments.js';
import { pulls } from './pulls.js';
import { ApiBudget, budgetPlugin, DO_NOT_RETRY, RETRIES, throttleOptions } from './retry-policy.js';
import type { GitHubClient } from './types.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (github.com, GHES or a test server). */
  baseUrl: string;
  timeoutMs: number;
  /** All calls of this client, retries and waits included, end within this many ms of the first (default a minute). */
  budgetMs?: number;
  /** plugin-retry's wait unit (1 s): retry n waits n² units. */
  retryBaseMs?: number;
  /** Where each retry is said (the Action's log). */
  log?: (line: string) => void;
}

export const API_BUDGET_MS = 60_000;

export function createOctokit(opts: ClientOptions): Octokit {
  const policy = {
    budgetMs: opts.budgetMs ?? API_BUDGET_MS,
    retryBaseMs: opts.retryBaseMs ?? 1000,
    log: opts.log ?? (() => {}),
  };
  const budget = new ApiBudget(policy.budgetMs);
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl: opts.baseUrl,
      userAgent: 'kleak-gate',
      // Octokit would otherwise print deprecation notices and request errors itself.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      retry: { doNotRetry: DO_NOT_RETRY, retries: RETRIES, retryAfterBaseValue: policy.retryBaseMs },
      throttle: throttleOptions(budget, policy),
    },
    // First, so that its error hook sees each failed attempt before plugin-retry does.
    budgetPlugin(budget, policy),
    retry,
    throttling,
  );
  // The timeout goes into the fetch that @actions/github set up (it carries the
  // runner's proxy settings). It is set by mutating the options in a `before`
  // hook: before-after-hook binds the options for the inner hooks, so options
  // passed on from a `wrap` hook would be ignored. The fetch is called once per
  // attempt, so each attempt gets its own timeout, cut to what the budget has left.
  octokit.hook.before('request', (options) => {
    const inner = (options.request?.fetch ?? fetch) as typeof fetch;
    const timed: typeof fetch = (url, init) =>
      inner(url, { ...init, signal: AbortSignal.timeout(Math.max(1, Math.min(opts.timeoutMs, budget.remainingMs()))) });
    options.request = { ...options.request, fetch: timed };
  });
  return octokit;
}

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const octokit = createOctokit(opts);
  return { ...issueComments(octokit), findOpenPulls: pulls(octokit).findOpenPulls };
}
