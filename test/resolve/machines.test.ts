// riscv64, ppc64 (ELFv2 little-endian, ELFv1 big-endian), ppc32 and arm32
// objects are recognized by their ELF machine and go only to a symbolizer
// that reads them. Real compiler output from Debian packages (see
// test/fixtures/foreign-elf/README.md): relocatable objects with DWARF, like
// a .ko. The host's x86 addr2line opens them as generic ELF and answers `??`
// or a wrong path — the reason the choice exists.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeakRecord } from '../../src/model.js';
import { readElf } from '../../src/resolve/elf.js';
import { resolveSourceLines } from '../../src/resolve/index.js';
import { machineOf } from '../../src/resolve/machine.js';
import { SymbolizerFinder } from '../../src/resolve/symbolizers.js';
import { fixture } from '../support/paths.js';
import { ko, namedRecords } from './hil.js';
import { skipWithout } from '../support/tools.js';

const skip = skipWithout(
  'test/resolve/machines.test.ts',
  ['addr2line', 'llvm-symbolizer', 'riscv64-linux-gnu-addr2line', 'powerpc64le-linux-gnu-addr2line', 'arm-linux-gnueabihf-addr2line'],
  'binutils, llvm, binutils-riscv64-linux-gnu, binutils-powerpc64le-linux-gnu, binutils-arm-linux-gnueabihf',
);

const obj = (name: string) => fixture('foreign-elf', name);
const RISCV = obj('go-relocation-test-gcc720-riscv64.obj');
const PPC64LE = obj('go-relocation-test-gcc482-ppc64le.obj');
const PPC32 = obj('go-relocation-test-gcc5-ppc.obj');
const ARM = obj('go-relocation-test-gcc492-arm.obj');
const PPC64_ELFV1 = obj('ppc64-elfv1-crt1.o');

let tmp = '';
const which = (t: string) => execFileSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).trim();
/** A directory holding only these tools, to put alone on PATH. */
function binWith(name: string, tools: string[]): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (const t of tools) symlinkSync(which(t), join(dir, t));
  return dir;
}
async function withPath<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const path = process.env.PATH;
  process.env.PATH = dir;
  try {
    return await fn();
  } finally {
    process.env.PATH = path;
  }
}
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kleak-machines-'));
});
afterAll(() => tmp && rmSync(tmp, { recursive: true, force: true }));

/** binutils' own answer, run directly: "function\nfile:line". */
const direct = (tool: string, file: string, address: number) =>
  execFileSync(tool, ['-f', '-e', file, `0x${address.toString(16)}`], { encoding: 'utf8' })
    .trim()
    .split('\n');

/** One record whose only frame is `fn+offset [module]`, as the kallsyms step names a module frame. */
function oneFrame(fn: string, offset: number, module: string): LeakRecord[] {
  const frame = {
    function: fn,
    offset,
    module,
    resolvedBy: 'kallsyms' as const,
    inlined: [],
    text: `${fn}+0x${offset.toString(16)} [${module}]`,
  };
  return [{ object: '0x0', size: 8, frames: [frame], source: { file: 'frames', line: 1 }, run: 0 }];
}

describe.skipIf(skip)('ELF machines', () => {
  it('names the machine of each object from e_machine, class and byte order', async () => {
    const names = await Promise.all([RISCV, PPC64LE, PPC64_ELFV1, PPC32, ARM].map(async (f) => machineOf(await readElf(f))?.name));
    expect(names).toEqual(['RISC-V 64', 'PowerPC64 LE', 'PowerPC64', 'PowerPC', 'ARM']);
  });

  it("routes each to a cross addr2line that lists its target, never to the host's x86 one", async () => {
    const tools = [
      'addr2line',
      'llvm-symbolizer',
      'riscv64-linux-gnu-addr2line',
      'powerpc64le-linux-gnu-addr2line',
      'arm-linux-gnueabihf-addr2line',
    ];
    const bin = binWith('cross', tools);
    const finder = new SymbolizerFinder({ choice: 'auto' });
    const chosen = (f: string) =>
      withPath(bin, async () => {
        const c = await finder.forBinary(await readElf(f), f);
        return c.ok ? c.tool.command : c.why;
      });
    expect(await chosen(RISCV)).toBe('riscv64-linux-gnu-addr2line');
    expect(await chosen(PPC64LE)).toBe('powerpc64le-linux-gnu-addr2line');
    expect(await chosen(ARM)).toBe('arm-linux-gnueabihf-addr2line');
    // no powerpc64-/powerpc- tools on this PATH: the ppc64le build lists elf64-powerpc and elf32-powerpc too
    expect(await chosen(PPC64_ELFV1)).toBe('powerpc64le-linux-gnu-addr2line');
    expect(await chosen(PPC32)).toBe('powerpc64le-linux-gnu-addr2line');
  });

  it('without a cross addr2line: llvm-symbolizer; without that either: a warning naming the package', async () => {
    const llvm = binWith('x86-and-llvm', ['addr2line', 'llvm-symbolizer']);
    const x86 = binWith('x86-only', ['addr2line']);
    for (const [file, pkg, name] of [
      [RISCV, 'binutils-riscv64-linux-gnu (riscv64-linux-gnu-addr2line)', 'RISC-V 64'],
      [PPC64_ELFV1, 'binutils-powerpc64-linux-gnu (powerpc64-linux-gnu-addr2line)', 'PowerPC64'],
    ] as const) {
      const elf = await readElf(file);
      const viaLlvm = await withPath(llvm, () => new SymbolizerFinder({ choice: 'auto' }).forBinary(elf, file));
      expect(viaLlvm).toEqual({ ok: true, tool: { command: 'llvm-symbolizer', kind: 'llvm' } });
      const none = await withPath(x86, () => new SymbolizerFinder({ choice: 'auto' }).forBinary(elf, file));
      expect(none).toEqual({
        ok: false,
        why: `no symbolizer here reads ${name} binaries (addr2line reads elf64-x86-64, elf32-i386, elf32-iamcu, ... only): install ${pkg} or llvm (llvm-symbolizer); no source lines from ${file}`,
      });
    }
  });
});

describe.skipIf(skip)('lines from a relocatable riscv64 / ppc64le object', () => {
  // Copied as <name>.ko, so its file name gives the module name, as for a .ko without .modinfo.
  const asKo = (file: string, name: string) => {
    const to = join(tmp, `${name}.ko`);
    copyFileSync(file, to);
    return to;
  };

  it('riscv64: main+0x22 (after the call at 0x1e) gets the line riscv64-linux-gnu-addr2line gives at pc-1', async () => {
    const ko = asKo(RISCV, 'hello');
    const out = await resolveSourceLines(oneFrame('main', 0x22, 'hello'), {
      debugInfo: [ko],
      moduleSections: [],
      symbolizer: 'auto',
      cwd: tmp,
    });
    const [fn, place] = direct('riscv64-linux-gnu-addr2line', RISCV, 0x21);
    expect(fn).toBe('main');
    expect(`${out.records[0]!.frames[0]!.file}:${out.records[0]!.frames[0]!.line}`).toBe(place);
    expect(out.warnings).toEqual([]);
    // the host's x86 addr2line has no line for it (no RISC-V relocations): the reason it is never asked
    expect(direct('addr2line', RISCV, 0x21)[1]).toMatch(/:\?$/);
  });

  it('riscv64 with llvm-symbolizer only: its ?? is a warning with the reason and the package, not a blank', async () => {
    const ko = asKo(RISCV, 'hello2');
    const out = await resolveSourceLines(oneFrame('main', 0x22, 'hello2'), {
      debugInfo: [ko],
      moduleSections: [],
      symbolizer: 'llvm-symbolizer',
      cwd: tmp,
    });
    expect(out.records[0]!.frames[0]!.line).toBeUndefined();
    expect(out.warnings).toEqual([
      `llvm-symbolizer answered ?? for main+0x22 [hello2] in ${ko}: it has line tables, but llvm-symbolizer misses some addresses of a relocatable .ko; ` +
        'riscv64-linux-gnu-addr2line (Debian package binutils-riscv64-linux-gnu) reads them; no source line',
    ]);
  });

  it('ppc64le: f+0x10 gets the path powerpc64le-linux-gnu-addr2line gives; the x86 addr2line would give a wrong one', async () => {
    const ko = asKo(PPC64LE, 'f');
    const out = await resolveSourceLines(oneFrame('f', 0x10, 'f'), { debugInfo: [ko], moduleSections: [], symbolizer: 'auto', cwd: tmp });
    const [, place] = direct('powerpc64le-linux-gnu-addr2line', PPC64LE, 0xf);
    expect(`${out.records[0]!.frames[0]!.file}:${out.records[0]!.frames[0]!.line}`).toBe(place);
    expect(direct('addr2line', PPC64LE, 0xf)[1]).not.toBe(place);
  });

  it('ppc64 ELFv1 (crt1.o): _start is a function descriptor in .opd, not code, so nothing is looked up, and the run says why', async () => {
    const ko = asKo(PPC64_ELFV1, 'crt1');
    const out = await resolveSourceLines(oneFrame('_start', 0x8, 'crt1'), {
      debugInfo: [ko],
      moduleSections: [],
      symbolizer: 'auto',
      cwd: tmp,
    });
    expect(out.records[0]!.frames[0]!.line).toBeUndefined();
    expect(out.warnings.join('\n')).toMatch(/_start is not a function in .*crt1\.ko/);
  });
});

describe.skipIf(skip)('a .ko without DWARF', () => {
  it('stripped as distributions ship modules (objcopy --strip-debug): each ?? says the line table is missing', async () => {
    const stripped = join(tmp, 'demo_wlan.ko');
    execFileSync('objcopy', ['--strip-debug', ko('v1'), stripped]);
    const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
    const out = await resolveSourceLines(records, { debugInfo: [stripped], moduleSections: [], symbolizer: 'auto', cwd: tmp });
    expect(out.records.flatMap((r) => r.frames).filter((f) => f.line !== undefined)).toEqual([]);
    expect(out.warnings).toEqual([
      `x86_64-linux-gnu-addr2line answered ?? for 15 frames (e.g. nicLoadNvramCfg+0x1a/0x90 [demo_wlan]) in ${stripped}: ` +
        'it has no line table (.debug_line): built without debug info, or stripped; no source line',
    ]);
  });
});
