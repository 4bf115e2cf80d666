// The git hook end to end: `kleak-gate hook install` into a real repository,
// then real `git push` / `git commit` run the hooks. Same input as CI, same
// result JSON as `node dist/cli.js check --format json` and as the Action
// (`node dist/index.js`) on the same files.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFile, mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { git } from '../../src/git/exec.js';
import { latestCapture } from '../../src/hook/latest-capture.js';
import { makeRepo, type TestRepo } from '../git/repo.js';
import { ensureBuilt, runAction } from '../support/action-runner.js';

const run = promisify(execFile);
const HIL = fileURLToPath(new URL('../fixtures/hil-6.1/runs/', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ENV = { GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'd@e', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'd@e' };
const CONFIG = [
  'scope: { modules: [demo_wlan] }',
  'hook:',
  '  report: [hil-out/report-after-rmmod.txt]',
  '  kallsyms: [hil-out/kallsyms-before-rmmod.txt]',
  '  baseline: baselines/board-a.json',
  '',
].join('\n');

async function placeRun(work: string, version: string): Promise<void> {
  await mkdir(join(work, 'hil-out'), { recursive: true });
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt']) await copyFile(join(HIL, version, f), join(work, 'hil-out', f));
}

const cli = (cwd: string, args: string[]) =>
  run(process.execPath, [CLI, ...args], { cwd }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
const push = (repo: TestRepo, env: Record<string, string> = {}) =>
  git(['push', 'origin', 'HEAD:refs/heads/main'], { cwd: repo.work, env: { ...ENV, ...env }, okCodes: [1] });

let repo: TestRepo;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js missing: run npm run bundle (npm test does)');
  repo = await makeRepo();
  await placeRun(repo.work, 'v1');
  await writeFile(join(repo.work, '.kleak-gate.yml'), CONFIG);
  const made = await cli(repo.work, [
    'baseline',
    'update',
    'hil-out/report-after-rmmod.txt',
    '--kallsyms',
    'hil-out/kallsyms-before-rmmod.txt',
    '--baseline',
    'baselines/board-a.json',
    '--accept-new',
  ]);
  expect(made.code).toBe(0);
  await repo.commit(
    {
      '.gitignore': 'hil-out/\n',
      '.kleak-gate.yml': CONFIG,
      'baselines/board-a.json': await readFile(join(repo.work, 'baselines/board-a.json'), 'utf8'),
    },
    'baseline from v1',
  );
  const installed = await cli(repo.work, ['hook', 'install', '--command', `${process.execPath} ${CLI}`]);
  expect(installed.stderr).toBe('');
  expect(installed.code).toBe(0);
});

describe('pre-push', () => {
  it('v2 (a new leak): the push is refused, and the result JSON equals the CLI check', async () => {
    await placeRun(repo.work, 'v2');
    await writeFile(join(repo.work, 'x.txt'), 'x');
    await git(['add', 'x.txt'], { cwd: repo.work });
    await git(['commit', '-qm', 'x'], { cwd: repo.work, env: ENV });
    const pushed = await push(repo);
    expect(pushed.code).toBe(1);
    const hookJson = await readFile(join(repo.work, '.git/kleak-gate/last-result.json'), 'utf8');
    const direct = await cli(repo.work, [
      'check',
      'hil-out/report-after-rmmod.txt',
      '--kallsyms',
      'hil-out/kallsyms-before-rmmod.txt',
      '--baseline',
      'baselines/board-a.json',
      '--config',
      '.kleak-gate.yml',
      '--format',
      'json',
    ]);
    expect(direct.code).toBe(1);
    expect(JSON.parse(hookJson)).toEqual(JSON.parse(direct.stdout));
    expect(JSON.parse(hookJson).summary).toMatchObject({ new: 1, known: 2 });
    // ...and the same as the Action, run as the runner runs it.
    await ensureBuilt();
    const action = await runAction({
      workspace: repo.work,
      inputs: {
        report: 'hil-out/report-after-rmmod.txt',
        kallsyms: 'hil-out/kallsyms-before-rmmod.txt',
        baseline: 'baselines/board-a.json',
        config: '.kleak-gate.yml',
        comment: 'false',
        annotations: 'false',
      },
      apiUrl: 'http://127.0.0.1:9', // never called: no comment
    });
    expect(action.code).toBe(1);
    expect(JSON.parse(action.outputs['result-json']!)).toEqual(JSON.parse(hookJson));
  });

  it('KLEAK_GATE_SKIP=1 lets the push through, and says so', async () => {
    const pushed = await run('git', ['push', 'origin', 'HEAD:refs/heads/main'], {
      cwd: repo.work,
      env: { ...process.env, KLEAK_GATE_SKIP: '1' },
    });
    expect(pushed.stderr).toContain('kleak-gate: pre-push skipped (KLEAK_GATE_SKIP is set)');
  });

  it('v3 (the template leak fixed): the push goes through', async () => {
    await placeRun(repo.work, 'v3');
    await writeFile(join(repo.work, 'y.txt'), 'y');
    await git(['add', 'y.txt'], { cwd: repo.work });
    await git(['commit', '-qm', 'y'], { cwd: repo.work, env: ENV });
    expect((await push(repo)).code).toBe(0);
    expect(JSON.parse(await readFile(join(repo.work, '.git/kleak-gate/last-result.json'), 'utf8')).summary).toMatchObject({
      new: 0,
      fixed: 1,
    });
  });
});

describe('pre-commit', () => {
  it('refuses a staged baseline that is not valid, naming the file', async () => {
    await writeFile(
      join(repo.work, 'baselines/board-a.json'),
      '{"schema": "kleak-gate/baseline@1", "fingerprint": "kl1", "leaks": [ {"fingerprint": "kl1:zz"} ]}\n',
    );
    await git(['add', 'baselines/board-a.json'], { cwd: repo.work });
    const r = await run('git', ['commit', '-qm', 'bad baseline'], { cwd: repo.work, env: { ...process.env, ...ENV } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(r.code).toBe(1); // git's code for a refusing pre-commit hook
    expect(r.stderr).toMatch(/^kleak-gate: baselines\/board-a\.json:\d+: leaks\[0\]/m);
    await git(['reset', '-q', '--hard', 'HEAD'], { cwd: repo.work });
  });
});

describe('install', () => {
  it("doesn't overwrite a hook it didn't write", async () => {
    const other = await makeRepo();
    await mkdir(join(other.work, '.git/hooks'), { recursive: true });
    await writeFile(join(other.work, '.git/hooks/pre-push'), '#!/bin/sh\necho mine\n');
    const r = await cli(other.work, ['hook', 'install']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pre-push: a hook not written by kleak-gate/);
    expect(await readFile(join(other.work, '.git/hooks/pre-push'), 'utf8')).toBe('#!/bin/sh\necho mine\n');
  });
});

describe('latestCapture', () => {
  it('picks the newest matching directory; a plain path is used as is; none is an input error', async () => {
    const r = await makeRepo();
    for (const [d, t] of [
      ['cap-a', 1000],
      ['cap-b', 3000],
      ['cap-c', 2000],
    ] as const) {
      await mkdir(join(r.work, 'hil-out', d), { recursive: true });
      await utimes(join(r.work, 'hil-out', d), t, t);
    }
    expect(await latestCapture('hil-out/cap-*', r.work, 'c.yml')).toBe('hil-out/cap-b');
    expect(await latestCapture('hil-out/cap-a', r.work, 'c.yml')).toBe('hil-out/cap-a');
    await expect(latestCapture('hil-out/none-*', r.work, 'c.yml')).rejects.toThrow(/c\.yml: hook\.capture: no capture directory matches/);
  });
});
