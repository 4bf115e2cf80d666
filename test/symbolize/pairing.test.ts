// A symbol table from another boot or kernel would name module frames
// wrongly: where the report's address column proves the mismatch, refuse.
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';

describe('pairing a symbol table with the report', () => {
  it('refuses a System.map of another kernel for a report with real addresses (acpi, v6.8)', async () => {
    const r = await cli([
      'symbolize',
      fixture('corpus/kmemleak-lore/v68_v612_pK_realaddr_crc_acpi.txt'),
      '--kallsyms',
      fixture('hil-6.1/kernel/System.map'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/System\.map: does not match the kernel that printed .*acpi\.txt \(e\.g\. \w+ at 0xffffffff/);
  });

  it('refuses a kallsyms snapshot of another boot for a report with real addresses (syzbot, no_hash_pointers)', async () => {
    const r = await cli([
      'symbolize',
      fixture('corpus/syzkaller-kmemleak/guilty_57.txt'),
      '--kallsyms',
      fixture('hil-6.1/runs/v1/kallsyms-before-rmmod.txt'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kallsyms-before-rmmod\.txt: does not match the kernel/);
  });

  it('accepts a snapshot when the report offers no real address to check (ptrval column)', async () => {
    const v1 = (f: string) => fixture('hil-6.1/runs/v1', f);
    const r = await cli(['symbolize', v1('report-after-rmmod.txt'), '--kallsyms', v1('kallsyms-before-rmmod.txt')]);
    expect(r.code).toBe(0);
  });
});

describe('pairing when the report shows no real address (hashed or (____ptrval____) column)', () => {
  const hil = (board: string, run: string, f: string) => fixture(board, 'runs', run, f);

  it("refuses v1's kallsyms for v2's report (another boot): exit 2 naming both files and a frame", async () => {
    const report = hil('hil-6.1', 'v2', 'report-after-rmmod.txt');
    const snapshot = hil('hil-6.1', 'v1', 'kallsyms-before-rmmod.txt');
    const r = await cli(['check', report, '--kallsyms', snapshot, '--baseline', 'baselines/demo-board.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `kleak-gate: ${snapshot}: contradicts ${report}: none of the report's 24 bare frames falls inside a module the snapshot holds, e.g. 0xffffffffc027722a; a snapshot of another kernel build, boot or load, or taken after rmmod? Take it as root in the same boot, before rmmod (or give a capture directory)`,
    ]);
  });

  it("refuses another kernel build's kallsyms by a core frame's size (an arm64 report, the x86 snapshot)", async () => {
    const r = await cli([
      'symbolize',
      hil('hil-arm64-6.1', 'v1', 'report-after-rmmod.txt'),
      '--kallsyms',
      hil('hil-6.1', 'v1', 'kallsyms-before-rmmod.txt'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /contradicts .*: the report prints \S+ __kmem_cache_alloc_node\+0x134\/0x1c0, the snapshot's __kmem_cache_alloc_node is 0x180 long/,
    );
  });

  const sameBoot: [string, string[]][] = [
    [
      'hil-6.1 v3 after rmmod',
      [hil('hil-6.1', 'v3', 'report-after-rmmod.txt'), '--kallsyms', hil('hil-6.1', 'v3', 'kallsyms-before-rmmod.txt')],
    ],
    [
      'hil-6.1 v2 while loaded (only freed init code bare)',
      [hil('hil-6.1', 'v2', 'report-loaded.txt'), '--kallsyms', hil('hil-6.1', 'v2', 'kallsyms-before-rmmod.txt')],
    ],
    [
      'decode_stacktrace.sh output (no sizes)',
      [fixture('hil-6.1/forms/v2-report-loaded.decoded.txt'), '--kallsyms', hil('hil-6.1', 'v2', 'kallsyms-before-rmmod.txt')],
    ],
    [
      'reload-v1, two snapshots of one boot judged together',
      [
        hil('hil-6.1', 'reload-v1', 'report-after-rmmod-2.txt'),
        '--kallsyms',
        hil('hil-6.1', 'reload-v1', 'kallsyms-before-rmmod-1.txt'),
        '--kallsyms',
        hil('hil-6.1', 'reload-v1', 'kallsyms-before-rmmod-2.txt'),
      ],
    ],
    [
      'hil-arm64-6.1 v2 after rmmod',
      [hil('hil-arm64-6.1', 'v2', 'report-after-rmmod.txt'), '--kallsyms', hil('hil-arm64-6.1', 'v2', 'kallsyms-before-rmmod.txt')],
    ],
  ];
  for (const [name, args] of sameBoot) {
    it(`accepts the snapshots of the same boot: ${name}`, async () => {
      const r = await cli(['symbolize', ...args]);
      expect(r.stderr).not.toMatch(/contradicts/);
      expect(r.code).toBe(0);
    });
  }
});

describe('slide in messages', () => {
  it('prints a slide below the snapshot with a minus sign, as a board test once hit (0x-b400000)', async () => {
    const { signedHex } = await import('../../src/model/hex.js');
    expect(signedHex(-0xb400000n)).toBe('-0xb400000');
    expect(signedHex(0x16200000n)).toBe('+0x16200000');
  });
});
