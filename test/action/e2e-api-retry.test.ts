// A bad minute of GitHub's, through `node dist/index.js` with the retry
// policy as it runs on GitHub (waits of 1, 4, 9 s): 500s on the first two
// calls of every endpoint still give the comment and the verdict's exit code,
// each retry in the log; 500s forever leave the verdict and every output as
// a healthy API would, and the log says what failed. Then the comment-on-change
// option: a pass → fail flip posts a fresh comment and hides the old one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stickyMarker } from '../../src/github/sticky-comment.js';
import { annotationLines, ensureBuilt, findings, runAction, type ActionRun } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { COMMENT, COMMENTS, GRAPHQL, addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { inputsFor, makeWorkspace, writeV1Baseline, type Version } from '../support/hil-workspace.js';

let fake: FakeGitHub;
let store: CommentStore;
const workspaces = new Map<Version, string>();
let healthy: ActionRun;

async function run(v: Version, extra: { inputs?: Record<string, string>; env?: Record<string, string>; sha?: string } = {}) {
  return runAction({
    workspace: workspaces.get(v)!,
    inputs: { ...inputsFor(v), target: 'board-a', ...extra.inputs },
    apiUrl: fake.baseUrl,
    event: { number: 11, headSha: extra.sha ?? 'a'.repeat(40) },
    env: { KLEAK_GATE_API_TIMEOUT_MS: '30000', ...extra.env },
  });
}

function retryLines(r: ActionRun): string[] {
  return r.stdout.split('\n').filter((l) => l.startsWith('kleak-gate: GitHub API: '));
}

beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
  for (const v of ['v2', 'v3'] as const) {
    const ws = makeWorkspace(v);
    await writeV1Baseline(ws, 'baselines/board-a.json');
    workspaces.set(v, ws);
  }
  healthy = await run('v2');
  expect(healthy.code).toBe(1);
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.clearFaults();
  fake.requests.length = 0;
  store.comments.length = 0;
  store.refuseMinimize = undefined;
});

describe('a bad minute', () => {
  it('500s on the first two calls of every endpoint: the comment is posted, the exit code is the verdict, each retry is logged', async () => {
    fake.faultEverywhere({ type: 'status', status: 500, message: 'Internal Server Error', times: 2 });
    const r = await run('v2');
    expect(r.code).toBe(1);
    expect(findings(r.outputs)).toEqual(findings(healthy.outputs));
    expect(store.comments).toHaveLength(1);
    expect(store.comments[0]!.body.startsWith(`${stickyMarker('board-a')}\n`)).toBe(true);
    // The listing and the creation each failed twice, then got through.
    expect(fake.calls('GET', COMMENTS).map((c) => c.fault ?? 'ok')).toEqual(['status', 'status', 'ok']);
    expect(fake.calls('POST', COMMENTS).map((c) => c.fault ?? 'ok')).toEqual(['status', 'status', 'ok']);
    expect(retryLines(r)).toEqual([
      'kleak-gate: GitHub API: GET /repos/acme/demo-wlan/issues/11/comments failed: HTTP 500 (Internal Server Error); retry 1 of 3 in 1 s',
      'kleak-gate: GitHub API: GET /repos/acme/demo-wlan/issues/11/comments failed: HTTP 500 (Internal Server Error); retry 2 of 3 in 4 s',
      'kleak-gate: GitHub API: POST /repos/{owner}/{repo}/issues/{issue_number}/comments failed: HTTP 500 (Internal Server Error); retry 1 of 3 in 1 s',
      'kleak-gate: GitHub API: POST /repos/{owner}/{repo}/issues/{issue_number}/comments failed: HTTP 500 (Internal Server Error); retry 2 of 3 in 4 s',
    ]);
    expect(annotationLines(r.stdout, 'warning')).toEqual([]);
  }, 60_000);

  it('500s forever: the verdict and every output are unchanged, the log says what failed', async () => {
    fake.faultEverywhere({ type: 'status', status: 500, message: 'Internal Server Error' });
    const r = await run('v2');
    expect(r.code).toBe(1);
    expect(findings(r.outputs)).toEqual(findings(healthy.outputs));
    expect(r.summary).toBe(healthy.summary);
    expect(store.comments).toHaveLength(0);
    expect(fake.calls('GET', COMMENTS)).toHaveLength(4);
    expect(retryLines(r).map((l) => l.replace(/.* (retry \d of 3 in \d+ s)$/, '$1'))).toEqual([
      'retry 1 of 3 in 1 s',
      'retry 2 of 3 in 4 s',
      'retry 3 of 3 in 9 s',
    ]);
    const warnings = annotationLines(r.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('could not post the PR comment: HTTP 500: GitHub API error: Internal Server Error');
  }, 60_000);
});

describe('comment-on-change', () => {
  it('update (the default): a pass → fail flip edits the one comment', async () => {
    expect((await run('v3')).code).toBe(0);
    expect(store.comments).toHaveLength(1);
    const flipped = await run('v2', { sha: 'b'.repeat(40) });
    expect(flipped.code).toBe(1);
    expect(store.comments).toHaveLength(1);
    expect(store.comments[0]!.body).toContain('1 new leak');
    expect(fake.calls('PATCH', COMMENT).length).toBeGreaterThan(0);
  });

  it('new: a pass → fail flip posts a fresh comment and hides the old one; a re-run with the same leaks edits it', async () => {
    const inputs = { 'comment-on-change': 'new' };
    expect((await run('v3', { inputs })).code).toBe(0);
    const [first] = store.comments;
    const flipped = await run('v2', { inputs, sha: 'b'.repeat(40) });
    expect(flipped.code).toBe(1);
    expect(flipped.stdout).toMatch(/^kleak-gate: what to act on changed: new comment .*, the previous one hidden as outdated$/m);
    expect(store.comments).toHaveLength(2);
    expect(first!.minimized).toBe('OUTDATED');
    const second = store.comments[1]!;
    expect(second.body).toContain('1 new leak');
    const graphqlCalls = fake.calls('POST', GRAPHQL).length;
    // Same verdict, same new leak, another push: edited in place.
    expect((await run('v2', { inputs, sha: 'c'.repeat(40) })).code).toBe(1);
    expect(store.comments).toHaveLength(2);
    expect(second.body).toContain(`commit ${'c'.repeat(12)}`);
    expect(fake.calls('POST', GRAPHQL).length).toBe(graphqlCalls + 1); // only the isMinimized query
  });

  it('rejects a value other than update or new', async () => {
    const r = await run('v2', { inputs: { 'comment-on-change': 'recreate' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error::kleak-gate: input error: invalid comment-on-change 'recreate': expected update, new");
    expect(r.outputs).toEqual({});
  });
});
