// Hostile reports (issue 14's reproducers, made from the real v2 report and
// the seed report with its kallsyms): numbers beyond what the kernel prints
// and lines hundreds of KB long are read in linear time and end as a precise
// exit 2 or a verdict, never as a crash, a stack trace, Infinity or null.
// Time is not asserted here (npm run bench measures it); a quadratic parser
// would blow the test's timeout on the 400 KB lines.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture, readFixture } from '../support/paths.js';

const v2 = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt');
const v2Kallsyms = fixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt');
const seed = readFixture('seed/report-after-rmmod.txt');
const seedKallsyms = fixture('seed/kallsyms-before-rmmod.txt');
const KB = 1024;
let dir: string;
let emptyBaseline: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  emptyBaseline = write('empty.json', JSON.stringify({ schema: 'kleak-gate/baseline@1', fingerprint: 'kl1', leaks: [] }));
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** A run ends as the tool means it to: 0/1, or 2 with one `kleak-gate: file:line: cause` line; never an internal error. */
function expectClean(r: { code: number; stderr: string }): void {
  expect(r.stderr).not.toMatch(/internal error| {4}at /);
  expect([0, 1, 2]).toContain(r.code);
  if (r.code === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('numbers beyond their kernel bound make the record unreadable, with the number named', () => {
  const offset300 = 'f'.repeat(300);

  it('a 300-digit frame offset, with the symbol table that the slide check reads (was BigInt(Infinity))', async () => {
    const text = seed.replace('kmemleak_alloc+0x4e/0xb0', `kmemleak_alloc+0x${offset300}/0xb0`);
    const r = await cli(['check', write('offset.txt', text), '--kallsyms', v2Kallsyms, '--baseline', emptyBaseline]);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `offset.txt:${lineOf(text, 'kmemleak_alloc+')}: unreadable record: offset 0xffffffffffff…(300 digits) is out of range (more than 0x1fffffffffffff)`,
    );
  });

  it('a 300-digit offset on a module frame named by the kernel, with a baseline (was BigInt(Infinity) in addressAtReadTime)', async () => {
    const text = seed.replace(
      '[<ffffffffc081ccbc>] 0xffffffffc081ccbc',
      `[<ffffffffc081ccbc>] nicTxGenerateDescTemplate+0x${offset300}/0x1 [wlan_mt6632_usb]`,
    );
    const r = await cli([
      'check',
      write('module-offset.txt', text),
      '--kallsyms',
      seedKallsyms,
      '--baseline',
      emptyBaseline,
      '--allow-unreadable',
      '--format',
      'json',
    ]);
    expectClean(r);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.unreadable).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'nicTxGenerateDescTemplate+'),
        cause: expect.stringMatching(/^offset 0xffffffffffff…\(300 digits\) is out of range/),
      }),
    ]);
    expect(r.stdout).not.toMatch(/null|Infinity|NaN/);
  });

  it.each([
    [
      'object size',
      v2.replace('(size 512)', `(size ${'9'.repeat(400)})`),
      'object size 999999999999…(400 digits) is out of range (more than 9007199254740991)',
    ],
    ['object address', v2.replace('0xffff8ea700a72a00', `0x${'a'.repeat(17)}`), `object address 0x${'a'.repeat(17)} is wider than 64 bits`],
    ['pid', v2.replace('pid 43,', 'pid 2147483648,'), 'pid 2147483648 is out of range (more than 2147483647)'],
    ['jiffies', v2.replace('jiffies 4294894852', 'jiffies 18446744073709551616'), 'jiffies 18446744073709551616 is wider than 64 bits'],
    ['a raw frame address', v2.replace('0xffffffffc027722a', `0x1${'0'.repeat(16)}`), `address 0x1${'0'.repeat(16)} is wider than 64 bits`],
    [
      'a symbol size',
      v2.replace('kmalloc_trace+0x11/0x20', 'kmalloc_trace+0x11/0x20000000000000'),
      'symbol size 0x20000000000000 is out of range',
    ],
  ])('%s', async (_what, text, cause) => {
    const r = await cli(['check', write('n.txt', text), '--kallsyms', v2Kallsyms, '--baseline', emptyBaseline]);
    expectClean(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unreadable record: ${cause}`);
  });

  it('sizes at the bound are read exactly, and their sum stops at the bound: the baseline written reads back', async () => {
    const max = String(Number.MAX_SAFE_INTEGER);
    const text = v2.replace(/\(size \d+\)/g, `(size ${max})`);
    const base = join(dir, 'max.json');
    const update = await cli(['baseline', 'update', write('max.txt', text), '--baseline', base, '--accept-new', '--kallsyms', v2Kallsyms]);
    expectClean(update);
    expect(update.code).toBe(0);
    const written = JSON.parse(readFileSync(base, 'utf8'));
    expect(written.leaks.length).toBeGreaterThan(0);
    for (const e of written.leaks) expect(Number.isSafeInteger(e.bytes)).toBe(true);
    expect(written.leaks.map((e: { bytes: number }) => e.bytes)).toContain(Number.MAX_SAFE_INTEGER);
    expect((await cli(['baseline', 'validate', base])).code).toBe(0);
    expect((await cli(['check', write('max.txt', text), '--baseline', base, '--kallsyms', v2Kallsyms])).code).toBe(0);
  });
});

describe('lines of 400 KB: read in linear time, ending as a verdict or a precise exit 2', () => {
  const n = 400 * KB;
  const tooLong = /unreadable record: line too long \(\d+ characters, more than 65536\)/;
  const cases: [string, string, RegExp | number][] = [
    ['a comm line of `comm "` repeated (inside a record)', v2.replace('comm "insmod"', `comm "${'comm "'.repeat(n / 6)}"`), tooLong],
    ['a console line of `comm "` repeated (after the report)', `${v2}\n${'comm "'.repeat(n / 6)}\n`, 1],
    ['a kmemleak line of "kmemleak" repeated (after the report)', `${v2}\nkmemleak: ${'kmemleak '.repeat(n / 9)}\n`, 1],
    [
      'a line of "kmemleak_" after an oops',
      `${v2}\nBUG: unable to handle page fault\n${'kmemleak_'.repeat(n / 9)}\n`,
      /kernel oops inside kmemleak/,
    ],
    ['a frame line of `+0x1/0x1` repeated', v2.replace('kmalloc_trace+0x11/0x20', `kmalloc_trace${'+0x1/0x1'.repeat(n / 8)}`), tooLong],
    ['a dotted name of 400 KB', v2.replace('do_one_initcall+0x4c/0x160', `do_one_initcall${'.1'.repeat(n / 2)}+0x4c/0x160`), tooLong],
    [
      'a decode_stacktrace-like line',
      v2.replace('[<(____ptrval____)>] kmalloc_trace+0x11/0x20', `kmalloc_trace (${'a:1 '.repeat(n / 4)}x)`),
      tooLong,
    ],
    ['a faddr2line-like line', v2.replace('[<(____ptrval____)>] do_one_initcall+0x4c/0x160', `f at ${'a:1'.repeat(n / 3)}x`), tooLong],
    ['a record header of 400 KB', `${v2}unreferenced object 0x${'f'.repeat(n)} (size 1):\n`, tooLong],
    ['a console line of 400 KB right after a record: the record ends there', `${v2}${'x'.repeat(n)}\n`, 1],
    [
      'quoted-printable soft line breaks joining 130,000 lines',
      `Content-Transfer-Encoding: quoted-printable\n\n${v2.replace('kmalloc_trace+0x11/0x20', `kmalloc_trace+0x11/0x20=\n${'a=\n'.repeat(n / 3)}`)}`,
      tooLong,
    ],
  ];
  it.each(cases)('%s', async (_what, text, expected) => {
    const r = await cli(['check', write('long.txt', text), '--kallsyms', v2Kallsyms, '--baseline', emptyBaseline]);
    expectClean(r);
    if (typeof expected === 'number') expect(r.code).toBe(expected);
    else {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(expected);
    }
  });

  it("a dotted name of 60 KB (under the line cap): its suffixes go, the leaks and fingerprints are the real report's", async () => {
    const dotted = v2.replace(/do_one_initcall\+/g, `do_one_initcall${'.1'.repeat(30 * KB)}+`);
    const json = async (path: string) =>
      JSON.parse((await cli(['check', path, '--kallsyms', v2Kallsyms, '--baseline', emptyBaseline, '--format', 'json'])).stdout);
    const real = await json(write('real.txt', v2));
    const hostile = await json(write('dotted.txt', dotted));
    expect(hostile.leaks.map((l: { fingerprint: string }) => l.fingerprint)).toEqual(
      real.leaks.map((l: { fingerprint: string }) => l.fingerprint),
    );
    expect(hostile.verdict).toBe(real.verdict);
  });
});
