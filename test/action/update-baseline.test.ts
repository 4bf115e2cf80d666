// mode: update-baseline through `node dist/index.js`, as the runner runs it:
// the baseline file in the workspace follows the run (v3 removes the fixed
// template leak; v2 adds the packet-log leak only with accept-new).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';

let fake: FakeGitHub;
beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  await fake.start();
});
afterAll(() => fake.stop());

async function update(version: 'v2' | 'v3', extra: Record<string, string> = {}) {
  const ws = makeWorkspace(version);
  await writeV1Baseline(ws, 'baselines/board-a.json');
  const before = JSON.parse(readFileSync(join(ws, 'baselines/board-a.json'), 'utf8'));
  const run = await runAction({
    workspace: ws,
    inputs: { ...inputsFor(version), target: 'board-a', mode: 'update-baseline', ...extra },
    apiUrl: fake.baseUrl,
  });
  const after = JSON.parse(readFileSync(join(ws, 'baselines/board-a.json'), 'utf8'));
  return { run, before, after };
}

const titles = (b: { leaks: { title: string }[] }) => b.leaks.map((l) => l.title).sort();

describe('mode: update-baseline', () => {
  it('v3 removes exactly the fixed template leak and says so', async () => {
    const { run, before, after } = await update('v3');
    expect(run.code).toBe(0);
    expect(run.outputs['baseline-change']).toBe('added 0, removed 1');
    expect(titles(before).filter((t) => !titles(after).includes(t))).toEqual(['memory leak in nicTxGenerateDescTemplate [demo_wlan]']);
    expect(fake.requests).toHaveLength(0);
  });

  it('v2 adds the new leak only with accept-new', async () => {
    const without = await update('v2');
    expect(without.run.outputs['baseline-change']).toBe('added 0, removed 0');
    expect(titles(without.after)).toEqual(titles(without.before));
    const withNew = await update('v2', { 'accept-new': 'true' });
    expect(withNew.run.code).toBe(0);
    expect(withNew.run.outputs['baseline-change']).toBe('added 1, removed 0');
    expect(titles(withNew.after)).toContain('memory leak in nicPktLogRxFrame [demo_wlan]');
  });
});
