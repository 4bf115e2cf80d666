// The verdict never depends on the API, through `node dist/index.js`: an
// empty github-token, or a rate-limit answer whose reset time is not a
// number, costs the PR comment (one warning) and nothing else. And the SARIF
// file is written where the `sarif` output says.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { annotationLines, ensureBuilt, runAction, type ActionRun } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { COMMENTS, addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { skipWithout } from '../support/tools.js';

// debug-info inputs go through the real addr2line / llvm-symbolizer.
const skip = skipWithout('test/action/e2e-api-optional.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');

let fake: FakeGitHub;
let store: CommentStore;
let ws: string;
const temps: string[] = [];

beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
  // v1 against its own baseline: a passing run
  ws = makeWorkspace('v1');
  await writeV1Baseline(ws, 'baselines/board-a.json');
});
afterAll(async () => {
  await fake.stop();
  for (const d of [ws, ...temps]) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => {
  fake.clearFaults();
  store.comments.length = 0;
});

function v1(inputs: Record<string, string>, pr: boolean): Promise<ActionRun> {
  return runAction({
    workspace: ws,
    inputs: { ...inputsFor('v1'), target: 'board-a', ...inputs },
    apiUrl: fake.baseUrl,
    ...(pr ? { event: { number: 7, headSha: 'a'.repeat(40) } } : {}),
  });
}

function passed(run: ActionRun): void {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.outputs.verdict).toBe('pass');
  expect(run.outputs.new).toBe('0');
  expect(JSON.parse(run.outputs['result-json']!)).toMatchObject({ verdict: 'pass' });
  expect(run.stdout).not.toMatch(/^::error/m);
}

describe.skipIf(skip)('an empty github-token', () => {
  it('on a pull request: the run passes, one warning says the comment was not posted, no API call', async () => {
    const requests = fake.requests.length;
    const run = await v1({ 'github-token': '' }, true);
    passed(run);
    const warnings = annotationLines(run.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /could not post the PR comment: the github-token input is empty\. The verdict, annotations and job summary are not affected\./,
    );
    expect(fake.requests.length).toBe(requests);
  });

  it('on a push: the run passes and no client is made (no comment outside a pull request)', async () => {
    const run = await v1({ 'github-token': '' }, false);
    passed(run);
    expect(annotationLines(run.stdout, 'warning')).toEqual([]);
    expect(run.stdout).toContain("no pull request in a 'push' event: no comment");
  });
});

describe.skipIf(skip)('a rate-limit answer with a non-numeric x-ratelimit-reset', () => {
  it('is a warning, and the run still passes', async () => {
    fake.fault('GET', COMMENTS, { type: 'rate-limit', reset: 'soon' });
    const run = await v1({}, true);
    passed(run);
    const warnings = annotationLines(run.stdout, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('could not post the PR comment: GitHub API rate limit exceeded (HTTP 403)');
    expect(fake.calls('GET', COMMENTS).at(-1)!.fault).toBe('rate-limit');
  });
});

describe.skipIf(skip)('sarif', () => {
  it('an absolute path is written there, and the output names that same file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kleak-gate-sarif-'));
    temps.push(out);
    const path = join(out, 'reports', 'kleak-gate.sarif');
    const run = await v1({ sarif: path }, false);
    passed(run);
    expect(run.outputs.sarif).toBe(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});
