// The sticky PR comment for this target. Only on pull request events; any
// API failure (a fork's read-only token, 404, 422, 5xx, timeout, rate limit)
// is returned as a one-line warning, and the caller's verdict stands.
import { createHash } from 'node:crypto';
import type { CheckResult } from '../model.js';
import { describeApiError } from '../github/api-error.js';
import { stickyMarker, upsertStickyComment, type StickyAction } from '../github/sticky-comment.js';
import type { GitHubClient, IssueComment } from '../github/types.js';
import { COMMENT_MAX, renderMarkdown } from '../render/markdown.js';
import { acceptOf, sourceLinkFor } from './publish.js';
import type { ActionSettings } from './settings.js';

export interface CommentOutcome {
  action: StickyAction | 'not-a-pull-request' | 'failed';
  message: string;
  /** The comment posted or left as it was. */
  comment?: IssueComment;
  warnings: string[];
}

/**
 * What a reviewer must act on, as a hidden line in the comment: the verdict
 * and a digest of the new and grown leaks. `comment-on-change: new` posts a
 * fresh comment (a notification) when it differs from the previous comment's.
 */
export function stateLine(result: CheckResult): string {
  const acting = result.leaks
    .filter((l) => l.status === 'new' || l.status === 'grown')
    .map((l) => `${l.status} ${l.fingerprint}`)
    .sort();
  const digest = createHash('sha256').update(acting.join('\n')).digest('hex').slice(0, 16);
  return `<!-- kleak-gate:state ${result.verdict} ${digest} -->`;
}

function stateOf(body: string): string | undefined {
  return /^<!-- kleak-gate:state [^\n]* -->$/m.exec(body)?.[0];
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
  if (!pr)
    return { action: 'not-a-pull-request', message: `no pull request in a '${s.context.eventName}' event: no comment`, warnings: [] };
  if (!s.token) {
    return {
      action: 'failed',
      warnings: [],
      message: 'could not post the PR comment: the github-token input is empty. The verdict, annotations and job summary are not affected.',
    };
  }
  const marker = stickyMarker(s.check.target);
  const state = stateLine(result);
  const link = sourceLinkFor(s);
  const commit = pr.headSha ? `<sub>commit ${pr.headSha.slice(0, 12)}</sub>` : '';
  try {
    const out = await upsertStickyComment(client(), pr, marker, {
      body: (previous) => {
        const clean = isClean(result);
        if (clean && !previous) return undefined;
        const md = renderMarkdown(result, {
          marker: `${marker}\n${state}`,
          ...(s.check.target ? { target: s.check.target } : {}),
          ...acceptOf(s),
          cleanNow: clean,
          maxLength: COMMENT_MAX - commit.length - 2,
          ...(s.context.runUrl ? { runUrl: s.context.runUrl } : {}),
          ...(link ? { sourceLink: link } : {}),
        });
        return commit ? `${md}\n${commit}\n` : md;
      },
      fresh: (previous) => s.commentOnChange === 'new' && stateOf(previous.body) !== state,
    });
    const where = out.comment?.html_url ? ` (${out.comment.html_url})` : '';
    const what =
      out.action === 'skipped'
        ? 'clean, no earlier comment: none posted'
        : out.action === 'recreated'
          ? `what to act on changed: new comment${where}, the previous one hidden as outdated`
          : `comment ${out.action}${where}`;
    return { action: out.action, message: what, warnings: out.warnings, ...(out.comment ? { comment: out.comment } : {}) };
  } catch (e) {
    const fault = describeApiError(e, pr.fork);
    return {
      action: 'failed',
      warnings: [],
      message: `could not post the PR comment: ${fault.message}. The verdict, annotations and job summary are not affected.`,
    };
  }
}
