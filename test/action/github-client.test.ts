// The real Octokit-backed client against the fake API server: pagination,
// sticky comment create / update / skip, and how each fault is described.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeApiError } from '../../src/github/api-error.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { stickyMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import type { GitHubClient } from '../../src/github/types.js';
import { FakeGitHub, type Fault } from '../support/fake-github.js';
import { COMMENT, COMMENTS, GRAPHQL, CommentStore, addCommentRoutes, nodeId } from '../support/fake-github-comments.js';

const PR = { owner: 'acme', repo: 'demo-wlan', number: 7 };
const marker = stickyMarker('board-a');

let fake: FakeGitHub;
let store: CommentStore;
let client: GitHubClient;
let log: string[];

beforeEach(async () => {
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
  log = [];
  // The retry policy as on GitHub, with waits of 10, 40, 90 ms instead of 1, 4, 9 s.
  client = createGitHubClient({ token: 'ghs_secret', baseUrl: fake.baseUrl, timeoutMs: 500, retryBaseMs: 10, log: (l) => log.push(l) });
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

describe('hidden comments and fresh comments', () => {
  it('skips a marker comment a maintainer has hidden (GraphQL isMinimized) and posts a new one', async () => {
    const hidden = store.add('acme', 'demo-wlan', 7, `${marker}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    hidden.minimized = 'OFF_TOPIC';
    const out = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nnew` });
    expect(out.action).toBe('created');
    expect(hidden.body).toBe(`${marker}\nold`);
    expect(fake.calls('PATCH', COMMENT)).toHaveLength(0);
    const asked = fake.calls('POST', GRAPHQL)[0]!.body as { query: string; variables: { ids: string[] } };
    expect(asked.query).toContain('isMinimized');
    expect(asked.variables.ids).toEqual([nodeId(hidden)]);
  });

  it('asks GraphQL only about marker comments, and not at all when there are none', async () => {
    store.add('acme', 'demo-wlan', 7, 'chatter');
    await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nnew` });
    expect(fake.calls('POST', GRAPHQL)).toHaveLength(0);
  });

  it('with `fresh`, posts a new comment and hides the previous one as outdated', async () => {
    const old = store.add('acme', 'demo-wlan', 7, `${marker}\npass`, { login: 'github-actions[bot]', type: 'Bot' });
    const out = await upsertStickyComment(client, PR, marker, {
      body: () => `${marker}\nfail`,
      fresh: (prev) => prev.body.endsWith('pass'),
    });
    expect(out).toMatchObject({ action: 'recreated', warnings: [] });
    expect(old).toMatchObject({ body: `${marker}\npass`, minimized: 'OUTDATED' });
    expect(store.on('acme', 'demo-wlan', 7).map((c) => c.body)).toEqual([`${marker}\npass`, `${marker}\nfail`]);
    // The next run finds the new one (the old is hidden) and edits it.
    const next = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nfail again`, fresh: () => false });
    expect(next).toMatchObject({ action: 'updated', comment: { id: out.comment!.id } });
  });

  it('a failure to hide the old comment is a warning; the new comment stands', async () => {
    const old = store.add('acme', 'demo-wlan', 7, `${marker}\npass`, { login: 'github-actions[bot]', type: 'Bot' });
    store.refuseMinimize = 'Resource not accessible by integration';
    const out = await upsertStickyComment(client, PR, marker, { body: () => `${marker}\nfail`, fresh: () => true });
    expect(out.action).toBe('recreated');
    expect(out.warnings).toEqual([
      expect.stringMatching(/^could not hide the previous comment as outdated: .*Resource not accessible by integration/),
    ]);
    expect(old.minimized).toBeUndefined();
    expect(store.on('acme', 'demo-wlan', 7)).toHaveLength(2);
  });
});

describe('retries within one time budget', () => {
  it('retries 5xx and logs each retry; the call succeeds once GitHub recovers', async () => {
    fake.fault('GET', COMMENTS, { type: 'status', status: 502, message: 'Bad Gateway', times: 2 });
    expect(await client.listIssueComments(PR)).toEqual([]);
    expect(fake.calls('GET', COMMENTS).map((r) => r.fault ?? 'answered')).toEqual(['status', 'status', 'answered']);
    expect(log).toEqual([
      'GitHub API: GET /repos/acme/demo-wlan/issues/7/comments failed: HTTP 502 (Bad Gateway); retry 1 of 3 in 0.01 s',
      'GitHub API: GET /repos/acme/demo-wlan/issues/7/comments failed: HTTP 502 (Bad Gateway); retry 2 of 3 in 0.04 s',
    ]);
  });

  it('does not retry what a retry cannot change (403, 404, 422)', async () => {
    fake.fault('POST', COMMENTS, { type: 'status', status: 422, message: 'Validation Failed' });
    await expect(client.createComment(PR, 'x')).rejects.toMatchObject({ status: 422 });
    expect(fake.calls('POST', COMMENTS)).toHaveLength(1);
    expect(log).toEqual([]);
  });

  it('stops retrying when the wait would overrun the budget, and says so', async () => {
    const tight = createGitHubClient({
      token: 'ghs_secret',
      baseUrl: fake.baseUrl,
      timeoutMs: 500,
      budgetMs: 1000,
      retryBaseMs: 200,
      log: (l) => log.push(l),
    });
    fake.fault('GET', COMMENTS, { type: 'status', status: 500 });
    await expect(tight.listIssueComments(PR)).rejects.toMatchObject({ status: 500 });
    // 200 ms, then 800 ms would leave no room for a third attempt in 1 s.
    expect(fake.calls('GET', COMMENTS)).toHaveLength(2);
    expect(log[0]).toMatch(/retry 1 of 3 in 0.2 s$/);
    expect(log[1]).toMatch(/failed: HTTP 500 \(fault 500\); no retry: the API time budget is spent$/);
  });

  it('retries a rate limit only when its reset falls within the budget', async () => {
    fake.fault('GET', COMMENTS, { type: 'rate-limit', reset: String(Math.floor(Date.now() / 1000) + 3600) });
    await expect(client.listIssueComments(PR)).rejects.toMatchObject({ status: 403 });
    expect(fake.calls('GET', COMMENTS)).toHaveLength(1);
    expect(log).toEqual([
      expect.stringMatching(/^GitHub API: GET \S+: rate limit exceeded, reset in 36\d\d s: no retry \(over the API time budget\)$/),
    ]);
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
