// The board's v2 reports after the kernel's own scripts went over them
// (hil-6.1/forms: real output of Linux 6.1's decode_stacktrace.sh and
// faddr2line, see its README): the same records, frames, fingerprints,
// titles and verdict as the raw reports they came from.
import { describe, expect, it } from 'vitest';
import { fingerprintKey, fingerprintOf } from '../../src/fingerprint/fingerprint.js';
import { titleOf } from '../../src/fingerprint/title.js';
import type { LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { cli } from '../support/cli.js';
import { fixture, readFixture } from '../support/paths.js';

const FORMS = [
  { form: 'forms/v2-report-loaded.decoded.txt', raw: 'runs/v2/report-loaded.txt', by: 'decode_stacktrace.sh' },
  { form: 'forms/v2-report-loaded.decoded-without-modules.txt', raw: 'runs/v2/report-loaded.txt', by: 'decode_stacktrace.sh, no .ko' },
  { form: 'forms/v2-report-loaded.faddr2line.txt', raw: 'runs/v2/report-loaded.txt', by: 'faddr2line' },
  { form: 'forms/v2-report-loaded.faddr2line-block.txt', raw: 'runs/v2/report-loaded.txt', by: 'faddr2line, three addresses at once' },
  { form: 'forms/v2-console.decoded.txt', raw: 'runs/v2/console.log', by: 'decode_stacktrace.sh on a CRLF console' },
  { form: 'forms/v2-report-after-rmmod.decoded.txt', raw: 'runs/v2/report-after-rmmod.txt', by: 'decode_stacktrace.sh' },
];

const parse = (file: string) => parseReport(readFixture('hil-6.1', file), file, 0);
const identity = (r: LeakRecord) => ({ object: r.object, size: r.size, comm: r.comm, pid: r.pid, jiffies: r.jiffies, crc: r.crc });
const frames = (r: LeakRecord) => r.frames.map((f) => ({ function: f.function, module: f.module, address: f.address }));
const fingerprint = (r: LeakRecord) => fingerprintOf(fingerprintKey(r));

describe('reports decoded by decode_stacktrace.sh or annotated with faddr2line (hil-6.1 v2)', () => {
  for (const { form, raw, by } of FORMS) {
    it(`${form} (${by}): the records, frames, fingerprints and titles of ${raw}`, () => {
      const decoded = parse(form);
      const original = parse(raw);
      // The same warnings (a console repeats records), each naming its own file.
      expect(decoded.warnings.map((w) => w.replaceAll(form, 'REPORT'))).toEqual(original.warnings.map((w) => w.replaceAll(raw, 'REPORT')));
      expect(decoded.records.length).toBeGreaterThan(0);
      expect(decoded.records.map(identity)).toEqual(original.records.map(identity));
      expect(decoded.records.map(frames)).toEqual(original.records.map(frames));
      expect(decoded.records.map(fingerprint)).toEqual(original.records.map(fingerprint));
      expect(decoded.records.map(titleOf)).toEqual(original.records.map(titleOf));
    });
  }

  it('keeps the source places decode_stacktrace.sh printed: the frame its own (outermost) place, the module bare', () => {
    const [nvram] = parse('forms/v2-report-loaded.decoded.txt').records;
    const probe = nvram!.frames.find((f) => f.function === 'wlanProbe')!;
    expect(probe).toMatchObject({ module: 'demo_wlan', line: 104 });
    expect(probe.file).toMatch(/drivers\/net\/wireless\/demo_wlan\/os\/gl_init\.c$/);
    // `do_one_initcall (init/main.c:1255 init/main.c:1272)`: 1255 is the inlined do_trace_initcall_finish.
    expect(nvram!.frames.find((f) => f.function === 'do_one_initcall')).toMatchObject({ file: 'init/main.c', line: 1272 });
  });

  const check = async (report: string) => {
    const r = await cli([
      'check',
      fixture('hil-6.1', report),
      '--kallsyms',
      fixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt'),
      '--baseline',
      'baselines/demo-board.json',
      '--format',
      'json',
    ]);
    const result = JSON.parse(r.stdout) as { verdict: string; leaks: { fingerprint: string; status: string; title: string }[] };
    return { code: r.code, verdict: result.verdict, leaks: result.leaks.map((l) => [l.fingerprint, l.status, l.title]) };
  };

  for (const { form, raw } of FORMS) {
    it(`${form}: the verdict of ${raw} against baselines/demo-board.json`, async () => {
      const [formed, original] = [await check(form), await check(raw)];
      expect(original.code).toBe(1); // v2 adds the packet-log leak
      expect(formed).toEqual(original);
    });
  }

  it('reads the module in brackets, as newer decode_stacktrace.sh versions print it, and without the trailing space (derived from the real 6.1 output)', () => {
    const text = readFixture('hil-6.1/forms/v2-report-loaded.decoded.txt');
    const newer = text.replace(/\) demo_wlan$/gm, ') [demo_wlan]').replace(/ +$/gm, '');
    expect(newer).toMatch(/\) \[demo_wlan\]$/m);
    const records = parseReport(newer, 'newer', 0).records;
    expect(records.map(frames)).toEqual(parse('runs/v2/report-loaded.txt').records.map(frames));
  });
});

describe('console lines printed inside a record', () => {
  const raw = readFixture('hil-6.1/runs/v2/report-loaded.txt');
  // Real lines of the same boot's console (runs/v2/console.log), where other printks land between a read's lines.
  const printk = [
    '[   18.939158] kmemleak: 2 new suspected memory leaks (see /sys/kernel/debug/kmemleak)',
    '[   21.195925] demo_wlan: unloaded',
  ];
  const inside = (line: string) =>
    raw.replace('nicInitSystemService+0x3f/0x50 [demo_wlan]\n', `nicInitSystemService+0x3f/0x50 [demo_wlan]\n${line}\n`);

  for (const line of printk) {
    it(`skips "${line}" between two frames and keeps the rest of the backtrace (derived: inserted in the real v2 report)`, () => {
      const parsed = parseReport(inside(line), 'console', 0);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.records.map(frames)).toEqual(parse('runs/v2/report-loaded.txt').records.map(frames));
    });
  }

  it('fails closed on a blank line with frames after it: not read as the end of the backtrace (derived: a blank line in the real v2 report)', () => {
    const parsed = parseReport(inside(''), 'blank', 0);
    expect(parsed.records.filter((r) => r.unreadable).map((r) => r.unreadable)).toEqual([
      { line: 10, cause: 'a blank line inside the backtrace, frames go on after it' },
    ]);
  });

  it('fails closed on a line without a log prefix between frames: not read as the end of the backtrace', () => {
    const parsed = parseReport(inside('demo_wlan: unloaded'), 'bare', 0);
    expect(parsed.records.filter((r) => r.unreadable).map((r) => r.unreadable!.cause)).toEqual([
      'a console line inside the backtrace, frames go on after it: "demo_wlan: unloaded"',
    ]);
  });
});
