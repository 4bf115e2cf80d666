// The same parser for every way a report reaches us: debugfs file, verbose
// dmesg, serial console with other output, mail quotes, CRLF, and
// mail-wrapped lines. Inputs are real reports; where a capture form is
// produced from one (CRLF, quoting), the test says so and the original stays
// unchanged.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/report.js';
import { fingerprintKey } from '../../src/fingerprint/fingerprint.js';
import { readFixture } from '../support/paths.js';

const keys = (text: string, name: string) => parseReport(text, name, 0).records.map(fingerprintKey);

describe('capture forms', () => {
  it('reads verbose dmesg with caller ids and mail-wrapped lines (spi, 2020)', () => {
    const parsed = parseReport(readFixture('corpus/verbose/spi_2020_callerid_mailwrapped.txt'), 'spi', 0);
    expect(parsed.records).toHaveLength(1);
    const r = parsed.records[0]!;
    expect(r).toMatchObject({ object: '0xfffffff06ef81480', size: 128, comm: 'insmod', pid: 493, jiffies: 4294941102n });
    expect(r.frames).toHaveLength(16);
    expect(r.frames[10]).toMatchObject({ function: 'spi_test_execute_msg', offset: 0x60, size: 0x340, module: 'spi_loopback_test' });
  });

  it('reads quoted verbose dmesg whose hex dump rows carry the prefix too (netdev, 2023)', () => {
    const parsed = parseReport(readFixture('corpus/verbose/tcp_2023_quoted_verbose_hexdump.txt'), 'tcp', 0);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.records.map((r) => [r.size, r.frames.length])).toEqual([
      [192, 14],
      [512, 14],
    ]);
    expect(parsed.records[0]!.frames[0]).toMatchObject({ function: 'kmalloc_trace', address: 0xffffffff830a2946n });
  });

  it('reads the 2009 verbose syslog form with kmemleak: on every line, 32-bit terminator dropped', () => {
    const parsed = parseReport(readFixture('corpus/verbose/syslog_2009_verbose_32bit.txt'), 'syslog', 0);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.records[0]!.frames.map((f) => f.function)).not.toContain(undefined);
    expect(parsed.records[0]!.frames).toHaveLength(15);
  });

  it('finds the records in a whole serial console log with other output interleaved, each object once (hil v2 console.log)', () => {
    const console = readFixture('hil-6.1/runs/v2/console.log');
    const loaded = parseReport(readFixture('hil-6.1/runs/v2/report-loaded.txt'), 'loaded', 0).records;
    const after = parseReport(readFixture('hil-6.1/runs/v2/report-after-rmmod.txt'), 'after', 0).records;
    const parsed = parseReport(console, 'console.log', 0);
    // The console holds plain copies of both reads; the second repeats the first's objects.
    expect(loaded.every((l) => after.some((a) => a.object === l.object))).toBe(true);
    const objects = parsed.records.map((r) => r.object);
    expect(new Set(objects).size).toBe(objects.length);
    expect([...objects].sort()).toEqual(after.map((r) => r.object).sort());
    expect(parsed.warnings.join('\n')).toMatch(new RegExp(`console\\.log: ${loaded.length} record\\(s\\) printed again`));
    // The first printing is kept: the one the kernel named while the module was loaded.
    const first = parsed.records.find((r) => r.object === loaded[0]!.object)!;
    expect(first.frames.map((f) => f.function)).toEqual(loaded[0]!.frames.map((f) => f.function));
  });

  it('gives the same records for CRLF, trailing spaces, terminal escape codes, a LAVA log.yaml and a "> " mail quote of a real report', () => {
    const text = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt');
    const plain = keys(text, 'plain');
    const crlf = text.replace(/\n/g, ' \r\n'); // derived: CRLF + trailing space
    const quoted = text
      .split('\n')
      .map((l) => `> > ${l}`)
      .join('\n'); // derived: nested quote
    expect(keys(crlf, 'crlf')).toEqual(plain);
    const coloured = text
      .split('\n')
      .map((l) => `\x1b[0m${l}\x1b[K`)
      .join('\n'); // derived: a serial console's escape codes
    expect(keys(coloured, 'coloured')).toEqual(plain);
    // derived: LAVA's log.yaml (what LKFT keeps), every kernel line a "target" record, LAVA's own lines between
    const lava = text
      .split('\n')
      .flatMap((l, i) => [
        `- {"dt": "2026-11-25T17:02:${String(i % 60).padStart(2, '0')}.000000", "lvl": "target", "msg": ${JSON.stringify(l)}}`,
        ...(i % 7 === 3 ? ['- {"dt": "2026-11-25T17:02:00.000000", "lvl": "debug", "msg": "Listened to connection for namespace"}'] : []),
      ])
      .join('\n');
    expect(keys(lava, 'lava.yaml')).toEqual(plain);
    expect(keys(quoted, 'quoted')).toEqual(plain);
    expect(plain).toHaveLength(5);
  });
});

describe('frames that cannot be read are never dropped silently', () => {
  it('marks the record unreadable, with the line, when a backtrace line is not understood (derived: one frame of the real v2 report garbled)', () => {
    const text = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt').replace(
      '] 0xffffffffc0277527',
      '] 0xffffffffc0277527 garbage that is not a frame',
    );
    const parsed = parseReport(text, 'garbled.txt', 0);
    const line = text.split('\n').findIndex((l) => l.includes('garbage')) + 1;
    expect(parsed.records.filter((r) => r.unreadable).map((r) => r.unreadable)).toEqual([
      { line, cause: 'a line of unknown form inside the backtrace: "[<(____ptrval____)>] 0xffffffffc0277527 garbage that is not a frame"' },
    ]);
  });

  it('keeps odd symbol names the kernel printed (escaped later, never dropped)', () => {
    const text = readFixture('hil-6.1/runs/v2/report-loaded.txt').replace('nicPktLogRxFrame+', '<img_src=x>+');
    const parsed = parseReport(text, 'odd.txt', 0);
    expect(parsed.records.flatMap((r) => r.frames).some((f) => f.function === '<img_src=x>')).toBe(true);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('v6.x percpu records (nvme/fc, 2025)', () => {
  it('reads (percpu) records whose hex dump is "on cpu N", and keeps raw frames between module frames', () => {
    const parsed = parseReport(readFixture('corpus/more/nvme_fc_2025_percpu_rawframes.txt'), 'nvme', 0);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.records).toHaveLength(6);
    const percpu = parsed.records.filter((r) => r.kind === 'percpu');
    expect(percpu.map((r) => r.object)).toEqual(['0x60777301a898', '0x607773052bc0']);
    for (const r of parsed.records) {
      expect(r.frames.length).toBeGreaterThanOrEqual(12);
      expect(r.frames.filter((f) => f.function === undefined).map((f) => f.address)).toEqual([0xffffffffc11de07fn, 0xffffffffc11dfc28n]);
    }
  });
});
