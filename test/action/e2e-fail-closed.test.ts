// The Action's side of "doubt never loosens the gate", through `node
// dist/index.js` as the runner runs it: the same rules as the CLI, because
// every mode goes through the core's runCheck.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationLines, ensureBuilt, runAction } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { fixture, readFixture } from '../support/paths.js';

let fake: FakeGitHub;
beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  await fake.start();
});
afterAll(() => fake.stop());

/** The v2 workspace with its report cut mid-line in the last backtrace (as a full disk or a mail client cuts it). */
async function cutWorkspace(): Promise<string> {
  const ws = makeWorkspace('v2');
  await writeV1Baseline(ws, 'baselines/board-a.json');
  const v2 = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt');
  writeFileSync(join(ws, 'hil-v2/report-after-rmmod.txt'), v2.slice(0, v2.lastIndexOf('kthread+0x9c') + 'kthre'.length));
  return ws;
}

describe('unreadable records in the Action', () => {
  it('mode check: an input error naming the record, never a verdict', async () => {
    const run = await runAction({
      workspace: await cutWorkspace(),
      inputs: { ...inputsFor('v2'), target: 'board-a', comment: 'false' },
      apiUrl: fake.baseUrl,
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBeUndefined();
    expect(annotationLines(run.stdout, 'error').join('\n')).toMatch(
      /input error: .*hil-v2\/report-after-rmmod\.txt:\d+: unreadable record: cut mid-line at end of input/,
    );
  });

  it('allow-unreadable: true judges the rest, lists the record in the outputs and the summary, and fails', async () => {
    const run = await runAction({
      workspace: await cutWorkspace(),
      inputs: { ...inputsFor('v2'), target: 'board-a', comment: 'false', 'allow-unreadable': 'true' },
      apiUrl: fake.baseUrl,
    });
    expect(run.code).not.toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    const result = JSON.parse(run.outputs['result-json']!);
    expect(result.unreadable).toHaveLength(1);
    expect(result.unreadable[0].cause).toMatch(/^cut mid-line at end of input/);
    expect(run.summary).toContain('### Unreadable records');
    expect(annotationLines(run.stdout, 'error').some((l) => l.includes('unreadable record'))).toBe(true);
  });
});

/** The v1 workspace with the reload-v1 run's report and its two snapshots as plain files (no snapshot times). */
async function reloadWorkspace(): Promise<{ ws: string; inputs: Record<string, string> }> {
  const ws = makeWorkspace('v1');
  await writeV1Baseline(ws, 'baselines/board-a.json');
  mkdirSync(join(ws, 'hil-reload'));
  for (const f of ['report-after-rmmod-2.txt', 'kallsyms-before-rmmod-1.txt', 'kallsyms-before-rmmod-2.txt']) {
    cpSync(fixture('hil-6.1/runs/reload-v1', f), join(ws, 'hil-reload', f));
  }
  return {
    ws,
    inputs: { report: 'hil-reload/report-after-rmmod-2.txt', kallsyms: 'hil-reload/kallsyms-*.txt', target: 'board-a', comment: 'false' },
  };
}

describe('unidentified leaks in the Action', () => {
  it('mode check: they fail the gate, and no known leak is reported fixed', async () => {
    const { ws, inputs } = await reloadWorkspace();
    const run = await runAction({ workspace: ws, inputs, apiUrl: fake.baseUrl });
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stdout).toMatch(/^::error::kleak-gate \(board-a\): \d+ unidentified leaks; see the annotations/m);
    expect(run.outputs.fixed).toBe('0');
    const result = JSON.parse(run.outputs['result-json']!);
    expect(result.summary.unidentified).toBeGreaterThan(0);
    expect(result.notConfirmed).toHaveLength(2);
    expect(run.summary).toContain('### Not confirmed fixed');
  });

  it('mode update-baseline with accept-new: nothing added, nothing removed, the file byte-identical', async () => {
    const { ws, inputs } = await reloadWorkspace();
    const before = readFileSync(join(ws, 'baselines/board-a.json'));
    const run = await runAction({
      workspace: ws,
      inputs: { ...inputs, mode: 'update-baseline', 'accept-new': 'true' },
      apiUrl: fake.baseUrl,
    });
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-change']).toBe('added 0, removed 0');
    expect(readFileSync(join(ws, 'baselines/board-a.json')).equals(before)).toBe(true);
    expect(run.stdout).toMatch(/nothing removed: \d+ leaks with unnamed frames in this run/);
  });
});
