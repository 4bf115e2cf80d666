// A record that cannot be read in full is marked unreadable, with the line
// and a cause that says what was wrong, and never becomes a leak: it gets no
// fingerprint and is grouped with nothing. Inputs are real reports; where one
// is cut or interleaved here, the test says how, and the file stays unchanged.
import { describe, expect, it } from 'vitest';
import { groupLeaks } from '../../src/fingerprint/group.js';
import type { LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { readFixture } from '../support/paths.js';

const v2 = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt');
const unreadable = (records: LeakRecord[]) => records.filter((r) => r.unreadable);
const lineOf = (text: string, needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('a report cut at its end (every cut position of the real v2 report)', () => {
  const firstHeader = v2.indexOf('unreferenced object');

  it('cut mid-line inside a record: the last record is unreadable, "cut mid-line at end of input"', () => {
    let cuts = 0;
    for (let p = firstHeader + 1; p < v2.length; p++) {
      if (v2[p - 1] === '\n') continue;
      const cut = v2.slice(0, p);
      const parsed = parseReport(cut, 'cut.txt', 0);
      const last = parsed.records[parsed.records.length - 1]!;
      expect(last.unreadable?.cause, `cut at ${p}`).toMatch(/^cut mid-line at end of input: /);
      expect(last.unreadable!.line).toBe(cut.split('\n').length);
      expect(unreadable(parsed.records)).toHaveLength(1);
      cuts++;
    }
    expect(cuts).toBeGreaterThan(3000);
  });

  it('cut after "backtrace:" or inside the hex dump, at a line end: unreadable with that cause', () => {
    const afterBacktrace = v2.slice(0, v2.indexOf('backtrace:\n', v2.indexOf('0xffff8ea7003ef8c0')) + 'backtrace:\n'.length);
    expect(unreadable(parseReport(afterBacktrace, 'cut.txt', 0).records).map((r) => r.unreadable!.cause)).toEqual([
      'cut at end of input: no frame after "backtrace:"',
    ]);
    const inHexDump = v2.slice(0, v2.indexOf('  hex dump', v2.indexOf('0xffff8ea7003ef8c0')));
    expect(unreadable(parseReport(inHexDump, 'cut.txt', 0).records).map((r) => r.unreadable!.cause)).toEqual([
      'cut at end of input before its backtrace',
    ]);
  });

  it('the whole report, newline-terminated, has no unreadable record', () => {
    expect(unreadable(parseReport(v2, 'v2.txt', 0).records)).toEqual([]);
  });
});

describe('records interrupted inside the backtrace', () => {
  // derived: the real v1 report with a real line of that board's serial
  // console (the test script's "HIL: ... rmmod demo_wlan", v1/console.log)
  // after the third frame of every backtrace, as a serial console interleaves
  // a program's output. (A kernel line has a log prefix that says it is
  // another printk; the record is read past it.)
  const v1 = readFixture('hil-6.1/runs/v1/report-after-rmmod.txt');
  const consoleLine = readFixture('hil-6.1/runs/v1/console.log')
    .split('\n')
    .map((l) => l.trimEnd())
    .find((l) => /^HIL: .*rmmod demo_wlan$/.test(l))!;
  const interleaved = v1.replace(/(backtrace:\n(?:.*\n){3})/g, `$1${consoleLine}\n`);

  it('a console line inside each backtrace: every record unreadable, the cause names the line', () => {
    const parsed = parseReport(interleaved, 'console.txt', 0);
    expect(parsed.records).toHaveLength(3);
    const lines = interleaved.split('\n');
    expect(parsed.records.map((r) => r.unreadable)).toEqual(
      lines
        .map((l, i) => ({ l, line: i + 1 }))
        .filter(({ l }) => l === consoleLine)
        .map(({ line }) => ({ line, cause: `a console line inside the backtrace, frames go on after it: ${JSON.stringify(consoleLine)}` })),
    );
    expect(groupLeaks(parsed.records)).toEqual([]);
  });

  it('a blank line inside a backtrace, frames going on after it (derived: one blank line in the real v1 report)', () => {
    const text = v1.replace('vmalloc+0x3c/0x50\n', 'vmalloc+0x3c/0x50\n\n');
    const parsed = parseReport(text, 'blank.txt', 0);
    expect(unreadable(parsed.records).map((r) => r.unreadable)).toEqual([
      { line: lineOf(text, 'vmalloc+0x3c/0x50') + 1, cause: 'a blank line inside the backtrace, frames go on after it' },
    ]);
  });

  it('a garbage frame line: "a line of unknown form inside the backtrace" (derived: one frame of the real v1 report garbled)', () => {
    const text = v1.replace('] 0xffffffffc030e572', '] 0xffffffffc030e572 ???');
    const parsed = parseReport(text, 'garbled.txt', 0);
    expect(unreadable(parsed.records).map((r) => r.unreadable)).toEqual([
      { line: lineOf(text, '???'), cause: 'a line of unknown form inside the backtrace: "[<(____ptrval____)>] 0xffffffffc030e572 ???"' },
    ]);
  });
});

describe('a console log with several reads of kmemleak', () => {
  // derived: the real v2 serial console log, which holds a read while the
  // module was loaded and one after rmmod, with the board's unprefixed test
  // script line inside the first read's first backtrace.
  const log = readFixture('hil-6.1/runs/v2/console.log');
  const hilLine = log
    .split('\n')
    .map((l) => l.trimEnd())
    .find((l) => /^HIL: .*rmmod demo_wlan$/.test(l))!;
  const at = log.indexOf('nicInitSystemService+0x3f/0x50 [demo_wlan]');

  it('an object whose other printing was read in full is read from that one, not unreadable', () => {
    const interleaved = log.slice(0, log.indexOf('\n', at) + 1) + hilLine + '\r\n' + log.slice(log.indexOf('\n', at) + 1);
    const parsed = parseReport(interleaved, 'console.log', 0);
    expect(unreadable(parsed.records)).toEqual([]);
    expect(parsed.records.map((r) => r.object).sort()).toEqual(
      parseReport(log, 'console.log', 0)
        .records.map((r) => r.object)
        .sort(),
    );
  });

  it('an object printed once, unreadable there, stays unreadable (the same line in the last read)', () => {
    const last = log.lastIndexOf('\n', log.lastIndexOf('kthread+0x9c/0xb0')) + 1;
    const interleaved = log.slice(0, last) + hilLine + '\r\n' + log.slice(last);
    expect(unreadable(parseReport(interleaved, 'console.log', 0).records).map((r) => r.unreadable!.cause)).toEqual([
      `a console line inside the backtrace, frames go on after it: ${JSON.stringify(hilLine)}`,
    ]);
  });
});

describe('unreadable records are never grouped or fingerprinted', () => {
  it('two different cut records (syzkaller report_126, a cut v2 record) share nothing and make no leak', () => {
    const syz = parseReport(readFixture('corpus/syzkaller-kmemleak/report_126.txt').split('\n\n').slice(1).join('\n\n'), 'syz', 0);
    const cut = parseReport(v2.slice(0, v2.indexOf('backtrace:') + 'backtrace:\n'.length), 'cut', 1);
    const both = [...syz.records, ...cut.records];
    expect(both.map((r) => r.unreadable?.cause)).toEqual([
      'record header not understood (no address or size): "unreferenced object"',
      'cut at end of input: no frame after "backtrace:"',
    ]);
    expect(groupLeaks(both)).toEqual([]);
  });
});
