// The v2 story's PR comment, as `node dist/index.js` posts it to the fake
// GitHub, rendered in headless Chromium with GitHub's markdown CSS at a
// reviewer's width (850 px): nothing runs past the page or past its own box
// (tables, code blocks, with every <details> opened), and the new leak links
// to its allocating line at the pull request's head commit. With UPDATE=1 the
// README's screenshot (docs/pr-comment-v2.png) is taken from the same page.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { launchChromium, measure } from '../support/browser.js';
import { FakeGitHub } from '../support/fake-github.js';
import { addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { repoRoot } from '../support/paths.js';
import { skipWithout } from '../support/tools.js';

const skip =
  skipWithout('test/render/comment-browser.test.ts', ['chromium'], 'chromium') ||
  skipWithout('test/render/comment-browser.test.ts', ['addr2line', 'llvm-symbolizer'], 'binutils, llvm');

const HEAD = '3f9c2a41d7e06b5c8a1f4e2d9b7c6a5f0e1d2c3b';
let fake: FakeGitHub;
let store: CommentStore;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  if (skip) return;
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
  chromium = await launchChromium();
}, 60_000);
afterAll(async () => {
  if (skip) return;
  await chromium.close();
  await fake.stop();
});

describe.skipIf(skip)('the PR comment at a reviewer’s width (Chromium, GitHub markdown CSS, 850 px)', () => {
  it('v2: no horizontal overflow, and the new leak links to nic_pkt_log.c#L27 at the head commit', async () => {
    const ws = makeWorkspace('v2');
    await writeV1Baseline(ws, 'baselines/board-a.json');
    const run = await runAction({
      workspace: ws,
      inputs: { ...inputsFor('v2'), target: 'board-a' },
      apiUrl: fake.baseUrl,
      event: { number: 7, headSha: HEAD },
      // As a user's workflow runs it (`uses: OWNER/kleak-gate@v1`): the accept
      // hint starts `npx github:OWNER/kleak-gate#v1`, not this checkout's path.
      env: { GITHUB_ACTION_REPOSITORY: 'OWNER/kleak-gate', GITHUB_ACTION_REF: 'v1' },
    });
    expect(run.code).toBe(1);
    const body = store.comments[0]!.body;
    const shot = join(mkdtempSync(join(tmpdir(), 'kleak-gate-shot-')), 'comment.png');
    const seen = await measure(chromium.browser, body, 850, shot);
    expect(seen.page).toBe(false);
    expect(seen.boxes).toEqual([]);
    expect(seen.links).toContain(`https://github.com/acme/demo-wlan/blob/${HEAD}/drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c#L27`);
    if (process.env.UPDATE) copyFileSync(shot, join(repoRoot, 'docs/pr-comment-v2.png'));
  }, 60_000);

  it('finds what does overflow (the measurement is live): a wide table and a long code line', async () => {
    const wide = [
      '| status | leak | objects | bytes | allocated at | fingerprint |',
      '|---|---|---:|---:|---|---|',
      `| new | \`memory leak in nicPktLogRxFrame [demo_wlan]\` | 2 | 128 | \`drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:27\` | \`kl1:1f21d21286858462\` |`,
      '',
      '```text',
      `nicPktLogRxFrame+0x17/0x40 [demo_wlan] (drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:27)  (named from kallsyms) ${'x'.repeat(40)}`,
      '```',
    ].join('\n');
    const seen = await measure(chromium.browser, wide, 850);
    expect(seen.boxes.some((b) => b.startsWith('table:'))).toBe(true);
    expect(seen.boxes.some((b) => b.startsWith('pre:'))).toBe(true);
  }, 60_000);
});
