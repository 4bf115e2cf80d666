// A real repository with a bare repository on disk as its `origin`, as
// actions/checkout leaves the workspace (minus the credentials).

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git, gitOut } from '../../src/git/exec.js';

export interface TestRepo {
  work: string;
  origin: string;
  /** Commits `files` on main in the workspace and pushes; returns the commit. */
  commit(files: Record<string, string>, message: string): Promise<string>;
}

const ENV = {
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
};

export async function makeRepo(): Promise<TestRepo> {
  const root = await mkdtemp(join(tmpdir(), 'kg-repo-'));
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  await git(['init', '--quiet', '--bare', '--initial-branch=main', origin], { cwd: root });
  await git(['init', '--quiet', '--initial-branch=main', work], { cwd: root });
  await git(['remote', 'add', 'origin', origin], { cwd: work });
  const repo: TestRepo = {
    work,
    origin,
    async commit(files, message) {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(work, path)), { recursive: true });
        await writeFile(join(work, path), text);
        await git(['add', '--', path], { cwd: work });
      }
      await git(['commit', '--quiet', '-m', message], { cwd: work, env: ENV });
      await git(['push', '--quiet', 'origin', 'HEAD:refs/heads/main'], { cwd: work });
      return gitOut(['rev-parse', 'HEAD'], { cwd: work });
    },
  };
  return repo;
}
