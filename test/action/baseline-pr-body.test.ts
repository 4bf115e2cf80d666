// The baseline PR body stays within GitHub's 65,536 characters: first the
// backtraces go, then the list is cut at a line with a link to the whole
// proposal on the branch; the hidden lines that name the target and the
// proposal always stay (the next run finds the PR and its proposal by them).
// The leaks are the hil-6.1 board's v2 run against its v1 baseline; the long
// lists repeat its real entries.
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_MAX, baselinePrBody, baselinePrMarker, proposalOf, type BodyInput } from '../../src/action/baseline-pr-body.js';
import { serializeBaseline } from '../../src/baseline/schema.js';
import { updateBaseline, type BaselineChange } from '../../src/baseline/update.js';
import { proposalHash } from '../../src/baseline/proposal.js';
import { runCheck } from '../../src/pipeline/check.js';
import type { CheckResult } from '../../src/model.js';
import { makeWorld } from '../support/baseline-pr-world.js';

let result: CheckResult;
let change: BaselineChange;
const FILE_URL = 'https://github.com/acme/demo-wlan/blob/kleak-gate/baseline-board-a/baselines/board-a.json';

beforeAll(async () => {
  const w = await makeWorld();
  try {
    ({ result } = await runCheck((await w.run('v2')).check, true));
    change = updateBaseline(undefined, result, true);
    // sanity: the v2 run against no baseline adds its three leaks
    expect(serializeBaseline(change.baseline)).toContain('nicPktLogRxFrame');
  } finally {
    await w.stop();
  }
});

function input(c: BaselineChange): BodyInput {
  return {
    target: 'board-a',
    baselinePath: 'baselines/board-a.json',
    baseBranch: 'main',
    change: c,
    result,
    runs: ['hil-out/v2/report-after-rmmod.txt'],
    proposal: proposalHash('board-a', c),
    fileUrl: FILE_URL,
  };
}

const times = <T>(n: number, list: T[]): T[] => Array.from({ length: n }, () => list).flat();

describe("baseline PR body under GitHub's limit", () => {
  it('a usual proposal is whole, with backtraces, and names its proposal', () => {
    const body = baselinePrBody(input(change));
    expect(body.length).toBeLessThan(BODY_MAX);
    expect(body).toContain('```');
    expect(body).not.toContain('the list goes on');
    expect(proposalOf(body)).toBe(proposalHash('board-a', change));
  });

  it('too long with backtraces: the backtraces go, every entry stays', () => {
    // Enough copies that their backtraces alone are past the limit.
    const one = baselinePrBody(input(change));
    const traces = (one.match(/```[^]*?```/g) ?? []).join('').length;
    const many = { ...change, added: times(Math.ceil(BODY_MAX / traces) + 1, change.added) };
    const body = baselinePrBody(input(many));
    expect(body.length).toBeLessThanOrEqual(BODY_MAX);
    expect(body).not.toContain('```');
    expect(body).not.toContain('the list goes on');
    expect(body.match(/^- `memory leak in /gm)).toHaveLength(many.added.length);
  });

  it('too long even without them: cut at a line, with a link to the whole proposal; marker and proposal kept', () => {
    const huge = { ...change, added: times(400, change.added), removed: times(400, change.added) };
    const body = baselinePrBody(input(huge));
    expect(body.length).toBeLessThanOrEqual(BODY_MAX);
    expect(body.length).toBeGreaterThan(BODY_MAX - 500);
    expect(body.trimEnd().split('\n').at(-1)).toBe(`… the list goes on: the whole proposal is [the proposed file](${FILE_URL}).`);
    expect(body.startsWith(`${baselinePrMarker('board-a')}\n`)).toBe(true);
    expect(proposalOf(body)).toBe(proposalHash('board-a', huge));
    // Cut between lines: every list line left is whole.
    for (const line of body.split('\n').filter((l) => l.startsWith('- `'))) expect(line).toMatch(/bytes$/);
  });
});
