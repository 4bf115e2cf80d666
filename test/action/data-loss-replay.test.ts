// The data-loss cases of issue 9, replayed through every way the baseline is
// maintained: the CLI's `baseline update --accept-new`, the Action's
// update-baseline (accept-new) and its baseline-pr, each as a user runs it
// (the Action as `node dist/index.js` in a real git workspace). In every case
// both leaks of baselines/demo-board.json are still leaking on the board
// (the runs are v1, v2 or reload-v1), so no entry may go: the baseline stays
// byte-identical and no pull request proposes a removal.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';
import { addPullRoutes, type PullStore } from '../support/fake-github-pulls.js';
import { readFixture, repoRoot } from '../support/paths.js';
import { makeRepo } from '../git/repo.js';

const BASELINE = 'baselines/demo-board.json';
const original = readFileSync(join(repoRoot, BASELINE));
const hil = (run: string, f: string) => readFixture('hil-6.1/runs', run, f);
const v1 = hil('v1', 'report-after-rmmod.txt');
// A real line of the board's serial console (its test script's output, no log prefix).
const consoleLine = readFixture('hil-6.1/runs/v1/console.log')
  .split('\n')
  .map((l) => l.trimEnd())
  .find((l) => /^HIL: .*rmmod demo_wlan$/.test(l))!;

interface Case {
  name: string;
  /** Files of the run, by name in the workspace's hil-out/. */
  files: Record<string, string>;
  reports: string[];
  kallsyms: string[];
  allowUnreadable?: boolean;
}

const CASES: Case[] = [
  { name: 'no kallsyms (v2 after rmmod)', files: { 'r.txt': hil('v2', 'report-after-rmmod.txt') }, reports: ['r.txt'], kallsyms: [] },
  {
    name: 'plain reload snapshots (reload-v1, no snapshot times)',
    files: {
      'r.txt': hil('reload-v1', 'report-after-rmmod-2.txt'),
      'k1.txt': hil('reload-v1', 'kallsyms-before-rmmod-1.txt'),
      'k2.txt': hil('reload-v1', 'kallsyms-before-rmmod-2.txt'),
    },
    reports: ['r.txt'],
    kallsyms: ['k1.txt', 'k2.txt'],
  },
  {
    name: "a kallsyms of another load (v2's report, v1's snapshot)",
    files: { 'r.txt': hil('v2', 'report-after-rmmod.txt'), 'k.txt': hil('v1', 'kallsyms-before-rmmod.txt') },
    reports: ['r.txt'],
    kallsyms: ['k.txt'],
  },
  ...[false, true].map((allowUnreadable): Case => ({
    // derived: the real v1 report cut mid-line inside the first TX template record, as a mail client cuts it
    name: `truncated (v1 cut inside the template record)${allowUnreadable ? ', allow-unreadable' : ''}`,
    files: { 'r.txt': v1.slice(0, v1.indexOf('0xffffffffc030e4de') + 6), 'k.txt': hil('v1', 'kallsyms-before-rmmod.txt') },
    reports: ['r.txt'],
    kallsyms: ['k.txt'],
    allowUnreadable,
  })),
  ...[false, true].map((allowUnreadable): Case => ({
    // derived: the real v1 report with that console line inside every backtrace
    name: `serial-interleaved (v1)${allowUnreadable ? ', allow-unreadable' : ''}`,
    files: {
      'r.txt': v1.replace(/(backtrace:\n(?:.*\n){3})/g, `$1${consoleLine}\n`),
      'k.txt': hil('v1', 'kallsyms-before-rmmod.txt'),
    },
    reports: ['r.txt'],
    kallsyms: ['k.txt'],
    allowUnreadable,
  })),
  { name: 'empty (a zero-byte report)', files: { 'r.txt': '' }, reports: ['r.txt'], kallsyms: [] },
  {
    name: 'two runs, one of them empty',
    files: { 'empty.txt': '', 'r.txt': v1, 'k.txt': hil('v1', 'kallsyms-before-rmmod.txt') },
    reports: ['empty.txt', 'r.txt'],
    kallsyms: ['k.txt'],
  },
];

function place(work: string, c: Case): void {
  mkdirSync(join(work, 'hil-out'), { recursive: true });
  for (const [name, text] of Object.entries(c.files)) writeFileSync(join(work, 'hil-out', name), text);
}

const inputs = (c: Case): Record<string, string> => ({
  report: c.reports.map((r) => `hil-out/${r}`).join('\n'),
  kallsyms: c.kallsyms.map((k) => `hil-out/${k}`).join('\n'),
  baseline: BASELINE,
  comment: 'false',
  ...(c.allowUnreadable ? { 'allow-unreadable': 'true' } : {}),
});

let fake: FakeGitHub;
let store: PullStore;
beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addPullRoutes(fake);
  await fake.start();
});
afterAll(() => fake.stop());

describe.each(CASES)('$name', (c) => {
  it('CLI baseline update --accept-new: the baseline byte-identical', async () => {
    const repo = await makeRepo();
    await repo.commit({ [BASELINE]: original.toString() }, 'baseline');
    place(repo.work, c);
    const args = ['baseline', 'update', ...c.reports.map((r) => `hil-out/${r}`), '--baseline', BASELINE, '--accept-new'];
    for (const k of c.kallsyms) args.push('--kallsyms', `hil-out/${k}`);
    if (c.allowUnreadable) args.push('--allow-unreadable');
    const r = await cli(args, { cwd: repo.work });
    expect([0, 2]).toContain(r.code);
    expect(readFileSync(join(repo.work, BASELINE)).equals(original)).toBe(true);
  });

  it('Action update-baseline (accept-new): the baseline byte-identical', async () => {
    const repo = await makeRepo();
    await repo.commit({ [BASELINE]: original.toString() }, 'baseline');
    place(repo.work, c);
    const run = await runAction({
      workspace: repo.work,
      inputs: { ...inputs(c), mode: 'update-baseline', 'accept-new': 'true' },
      apiUrl: fake.baseUrl,
    });
    expect(readFileSync(join(repo.work, BASELINE)).equals(original)).toBe(true);
    if (run.code === 0) expect(run.outputs['baseline-change']).toMatch(/^added \d+, removed 0/);
  });

  it('Action baseline-pr: no pull request removes an entry', async () => {
    const repo = await makeRepo();
    await repo.commit({ [BASELINE]: original.toString(), '.gitignore': 'hil-out/\n' }, 'baseline');
    place(repo.work, c);
    const before = store.pulls.length;
    const run = await runAction({
      workspace: repo.work,
      inputs: { ...inputs(c), mode: 'baseline-pr', target: 'demo-board' },
      apiUrl: fake.baseUrl,
      env: { GITHUB_REF: 'refs/heads/main' },
    });
    const opened = store.pulls.slice(before);
    for (const pr of opened) expect(pr.title).toMatch(/removed 0\b/);
    if (run.code === 0) expect(run.outputs['baseline-change']).toMatch(/^added \d+, removed 0/);
  });
});
