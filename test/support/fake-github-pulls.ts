// Pull-request routes for FakeGitHub: list (with GitHub's `head=owner:branch`
// filter), create, update (title/body/state) and issue comments on a PR, with
// the state kept in a store that tests can inspect.
import type { FakeGitHub } from './fake-github.js';

export interface StoredPull {
  number: number;
  owner: string;
  repo: string;
  head: string;
  /** The head repository's owner when the pull request comes from a fork. */
  headOwner?: string;
  headSha?: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** Closed by merging (GitHub's merged_at is set). */
  merged?: boolean;
  comments: string[];
}

export const PULLS = '/repos/:owner/:repo/pulls';
export const PULL = '/repos/:owner/:repo/pulls/:number';
export const PULL_COMMENTS = '/repos/:owner/:repo/issues/:number/comments';

export class PullStore {
  readonly pulls: StoredPull[] = [];
  nextNumber = 1;

  get(n: number): StoredPull | undefined {
    return this.pulls.find((p) => p.number === n);
  }
}

function wire(p: StoredPull, baseUrl: string) {
  return {
    number: p.number,
    title: p.title,
    body: p.body,
    state: p.state,
    head: { ref: p.head, label: `${p.headOwner ?? p.owner}:${p.head}`, ...(p.headSha ? { sha: p.headSha } : {}) },
    base: { ref: p.base },
    merged_at: p.merged ? '2026-11-25T13:00:00Z' : null,
    html_url: `${baseUrl}/${p.owner}/${p.repo}/pull/${p.number}`,
  };
}

export function addPullRoutes(gh: FakeGitHub, store = new PullStore()): PullStore {
  gh.route('GET', PULLS, ({ params, query, baseUrl }) => {
    const [owner, branch] = (query.head ?? '').split(':');
    const list = store.pulls.filter(
      (p) =>
        p.owner === params.owner &&
        p.repo === params.repo &&
        (query.state === 'all' || p.state === (query.state ?? 'open')) &&
        (query.head === undefined || ((p.headOwner ?? p.owner) === owner && p.head === branch)),
    );
    return { status: 200, body: list.map((p) => wire(p, baseUrl)) };
  });
  gh.route('POST', PULLS, ({ params, body, baseUrl }) => {
    const b = body as { head: string; base: string; title: string; body: string };
    if (store.pulls.some((p) => p.state === 'open' && p.head === b.head && p.owner === params.owner)) {
      return { status: 422, body: { message: `A pull request already exists for ${params.owner}:${b.head}.` } };
    }
    const p: StoredPull = {
      number: store.nextNumber++,
      owner: params.owner!,
      repo: params.repo!,
      head: b.head,
      base: b.base,
      title: b.title,
      body: b.body,
      state: 'open',
      comments: [],
    };
    store.pulls.push(p);
    return { status: 201, body: wire(p, baseUrl) };
  });
  gh.route('PATCH', PULL, ({ params, body, baseUrl }) => {
    const p = store.get(Number(params.number));
    if (!p) return { status: 404, body: { message: 'Not Found' } };
    Object.assign(p, body as Partial<StoredPull>);
    return { status: 200, body: wire(p, baseUrl) };
  });
  gh.route('POST', PULL_COMMENTS, ({ params, body }) => {
    const p = store.get(Number(params.number));
    if (!p) return { status: 404, body: { message: 'Not Found' } };
    p.comments.push((body as { body: string }).body);
    return { status: 201, body: { id: p.comments.length, body: (body as { body: string }).body } };
  });
  return store;
}
