// kleak-gate diff OLD NEW on the demo board's real runs: v1 → v2 adds
// exactly the packet-log leak (exit 1), v1 → v3 loses the TX template leak
// (exit 0, reported fixed), and input that cannot be judged — an unreadable
// record, a file that is not a report, a missing file, one read only — is
// exit 125, which `git bisect run` takes as "skip this commit".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture, readFixture } from '../support/paths.js';

const report = (v: string) => fixture('hil-6.1/runs', v, 'report-after-rmmod.txt');
const kallsyms = (v: string) => fixture('hil-6.1/runs', v, 'kallsyms-before-rmmod.txt');
const diff = (a: string, b: string, extra: string[] = []) =>
  cli(['diff', report(a), report(b), '--old-kallsyms', kallsyms(a), '--new-kallsyms', kallsyms(b), ...extra]);

type Json = { verdict: string; leaks: { status: string; title: string; fingerprint: string }[]; fixed: { title: string }[] };

describe('kleak-gate diff', () => {
  it('v1 → v2: exit 1, exactly the packet-log leak is new', async () => {
    const r = await diff('v1', 'v2', ['--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.leaks.filter((l) => l.status === 'new').map((l) => [l.title, l.fingerprint])).toEqual([
      ['memory leak in nicPktLogRxFrame [demo_wlan]', 'kl1:1f21d21286858462'],
    ]);
    expect(j.leaks.filter((l) => l.status !== 'new').map((l) => l.status)).toEqual(['known', 'known']);
    expect(j.fixed).toEqual([]);
  });

  it('v1 → v3: exit 0, the template leak is gone', async () => {
    const r = await diff('v1', 'v3');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^kleak-gate: PASS — 0 new, 0 grown, 1 known, 1 fixed/);
    expect(r.stdout).toContain('fixed: memory leak in nicTxGenerateDescTemplate [demo_wlan]  (kl1:b80fdacd2ce54fc6)');
  });

  it('v2 → v2: nothing new', async () => {
    expect((await diff('v2', 'v2')).code).toBe(0);
  });

  const dir = mkdtempSync(join(tmpdir(), 'kg-diff-'));
  const v2 = readFixture('hil-6.1/runs/v2/report-after-rmmod.txt');
  const cut = join(dir, 'cut.txt');
  writeFileSync(cut, v2.slice(0, v2.lastIndexOf('kthread+0x9c') + 'kthre'.length));
  const notReport = join(dir, 'dmesg.txt');
  writeFileSync(notReport, readFixture('hil-6.1/runs/v2/uname-r.txt'));

  it.each([
    [
      'an unreadable record (NEW cut mid-line)',
      [report('v1'), cut, '--old-kallsyms', kallsyms('v1'), '--new-kallsyms', kallsyms('v2')],
      /cut mid-line/,
    ],
    ['a file that is not a kmemleak report', [report('v1'), notReport, '--old-kallsyms', kallsyms('v1')], /not a kmemleak report/],
    ['a missing file', [report('v1'), join(dir, 'none.txt'), '--old-kallsyms', kallsyms('v1')], /not found/],
    ['one read only', [report('v1')], /two reads, OLD and NEW/],
    ['an unknown option', [report('v1'), report('v2'), '--baseline', 'b.json'], /Unknown option '--baseline'/],
  ])('%s: exit 125 with one line', async (_what, args, message) => {
    const r = await cli(['diff', ...args]);
    expect(r.code).toBe(125);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kleak-gate diff: cannot judge \(exit 125, git bisect skips\): /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('takes capture directories as OLD and NEW; a refused capture (kmemleak off) cannot be judged', async () => {
    const same = await cli(['diff', fixture('capture/reload-v1'), fixture('capture/reload-v1')]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^kleak-gate: PASS — 0 new, 0 grown, \d+ known, 0 fixed/);
    const off = await cli(['diff', fixture('capture/reload-v1'), fixture('capture/plain')]);
    expect(off.code).toBe(125);
    expect(off.stderr).toMatch(/cannot judge/);
  });
});
