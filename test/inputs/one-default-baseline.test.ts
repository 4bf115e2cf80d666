// One default baseline: the CLI, the git hook and the Action resolve it the
// same way — the one named, else baselines/<target>.json, else
// baselines/kmemleak.json — so the same files give the same verdict in all
// three. Each case runs the three shells on the same repository and the same
// real v2 run, and compares the result JSON they leave.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitOut } from '../../src/git/exec.js';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';
import { makeRepo } from '../git/repo.js';

const REPORT = 'hil-out/report-after-rmmod.txt';
const KALLSYMS = 'hil-out/kallsyms-before-rmmod.txt';

let work: string;
beforeAll(async () => {
  await ensureBuilt();
  work = (await makeRepo()).work;
  await mkdir(join(work, 'hil-out'), { recursive: true });
  // Three baselines that give three different verdicts on the v2 run, so
  // the result says which one a shell used: board-a accepts v1 (the
  // packet-log leak is new), kmemleak accepts v2 (pass), named accepts nothing.
  for (const [version, file] of [
    ['v1', 'baselines/board-a.json'],
    ['v2', 'baselines/kmemleak.json'],
  ] as const) {
    await place(version);
    const made = await cli(['baseline', 'update', REPORT, '--kallsyms', KALLSYMS, '--baseline', file, '--accept-new'], { cwd: work });
    expect(made.code, made.stderr).toBe(0);
  }
  await writeFile(
    join(work, 'baselines/named.json'),
    '{\n  "schema": "kleak-gate/baseline@1",\n  "fingerprint": "kl1",\n  "leaks": []\n}\n',
  );
  await place('v2');
}, 60_000);

async function place(version: string): Promise<void> {
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt']) {
    await copyFile(fixture('hil-6.1/runs', version, f), join(work, 'hil-out', f));
  }
}

/** The same inputs in each shell's own words. */
async function allThree(inputs: { target?: string; baseline?: string }) {
  const flags = [...(inputs.target ? ['--target', inputs.target] : []), ...(inputs.baseline ? ['--baseline', inputs.baseline] : [])];
  const viaCli = await cli(['check', REPORT, '--kallsyms', KALLSYMS, ...flags, '--format', 'json'], { cwd: work });

  const hook = ['hook:', `  report: [${REPORT}]`, `  kallsyms: [${KALLSYMS}]`];
  if (inputs.target) hook.push(`  target: ${inputs.target}`);
  if (inputs.baseline) hook.push(`  baseline: ${inputs.baseline}`);
  await writeFile(join(work, 'hook.yml'), hook.join('\n') + '\n');
  const gitDir = await gitOut(['rev-parse', '--absolute-git-dir'], { cwd: work });
  await rm(join(gitDir, 'kleak-gate/last-result.json'), { force: true });
  const viaHook = await cli(['hook', 'run', 'pre-push', '--config', 'hook.yml'], { cwd: work });
  const hookJson = JSON.parse(await readFile(join(gitDir, 'kleak-gate/last-result.json'), 'utf8').catch(() => 'null')) as unknown;

  const viaAction = await runAction({
    workspace: work,
    inputs: { report: REPORT, kallsyms: KALLSYMS, ...inputs },
    apiUrl: 'http://127.0.0.1:9',
  });
  return { viaCli, viaHook, hookJson, viaAction };
}

describe('the CLI, the hook and the Action pick the same baseline', () => {
  it.each([
    ['a target: baselines/<target>.json', { target: 'board-a' }, 'fail', 1],
    ['no target: baselines/kmemleak.json', {}, 'pass', 0],
    ['a named baseline wins over the target', { target: 'board-a', baseline: 'baselines/named.json' }, 'fail', 3],
  ] as const)('%s', async (_name, inputs, verdict, newLeaks) => {
    const { viaCli, viaHook, hookJson, viaAction } = await allThree(inputs);
    const cliJson = JSON.parse(viaCli.stdout) as { verdict: string; summary: { new: number } };
    expect([cliJson.verdict, cliJson.summary.new]).toEqual([verdict, newLeaks]);
    expect(viaCli.code).toBe(verdict === 'fail' ? 1 : 0);
    expect(viaHook.code).toBe(viaCli.code);
    expect(hookJson).toEqual(cliJson);
    expect(JSON.parse(viaAction.outputs['result-json']!)).toEqual(cliJson);
    expect(viaAction.code).toBe(viaCli.code);
  });

  it('a missing default baseline is the same input error in all three', async () => {
    const { viaCli, viaHook, viaAction } = await allThree({ target: 'board-b' });
    for (const out of [viaCli.stderr, viaHook.stderr, viaAction.stdout])
      expect(out).toContain('baselines/board-b.json: baseline not found');
    expect([viaCli.code, viaHook.code, viaAction.code]).toEqual([2, 2, 1]);
  });
});
