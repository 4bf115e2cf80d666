// v1 after rmmod, named by the project's parser + kallsyms snapshot, resolved
// against the v1 .ko: every demo_wlan frame must get the line that
// `addr2line -j SECTION OFFSET` gives for its return address - 1, run here.
import { describe, expect, it } from 'vitest';
import { resolveSourceLines } from '../../src/resolve/index.js';
import { DWARF_PREFIX, addr2lineDirect, driverSources, ko, namedRecords, readelfSymbol, run } from './hil.js';
import { skipWithout } from '../support/tools.js';

// debug-info inputs go through the real addr2line / llvm-symbolizer.
const skip = skipWithout('test/resolve/modules-v1.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');

const repo = driverSources('v1'); // a checkout of the driver repository
const sectionName = ['', '', '', '.text', '', '.text.unlikely', '', '.init.text'];

describe.skipIf(skip)('v1 report after rmmod with the v1 .ko', async () => {
  const records = namedRecords('v1', 'report-after-rmmod.txt', 'kallsyms-before-rmmod.txt');
  const out = await resolveSourceLines(records, {
    debugInfo: [ko('v1')],
    moduleSections: [run('v1', 'module-sections.txt')],
    symbolizer: 'addr2line',
    cwd: repo,
  });
  const demo = out.records.flatMap((r) => r.frames).filter((f) => f.module === 'demo_wlan');

  it('names the .init.text frame from the .ko and the module sections', () => {
    const init = out.records[0]!.frames[4]!;
    expect(init.address).toBe(0xffffffffc0313012n);
    expect(init).toMatchObject({ function: 'demo_wlan_init', offset: 0x12, module: 'demo_wlan', resolvedBy: 'debug-info' });
  });

  it('gives every demo_wlan frame the line addr2line gives, repository-relative', () => {
    expect(demo.length).toBe(4 + 6 * 2); // NVRAM: 3 core + the init frame; TX template: 6, twice
    for (const f of demo) {
      const sym = readelfSymbol(ko('v1'), f.function!);
      const chain = addr2lineDirect(ko('v1'), sym.value + f.offset! - 1, sectionName[sym.shndx]);
      const outer = chain[chain.length - 1]!;
      expect(outer.file!.startsWith(DWARF_PREFIX)).toBe(true);
      expect({ fn: f.function, file: f.file, line: f.line }).toEqual({
        fn: f.function,
        file: outer.file!.slice(DWARF_PREFIX.length),
        line: outer.line,
      });
      expect(f.inlined).toEqual(chain.slice(0, -1).map((c) => ({ function: c.function, file: c.file, line: c.line })));
    }
    expect(out.warnings).toEqual([]);
  });

  it('keeps kernel-header paths of inlined frames as DWARF gives them', () => {
    const nvram = out.records[0]!.frames[1]!;
    expect(nvram.function).toBe('nicLoadNvramCfg');
    expect(nvram.inlined[0]).toMatchObject({ function: 'kmalloc', file: '/usr/src/linux-6.1/include/linux/slab.h' });
  });

  it('leaves kernel frames alone when no vmlinux is given', () => {
    const k = out.records[0]!.frames[0]!;
    expect(k.function).toBe('kmalloc_trace');
    expect(k.file).toBeUndefined();
  });
});
