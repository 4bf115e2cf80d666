// A proposal made again over a branch reviewers edited (regenerateOnBranch):
// notes move onto the regenerated entries by fingerprint, a base note wins,
// and an entry only the branch has leaves only on evidence that it is gone
// (absent from every run with removal allowed), never on doubt. On the
// hil-6.1 runs: v1 = main's baseline, v2 = the packet-log leak too, v3 = the
// template leak fixed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regenerateOnBranch } from '../../src/baseline/notes.js';
import { parseBaseline, type Baseline } from '../../src/baseline/schema.js';
import { updateBaseline } from '../../src/baseline/update.js';
import { fileAt } from '../../src/git/branch.js';
import type { CheckResult } from '../../src/model.js';
import { runCheck } from '../../src/pipeline/check.js';
import { BASELINE, makeWorld, type World } from '../support/baseline-pr-world.js';

let w: World;
let main: Baseline;
let v2: CheckResult;
let v3: CheckResult;

beforeAll(async () => {
  w = await makeWorld();
  main = parseBaseline((await fileAt(w.repo.work, 'HEAD', BASELINE))!, BASELINE);
  v2 = (await runCheck((await w.run('v2')).check, true)).result;
  v3 = (await runCheck((await w.run('v3')).check, true)).result;
});
afterAll(() => w.stop());

const titled = (b: Baseline, part: string) => b.leaks.find((e) => e.title.includes(part))!;

describe('regenerateOnBranch', () => {
  it('carries notes by fingerprint; a note the base already has wins', () => {
    const proposal = updateBaseline(main, v2, true).baseline;
    const nvram = titled(proposal, 'nicLoadNvramCfg');
    proposal.leaks = proposal.leaks.map((e) => (e === nvram ? { ...e, note: 'base note' } : e));
    const branch = { ...proposal, leaks: proposal.leaks.map((e) => ({ ...e, note: `branch note on ${e.title}` })) };
    const out = regenerateOnBranch(proposal, branch, v2);
    expect(out.notesCarried).toBe(2);
    expect(titled(out.baseline, 'nicLoadNvramCfg').note).toBe('base note');
    expect(titled(out.baseline, 'nicPktLogRxFrame').note).toBe(`branch note on ${titled(proposal, 'nicPktLogRxFrame').title}`);
    expect(out.kept).toEqual([]);
  });

  it('an entry only the branch has goes when every run shows it gone, and stays when removal is blocked', () => {
    // The branch was proposed from v2 (packet-log entry added, with a reviewer's note); now v3 runs.
    const fromV2 = updateBaseline(main, v2, true).baseline;
    const pktlog = { ...titled(fromV2, 'nicPktLogRxFrame'), note: 'reviewed' };
    const branch = { ...fromV2, leaks: fromV2.leaks.map((e) => (e.fingerprint === pktlog.fingerprint ? pktlog : e)) };
    const proposal = updateBaseline(main, v3, true).baseline;
    expect(proposal.leaks.some((e) => e.fingerprint === pktlog.fingerprint)).toBe(false);

    const gone = regenerateOnBranch(proposal, branch, v3);
    expect(gone.kept).toEqual([]);
    expect(gone.baseline.leaks.map((e) => e.fingerprint)).toEqual(proposal.leaks.map((e) => e.fingerprint));

    const blocked = { ...v3, removalBlocked: 'an unidentified leak could be any entry' };
    const doubt = regenerateOnBranch(updateBaseline(main, blocked, true).baseline, branch, blocked);
    expect(doubt.kept).toEqual([pktlog]);
    expect(doubt.baseline.leaks).toContainEqual(pktlog);
  });
});
