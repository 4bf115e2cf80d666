// Runs the CLI in-process with captured output, as a user would run it.
import { runCli } from '../../src/cli/run.js';
import { repoRoot } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], opts: { cwd?: string; stdin?: string; now?: Date } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: opts.cwd ?? repoRoot,
    env: {},
    readStdin: async () => opts.stdin ?? '',
    now: () => opts.now ?? new Date('2026-11-25T12:00:00Z'),
  });
  return { code, stdout, stderr };
}
