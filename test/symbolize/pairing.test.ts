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

describe('slide in messages', () => {
  it('prints a slide below the snapshot with a minus sign, as a board test once hit (0x-b400000)', async () => {
    const { signedHex } = await import('../../src/model/hex.js');
    expect(signedHex(-0xb400000n)).toBe('-0xb400000');
    expect(signedHex(0x16200000n)).toBe('+0x16200000');
  });
});
