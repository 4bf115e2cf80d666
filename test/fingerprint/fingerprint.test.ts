// kl1 fingerprints on pairs from real data: the same leak printed by other
// eras, captures and boots must match; different sites must differ.
import { describe, expect, it } from 'vitest';
import { fingerprintKey, fingerprintOf } from '../../src/fingerprint/fingerprint.js';
import { isAllocatorFrame, isTailFrame } from '../../src/fingerprint/frame-lists.js';
import { groupLeaks } from '../../src/fingerprint/group.js';
import { normalizeFunctionName } from '../../src/fingerprint/normalize.js';
import { parseReport } from '../../src/parse/report.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { hilRecords, hilTable, symbolized } from '../support/hil.js';
import { readFixture } from '../support/paths.js';

const fp = (r: Parameters<typeof fingerprintKey>[0]) => fingerprintOf(fingerprintKey(r));
const afterRmmod = (run: string) => symbolized(run, 'report-after-rmmod.txt', [hilTable(run, 'kallsyms-before-rmmod.txt')]).records;
const leaksOf = (run: string) => groupLeaks(afterRmmod(run));

describe('same leak, same fingerprint', () => {
  it('loaded (kernel-named) and after rmmod (named from kallsyms) give the same fingerprint for each object', () => {
    for (const run of ['v1', 'v2', 'v3']) {
      const after = afterRmmod(run);
      for (const l of hilRecords(run, 'report-loaded.txt')) expect(fp(after.find((r) => r.object === l.object)!)).toBe(fp(l));
    }
  });

  it('three boots (KASLR, other module base, other build) give the same fingerprints for the leaks they share', () => {
    const byTitle = (run: string) => new Map(leaksOf(run).map((l) => [l.title, l.fingerprint]));
    const [v1, v2, v3] = ['v1', 'v2', 'v3'].map(byTitle);
    const nvram = 'memory leak in nicLoadNvramCfg [demo_wlan]';
    const template = 'memory leak in nicTxGenerateDescTemplate [demo_wlan]';
    expect(v1!.get(nvram)).toBeDefined();
    expect(v2!.get(nvram)).toBe(v1!.get(nvram));
    expect(v3!.get(nvram)).toBe(v1!.get(nvram));
    expect(v2!.get(template)).toBe(v1!.get(template));
    expect(v3!.get(template)).toBeUndefined();
  });

  it('v6.13+ output (no address column) and hashed %p columns give the same fingerprint as [<(____ptrval____)>]', () => {
    // Derived from the real v2 report: the address column removed (v6.13
    // format) and replaced by hashed-looking values (v4.15+ %p).
    const text = readFixture('hil-6.1/runs/v2/report-loaded.txt');
    const noColumn = text.replace(/\[<\(____ptrval____\)>\] /g, '');
    const hashed = text.replace(/\[<\(____ptrval____\)>\]/g, '[<000000005b8e4771>]');
    const keys = (t: string) => parseReport(t, 'x', 0).records.map(fp);
    expect(keys(noColumn)).toEqual(keys(text));
    expect(keys(hashed)).toEqual(keys(text));
  });

  it("a kernel upgrade that renames the allocator (6.1 kmalloc_trace → 6.13 __kmalloc_cache_noprof) keeps the driver leak's fingerprint", () => {
    // Derived: the real v1 report with the allocator frame renamed as 6.13 prints it.
    const text = readFixture('hil-6.1/runs/v1/report-loaded.txt');
    const upgraded = text.replace('kmalloc_trace+0x11/0x20', '__kmalloc_cache_noprof+0x2df/0x390');
    expect(upgraded).not.toBe(text);
    expect(parseReport(upgraded, 'x', 0).records.map(fp)).toEqual(parseReport(text, 'x', 0).records.map(fp));
  });

  it('identical stacks of different objects are one leak with counts (syzkaller guilty_48: 5 objects)', () => {
    const leaks = groupLeaks(parseReport(readFixture('corpus/syzkaller-kmemleak/guilty_48.txt'), 'g48', 0).records);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({ objects: 5, bytes: 5 * 192 });
  });

  it('compiler suffixes and syscall wrapper eras normalize away', () => {
    expect(normalizeFunctionName('do_ipv6_setsockopt.isra.7')).toBe('do_ipv6_setsockopt');
    expect(normalizeFunctionName('efx_pci_probe.cold.17')).toBe('efx_pci_probe');
    expect(normalizeFunctionName('nicNvramChecksum.constprop.0')).toBe('nicNvramChecksum');
    expect(normalizeFunctionName('foo.llvm.1234567')).toBe('foo');
    expect(normalizeFunctionName('SyS_open')).toBe(normalizeFunctionName('__x64_sys_open'));
    expect(normalizeFunctionName('__se_sys_ioctl')).toBe('sys_ioctl');
  });
});

describe('different sites, different fingerprints', () => {
  it('the three demo_wlan leaks of v2 all differ', () => {
    const fps = leaksOf('v2').map((l) => l.fingerprint);
    expect(fps).toHaveLength(3);
    expect(new Set(fps).size).toBe(3);
  });

  it('the two leaks of syzkaller report_151 differ', () => {
    const leaks = groupLeaks(parseReport(readFixture('corpus/syzkaller-kmemleak/report_151.txt'), 'r151', 0).records);
    expect(leaks).toHaveLength(2);
  });

  it('every corpus leak of a different title has a different fingerprint', () => {
    const files = [
      'report_51',
      'report_52',
      'report_53',
      'report_54',
      'report_55',
      'report_151',
      'report_309',
      'report_311',
      'report_312',
      'report_752',
    ];
    const all = files.flatMap((f) => groupLeaks(parseReport(readFixture('corpus/syzkaller-kmemleak', `${f}.txt`), f, 0).records));
    const byFp = new Map<string, string>();
    for (const l of all) {
      const seen = byFp.get(l.fingerprint);
      if (seen) expect(seen).toBe(l.title);
      byFp.set(l.fingerprint, l.title);
    }
    expect(byFp.size).toBe(all.length);
  });
});

describe('frame lists match whole names', () => {
  it('does not take sget_userns for a get_user helper or kthread_worker_fn for kthread', () => {
    expect(isAllocatorFrame('sget_userns')).toBe(false);
    expect(isTailFrame('kthread_worker_fn')).toBe(false);
    expect(isTailFrame('kthread')).toBe(true);
    expect(isAllocatorFrame('__kmalloc_cache_noprof')).toBe(true);
    expect(isAllocatorFrame('kmem_cache_alloc_node_trace')).toBe(true);
    expect(isAllocatorFrame('nicLoadNvramCfg')).toBe(false);
  });

  it('keeps raw load addresses out: an unresolved init frame does not change the fingerprint between boots', () => {
    const v1 = leaksOf('v1').find((l) => l.title.includes('nicLoadNvramCfg'))!;
    expect(v1.frames.some((f) => f.resolvedBy === 'unresolved')).toBe(true);
    expect(v1.key.join(' ')).not.toMatch(/0x|\?/);
  });

  it('without a kallsyms snapshot, raw module frames give a coarse "unresolved" key rather than an address', () => {
    const raw = symbolizeRecords(hilRecords('v1', 'report-after-rmmod.txt'), []).records;
    const key = fingerprintKey(raw.find((r) => r.size === 4096)!);
    expect(key[0]).toBe('unresolved');
    expect(key.join(' ')).not.toMatch(/0x/);
  });
});
