// The Action's side of "doubt never loosens the gate", through `node
// dist/index.js` as the runner runs it: the same rules as the CLI, because
// every mode goes through the core's runCheck.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationLines, ensureBuilt, runAction } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { readFixture } from '../support/paths.js';

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
