// Issue (and pull request) comments over the REST API.
import type { Octokit } from './octokit.js';
import type { IssueComment, IssueCommentsApi } from './types.js';

function toComment(data: {
  id: number;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  html_url?: string;
}): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    ...(data.user ? { user: { login: data.user.login, type: data.user.type } } : {}),
    ...(data.html_url ? { html_url: data.html_url } : {}),
  };
}

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
  };
}
