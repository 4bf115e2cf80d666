// The Git Data API path (sign-commits) moves and deletes the baseline branch
// with a lease, as the git path does with --force-with-lease: a branch that
// another run or a person moved since this run read it is left as it is.
// The real Octokit against the fake API server, backed by a real bare repository.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gitOut } from '../../src/git/exec.js';
import { BranchMovedError, gitData, type GitDataApi } from '../../src/github/git-data.js';
import { createOctokit } from '../../src/github/octokit.js';
import { GIT_REF_UPDATE, addGitDataRoutes } from '../support/fake-github-git.js';
import { FakeGitHub } from '../support/fake-github.js';
import { makeRepo, type TestRepo } from '../git/repo.js';

const REPO = { owner: 'acme', repo: 'demo-wlan' };
const BRANCH = 'kleak-gate/baseline-board-a';

let fake: FakeGitHub;
let repo: TestRepo;
let api: GitDataApi;
let first: string;
let second: string;

const head = (branch: string) => api.branchHead(REPO, branch);
const setOrigin = (sha: string) => gitOut(['update-ref', `refs/heads/${BRANCH}`, sha], { cwd: repo.origin });

beforeEach(async () => {
  repo = await makeRepo();
  first = await repo.commit({ 'a.txt': '1\n' }, 'one');
  second = await repo.commit({ 'a.txt': '2\n' }, 'two');
  fake = new FakeGitHub();
  addGitDataRoutes(fake, repo.origin);
  await fake.start();
  api = gitData(createOctokit({ token: 'ghs_x', baseUrl: fake.baseUrl, timeoutMs: 2000 }));
});
afterEach(() => fake.stop());

describe('setBranch', () => {
  it('creates a missing branch; creating one that exists is refused', async () => {
    await api.setBranch(REPO, BRANCH, first, undefined);
    expect(await head(BRANCH)).toBe(first);
    await expect(api.setBranch(REPO, BRANCH, second, undefined)).rejects.toThrow(/Reference already exists/);
    expect(await head(BRANCH)).toBe(first);
  });

  it('moves the branch by force when it is where this run read it', async () => {
    await setOrigin(second);
    await api.setBranch(REPO, BRANCH, first, second); // not a fast-forward: forced
    expect(await head(BRANCH)).toBe(first);
  });

  it('leaves a branch that moved since this run read it, and says so', async () => {
    await setOrigin(second); // another run wrote it after this one read `first`
    const err = await api.setBranch(REPO, BRANCH, first, first).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BranchMovedError);
    expect((err as Error).message).toContain(`the branch ${BRANCH} is at ${second.slice(0, 12)}, not at ${first.slice(0, 12)}`);
    expect(await head(BRANCH)).toBe(second);
    expect(fake.calls('PATCH', GIT_REF_UPDATE)).toEqual([]);
  });
});

describe('deleteBranch', () => {
  it('deletes the branch when it is where this run read it', async () => {
    await setOrigin(first);
    await api.deleteBranch(REPO, BRANCH, first);
    expect(await head(BRANCH)).toBeUndefined();
  });

  it('keeps a branch that moved since this run read it (a reviewer pushed a note)', async () => {
    await setOrigin(second);
    await expect(api.deleteBranch(REPO, BRANCH, first)).rejects.toThrow(BranchMovedError);
    expect(await head(BRANCH)).toBe(second);
    expect(fake.calls('DELETE', GIT_REF_UPDATE)).toEqual([]);
  });
});
