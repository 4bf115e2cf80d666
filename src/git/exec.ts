// Running real `git`: always an argument array (no shell), so a branch or
// file name can never be read as shell syntax. Input is given on stdin when
// needed (blob contents), never on the command line.

import { spawn } from 'node:child_process';

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    this.name = 'GitError';
  }
}

export interface GitOptions {
  cwd: string;
  env?: Record<string, string>;
  input?: string;
  /** Exit codes that are answers, not failures (e.g. 1 from `diff --quiet`). */
  okCodes?: number[];
}

export interface GitResult {
  stdout: string;
  code: number;
}

export function git(args: string[], opts: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: opts.cwd,
      // Never prompt for credentials: a CI job would hang until its timeout.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0 || (code !== null && opts.okCodes?.includes(code))) resolve({ stdout, code: code ?? 0 });
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    if (child.stdin) {
      // git may exit before reading all of stdin (e.g. on a bad argument);
      // the exit code reports that, not an EPIPE on the write.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
  });
}

/** stdout of a git command that must succeed, trimmed. */
export async function gitOut(args: string[], opts: GitOptions): Promise<string> {
  return (await git(args, opts)).stdout.trim();
}
