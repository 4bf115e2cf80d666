// mode baseline-pr after people have acted on its pull request: notes a
// reviewer wrote on the branch survive the proposal being made again on top
// of a moved main, and a proposal closed without merging is not made again
// until it changes. Real git (a bare origin on disk), the real Octokit
// against the fake API, the hil-6.1 runs (v1 = main's baseline).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineBranch, runBaselinePr } from '../../src/action/baseline-pr.js';
import { gitBranches } from '../../src/action/baseline-branch.js';
import { createOctokit } from '../../src/github/octokit.js';
import { pulls } from '../../src/github/pulls.js';
import { gitOut } from '../../src/git/exec.js';
import { fileAt, remoteBranch } from '../../src/git/branch.js';
import { serializeBaseline } from '../../src/baseline/schema.js';
import { PULLS } from '../support/fake-github-pulls.js';
import { ACTIONS_BOT, BASELINE, makeWorld, type World } from '../support/baseline-pr-world.js';

let w: World;
const branch = baselineBranch('board-a');
const api = () => pulls(createOctokit({ token: 'ghs_x', baseUrl: w.fake.baseUrl, timeoutMs: 2000 }));
const pushed = () => gitBranches({ cwd: w.repo.work, remote: 'origin', author: ACTIONS_BOT, committer: ACTIONS_BOT });

beforeEach(async () => {
  w = await makeWorld();
});
afterEach(() => w.stop());

describe('mode baseline-pr keeps what reviewers wrote on its branch', () => {
  it('regenerated on top of a moved main, each note stays on its entry; a note on a fixed entry goes with it', async () => {
    await runBaselinePr(await w.run('v2'), api(), pushed());
    const proposed = (await w.onBranch(branch))!;
    const pktlog = proposed.leaks.find((e) => e.title.includes('nicPktLogRxFrame'))!;
    const nvram = proposed.leaks.find((e) => e.title.includes('nicLoadNvramCfg'))!;
    const template = proposed.leaks.find((e) => e.title.includes('nicTxGenerateDescTemplate'))!;
    await w.review(branch, (b) => {
      for (const e of b.leaks) {
        if (e.fingerprint === pktlog.fingerprint) e.note = 'RX ring teardown frees it late, see lore 2026-11';
        if (e.fingerprint === nvram.fingerprint) e.note = 'NVRAM cache lives until unload by design';
        if (e.fingerprint === template.fingerprint) e.note = 'template: fix pending';
      }
    });
    // main moves on: another commit, the baseline file untouched.
    const main = await w.repo.commit({ 'README.md': 'demo-wlan\n' }, 'docs');

    // The same run again: made on the new main, notes kept, nothing else changed.
    const again = await runBaselinePr(await w.run('v2'), api(), pushed());
    expect(again).toMatchObject({ operation: 'updated', number: 1 });
    expect(again.message).toContain('3 note(s) from the branch kept');
    const tip = (await remoteBranch(w.repo.work, 'origin', branch))!;
    expect(await gitOut(['rev-parse', `${tip}^`], { cwd: w.repo.work })).toBe(main);
    const regenerated = (await w.onBranch(branch))!;
    expect(new Map(regenerated.leaks.map((e) => [e.title, e.note]))).toEqual(
      new Map([
        [pktlog.title, 'RX ring teardown frees it late, see lore 2026-11'],
        [nvram.title, 'NVRAM cache lives until unload by design'],
        [template.title, 'template: fix pending'],
      ]),
    );
    // Apart from the notes, the proposal is what it was.
    expect(regenerated.leaks.map(({ note: _, ...e }) => e)).toEqual(proposed.leaks);

    // A run that shows nothing new to do for the notes: nothing is pushed.
    const third = await runBaselinePr(await w.run('v2'), api(), pushed());
    expect(third.operation).toBe('none');
    expect(await remoteBranch(w.repo.work, 'origin', branch)).toBe(tip);

    // v3: the template and packet-log leaks are gone from the run; their entries
    // (and notes) leave the proposal, the NVRAM note stays.
    await runBaselinePr(await w.run('v3'), api(), pushed());
    expect((await w.onBranch(branch))!.leaks.map((e) => [e.title, e.note])).toEqual([
      [nvram.title, 'NVRAM cache lives until unload by design'],
    ]);
  });

  it('a branch file that is not a baseline is left as it is (its notes could not be carried) and the step says why', async () => {
    await runBaselinePr(await w.run('v3'), api(), pushed());
    const broken = await w.review(branch, (b) => JSON.stringify({ ...b, reviewed: true }, null, 2));
    await expect(runBaselinePr(await w.run('v2'), api(), pushed())).rejects.toThrow(
      new RegExp(`${branch}:${BASELINE}.*unknown key "reviewed".*left as it is`),
    );
    expect(await remoteBranch(w.repo.work, 'origin', branch)).toBe(broken);
  });
});

describe('mode baseline-pr and a proposal closed without merging', () => {
  it('is not reopened nor pushed again until the proposal changes; then a new PR is opened', async () => {
    const first = await runBaselinePr(await w.run('v3'), api(), pushed());
    expect(first.operation).toBe('created');
    const tip = await remoteBranch(w.repo.work, 'origin', branch);
    // A maintainer closes it without merging.
    Object.assign(w.store.get(1)!, { state: 'closed', merged: false });

    const writes = () => w.fake.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    const skipped = await runBaselinePr(await w.run('v3'), api(), pushed());
    expect(skipped.operation).toBe('none');
    expect(skipped.message).toMatch(
      /^skipped: #1 proposed this same change \(added 0, removed 1, proposal [0-9a-f]{16}\) and was closed without merging/,
    );
    expect(skipped.number).toBeUndefined();
    expect(writes()).toBe(before);
    expect(w.store.get(1)!.state).toBe('closed');
    expect(await remoteBranch(w.repo.work, 'origin', branch)).toBe(tip);

    // The proposal changes (v2: the packet-log leak is new): proposed again, in a new PR.
    const changed = await runBaselinePr(await w.run('v2'), api(), pushed());
    expect(changed).toMatchObject({ operation: 'created', number: 2 });
    expect(w.fake.calls('POST', PULLS)).toHaveLength(2);
    expect(await remoteBranch(w.repo.work, 'origin', branch)).not.toBe(tip);
  });

  it('main edited by hand to equal the proposal while the branch holds a note: the PR is closed, the branch and its note kept', async () => {
    await runBaselinePr(await w.run('v3'), api(), pushed());
    const proposed = (await w.onBranch(branch))!;
    await w.review(branch, (b) => {
      for (const e of b.leaks) if (e.title.includes('nicLoadNvramCfg')) e.note = 'NVRAM cache lives until unload by design';
    });
    const noted = (await remoteBranch(w.repo.work, 'origin', branch))!;
    // Someone copies the proposal to main by hand, without the reviewer's note.
    await w.repo.commit({ [BASELINE]: serializeBaseline(proposed) }, 'baseline by hand');
    const out = await runBaselinePr(await w.run('v3'), api(), pushed());
    expect(out).toMatchObject({ operation: 'closed', number: 1 });
    expect(out.message).toContain(`the branch ${branch} is kept: it holds 1 note(s) that ${BASELINE} lacks`);
    expect(w.store.get(1)!.state).toBe('closed');
    expect(w.store.get(1)!.comments.at(-1)).toContain(`The branch \`${branch}\` is kept: it holds 1 note(s)`);
    expect(await remoteBranch(w.repo.work, 'origin', branch)).toBe(noted);
    expect((await w.onBranch(branch))!.leaks.map((e) => e.note)).toEqual(['NVRAM cache lives until unload by design']);
  });

  it('a merged proposal, or one the tool closed itself, does not hold back the same proposal later', async () => {
    await runBaselinePr(await w.run('v3'), api(), pushed());
    Object.assign(w.store.get(1)!, { state: 'closed', merged: true });
    expect((await runBaselinePr(await w.run('v3'), api(), pushed())).operation).toBe('created');
    // #2's file lands on main by hand: the tool closes #2 itself.
    const proposedFile = (await w.onBranch(branch))!;
    const mainFile = (await fileAt(w.repo.work, 'HEAD', BASELINE))!;
    await w.repo.commit({ [BASELINE]: serializeBaseline(proposedFile) }, 'baseline by hand');
    expect((await runBaselinePr(await w.run('v3'), api(), pushed())).operation).toBe('closed');
    // main goes back to the v1 baseline: the very same proposal is made again, in a new PR.
    await w.repo.commit({ [BASELINE]: mainFile }, 'revert the baseline');
    expect(await runBaselinePr(await w.run('v3'), api(), pushed())).toMatchObject({ operation: 'created', number: 3 });
  });
});
