// The real arm64 board: the hil-arm64-6.1 kmemleak kernel (Image.gz) under
// qemu-system-aarch64 (`virt`, Cortex-A57, TCG), the demo driver loaded,
// exercised and unloaded inside the project's capture script, the capture
// printed on the serial console, unpacked here and gated with the built CLI
// against the repository's baseline: v1 pass, v2 fail on exactly the
// packet-log leak, v3 pass with the TX template leak fixed. Every demo_wlan
// frame must be named (no `$x`) and get the line aarch64-linux-gnu-addr2line
// gives at the call. Skipped only outside CI when qemu-system-aarch64 or the
// arm64 busybox is missing; scripts/setup-board.sh installs both.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCapture } from '../../src/capture/extract.js';
import { readCaptureDir } from '../../src/capture/read.js';
import { ARM64 as BOARD, crossAddr2line, crossSymbol, unxz } from '../resolve/cross-board.js';
import { inCI, skipWithout } from '../support/tools.js';
import { distCli } from './dist-cli.js';
import { buildInitramfs, EM_AARCH64 } from './initramfs.js';
import { arm64Busybox, arm64Kernel, arm64Ko, captureScript, guestInit, hilArm64 } from './paths.js';
import { runPool } from './pool.js';
import { ARM64, boot, consoleTail, stepResults, type BootResult } from './qemu.js';

const FILE = 'test/board/qemu-arm64.test.ts';
const PACKAGES = 'qemu-system-arm, binutils-aarch64-linux-gnu, xz-utils';
let skip = skipWithout(FILE, ['qemu-system-aarch64', 'aarch64-linux-gnu-addr2line', 'xz'], PACKAGES);
if (!skip && !existsSync(arm64Busybox)) {
  const what = `${arm64Busybox} missing (Debian busybox-static:arm64; scripts/setup-board.sh unpacks it)`;
  if (inCI) throw new Error(`${FILE}: ${what}: CI must not skip these tests`);
  console.warn(`SKIPPED ${FILE}: ${what}`);
  skip = true;
}

const VERSIONS = ['v1', 'v2', 'v3'] as const;
// A boot took 27-28 s under TCG when the fixture was made; far beyond that the guest is stuck.
const BOOT_TIMEOUT_MS = 240_000;
const PREFIX = '/home/runner/work/demo-wlan/demo-wlan/';

// The build ids of the .ko files (hil-arm64-6.1 README, checked there against the runs' notes).
const BUILD_IDS: Record<string, string> = {
  v1: 'a89327a4ce188d0b3de31bdf48a1785d5ca3bdfe',
  v2: 'd2a6c16a1701e33ebcc3db8a0e48a123c8985907',
  v3: '16a6bc19953d3f3484c85ee49dccb95a62ccc53e',
};
// 512 NVRAM, 4096 TX template, 128 packet log (arm64's smallest kmalloc cache).
const EXPECTED_SIZES: Record<string, number[]> = { v1: [512, 4096], v2: [128, 512, 4096], v3: [512] };

/** Whether the capture this boot printed reports every kind of leak (by object size) the version makes. */
function hasEveryLeak(result: BootResult, v: string, scratch: string): boolean {
  try {
    extractCapture(result.console, `${v}.console.log`, scratch);
  } catch {
    return true; // nothing to judge: the tests report why
  }
  const report = readFileSync(join(scratch, 'report.txt'), 'utf8');
  const sizes = new Set([...report.matchAll(/^unreferenced object 0x[0-9a-f]+ \(size (\d+)\):/gm)].map((m) => Number(m[1])));
  return EXPECTED_SIZES[v]!.every((size) => sizes.has(size));
}

interface ResultJson {
  leaks: {
    status: string;
    title: string;
    frames: { function?: string; module?: string; offset?: number; resolvedBy: string; file?: string; line?: number }[];
  }[];
  fixed: { title: string }[];
  warnings: string[];
}

describe.skipIf(skip)('the arm64 demo board under qemu-system-aarch64 (hil-arm64-6.1 kernel, kmemleak=on)', () => {
  let tmp = '';
  const boots = new Map<string, Promise<BootResult>>();
  const ko: Record<string, string> = {};

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kleak-board-arm64-'));
    const initrd = join(tmp, 'initramfs.cpio.gz');
    writeFileSync(
      initrd,
      buildInitramfs({
        busybox: arm64Busybox,
        busyboxPackage: 'busybox-static:arm64',
        machine: EM_AARCH64,
        init: guestInit,
        captureScript,
        modules: { v1: arm64Ko('v1'), v2: arm64Ko('v2'), v3: arm64Ko('v3') },
      }),
    );
    // kmemleak has false negatives: a stale copy of a pointer (a register, a
    // stack slot) keeps an object "referenced", and a run then lacks a leak the
    // driver did make (seen once for v2's two 128-byte packet-log copies). That
    // is the board, not the gate: such a boot is booted once more, and the
    // verdicts are asserted on a boot whose report has every kind of leak.
    const bootOnce = (scenario: string) => boot({ scenario, machine: ARM64, kernel: arm64Kernel, initrd, timeoutMs: BOOT_TIMEOUT_MS });
    const results = runPool([...VERSIONS], VERSIONS.length, async (scenario) => {
      const first = await bootOnce(scenario);
      return hasEveryLeak(first, scenario, join(tmp, `${scenario}-first-boot`)) ? first : bootOnce(scenario);
    });
    VERSIONS.forEach((v, i) => boots.set(v, results[i]!));
    for (const v of VERSIONS) ko[v] = unxz(arm64Ko(v), join(tmp, `${v}-demo_wlan.ko`));
  });

  afterAll(
    async () => {
      await Promise.allSettled(boots.values());
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    },
    2 * BOOT_TIMEOUT_MS + 10_000,
  );

  const unpacked = new Map<string, Promise<{ result: BootResult; dir: string }>>();
  function booted(v: string): Promise<{ result: BootResult; dir: string }> {
    if (!unpacked.has(v)) {
      unpacked.set(
        v,
        boots.get(v)!.then((result) => {
          try {
            if (result.timedOut) throw new Error(`qemu did not finish within ${BOOT_TIMEOUT_MS / 1000} s`);
            const dir = join(tmp, v);
            extractCapture(result.console, `${v}.console.log`, dir);
            return { result, dir };
          } catch (e) {
            throw new Error(`${v}: ${(e as Error).message}\n--- console tail ---\n${consoleTail(result.console)}`);
          }
        }),
      );
    }
    return unpacked.get(v)!;
  }

  const check = (v: string, env?: NodeJS.ProcessEnv) =>
    distCli(
      [
        'check',
        '--capture',
        join(tmp, v),
        '--baseline',
        'baselines/demo-board.json',
        '--debug-info',
        join(hilArm64, 'modules', v),
        '--format',
        'json',
      ],
      env,
    );

  it.each(VERSIONS)(
    '%s: the capture script runs under the arm64 busybox and the capture reads back',
    async (v) => {
      const { result, dir } = await booted(v);
      const steps = stepResults(result.console).map((s) => `${s.step}=${s.rc}`);
      expect(steps.join(' '), consoleTail(result.console)).toBe('begin=0 snapshot=0 end=0');
      const cap = await readCaptureDir(dir);
      expect(cap.kernelRelease).toBe('6.1.192');
      expect(cap.buildIds.map((b) => b.buildId)).toEqual([BUILD_IDS[v]]);
      expect(cap.warnings).toEqual([]);
      // arm64's kallsyms lists the module's mapping symbols: the reason this board is a test of its own
      expect(cap.snapshots[0]!.text).toMatch(/^[0-9a-f]{16} t \$x\t\[demo_wlan\]$/m);
      const sizes = [...cap.report.text.matchAll(/^unreferenced object 0x[0-9a-f]+ \(size (\d+)\):/gm)].map((m) => Number(m[1]));
      expect(
        [...new Set(sizes)].sort((a, b) => a - b),
        cap.report.text,
      ).toEqual(EXPECTED_SIZES[v]);
    },
    2 * BOOT_TIMEOUT_MS + 60_000,
  );

  it.each([
    ['v1', 0, [], []],
    ['v2', 1, ['memory leak in nicPktLogRxFrame [demo_wlan]'], []],
    ['v3', 0, [], ['memory leak in nicTxGenerateDescTemplate [demo_wlan]']],
  ] as const)(
    '%s: check --capture with the .ko gives exit %i, every demo_wlan frame named and lined as aarch64-linux-gnu-addr2line at the call',
    async (v, code, newTitles, fixedTitles) => {
      await booted(v);
      const r = check(v);
      expect(r.code, r.stderr).toBe(code);
      const result = JSON.parse(r.stdout) as ResultJson;
      expect(result.leaks.filter((l) => l.status === 'new').map((l) => l.title)).toEqual(newTitles);
      expect(result.leaks.filter((l) => !['new', 'known'].includes(l.status))).toEqual([]);
      expect(result.fixed.map((f) => f.title)).toEqual(fixedTitles);
      expect(result.warnings).toEqual([]);
      const driver = result.leaks.flatMap((l) => l.frames.filter((f) => f.module === 'demo_wlan'));
      // demo_wlan_init (freed .init.text) is named from the .ko with the capture's module sections
      expect(driver.filter((f) => f.function === 'demo_wlan_init')).toHaveLength(1);
      for (const f of driver) {
        expect(f.function).toBeDefined();
        expect(f.function!.startsWith('$')).toBe(false);
        const sym = crossSymbol(BOARD, ko[v]!, f.function!);
        const outer = crossAddr2line(BOARD, ko[v]!, sym.value + BigInt(f.offset! - 1), sym.section).at(-1)!;
        expect([f.function, f.file, f.line]).toEqual([f.function, outer.file!.slice(PREFIX.length), outer.line]);
      }
    },
    2 * BOOT_TIMEOUT_MS + 60_000,
  );

  it(
    'v2 with only the host x86 addr2line on PATH: the same verdict, and a warning that names the package instead of a silent ??',
    async () => {
      await booted('v2');
      const bin = join(tmp, 'x86-only-bin');
      mkdirSync(bin, { recursive: true });
      for (const t of ['addr2line', 'xz']) {
        const at = execFileSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).trim();
        if (!existsSync(join(bin, t))) symlinkSync(at, join(bin, t));
      }
      const r = check('v2', { ...process.env, PATH: bin });
      expect(r.code, r.stderr).toBe(1);
      const result = JSON.parse(r.stdout) as ResultJson;
      expect(result.leaks.filter((l) => l.status === 'new').map((l) => l.title)).toEqual(['memory leak in nicPktLogRxFrame [demo_wlan]']);
      const driver = result.leaks.flatMap((l) => l.frames.filter((f) => f.module === 'demo_wlan'));
      expect(driver.filter((f) => f.line !== undefined)).toEqual([]);
      expect(result.warnings.join('\n')).toMatch(
        /no symbolizer here reads AArch64 binaries \(addr2line reads elf64-x86-64, .*\): install binutils-aarch64-linux-gnu \(aarch64-linux-gnu-addr2line\) or llvm \(llvm-symbolizer\)/,
      );
    },
    2 * BOOT_TIMEOUT_MS + 60_000,
  );
});
