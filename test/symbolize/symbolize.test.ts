// Naming removed-module frames from kallsyms snapshots, on real reports.
import { describe, expect, it } from 'vitest';
import { parseKallsyms } from '../../src/kallsyms/parse.js';
import { parseReport } from '../../src/parse/report.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { frameNames, hilRecords, hilTable, symbolized } from '../support/hil.js';
import { readFixture } from '../support/paths.js';

describe('seed case study (4.x, wlan_mt6632_usb)', () => {
  it('names all six raw frames as the engineer did by hand, with the right offsets and module', () => {
    const report = parseReport(readFixture('seed/report-after-rmmod.txt'), 'seed', 0);
    const table = parseKallsyms(readFixture('seed/kallsyms-before-rmmod.txt'), 'seed-kallsyms');
    const { records } = symbolizeRecords(report.records, [table]);
    // expected-resolution.txt: "0xADDR => SYMADDR t NAME [MODULE]"
    const expected = readFixture('seed/expected-resolution.txt')
      .trim()
      .split('\n')
      .map((l) => {
        const m = /^0x([0-9a-f]+) => ([0-9a-f]+) t (\S+) \[(\S+)\]$/.exec(l)!;
        return { address: BigInt('0x' + m[1]), function: m[3], module: m[4], offset: Number(BigInt('0x' + m[1]) - BigInt('0x' + m[2])) };
      });
    expect(expected).toHaveLength(6);
    const named = records[0]!.frames.filter((f) => f.resolvedBy === 'kallsyms');
    expect(named.map((f) => ({ address: f.address, function: f.function, module: f.module, offset: f.offset }))).toEqual(expected);
    expect(named[0]!.offset).toBe(0x13c);
  });
});

describe('hil-6.1: frames after rmmod named as the kernel named them while loaded', () => {
  for (const run of ['v1', 'v2', 'v3']) {
    it(`${run}: every object seen in both reports gets the loaded report's names`, () => {
      const loaded = hilRecords(run, 'report-loaded.txt');
      const { records: after } = symbolized(run, 'report-after-rmmod.txt', [hilTable(run, 'kallsyms-before-rmmod.txt')]);
      let compared = 0;
      for (const l of loaded) {
        const a = after.find((r) => r.object === l.object)!;
        expect(a).toBeDefined();
        expect(frameNames(a)).toEqual(frameNames(l));
        compared++;
      }
      expect(compared).toBe(loaded.length);
      // Only .init.text (freed after load) stays raw.
      for (const r of after) expect(r.frames.filter((f) => f.function === undefined).length).toBeLessThanOrEqual(1);
    });
  }
});

describe('reload-v1: a module replaced at the same address', () => {
  // Ground truth per object: load 1's objects as symbolized with load 1's own
  // snapshot in the report taken before the reload; load 2's objects (the
  // others) with load 2's snapshot alone, checked against the names the
  // kernel printed while load 2 was loaded.
  const truthLoad1 = new Map(
    symbolized('reload-v1', 'report-after-rmmod-1.txt', [hilTable('reload-v1', 'kallsyms-before-rmmod-1.txt')]).records.map((r) => [
      r.object,
      frameNames(r),
    ]),
  );
  const load1Objects = new Set(truthLoad1.keys());
  const truthLoad2 = new Map(
    symbolized('reload-v1', 'report-after-rmmod-2.txt', [hilTable('reload-v1', 'kallsyms-before-rmmod-2.txt')])
      .records.filter((r) => !load1Objects.has(r.object))
      .map((r) => [r.object, frameNames(r)]),
  );

  it('has ground truth that agrees with the kernel for load 2 while it was loaded', () => {
    const loaded2 = hilRecords('reload-v1', 'report-loaded-2.txt').filter((r) => !load1Objects.has(r.object));
    expect(loaded2.length).toBeGreaterThan(0);
    for (const r of loaded2) expect(truthLoad2.get(r.object)).toEqual(frameNames(r));
  });
  const both = [hilTable('reload-v1', 'kallsyms-before-rmmod-1.txt'), hilTable('reload-v1', 'kallsyms-before-rmmod-2.txt')];

  it("never passes on the newcomer's name demo_filler_exit for load 1's frames, without snapshot times", () => {
    for (const report of ['report-loaded-2.txt', 'report-after-rmmod-2.txt']) {
      const { records, warnings } = symbolized('reload-v1', report, both);
      for (const r of records) {
        const truth = truthLoad1.get(r.object) ?? truthLoad2.get(r.object);
        expect(truth).toBeDefined();
        frameNames(r).forEach((name, i) => {
          if (name !== 'raw') expect(name).toBe(truth![i]);
        });
        expect(frameNames(r).join(' ')).not.toMatch(/demo_filler/);
      }
      expect(warnings.join('\n')).toMatch(/left unresolved/);
    }
  });

  it("names every frame of each load from that load's snapshot when the snapshot times are known", () => {
    // Snapshot 1 was taken 3 s after the first insmod, after load 1's
    // allocations (jiffies ...611/612) and before load 2's (...8458): any
    // time in between selects the same; the midpoint is used.
    const t1 = (4294894612n + 4294898458n) / 2n;
    const t2 = 4294898458n + 1000n;
    const timed = [hilTable('reload-v1', 'kallsyms-before-rmmod-1.txt', t1), hilTable('reload-v1', 'kallsyms-before-rmmod-2.txt', t2)];
    for (const report of ['report-loaded-2.txt', 'report-after-rmmod-2.txt']) {
      const { records } = symbolized('reload-v1', report, timed);
      for (const r of records) {
        const truth = truthLoad1.get(r.object) ?? truthLoad2.get(r.object)!;
        expect(frameNames(r)).toEqual(truth);
      }
      expect(records.some((r) => truthLoad1.has(r.object))).toBe(true);
      expect(records.some((r) => truthLoad2.has(r.object))).toBe(true);
    }
  });
});
