// Table-driven over real reports in the forms engineers publish them
// (corpus/forms/INDEX.tsv: decoded, quoted-printable, ppc64 ELFv1, trimmed
// comm lines, syzkaller [inline] frames): records, frames and titles come from
// the INDEX row, never typed in here.
import { describe, expect, it } from 'vitest';
import { fingerprintKey, fingerprintOf } from '../../src/fingerprint/fingerprint.js';
import { groupLeaks } from '../../src/fingerprint/group.js';
import { titleOf } from '../../src/fingerprint/title.js';
import type { LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { fixture, readFixture, readTsv } from '../support/paths.js';

const rows = readTsv(fixture('corpus/forms/INDEX.tsv'));
const parse = (file: string) => parseReport(readFixture('corpus/forms', file), file, 0);
const fingerprint = (r: LeakRecord) => fingerprintOf(fingerprintKey(r));

describe('real reports in published forms', () => {
  for (const row of rows) {
    const file = row.file!;
    it(`${file} (${row.form}): ${row.records} record(s), frames ${row.frames}, "${row.title}"`, () => {
      const parsed = parse(file);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.records).toHaveLength(Number(row.records));
      expect(parsed.records.map((r) => r.frames.length).join(';')).toBe(row.frames);
      for (const r of parsed.records) {
        expect(r.size).toBeGreaterThan(0);
        expect(r.comm).toBeDefined();
        expect(r.frames.every((f) => f.function !== undefined && f.function !== '')).toBe(true);
      }
      const leaks = groupLeaks(parsed.records);
      expect(leaks).toHaveLength(Number(row.leaks));
      expect(leaks[0]!.title).toBe(row.title);
      if (row.same_as) {
        const other = parse(row.same_as).records;
        expect(parsed.records.map(fingerprint)).toEqual(other.map(fingerprint));
        expect(parsed.records.map(titleOf)).toEqual(other.map(titleOf));
      }
    });
  }
});

describe('forms, one property each', () => {
  it('ppc64 ELFv1 `.name` frames give the fingerprint and title of the ELFv2 names (derived: the real fman report without the dots)', () => {
    const text = readFixture('corpus/forms/fman_2020_ppc64_elfv1_dot_symbols.txt');
    const elfv2 = text.replace(/\] \./g, '] ');
    expect(elfv2).not.toBe(text);
    const [v1] = parseReport(text, 'elfv1', 0).records;
    const [v2] = parseReport(elfv2, 'elfv2', 0).records;
    expect(v1!.frames[1]!.function).toBe('.__request_region');
    expect(v2!.frames[1]!.function).toBe('__request_region');
    expect(fingerprint(v1!)).toBe(fingerprint(v2!));
    expect(titleOf(v1!)).toBe(titleOf(v2!));
  });

  it('decodes quoted-printable bodies: no-break spaces, soft line breaks inside hex rows, the hex dump kept whole', () => {
    const [r] = parse('mips_2011_quoted_printable.txt').records;
    expect(r).toMatchObject({ object: '0x8f90d000', size: 4096, comm: 'swapper', pid: 1, jiffies: 4294937330n });
    expect(r!.frames.map((f) => f.function)).toEqual([
      'alloc_large_system_hash',
      'udp_table_init',
      'udp_init',
      'inet_init',
      'do_one_initcall',
      'kernel_init',
      'kernel_thread_helper',
    ]);
    expect(r!.frames[0]!.text).toBe('[<80529644>] alloc_large_system_hash+0x2f8/0x410');
  });

  it('a comm line without `, jiffies N` leaves the record whole, without jiffies', () => {
    const records = parse('rvck_208_2026_riscv_comm_without_jiffies.txt').records;
    expect(records.map((r) => [r.comm, r.pid, r.jiffies, r.unreadable])).toEqual([
      ['swapper/0', 0, undefined, undefined],
      ['swapper/0', 1, undefined, undefined],
    ]);
  });

  it('titles skip inlined frames as syzkaller does: the raw form of the zr364xx report gets the same title', () => {
    // Derived: the real syzbot report without its [inline] lines and file:line columns, as the kernel printed it.
    const symbolized = readFixture('corpus/forms/zr364xx_2020_syzbot_inline_title.txt');
    const raw = symbolized
      .split('\n')
      .filter((l) => !l.endsWith('[inline]'))
      .map((l) => l.replace(/ \S+\.c:\d+$/, ''))
      .join('\n');
    const [s] = parseReport(symbolized, 'symbolized', 0).records;
    const [r] = parseReport(raw, 'raw', 0).records;
    expect(s!.frames.flatMap((f) => f.inlined.map((i) => i.function))).toContain('zr364xx_board_init');
    expect(r!.frames.flatMap((f) => f.inlined)).toEqual([]);
    expect(titleOf(s!)).toBe(titleOf(r!));
    expect(fingerprint(s!)).toBe(fingerprint(r!));
  });

  it("drops a syscall wrapper's prefix from a title as syzkaller does (derived: the real v2 nvram record cut after its allocator)", () => {
    const text = readFixture('hil-6.1/runs/v2/report-loaded.txt');
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.includes('nicLoadNvramCfg+'));
    const to = lines.findIndex((l) => l.includes('__do_sys_finit_module+'));
    const cut = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    const [r] = parseReport(cut, 'cut', 0).records;
    expect(r!.frames.map((f) => f.function).slice(0, 2)).toEqual(['kmalloc_trace', '__do_sys_finit_module']);
    expect(titleOf(r!)).toBe('memory leak in finit_module');
  });
});
