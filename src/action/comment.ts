// The sticky PR comment for this target. Only on pull request events; any
// API failure (a fork's read-only token, 404, 422, 5xx, timeout, rate limit)
// is returned as a one-line warning, and the caller's verdict stands.
import type { CheckResult } from '../model.js';
import { describeApiError } from '../github/api-error.js';
import { stickyMarker, upsertStickyComment, type StickyAction } from '../github/sticky-comment.js';
import type { GitHubClient } from '../github/types.js';
import { COMMENT_MAX, renderMarkdown } from '../render/markdown.js';
import type { ActionSettings } from './settings.js';

export interface CommentOutcome {
  action: StickyAction | 'not-a-pull-request' | 'failed';
  message: string;
}

/** Nothing for a reviewer to act on: no comment is started for it. */
export function isClean(result: CheckResult): boolean {
  return result.verdict === 'pass' && result.summary.new === 0 && result.summary.grown === 0 && result.summary.fixed === 0;
}

/**
 * `client` is called only when a comment is to be posted (a pull request
 * event with a token), inside the guard: creating it can fail too (Octokit
 * refuses an empty token), and that must cost the comment, not the run.
 */
export async function postComment(s: ActionSettings, result: CheckResult, client: () => GitHubClient): Promise<CommentOutcome> {
  const pr = s.context.pullRequest;
  if (!pr) return { action: 'not-a-pull-request', message: `no pull request in a '${s.context.eventName}' event: no comment` };
  if (!s.token) {
    return {
      action: 'failed',
      message: 'could not post the PR comment: the github-token input is empty. The verdict, annotations and job summary are not affected.',
    };
  }
  const marker = stickyMarker(s.check.target);
  const commit = pr.headSha ? `<sub>commit ${pr.headSha.slice(0, 12)}</sub>` : '';
  try {
    const out = await upsertStickyComment(client(), pr, marker, {
      body: (previous) => {
        const clean = isClean(result);
        if (clean && !previous) return undefined;
        const md = renderMarkdown(result, {
          marker,
          ...(s.check.target ? { target: s.check.target } : {}),
          baseline: s.check.baseline,
          cleanNow: clean,
          maxLength: COMMENT_MAX - commit.length - 2,
          ...(s.context.runUrl ? { runUrl: s.context.runUrl } : {}),
        });
        return commit ? `${md}\n${commit}\n` : md;
      },
    });
    const where = out.comment?.html_url ? ` (${out.comment.html_url})` : '';
    const what = out.action === 'skipped' ? 'clean, no earlier comment: none posted' : `comment ${out.action}${where}`;
    return { action: out.action, message: what };
  } catch (e) {
    const fault = describeApiError(e, pr.fork);
    return {
      action: 'failed',
      message: `could not post the PR comment: ${fault.message}. The verdict, annotations and job summary are not affected.`,
    };
  }
}
