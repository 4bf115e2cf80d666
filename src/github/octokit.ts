// The real GitHubClient: @actions/github's Octokit (the runner's proxy
// settings, GHES URLs), with a per-request timeout so that a hung API can't
// hold a HIL job until the job timeout. No retries: an API fault only costs
// the comment, never the verdict, so it is reported and the run moves on.
import { getOctokit } from '@actions/github';
import { issueComments } from './issue-comments.js';
import type { GitHubClient } from './types.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (github.com, GHES or a test server). */
  baseUrl: string;
  timeoutMs: number;
}

export function createOctokit(opts: ClientOptions): Octokit {
  const octokit = getOctokit(opts.token, {
    baseUrl: opts.baseUrl,
    userAgent: 'kleak-gate',
    // Octokit would otherwise print deprecation notices and request errors itself.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  // The timeout goes into the fetch that @actions/github set up (it carries the
  // runner's proxy settings). It is set by mutating the options in a `before`
  // hook: before-after-hook binds the options for the inner hooks, so options
  // passed on from a `wrap` hook would be ignored.
  octokit.hook.before('request', (options) => {
    const inner = (options.request?.fetch ?? fetch) as typeof fetch;
    const timed: typeof fetch = (url, init) => inner(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs) });
    options.request = { ...options.request, fetch: timed };
  });
  return octokit;
}

export function createGitHubClient(opts: ClientOptions): GitHubClient {
  const octokit = createOctokit(opts);
  return { ...issueComments(octokit) };
}
