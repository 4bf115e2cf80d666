// A leak whose identifying frames could not be named (a removed module with
// no symbol table, snapshots that disagree) is "unidentified": its title says
// what is known, it fails the gate, it cannot be accepted, and while it is in
// the run no baseline entry it could be is called fixed and no update removes
// anything. Bare module frames with no symbol table at all: exit 2.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAIL_GLOBS } from '../../src/fingerprint/frame-lists.js';
import { cli } from '../support/cli.js';
import { fixture, repoRoot } from '../support/paths.js';

const run = (v: string, f: string) => fixture('hil-6.1/runs', v, f);
const demoBoard = join(repoRoot, 'baselines/demo-board.json');
// The reload scenario with its two snapshots given as plain files: without
// their times, frames the snapshots disagree about stay unnamed.
const reloadPlain = [
  run('reload-v1', 'report-after-rmmod-2.txt'),
  '--kallsyms',
  run('reload-v1', 'kallsyms-before-rmmod-1.txt'),
  '--kallsyms',
  run('reload-v1', 'kallsyms-before-rmmod-2.txt'),
];
// Generic frames a title must never be named after (tail frames, module init and syscall entry).
const GENERIC = new RegExp(
  `memory leak in (${[...TAIL_GLOBS.map((g) => g.replace(/\*/g, '\\w*')), 'do_one_initcall', 'do_init_module'].join('|')})\\b`,
);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-unidentified-'));
});

function baselineCopy(name: string): string {
  const p = join(dir, name);
  writeFileSync(p, readFileSync(demoBoard));
  return p;
}

describe('bare module frames and no symbol table at all', () => {
  it('v2 after rmmod without --kallsyms: exit 2, one line saying what to give', async () => {
    const p = run('v2', 'report-after-rmmod.txt');
    const r = await cli(['check', p, '--baseline', demoBoard]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `kleak-gate: ${p}:1: 24 frames in module space are bare addresses (the module was removed before the scan): give the kallsyms snapshot taken before rmmod (--kallsyms) or a capture directory (--capture)\n`,
    );
  });

  it('baseline update the same way: exit 2, the baseline byte-identical (its reviewed entries and notes kept)', async () => {
    const b = baselineCopy('no-kallsyms.json');
    const before = readFileSync(b);
    const r = await cli(['baseline', 'update', run('v2', 'report-after-rmmod.txt'), '--baseline', b, '--accept-new']);
    expect(r.code).toBe(2);
    expect(readFileSync(b).equals(before)).toBe(true);
  });

  it('a report read while the module was loaded needs no snapshot: only its freed init code is bare', async () => {
    const r = await cli(['check', run('v2', 'report-loaded.txt'), '--baseline', demoBoard, '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.summary.unidentified).toBe(0);
    expect(result.leaks.map((l: { status: string; title: string }) => `${l.status} ${l.title}`).sort()).toEqual([
      'known memory leak in nicLoadNvramCfg [demo_wlan]',
      'new memory leak in nicPktLogRxFrame [demo_wlan]',
    ]);
  });
});

describe('snapshots that disagree (reload-v1 given as plain files)', () => {
  it('every leak is unidentified, titled by what is known, and the gate fails', async () => {
    const r = await cli(['check', ...reloadPlain, '--baseline', demoBoard, '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.verdict).toBe('fail');
    expect(result.leaks.length).toBeGreaterThan(0);
    for (const leak of result.leaks) {
      expect(leak.status).toBe('unidentified');
      expect(leak.title).toMatch(/^memory leak at 0xffffffffc0[0-9a-f]+ \(unnamed module frame\)$/);
      expect(leak.title).not.toMatch(GENERIC);
      expect(leak.unnamed[0]).toBe(leak.title.split(' ')[3]);
    }
    expect(result.summary).toMatchObject({ new: 0, known: 0, fixed: 0, unidentified: result.leaks.length, notConfirmed: 2 });
  });

  it('no known entry is "fixed": both are not confirmed, the reason said, and removals are blocked', async () => {
    const r = await cli(['check', ...reloadPlain, '--baseline', demoBoard, '--format', 'json']);
    const result = JSON.parse(r.stdout);
    expect(result.fixed).toEqual([]);
    expect(result.notConfirmed.map((f: { title: string; reason: string }) => [f.title, f.reason])).toEqual([
      ['memory leak in nicLoadNvramCfg [demo_wlan]', 'unnamed frames in this run'],
      ['memory leak in nicTxGenerateDescTemplate [demo_wlan]', 'unnamed frames in this run'],
    ]);
    expect(result.removalBlocked).toMatch(/^\d+ leaks with unnamed frames in this run$/);
    const text = await cli(['check', ...reloadPlain, '--baseline', demoBoard]);
    expect(text.stdout).toContain('not confirmed fixed: memory leak in nicLoadNvramCfg [demo_wlan]');
    expect(text.stdout).not.toMatch(/^fixed:/m);
    const md = await cli(['check', ...reloadPlain, '--baseline', demoBoard, '--format', 'markdown']);
    expect(md.stdout).toMatch(/unidentified leaks?/);
    expect(md.stdout).toContain('### Not confirmed fixed');
    // Nothing here can be accepted: no "how to accept" command is offered.
    expect(md.stdout).not.toContain('baseline update');
    const sarif = JSON.parse((await cli(['check', ...reloadPlain, '--baseline', demoBoard, '--format', 'sarif'])).stdout);
    expect(new Set(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId))).toEqual(new Set(['kmemleak/unidentified']));
  });

  it('baseline update --accept-new: adds no unidentified leak, removes nothing, says why; the file stays byte-identical', async () => {
    const b = baselineCopy('reload-plain.json');
    const before = readFileSync(b);
    const r = await cli(['baseline', 'update', ...reloadPlain, '--baseline', b, '--accept-new']);
    expect(r.code).toBe(0);
    expect(readFileSync(b).equals(before)).toBe(true);
    expect(r.stdout).toMatch(/added 0, removed 0 \(unchanged\)/);
    expect(r.stdout).toMatch(/nothing removed: \d+ leaks with unnamed frames in this run; 2 absent entries kept \(not confirmed fixed\)/);
    expect(r.stdout).toMatch(/\d+ unidentified leaks not accepted: its frames must be named first/);
  });

  it('the same run as a capture directory (snapshot times known) names every frame and passes against the v1 baseline', async () => {
    const r = await cli(['check', '--capture', fixture('capture/reload-v1'), '--baseline', demoBoard, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.summary).toMatchObject({ known: 2, unidentified: 0, fixed: 0, notConfirmed: 0 });
  });
});
