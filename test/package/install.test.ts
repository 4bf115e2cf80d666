// The installs the README documents, without the npm registry: npm fetches
// kleak-gate from git (here a local repository through git+file:, the same
// git fetcher as github:) with --offline and an empty cache, so anything it
// would have to download — a dependency, or the devDependencies that npm
// installs to run a `build`/`prepare` script of a git dependency — fails the
// install. Then the bin runs, through npx as the README shows.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/action-runner.js';
import { fixture, repoRoot } from '../support/paths.js';

const exec = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};
const root = mkdtempSync(join(tmpdir(), 'kleak-gate-install-'));
const published = join(root, 'kleak-gate.git');
const project = join(root, 'driver');
const npmEnv = {
  ...process.env,
  npm_config_cache: join(root, 'npm-cache'), // empty: nothing can come from an earlier download
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  GIT_AUTHOR_NAME: 'R',
  GIT_AUTHOR_EMAIL: 'r@e',
  GIT_COMMITTER_NAME: 'R',
  GIT_COMMITTER_EMAIL: 'r@e',
};
const run = (cmd: string, args: string[], cwd: string) =>
  exec(cmd, args, { cwd, env: npmEnv }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

beforeAll(async () => {
  await ensureBuilt();
  // A release of this checkout: package.json and what it ships, tagged v1.
  const work = join(root, 'release');
  mkdirSync(work);
  cpSync(join(repoRoot, 'package.json'), join(work, 'package.json'));
  for (const f of pkg.files) cpSync(join(repoRoot, f), join(work, f), { recursive: true });
  for (const args of [
    ['init', '-q', '--initial-branch=main'],
    ['add', '-A'],
    ['commit', '-qm', 'release'],
    ['tag', 'v1'],
  ]) {
    expect((await run('git', args, work)).code).toBe(0);
  }
  expect((await run('git', ['clone', '-q', '--bare', work, published], root)).code).toBe(0);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'demo-wlan', version: '1.0.0', private: true }));
}, 120_000);

describe('installing the CLI from git', () => {
  it('ships no script that makes npm prepare a git dependency, and depends on nothing at run time', () => {
    for (const s of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[s]).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('npm install --save-dev <git>#v1 works offline with an empty cache; npx kleak-gate then runs the CLI', async () => {
    const installed = await run('npm', ['install', '--save-dev', `git+file://${published}#v1`], project);
    expect(installed.code, installed.stderr).toBe(0);
    const version = await run('npx', ['--no-install', 'kleak-gate', '--version'], project);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const r = await run(
      'npx',
      [
        '--no-install',
        'kleak-gate',
        'check',
        fixture('hil-6.1/runs/v2/report-after-rmmod.txt'),
        '--kallsyms',
        fixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt'),
        '--baseline',
        join(repoRoot, 'baselines/demo-board.json'),
      ],
      project,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NEW: memory leak in nicPktLogRxFrame [demo_wlan]');
    // Installed as a dependency, the accept hint says `npx kleak-gate`, which works here.
    expect(r.stdout).toMatch(/^ {2}npx kleak-gate baseline update /m);
  });

  it('npx <git>#v1 runs it without an install into the project', async () => {
    const r = await run('npx', ['--yes', `git+file://${published}#v1`, '--version'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});
