// Fork PRs and API faults: whatever the comments API does, the exit code and
// the outputs are those of a run with a healthy API, annotations and the job
// summary are still written, and one warning says what could not be posted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotationLines, ensureBuilt, findings, noToken, runAction, type ActionRun } from '../support/action-runner.js';
import { FakeGitHub, type Fault } from '../support/fake-github.js';
import { COMMENT, COMMENTS, addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { stickyMarker } from '../../src/github/sticky-comment.js';

let fake: FakeGitHub;
let store: CommentStore;
let ws: string;
let healthy: ActionRun;

async function v2(headRepo?: string, sha = 'c'.repeat(40)): Promise<ActionRun> {
  return runAction({
    workspace: ws,
    inputs: { ...inputsFor('v2'), target: 'board-a' },
    apiUrl: fake.baseUrl,
    event: { number: 9, headSha: sha, ...(headRepo ? { headRepo } : {}) },
    // Retries wait 20, 80, 180 ms instead of 1, 4, 9 s: the same policy, faster.
    env: { KLEAK_GATE_API_RETRY_BASE_MS: '20' },
  });
}

beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
  ws = makeWorkspace('v2');
  await writeV1Baseline(ws, 'baselines/board-a.json');
  healthy = await v2();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.clearFaults();
  // Each case starts on a PR without our comment, so creating it is exercised.
  store.comments.length = 0;
});

function sameVerdict(run: ActionRun): void {
  expect(healthy.code).toBe(1);
  expect(run.code).toBe(healthy.code);
  expect(findings(run.outputs)).toEqual(findings(healthy.outputs));
  expect(annotationLines(run.stdout, 'error').filter((l) => l.startsWith('::error file='))).toEqual(
    annotationLines(healthy.stdout, 'error').filter((l) => l.startsWith('::error file=')),
  );
  // The same summary, but for the commit its source links point at (each case's push has its own head).
  const atCommit = (md: string) => md.replace(/\/blob\/[0-9a-f]{40}\//g, '/blob/HEAD/');
  expect(atCommit(run.summary)).toBe(atCommit(healthy.summary));
  noToken(run);
}

function warning(run: ActionRun): string {
  const lines = annotationLines(run.stdout, 'warning').filter((l) => l.includes('could not post the PR comment'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('The verdict, annotations and job summary are not affected.');
  return lines[0]!;
}

describe('comments API faults never change the verdict', () => {
  const cases: [string, 'GET' | 'POST' | 'PATCH', string, Fault, RegExp][] = [
    ['404 on listing', 'GET', COMMENTS, { type: 'status', status: 404 }, /HTTP 404/],
    [
      '422 on creating',
      'POST',
      COMMENTS,
      { type: 'status', status: 422, message: 'Validation Failed' },
      /HTTP 422: GitHub refused the request: Validation Failed/,
    ],
    ['500 on listing', 'GET', COMMENTS, { type: 'status', status: 500 }, /HTTP 500/],
    ['500 on creating', 'POST', COMMENTS, { type: 'status', status: 500 }, /HTTP 500/],
    ['a listing that never answers', 'GET', COMMENTS, { type: 'timeout' }, /did not answer in time/],
    ['rate limiting', 'GET', COMMENTS, { type: 'rate-limit' }, /rate limit exceeded/],
    [
      '403 without permission',
      'POST',
      COMMENTS,
      { type: 'status', status: 403, message: 'Resource not accessible by integration' },
      /pull-requests: write/,
    ],
  ];
  it.each(cases)('%s', async (_name, method, route, fault, text) => {
    fake.fault(method, route, fault);
    const before = store.comments.length;
    const run = await v2();
    sameVerdict(run);
    expect(warning(run)).toMatch(text);
    expect(store.comments.length).toBe(before);
  });

  it('a fork PR (read-only token: 403 on comment) gets everything but the comment', async () => {
    fake.fault('POST', COMMENTS, { type: 'status', status: 403, message: 'Resource not accessible by integration' });
    const run = await v2('someone/demo-wlan');
    sameVerdict(run);
    expect(warning(run)).toContain('the token is read-only for pull requests from forks');
  });

  it('a 422 on updating the existing comment leaves it and the verdict as they were', async () => {
    const ok = await v2();
    expect(ok.code).toBe(1);
    const ours = store.comments.filter((c) => c.body.startsWith(stickyMarker('board-a')));
    expect(ours).toHaveLength(1);
    const body = ours[0]!.body;
    fake.fault('PATCH', COMMENT, { type: 'status', status: 422, message: 'Body is too long' });
    const run = await v2(undefined, 'd'.repeat(40)); // a new push: the comment would change
    sameVerdict(run);
    expect(warning(run)).toContain('Body is too long');
    expect(ours[0]!.body).toBe(body);
  });
});
