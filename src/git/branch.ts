// The baseline branch is written with plumbing on a private index: the
// workspace (the user's checkout, maybe with other steps' files in it) and
// its HEAD are never touched, and the commit is "base + one file".

import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { git, gitOut } from './exec.js';

export interface Identity {
  name: string;
  email: string;
}

/** The bot identity GitHub shows for commits made by the Actions token. */
export const ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export async function headCommit(cwd: string): Promise<string> {
  return gitOut(['rev-parse', '--verify', 'HEAD^{commit}'], { cwd });
}

/**
 * Git configuration that makes git send `token` to `serverUrl`, in the
 * environment (never on a command line, where other processes could read it).
 * The same key actions/checkout persists, emptied first: git would otherwise
 * send both tokens.
 */
export function tokenEnv(serverUrl: string, token: string): Record<string, string> {
  const key = `http.${serverUrl.replace(/\/*$/, '/')}.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}

/** The commit a remote branch points at, or undefined when it doesn't exist. */
export async function remoteBranch(cwd: string, remote: string, branch: string, env?: Record<string, string>): Promise<string | undefined> {
  const out = await gitOut(['ls-remote', '--heads', remote, `refs/heads/${branch}`], { cwd, ...(env ? { env } : {}) });
  return out === '' ? undefined : out.split(/\s+/)[0];
}

/** Fetches one commit of the remote so its files can be read locally. */
export async function fetchCommit(cwd: string, remote: string, branch: string, env?: Record<string, string>): Promise<void> {
  // actions/checkout clones with depth 1: there, a plain fetch would pull the
  // branch's whole history; in a full clone, --depth would make it shallow.
  const shallow = (await gitOut(['rev-parse', '--is-shallow-repository'], { cwd })) === 'true';
  await git(['fetch', '--quiet', '--no-tags', ...(shallow ? ['--depth=1'] : []), remote, `refs/heads/${branch}`], {
    cwd,
    ...(env ? { env } : {}),
  });
}

/** A path as git names it inside the repository (forward slashes, from the top). */
export async function repoPath(cwd: string, path: string): Promise<string> {
  const top = await gitOut(['rev-parse', '--show-toplevel'], { cwd });
  const rel = relative(top, resolve(await realpath(cwd), path))
    .split(sep)
    .join('/');
  if (rel.startsWith('../') || isAbsolute(rel)) throw new Error(`${path} is outside the repository ${top}`);
  return rel;
}

/** A file's text at a commit, or undefined when the commit doesn't have it. */
export async function fileAt(cwd: string, commit: string, path: string): Promise<string | undefined> {
  const spec = `${commit}:${path}`;
  const r = await git(['cat-file', '-e', spec], { cwd, okCodes: [1, 128] });
  if (r.code !== 0) return undefined;
  return (await git(['cat-file', 'blob', spec], { cwd })).stdout;
}

/** A commit's first parent, or undefined (a root commit, or a shallow fetch that stops at it). */
export async function parentOf(cwd: string, commit: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--verify', '--quiet', `${commit}^1`], { cwd, okCodes: [1] });
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** A new commit: `base`'s tree with `path` set to `text`; nothing else changes. */
export async function commitFile(
  cwd: string,
  base: string,
  path: string,
  text: string,
  message: string,
  who: { author: Identity; committer: Identity },
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kleak-gate-index-'));
  const env = {
    GIT_INDEX_FILE: join(dir, 'index'),
    GIT_AUTHOR_NAME: who.author.name,
    GIT_AUTHOR_EMAIL: who.author.email,
    GIT_COMMITTER_NAME: who.committer.name,
    GIT_COMMITTER_EMAIL: who.committer.email,
  };
  try {
    const blob = await gitOut(['hash-object', '-w', '--stdin'], { cwd, input: text });
    await git(['read-tree', base], { cwd, env });
    await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { cwd, env });
    const tree = await gitOut(['write-tree'], { cwd, env });
    return await gitOut(['commit-tree', tree, '-p', base, '-F', '-'], { cwd, env, input: message });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Points the remote branch at `commit`. Forced, with a lease on the commit we
 * last saw there: the branch belongs to the tool, but a concurrent run that
 * moved it in between must not be overwritten blindly.
 */
export async function pushBranch(
  cwd: string,
  remote: string,
  commit: string,
  branch: string,
  expected?: string,
  env?: Record<string, string>,
): Promise<void> {
  const lease = `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`;
  await git(['push', '--quiet', lease, remote, `${commit}:refs/heads/${branch}`], { cwd, ...(env ? { env } : {}) });
}

export async function deleteRemoteBranch(
  cwd: string,
  remote: string,
  branch: string,
  expected: string,
  env?: Record<string, string>,
): Promise<void> {
  const lease = `--force-with-lease=refs/heads/${branch}:${expected}`;
  await git(['push', '--quiet', lease, remote, `:refs/heads/${branch}`], { cwd, ...(env ? { env } : {}) });
}
