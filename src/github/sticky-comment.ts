// One comment per key (the target board), found by a hidden marker and edited
// in place, as marocchino/sticky-pull-request-comment does: a matrix of boards
// gives one comment each, and re-runs never pile up duplicates. A comment a
// maintainer has hidden (minimized) is no longer ours to edit: a new one is
// posted instead. On request (`fresh`), a change worth a notification gets a
// new comment too, and the old one is hidden as outdated.
import { describeApiError } from './api-error.js';
import type { GitHubClient, IssueComment, IssueRef } from './types.js';

export type StickyAction = 'created' | 'updated' | 'recreated' | 'unchanged' | 'skipped';

export interface StickyOutcome {
  action: StickyAction;
  comment?: IssueComment;
  /** Something that went wrong beside the comment itself (hiding the old one). */
  warnings: string[];
}

/** `<!-- kleak-gate:TARGET -->`; the key is validated by the settings (no `-->` can get in). */
export function stickyMarker(key: string | undefined): string {
  return key ? `<!-- kleak-gate:${key} -->` : '<!-- kleak-gate -->';
}

/** Ours when the marker is the body's first line: a reply quoting our comment starts with "> ". */
export function isSticky(comment: IssueComment, marker: string): boolean {
  const first = comment.body.split(/\r?\n/, 1)[0]?.trim();
  return first === marker;
}

/**
 * Which marker comment is ours. Anyone can post a comment that starts with the
 * marker, and an earlier one would be taken for ours (and edited, or shown as
 * the verdict), so a bot-authored one wins: GITHUB_TOKEN posts as
 * github-actions[bot]. Only when no bot wrote one is the oldest marker comment
 * taken: with a personal access token ours are that user's comments, and they
 * are still updated in place. Among several, the oldest (two runs raced).
 */
export function findSticky(comments: IssueComment[], marker: string): IssueComment | undefined {
  const marked = comments.filter((c) => isSticky(c, marker));
  return marked.find((c) => c.user?.type === 'Bot') ?? marked[0];
}

export interface UpsertOptions {
  /**
   * What to post; called with whether a previous comment exists, so that a
   * clean run can say "clean now" there instead of staying silent.
   */
  body: (previous: IssueComment | undefined) => string | undefined;
  /** Post a new comment instead of editing `previous` (the change deserves a notification). */
  fresh?: (previous: IssueComment, body: string) => boolean;
}

/** The marker comments that are still shown (a hidden one is a maintainer's decision, not ours to edit). */
async function visibleMarked(client: GitHubClient, comments: IssueComment[], marker: string): Promise<IssueComment[]> {
  const marked = comments.filter((c) => isSticky(c, marker));
  const ids = marked.flatMap((c) => (c.nodeId ? [c.nodeId] : []));
  if (ids.length === 0) return marked;
  const hidden = await client.minimizedComments(ids);
  return marked.filter((c) => !c.nodeId || !hidden.has(c.nodeId));
}

/**
 * Finds our comment across all pages, then creates, updates or leaves it.
 * `body` returning undefined means "nothing worth saying" (clean, no comment yet).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  issue: IssueRef,
  marker: string,
  opts: UpsertOptions,
): Promise<StickyOutcome> {
  const comments = await client.listIssueComments(issue);
  const previous = findSticky(await visibleMarked(client, comments, marker), marker);
  const body = opts.body(previous);
  if (body === undefined) return { action: 'skipped', warnings: [], ...(previous ? { comment: previous } : {}) };
  if (!body.startsWith(`${marker}\n`)) throw new Error('sticky comment body must start with its marker line');
  if (!previous) return { action: 'created', warnings: [], comment: await client.createComment(issue, body) };
  if (previous.body === body) return { action: 'unchanged', warnings: [], comment: previous };
  if (!opts.fresh?.(previous, body))
    return { action: 'updated', warnings: [], comment: await client.updateComment(issue, previous.id, body) };
  const comment = await client.createComment(issue, body);
  const warnings: string[] = [];
  if (previous.nodeId) {
    // The new comment is posted: failing to hide the old one costs only tidiness.
    await client
      .minimizeComment(previous.nodeId)
      .catch((e: unknown) => warnings.push(`could not hide the previous comment as outdated: ${describeApiError(e).message}`));
  }
  return { action: 'recreated', warnings, comment };
}
