// The pre-commit manifest with the real pre-commit framework (Debian 12's
// 3.0.4, whose stage names are `push`/`commit`): a hook repository holding
// the manifest and the built dist/cli.js, a driver repository using it by
// `rev:`, `pre-commit install`, then real `git push` to a bare remote —
// passing on the baseline's own run, refused on a new leak, skippable; and
// `git commit` of a broken baseline refused.
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/action-runner.js';
import { fixture, repoRoot } from '../support/paths.js';
import { skipWithout } from '../support/tools.js';

const skip = skipWithout('test/hook/pre-commit.test.ts', ['pre-commit'], 'pre-commit');
const exec = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'kleak-gate-pre-commit-'));
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'd@e',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'd@e',
  PRE_COMMIT_HOME: join(root, 'cache'), // pre-commit's clone of the hook repository, kept out of ~/.cache
  KLEAK_GATE_SKIP: '',
};
type Out = { code: number; stdout: string; stderr: string };
const run = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Out> =>
  exec(cmd, args, { cwd, env: { ...ENV, ...env } }).then(
    (r) => ({ code: 0, ...r }),
    (e: Out) => e,
  );
const git = (cwd: string, ...args: string[]) => run('git', args, cwd);

const hooks = join(root, 'kleak-gate');
const work = join(root, 'driver');

function placeRun(v: string): void {
  mkdirSync(join(work, 'hil-out'), { recursive: true });
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'])
    copyFileSync(fixture('hil-6.1/runs', v, f), join(work, 'hil-out', f));
}

async function commitAll(message: string): Promise<Out> {
  await git(work, 'add', '-A');
  return git(work, 'commit', '-qm', message);
}

beforeAll(async () => {
  if (skip) return;
  await ensureBuilt();
  // The hook repository: what a tag of kleak-gate holds that the hooks use.
  mkdirSync(join(hooks, 'dist'), { recursive: true });
  copyFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
  copyFileSync(join(repoRoot, 'dist/cli.js'), join(hooks, 'dist/cli.js'));
  chmodSync(join(hooks, 'dist/cli.js'), 0o755);
  await git(root, 'init', '-q', '--initial-branch=main', hooks);
  await commitIn(hooks, 'kleak-gate');
  await git(hooks, 'tag', 'v1.0.0'); // pre-commit wants an immutable rev (it warns on a moving v1)
  // The driver repository, its bare remote, its config and the v1 baseline.
  await git(root, 'init', '-q', '--bare', '--initial-branch=main', join(root, 'origin.git'));
  await git(root, 'init', '-q', '--initial-branch=main', work);
  await git(work, 'remote', 'add', 'origin', join(root, 'origin.git'));
  writeFileSync(
    join(work, '.kleak-gate.yml'),
    [
      'hook:',
      '  report: [hil-out/report-after-rmmod.txt]',
      '  kallsyms: [hil-out/kallsyms-before-rmmod.txt]',
      '  baseline: baselines/board-a.json',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(work, '.pre-commit-config.yaml'),
    [
      'repos:',
      `  - repo: ${hooks}`,
      '    rev: v1.0.0',
      '    hooks:',
      '      - id: kleak-gate-check',
      '      - id: kleak-gate-baseline-validate',
      '',
    ].join('\n'),
  );
  writeFileSync(join(work, '.gitignore'), 'hil-out/\n');
  placeRun('v1');
  const made = await run(
    process.execPath,
    [
      join(repoRoot, 'dist/cli.js'),
      'baseline',
      'update',
      'hil-out/report-after-rmmod.txt',
      '--kallsyms',
      'hil-out/kallsyms-before-rmmod.txt',
      '--baseline',
      'baselines/board-a.json',
      '--accept-new',
    ],
    work,
  );
  expect(made.code).toBe(0);
  const installed = await run('pre-commit', ['install', '--hook-type', 'pre-push', '--hook-type', 'pre-commit'], work);
  expect(installed.stdout).toContain('pre-commit installed at .git/hooks/pre-push');
});

async function commitIn(dir: string, message: string): Promise<void> {
  await git(dir, 'add', '-A');
  const r = await git(dir, 'commit', '-qm', message);
  expect(r.code, r.stderr).toBe(0);
}

describe.skipIf(skip)('pre-commit hooks', () => {
  it('the manifest is valid for this pre-commit', async () => {
    const r = await run('pre-commit', ['validate-manifest', join(repoRoot, '.pre-commit-hooks.yaml')], repoRoot);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('commit validates the staged baseline; push on the baseline run (v1) goes through', async () => {
    const committed = await commitAll('kmemleak baseline for board-a');
    expect(committed.code, committed.stderr + committed.stdout).toBe(0);
    expect(committed.stdout + committed.stderr).toMatch(/kleak-gate baseline validate\.+Passed/);
    const pushed = await git(work, 'push', 'origin', 'HEAD:refs/heads/main');
    expect(pushed.code, pushed.stdout + pushed.stderr).toBe(0);
    expect(pushed.stdout + pushed.stderr).toMatch(/kleak-gate check .*\.+Passed/);
  });

  it('push with a new leak (v2) is refused, naming it; KLEAK_GATE_SKIP=1 lets it through', async () => {
    placeRun('v2');
    writeFileSync(join(work, 'nic_rx.c'), '/* logs received frames */\n');
    expect((await commitAll('nic: log received frames')).code).toBe(0);
    const refused = await git(work, 'push', 'origin', 'HEAD:refs/heads/main');
    expect(refused.code).toBe(1);
    const out = refused.stdout + refused.stderr;
    expect(out).toMatch(/kleak-gate check .*\.+Failed/);
    expect(out).toContain('NEW: memory leak in nicPktLogRxFrame [demo_wlan]');
    expect(out).toContain('kleak-gate: push refused (1 new leak)');
    // pre-commit's own SKIP, and kleak-gate's variable (the hook passes, so pre-commit shows no output of it).
    const skipped = await run('git', ['push', 'origin', 'HEAD:refs/heads/main'], work, { SKIP: 'kleak-gate-check' });
    expect(skipped.code, skipped.stdout + skipped.stderr).toBe(0);
    expect(skipped.stdout + skipped.stderr).toMatch(/kleak-gate check .*\.+Skipped/);
    writeFileSync(join(work, 'nic_tx.c'), '/* tx */\n');
    expect((await commitAll('nic: tx')).code).toBe(0);
    const ours = await run('git', ['push', 'origin', 'HEAD:refs/heads/main'], work, { KLEAK_GATE_SKIP: '1' });
    expect(ours.code, ours.stdout + ours.stderr).toBe(0);
    expect(ours.stdout + ours.stderr).toMatch(/kleak-gate check .*\.+Passed/);
  });

  it('commit of a broken baseline is refused with the file and the cause', async () => {
    const file = join(work, 'baselines/board-a.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"kl1:[0-9a-f]{16}"/, '"kl1:zz"'));
    const r = await commitAll('break the baseline');
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/kleak-gate baseline validate\.+Failed/);
    expect(r.stdout + r.stderr).toMatch(/kleak-gate: baselines\/board-a\.json:\d+: /);
  });
});
