// The world of the baseline-PR tests: a real repository whose main holds the
// v1 baseline of the hil-6.1 board (NVRAM + TX template leaks), a bare
// `origin` on disk, and the fake API server with pull-request routes. Runs
// v2 (the packet-log leak too) and v3 (the template leak fixed) are copied
// in as a HIL job would leave them.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselinePrSettings } from '../../src/action/baseline-pr.js';
import { parseBaseline, serializeBaseline, type Baseline } from '../../src/baseline/schema.js';
import { updateBaseline } from '../../src/baseline/update.js';
import { ACTIONS_BOT, commitFile, fetchCommit, fileAt, pushBranch, remoteBranch } from '../../src/git/branch.js';
import { runCheck } from '../../src/pipeline/check.js';
import { makeRepo, type TestRepo } from '../git/repo.js';
import { FakeGitHub } from './fake-github.js';
import { addPullRoutes, type PullStore } from './fake-github-pulls.js';
import { hilRuns } from './paths.js';

export const NOW = new Date('2026-11-25T12:00:00Z');
export const BASELINE = 'baselines/board-a.json';
export const REPO = { owner: 'acme', repo: 'demo-wlan' };

export interface World {
  fake: FakeGitHub;
  store: PullStore;
  repo: TestRepo;
  /** Places run `version` in the workspace and returns the mode's settings for it. */
  run(version: 'v1' | 'v2' | 'v3'): Promise<BaselinePrSettings>;
  /** The baseline file on a branch of origin, or undefined. */
  onBranch(branch: string): Promise<Baseline | undefined>;
  /** A reviewer edits the baseline file on the branch (a commit on top of it, pushed); a returned string is the file's new text. */
  review(branch: string, edit: (b: Baseline) => void | string): Promise<string>;
  stop(): Promise<void>;
}

export async function makeWorld(): Promise<World> {
  const fake = new FakeGitHub();
  const store = addPullRoutes(fake);
  await fake.start();
  const repo = await makeRepo();
  const settings = (version: string): BaselinePrSettings => ({
    check: {
      reports: [`hil-out/${version}/report-after-rmmod.txt`],
      kallsyms: [`hil-out/${version}/kallsyms-before-rmmod.txt`],
      captures: [],
      debugInfo: [],
      moduleSections: [],
      symbolizer: 'auto',
      cwd: repo.work,
      now: NOW,
      baseline: BASELINE,
    },
    target: 'board-a',
    repo: REPO,
    baseBranch: 'main',
    runUrl: 'https://github.example/acme/demo-wlan/actions/runs/1',
  });
  const world: World = {
    fake,
    store,
    repo,
    async run(version) {
      await mkdir(join(repo.work, 'hil-out', version), { recursive: true });
      for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'])
        await copyFile(join(hilRuns, version, f), join(repo.work, 'hil-out', version, f));
      return settings(version);
    },
    async onBranch(branch) {
      const sha = await remoteBranch(repo.work, 'origin', branch);
      if (!sha) return undefined;
      await fetchCommit(repo.work, 'origin', branch);
      return parseBaseline((await fileAt(repo.work, sha, BASELINE))!, BASELINE);
    },
    async review(branch, edit) {
      const sha = (await remoteBranch(repo.work, 'origin', branch))!;
      await fetchCommit(repo.work, 'origin', branch);
      const b = parseBaseline((await fileAt(repo.work, sha, BASELINE))!, BASELINE);
      const text = edit(b) ?? serializeBaseline(b);
      const reviewer = { name: 'Reviewer', email: 'reviewer@example.com' };
      const c = await commitFile(repo.work, sha, BASELINE, text, 'notes', { author: reviewer, committer: reviewer });
      await pushBranch(repo.work, 'origin', c, branch, sha);
      return c;
    },
    async stop() {
      await fake.stop();
      await rm(join(repo.work, '..'), { recursive: true, force: true });
    },
  };
  const { result } = await runCheck((await world.run('v1')).check, true);
  await repo.commit(
    { [BASELINE]: serializeBaseline(updateBaseline(undefined, result, true).baseline), '.gitignore': 'hil-out/\n' },
    'baseline from v1',
  );
  return world;
}

export { ACTIONS_BOT };
