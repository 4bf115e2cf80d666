// An entry is "fixed" only on positive evidence that kmemleak ran and was
// read in full; where the input says how many objects kmemleak reported,
// fewer records is an input error; a kernel log that shows no finished scan
// is not a read. Inputs are real logs; where one is cut or appended to, the
// test says how (the kernel's own message text), and the file stays unchanged.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { readFixture, repoRoot } from '../support/paths.js';

const demoBoard = join(repoRoot, 'baselines/demo-board.json');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-evidence-'));
});
function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function refused(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('no evidence, no removal', () => {
  it('a zero-byte report passes (a clean read is empty), but no known entry is fixed: both not confirmed, removals blocked', async () => {
    const p = write('empty.txt', '');
    const r = await cli(['check', p, '--baseline', demoBoard, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.verdict).toBe('pass');
    expect(result.fixed).toEqual([]);
    expect(result.notConfirmed.map((e: { reason: string }) => e.reason)).toEqual([
      `${p} is empty: no evidence that kmemleak ran and was read in full`,
      `${p} is empty: no evidence that kmemleak ran and was read in full`,
    ]);
    expect(result.removalBlocked).toBe(`${p} is empty: no evidence that kmemleak ran and was read in full`);
    expect(result.warnings.join('\n')).toMatch(/empty\.txt: empty report/);
  });
});

describe('counts: the records of a verbose log against "N new suspected memory leaks"', () => {
  // The real netdev 2023 verbose log: two records, then "2 new suspected memory leaks".
  const tcp = readFixture('corpus/verbose/tcp_2023_quoted_verbose_hexdump.txt');

  it('the whole log is read: both records, no complaint', async () => {
    const r = await cli(['symbolize', write('tcp.txt', tcp), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).leaks).toHaveLength(2);
  });

  it("cut at its start, one record lost (derived: the first record's lines removed): exit 2 naming both numbers", async () => {
    const lines = tcp.split('\n');
    const second = lines.findIndex((l, i) => i > 0 && l.includes('unreferenced object'));
    const cut = lines.slice(second).join('\n');
    const p = write('tcp-cut.txt', cut);
    const line = cut.split('\n').findIndex((l) => l.includes('new suspected memory leaks')) + 1;
    expect(await refused(['check', p, '--baseline', demoBoard])).toBe(
      `kleak-gate: ${p}:${line}: kmemleak reported 2 new suspected memory leaks here, but the log holds 1 record of that scan: records were lost (a log cut at its start, a wrapped ring buffer, a console that dropped lines)`,
    );
  });
});

describe('a kernel log in which kmemleak never finished a scan is not a read', () => {
  // The real v1 boot's kernel log, as far as it had got before kmemleak's first scan reported.
  const dmesg = readFixture('hil-6.1/runs/v1/dmesg.txt').split('\n');
  const beforeScan =
    dmesg
      .slice(
        0,
        dmesg.findIndex((l) => l.includes('new suspected memory leaks')),
      )
      .join('\n') + '\n';

  it('kmemleak initialised, its thread started, no scan result: exit 2, not "no leaks"', async () => {
    const p = write('before-scan.txt', beforeScan);
    const line = await refused(['check', p, '--baseline', demoBoard]);
    expect(line).toMatch(
      /before-scan\.txt:\d+: no record and no finished scan in this kernel log \(its last kmemleak line: "Automatic memory scanning thread started"\)/,
    );
    expect(line).toMatch(/read \/sys\/kernel\/debug\/kmemleak after a scan/);
  });

  it('its last kmemleak line "Automatic memory scanning thread ended" (the kernel\'s text, appended): exit 2', async () => {
    const p = write('thread-ended.txt', `${beforeScan}[   30.000000] kmemleak: Automatic memory scanning thread ended\n`);
    expect(await refused(['baseline', 'update', p, '--baseline', write('b.json', readFileSync(demoBoard, 'utf8'))])).toMatch(
      /thread-ended\.txt:\d+: no record and no finished scan in this kernel log \(its last kmemleak line: "Automatic memory scanning thread ended"\)/,
    );
  });
});
