// The GitHub operations kleak-gate needs, as an interface of its own: the
// Action's logic is written against it, tests drive the real implementation
// against a fake API server, and later features (pull requests for baseline
// updates) add their own small interface in their own file and join it in
// GitHubClient below.
import type { PullsApi } from './pulls.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueRef extends RepoRef {
  /** Pull requests are issues for the comments API. */
  number: number;
}

export interface IssueComment {
  id: number;
  /** The GraphQL node id (REST `node_id`): what isMinimized and minimizeComment take. */
  nodeId?: string;
  body: string;
  /** Who wrote it (the token's identity for ours). */
  user?: { login: string; type?: string };
  html_url?: string;
}

export interface IssueCommentsApi {
  /** Every comment of the issue, all pages. */
  listIssueComments(issue: IssueRef): Promise<IssueComment[]>;
  createComment(issue: IssueRef, body: string): Promise<IssueComment>;
  updateComment(repo: RepoRef, commentId: number, body: string): Promise<IssueComment>;
  /** Which of these comments (node ids) are hidden (minimized) on the pull request. REST does not say; GraphQL does. */
  minimizedComments(nodeIds: string[]): Promise<Set<string>>;
  /** Hides a comment as outdated (GraphQL minimizeComment, classifier OUTDATED). */
  minimizeComment(nodeId: string): Promise<void>;
}

/** What the comment needs: the comments, and finding a fork's pull request by its head (mode publish). */
export type GitHubClient = IssueCommentsApi & Pick<PullsApi, 'findOpenPulls'>;
