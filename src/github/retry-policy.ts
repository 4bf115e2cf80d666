// How the GitHub API is retried: @octokit/plugin-retry for 5xx and network
// faults, @octokit/plugin-throttling for rate limits, both held to one time
// budget shared by every call of the step (a minute by default), so a bad
// minute of GitHub's costs at most a minute of the HIL job, and never more
// than that even when every call fails. Each retry is logged with what failed.
import type { Octokit as OctokitCore } from '@octokit/core';

/** Statuses that a retry cannot change (plugin-retry's own list). */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451];
/** Retries per request after the first attempt. */
export const RETRIES = 3;
/** Rate-limit retries per request (as create-pull-request: three attempts in all). */
const RATE_LIMIT_RETRIES = 2;
/** An attempt needs at least this much of the budget left to be worth starting. */
const MIN_ATTEMPT_MS = 250;

export interface RetryPolicyOptions {
  /** Every API call of the step, waits included, ends within this many ms of the first. */
  budgetMs: number;
  /** plugin-retry waits (n+1)² × this before retry n+1 (1 s, 4 s, 9 s with the default 1000). */
  retryBaseMs: number;
  log: (line: string) => void;
  now?: () => number;
}

/** The shared deadline: started by the first request, so analysis time does not count. */
export class ApiBudget {
  private deadline?: number;
  constructor(
    private readonly totalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.deadline ??= this.now() + this.totalMs;
  }

  remainingMs(): number {
    return this.deadline === undefined ? this.totalMs : this.deadline - this.now();
  }

  /** Whether waiting `ms` still leaves room for another attempt. */
  allows(ms: number): boolean {
    return this.remainingMs() - ms >= MIN_ATTEMPT_MS;
  }
}

/** What the hooks read of a request's options (Octokit's EndpointDefaults; `request` holds plugin-retry's per-request fields). */
interface RequestOptionsLike {
  method?: string;
  url?: string;
  request?: { retries?: number; retryCount?: number; [option: string]: unknown };
}

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { data?: unknown };
}

/** `GET /repos/{owner}/{repo}/…` (a route template), or the path of a full URL (pagination's next pages). */
function what(options: RequestOptionsLike): string {
  const url = options.url ?? '';
  const path = /^https?:\/\//.test(url) ? new URL(url).pathname : url;
  return `${options.method ?? 'GET'} ${path}`.trim();
}

function why(e: ErrorLike): string {
  const data = e.response?.data as { message?: unknown } | undefined;
  const said = typeof data?.message === 'string' ? data.message : (e.message ?? '');
  const text = said.replace(/[\r\n]+/g, ' ').slice(0, 200);
  return e.status ? `HTTP ${e.status}${text ? ` (${text})` : ''}` : text || 'no answer';
}

/**
 * An Octokit plugin to be given to getOctokit before plugin-retry: its error
 * hook then sees each failed attempt first, logs the retry plugin-retry is
 * about to make, or stops it (the per-request `retries` option plugin-retry
 * reads) when the wait would overrun the budget.
 */
export function budgetPlugin(budget: ApiBudget, opts: RetryPolicyOptions) {
  return (octokit: OctokitCore): void => {
    octokit.hook.before('request', () => budget.start());
    octokit.hook.error('request', (error: unknown, options: RequestOptionsLike) => {
      const e = error as ErrorLike;
      const status = e.status ?? 0;
      const attempt = options.request?.retryCount ?? 0;
      const retries = options.request?.retries ?? RETRIES;
      if (status >= 400 && !DO_NOT_RETRY.includes(status) && attempt < retries) {
        const wait = (attempt + 1) ** 2 * opts.retryBaseMs;
        if (budget.allows(wait)) {
          opts.log(`GitHub API: ${what(options)} failed: ${why(e)}; retry ${attempt + 1} of ${retries} in ${wait / 1000} s`);
        } else {
          options.request ??= {};
          options.request.retries = attempt;
          opts.log(`GitHub API: ${what(options)} failed: ${why(e)}; no retry: the API time budget is spent`);
        }
      }
      throw error;
    });
  };
}

/** plugin-throttling's handlers: retry a rate limit only when its wait fits the budget. */
export function throttleOptions(budget: ApiBudget, opts: RetryPolicyOptions) {
  const decide =
    (kind: string) =>
    (retryAfter: number, options: RequestOptionsLike, _octokit: unknown, retryCount: number): boolean => {
      const wait = retryAfter * 1000;
      if (retryCount < RATE_LIMIT_RETRIES && budget.allows(wait)) {
        opts.log(`GitHub API: ${what(options)}: ${kind}; retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES} in ${retryAfter} s`);
        return true;
      }
      opts.log(`GitHub API: ${what(options)}: ${kind}, reset in ${retryAfter} s: no retry (over the API time budget)`);
      return false;
    };
  return { onRateLimit: decide('rate limit exceeded'), onSecondaryRateLimit: decide('secondary rate limit') };
}
