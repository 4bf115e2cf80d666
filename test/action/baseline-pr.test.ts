// mode: baseline-pr end to end, in-process: real git against a bare
// repository on disk as `origin`, the real Octokit against the fake API
// server, and the hil-6.1 reports (v1 = the baseline, v3 = the template leak fixed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runBaselinePr, baselineBranch, type BaselinePrSettings } from '../../src/action/baseline-pr.js';
import { proposalOf } from '../../src/action/baseline-pr-body.js';
import { createOctokit } from '../../src/github/octokit.js';
import { pulls } from '../../src/github/pulls.js';
import { parseBaseline, serializeBaseline } from '../../src/baseline/schema.js';
import { updateBaseline } from '../../src/baseline/update.js';
import { runCheck } from '../../src/pipeline/check.js';
import { ACTIONS_BOT, fileAt, remoteBranch } from '../../src/git/branch.js';
import { gitBranches } from '../../src/action/baseline-branch.js';
import { FakeGitHub } from '../support/fake-github.js';
import { PULL, PULLS, addPullRoutes, type PullStore } from '../support/fake-github-pulls.js';
import { makeRepo, type TestRepo } from '../git/repo.js';

const HIL = fileURLToPath(new URL('../fixtures/hil-6.1/runs/', import.meta.url));
const NOW = new Date('2026-11-25T12:00:00Z');
const BASELINE = 'baselines/board-a.json';
const REPO = { owner: 'acme', repo: 'demo-wlan' };

let fake: FakeGitHub;
let store: PullStore;
let repo: TestRepo;

/** Copies one run's report and snapshot into the workspace, as a HIL job would leave them. */
async function placeRun(work: string, version: string): Promise<{ reports: string[]; kallsyms: string[] }> {
  await mkdir(join(work, 'hil-out', version), { recursive: true });
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'])
    await copyFile(join(HIL, version, f), join(work, 'hil-out', version, f));
  return { reports: [`hil-out/${version}/report-after-rmmod.txt`], kallsyms: [`hil-out/${version}/kallsyms-before-rmmod.txt`] };
}

function settings(work: string, inputs: { reports: string[]; kallsyms: string[] }): BaselinePrSettings {
  return {
    check: { ...inputs, captures: [], debugInfo: [], moduleSections: [], symbolizer: 'auto', cwd: work, now: NOW, baseline: BASELINE },
    target: 'board-a',
    repo: REPO,
    baseBranch: 'main',
    runUrl: 'https://github.example/acme/demo-wlan/actions/runs/1',
  };
}

beforeEach(async () => {
  fake = new FakeGitHub();
  store = addPullRoutes(fake);
  await fake.start();
  repo = await makeRepo();
  // The first baseline, from v1 (NVRAM + TX template), committed on main.
  const v1 = await placeRun(repo.work, 'v1');
  const { result } = await runCheck(settings(repo.work, v1).check, true);
  await repo.commit(
    { [BASELINE]: serializeBaseline(updateBaseline(undefined, result, true).baseline), '.gitignore': 'hil-out/\n' },
    'baseline from v1',
  );
});
afterEach(() => fake.stop());

/** The branch written with git to the bare `origin`, as a push with the checkout's credentials. */
const pushed = () => gitBranches({ cwd: repo.work, remote: 'origin', author: ACTIONS_BOT, committer: ACTIONS_BOT });

describe('mode: baseline-pr', () => {
  it('v3 opens one PR that removes exactly the template leak; a re-run is none; merged → closed', async () => {
    const api = pulls(createOctokit({ token: 'ghs_x', baseUrl: fake.baseUrl, timeoutMs: 2000 }));
    const v3 = settings(repo.work, await placeRun(repo.work, 'v3'));
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
    const out = await runBaselinePr(settings(repo.work, await placeRun(repo.work, 'v1')), api, pushed());
    expect(out.operation).toBe('none');
    expect(await remoteBranch(repo.work, 'origin', baselineBranch('board-a'))).toBeUndefined();
    expect(fake.calls('POST', PULLS)).toHaveLength(0);
  });

  it('a changed proposal (v2: the packet-log leak too) updates the same PR in place', async () => {
    const api = pulls(createOctokit({ token: 'ghs_x', baseUrl: fake.baseUrl, timeoutMs: 2000 }));
    await runBaselinePr(settings(repo.work, await placeRun(repo.work, 'v3')), api, pushed());
    const sha = await remoteBranch(repo.work, 'origin', baselineBranch('board-a'));
    const out = await runBaselinePr(settings(repo.work, await placeRun(repo.work, 'v2')), api, pushed());
    expect(out).toMatchObject({ operation: 'updated', number: 1 });
    expect(store.pulls).toHaveLength(1);
    expect(await remoteBranch(repo.work, 'origin', baselineBranch('board-a'))).not.toBe(sha);
    expect(store.get(1)!.title).toBe('kleak-gate: update the board-a kmemleak baseline (added 1, removed 0)');
    expect(store.get(1)!.body).toContain('nicPktLogRxFrame');
  });
});
