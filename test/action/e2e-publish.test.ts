// mode publish through `node dist/index.js`: a result made elsewhere by the
// CLI (`check --target board-a --format json`, as on a board runner or in a
// fork's workflow) gives the pull request the same comment as mode check on
// the same input, the same outputs and exit code; a workflow_run finds its
// pull request from the event (or, for a fork, from the API by the run's head),
// never from the artifact; a result for another board, of another schema, or
// whose verdict disagrees with its leaks is refused.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureBuilt, findings, runAction, type ActionRun } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { addPullRoutes, type PullStore } from '../support/fake-github-pulls.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { repoRoot } from '../support/paths.js';
import { skipWithout } from '../support/tools.js';

const exec = promisify(execFile);
const skip = skipWithout('test/action/e2e-publish.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');
const HEAD = '5d1c0ffee0ddba11feedfacecafebeef12345678';
let fake: FakeGitHub;
let comments: CommentStore;
let prs: PullStore;
let ws: string;
let checked: ActionRun;
let checkedComment: string;

/** The "how to accept" block: mode check prints this run's command; mode publish never shows a command from a file. */
const withoutHint = (md: string) => md.replace(/<details><summary>How to accept[\s\S]*?<\/details>\n\n/, '');

function publish(extra: { inputs?: Record<string, string>; number?: number; payload?: Record<string, unknown> } = {}) {
  return runAction({
    workspace: ws,
    inputs: { target: 'board-a', mode: 'publish', result: 'from-board/result.json', ...extra.inputs },
    apiUrl: fake.baseUrl,
    ...(extra.payload ? { payload: extra.payload, eventName: 'workflow_run' } : { event: { number: extra.number ?? 8, headSha: HEAD } }),
    env: { KLEAK_GATE_API_RETRY_BASE_MS: '20' },
  });
}

function workflowRun(run: Record<string, unknown>): Record<string, unknown> {
  const base = { full_name: 'acme/demo-wlan', owner: { login: 'acme' }, default_branch: 'main' };
  return {
    action: 'completed',
    workflow_run: {
      id: 99,
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_sha: HEAD,
      head_branch: 'feature',
      head_repository: base,
      pull_requests: [],
      ...run,
    },
    repository: base,
  };
}

beforeAll(async () => {
  if (skip) return;
  await ensureBuilt();
  fake = new FakeGitHub();
  comments = addCommentRoutes(fake);
  prs = addPullRoutes(fake);
  await fake.start();
  ws = makeWorkspace('v2');
  await writeV1Baseline(ws, 'baselines/board-a.json');
  mkdirSync(join(ws, 'from-board'));
  // The board runner's job: the CLI, with the same inputs as the Action's check below.
  const i = inputsFor('v2');
  const args = ['check', 'hil-v2/report-after-rmmod.txt', '--kallsyms', i.kallsyms!, '--module-sections', i['module-sections']!];
  const cli = await exec(
    process.execPath,
    [
      join(repoRoot, 'dist/cli.js'),
      ...args,
      '--debug-info',
      'hil-v2/demo_wlan.ko',
      '--baseline',
      'baselines/board-a.json',
      '--target',
      'board-a',
      '--format',
      'json',
      '--output',
      'from-board/result.json',
    ],
    { cwd: ws },
  ).catch((e: { code: number; stderr: string }) => e);
  expect(cli).toMatchObject({ code: 1, stderr: '' });
  checked = await runAction({
    workspace: ws,
    inputs: { ...i, target: 'board-a' },
    apiUrl: fake.baseUrl,
    event: { number: 7, headSha: HEAD },
  });
  expect(checked.code).toBe(1);
  checkedComment = comments.on('acme', 'demo-wlan', 7)[0]!.body;
}, 120_000);
afterAll(() => fake?.stop());
beforeEach(() => {
  if (skip) return;
  fake.requests.length = 0;
});

describe.skipIf(skip)('mode publish', () => {
  it('reproduces the comment, summary, outputs and exit code of mode check on the same input', async () => {
    const r = await publish();
    expect(r.code).toBe(1);
    const body = comments.on('acme', 'demo-wlan', 8)[0]!.body;
    expect(withoutHint(body)).toBe(withoutHint(checkedComment));
    expect(body).toContain('<details><summary>How to accept');
    expect(withoutHint(r.summary)).toBe(withoutHint(checked.summary));
    expect(findings(r.outputs)).toEqual(findings(checked.outputs));
    expect(r.outputs['comment-id']).toBe(String(comments.on('acme', 'demo-wlan', 8)[0]!.id));
    expect(r.stdout).toMatch(/^::error::kleak-gate \(board-a\): 1 new leak; see the annotations/m);
  });

  it('on a workflow_run, comments on the pull request the event names, whatever the artifact holds', async () => {
    writeFileSync(join(ws, 'from-board/pr-number.txt'), '666\n'); // an artifact's claim: never read
    const r = await publish({ payload: workflowRun({ pull_requests: [{ number: 21, head: { sha: HEAD } }] }) });
    expect(r.code).toBe(1);
    expect(comments.on('acme', 'demo-wlan', 21)).toHaveLength(1);
    expect(comments.on('acme', 'demo-wlan', 666)).toHaveLength(0);
  });

  it('on a workflow_run from a fork (GitHub lists no pull request), finds it by the run’s head owner, branch and commit', async () => {
    prs.pulls.push(
      {
        number: 30,
        owner: 'acme',
        repo: 'demo-wlan',
        head: 'feature',
        headOwner: 'someone',
        headSha: 'f'.repeat(40),
        base: 'main',
        title: 'old head',
        body: '',
        state: 'open',
        comments: [],
      },
      {
        number: 31,
        owner: 'acme',
        repo: 'demo-wlan',
        head: 'feature',
        headOwner: 'someone',
        headSha: HEAD,
        base: 'main',
        title: 'this one',
        body: '',
        state: 'open',
        comments: [],
      },
    );
    const fork = { full_name: 'someone/demo-wlan', owner: { login: 'someone' } };
    const r = await publish({ payload: workflowRun({ head_repository: fork }) });
    expect(r.code).toBe(1);
    expect(fake.calls('GET', '/repos/:owner/:repo/pulls')[0]!.query.head).toBe('someone:feature');
    expect(comments.on('acme', 'demo-wlan', 31)).toHaveLength(1);
    expect(comments.on('acme', 'demo-wlan', 30)).toHaveLength(0);
  });

  it.each([
    [
      'another board',
      { target: 'board-b' },
      "from-board/result.json: the result is for target 'board-a', this step publishes target 'board-b'",
    ],
    ['no result input', { result: '' }, 'Input required and not supplied: result'],
  ])('refuses %s: input error, nothing posted', async (_n, inputs, text) => {
    const before = comments.comments.length;
    const r = await publish({ inputs, number: 40 });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::kleak-gate: input error: ${text}`);
    expect(comments.comments.length).toBe(before);
  });

  it('refuses another schema, and a "pass" over a failing leak, naming the file and the field', async () => {
    const json = JSON.parse(readFileSync(join(ws, 'from-board/result.json'), 'utf8'));
    writeFileSync(join(ws, 'from-board/old.json'), JSON.stringify({ ...json, schema: 'kleak-gate/result@0' }));
    writeFileSync(join(ws, 'from-board/green.json'), JSON.stringify({ ...json, verdict: 'pass' }));
    const old = await publish({ inputs: { result: 'from-board/old.json' }, number: 41 });
    expect(old.stdout).toContain(
      '::error::kleak-gate: input error: from-board/old.json: schema: is "kleak-gate/result@0", this kleak-gate reads "kleak-gate/result@1"',
    );
    const green = await publish({ inputs: { result: 'from-board/green.json' }, number: 42 });
    expect(green.code).toBe(1);
    expect(green.stdout).toContain('from-board/green.json: verdict: is "pass", but the result holds leaks that fail the gate');
    expect(green.outputs.verdict).toBeUndefined();
  });
});
