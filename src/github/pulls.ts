// Pull requests over the REST API, for the baseline PR. Its own small
// interface (like IssueCommentsApi in types.ts) so the mode can be tested
// against the fake API server with the real Octokit underneath.
import type { Octokit } from './octokit.js';
import type { RepoRef } from './types.js';

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** The head branch name (without owner). */
  head: string;
  headSha?: string;
  /** Closed by merging (GitHub's merged_at), as against closed without merging. */
  merged?: boolean;
  html_url?: string;
}

export interface PullsApi {
  /** Open pull requests from `branch` of this repository (not a fork's branch of the same name), or of `headOwner`'s fork. */
  findOpenPulls(repo: RepoRef, branch: string, headOwner?: string): Promise<PullRequest[]>;
  /** Closed pull requests from `branch` of this repository, the latest first. */
  findClosedPulls(repo: RepoRef, branch: string): Promise<PullRequest[]>;
  createPull(repo: RepoRef, pr: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  updatePull(repo: RepoRef, number: number, fields: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<PullRequest>;
  commentOnPull(repo: RepoRef, number: number, body: string): Promise<void>;
}

interface WirePull {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  head: { ref: string; sha?: string };
  merged_at?: string | null;
  html_url?: string;
}

function toPull(p: WirePull): PullRequest {
  return {
    number: p.number,
    title: p.title,
    body: p.body ?? '',
    state: p.state === 'open' ? 'open' : 'closed',
    head: p.head.ref,
    ...(p.head.sha ? { headSha: p.head.sha } : {}),
    ...(p.state !== 'open' ? { merged: typeof p.merged_at === 'string' } : {}),
    ...(p.html_url ? { html_url: p.html_url } : {}),
  };
}

export function pulls(octokit: Octokit): PullsApi {
  // `head=owner:branch` is GitHub's filter; without the owner prefix GitHub
  // ignores it and lists every pull request.
  const list = async ({ owner, repo }: RepoRef, branch: string, state: 'open' | 'closed', headOwner = owner) => {
    const all = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state, head: `${headOwner}:${branch}`, per_page: 100 });
    return all.map((p) => toPull(p as WirePull)).filter((p) => p.head === branch);
  };
  return {
    findOpenPulls: (repo, branch, headOwner) => list(repo, branch, 'open', headOwner),
    async findClosedPulls(repo, branch) {
      return (await list(repo, branch, 'closed')).sort((a, b) => b.number - a.number);
    },
    async createPull({ owner, repo }, pr) {
      const res = await octokit.rest.pulls.create({ owner, repo, ...pr, maintainer_can_modify: false });
      return toPull(res.data as WirePull);
    },
    async updatePull({ owner, repo }, number, fields) {
      const res = await octokit.rest.pulls.update({ owner, repo, pull_number: number, ...fields });
      return toPull(res.data as WirePull);
    },
    async commentOnPull({ owner, repo }, number, body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    },
  };
}
