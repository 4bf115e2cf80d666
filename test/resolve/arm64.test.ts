// The real arm64 board (hil-arm64-6.1): the .ko files are AArch64 ET_REL
// objects with RELA relocations in their DWARF, the kernel grows .plt at
// load time, and the host's x86 addr2line can't read them. Every line must
// equal what aarch64-linux-gnu-addr2line gives at the call (pc-1), run here.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, LeakRecord } from '../../src/model.js';
import { resolveSourceLines, type ResolveOptions } from '../../src/resolve/index.js';
import { skipWithout } from '../support/tools.js';
import { CROSS, armRecords, armRun, crossAddr2line, crossSymbol, koXz, unxz, vmlinuxSlimXz } from './arm64.js';
import { execFileSync } from 'node:child_process';

const skip = skipWithout(
  'test/resolve/arm64.test.ts',
  [`${CROSS}addr2line`, `${CROSS}readelf`, 'llvm-symbolizer', 'xz'],
  'binutils-aarch64-linux-gnu, llvm, xz-utils',
);

const PREFIX = '/home/runner/work/demo-wlan/demo-wlan/';
let tmp = '';
const ko: Record<string, string> = {};
let vmlinux = '';
beforeAll(() => {
  if (skip) return;
  tmp = mkdtempSync(join(tmpdir(), 'kleak-arm64-'));
  for (const v of ['v1', 'v2', 'v3']) ko[v] = unxz(koXz(v), join(tmp, `${v}-demo_wlan.ko`));
  vmlinux = unxz(vmlinuxSlimXz, join(tmp, 'vmlinux'));
});
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

const demo = (rs: LeakRecord[]) => rs.flatMap((r) => r.frames).filter((f) => f.module === 'demo_wlan');
const opts = (v: string, more: Partial<ResolveOptions> = {}): ResolveOptions => ({
  debugInfo: [koXz(v)],
  moduleSections: [armRun(v, 'module-sections.txt')],
  symbolizer: 'auto',
  cwd: process.cwd(),
  ...more,
});
const resolved = (v: string, more: Partial<ResolveOptions> = {}) =>
  resolveSourceLines(armRecords(v, 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'), opts(v, more));

/** The cross addr2line's answer for a frame of the .ko, at its symbol value + offset - 1 in its section. */
function reference(binary: string, f: Frame) {
  const sym = crossSymbol(binary, f.function!);
  const chain = crossAddr2line(binary, sym.value + BigInt(f.offset! - 1), sym.section);
  return { outer: chain.at(-1)!, inlined: chain.slice(0, -1) };
}

describe.skipIf(skip)('hil-arm64-6.1 modules: lines from the .ko that ran', () => {
  it.each(['v1', 'v2', 'v3'])(
    '%s: every demo_wlan frame named (demo_wlan_init by --module-sections) with the cross addr2line line',
    async (v) => {
      const out = await resolved(v);
      expect(out.warnings).toEqual([]);
      const frames = demo(out.records);
      expect(frames.filter((f) => f.function === undefined || f.function.startsWith('$'))).toEqual([]);
      expect(frames.filter((f) => f.function === 'demo_wlan_init')).toHaveLength(1);
      expect(frames.find((f) => f.function === 'demo_wlan_init')).toMatchObject({ offset: 0x1c, resolvedBy: 'debug-info' });
      for (const f of frames) {
        const { outer, inlined } = reference(ko[v]!, f);
        expect(outer.file!.startsWith(PREFIX), outer.file).toBe(true);
        expect([f.function, f.file, f.line]).toEqual([f.function, outer.file!.slice(PREFIX.length), outer.line]);
        expect(f.inlined).toEqual(inlined.map((c) => ({ function: c.function, file: c.file, line: c.line })));
      }
      expect(frames.length).toBe({ v1: 4 + 6 * 2, v2: 4 + 6 * 2 + 4 * 2, v3: 4 }[v]);
    },
  );

  it('the .plt the kernel grew (+0x980, the file says +0x948) still fits; a .ko of another build does not', async () => {
    for (const other of ['v2', 'v3']) {
      const out = await resolved('v1', { debugInfo: [koXz(other)] });
      expect(demo(out.records).filter((f) => f.line !== undefined)).toEqual([]);
      expect(out.records[0]!.frames[5]!.address).toBe(0xffffffe450ab101cn);
      expect(out.records[0]!.frames[5]!.function).toBeUndefined();
      expect(out.warnings.join('\n')).toMatch(
        /module-sections\.txt: no given \.ko has this layout \(.*\.text\.unlikely is at 0xffffffe450aac82c/,
      );
    }
  });

  it('the reload-v1 loads: each named with its own sections and snapshot', async () => {
    for (const n of ['1', '2']) {
      const records = armRecords('reload-v1', `report-after-rmmod-${n}.txt`, `kallsyms-before-rmmod-${n}.txt`);
      const out = await resolveSourceLines(records, opts('v1', { moduleSections: [armRun('reload-v1', `module-sections-${n}.txt`)] }));
      const own = out.records.filter((r) => r.frames.some((f) => f.function === 'demo_wlan_init'));
      expect(own.length).toBeGreaterThan(0);
      for (const f of demo(own)) expect(f.line).toBe(reference(ko.v1!, f).outer.line);
    }
  });
});

describe.skipIf(skip)('hil-arm64-6.1 vmlinux', () => {
  it('core-kernel frames get the lines aarch64-linux-gnu-addr2line gives at symbol+offset-1', async () => {
    const out = await resolved('v2', { debugInfo: [vmlinux] });
    const nm = execFileSync(`${CROSS}nm`, [vmlinux], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n');
    const addressOf = (fn: string) => BigInt(`0x${nm.find((l) => / [tT] /.test(l) && l.endsWith(` ${fn}`))!.split(' ')[0]}`);
    const core = out.records.flatMap((r) => r.frames).filter((f) => f.function !== undefined && f.module === undefined);
    expect(core.length).toBeGreaterThan(20);
    for (const f of core) {
      const chain = crossAddr2line(vmlinux, addressOf(f.function!) + BigInt(f.offset! - 1));
      expect([f.function, f.file, f.line]).toEqual([f.function, chain.at(-1)!.file, chain.at(-1)!.line]);
      expect(f.inlined.map((i) => i.function)).toEqual(chain.slice(0, -1).map((c) => c.function));
    }
    expect(out.warnings).toEqual([]);
  });
});

describe.skipIf(skip)('the symbolizer is chosen per binary from its ELF machine', () => {
  it('with llvm-symbolizer only: .text lines as binutils gives them, and each gap is a warning that names the package', async () => {
    const gnu = await resolved('v1');
    const llvm = await resolved('v1', { symbolizer: 'llvm-symbolizer' });
    const pairs = demo(llvm.records).map((f, i) => [f, demo(gnu.records)[i]!] as const);
    const lined = pairs.filter(([f]) => f.line !== undefined);
    expect(lined.length).toBeGreaterThanOrEqual(10);
    for (const [l, g] of lined) expect([l.function, l.file, l.line]).toEqual([g.function, g.file, g.line]);
    // .text.unlikely / .init.text (llvm-symbolizer can't address them in an ET_REL file) and its ?? at nicLoadNvramCfg
    expect(pairs.filter(([f]) => f.line === undefined).map(([f]) => f.function)).toEqual([
      'nicLoadNvramCfg',
      'demo_wlan_init',
      'main_thread',
      'main_thread',
    ]);
    const w = llvm.warnings.join('\n');
    expect(w).toMatch(
      /llvm-symbolizer can't look up \.text\.unlikely of a relocatable \.ko .*main_thread.*aarch64-linux-gnu-addr2line \(Debian package binutils-aarch64-linux-gnu\)/,
    );
    expect(w).toMatch(
      /llvm-symbolizer answered \?\? for nicLoadNvramCfg\+0x24\/0xa0 \[demo_wlan\] in .*demo_wlan\.ko\.xz: it has line tables, but llvm-symbolizer misses/,
    );
  });

  it('with only the x86 addr2line on PATH, the run warns and names the package instead of printing no line silently', async () => {
    const bin = join(tmp, 'x86-only-bin');
    mkdirSync(bin);
    for (const t of ['addr2line', 'xz'])
      symlinkSync(execFileSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).trim(), join(bin, t));
    const path = process.env.PATH;
    process.env.PATH = bin;
    try {
      const out = await resolved('v1');
      expect(demo(out.records).filter((f) => f.line !== undefined)).toEqual([]);
      expect(out.warnings).toEqual([
        'no symbolizer here reads AArch64 binaries (addr2line reads elf64-x86-64, elf32-i386, elf32-iamcu, ... only): install ' +
          'binutils-aarch64-linux-gnu (aarch64-linux-gnu-addr2line) or llvm (llvm-symbolizer); no source lines from ' +
          `${koXz('v1')} (16 frames)`,
      ]);
    } finally {
      process.env.PATH = path;
    }
  });

  it('CROSS_COMPILE names the addr2line to use; a --symbolizer command that cannot read the binary is refused', async () => {
    const cross = await resolved('v1', { symbolizer: 'addr2line', crossCompile: CROSS });
    expect(demo(cross.records).every((f) => f.line !== undefined)).toBe(true);
    // the host's own addr2line, by path or by its triple name: never given the arm64 .ko
    const host = execFileSync('sh', ['-c', 'command -v addr2line'], { encoding: 'utf8' }).trim();
    for (const tool of [host, 'x86_64-linux-gnu-addr2line']) {
      const wrong = await resolved('v1', { symbolizer: tool });
      expect(demo(wrong.records).filter((f) => f.line !== undefined)).toEqual([]);
      expect(wrong.warnings).toEqual([
        `--symbolizer ${tool} can't read AArch64 binaries (${tool} reads elf64-x86-64, elf32-i386, elf32-iamcu, ... only); no source lines from ${koXz('v1')} (16 frames)`,
      ]);
    }
  });
});
