// mode: baseline-pr through `node dist/index.js`: it only runs on the default
// branch (GITHUB_REF refs/heads/main), and an API failure fails the step but
// leaves the check's outputs set. The workspace is a real git repository with
// a bare `origin` on disk; the board's data are the hil-6.1 runs (copied in).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeBaseline } from '../../src/baseline/schema.js';
import { updateBaseline } from '../../src/baseline/update.js';
import { runCheck } from '../../src/pipeline/check.js';
import { remoteBranch } from '../../src/git/branch.js';
import { baselineBranch } from '../../src/action/baseline-pr.js';
import { ensureBuilt, runAction, type ActionRun } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { PULLS, addPullRoutes, type PullStore } from '../support/fake-github-pulls.js';
import { hilRuns } from '../support/paths.js';
import { makeRepo, type TestRepo } from '../git/repo.js';

const BASELINE = 'baselines/board-a.json';

let fake: FakeGitHub;
let store: PullStore;
let repo: TestRepo;

async function placeRun(work: string, version: string): Promise<void> {
  await mkdir(join(work, 'hil-out', version), { recursive: true });
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'])
    await copyFile(join(hilRuns, version, f), join(work, 'hil-out', version, f));
}

const inputs = (v: string) => ({
  mode: 'baseline-pr',
  target: 'board-a',
  report: `hil-out/${v}/report-after-rmmod.txt`,
  kallsyms: `hil-out/${v}/kallsyms-before-rmmod.txt`,
});

function baselinePr(ref: string, opts: { pr?: boolean; eventName?: string } = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    inputs: inputs('v3'),
    apiUrl: fake.baseUrl,
    env: { GITHUB_REF: ref, KLEAK_GATE_API_RETRY_BASE_MS: '20' },
    ...(opts.pr ? { event: { number: 7, headSha: 'b'.repeat(40) } } : {}),
    ...(opts.eventName ? { eventName: opts.eventName } : {}),
  });
}

beforeAll(ensureBuilt);
beforeEach(async () => {
  fake = new FakeGitHub();
  store = addPullRoutes(fake);
  await fake.start();
  repo = await makeRepo();
  // main holds the v1 baseline (NVRAM + TX template); the v3 run has the template leak fixed.
  await placeRun(repo.work, 'v1');
  await placeRun(repo.work, 'v3');
  const { result } = await runCheck(
    {
      reports: ['hil-out/v1/report-after-rmmod.txt'],
      kallsyms: ['hil-out/v1/kallsyms-before-rmmod.txt'],
      captures: [],
      debugInfo: [],
      moduleSections: [],
      symbolizer: 'auto',
      cwd: repo.work,
      now: new Date('2026-11-25T00:00:00Z'),
      baseline: BASELINE,
    },
    true,
  );
  await repo.commit(
    { [BASELINE]: serializeBaseline(updateBaseline(undefined, result, true).baseline), '.gitignore': 'hil-out/\n' },
    'baseline from v1',
  );
});
afterEach(async () => {
  await fake.stop();
  await rm(join(repo.work, '..'), { recursive: true, force: true });
});

describe('mode baseline-pr runs on the default branch only', () => {
  it.each([
    ['a pull_request event', 'refs/pull/7/merge', true],
    ['a push to a feature branch', 'refs/heads/feature', false],
    ['a run without GITHUB_REF', '', false],
  ])('refuses %s: input error, nothing pushed, no API call', async (_name, ref, pr) => {
    const run = await baselinePr(ref, { pr });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `kleak-gate: input error: mode baseline-pr runs on the default branch (main); this run is on ${ref || 'an unknown ref'}`,
    );
    expect(fake.requests).toEqual([]);
    expect(await remoteBranch(repo.work, 'origin', baselineBranch('board-a'))).toBeUndefined();
  });

  it('on refs/heads/main (a scheduled run) opens the baseline PR', async () => {
    const run = await baselinePr('refs/heads/main', { eventName: 'schedule' });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'pull-request-url': `${fake.baseUrl}/acme/demo-wlan/pull/1`,
      'baseline-change': 'added 0, removed 1',
      fixed: '1',
    });
    expect(store.get(1)).toMatchObject({ head: baselineBranch('board-a'), base: 'main', state: 'open' });
  });
});

describe('mode baseline-pr with a failing API', () => {
  it("fails the step with a clear message, and the check's outputs are set", async () => {
    fake.fault('GET', PULLS, { type: 'status', status: 500 });
    const run = await baselinePr('refs/heads/main', { eventName: 'workflow_dispatch' });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringContaining(
        'kleak-gate: mode baseline-pr could not open or update the baseline pull request: HTTP 500: GitHub API error',
      ),
    ]);
    expect(run.outputs).toMatchObject({ verdict: 'pass', new: '0', known: '1', fixed: '1', 'baseline-change': 'added 0, removed 1' });
    expect(JSON.parse(run.outputs['result-json']!)).toMatchObject({ verdict: 'pass', summary: { fixed: 1 } });
    expect(run.outputs['pull-request-operation']).toBeUndefined();
  });

  it('an empty github-token fails the step the same way, outputs set', async () => {
    const run = await runAction({
      workspace: repo.work,
      inputs: { ...inputs('v3'), 'github-token': '' },
      apiUrl: fake.baseUrl,
      env: { GITHUB_REF: 'refs/heads/main' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::kleak-gate: mode baseline-pr could not open or update the baseline pull request: /m);
    expect(run.outputs).toMatchObject({ verdict: 'pass', fixed: '1' });
    expect(fake.requests).toEqual([]);
  });
});
