// mode: baseline-pr through `node dist/index.js`: it only runs on the default
// branch (GITHUB_REF refs/heads/main), writes the branch with the token it is
// given (github-token, or push-token; git over real HTTP to a server that
// checks it, or the Git Data API with sign-commits), and an API failure fails
// the step but leaves the check's outputs set. The workspace is a real git
// repository whose bare `origin` is served by `git http-backend`, with a
// checkout's persisted token of its own (which must not be the one sent); the
// board's data are the hil-6.1 runs (copied in).
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseBaseline, serializeBaseline } from '../../src/baseline/schema.js';
import { updateBaseline } from '../../src/baseline/update.js';
import { runCheck } from '../../src/pipeline/check.js';
import { baselineBranch } from '../../src/action/baseline-pr.js';
import { gitOut } from '../../src/git/exec.js';
import { commitFile, fetchCommit, fileAt, pushBranch, remoteBranch } from '../../src/git/branch.js';
import { TOKEN, ensureBuilt, runAction, type ActionRun } from '../support/action-runner.js';
import { GitHttpServer } from '../support/git-http.js';
import { GIT_COMMITS, GIT_REFS, GIT_REF_UPDATE, addGitDataRoutes } from '../support/fake-github-git.js';
import { FakeGitHub } from '../support/fake-github.js';
import { PULLS, addPullRoutes, type PullStore } from '../support/fake-github-pulls.js';
import { hilRuns } from '../support/paths.js';
import { makeRepo, type TestRepo } from '../git/repo.js';

const BASELINE = 'baselines/board-a.json';

let fake: FakeGitHub;
let store: PullStore;
let repo: TestRepo;
let gitServer: GitHttpServer;
const CHECKOUT_TOKEN = 'ghs_checkoutPersisted000';

async function placeRun(work: string, version: string): Promise<void> {
  await mkdir(join(work, 'hil-out', version), { recursive: true });
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'])
    await copyFile(join(hilRuns, version, f), join(work, 'hil-out', version, f));
}

const inputs = (v: string) => ({
  mode: 'baseline-pr',
  target: 'board-a',
  report: `hil-out/${v}/report-after-rmmod.txt`,
  kallsyms: `hil-out/${v}/kallsyms-before-rmmod.txt`,
});

function baselinePr(ref: string, opts: { pr?: boolean; eventName?: string; with?: Record<string, string> } = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    inputs: { ...inputs('v3'), ...opts.with },
    apiUrl: fake.baseUrl,
    env: { GITHUB_REF: ref, KLEAK_GATE_API_RETRY_BASE_MS: '20', GITHUB_SERVER_URL: gitServer.url },
    ...(opts.pr ? { event: { number: 7, headSha: 'b'.repeat(40) } } : {}),
    ...(opts.eventName ? { eventName: opts.eventName } : {}),
  });
}

beforeAll(ensureBuilt);
beforeEach(async () => {
  fake = new FakeGitHub();
  store = addPullRoutes(fake);
  await fake.start();
  repo = await makeRepo();
  // main holds the v1 baseline (NVRAM + TX template); the v3 run has the template leak fixed.
  await placeRun(repo.work, 'v1');
  await placeRun(repo.work, 'v3');
  const { result } = await runCheck(
    {
      reports: ['hil-out/v1/report-after-rmmod.txt'],
      kallsyms: ['hil-out/v1/kallsyms-before-rmmod.txt'],
      captures: [],
      debugInfo: [],
      moduleSections: [],
      symbolizer: 'auto',
      cwd: repo.work,
      now: new Date('2026-11-25T00:00:00Z'),
      baseline: BASELINE,
    },
    true,
  );
  await repo.commit(
    { [BASELINE]: serializeBaseline(updateBaseline(undefined, result, true).baseline), '.gitignore': 'hil-out/\n' },
    'baseline from v1',
  );
  gitServer = new GitHttpServer(repo.origin, 'acme', 'demo-wlan', TOKEN);
  await gitServer.start();
  // What actions/checkout leaves in .git/config (persist-credentials): its token for the server.
  const basic = Buffer.from(`x-access-token:${CHECKOUT_TOKEN}`).toString('base64');
  await gitOut(['config', `http.${gitServer.url}/.extraheader`, `AUTHORIZATION: basic ${basic}`], { cwd: repo.work });
});
afterEach(async () => {
  await fake.stop();
  await gitServer.stop();
  await rm(join(repo.work, '..'), { recursive: true, force: true });
});

describe('mode baseline-pr runs on the default branch only', () => {
  it.each([
    ['a pull_request event', 'refs/pull/7/merge', true],
    ['a push to a feature branch', 'refs/heads/feature', false],
    ['a run without GITHUB_REF', '', false],
  ])('refuses %s: input error, nothing pushed, no API call', async (_name, ref, pr) => {
    const run = await baselinePr(ref, { pr });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `kleak-gate: input error: mode baseline-pr runs on the default branch (main); this run is on ${ref || 'an unknown ref'}`,
    );
    expect(fake.requests).toEqual([]);
    expect(await remoteBranch(repo.work, 'origin', baselineBranch('board-a'))).toBeUndefined();
  });

  it('on refs/heads/main (a scheduled run) opens the baseline PR', async () => {
    const run = await baselinePr('refs/heads/main', { eventName: 'schedule' });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'pull-request-url': `${fake.baseUrl}/acme/demo-wlan/pull/1`,
      'baseline-change': 'added 0, removed 1',
      fixed: '1',
    });
    expect(store.get(1)).toMatchObject({ head: baselineBranch('board-a'), base: 'main', state: 'open' });
    // Pushed over HTTP with github-token alone (not the checkout's persisted token too).
    expect(gitServer.pushTokens()).toEqual([TOKEN]);
    expect(gitServer.requests.every((r) => r.authHeaders === 1 && r.token === TOKEN)).toBe(true);
  });
});

/** The proposal commit on the branch: author, committer and message as git shows them. */
async function branchCommit(): Promise<{ author: string; committer: string; message: string; file?: string }> {
  const branch = baselineBranch('board-a');
  const sha = (await remoteBranch(repo.work, 'origin', branch))!;
  await fetchCommit(repo.work, 'origin', branch);
  const show = (f: string) => gitOut(['show', '-s', `--format=${f}`, sha], { cwd: repo.work });
  const file = await fileAt(repo.work, sha, BASELINE);
  return { author: await show('%an <%ae>'), committer: await show('%cn <%ce>'), message: await show('%B'), ...(file ? { file } : {}) };
}

describe('mode baseline-pr writes the branch with the token and identity it is given', () => {
  it('push-token (a PAT) pushes, author and signoff make the commit; the token is masked', async () => {
    gitServer.token = 'ghp_boardBotPat0123456789';
    const run = await baselinePr('refs/heads/main', {
      with: { 'push-token': 'ghp_boardBotPat0123456789', author: 'Board Bot <board-bot@example.com>', signoff: 'true' },
    });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs['pull-request-operation']).toBe('created');
    expect(gitServer.pushTokens()).toEqual(['ghp_boardBotPat0123456789']);
    expect(gitServer.requests.every((r) => r.authHeaders === 1)).toBe(true);
    // The pull request itself is opened with github-token.
    expect(fake.calls('POST', PULLS)[0]!.headers.authorization).toBe(`token ${TOKEN}`);
    const c = await branchCommit();
    expect(c.author).toBe('Board Bot <board-bot@example.com>');
    expect(c.committer).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(c.message.split('\n').at(-1)).toBe('Signed-off-by: Board Bot <board-bot@example.com>');
    expect(run.stdout).toContain('::add-mask::ghp_boardBotPat0123456789');
    expect(run.stdout.replace('::add-mask::ghp_boardBotPat0123456789', '')).not.toContain('ghp_boardBotPat0123456789');
  });

  it('a proposal closed without merging: the next run logs that it skipped it, pushes nothing, opens nothing', async () => {
    expect((await baselinePr('refs/heads/main')).outputs['pull-request-operation']).toBe('created');
    Object.assign(store.get(1)!, { state: 'closed', merged: false });
    const run = await baselinePr('refs/heads/main');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^kleak-gate: skipped: #1 proposed this same change \(added 0, removed 1, proposal [0-9a-f]{16}\) and was closed without merging/m,
    );
    expect(run.outputs).toMatchObject({ 'pull-request-operation': 'none', 'pull-request-number': '', verdict: 'pass', fixed: '1' });
    expect(gitServer.pushTokens()).toHaveLength(1);
    expect(fake.calls('POST', PULLS)).toHaveLength(1);
    expect(store.get(1)!.state).toBe('closed');
  });

  it('a note a reviewer commits on the branch stays when the proposal is made again on a moved main', async () => {
    expect((await baselinePr('refs/heads/main')).outputs['pull-request-operation']).toBe('created');
    const branch = baselineBranch('board-a');
    const proposed = (await branchCommit()).file!;
    // A reviewer notes the NVRAM entry on the branch (a commit pushed on top of the proposal).
    const b = parseBaseline(proposed, BASELINE);
    const nvram = b.leaks.find((e) => e.title.includes('nicLoadNvramCfg'))!;
    nvram.note = 'NVRAM cache lives until unload by design';
    const tip = (await remoteBranch(repo.work, 'origin', branch))!;
    const reviewer = { name: 'Reviewer', email: 'reviewer@example.com' };
    const noted = await commitFile(repo.work, tip, BASELINE, serializeBaseline(b), 'note', { author: reviewer, committer: reviewer });
    await pushBranch(repo.work, 'origin', noted, branch, tip);
    // main moves on (the baseline untouched), then the scheduled run comes again.
    const main = await repo.commit({ 'README.md': 'demo-wlan\n' }, 'docs');
    const run = await baselinePr('refs/heads/main');
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1' });
    const c = await branchCommit();
    const again = (await remoteBranch(repo.work, 'origin', branch))!;
    expect(await gitOut(['rev-parse', `${again}^`], { cwd: repo.work })).toBe(main);
    const regenerated = parseBaseline(c.file!, BASELINE);
    expect(regenerated.leaks.map((e) => [e.title, e.note])).toEqual([[nvram.title, 'NVRAM cache lives until unload by design']]);
    expect(gitServer.pushTokens()).toEqual([TOKEN, TOKEN]);
  });

  it('a push with a token the server refuses fails the step, outputs set, no pull request', async () => {
    gitServer.token = 'ghp_theRightOne';
    const run = await baselinePr('refs/heads/main', { with: { 'push-token': 'ghp_aWrongOne' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::kleak-gate: mode baseline-pr could not open or update the baseline pull request: git ls-remote/m);
    expect(run.outputs).toMatchObject({ verdict: 'pass', fixed: '1' });
    expect(fake.calls('POST', PULLS)).toHaveLength(0);
    expect(run.stdout.replace('::add-mask::ghp_aWrongOne', '')).not.toContain('ghp_aWrongOne');
  });

  it('sign-commits: the commit is made through the Git Data API with the push token, verified, no git push', async () => {
    addGitDataRoutes(fake, repo.origin);
    const run = await baselinePr('refs/heads/main', { with: { 'sign-commits': 'true', 'push-token': 'ghs_appInstallToken01' } });
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs['pull-request-operation']).toBe('created');
    expect(run.stdout).toMatch(/committed [0-9a-f]{12} through the API \(verified signature\)/);
    expect(gitServer.requests).toEqual([]);
    const gitCalls = fake.requests.filter((r) => r.route?.includes('/git/'));
    expect(gitCalls.length).toBeGreaterThan(0);
    expect(gitCalls.every((r) => r.headers.authorization === 'token ghs_appInstallToken01')).toBe(true);
    expect(fake.calls('POST', GIT_COMMITS)[0]!.body).not.toHaveProperty('author');
    expect(fake.calls('POST', GIT_REFS)[0]!.body).toMatchObject({ ref: `refs/heads/${baselineBranch('board-a')}` });
    const c = await branchCommit();
    expect(c.author).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    expect(c.file).toContain('nicLoadNvramCfg');
    expect(c.file).not.toContain('nicTxGenerateDescTemplate');
    // A second run finds the file through the API: nothing written.
    const before = fake.requests.filter((r) => r.method !== 'GET').length;
    const again = await baselinePr('refs/heads/main', { with: { 'sign-commits': 'true', 'push-token': 'ghs_appInstallToken01' } });
    expect(again.stdout).not.toMatch(/^::error/m);
    expect(again.outputs['pull-request-operation']).toBe('none');
    expect(fake.requests.filter((r) => r.method !== 'GET').length).toBe(before);
  });

  it('sign-commits: a branch another writer moved while the run made its commit is left as it is; the step fails, outputs set', async () => {
    addGitDataRoutes(fake, repo.origin);
    const sign = { 'sign-commits': 'true', 'push-token': 'ghs_appInstallToken01' };
    expect((await baselinePr('refs/heads/main', { with: sign })).outputs['pull-request-operation']).toBe('created');
    const branch = baselineBranch('board-a');
    // main moves on, so the next run makes the proposal again; while it makes its commit, another writer moves the branch.
    const main = await repo.commit({ 'README.md': 'demo-wlan\n' }, 'docs');
    fake.before('POST', GIT_COMMITS, () =>
      gitOut(['update-ref', `refs/heads/${branch}`, main], { cwd: repo.origin }).then(() => undefined),
    );
    const run = await baselinePr('refs/heads/main', { with: sign });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error::kleak-gate: mode baseline-pr could not open or update the baseline pull request: the branch ${branch} is at ${main.slice(0, 12)}, not at [0-9a-f]{12} as this run read it`,
        'm',
      ),
    );
    expect(await remoteBranch(repo.work, 'origin', branch)).toBe(main);
    expect(fake.calls('PATCH', GIT_REF_UPDATE)).toEqual([]);
    expect(run.outputs).toMatchObject({ verdict: 'pass', fixed: '1' });
  });

  it('sign-commits with author is an input error before anything is touched', async () => {
    const run = await baselinePr('refs/heads/main', { with: { 'sign-commits': 'true', author: 'A <a@example.com>' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::kleak-gate: input error: sign-commits makes the commit as the token's own identity .*author cannot be set with it/m,
    );
    expect(fake.requests).toEqual([]);
    expect(gitServer.requests).toEqual([]);
  });

  it.each([['Board Bot'], ['<bot@example.com>'], ['Bot <not-an-email>']])('author %j is an input error', async (author) => {
    const run = await baselinePr('refs/heads/main', { with: { author } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::kleak-gate: input error: invalid author '${author}': expected 'Name <email>'`);
  });
});

describe('mode baseline-pr with a failing API', () => {
  it("fails the step with a clear message, and the check's outputs are set", async () => {
    fake.fault('GET', PULLS, { type: 'status', status: 500 });
    const run = await baselinePr('refs/heads/main', { eventName: 'workflow_dispatch' });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toEqual([
      expect.stringContaining(
        'kleak-gate: mode baseline-pr could not open or update the baseline pull request: HTTP 500: GitHub API error',
      ),
    ]);
    expect(run.outputs).toMatchObject({ verdict: 'pass', new: '0', known: '1', fixed: '1', 'baseline-change': 'added 0, removed 1' });
    expect(JSON.parse(run.outputs['result-json']!)).toMatchObject({ verdict: 'pass', summary: { fixed: 1 } });
    expect(run.outputs['pull-request-operation']).toBeUndefined();
  });

  it('an empty github-token fails the step the same way, outputs set', async () => {
    const run = await runAction({
      workspace: repo.work,
      inputs: { ...inputs('v3'), 'github-token': '' },
      apiUrl: fake.baseUrl,
      env: { GITHUB_REF: 'refs/heads/main' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::kleak-gate: mode baseline-pr could not open or update the baseline pull request: /m);
    expect(run.outputs).toMatchObject({ verdict: 'pass', fixed: '1' });
    expect(fake.requests).toEqual([]);
  });
});
