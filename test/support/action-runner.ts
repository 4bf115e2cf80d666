// Runs `node dist/index.js` the way the GitHub runner does: INPUT_<NAME>
// upper-cased with hyphens kept, every input's default from action.yml
// applied (the runner does that, not the action), `${{ github.token }}`
// replaced by the token, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY as files,
// GITHUB_EVENT_PATH with a pull_request payload, the workspace as cwd, and
// a clean environment (nothing of the test host's GITHUB_* leaks in).
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths.js';

export const TOKEN = 'ghs_e2eSecretToken0123456789';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export function actionDefaults(): Record<string, string> {
  const yml = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(Object.entries(yml.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export interface PullRequestEvent {
  number: number;
  headSha: string;
  /** The head repository: a fork when it differs from `acme/demo-wlan`. */
  headRepo?: string;
}

/** A `pull_request` (synchronize) payload with the fields GitHub sends that the Action reads, and their neighbours. */
export function pullRequestPayload(e: PullRequestEvent): Record<string, unknown> {
  const base = {
    full_name: 'acme/demo-wlan',
    name: 'demo-wlan',
    owner: { login: 'acme', type: 'Organization' },
    fork: false,
    default_branch: 'main',
  };
  const headName = e.headRepo ?? base.full_name;
  const head = { ...base, full_name: headName, owner: { login: headName.split('/')[0], type: 'User' }, fork: headName !== base.full_name };
  return {
    action: 'synchronize',
    number: e.number,
    before: '0'.repeat(40),
    after: e.headSha,
    pull_request: {
      url: `https://api.github.com/repos/acme/demo-wlan/pulls/${e.number}`,
      number: e.number,
      state: 'open',
      title: 'nic: log received data frames',
      user: { login: head.owner.login, type: 'User' },
      head: { label: `${head.owner.login}:feature`, ref: 'feature', sha: e.headSha, repo: head },
      base: { label: 'acme:main', ref: 'main', sha: 'f'.repeat(40), repo: base },
    },
    repository: base,
    sender: { login: head.owner.login, type: 'User' },
  };
}

export interface RunOptions {
  workspace: string;
  inputs: Record<string, string>;
  apiUrl: string;
  event?: PullRequestEvent;
  /** Any other event's payload (with eventName), e.g. a workflow_run. */
  payload?: Record<string, unknown>;
  eventName?: string;
  env?: Record<string, string>;
  /** The action's entry to run (default: this repository's dist/index.js). */
  script?: string;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kleak-gate-runner-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(
    files.event,
    JSON.stringify(o.event ? pullRequestPayload(o.event) : (o.payload ?? { repository: { default_branch: 'main' } })),
  );
  const inputs = { ...actionDefaults(), ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'acme/demo-wlan',
    GITHUB_EVENT_NAME: o.eventName ?? (o.event ? 'pull_request' : 'push'),
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: o.event?.headSha ?? 'e'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: dir,
    KLEAK_GATE_API_TIMEOUT_MS: '1500',
    ...o.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value === '${{ github.token }}' ? TOKEN : value;
  }
  const child = spawn(process.execPath, [o.script ?? join(repoRoot, 'dist/index.js')], {
    cwd: o.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** dist/ is built by `npm test` before vitest; build it when a bare `vitest` run finds none. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(repoRoot, 'dist/index.js'))) return;
  const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error('build failed');
}

/** `::error file=…` style annotation lines of a run's stdout. */
export function annotationLines(stdout: string, level: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));
}

/** The token appears only in the runner's `::add-mask::` command, which hides it from the log. */
export function noToken(run: ActionRun): void {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => l !== `::add-mask::${TOKEN}`)
    .join('\n');
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(TOKEN);
}

/**
 * The outputs that say what the run found, without those that name this
 * run's own things (its temp file, the comment it posted): two runs of the
 * same input compare equal on these.
 */
export function findings(outputs: Record<string, string>): Record<string, string> {
  const { 'result-file': _file, 'comment-id': _comment, ...rest } = outputs;
  return rest;
}
