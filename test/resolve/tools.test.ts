// Both symbolizers on the real kernel and module, compressed modules, and a
// tool that is missing or too slow: a warning and no lines, never a throw.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, LeakRecord } from '../../src/model.js';
import { resolveSourceLines } from '../../src/resolve/index.js';
import { addr2lineDirect, ko, namedRecords, run, vmlinuxXz } from './hil.js';
import { skipWithout } from '../support/tools.js';

// debug-info inputs go through the real addr2line / llvm-symbolizer.
const skip = skipWithout('test/resolve/tools.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');

let tmp = '';
let vmlinux = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kleak-resolve-test-'));
  vmlinux = join(tmp, 'vmlinux');
  execFileSync('sh', ['-c', 'xz -dc "$1" > "$2"', 'sh', vmlinuxXz, vmlinux]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const base = { moduleSections: [run('v1', 'module-sections.txt')], cwd: process.cwd() };
const frames = (rs: LeakRecord[]) => rs.flatMap((r) => r.frames);
const nmAddress = (name: string) =>
  BigInt(
    `0x${
      execFileSync('nm', [vmlinux], { encoding: 'utf8', maxBuffer: 1 << 26 })
        .split('\n')
        .find((l) => l.endsWith(` ${name}`) && / [tT] /.test(l))!
        .split(' ')[0]
    }`,
  );

describe.skipIf(skip)('vmlinux', () => {
  it('resolves the named kernel frames at symbol+offset-1, as addr2line does, with either tool', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    for (const symbolizer of ['addr2line', 'llvm-symbolizer'] as const) {
      const out = await resolveSourceLines(records, { ...base, debugInfo: [vmlinux], symbolizer });
      const kernel = frames(out.records).filter((f) => f.module === undefined && f.function !== undefined);
      expect(kernel.length).toBeGreaterThan(10);
      for (const f of kernel.filter((k) => k.line !== undefined)) {
        const chain = addr2lineDirect(vmlinux, nmAddress(f.function!) + BigInt(f.offset! - 1));
        expect([f.file, f.line]).toEqual([chain.at(-1)!.file, chain.at(-1)!.line]);
        expect(f.inlined.map((i) => i.function)).toEqual(chain.slice(0, -1).map((c) => c.function));
      }
      // vmalloc+0x3c: __vmalloc_node is inlined into vmalloc at the call.
      const vmalloc = kernel.find((f) => f.function === 'vmalloc')!;
      expect(vmalloc.line).toBeTypeOf('number');
      expect(vmalloc.inlined.map((i) => i.function)).toEqual(['__vmalloc_node']);
      expect(kernel.filter((f) => f.line !== undefined).length).toBeGreaterThan(kernel.length / 2);
    }
  });

  it('a stalled tool is killed after the timeout, with a warning', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const out = await resolveSourceLines(records, { ...base, debugInfo: [vmlinux], symbolizer: 'addr2line', timeoutMs: 1 });
    expect(frames(out.records).filter((f) => f.line !== undefined)).toEqual([]);
    expect(out.warnings.join('\n')).toMatch(/addr2line did not finish within/);
  });
});

describe.skipIf(skip)('modules', () => {
  it("llvm-symbolizer gives addr2line's lines for .text, and no line (a warning) for other sections of a .ko", async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const gnu = await resolveSourceLines(records, { ...base, debugInfo: [ko('v1')], symbolizer: 'addr2line' });
    const llvm = await resolveSourceLines(records, { ...base, debugInfo: [ko('v1')], symbolizer: 'llvm-symbolizer' });
    const pairs = frames(llvm.records)
      .map((f, i) => [f, frames(gnu.records)[i]!] as [Frame, Frame])
      .filter(([f]) => f.module === 'demo_wlan');
    const text = pairs.filter(([f]) => !['main_thread', 'demo_wlan_init'].includes(f.function!));
    expect(text.length).toBeGreaterThan(5);
    for (const [l, g] of text)
      expect([l.file, l.line, l.inlined.map((i) => i.line)]).toEqual([g.file, g.line, g.inlined.map((i) => i.line)]);
    for (const [l] of pairs.filter(([f]) => ['main_thread', 'demo_wlan_init'].includes(f.function!))) expect(l.line).toBeUndefined();
    expect(llvm.warnings.join('\n')).toMatch(/llvm-symbolizer can't look up \.text\.unlikely/);
  });

  it('reads a .ko.xz made here, matched by its .modinfo name whatever the file is called', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const renamed = join(tmp, 'xz', 'renamed-driver.ko');
    execFileSync('mkdir', ['-p', join(tmp, 'xz')]);
    copyFileSync(ko('v1'), renamed);
    execFileSync('xz', ['-z', renamed]);
    const plain = await resolveSourceLines(records, { ...base, debugInfo: [ko('v1')], symbolizer: 'addr2line' });
    const packed = await resolveSourceLines(records, { ...base, debugInfo: [join(tmp, 'xz')], symbolizer: 'addr2line' });
    expect(
      frames(packed.records)
        .filter((f) => f.module === 'demo_wlan')
        .every((f) => f.line !== undefined),
    ).toBe(true);
    expect(packed.records).toEqual(plain.records);
  });

  it('a missing tool gives a warning and no lines', async () => {
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const path = process.env.PATH;
    process.env.PATH = join(tmp, 'empty-bin');
    try {
      const out = await resolveSourceLines(records, { ...base, debugInfo: [ko('v1')], symbolizer: 'auto' });
      expect(frames(out.records).filter((f) => f.line !== undefined)).toEqual([]);
      expect(out.warnings).toEqual([
        'no symbolizer here reads x86-64 binaries: install binutils-x86-64-linux-gnu (x86_64-linux-gnu-addr2line) or llvm (llvm-symbolizer); no source lines from ' +
          `${ko('v1')} (16 frames)`,
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});
