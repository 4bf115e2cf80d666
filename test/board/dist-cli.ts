// Runs the built CLI (dist/cli.js) as a user or CI job does: a separate node
// process with an argument array (paths come from the guest's capture, which
// never reaches a shell).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export interface DistRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function distCli(args: string[], env?: NodeJS.ProcessEnv): DistRun {
  const cli = join(repoRoot, 'dist', 'cli.js');
  // npm test builds before vitest runs; a missing bundle is a broken run, not a skip.
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run bundle`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, ...(env ? { env } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
