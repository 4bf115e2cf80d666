// Which bare frames make a leak unidentified: those the fingerprint would
// take (before its last key frame, or before the first), never the freed
// init code below the driver's frames. And which baseline entries an
// unidentified leak could be. On the real hil-6.1 v2 run.
import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../../src/baseline/schema.js';
import { judgeAbsent } from '../../src/compare/absent.js';
import { groupLeaks } from '../../src/fingerprint/group.js';
import { unnamedKeyFrames } from '../../src/fingerprint/unnamed.js';
import type { ComparedLeak, LeakRecord } from '../../src/model.js';
import { hilRecords, hilTable, symbolized } from '../support/hil.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths.js';

const demoBoard = parseBaseline(readFileSync(join(repoRoot, 'baselines/demo-board.json'), 'utf8'), 'demo-board.json');
const named = () => symbolized('v2', 'report-after-rmmod.txt', [hilTable('v2', 'kallsyms-before-rmmod.txt')]).records;
const hex = (r: LeakRecord) => unnamedKeyFrames(r).holes.map((f) => '0x' + f.address!.toString(16));

describe('unnamedKeyFrames', () => {
  it('with the snapshot of the load: no leak is unidentified, though the freed init frame stays bare', () => {
    const records = named();
    const nvram = records.find((r) => r.size === 512)!;
    expect(nvram.frames.some((f) => f.function === undefined)).toBe(true); // 0xffffffffc027c012, demo_wlan_init
    expect(records.map(hex)).toEqual(records.map(() => []));
    expect(groupLeaks(records).filter((l) => l.unidentified)).toEqual([]);
  });

  it('without a snapshot: every bare frame before the first key frame is unnamed, the module unknown', () => {
    const records = hilRecords('v2', 'report-after-rmmod.txt');
    const nvram = records.find((r) => r.size === 512)!;
    expect(unnamedKeyFrames(nvram)).toEqual({ holes: nvram.frames.slice(1, 5) });
  });

  it('a frame between two key frames left bare (derived: one named frame of the real run unnamed again) names the module', () => {
    const tx = named().find((r) => r.size === 4096)!;
    const i = tx.frames.findIndex((f) => f.function === 'qmActivateStaRec');
    const frames = tx.frames.map((f, k) =>
      k === i ? { ...f, function: undefined, offset: undefined, size: undefined, module: undefined, resolvedBy: 'unresolved' as const } : f,
    );
    const holed = { ...tx, frames };
    expect(unnamedKeyFrames(holed)).toEqual({ holes: [frames[i]], module: 'demo_wlan' });
    const [leak] = groupLeaks([holed]);
    expect(leak!.title).toBe(
      `memory leak in nicTxGenerateDescTemplate [demo_wlan] (unnamed module frame at 0x${frames[i]!.address!.toString(16)})`,
    );
  });
});

describe('judgeAbsent: which entries an unidentified leak could be', () => {
  const core = {
    fingerprint: 'kl1:0123456789abcdef',
    title: 'memory leak in acpi_processor_power_init',
    frames: ['acpi_processor_power_init', '__acpi_processor_start'],
    objects: 1,
    bytes: 1024,
  };
  const entries = [...demoBoard.leaks, core];
  const unidentified = (module?: string): ComparedLeak => ({
    fingerprint: 'kl1:ffffffffffffffff',
    title: 'memory leak at 0xffffffffc0277527 (unnamed module frame)',
    objects: 1,
    bytes: 64,
    frames: [],
    key: [],
    runs: [0],
    records: [],
    status: 'unidentified',
    unidentified: { addresses: ['0xffffffffc0277527'], ...(module ? { module } : {}) },
  });

  it('module unknown: it could be any entry; none is fixed and removals are blocked', () => {
    const j = judgeAbsent(entries, [unidentified()], []);
    expect(j.fixed).toEqual([]);
    expect(j.notConfirmed.map((e) => e.fingerprint)).toEqual(entries.map((e) => e.fingerprint));
    expect(j.removalBlocked).toBe('1 leak with unnamed frames in this run');
  });

  it('module known (demo-wlan spelled either way): an entry of another module or of the core kernel is fixed, but still not removed', () => {
    const j = judgeAbsent(entries, [unidentified('demo-wlan')], []);
    expect(j.fixed.map((e) => e.fingerprint)).toEqual([core.fingerprint]);
    expect(j.notConfirmed.map((e) => e.fingerprint)).toEqual(demoBoard.leaks.map((e) => e.fingerprint));
    expect(j.removalBlocked).toBeDefined();
  });

  it('a run-level blocker (unreadable records, no evidence) makes every absent entry unconfirmed, with that reason', () => {
    const j = judgeAbsent(entries, [], ['1 unreadable record in this run (any entry may be among them)']);
    expect(j.fixed).toEqual([]);
    expect(new Set(j.notConfirmed.map((e) => e.reason))).toEqual(
      new Set(['1 unreadable record in this run (any entry may be among them)']),
    );
  });

  it('nothing in doubt: absent entries are fixed and may be removed', () => {
    const j = judgeAbsent(entries, [], []);
    expect(j.fixed).toHaveLength(entries.length);
    expect(j.removalBlocked).toBeUndefined();
  });
});
