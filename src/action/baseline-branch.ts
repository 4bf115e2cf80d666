// Where the baseline branch is written: with git (a push to the repository's
// URL with the token the user gives), or through GitHub's Git Data API
// (sign-commits: GitHub makes the commit and signs it). Both make the same
// commit: the base commit with the baseline file replaced, nothing else.
import type { GitDataApi } from '../github/git-data.js';
import type { RepoRef } from '../github/types.js';
import {
  commitFile,
  deleteRemoteBranch,
  fetchCommit,
  fileAt,
  parentOf,
  pushBranch,
  remoteBranch,
  tokenEnv,
  type Identity,
} from '../git/branch.js';

export interface BranchCommit {
  base: string;
  branch: string;
  path: string;
  text: string;
  message: string;
  /** The branch's commit last seen (a lease: a concurrent writer is not overwritten blindly). */
  expected?: string;
}

export interface BranchStore {
  head(branch: string): Promise<string | undefined>;
  /** The file at a commit of the branch (undefined when it has none) and the commit's parent. */
  read(commit: string, branch: string, path: string): Promise<{ text?: string; parent?: string }>;
  /** Writes the commit to the branch; returns what the log says of it. */
  write(c: BranchCommit): Promise<string>;
  remove(branch: string, expected: string): Promise<void>;
}

export interface GitPush {
  cwd: string;
  /** A remote name or URL. */
  remote: string;
  author: Identity;
  committer: Identity;
  /** The token sent to `serverUrl` (push-token or github-token); unset: git's own credentials. */
  auth?: { serverUrl: string; token: string };
}

export function gitBranches(p: GitPush): BranchStore {
  const env = p.auth ? tokenEnv(p.auth.serverUrl, p.auth.token) : undefined;
  return {
    head: (branch) => remoteBranch(p.cwd, p.remote, branch, env),
    async read(commit, branch, path) {
      await fetchCommit(p.cwd, p.remote, branch, env);
      const text = await fileAt(p.cwd, commit, path);
      const parent = await parentOf(p.cwd, commit);
      return { ...(text !== undefined ? { text } : {}), ...(parent ? { parent } : {}) };
    },
    async write(c) {
      const commit = await commitFile(p.cwd, c.base, c.path, c.text, c.message, { author: p.author, committer: p.committer });
      await pushBranch(p.cwd, p.remote, commit, c.branch, c.expected, env);
      return `pushed ${commit.slice(0, 12)}`;
    },
    remove: (branch, expected) => deleteRemoteBranch(p.cwd, p.remote, branch, expected, env),
  };
}

export function apiBranches(api: GitDataApi, repo: RepoRef): BranchStore {
  return {
    head: (branch) => api.branchHead(repo, branch),
    read: (commit, _branch, path) => api.fileAt(repo, commit, path),
    async write(c) {
      // No author: GitHub then makes the commit as the token's identity and signs it.
      const made = await api.commitFile(repo, { base: c.base, path: c.path, text: c.text, message: c.message });
      await api.setBranch(repo, c.branch, made.sha, c.expected);
      return `committed ${made.sha.slice(0, 12)} through the API (${made.verified ? 'verified signature' : 'GitHub did not sign it'})`;
    },
    remove: (branch, expected) => api.deleteBranch(repo, branch, expected),
  };
}
