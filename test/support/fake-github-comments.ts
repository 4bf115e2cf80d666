// Issue-comment routes for FakeGitHub, with GitHub's pagination (per_page,
// page, Link: rel="next"), so that "found across all pages" is tested for real,
// and the two GraphQL operations on comments that REST lacks: `nodes(ids:)`
// with `isMinimized`, and the `minimizeComment` mutation.
import type { FakeGitHub, RouteResponse } from './fake-github.js';

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: { login: string; type: string };
  /** Hidden by a maintainer (or by minimizeComment), with its classifier. */
  minimized?: string;
}

export const GRAPHQL = '/graphql';

export const COMMENTS = '/repos/:owner/:repo/issues/:number/comments';
export const COMMENT = '/repos/:owner/:repo/issues/comments/:id';

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class CommentStore {
  readonly comments: StoredComment[] = [];
  /** GraphQL refuses minimizeComment with this message (as GitHub does for a token without the right). */
  refuseMinimize?: string;
  private nextId = 1000;

  add(owner: string, repo: string, issue: number, body: string, user = { login: 'octocat', type: 'User' }): StoredComment {
    const c = { id: this.nextId++, owner, repo, issue, body, user };
    this.comments.push(c);
    return c;
  }

  on(owner: string, repo: string, issue: number): StoredComment[] {
    return this.comments.filter((c) => c.owner === owner && c.repo === repo && c.issue === issue);
  }
}

export const nodeId = (c: { id: number }): string => `IC_kwDO${c.id}`;

function wire(c: StoredComment, baseUrl: string): Record<string, unknown> {
  return {
    id: c.id,
    node_id: nodeId(c),
    body: c.body,
    user: c.user,
    html_url: `${baseUrl}/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
  };
}

export function addCommentRoutes(fake: FakeGitHub, store = new CommentStore()): CommentStore {
  fake.route('GET', COMMENTS, ({ params, query, baseUrl }): RouteResponse => {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const all = store.on(params.owner!, params.repo!, Number(params.number));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = `${baseUrl}/repos/${params.owner}/${params.repo}/issues/${params.number}/comments?per_page=${perPage}&page=${page + 1}`;
      headers.link = `<${next}>; rel="next"`;
    }
    return { status: 200, headers, body: slice.map((c) => wire(c, baseUrl)) };
  });
  fake.route('POST', COMMENTS, ({ params, body, baseUrl }) => {
    const text = (body as { body?: unknown } | undefined)?.body;
    if (typeof text !== 'string') return { status: 422, body: { message: 'body is missing' } };
    if (text.length > 65_536) return { status: 422, body: { message: 'Body is too long (maximum is 65536 characters)' } };
    const c = store.add(params.owner!, params.repo!, Number(params.number), text, BOT);
    return { status: 201, body: wire(c, baseUrl) };
  });
  fake.route('PATCH', COMMENT, ({ params, body, baseUrl }) => {
    const c = store.comments.find((x) => x.id === Number(params.id) && x.owner === params.owner && x.repo === params.repo);
    if (!c) return { status: 404, body: { message: 'Not Found' } };
    const text = (body as { body?: unknown } | undefined)?.body;
    if (typeof text !== 'string') return { status: 422, body: { message: 'body is missing' } };
    if (text.length > 65_536) return { status: 422, body: { message: 'Body is too long (maximum is 65536 characters)' } };
    c.body = text;
    return { status: 200, body: wire(c, baseUrl) };
  });
  fake.route('POST', GRAPHQL, ({ body }) => {
    const { query, variables } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    const byNode = (id: unknown) => store.comments.find((c) => nodeId(c) === id);
    if (query?.includes('minimizeComment(')) {
      if (store.refuseMinimize)
        return { status: 200, body: { data: null, errors: [{ type: 'FORBIDDEN', message: store.refuseMinimize }] } };
      const c = byNode(variables?.id);
      if (!c)
        return {
          status: 200,
          body: {
            data: null,
            errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${String(variables?.id)}'` }],
          },
        };
      c.minimized = /classifier:\s*([A-Z_]+)/.exec(query)?.[1] ?? 'OUTDATED';
      return { status: 200, body: { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } } };
    }
    if (query?.includes('nodes(ids:')) {
      const ids = Array.isArray(variables?.ids) ? variables.ids : [];
      if (ids.length > 100) return { status: 200, body: { data: null, errors: [{ message: 'nodes: at most 100 ids' }] } };
      const nodes = ids.map((id) => {
        const c = byNode(id);
        return c ? { id: nodeId(c), isMinimized: c.minimized !== undefined } : null;
      });
      return { status: 200, body: { data: { nodes } } };
    }
    return { status: 200, body: { data: null, errors: [{ message: 'this fake answers only the comment queries kleak-gate makes' }] } };
  });
  return store;
}
