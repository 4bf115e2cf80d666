// The baseline lifecycle through the CLI, on the hil-6.1 story:
// v1 accepted, v2 adds a leak, v3 fixes the template leak.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';

const run = (v: string) => [
  fixture('hil-6.1/runs', v, 'report-after-rmmod.txt'),
  '--kallsyms',
  fixture('hil-6.1/runs', v, 'kallsyms-before-rmmod.txt'),
];
const tmp = () => mkdtempSync(join(tmpdir(), 'kg-base-'));

describe('baseline update', () => {
  it('writes a sorted, pretty baseline and rewrites it byte-identical on the same input', async () => {
    const b = join(tmp(), 'baselines/board.json');
    expect((await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new'])).code).toBe(0);
    const first = readFileSync(b, 'utf8');
    const parsed = JSON.parse(first);
    expect(parsed.schema).toBe('kleak-gate/baseline@1');
    const fps = parsed.leaks.map((l: { fingerprint: string }) => l.fingerprint);
    expect(fps).toEqual([...fps].sort());
    expect(first).toBe(JSON.stringify(parsed, null, 2) + '\n');
    expect(first).not.toMatch(/20\d\d-\d\d-\d\d|jiffies|0xffff/);
    const again = await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new']);
    expect(again.stdout).toMatch(/added 0, removed 0 \(unchanged\)/);
    expect(readFileSync(b, 'utf8')).toBe(first);
  });

  it('adds new leaks only with --accept-new, and says so', async () => {
    const b = join(tmp(), 'b.json');
    await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new']);
    const before = readFileSync(b, 'utf8');
    const without = await cli(['baseline', 'update', ...run('v2'), '--baseline', b]);
    expect(without.stdout).toMatch(/added 0, removed 0/);
    expect(without.stdout).toMatch(/1 new or grown leak not accepted: re-run with --accept-new/);
    expect(readFileSync(b, 'utf8')).toBe(before);
    const withNew = await cli(['baseline', 'update', ...run('v2'), '--baseline', b, '--accept-new']);
    expect(withNew.stdout).toMatch(/added 1, removed 0/);
    expect(withNew.stdout).toMatch(/nicPktLogRxFrame/);
  });

  it('removes fixed leaks and keeps human notes', async () => {
    const b = join(tmp(), 'b.json');
    await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new']);
    const data = JSON.parse(readFileSync(b, 'utf8'));
    const nvram = data.leaks.find((l: { title: string }) => l.title.includes('nicLoadNvramCfg'));
    nvram.note = 'NVRAM buffer kept for the device lifetime; fix tracked in DEMO-12';
    writeFileSync(b, JSON.stringify(data, null, 2) + '\n');
    const r = await cli(['baseline', 'update', ...run('v3'), '--baseline', b]);
    expect(r.stdout).toMatch(/added 0, removed 1/);
    expect(r.stdout).toMatch(/- kl1:\w+ memory leak in nicTxGenerateDescTemplate/);
    const after = JSON.parse(readFileSync(b, 'utf8'));
    expect(after.leaks).toHaveLength(1);
    expect(after.leaks[0].note).toBe(nvram.note);
  });
});

describe('baseline validate', () => {
  it('accepts a baseline the tool wrote and refuses a broken one with exit 2', async () => {
    const dir = tmp();
    const b = join(dir, 'b.json');
    await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new']);
    const ok = await cli(['baseline', 'validate', b]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/valid, 2 leak\(s\)/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(b, 'utf8').replace('"objects": 1', '"objects": -1'));
    const r = await cli(['baseline', 'validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:\d+: leaks\[\d\]: "objects" must be a whole number/);
  });
});

describe('check against the baseline', () => {
  it('v2 fails on exactly the new leak; v3 passes and reports the template leak fixed (json)', async () => {
    const b = join(tmp(), 'b.json');
    await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new']);
    const v2 = await cli(['check', ...run('v2'), '--baseline', b, '--format', 'json']);
    expect(v2.code).toBe(1);
    const r2 = JSON.parse(v2.stdout);
    expect(r2.schema).toBe('kleak-gate/result@1');
    expect(r2.verdict).toBe('fail');
    expect(r2.leaks.filter((l: { status: string }) => l.status === 'new').map((l: { title: string }) => l.title)).toEqual([
      'memory leak in nicPktLogRxFrame [demo_wlan]',
    ]);
    expect(r2.summary).toMatchObject({ new: 1, known: 2, fixed: 0 });
    const v3 = await cli(['check', ...run('v3'), '--baseline', b, '--format', 'json']);
    expect(v3.code).toBe(0);
    const r3 = JSON.parse(v3.stdout);
    expect(r3.fixed.map((f: { title: string }) => f.title)).toEqual(['memory leak in nicTxGenerateDescTemplate [demo_wlan]']);
  });

  it('text output shows the new leak first with its backtrace as the kernel prints it', async () => {
    const b = join(tmp(), 'b.json');
    await cli(['baseline', 'update', ...run('v1'), '--baseline', b, '--accept-new']);
    const r = await cli(['check', ...run('v2'), '--baseline', b]);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^kleak-gate: FAIL — 1 new/);
    expect(r.stdout).toMatch(/NEW: memory leak in nicPktLogRxFrame \[demo_wlan\][\s\S]*nicPktLogRxFrame\+0x17\/0x40 \[demo_wlan\]/);
  });
});
