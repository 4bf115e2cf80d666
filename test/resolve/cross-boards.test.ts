// The real ARM boards: their .ko files are ET_REL objects whose DWARF only a
// tool that applies their relocations reads (the host's x86 addr2line answers
// `??:?` for arm64 and wrong lines for arm32), their kallsyms list mapping
// symbols, and the kernel grows .plt at load time. Every line must equal what
// the board's cross addr2line gives at the call (pc-1), run here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, LeakRecord } from '../../src/model.js';
import { resolveSourceLines, type ResolveOptions } from '../../src/resolve/index.js';
import { runCheck } from '../../src/pipeline/check.js';
import { repoRoot } from '../support/paths.js';
import { skipWithout } from '../support/tools.js';
import { addr2lineChain, ARM32, ARM64, boardRecords, crossAddr2line, crossSymbol, unxz, type CrossBoard } from './cross-board.js';

interface Expect {
  board: CrossBoard;
  machine: string;
  pkg: string;
  /** Where demo_wlan_init (freed .init.text) is in v1 after rmmod, and its offset. */
  init: { address: bigint; offset: number };
  /** v1's .text.unlikely address: the section another build's sizes put elsewhere. */
  unlikely: string;
  /** The demo_wlan frames of v1 llvm-symbolizer gives no line for. */
  llvmMisses: string[];
  /** What the host's x86 addr2line prints for the .ko, run directly: no line (`??:?`), or wrong lines. */
  host: 'no line' | 'wrong lines';
}

const BOARDS: Expect[] = [
  {
    board: ARM64,
    machine: 'AArch64',
    pkg: 'binutils-aarch64-linux-gnu',
    init: { address: 0xffffffe450ab101cn, offset: 0x1c },
    unlikely: '0xffffffe450aac82c',
    llvmMisses: ['nicLoadNvramCfg', 'demo_wlan_init', 'main_thread', 'main_thread'],
    host: 'no line',
  },
  {
    board: ARM32,
    machine: 'ARM',
    pkg: 'binutils-arm-linux-gnueabihf',
    init: { address: 0xbf005014n, offset: 0x14 },
    unlikely: '0xbf000654',
    llvmMisses: ['demo_wlan_init', 'main_thread', 'main_thread'],
    host: 'wrong lines',
  },
];

const PREFIX = '/home/runner/work/demo-wlan/demo-wlan/';
const demo = (rs: LeakRecord[]) => rs.flatMap((r) => r.frames).filter((f) => f.module === 'demo_wlan');
const which = (t: string) => execFileSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).trim();

describe.each(BOARDS)('$board.name', ({ board, machine, pkg, init, unlikely, llvmMisses, host }) => {
  const skip = skipWithout(
    `test/resolve/cross-boards.test.ts (${board.name})`,
    [`${board.cross}addr2line`, `${board.cross}readelf`, `${board.cross}nm`, 'llvm-symbolizer', 'xz'],
    `${pkg}, llvm, xz-utils`,
  );
  let tmp = '';
  const ko: Record<string, string> = {};
  let vmlinux = '';
  beforeAll(() => {
    if (skip) return;
    tmp = mkdtempSync(join(tmpdir(), `kleak-${board.name}-`));
    for (const v of ['v1', 'v2', 'v3']) ko[v] = unxz(board.ko(v), join(tmp, `${v}-demo_wlan.ko`));
    vmlinux = unxz(board.vmlinuxXz, join(tmp, 'vmlinux'));
  });
  afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  const opts = (v: string, more: Partial<ResolveOptions> = {}): ResolveOptions => ({
    debugInfo: [board.ko(v)],
    moduleSections: [board.run(v, 'module-sections.txt')],
    symbolizer: 'auto',
    cwd: process.cwd(),
    ...more,
  });
  const resolved = (v: string, more: Partial<ResolveOptions> = {}) =>
    resolveSourceLines(boardRecords(board, v, 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt'), opts(v, more));
  /** The cross addr2line's answer for a frame of the .ko, at its symbol value + offset - 1 in its section. */
  function reference(binary: string, f: Frame) {
    const sym = crossSymbol(board, binary, f.function!);
    const chain = crossAddr2line(board, binary, sym.value + BigInt(f.offset! - 1), sym.section);
    return { outer: chain.at(-1)!, inlined: chain.slice(0, -1) };
  }

  describe.skipIf(skip)('modules: lines from the .ko that ran', () => {
    it.each(['v1', 'v2', 'v3'])(
      '%s: every demo_wlan frame named (demo_wlan_init by --module-sections) with the cross addr2line line',
      async (v) => {
        const out = await resolved(v);
        expect(out.warnings).toEqual([]);
        const frames = demo(out.records);
        expect(frames.filter((f) => f.function === undefined || f.function.startsWith('$'))).toEqual([]);
        expect(frames.filter((f) => f.function === 'demo_wlan_init')).toHaveLength(1);
        expect(frames.find((f) => f.function === 'demo_wlan_init')).toMatchObject({ offset: init.offset, resolvedBy: 'debug-info' });
        for (const f of frames) {
          const { outer, inlined } = reference(ko[v]!, f);
          expect(outer.file!.startsWith(PREFIX), outer.file).toBe(true);
          expect([f.function, f.file, f.line]).toEqual([f.function, outer.file!.slice(PREFIX.length), outer.line]);
          expect(f.inlined).toEqual(inlined.map((c) => ({ function: c.function, file: c.file, line: c.line })));
        }
        expect(frames.length).toBe({ v1: 4 + 6 * 2, v2: 4 + 6 * 2 + 4 * 2, v3: 4 }[v]);
      },
    );

    it('the .plt the kernel realigned at load time still fits; a .ko of another build does not', async () => {
      for (const other of ['v2', 'v3']) {
        const out = await resolved('v1', { debugInfo: [board.ko(other)] });
        expect(demo(out.records).filter((f) => f.line !== undefined)).toEqual([]);
        const raw = out.records.flatMap((r) => r.frames).find((f) => f.address === init.address)!;
        expect(raw.function).toBeUndefined();
        expect(out.warnings.join('\n')).toMatch(
          new RegExp(`module-sections\\.txt: no given \\.ko has this layout \\(.*\\.text\\.unlikely is at ${unlikely}`),
        );
      }
    });

    it('reload-v1: each load named with its own sections and snapshot', async () => {
      for (const n of ['1', '2']) {
        const records = boardRecords(board, 'reload-v1', `report-after-rmmod-${n}.txt`, `kallsyms-before-rmmod-${n}.txt`);
        const out = await resolveSourceLines(records, opts('v1', { moduleSections: [board.run('reload-v1', `module-sections-${n}.txt`)] }));
        const own = out.records.filter((r) => r.frames.some((f) => f.function === 'demo_wlan_init'));
        expect(own.length).toBeGreaterThan(0);
        for (const f of demo(own)) expect(f.line).toBe(reference(ko.v1!, f).outer.line);
      }
    });
  });

  describe.skipIf(skip)('the pull-request story against the repository baseline (from the x86 board)', () => {
    it.each([
      ['v1', 'pass', [], []],
      ['v2', 'fail', ['memory leak in nicPktLogRxFrame [demo_wlan]'], []],
      ['v3', 'pass', [], ['memory leak in nicTxGenerateDescTemplate [demo_wlan]']],
    ] as const)('%s: %s, new %j, fixed %j; the fingerprints are the x86 ones', async (v, verdict, news, fixed) => {
      const { result } = await runCheck({
        reports: [board.run(v, 'report-after-rmmod.txt')],
        captures: [],
        kallsyms: [board.run(v, 'kallsyms-before-rmmod.txt')],
        debugInfo: [board.ko(v)],
        moduleSections: [board.run(v, 'module-sections.txt')],
        symbolizer: 'auto',
        cwd: repoRoot,
        baseline: 'baselines/demo-board.json',
        now: new Date('2026-12-01T00:00:00Z'),
      });
      expect(result.verdict).toBe(verdict);
      expect(result.leaks.filter((l) => l.status === 'new').map((l) => l.title)).toEqual(news);
      expect(result.leaks.filter((l) => !['new', 'known'].includes(l.status))).toEqual([]);
      expect(result.fixed.map((f) => f.title)).toEqual(fixed);
      expect(result.warnings).toEqual([]);
    });
  });

  describe.skipIf(skip)('vmlinux', () => {
    it('core-kernel frames get the lines the cross addr2line gives at symbol+offset-1', async () => {
      const out = await resolved('v2', { debugInfo: [vmlinux] });
      const nm = execFileSync(`${board.cross}nm`, [vmlinux], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n');
      const addressOf = (fn: string) => BigInt(`0x${nm.find((l) => / [tT] /.test(l) && l.endsWith(` ${fn}`))!.split(' ')[0]}`);
      const core = out.records.flatMap((r) => r.frames).filter((f) => f.function !== undefined && f.module === undefined);
      expect(core.length).toBeGreaterThan(15);
      for (const f of core) {
        // offset 0 is not a return address after a call (ARM's ret_fast_syscall+0x0): looked up as is
        const chain = crossAddr2line(board, vmlinux, addressOf(f.function!) + BigInt(Math.max(0, f.offset! - 1)));
        expect([f.function, f.file, f.line]).toEqual([f.function, chain.at(-1)!.file, chain.at(-1)!.line]);
        expect(f.inlined.map((i) => i.function)).toEqual(chain.slice(0, -1).map((c) => c.function));
      }
      expect(out.warnings).toEqual([]);
    });
  });

  describe.skipIf(skip)('the symbolizer is chosen per binary from its ELF machine', () => {
    it(`why: the host's x86 addr2line, run directly on the .ko, exits 0 with ${host}`, async () => {
      const frames = demo((await resolved('v1')).records);
      const answers = frames.map((f) => {
        const sym = crossSymbol(board, ko.v1!, f.function!);
        const outer = addr2lineChain('addr2line', ko.v1!, sym.value + BigInt(f.offset! - 1), sym.section).at(-1)!;
        return { right: [f.function, f.line], host: [outer.function, outer.line] };
      });
      const lined = answers.filter((a) => a.host[1] !== undefined);
      if (host === 'no line') expect(lined).toEqual([]);
      else {
        expect(lined.length).toBeGreaterThan(frames.length / 2);
        for (const a of lined) expect(a.host).not.toEqual(a.right);
      }
    });

    it('with llvm-symbolizer only: .text lines as binutils gives them, and each gap is a warning that names the package', async () => {
      const gnu = await resolved('v1');
      const llvm = await resolved('v1', { symbolizer: 'llvm-symbolizer' });
      const pairs = demo(llvm.records).map((f, i) => [f, demo(gnu.records)[i]!] as const);
      const lined = pairs.filter(([f]) => f.line !== undefined);
      expect(lined.length).toBeGreaterThanOrEqual(10);
      for (const [l, g] of lined) expect([l.function, l.file, l.line]).toEqual([g.function, g.file, g.line]);
      // .text.unlikely / .init.text: llvm-symbolizer can't address them in an ET_REL file
      expect(pairs.filter(([f]) => f.line === undefined).map(([f]) => f.function)).toEqual(llvmMisses);
      const hint = `${board.cross}addr2line \\(Debian package ${pkg}\\)`;
      expect(llvm.warnings.join('\n')).toMatch(
        new RegExp(`llvm-symbolizer can't look up \\.text\\.unlikely of a relocatable \\.ko .*main_thread\\); ${hint} can`),
      );
    });

    it('with only the x86 addr2line on PATH, the run warns and names the package instead of printing no line silently', async () => {
      const bin = join(tmp, 'x86-only-bin');
      mkdirSync(bin);
      for (const t of ['addr2line', 'xz']) symlinkSync(which(t), join(bin, t));
      const path = process.env.PATH;
      process.env.PATH = bin;
      try {
        const out = await resolved('v1');
        expect(demo(out.records).filter((f) => f.line !== undefined)).toEqual([]);
        expect(out.warnings).toEqual([
          `no symbolizer here reads ${machine} binaries (addr2line reads elf64-x86-64, elf32-i386, elf32-iamcu, ... only): install ` +
            `${pkg} (${board.cross}addr2line) or llvm (llvm-symbolizer); no source lines from ${board.ko('v1')} (16 frames)`,
        ]);
      } finally {
        process.env.PATH = path;
      }
    });

    it('CROSS_COMPILE names the addr2line to use; the host addr2line given by name or path is refused with the reason', async () => {
      const cross = await resolved('v1', { symbolizer: 'addr2line', crossCompile: board.cross });
      expect(demo(cross.records).every((f) => f.line !== undefined)).toBe(true);
      for (const tool of [which('addr2line'), 'x86_64-linux-gnu-addr2line']) {
        const wrong = await resolved('v1', { symbolizer: tool });
        expect(demo(wrong.records).filter((f) => f.line !== undefined)).toEqual([]);
        expect(wrong.warnings).toEqual([
          `--symbolizer ${tool} can't read ${machine} binaries (${tool} reads elf64-x86-64, elf32-i386, elf32-iamcu, ... only); no source lines from ${board.ko('v1')} (16 frames)`,
        ]);
      }
    });
  });
});
