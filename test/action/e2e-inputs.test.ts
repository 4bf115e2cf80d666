// Untrusted device text and bad inputs, through `node dist/index.js`.
// The hostile report and kallsyms snapshot are derived from real ones (see
// test/fixtures/action/README.md): comm and symbol names carry workflow
// commands, Markdown fences, HTML, an @-mention and shell substitutions.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runAction } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { fixture } from '../support/paths.js';

let fake: FakeGitHub;
let store: CommentStore;

beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
});
afterAll(() => fake.stop());

/** What GitHub would render as markup, with code elements (where nothing is live) removed. */
function liveHtml(md: string): string {
  return marked
    .parse(md, { gfm: true, async: false })
    .replace(/<pre>[\s\S]*?<\/pre>/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '');
}

/** Workflow commands the runner would act on: lines outside a stop-commands region. */
function liveCommands(stdout: string): string[] {
  const live: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::')) live.push(line);
  }
  return live;
}

describe('untrusted text from the device', () => {
  it('is shown, never obeyed: no command, markup, mention or shell', async () => {
    const ws = makeWorkspace('v2');
    await writeV1Baseline(ws, 'baselines/evil.json');
    cpSync(fixture('action/hostile'), join(ws, 'hostile'), { recursive: true });
    const pwned = ['/tmp/kleak-gate-pwned-comm', '/tmp/kleak-gate-pwned-sym'];
    for (const p of pwned) rmSync(p, { force: true });

    const run = await runAction({
      workspace: ws,
      inputs: { report: 'hostile/report-*.txt', kallsyms: 'hostile/kallsyms-*.txt', target: 'evil', sarif: 'evil.sarif' },
      apiUrl: fake.baseUrl,
      event: { number: 11, headSha: '1'.repeat(40) },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');

    // The hostile text reached the log only inside a stop-commands region or
    // percent-encoded inside our own commands.
    const live = liveCommands(run.stdout);
    expect(live.length).toBeGreaterThan(0);
    for (const line of live) {
      expect(line).toMatch(/^::(add-mask|error|warning|notice)( [^:]+)?::/);
      expect(line).not.toMatch(/^::(error|warning)::(pwned|x)/);
    }
    // Shown in the log as text, inside the stop-commands region.
    expect(run.stdout).toContain('\n    ::error::pwned+0x3f/0x50 [demo_wlan]');
    const titles = JSON.parse(run.outputs['result-json']!).leaks.map((l: { title: string }) => l.title);
    expect(titles).toContain('memory leak in $(touch${IFS}/tmp/kleak-gate-pwned-sym) [demo_wlan]');

    const comment = store.on('acme', 'demo-wlan', 11);
    expect(comment).toHaveLength(1);
    for (const md of [comment[0]!.body, run.summary]) {
      expect(md).toContain('$(touch');
      // A real tag is live even inside <code>: look at the whole HTML for it.
      expect(marked.parse(md, { gfm: true, async: false })).not.toMatch(/<img/i);
      const html = liveHtml(md);
      expect(html).not.toContain('@mention');
      expect(html).not.toContain('::error::');
    }
    for (const p of pwned) expect(existsSync(p)).toBe(false);
  });
});

describe('bad input fails the step with one precise line and posts nothing', () => {
  it.each([
    [{ report: 'hil-v2/no-such-*.txt' }, /input error: hil-v2\/no-such-\*\.txt: matches no file \(input 'report'/],
    [{ report: 'hil-v2/report-after-rmmod.txt\nmissing.txt' }, /input error: missing\.txt: no such file or directory \(input 'report'/],
    [{ report: '' }, /Input required and not supplied: report \(or capture\)/],
    [{ mode: 'gate' }, /invalid mode 'gate': expected check, update-baseline, baseline-pr/],
    [{ comment: 'yes' }, /invalid comment 'yes': expected true or false/],
    [{ target: 'board a/b' }, /invalid target 'board a\/b': expected letters/],
    [{ symbolizer: 'gdb' }, /invalid symbolizer 'gdb': expected auto, addr2line, llvm-symbolizer/],
    [{ baseline: 'baselines/none.json' }, /baselines\/none\.json: baseline not found/],
    [{ 'debug-info': 'build/**/*.ko' }, /build\/\*\*\/\*\.ko: matches no file \(input 'debug-info'/],
  ])('%o', async (inputs, message) => {
    const ws = makeWorkspace('v2');
    await writeV1Baseline(ws, 'baselines/kmemleak.json');
    const requests = fake.requests.length;
    const run = await runAction({
      workspace: ws,
      inputs: { ...inputsFor('v2'), ...inputs },
      apiUrl: fake.baseUrl,
      event: { number: 12, headSha: '2'.repeat(40) },
    });
    expect(run.code).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(run.outputs.verdict).toBeUndefined();
    expect(fake.requests.length).toBe(requests);
  });
});
