// The 32-bit ARM board fixtures (test/fixtures/hil-arm32-6.1, ARM code, and
// hil-arm32-thumb2-6.1, a Thumb-2 kernel and modules) each hold together:
// each load's build-id note names the .ko of that version, the section
// addresses the kernel listed and its /proc/kallsyms agree with the .ko's own
// symbol table, the reports are read completely by the project's parser, and
// every raw frame lies in the module's code. What each run shows is in the
// fixture's README; this checks that its files belong to each other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIdFromNoteHex } from '../../src/capture/build-id.js';
import { parseKallsyms, type SymbolTable } from '../../src/kallsyms/parse.js';
import { parseReport } from '../../src/parse/report.js';
import { ET_REL, readElf, SHF_ALLOC, SHF_EXECINSTR, type ElfFile } from '../../src/resolve/elf.js';
import { fixture, readFixture } from '../support/paths.js';

const BOARDS = ['hil-arm32-6.1', 'hil-arm32-thumb2-6.1'];
const EM_ARM = 40;
/** L1_CACHE_BYTES of the board's kernel (CONFIG_ARM_L1_CACHE_SHIFT=6): the alignment module-plts.c gives .plt. */
const PLT_ALIGN = 64;

type Version = 'v1' | 'v2' | 'v3';
/** What the initramfs /init loads: v1|v2|v3 once, reload-v1 the v1 module twice (suffixes -1, -2). */
const LOADS: { run: string; suffix: string; version: Version; label: string }[] = [
  { run: 'v1', suffix: '', version: 'v1', label: 'v1' },
  { run: 'v2', suffix: '', version: 'v2', label: 'v2' },
  { run: 'v3', suffix: '', version: 'v3', label: 'v3' },
  { run: 'reload-v1', suffix: '-1', version: 'v1', label: 'reload-v1 load 1 (v1)' },
  { run: 'reload-v1', suffix: '-2', version: 'v1', label: 'reload-v1 load 2 (v1)' },
];
const REPORTS = LOADS.flatMap(({ run, suffix }) => [`${run}/report-loaded${suffix}.txt`, `${run}/report-after-rmmod${suffix}.txt`]);

/** The core (not .init*) executable sections of a .ko, in the order the module loader lays them out. */
const coreText = (elf: ElfFile) =>
  elf.sections.filter((s) => (s.flags & (SHF_ALLOC | SHF_EXECINSTR)) === (SHF_ALLOC | SHF_EXECINSTR) && !s.name.startsWith('.init'));

const alignUp = (n: bigint, a: number) => ((n + BigInt(a) - 1n) / BigInt(a)) * BigInt(a);

function checkBoard(board: string) {
  const koPath = (v: Version) => fixture(board, 'modules', v, 'demo_wlan.ko');
  const runFile = (run: string, file: string) => readFixture(board, 'runs', run, file);
  const elfCache = new Map<Version, Promise<ElfFile>>();
  const ko = (v: Version) => elfCache.get(v) ?? elfCache.set(v, readElf(koPath(v))).get(v)!;

  /** `/sys/module/demo_wlan/sections/*` as saved: "name 0xaddress" per line. */
  function sectionBases(run: string, suffix: string): Map<string, bigint> {
    const lines = runFile(run, `module-sections${suffix}.txt`).trim().split('\n');
    return new Map(lines.map((l) => l.split(' ') as [string, string]).map(([name, addr]) => [name, BigInt(addr)]));
  }

  describe(`${board}: the module files`, () => {
    it('are three different 32-bit little-endian ARM relocatable objects', async () => {
      const ids = new Set<string | undefined>();
      for (const v of ['v1', 'v2', 'v3'] as const) {
        const elf = await ko(v);
        expect(elf.is64).toBe(false);
        expect(elf.littleEndian).toBe(true);
        expect(elf.type).toBe(ET_REL);
        expect(readFileSync(koPath(v)).readUInt16LE(18)).toBe(EM_ARM);
        ids.add(elf.buildId);
      }
      expect([...ids].every((id) => /^[0-9a-f]{40}$/.test(id ?? ''))).toBe(true);
      expect(ids.size).toBe(3);
    });
  });

  describe.each(LOADS)(`${board}: $label`, ({ run, suffix, version }) => {
    it('the build id the kernel reported for the load is the one of that version’s .ko', async () => {
      const note = buildIdFromNoteHex(runFile(run, `module-build-id-note${suffix}.hex`));
      expect(note).toEqual({ buildId: (await ko(version)).buildId });
    });

    it('every core function of the .ko is in /proc/kallsyms at its section’s load address + its st_value', async () => {
      const elf = await ko(version);
      const bases = sectionBases(run, suffix);
      const table = parseKallsyms(runFile(run, `kallsyms-before-rmmod${suffix}.txt`), `${run}/kallsyms-before-rmmod${suffix}.txt`);
      const loaded = new Map(table.symbols.filter((s) => s.module === 'demo_wlan').map((s) => [s.name, s.address]));
      const functions = elf.symbols.filter((s) => s.type === 2 && coreText(elf).some((t) => t.index === s.shndx));
      expect(functions.length).toBeGreaterThan(10);
      for (const f of functions) {
        const section = elf.sections[f.shndx]!;
        // a Thumb function's st_value has bit 0 set; kallsyms lists its first instruction
        expect({ name: f.name, address: loaded.get(f.name) }).toEqual({
          name: f.name,
          address: bases.get(section.name)! + (f.value & ~1n),
        });
      }
    });

    it('the module text is laid out as in the .ko, except .plt, which the kernel aligned to the cache line', async () => {
      const elf = await ko(version);
      const bases = sectionBases(run, suffix);
      let end = bases.get('.text')!;
      for (const s of coreText(elf)) {
        const isPlt = s.name === '.plt';
        // the .ko's .plt is the 1-byte placeholder of arch/arm/include/asm/module.lds.h
        if (isPlt) expect({ size: s.size, addralign: s.addralign }).toEqual({ size: 1, addralign: 1 });
        const at = alignUp(end, isPlt ? PLT_ALIGN : s.addralign);
        expect({ section: s.name, address: bases.get(s.name) }).toEqual({ section: s.name, address: at });
        if (isPlt) expect(alignUp(end, s.addralign)).not.toBe(at);
        end = at + BigInt(s.size);
      }
    });
  });

  describe(`${board}: the reports`, () => {
    it.each(REPORTS)('%s is read whole: one record per object, no warnings, 32-bit addresses', (file) => {
      const text = readFixture(board, 'runs', file);
      const parsed = parseReport(text, file, 0);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.records).toHaveLength((text.match(/^unreferenced object 0x[0-9a-f]{8} /gm) ?? []).length);
      for (const r of parsed.records) {
        expect(r.object).toMatch(/^(0x)?[0-9a-f]{8}$/);
        expect(r.frames.length).toBeGreaterThan(3);
        for (const f of r.frames) if (f.address !== undefined) expect(f.address < 1n << 32n).toBe(true);
      }
    });

    it.each(LOADS)('$label: every raw frame after rmmod lies in the text of a load of that run', async ({ run, suffix }) => {
      const ranges: [bigint, bigint][] = [];
      for (const load of LOADS.filter((l) => l.run === run)) {
        const elf = await ko(load.version);
        const bases = sectionBases(run, load.suffix);
        for (const s of elf.sections.filter((s) => (s.flags & SHF_EXECINSTR) !== 0 && bases.has(s.name))) {
          ranges.push([bases.get(s.name)!, bases.get(s.name)! + BigInt(s.size)]);
        }
      }
      const raw = parseReport(runFile(run, `report-after-rmmod${suffix}.txt`), run, 0).records.flatMap((r) =>
        r.frames.filter((f) => !f.function),
      );
      expect(raw.length).toBeGreaterThan(0);
      for (const f of raw) expect(ranges.some(([lo, hi]) => f.address! >= lo && f.address! < hi)).toBe(true);
    });
  });

  describe(`${board}: the kernel`, () => {
    const systemMap: SymbolTable = parseKallsyms(readFixture(board, 'kernel/System.map'), 'kernel/System.map');

    it.each(['v1', 'v2', 'v3', 'reload-v1'])('%s ran the kernel of kernel/ (its release, its build, its addresses: no KASLR)', (run) => {
      expect(runFile(run, 'uname-r.txt')).toBe(readFixture(board, 'kernel/kernelrelease.txt'));
      expect(runFile(run, 'dmesg.txt')).toMatch(/Linux version 6\.1\.\d+ \(builder@hil-ci\) \(arm-linux-gnueabihf-gcc /);
      const snapshot = parseKallsyms(runFile(run, `kallsyms-before-rmmod${run === 'reload-v1' ? '-1' : ''}.txt`), run);
      // names repeat (static functions of several files), so compare name@address pairs
      const core = new Set(
        snapshot.symbols.filter((s) => !s.module && /^[tT]$/.test(s.type)).map((s) => `${s.name}@${s.address.toString(16)}`),
      );
      const text = systemMap.symbols.filter((s) => /^[tT]$/.test(s.type)).map((s) => `${s.name}@${s.address.toString(16)}`);
      expect(text.length).toBeGreaterThan(5000);
      expect(text.filter((s) => !core.has(s))).toEqual([]);
    });
  });
}

for (const board of BOARDS) checkBoard(board);
