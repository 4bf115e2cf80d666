// The built CLI as a shell runs it, with its output piped to a reader that
// stops early (`kleak-gate check … | head -3`): no EPIPE stack trace, and
// the exit code is still the verdict.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, repoRoot } from '../support/paths.js';

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist/cli.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the verdict is written: every write to stdout fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output piped to a reader that stops early', () => {
  it('check on v2 (a new leak): exit 1 as without the pipe, nothing on stderr', async () => {
    const r = await runWithClosedStdout([
      'check',
      fixture('hil-6.1/runs/v2/report-after-rmmod.txt'),
      '--kallsyms',
      fixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt'),
      '--baseline',
      join(repoRoot, 'baselines/demo-board.json'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });
});
