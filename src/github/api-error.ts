// One line that says why a GitHub call failed, for a warning in the run. It
// names the status and GitHub's own message, never the request (whose
// headers hold the token), and tells the fork-PR case apart because that is
// the one users can do nothing about.

export type ApiFaultKind = 'forbidden' | 'not-found' | 'unprocessable' | 'rate-limited' | 'timeout' | 'server' | 'network' | 'other';

export interface ApiFault {
  kind: ApiFaultKind;
  status?: number;
  message: string;
}

interface ErrorLike {
  name?: string;
  status?: number;
  message?: string;
  cause?: unknown;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function serverMessage(e: ErrorLike): string {
  const data = e.response?.data;
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') return data.message;
  return e.message ?? String(e);
}

function isTimeout(e: ErrorLike): boolean {
  const names = [e.name, (e.cause as ErrorLike | undefined)?.name];
  return names.includes('TimeoutError') || names.includes('AbortError');
}

export function describeApiError(err: unknown, fork = false): ApiFault {
  const e = (err ?? {}) as ErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  const said = serverMessage(e)
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 300);
  if (isTimeout(e)) return { kind: 'timeout', message: 'the GitHub API did not answer in time' };
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined)) {
    // Epoch seconds; anything else (a proxy's text, a number out of Date's
    // range) must not throw here, inside the description of another error.
    const reset = Number(headers['x-ratelimit-reset'] || NaN) * 1000;
    const when = Number.isFinite(reset) && Math.abs(reset) <= 8.64e15 ? ` until ${new Date(reset).toISOString()}` : '';
    return { kind: 'rate-limited', status, message: `GitHub API rate limit exceeded${when} (HTTP ${status})` };
  }
  if (status === 403) {
    const why = fork
      ? 'the token is read-only for pull requests from forks'
      : 'the token lacks permission (the workflow needs `permissions: pull-requests: write`)';
    return { kind: 'forbidden', status, message: `HTTP 403: ${why}: ${said}` };
  }
  if (status === 404) return { kind: 'not-found', status, message: `HTTP 404: ${said} (wrong repository or pull request, or no access)` };
  if (status === 422) return { kind: 'unprocessable', status, message: `HTTP 422: GitHub refused the request: ${said}` };
  if (status !== undefined && status >= 500 && e.response)
    return { kind: 'server', status, message: `HTTP ${status}: GitHub API error: ${said}` };
  if (status === 500) return { kind: 'network', message: `could not reach the GitHub API: ${said}` };
  return {
    kind: 'other',
    ...(status !== undefined ? { status } : {}),
    message: `GitHub API error${status ? ` (HTTP ${status})` : ''}: ${said}`,
  };
}
