// The pull-request story of hil-6.1, end to end through `node dist/index.js`
// against the fake GitHub API: baseline from v1; v2 fails on exactly the new
// packet-log leak with its annotation on nic_pkt_log.c; a re-run updates the
// one comment; v3 passes and reports the template leak fixed; two targets
// give two comments; a clean run with no comment posts none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stickyMarker } from '../../src/github/sticky-comment.js';
import { githubSarifProblems } from '../support/github-sarif.js';
import { validateSarif } from '../support/sarif-schema.js';
import { TOKEN, annotationLines, ensureBuilt, noToken, runAction, type ActionRun } from '../support/action-runner.js';
import { FakeGitHub } from '../support/fake-github.js';
import { COMMENT, COMMENTS, addCommentRoutes, type CommentStore } from '../support/fake-github-comments.js';
import { inputsFor, makeWorkspace, writeV1Baseline } from '../support/hil-workspace.js';
import { skipWithout } from '../support/tools.js';

// debug-info inputs go through the real addr2line / llvm-symbolizer.
const skip = skipWithout('test/action/e2e-story.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');

const PR = 7;
const markerA = stickyMarker('board-a');
let fake: FakeGitHub;
let store: CommentStore;

beforeAll(async () => {
  await ensureBuilt();
  fake = new FakeGitHub();
  store = addCommentRoutes(fake);
  await fake.start();
});
afterAll(() => fake.stop());

async function v(
  version: 'v1' | 'v2' | 'v3',
  target: string,
  extra: Record<string, string> = {},
  sha = 'a'.repeat(40),
): Promise<ActionRun & { ws: string }> {
  const ws = makeWorkspace(version);
  await writeV1Baseline(ws, `baselines/${target}.json`);
  const run = await runAction({
    workspace: ws,
    inputs: { ...inputsFor(version), target, ...extra },
    apiUrl: fake.baseUrl,
    event: { number: PR, headSha: sha },
  });
  return { ...run, ws };
}

describe.skipIf(skip)('hil-6.1 pull request story', () => {
  let v2: ActionRun & { ws: string };

  it('v2 against the v1 baseline fails on exactly the new leak', async () => {
    v2 = await v('v2', 'board-a', { sarif: 'out/kleak-gate.sarif' });
    expect(v2.code).toBe(1);
    expect(v2.outputs.verdict).toBe('fail');
    expect([v2.outputs.new, v2.outputs.known, v2.outputs.fixed]).toEqual(['1', '2', '0']);
    const json = JSON.parse(v2.outputs['result-json']!);
    expect(json.schema).toBe('kleak-gate/result@1');
    const fresh = json.leaks.filter((l: { status: string }) => l.status === 'new');
    expect(fresh.map((l: { title: string }) => l.title)).toEqual(['memory leak in nicPktLogRxFrame [demo_wlan]']);

    const errors = annotationLines(v2.stdout, 'error').filter((l) => l.startsWith('::error file='));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^::error file=drivers\/net\/wireless\/demo_wlan\/nic\/nic_pkt_log\.c,line=2[78],title=new memory leak in nicPktLogRxFrame \[demo_wlan\]::/,
    );
    expect(errors[0]).toContain('%0AnicPktLogRxFrame+0x17/0x40 [demo_wlan] (drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c:');
    expect(v2.stdout).toMatch(/^::error::kleak-gate \(board-a\): 1 new leak; see the annotations/m);

    expect(v2.summary).toContain('## ❌ kleak-gate on `board-a`: 1 new leak');
    const sarif = JSON.parse(readFileSync(join(v2.ws, 'out/kleak-gate.sarif'), 'utf8'));
    expect(v2.outputs.sarif).toBe('out/kleak-gate.sarif');
    expect(validateSarif(sarif)).toEqual([]);
    expect(githubSarifProblems(sarif)).toEqual([]);
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'kleak-gate/board-a/' });
    expect(sarif.runs[0].tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    for (const rule of sarif.runs[0].tool.driver.rules) {
      expect([rule.shortDescription.text, rule.fullDescription.text, rule.help.text, rule.help.markdown].every(Boolean)).toBe(true);
    }
    expect(sarif.runs[0].results.map((r: { baselineState: string }) => r.baselineState).sort()).toEqual(['new', 'unchanged', 'unchanged']);
    // Every step of the backtrace that has a file has a location (inlined frames are steps too).
    for (const r of sarif.runs[0].results) {
      const leak = json.leaks.find((l: { fingerprint: string }) => l.fingerprint === r.partialFingerprints.primaryLocationLineHash);
      const files = leak.frames.flatMap((f: { file?: string; inlined: { file?: string }[] }) => [...f.inlined.map((i) => i.file), f.file]);
      const steps = r.codeFlows[0].threadFlows[0].locations;
      expect(steps).toHaveLength(files.length);
      steps.forEach((step: { location: { physicalLocation?: unknown } }, i: number) =>
        expect(step.location.physicalLocation !== undefined).toBe(files[i] !== undefined),
      );
    }
    const newResult = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'kmemleak/new');
    expect(newResult.partialFingerprints.primaryLocationLineHash).toBe(fresh[0].fingerprint);
    expect(newResult.locations[0].physicalLocation.artifactLocation.uri).toBe('drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c');

    const ours = store.on('acme', 'demo-wlan', PR);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.startsWith(`${markerA}\n`)).toBe(true);
    expect(ours[0]!.body).toContain('memory leak in nicPktLogRxFrame [demo_wlan]');
    expect(fake.calls('POST', COMMENTS)).toHaveLength(1);
    expect(fake.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    // The comment's id, the counts of what could not be read or named, and the whole result in a file.
    expect(v2.outputs['comment-id']).toBe(String(ours[0]!.id));
    expect([v2.outputs.grown, v2.outputs.unidentified, v2.outputs.unreadable]).toEqual(['0', '0', '0']);
    expect(json.target).toBe('board-a');
    expect(JSON.parse(readFileSync(v2.outputs['result-file']!, 'utf8'))).toEqual(json);
    noToken(v2);
  });

  it('a re-run on a new push updates the one comment', async () => {
    const again = await v('v2', 'board-a', {}, 'b'.repeat(40));
    expect(again.code).toBe(1);
    expect(again.outputs.verdict).toBe('fail');
    expect(store.on('acme', 'demo-wlan', PR)).toHaveLength(1);
    expect(fake.calls('POST', COMMENTS)).toHaveLength(1);
    expect(fake.calls('PATCH', COMMENT)).toHaveLength(1);
    expect(store.on('acme', 'demo-wlan', PR)[0]!.body).toContain(`commit ${'b'.repeat(12)}`);
  });

  it('a second target gets a comment of its own', async () => {
    const b = await v('v2', 'board-b', { sarif: 'kleak-gate.sarif' });
    expect(b.code).toBe(1);
    // Its own code-scanning category: the two boards' alerts never replace each other's.
    const sarif = JSON.parse(readFileSync(join(b.ws, 'kleak-gate.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'kleak-gate/board-b/' });
    const bodies = store.on('acme', 'demo-wlan', PR).map((c) => c.body.split('\n', 1)[0]);
    expect(bodies).toEqual([markerA, stickyMarker('board-b')]);
  });

  it('v3 passes, reports the template leak fixed and updates the comment', async () => {
    const v3 = await v('v3', 'board-a');
    expect(v3.code).toBe(0);
    expect(v3.outputs.verdict).toBe('pass');
    expect([v3.outputs.new, v3.outputs.known, v3.outputs.fixed]).toEqual(['0', '1', '1']);
    const fixed = JSON.parse(v3.outputs['result-json']!).fixed;
    expect(fixed.map((f: { title: string }) => f.title)).toEqual(['memory leak in nicTxGenerateDescTemplate [demo_wlan]']);
    const notices = annotationLines(v3.stdout, 'notice');
    expect(notices).toHaveLength(1);
    // On the baseline entry that should now be removed.
    const line =
      readFileSync(join(v3.ws, 'baselines/board-a.json'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(fixed[0].fingerprint)) + 1;
    expect(notices[0]).toMatch(
      new RegExp(`^::notice file=baselines/board-a.json,line=${line},title=fixed memory leak in nicTxGenerateDescTemplate`),
    );
    expect(annotationLines(v3.stdout, 'error')).toEqual([]);
    const body = store.on('acme', 'demo-wlan', PR).find((c) => c.body.startsWith(markerA))!.body;
    expect(body).toContain('✅ kleak-gate on `board-a`: no new or grown leaks');
    expect(body).toContain('### Fixed');
    expect(store.on('acme', 'demo-wlan', PR)).toHaveLength(2);
  });

  it('v1 is clean: no comment is started; an earlier one is updated to "clean now"', async () => {
    const posts = fake.calls('POST', COMMENTS).length;
    const quiet = await v('v1', 'board-c');
    expect(quiet.code).toBe(0);
    expect(fake.calls('POST', COMMENTS)).toHaveLength(posts);
    const clean = await v('v1', 'board-b');
    expect(clean.code).toBe(0);
    const b = store.on('acme', 'demo-wlan', PR).find((c) => c.body.startsWith(stickyMarker('board-b')))!;
    expect(b.body).toContain('clean now');
    expect(store.on('acme', 'demo-wlan', PR)).toHaveLength(2);
  });

  it('on a push (no pull request) it gates and reports without calling the API', async () => {
    const ws = makeWorkspace('v2');
    await writeV1Baseline(ws, 'baselines/board-a.json');
    const requests = fake.requests.length;
    const push = await runAction({ workspace: ws, inputs: { ...inputsFor('v2'), target: 'board-a' }, apiUrl: fake.baseUrl });
    expect(push.code).toBe(1);
    expect(push.outputs.verdict).toBe('fail');
    expect(push.summary).toContain('1 new leak');
    expect(push.stdout).toContain("no pull request in a 'push' event: no comment");
    expect(fake.requests.length).toBe(requests);
  });
});
