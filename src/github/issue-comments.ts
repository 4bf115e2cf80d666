// Issue (and pull request) comments: REST for listing (all pages), creating
// and editing; GraphQL for what REST does not have: whether a comment is
// hidden (isMinimized) and hiding one (minimizeComment).
import type { Octokit } from './octokit.js';
import type { IssueComment, IssueCommentsApi } from './types.js';

function toComment(data: {
  id: number;
  node_id?: string;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  html_url?: string;
}): IssueComment {
  return {
    id: data.id,
    ...(data.node_id ? { nodeId: data.node_id } : {}),
    body: data.body ?? '',
    ...(data.user ? { user: { login: data.user.login, type: data.user.type } } : {}),
    ...(data.html_url ? { html_url: data.html_url } : {}),
  };
}

/** GraphQL's `nodes` takes at most 100 ids. */
const NODES_PAGE = 100;

const IS_MINIMIZED = `query kleakGateMinimized($ids: [ID!]!) {
  nodes(ids: $ids) { ... on IssueComment { id isMinimized } }
}`;

const MINIMIZE = `mutation kleakGateMinimize($id: ID!) {
  minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`;

export function issueComments(octokit: Octokit): IssueCommentsApi {
  return {
    async listIssueComments({ owner, repo, number }) {
      // paginate follows the Link header: a busy PR has more than one page, and
      // missing our comment on page 2 would create a duplicate.
      const all = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
      });
      return all.map(toComment);
    },
    async createComment({ owner, repo, number }, body) {
      const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
      return toComment(res.data);
    },
    async updateComment({ owner, repo }, commentId, body) {
      const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
      return toComment(res.data);
    },
    async minimizedComments(nodeIds) {
      const hidden = new Set<string>();
      for (let i = 0; i < nodeIds.length; i += NODES_PAGE) {
        const res = await octokit.graphql<{ nodes: ({ id?: string; isMinimized?: boolean } | null)[] }>(IS_MINIMIZED, {
          ids: nodeIds.slice(i, i + NODES_PAGE),
        });
        for (const n of res.nodes) if (n?.id && n.isMinimized) hidden.add(n.id);
      }
      return hidden;
    },
    async minimizeComment(nodeId) {
      await octokit.graphql(MINIMIZE, { id: nodeId });
    },
  };
}
