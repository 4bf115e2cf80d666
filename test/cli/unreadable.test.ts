// A report holding records that cannot be read is an input error (exit 2,
// one line naming the first such record and how many there are), unless
// --allow-unreadable asks for the readable part to be judged: then the
// unreadable records are listed in every output and the gate fails. Either
// way they never match, never share a fingerprint, never enter a baseline.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture, readFixture, repoRoot } from '../support/paths.js';

const run = (v: string, f: string) => fixture('hil-6.1/runs', v, f);
const v2 = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt');
const demoBoard = join(repoRoot, 'baselines/demo-board.json');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-unreadable-'));
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** The real v2 report cut mid-line inside its last record's backtrace, as a mail client or a full disk cuts it. */
function cutV2(): { path: string; line: number } {
  const text = v2.slice(0, v2.lastIndexOf('kthread+0x9c') + 'kthre'.length);
  return { path: write('cut.txt', text), line: text.split('\n').length };
}

describe('check on a report with an unreadable record', () => {
  it('exits 2 with one line: file:line, the cause, and the count', async () => {
    const { path, line } = cutV2();
    const r = await cli(['check', path, '--kallsyms', run('v2', 'kallsyms-before-rmmod.txt'), '--baseline', demoBoard]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `kleak-gate: ${path}:${line}: unreadable record: cut mid-line at end of input: "[<(____ptrval____)>] kthre" (the only unreadable record; a verdict needs every record read in full: fix the capture, or judge the readable records with --allow-unreadable / allow-unreadable: true, and the gate fails)`,
    ]);
  });

  it('with --allow-unreadable: judged, listed in text, JSON and Markdown, and the gate fails', async () => {
    const { path, line } = cutV2();
    const args = [path, '--kallsyms', run('v2', 'kallsyms-before-rmmod.txt'), '--baseline', demoBoard, '--allow-unreadable'];
    const json = await cli(['check', ...args, '--format', 'json']);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(result.verdict).toBe('fail');
    expect(result.summary.unreadable).toBe(1);
    expect(result.unreadable).toEqual([
      { file: path, line, cause: 'cut mid-line at end of input: "[<(____ptrval____)>] kthre"', object: '0xffff8ea7003ef8c0', size: 64 },
    ]);
    // The readable records are judged as usual; the cut one is in no leak.
    expect(result.leaks.map((l: { objects: number; status: string }) => [l.status, l.objects])).toEqual([
      ['known', 1],
      ['known', 2],
      ['new', 1],
    ]);
    const text = await cli(['check', ...args]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`UNREADABLE: ${path}:${line}: cut mid-line at end of input`);
    const md = await cli(['check', ...args, '--format', 'markdown']);
    expect(md.stdout).toContain('1 unreadable record');
    expect(md.stdout).toContain('### Unreadable records');
  });

  it('a decoded report (decode_stacktrace.sh) is never a pass, whatever the parser reads of it', async () => {
    for (const name of ['v2-report-loaded.decoded.txt', 'v2-report-after-rmmod.decoded.txt']) {
      const p = fixture('hil-6.1/forms', name);
      const r = await cli(['check', p, '--kallsyms', run('v2', 'kallsyms-before-rmmod.txt'), '--baseline', demoBoard]);
      expect(r.code, name).not.toBe(0);
    }
  });
});

describe('unreadable records never match, never share a fingerprint, never enter a baseline', () => {
  // derived: the real v1 report with a real console line of that board after
  // the third frame of every backtrace (serial interleaving): three different
  // records, each unreadable.
  // A real line of that board's serial console: the test script's output, no log prefix.
  const consoleLine = readFixture('hil-6.1/runs/v1/console.log')
    .split('\n')
    .map((l) => l.trimEnd())
    .find((l) => /^HIL: .*rmmod demo_wlan$/.test(l))!;
  const interleaved = () =>
    write(
      'interleaved.txt',
      readFixture('hil-6.1/runs/v1/report-after-rmmod.txt').replace(/(backtrace:\n(?:.*\n){3})/g, `$1${consoleLine}\n`),
    );

  it('three interleaved records: three unreadable entries, no leak, no fingerprint', async () => {
    const r = await cli([
      'check',
      interleaved(),
      '--kallsyms',
      run('v1', 'kallsyms-before-rmmod.txt'),
      '--baseline',
      demoBoard,
      '--format',
      'json',
      '--allow-unreadable',
    ]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.leaks).toEqual([]);
    expect(result.unreadable.map((u: { line: number }) => u.line)).toEqual([10, 27, 44]);
    for (const u of result.unreadable) expect(Object.keys(u)).not.toContain('fingerprint');
  });

  it('a baseline entry with the fingerprint older versions gave every cut record ("corrupted") matches none of them', async () => {
    // kl1:3dbb3963d11aa418 is what kleak-gate before issue 9 wrote for "memory leak in corrupted".
    const baseline = write(
      'corrupted-baseline.json',
      JSON.stringify(
        {
          schema: 'kleak-gate/baseline@1',
          fingerprint: 'kl1',
          leaks: [
            { fingerprint: 'kl1:3dbb3963d11aa418', title: 'memory leak in corrupted', frames: ['corrupted'], objects: 5, bytes: 9000 },
          ],
        },
        null,
        2,
      ) + '\n',
    );
    for (const p of [interleaved(), fixture('hil-6.1/forms/v2-report-loaded.decoded.txt')]) {
      const r = await cli(['check', p, '--baseline', baseline, '--format', 'json', '--allow-unreadable']);
      const result = JSON.parse(r.stdout);
      expect(r.code, p).toBe(1);
      expect(result.summary.known, p).toBe(0);
    }
  });

  it('baseline update refuses a report with an unreadable record (exit 2) and leaves the baseline byte-identical', async () => {
    const baseline = write('demo-board.json', readFileSync(demoBoard, 'utf8'));
    const before = readFileSync(baseline);
    const r = await cli([
      'baseline',
      'update',
      interleaved(),
      '--kallsyms',
      run('v1', 'kallsyms-before-rmmod.txt'),
      '--baseline',
      baseline,
      '--accept-new',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /interleaved\.txt:10: unreadable record: a console line inside the backtrace.*the first of 3 unreadable records/,
    );
    expect(readFileSync(baseline).equals(before)).toBe(true);
  });

  it('baseline update --accept-new --allow-unreadable adds no entry for an unreadable record', async () => {
    const { path } = cutV2();
    const baseline = join(dir, 'fresh.json');
    const r = await cli([
      'baseline',
      'update',
      path,
      '--kallsyms',
      run('v2', 'kallsyms-before-rmmod.txt'),
      '--baseline',
      baseline,
      '--accept-new',
      '--allow-unreadable',
    ]);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(baseline, 'utf8'));
    // The readable records' three leak sites; the cut record is none of them and no "corrupted" entry appears.
    expect(written.leaks.map((l: { title: string }) => l.title).sort()).toEqual([
      'memory leak in nicLoadNvramCfg [demo_wlan]',
      'memory leak in nicPktLogRxFrame [demo_wlan]',
      'memory leak in nicTxGenerateDescTemplate [demo_wlan]',
    ]);
  });
});
