import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ACTIONS_BOT,
  commitFile,
  deleteRemoteBranch,
  fetchCommit,
  fileAt,
  headCommit,
  pushBranch,
  remoteBranch,
  repoPath,
} from '../../src/git/branch.js';
import { git, gitOut } from '../../src/git/exec.js';
import { makeRepo } from './repo.js';

describe('baseline branch plumbing against a bare origin', () => {
  it('commits one file on top of HEAD without touching the workspace, pushes, reads back, deletes', async () => {
    const repo = await makeRepo();
    const base = await repo.commit({ 'baselines/board.json': '{"old":1}\n', 'README.md': 'x\n' }, 'init');
    expect(await headCommit(repo.work)).toBe(base);
    expect(await remoteBranch(repo.work, 'origin', 'kleak-gate/baseline-board')).toBeUndefined();

    const path = await repoPath(repo.work, 'baselines/board.json');
    expect(path).toBe('baselines/board.json');
    const c = await commitFile(repo.work, base, path, '{"new":2}\n', 'kleak-gate: update baseline\n\nwhy', {
      author: ACTIONS_BOT,
      committer: ACTIONS_BOT,
    });
    await pushBranch(repo.work, 'origin', c, 'kleak-gate/baseline-board');

    // The workspace file, index and HEAD are as they were.
    expect(await readFile(join(repo.work, 'baselines/board.json'), 'utf8')).toBe('{"old":1}\n');
    expect(await gitOut(['status', '--porcelain'], { cwd: repo.work })).toBe('');
    expect(await headCommit(repo.work)).toBe(base);

    // The branch is base + that one file, by the bot.
    const remote = await remoteBranch(repo.work, 'origin', 'kleak-gate/baseline-board');
    expect(remote).toBe(c);
    await fetchCommit(repo.work, 'origin', 'kleak-gate/baseline-board');
    expect(await fileAt(repo.work, c, 'baselines/board.json')).toBe('{"new":2}\n');
    expect(await fileAt(repo.work, c, 'README.md')).toBe('x\n');
    expect(await fileAt(repo.work, c, 'nope.json')).toBeUndefined();
    expect(await gitOut(['log', '-1', '--format=%P|%an|%s', c], { cwd: repo.work })).toBe(
      `${base}|github-actions[bot]|kleak-gate: update baseline`,
    );

    // A push with a stale lease is refused (someone else moved the branch).
    const c2 = await commitFile(repo.work, base, path, '{"new":3}\n', 'm', { author: ACTIONS_BOT, committer: ACTIONS_BOT });
    await expect(pushBranch(repo.work, 'origin', c2, 'kleak-gate/baseline-board', base)).rejects.toThrow(/stale info|rejected/);
    await pushBranch(repo.work, 'origin', c2, 'kleak-gate/baseline-board', c);
    expect(await remoteBranch(repo.work, 'origin', 'kleak-gate/baseline-board')).toBe(c2);

    await deleteRemoteBranch(repo.work, 'origin', 'kleak-gate/baseline-board', c2);
    expect(await remoteBranch(repo.work, 'origin', 'kleak-gate/baseline-board')).toBeUndefined();
  });

  it('never runs a shell: a file name with shell syntax is just a name', async () => {
    const repo = await makeRepo();
    const base = await repo.commit({ 'a.txt': 'a\n' }, 'init');
    const weird = 'baselines/$(touch pwned);x.json';
    const c = await commitFile(repo.work, base, weird, 'y\n', 'm', { author: ACTIONS_BOT, committer: ACTIONS_BOT });
    expect(await fileAt(repo.work, c, weird)).toBe('y\n');
    await expect(readFile(join(repo.work, 'pwned'))).rejects.toThrow();
    await expect(git(['rev-parse', 'nope-not-a-ref'], { cwd: repo.work })).rejects.toThrow(/git rev-parse nope-not-a-ref failed/);
  });
});
