// Table-driven over the real corpus, as syzkaller's pkg/report tests are:
// each file's expected title and record count come from its INDEX.tsv row
// (and the file's own TITLE header), never typed in here.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { groupLeaks } from '../../src/fingerprint/group.js';
import { parseReport } from '../../src/parse/report.js';
import { fixture, readFixture, readTsv, stripSyzkallerHeader } from '../support/paths.js';

const syz = readTsv(fixture('corpus/syzkaller-kmemleak/INDEX.tsv'));
const lore = readTsv(fixture('corpus/kmemleak-lore/INDEX.tsv'));

// Where we give another answer than syzkaller, and why.
const OUR_TITLE: Record<string, { title: string; why: string }> = {
  'report_309.txt': {
    title: 'memory leak in sget_userns',
    why: 'syzkaller skips sget_userns only because its substring skip list has "get_user"; the list_lru really was allocated in sget_userns',
  },
};
// Files whose records are several objects of one leak site (INDEX format_notes say "dedup target").
const SAME_SITE = new Set(['guilty_48.txt']);

describe('syzkaller kmemleak corpus', () => {
  for (const row of syz) {
    const file = row.file!;
    it(`${file}: ${row.num_leak_records} record(s), title "${OUR_TITLE[file]?.title ?? row.expected_title}"`, () => {
      const { header, body } = stripSyzkallerHeader(readFixture('corpus/syzkaller-kmemleak', file));
      if (row.type !== 'LEAK') {
        // report_324: an oops inside kmemleak is not a leak, and the report cannot be trusted.
        expect(() => parseReport(body, file, 0)).toThrow(InputError);
        expect(() => parseReport(body, file, 0)).toThrow(/oops inside kmemleak/);
        return;
      }
      const parsed = parseReport(body, file, 0);
      expect(parsed.records).toHaveLength(Number(row.num_leak_records));
      const leaks = groupLeaks(parsed.records);
      expect(parsed.warnings).toEqual([]);
      if (row.corrupted === 'Y') {
        // syzkaller titles a cut record "memory leak in corrupted"; here it is
        // unreadable: no fingerprint, no group, no title, and the cause says what was cut.
        expect(parsed.records[0]!.unreadable).toEqual({
          line: 2,
          cause: 'record header not understood (no address or size): "unreferenced object"',
        });
        expect(leaks).toEqual([]);
        return;
      }
      expect(parsed.records.filter((r) => r.unreadable)).toEqual([]);
      expect(leaks).toHaveLength(SAME_SITE.has(file) ? 1 : parsed.records.length);
      if (header.TITLE) {
        expect(header.TITLE).toBe(row.expected_title);
        expect(leaks[0]!.title).toBe(OUR_TITLE[file]?.title ?? header.TITLE);
      }
    });
  }
});

describe('mailing-list corpus, one report per kernel era', () => {
  for (const row of lore) {
    const file = row.file!;
    it(`${file}: every record parsed with its full backtrace`, () => {
      const text = readFixture('corpus/kmemleak-lore', file);
      const expected = (text.match(/unreferenced object 0x/g) ?? []).length;
      const parsed = parseReport(text, file, 0);
      expect(parsed.records).toHaveLength(expected);
      expect(parsed.warnings).toEqual([]);
      for (const r of parsed.records) {
        expect(r.size).toBeGreaterThan(0);
        expect(r.comm).toBeDefined();
        expect(r.frames.length).toBeGreaterThan(3);
        // terminators are not frames
        expect(r.frames.some((f) => f.address === 0xffffffffn || f.address === 0xffffffffffffffffn)).toBe(false);
      }
    });
  }
});
