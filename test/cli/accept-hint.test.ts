// The commands the CLI prints work as printed: the "accept" line after a
// failed check and the missing-baseline message are `baseline update` over
// the same inputs, started as this kleak-gate was (here `node <abs>/dist/cli.js`,
// run from a directory outside the checkout).
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixture, repoRoot } from '../support/paths.js';

const run = promisify(execFile);
const CLI = join(repoRoot, 'dist/cli.js');
type Out = { code: number; stdout: string; stderr: string };
const cli = (cwd: string, args: string[]): Promise<Out> =>
  run(process.execPath, [CLI, ...args], { cwd }).then(
    (r) => ({ code: 0, ...r }),
    (e: Out) => e,
  );
const sh = (cwd: string, line: string): Promise<Out> =>
  run('sh', ['-c', line], { cwd }).then(
    (r) => ({ code: 0, ...r }),
    (e: Out) => e,
  );

/** A driver repository's directory with the board's v1 and v2 runs under hil/. */
function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'kleak-gate-hint-'));
  for (const v of ['v1', 'v2']) {
    mkdirSync(join(ws, 'hil', v), { recursive: true });
    for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt', 'module-sections.txt'])
      cpSync(fixture('hil-6.1/runs', v, f), join(ws, 'hil', v, f));
  }
  return ws;
}
const inputs = (v: string) => [
  `hil/${v}/report-after-rmmod.txt`,
  '--kallsyms',
  `hil/${v}/kallsyms-before-rmmod.txt`,
  '--module-sections',
  `hil/${v}/module-sections.txt`,
];

describe('commands the CLI prints', () => {
  it('a missing baseline names the command that creates it from this run; run as printed, the same check then passes', async () => {
    const ws = workspace();
    const first = await cli(ws, ['check', ...inputs('v1'), '--baseline', 'baselines/board-a.json']);
    expect(first.code).toBe(2);
    const m = /create it with `([^`]+)`/.exec(first.stderr);
    expect(m?.[1]).toBe(`node ${CLI} baseline update ${inputs('v1').join(' ')} --baseline baselines/board-a.json --accept-new`);
    expect((await sh(ws, m![1]!)).stdout).toMatch(/^baselines\/board-a\.json: added 2, removed 0\n/);
    expect((await cli(ws, ['check', ...inputs('v1'), '--baseline', 'baselines/board-a.json'])).code).toBe(0);
  });

  it('a failed check ends with the accept command; run as printed it accepts exactly the new leak', async () => {
    const ws = workspace();
    await cli(ws, ['baseline', 'update', ...inputs('v1'), '--baseline', 'baselines/board-a.json', '--accept-new']);
    const failed = await cli(ws, ['check', ...inputs('v2'), '--baseline', 'baselines/board-a.json']);
    expect(failed.code).toBe(1);
    const lines = failed.stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('Fix it, or after review accept it into the baseline (and commit the file):');
    const hint = lines.at(-1)!.trim();
    expect(hint).toBe(`node ${CLI} baseline update ${inputs('v2').join(' ')} --baseline baselines/board-a.json --accept-new`);
    expect((await sh(ws, hint)).stdout).toMatch(
      /^baselines\/board-a\.json: added 1, removed 0\n {2}\+ kl1:[0-9a-f]{16} memory leak in nicPktLogRxFrame/,
    );
    const again = await cli(ws, ['check', ...inputs('v2'), '--baseline', 'baselines/board-a.json']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('accept it into the baseline');
  });
});
