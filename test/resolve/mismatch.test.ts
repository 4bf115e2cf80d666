// Never a wrong line: a binary that is not the one that ran gives warnings
// and no lines, whether the symbol layout or a capture's build id shows it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveSourceLines } from '../../src/resolve/index.js';
import { readFileSync } from 'node:fs';
import { parseKallsyms } from '../../src/kallsyms/parse.js';
import { snapshotModules as snapshotModulesOf } from '../../src/pipeline/snapshot-modules.js';
import { ko, namedRecords, run } from './hil.js';
import { skipWithout } from '../support/tools.js';

// debug-info inputs go through the real addr2line / llvm-symbolizer.
const skip = skipWithout('test/resolve/mismatch.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');

const demoFrames = (records: { frames: { module?: string; file?: string; line?: number }[] }[]) =>
  records.flatMap((r) => r.frames).filter((f) => f.module === 'demo_wlan');

describe.skipIf(skip)('v1 report with v2 .ko', () => {
  it('gives no demo_wlan frame a line, and says why', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const out = await resolveSourceLines(records, {
      debugInfo: [ko('v2')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
    });
    const demo = demoFrames(out.records);
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.filter((f) => f.line !== undefined || f.file !== undefined)).toEqual([]);
    // v2 has the same function sizes as v1 for these frames, but code inserted
    // before nicRxProcessRFBs moves it: the snapshot's addresses show that.
    expect(out.warnings.join('\n')).toMatch(
      /modules\/v2\/demo_wlan\.ko is not the module demo_wlan that ran \(its symbols are laid out differently/,
    );
  });

  it('uses v1 when v1, v2 and v3 are all given, by the layout of the frames', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const out = await resolveSourceLines(records, {
      debugInfo: [ko('v3'), ko('v2'), ko('v1')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
    });
    const only = await resolveSourceLines(records, {
      debugInfo: [ko('v1')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
    });
    expect(demoFrames(out.records)).toEqual(demoFrames(only.records));
    expect(demoFrames(out.records).every((f) => f.line !== undefined)).toBe(true);
  });

  it('the v1 module sections do not fit the v2 .ko, so the init frame stays raw', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const out = await resolveSourceLines(records, {
      debugInfo: [ko('v2')],
      moduleSections: [`demo_wlan=${run('v1', 'module-sections.txt')}`],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
    });
    expect(out.records[0]!.frames[4]!.function).toBeUndefined();
    expect(out.records[0]!.frames[4]!.resolvedBy).toBe('unresolved');
    expect(out.warnings.join('\n')).toMatch(/no given \.ko has this layout/);
  });
});

describe.skipIf(skip)('build ids from a capture', () => {
  const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
  const noteHex = (v: string) =>
    execFileSync('cat', [run(v, 'module-build-id-note.hex')], { encoding: 'utf8' })
      .trim()
      .slice(-40);

  it('refuses a .ko whose build id is not the one that ran', async () => {
    const out = await resolveSourceLines(records, {
      debugInfo: [ko('v3')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
      buildIds: [{ module: 'demo-wlan', buildId: noteHex('v1') }],
    });
    expect(demoFrames(out.records).filter((f) => f.line !== undefined)).toEqual([]);
    expect(out.warnings.join('\n')).toContain(`build-id ${noteHex('v1')}`);
  });

  it('picks the .ko with the build id of the capture', async () => {
    const out = await resolveSourceLines(records, {
      debugInfo: [ko('v3'), ko('v1')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
      buildIds: [{ module: 'demo_wlan', buildId: noteHex('v1') }],
    });
    expect(demoFrames(out.records).every((f) => f.line !== undefined)).toBe(true);
    expect(out.warnings).toEqual([]);
  });
});

describe.skipIf(skip)("the snapshot's whole module layout", () => {
  // v3's NVRAM frames sit at the same offsets in v1's .ko, so the frames
  // alone fit; but v3 grew nicTxGenerateDescTemplate and every function after
  // it moved, and the lines of unchanged functions moved with the source.
  const records = namedRecords('v3', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
  const snapshotModules = () =>
    snapshotModulesOf([parseKallsyms(readFileSync(run('v3', 'kallsyms-before-rmmod.txt'), 'utf8'), 'v3-kallsyms')]);

  it('v3 report with v1 .ko: the frames fit, the snapshot shows another build, no line', async () => {
    const framesOnly = await resolveSourceLines(records, {
      debugInfo: [ko('v1')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
    });
    const v1Line = demoFrames(framesOnly.records).find((f) => f.line !== undefined)?.line;
    const out = await resolveSourceLines(records, {
      debugInfo: [ko('v1')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
      snapshotModules: snapshotModules(),
    });
    expect(demoFrames(out.records).filter((f) => f.line !== undefined)).toEqual([]);
    expect(out.warnings.join('\n')).toMatch(
      /modules\/v1\/demo_wlan\.ko is not the module demo_wlan that ran \(its functions are laid out differently from v3-kallsyms/,
    );
    // The frames-only answer was a line of v1's source: the check is what keeps it out.
    const right = await resolveSourceLines(records, {
      debugInfo: [ko('v3')],
      moduleSections: [],
      symbolizer: 'addr2line',
      cwd: process.cwd(),
      snapshotModules: snapshotModules(),
    });
    const v3Line = demoFrames(right.records).find((f) => f.line !== undefined)?.line;
    expect(v3Line).toBeDefined();
    expect(v1Line).not.toBe(v3Line);
  });
});
