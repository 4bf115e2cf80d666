// Bad input is never a pass: exit 2 and ONE line naming the file, the line
// where there is one, and the cause. Each case is its own test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture, readFixture, stripSyzkallerHeader } from '../support/paths.js';

const v1 = (f: string) => fixture('hil-6.1/runs/v1', f);
let dir: string;
let baseline: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-fail-'));
  baseline = join(dir, 'baseline.json');
  const made = await cli([
    'baseline',
    'update',
    v1('report-after-rmmod.txt'),
    '--kallsyms',
    v1('kallsyms-before-rmmod.txt'),
    '--baseline',
    baseline,
    '--accept-new',
  ]);
  expect(made.code).toBe(0);
});

function write(name: string, text: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function expectRefused(argv: string[], ...patterns: RegExp[]) {
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  for (const p of patterns) expect(lines[0]).toMatch(p);
}

describe('fail closed: exit 2 with one line', () => {
  it('refuses a missing report file', async () => {
    await expectRefused(['check', join(dir, 'nope.txt'), '--baseline', baseline], /nope\.txt: report not found/);
  });

  it('refuses a report path that cannot be read as a file (a directory)', async () => {
    await expectRefused(['check', dir, '--baseline', baseline], /is a directory/);
  });

  it('refuses a capture that holds "Permission denied" instead of a report', async () => {
    const p = write('perm.txt', "cat: can't open '/sys/kernel/debug/kmemleak': Permission denied\n");
    await expectRefused(['check', p, '--baseline', baseline], /perm\.txt:1: .*Permission denied/);
  });

  it('refuses a capture that holds "No such file or directory" (debugfs not mounted)', async () => {
    const p = write('nofile.txt', 'cat: /sys/kernel/debug/kmemleak: No such file or directory\n');
    await expectRefused(['check', p, '--baseline', baseline], /nofile\.txt:1: .*No such file/);
  });

  // The three below take the real v1 dmesg and add the kernel's own message
  // (its literal text from mm/kmemleak.c) at the end: a new file, the real one unchanged.
  const dmesgWith = (name: string, line: string) => write(name, readFixture('hil-6.1/runs/v1/dmesg.txt') + line + '\n');

  it('refuses a report when kmemleak disabled itself', async () => {
    const p = dmesgWith('disabled.txt', '[   30.000000] kmemleak: Kernel memory leak detector disabled');
    await expectRefused(['check', p, '--baseline', baseline], /disabled\.txt:\d+: kmemleak is disabled/);
  });

  it('refuses a report when the memory pool ran empty', async () => {
    const p = dmesgWith('pool.txt', '[   30.000000] kmemleak: Memory pool empty, consider increasing CONFIG_DEBUG_KMEMLEAK_MEM_POOL_SIZE');
    await expectRefused(['check', p, '--baseline', baseline], /pool\.txt:\d+: .*memory pool ran empty/);
  });

  it('refuses a report with an object-tree overlap error', async () => {
    const p = dmesgWith(
      'overlap.txt',
      '[   30.000000] kmemleak: Cannot insert 0xffff888003c0a000 into the object search tree (overlaps existing)',
    );
    await expectRefused(['check', p, '--baseline', baseline], /overlap\.txt:\d+: .*overlap/);
  });

  it('refuses an oops inside kmemleak (syzkaller report_324)', async () => {
    const p = write('oops.txt', stripSyzkallerHeader(readFixture('corpus/syzkaller-kmemleak/report_324.txt')).body);
    await expectRefused(['check', p, '--baseline', baseline], /oops\.txt:\d+: kernel oops inside kmemleak/);
  });

  it('refuses a dmesg that says kmemleak found leaks but holds none of their records (the real v1 dmesg.txt)', async () => {
    await expectRefused(
      ['check', v1('dmesg.txt'), '--baseline', baseline],
      /dmesg\.txt:\d+: kmemleak reported suspected leaks but their records are not in this file/,
    );
  });

  it('refuses binary data (a .ko given as the report)', async () => {
    await expectRefused(['check', fixture('hil-6.1/modules/v1/demo_wlan.ko'), '--baseline', baseline], /demo_wlan\.ko: binary data/);
  });

  it('refuses a text file that is not a kmemleak report', async () => {
    await expectRefused(['check', fixture('seed/README.md'), '--baseline', baseline], /README\.md: not a kmemleak report/);
  });

  it('refuses a kallsyms read without root (all addresses zero)', async () => {
    const zeroed = readFixture('hil-6.1/runs/v1/kallsyms-before-rmmod.txt').replace(/^[0-9a-f]{16}/gm, '0000000000000000');
    const p = write('ks-zero.txt', zeroed);
    await expectRefused(
      ['check', v1('report-after-rmmod.txt'), '--kallsyms', p, '--baseline', baseline],
      /ks-zero\.txt: every address is 0: .*read it as root/,
    );
  });

  it('refuses a --kallsyms file that is not kallsyms, naming the line', async () => {
    await expectRefused(
      ['check', v1('report-after-rmmod.txt'), '--kallsyms', v1('report-loaded.txt'), '--baseline', baseline],
      /report-loaded\.txt:1: not a kallsyms/,
    );
  });

  it('refuses a truncated baseline', async () => {
    const text = readFileSync(baseline, 'utf8');
    const p = write('cut.json', text.slice(0, Math.floor(text.length / 2)));
    await expectRefused(['check', v1('report-after-rmmod.txt'), '--baseline', p], /cut\.json(:\d+)?: not valid JSON/);
  });

  it('refuses a baseline of another schema, saying what to do', async () => {
    const p = write('schema2.json', readFileSync(baseline, 'utf8').replace('kleak-gate/baseline@1', 'kleak-gate/baseline@2'));
    await expectRefused(
      ['check', v1('report-after-rmmod.txt'), '--baseline', p],
      /schema2\.json:2: schema is "kleak-gate\/baseline@2".*baseline update/,
    );
  });

  it('refuses a baseline made with another fingerprint version', async () => {
    const p = write('kl2.json', readFileSync(baseline, 'utf8').replace(/"kl1"/, '"kl2"').replace(/kl1:/g, 'kl2:'));
    await expectRefused(['check', v1('report-after-rmmod.txt'), '--baseline', p], /kl2\.json:3: fingerprints are "kl2".*never match/);
  });

  it('refuses an unknown option', async () => {
    await expectRefused(['check', v1('report-after-rmmod.txt'), '--frobnicate'], /Unknown option '--frobnicate'/);
  });

  it('refuses an unknown --format', async () => {
    await expectRefused(['check', v1('report-after-rmmod.txt'), '--format', 'xml'], /invalid --format 'xml'/);
  });

  it('refuses check without a baseline file that exists', async () => {
    await expectRefused(['check', v1('report-after-rmmod.txt'), '--baseline', join(dir, 'none.json')], /none\.json: baseline not found/);
  });
});

describe('good input exits 0 or 1', () => {
  it('reads a zero-byte report as no leaks, with a warning naming the file (the real report-boot-before-clear.txt)', async () => {
    const r = await cli(['check', v1('report-boot-before-clear.txt'), '--baseline', baseline, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.leaks).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(/report-boot-before-clear\.txt: empty report/);
  });

  it('passes v1 against its own baseline and fails v2 on its new leak', async () => {
    const pass = await cli(['check', v1('report-after-rmmod.txt'), '--kallsyms', v1('kallsyms-before-rmmod.txt'), '--baseline', baseline]);
    expect(pass.code).toBe(0);
    const v2 = (f: string) => fixture('hil-6.1/runs/v2', f);
    const fail = await cli(['check', v2('report-after-rmmod.txt'), '--kallsyms', v2('kallsyms-before-rmmod.txt'), '--baseline', baseline]);
    expect(fail.code).toBe(1);
  });
});
