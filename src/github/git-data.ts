// The baseline branch written through GitHub's Git Data API (blobs, trees,
// commits, refs), as create-pull-request does with sign-commits: the token
// the user gives makes the commit (no git credentials, no push), and GitHub
// signs a commit it makes for a bot or an app when no author is named, so it
// shows as Verified. Reading goes through the same
// API: the branch's file is the one the pull request shows.
import { describeApiError } from './api-error.js';
import type { Octokit } from './octokit.js';
import type { RepoRef } from './types.js';

export interface CommitRequest {
  /** The parent: the base branch's commit the proposal is made on. */
  base: string;
  path: string;
  text: string;
  message: string;
}

export interface GitDataApi {
  /** The commit a branch points at, or undefined when there is no such branch. */
  branchHead(repo: RepoRef, branch: string): Promise<string | undefined>;
  /** A file's text at a commit (undefined when the commit does not have it), and the commit's first parent. */
  fileAt(repo: RepoRef, commit: string, path: string): Promise<{ text?: string; parent?: string }>;
  /** A new commit: `base` with `path` set to `text`, nothing else changed. */
  commitFile(repo: RepoRef, c: CommitRequest): Promise<{ sha: string; verified: boolean }>;
  /**
   * Points the branch at `sha`: creates it when `expected` is undefined (refused if it exists), else
   * moves it by force with a lease on `expected`, the commit this run read there (git's --force-with-lease).
   */
  setBranch(repo: RepoRef, branch: string, sha: string, expected: string | undefined): Promise<void>;
  /** Deletes the branch, with the same lease. */
  deleteBranch(repo: RepoRef, branch: string, expected: string): Promise<void>;
}

/** Another writer (a concurrent run, a person) moved the branch since this run read it: not overwritten. */
export class BranchMovedError extends Error {
  constructor(branch: string, expected: string, now: string | undefined) {
    super(
      `the branch ${branch} is at ${now?.slice(0, 12) ?? 'no commit (deleted)'}, not at ${expected.slice(0, 12)} as this run read it: ` +
        'left as it is (another run or a person wrote it); the next run proposes again',
    );
    this.name = 'BranchMovedError';
  }
}

export function gitData(octokit: Octokit): GitDataApi {
  async function branchHead({ owner, repo }: RepoRef, branch: string): Promise<string | undefined> {
    try {
      const res = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
      return res.data.object.sha;
    } catch (e) {
      if (describeApiError(e).kind === 'not-found') return undefined;
      throw e;
    }
  }
  // The REST API has no compare-and-swap for a forced ref update: the lease is checked just
  // before it, which leaves a window of one request instead of the whole run.
  async function lease(repo: RepoRef, branch: string, expected: string): Promise<void> {
    const now = await branchHead(repo, branch);
    if (now !== expected) throw new BranchMovedError(branch, expected, now);
  }
  return {
    branchHead,
    async fileAt({ owner, repo }, commit, path) {
      const c = await octokit.rest.git.getCommit({ owner, repo, commit_sha: commit });
      const tree = await octokit.rest.git.getTree({ owner, repo, tree_sha: c.data.tree.sha, recursive: 'true' });
      const parent = c.data.parents[0]?.sha;
      const entry = tree.data.tree.find((t) => t.path === path && t.type === 'blob');
      if (!entry?.sha) return parent ? { parent } : {};
      const blob = await octokit.rest.git.getBlob({ owner, repo, file_sha: entry.sha });
      const text = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      return { text, ...(parent ? { parent } : {}) };
    },
    async commitFile({ owner, repo }, c) {
      const parent = await octokit.rest.git.getCommit({ owner, repo, commit_sha: c.base });
      const blob = await octokit.rest.git.createBlob({
        owner,
        repo,
        content: Buffer.from(c.text, 'utf8').toString('base64'),
        encoding: 'base64',
      });
      const tree = await octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: parent.data.tree.sha,
        tree: [{ path: c.path, mode: '100644', type: 'blob', sha: blob.data.sha }],
      });
      const commit = await octokit.rest.git.createCommit({
        owner,
        repo,
        message: c.message,
        tree: tree.data.sha,
        // No author or committer: GitHub makes the commit as the token's
        // identity (github-actions[bot], an App's bot) and signs it.
        parents: [c.base],
      });
      return { sha: commit.data.sha, verified: commit.data.verification?.verified === true };
    },
    async setBranch(repo, branch, sha, expected) {
      const { owner, repo: name } = repo;
      if (expected === undefined) {
        // Creating fails (422) when the branch exists: no lease needed.
        await octokit.rest.git.createRef({ owner, repo: name, ref: `refs/heads/${branch}`, sha });
        return;
      }
      await lease(repo, branch, expected);
      await octokit.rest.git.updateRef({ owner, repo: name, ref: `heads/${branch}`, sha, force: true });
    },
    async deleteBranch(repo, branch, expected) {
      await lease(repo, branch, expected);
      await octokit.rest.git.deleteRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${branch}` });
    },
  };
}
