// mode: baseline-pr end to end, in-process: real git against a bare
// repository on disk as `origin`, the real Octokit against the fake API
// server, and the hil-6.1 reports (v1 = the baseline, v3 = the template leak fixed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBaselinePr, baselineBranch } from '../../src/action/baseline-pr.js';
import { proposalOf } from '../../src/action/baseline-pr-body.js';
import { gitBranches } from '../../src/action/baseline-branch.js';
import { createOctokit } from '../../src/github/octokit.js';
import { pulls } from '../../src/github/pulls.js';
import { parseBaseline } from '../../src/baseline/schema.js';
import { ACTIONS_BOT, fileAt, remoteBranch } from '../../src/git/branch.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { PULL, PULLS, type PullStore } from '../support/fake-github-pulls.js';
import type { TestRepo } from '../git/repo.js';
import { BASELINE, makeWorld, type World } from '../support/baseline-pr-world.js';

let world: World;
let fake: FakeGitHub;
let store: PullStore;
let repo: TestRepo;

beforeEach(async () => {
  world = await makeWorld();
  ({ fake, store, repo } = world);
});
afterEach(() => world.stop());

/** The branch written with git to the bare `origin`, as a push with the checkout's credentials. */
const pushed = () => gitBranches({ cwd: repo.work, remote: 'origin', author: ACTIONS_BOT, committer: ACTIONS_BOT });

describe('mode: baseline-pr', () => {
  it('v3 opens one PR that removes exactly the template leak; a re-run is none; merged → closed', async () => {
    const api = pulls(createOctokit({ token: 'ghs_x', baseUrl: fake.baseUrl, timeoutMs: 2000 }));
    const v3 = await world.run('v3');
    const branch = baselineBranch('board-a');
    const before = parseBaseline((await fileAt(repo.work, 'HEAD', BASELINE)) as string, BASELINE);
    expect(before.leaks.map((e) => e.title).sort()).toEqual([
      expect.stringContaining('nicLoadNvramCfg'),
      expect.stringContaining('nicTxGenerateDescTemplate'),
    ]);
    expect(before.leaks).toHaveLength(2);

    // 1. created
    const first = await runBaselinePr(v3, api, pushed());
    expect(first.operation).toBe('created');
    expect(first.number).toBe(1);
    expect(first.change.added).toEqual([]);
    expect(first.change.removed.map((e) => e.title)).toEqual([expect.stringContaining('nicTxGenerateDescTemplate')]);
    const pr = store.get(1)!;
    expect(pr).toMatchObject({ head: branch, base: 'main', state: 'open' });
    expect(pr.title).toBe('kleak-gate: update the board-a kmemleak baseline (added 0, removed 1)');
    expect(pr.body).toContain('### Fixed: removed from the baseline (1)');
    expect(pr.body).toContain('absent from every run (1/1)');
    expect(pr.body).toContain('`hil-out/v3/report-after-rmmod.txt`');
    expect(pr.body).not.toContain('### New');
    // The branch holds the v1 baseline minus exactly the template entry.
    const sha = await remoteBranch(repo.work, 'origin', branch);
    const proposed = parseBaseline((await fileAt(repo.work, sha!, BASELINE))!, BASELINE);
    const template = before.leaks.find((e) => e.title.includes('nicTxGenerateDescTemplate'))!;
    expect(proposed.leaks).toEqual(before.leaks.filter((e) => e !== template));
    expect(proposed.leaks.map((e) => e.title)).toEqual([expect.stringContaining('nicLoadNvramCfg')]);

    // 2. the same inputs again: nothing pushed, nothing written
    const writes = () => fake.requests.filter((r) => r.method !== 'GET').length;
    const w = writes();
    const second = await runBaselinePr(v3, api, pushed());
    expect(second).toMatchObject({ operation: 'none', number: 1 });
    expect(await remoteBranch(repo.work, 'origin', branch)).toBe(sha);
    expect(writes()).toBe(w);

    // 3. the PR's baseline lands on main (merged): the PR is closed and the branch goes
    await repo.commit({ [BASELINE]: (await fileAt(repo.work, sha!, BASELINE))! }, 'merge baseline PR');
    const third = await runBaselinePr(v3, api, pushed());
    expect(third).toMatchObject({ operation: 'closed', number: 1 });
    expect(store.get(1)!.state).toBe('closed');
    expect(store.get(1)!.comments[0]).toMatch(/is current again/);
    expect(await remoteBranch(repo.work, 'origin', branch)).toBeUndefined();
    expect(fake.calls('PATCH', PULL).at(-1)!.body).toMatchObject({ state: 'closed' });
    // The tool's own close is not a person's "no": the body no longer names the proposal.
    expect(proposalOf(store.get(1)!.body)).toBeUndefined();
    expect(store.get(1)!.body).toMatch(/kleak-gate:proposal-withdrawn [0-9a-f]{16}/);

    // 4. and then nothing more to do
    expect((await runBaselinePr(v3, api, pushed())).operation).toBe('none');
    expect(fake.calls('POST', PULLS)).toHaveLength(1);
  });

  it('with v1 itself (baseline current) nothing is pushed and no PR is opened', async () => {
    const api = pulls(createOctokit({ token: 'ghs_x', baseUrl: fake.baseUrl, timeoutMs: 2000 }));
    const out = await runBaselinePr(await world.run('v1'), api, pushed());
    expect(out.operation).toBe('none');
    expect(await remoteBranch(repo.work, 'origin', baselineBranch('board-a'))).toBeUndefined();
    expect(fake.calls('POST', PULLS)).toHaveLength(0);
  });

  it('a changed proposal (v2: the packet-log leak too) updates the same PR in place', async () => {
    const api = pulls(createOctokit({ token: 'ghs_x', baseUrl: fake.baseUrl, timeoutMs: 2000 }));
    await runBaselinePr(await world.run('v3'), api, pushed());
    const sha = await remoteBranch(repo.work, 'origin', baselineBranch('board-a'));
    const out = await runBaselinePr(await world.run('v2'), api, pushed());
    expect(out).toMatchObject({ operation: 'updated', number: 1 });
    expect(store.pulls).toHaveLength(1);
    expect(await remoteBranch(repo.work, 'origin', baselineBranch('board-a'))).not.toBe(sha);
    expect(store.get(1)!.title).toBe('kleak-gate: update the board-a kmemleak baseline (added 1, removed 0)');
    expect(store.get(1)!.body).toContain('nicPktLogRxFrame');
  });
});
