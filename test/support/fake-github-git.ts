// Git Data API routes for FakeGitHub (refs, commits, trees, blobs) backed by
// a real bare repository: each call is done with git's plumbing on it, so a
// test reads the result with git as it would read a push. A commit made
// without an author is the token's own and comes back verified, as GitHub
// signs the commits it makes for a bot; one with an author does not.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, gitOut } from '../../src/git/exec.js';
import type { FakeGitHub, RouteResponse } from './fake-github.js';

export const GIT_REF = '/repos/:owner/:repo/git/ref/:ref+';
export const GIT_REFS = '/repos/:owner/:repo/git/refs';
export const GIT_REF_UPDATE = '/repos/:owner/:repo/git/refs/:ref+';
export const GIT_COMMITS = '/repos/:owner/:repo/git/commits';
export const GIT_COMMIT = '/repos/:owner/:repo/git/commits/:sha';
export const GIT_TREES = '/repos/:owner/:repo/git/trees';
export const GIT_TREE = '/repos/:owner/:repo/git/trees/:sha';
export const GIT_BLOBS = '/repos/:owner/:repo/git/blobs';
export const GIT_BLOB = '/repos/:owner/:repo/git/blobs/:sha';

/** The identity GitHub gives a commit made with GITHUB_TOKEN and no author. */
const BOT = { GIT_AUTHOR_NAME: 'github-actions[bot]', GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com' };

export function addGitDataRoutes(gh: FakeGitHub, bare: string): void {
  const cwd = bare;
  const exists = async (spec: string) => (await git(['cat-file', '-e', spec], { cwd, okCodes: [1, 128] })).code === 0;
  const notFound: RouteResponse = { status: 404, body: { message: 'Not Found' } };
  const refJson = (ref: string, sha: string) => ({ ref: `refs/${ref}`, object: { sha, type: 'commit' } });

  gh.route('GET', GIT_REF, async ({ params }) => {
    const r = await git(['rev-parse', '--verify', '--quiet', `refs/${params.ref}`], { cwd, okCodes: [1] });
    return r.code === 0 ? { status: 200, body: refJson(params.ref!, r.stdout.trim()) } : notFound;
  });
  gh.route('POST', GIT_REFS, async ({ body }) => {
    const b = body as { ref: string; sha: string };
    if (!(await exists(`${b.sha}^{commit}`))) return { status: 422, body: { message: 'Object does not exist' } };
    const r = await git(['update-ref', b.ref, b.sha, ''], { cwd, okCodes: [128] });
    if (r.code !== 0) return { status: 422, body: { message: 'Reference already exists' } };
    return { status: 201, body: refJson(b.ref.replace(/^refs\//, ''), b.sha) };
  });
  gh.route('PATCH', GIT_REF_UPDATE, async ({ params, body }) => {
    const b = body as { sha: string; force?: boolean };
    const ref = `refs/${params.ref}`;
    const old = await git(['rev-parse', '--verify', '--quiet', ref], { cwd, okCodes: [1] });
    if (old.code !== 0) return { status: 422, body: { message: 'Reference does not exist' } };
    const ff = (await git(['merge-base', '--is-ancestor', old.stdout.trim(), b.sha], { cwd, okCodes: [1] })).code === 0;
    if (!ff && !b.force) return { status: 422, body: { message: 'Update is not a fast forward' } };
    await git(['update-ref', ref, b.sha], { cwd });
    return { status: 200, body: refJson(params.ref!, b.sha) };
  });
  gh.route('DELETE', GIT_REF_UPDATE, async ({ params }) => {
    const r = await git(['update-ref', '-d', `refs/${params.ref}`], { cwd, okCodes: [1] });
    return r.code === 0 ? { status: 204 } : { status: 422, body: { message: 'Reference does not exist' } };
  });
  gh.route('GET', GIT_COMMIT, async ({ params }) => {
    if (!(await exists(`${params.sha}^{commit}`))) return notFound;
    const tree = await gitOut(['rev-parse', `${params.sha}^{tree}`], { cwd });
    const message = await gitOut(['log', '-1', '--format=%B', params.sha!], { cwd });
    const parents = (await gitOut(['log', '-1', '--format=%P', params.sha!], { cwd })).split(' ').filter(Boolean);
    return { status: 200, body: { sha: params.sha, tree: { sha: tree }, message, parents: parents.map((sha) => ({ sha })) } };
  });
  gh.route('POST', GIT_BLOBS, async ({ body }) => {
    const b = body as { content: string; encoding: string };
    const sha = await gitOut(['hash-object', '-w', '--stdin'], {
      cwd,
      input: Buffer.from(b.content, b.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'),
    });
    return { status: 201, body: { sha } };
  });
  gh.route('GET', GIT_BLOB, async ({ params }) => {
    if (!(await exists(`${params.sha}^{blob}`))) return notFound;
    const text = (await git(['cat-file', 'blob', params.sha!], { cwd })).stdout;
    return { status: 200, body: { sha: params.sha, encoding: 'base64', content: Buffer.from(text, 'utf8').toString('base64') } };
  });
  gh.route('POST', GIT_TREES, async ({ body }) => {
    const b = body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha: string }[] };
    const dir = await mkdtemp(join(tmpdir(), 'fake-gh-index-'));
    const env = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      if (b.base_tree) await git(['read-tree', b.base_tree], { cwd, env });
      for (const t of b.tree) await git(['update-index', '--add', '--cacheinfo', `${t.mode},${t.sha},${t.path}`], { cwd, env });
      return { status: 201, body: { sha: await gitOut(['write-tree'], { cwd, env }) } };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  gh.route('GET', GIT_TREE, async ({ params, query }) => {
    if (!(await exists(`${params.sha}^{tree}`))) return notFound;
    const out = await gitOut(['ls-tree', ...(query.recursive ? ['-r'] : []), params.sha!], { cwd });
    const tree = out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [meta, path] = l.split('\t');
        const [mode, type, sha] = meta!.split(' ');
        return { path, mode, type, sha };
      });
    return { status: 200, body: { sha: params.sha, tree, truncated: false } };
  });
  gh.route('POST', GIT_COMMITS, async ({ body }) => {
    const b = body as { message: string; tree: string; parents: string[]; author?: { name: string; email: string } };
    const who = b.author ? { GIT_AUTHOR_NAME: b.author.name, GIT_AUTHOR_EMAIL: b.author.email } : BOT;
    const env = { ...who, GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };
    const sha = await gitOut(['commit-tree', b.tree, ...b.parents.flatMap((p) => ['-p', p]), '-F', '-'], { cwd, env, input: b.message });
    const verified = !b.author;
    return {
      status: 201,
      body: { sha, tree: { sha: b.tree }, message: b.message, verification: { verified, reason: verified ? 'valid' : 'unsigned' } },
    };
  });
}
