// The real Octokit-backed client against the fake API server: pagination,
// sticky comment create / update / skip, and how each fault is described.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeApiError } from '../../src/github/api-error.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import type { GitHubClient } from '../../src/github/types.js';
import { FakeGitHub, type Fault } from '../support/fake-github.js';
import { COMMENT, COMMENTS, CommentStore, addCommentRoutes } from '../support/fake-github-comments.js';

const PR = { owner: 'acme', repo: 'demo-wlan', number: 7 };
const marker = stickyMarker('board-a');

let fake: FakeGitHub;
let store: CommentStore;
let client: GitHubClient;

beforeEach(async () => {
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
  client = createGitHubClient({ token: 'ghs_secret', baseUrl: fake.baseUrl, timeoutMs: 500 });
});
afterEach(() => fake.stop());

describe('sticky comment', () => {
  it('finds its comment on a later page and updates it in place', async () => {
    for (let i = 0; i < 130; i++) store.add('acme', 'demo-wlan', 7, `chatter ${i}`);
    const ours = store.add('acme', 'demo-wlan', 7, `${marker}\nold`);
    for (let i = 0; i < 30; i++) store.add('acme', 'demo-wlan', 7, `> ${marker}\nquoted reply`);
    const out = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nnew` });
    expect(out.action).toBe('updated');
    expect(ours.body).toBe(`${marker}\nnew`);
    expect(fake.calls('GET', COMMENTS).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
    expect(fake.calls('PATCH', COMMENT)).toHaveLength(1);
    expect(fake.calls('POST', COMMENTS)).toHaveLength(0);
    expect(fake.requests[0]!.headers.authorization).toBe('token ghs_secret');
  });

  it('creates one when none exists, keeps other targets apart, skips when nothing to say', async () => {
    store.add('acme', 'demo-wlan', 7, `${stickyMarker('board-b')}\nb`);
    expect((await upsertStickyComment(client, PR, marker, { body: () => `${marker}\na` })).action).toBe('created');
    expect(store.on('acme', 'demo-wlan', 7).map((c) => c.body)).toEqual([`${stickyMarker('board-b')}\nb`, `${marker}\na`]);
    const skip = await upsertStickyComment(client, PR, stickyMarker('board-c'), { body: (prev) => (prev ? 'x' : undefined) });
    expect(skip.action).toBe('skipped');
    expect(fake.calls('POST', COMMENTS)).toHaveLength(1);
  });

  it("prefers the bot's marker comment over an older one anyone could have posted", async () => {
    const planted = store.add('acme', 'demo-wlan', 7, `${marker}\n✅ kleak-gate: no new or grown leaks`, {
      login: 'mallory',
      type: 'User',
    });
    const ours = store.add('acme', 'demo-wlan', 7, `${marker}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const out = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nnew` });
    expect(out.action).toBe('updated');
    expect(out.comment!.id).toBe(ours.id);
    expect(ours.body).toBe(`${marker}\nnew`);
    expect(planted.body).toBe(`${marker}\n✅ kleak-gate: no new or grown leaks`);
    expect(fake.calls('PATCH', COMMENT).map((r) => r.path)).toEqual([`/repos/acme/demo-wlan/issues/comments/${ours.id}`]);
  });

  it('without a bot-authored one, updates the oldest marker comment (a personal access token posts as its user)', async () => {
    const pat = store.add('acme', 'demo-wlan', 7, `${marker}\nold`, { login: 'ci-user', type: 'User' });
    const later = store.add('acme', 'demo-wlan', 7, `${marker}\nraced`, { login: 'ci-user', type: 'User' });
    const out = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nnew` });
    expect(out).toMatchObject({ action: 'updated', comment: { id: pat.id } });
    expect([pat.body, later.body]).toEqual([`${marker}\nnew`, `${marker}\nraced`]);
    expect(fake.calls('POST', COMMENTS)).toHaveLength(0);
  });

  it('does not PATCH an identical body', async () => {
    store.add('acme', 'demo-wlan', 7, `${marker}\nsame`);
    expect((await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nsame` })).action).toBe('unchanged');
    expect(fake.calls('PATCH', COMMENT)).toHaveLength(0);
  });
});

describe('API faults', () => {
  const cases: [Fault, boolean, string, RegExp][] = [
    [
      { type: 'status', status: 403, message: 'Resource not accessible by integration' },
      true,
      'forbidden',
      /read-only for pull requests from forks: Resource not accessible/,
    ],
    [{ type: 'status', status: 403, message: 'Resource not accessible by integration' }, false, 'forbidden', /pull-requests: write/],
    [{ type: 'status', status: 404 }, false, 'not-found', /^HTTP 404/],
    [{ type: 'status', status: 422, message: 'Validation Failed' }, false, 'unprocessable', /Validation Failed/],
    [{ type: 'status', status: 500 }, false, 'server', /^HTTP 500: GitHub API error/],
    [{ type: 'timeout' }, false, 'timeout', /did not answer in time/],
    [{ type: 'rate-limit' }, false, 'rate-limited', /rate limit exceeded until 2030-01-01/],
    // A proxy or GHES answering with text where epoch seconds belong: no RangeError, no time.
    [{ type: 'rate-limit', reset: 'soon' }, false, 'rate-limited', /^GitHub API rate limit exceeded \(HTTP 403\)$/],
  ];
  it.each(cases)('%o (fork %s) is %s', async (fault, fork, kind, text) => {
    fake.fault('GET', COMMENTS, fault);
    const err = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nx` }).catch((e: unknown) => e);
    const d = describeApiError(err, fork);
    expect(d.kind).toBe(kind);
    expect(d.message).toMatch(text);
    expect(d.message).not.toContain('ghs_secret');
  });

  it('describes an unreachable server without the token', async () => {
    await fake.stop();
    const err = await client.listIssueComments(PR).catch((e: unknown) => e);
    const d = describeApiError(err);
    expect(d.kind).toBe('network');
    expect(JSON.stringify(d)).not.toContain('ghs_secret');
  });
});
