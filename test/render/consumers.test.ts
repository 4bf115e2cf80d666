// The new output formats read back by what reads them in the wild, on the
// real v2 run of the demo board (one new leak, in nic_pkt_log.c): JUnit XML
// against Jenkins' JUnit schema with xmllint and through the junit2json
// parser, GitLab Code Quality against GitLab's documented fields, KTAP
// through node-tap's parser. Each check is also shown to refuse a broken
// document, so a pass means something.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseJunit } from 'junit2json';
import { Parser } from 'tap-parser';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';
import { hasTool, skipWithout } from '../support/tools.js';
import { checkV2 } from '../support/v2-check.js';

const NEW_LEAK = 'kl1:1f21d21286858462';
const NEW_FILE = 'drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c';
/** The hostile report of test/fixtures/action: comm and symbol names carrying markup and commands. */
const checkHostile = (format: string) =>
  cli([
    'check',
    fixture('action/hostile/report-after-rmmod.txt'),
    '--kallsyms',
    fixture('action/hostile/kallsyms-demo_wlan.txt'),
    '--baseline',
    'baselines/demo-board.json',
    '--format',
    format,
  ]);

function xmllint(xml: string): { status: number | null; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-junit-')), 'kleak-gate.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', fixture('consumers/junit-10.xsd'), file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe.skipIf(skipWithout('test/render/consumers.test.ts', ['xmllint'], 'libxml2-utils'))('junit', () => {
  it('is valid against the JUnit schema (xmllint), and xmllint refuses a document without the required attribute', async () => {
    const r = await checkV2('junit');
    expect(r.code).toBe(1);
    expect(xmllint(r.stdout)).toMatchObject({ status: 0 });
    const broken = r.stdout.replace(/<testsuite name="([^"]*)" tests="\d+"/, '<testsuite name="$1"');
    expect(broken).not.toBe(r.stdout);
    expect(xmllint(broken).status).not.toBe(0);
  });

  it('reads back (junit2json): one suite, a test case per leak site, the new one failed on nic_pkt_log.c with its backtrace', async () => {
    const r = await checkV2('junit');
    const doc = (await parseJunit(r.stdout)) as {
      tests: number;
      failures: number;
      testsuite: { testcase: { name: string; file?: string; line?: number; failure?: { inner?: string; type?: string }[] }[] }[];
    };
    expect([doc.tests, doc.failures]).toEqual([3, 1]);
    const cases = doc.testsuite[0]!.testcase;
    const failed = cases.filter((c) => c.failure);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.name).toContain(NEW_LEAK);
    expect(failed[0]!.file).toBe(NEW_FILE);
    expect(failed[0]!.failure![0]!.inner).toContain(`nicPktLogRxFrame+0x17/0x40 [demo_wlan] (${NEW_FILE}:27)`);
    expect(cases.filter((c) => !c.failure).map((c) => c.name)).toEqual([
      'memory leak in nicTxGenerateDescTemplate [demo_wlan] kl1:b80fdacd2ce54fc6',
      'memory leak in nicLoadNvramCfg [demo_wlan] kl1:2de1d6aa16f74011',
    ]);
  });

  it('stays valid XML with hostile device text (symbol names and comm from a driver)', async () => {
    const r = await checkHostile('junit');
    expect(r.code).toBe(1);
    expect(xmllint(r.stdout)).toMatchObject({ status: 0 });
    const doc = (await parseJunit(r.stdout)) as { testsuite: { testcase: unknown[] }[] };
    expect(doc.testsuite).toHaveLength(1);
  });
});

describe('gitlab', () => {
  const ajv = new Ajv.default({ allErrors: true });
  const valid = ajv.compile(JSON.parse(readFileSync(fixture('consumers/gitlab-code-quality.schema.json'), 'utf8')) as object);

  it('has GitLab’s documented fields; the new leak is critical on its allocating line with the kl1 fingerprint', async () => {
    const r = await checkV2('gitlab');
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as {
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(valid(issues), JSON.stringify(valid.errors)).toBe(true);
    expect(issues.map((i) => [i.fingerprint, i.severity])).toEqual([
      [NEW_LEAK, 'critical'],
      ['kl1:b80fdacd2ce54fc6', 'info'],
      ['kl1:2de1d6aa16f74011', 'info'],
    ]);
    expect(issues[0]!.location).toEqual({ path: NEW_FILE, lines: { begin: 27 } });
    // The schema is not a formality: GitLab's fields are checked.
    expect(valid([{ ...issues[0], severity: 'error' }])).toBe(false);
    expect(valid([{ ...issues[0], location: { path: NEW_FILE } }])).toBe(false);
  });
});

describe('ktap', () => {
  async function tap(text: string) {
    const parser = new Parser();
    const done = new Promise<{
      ok: boolean;
      count: number;
      pass: number;
      fail: number;
      failures: { name: string }[];
      plan: { end: number };
    }>((resolve) => parser.on('complete', resolve));
    parser.end(text);
    return done;
  }

  it('reads back (tap-parser): a plan, the new leak not ok, the known ones ok', async () => {
    const r = await checkV2('ktap');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('KTAP version 1');
    const results = await tap(r.stdout);
    expect([results.ok, results.count, results.pass, results.fail, results.plan.end]).toEqual([false, 3, 2, 1, 3]);
    expect(results.failures.map((f) => f.name)).toEqual([`memory leak in nicPktLogRxFrame [demo_wlan] ${NEW_LEAK}`]);
    expect(r.stdout).toContain(`#   nicPktLogRxFrame+0x17/0x40 [demo_wlan] (${NEW_FILE}:27)`);
  });

  it('device text cannot add a result line', async () => {
    const r = await checkHostile('ktap');
    const results = await tap(r.stdout);
    const plan = Number(/^1\.\.(\d+)$/m.exec(r.stdout)![1]);
    expect(results.count).toBe(plan);
    expect(r.stdout.split('\n').filter((l) => /^(not )?ok /.test(l))).toHaveLength(plan);
  });
});

describe('unreadable records (--allow-unreadable) in every new format', () => {
  // The real v2 report cut mid-line in its last record, as a full disk cuts it.
  const v2 = readFileSync(fixture('hil-6.1/runs/v2/report-after-rmmod.txt'), 'utf8');
  const cut = join(mkdtempSync(join(tmpdir(), 'kg-cut-')), 'cut.txt');
  writeFileSync(cut, v2.slice(0, v2.lastIndexOf('kthread+0x9c') + 'kthre'.length));
  const check = (format: string) =>
    cli([
      'check',
      cut,
      '--kallsyms',
      fixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt'),
      '--baseline',
      'baselines/demo-board.json',
      '--allow-unreadable',
      '--format',
      format,
    ]);

  it('junit: a failed test case of its own, still valid', async () => {
    const r = await check('junit');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<failure type="unreadable" message="[^"]*cut\.txt:\d+: cut mid-line/);
    if (hasTool('xmllint')) expect(xmllint(r.stdout)).toMatchObject({ status: 0 });
  });

  it('gitlab: a critical issue, still GitLab’s fields', async () => {
    const r = await check('gitlab');
    const issues = JSON.parse(r.stdout) as { check_name: string; severity: string }[];
    expect(issues.filter((i) => i.check_name === 'kleak-gate/unreadable').map((i) => i.severity)).toEqual(['critical']);
    const ajv = new Ajv.default({ allErrors: true });
    expect(ajv.validate(JSON.parse(readFileSync(fixture('consumers/gitlab-code-quality.schema.json'), 'utf8')) as object, issues)).toBe(
      true,
    );
  });

  it('ktap: not ok, counted in the plan', async () => {
    const r = await check('ktap');
    const parser = new Parser();
    const done = new Promise<{ count: number; fail: number }>((resolve) => parser.on('complete', resolve));
    parser.end(r.stdout);
    const results = await done;
    expect([results.count, results.fail]).toEqual([4, 2]);
    expect(r.stdout).toMatch(/^not ok 4 unreadable record .*cut\.txt:\d+$/m);
  });
});
