// The "how to accept" hint of the job summary (and the PR comment, which
// renders the same text) is the command of this run: every input, paths
// relative to the workspace, started the way this action can be started.
// Run as printed it accepts exactly the new leak, and the next run passes.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { repoRoot } from '../support/paths.js';
import { skipWithout } from '../support/tools.js';

const run = promisify(execFile);
const skip = skipWithout('test/action/accept-hint.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');
const NO_API = 'http://127.0.0.1:9'; // never called: comment is off
const CLI = join(repoRoot, 'dist/cli.js');

/** The sh block of the summary's "How to accept" section, as one line (it is shown one option per line, `\` continued). */
function hintOf(summary: string): string {
  const m = /How to accept[\s\S]*?```sh\n([\s\S]+?)\n```/.exec(summary);
  if (!m) throw new Error(`no accept hint in:\n${summary}`);
  return m[1]!.replace(/ \\\n {2}/g, ' ');
}

async function v2Workspace(): Promise<string> {
  const ws = makeWorkspace('v2');
  await writeV1Baseline(ws, 'baselines/board-a.json');
  return ws;
}

const inputs = { ...inputsFor('v2'), target: 'board-a', comment: 'false', annotations: 'false' };
const expectedArgs =
  'baseline update hil-v2/report-after-rmmod.txt --kallsyms hil-v2/kallsyms-before-rmmod.txt ' +
  '--module-sections hil-v2/module-sections.txt --debug-info hil-v2/demo_wlan.ko --baseline baselines/board-a.json --accept-new';

beforeAll(ensureBuilt);

describe.skipIf(skip)('the accept hint of the Action', () => {
  it('from a published action: npx github:REPO#REF with every input of the run; its arguments check to the same result', async () => {
    const ws = await v2Workspace();
    const r = await runAction({
      workspace: ws,
      inputs,
      apiUrl: NO_API,
      env: { GITHUB_ACTION_REPOSITORY: 'OWNER/kleak-gate', GITHUB_ACTION_REF: 'v1' },
    });
    expect(r.code).toBe(1);
    const hint = hintOf(r.summary);
    expect(hint).toBe(`npx github:OWNER/kleak-gate#v1 ${expectedArgs}`);
    // The same words as a check give the step's own result: no input was dropped.
    const args = hint.split(' ').slice(2);
    const checkArgs = ['check', ...args.slice(2).filter((a) => a !== '--accept-new'), '--format', 'json'];
    const direct = await run(process.execPath, [CLI, ...checkArgs], { cwd: ws }).catch((e: { code: number; stdout: string }) => e);
    // (The step's result names its target; the command names the baseline itself, so the check needs none.)
    const { target, ...stepResult } = JSON.parse(r.outputs['result-json']!);
    expect(target).toBe('board-a');
    expect(JSON.parse(direct.stdout)).toEqual(stepResult);
  });

  it('from a local action (uses: ./path): run as printed, it accepts exactly the new leak, and the next run passes', async () => {
    const ws = await v2Workspace();
    const local = join(ws, '.github/actions/kleak-gate');
    mkdirSync(local, { recursive: true });
    cpSync(join(repoRoot, 'action.yml'), join(local, 'action.yml'));
    cpSync(join(repoRoot, 'dist'), join(local, 'dist'), { recursive: true });
    const script = join(local, 'dist/index.js');
    const first = await runAction({ workspace: ws, inputs, apiUrl: NO_API, script });
    expect(first.code).toBe(1);
    const hint = hintOf(first.summary);
    expect(hint).toBe(`node .github/actions/kleak-gate/dist/cli.js ${expectedArgs}`);

    const accepted = await run('sh', ['-c', hint], { cwd: ws });
    expect(accepted.stdout).toMatch(
      /^baselines\/board-a\.json: added 1, removed 0\n {2}\+ kl1:[0-9a-f]{16} memory leak in nicPktLogRxFrame \[demo_wlan\]\n/,
    );
    expect(readFileSync(join(ws, 'baselines/board-a.json'), 'utf8')).toContain('nicPktLogRxFrame');

    const second = await runAction({ workspace: ws, inputs, apiUrl: NO_API, script });
    expect(second.code).toBe(0);
    expect(second.outputs).toMatchObject({ verdict: 'pass', new: '0', known: '3' });
  });
});
