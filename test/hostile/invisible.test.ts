// Invisible text made visible: a device can put bidi overrides, zero-width
// characters and other controls into a symbol name or a comm, so that a leak
// reads as another in a review ("Trojan Source"). Derived here from the real
// v2 run: its kallsyms snapshot names nicPktLogRxFrame with a right-to-left
// override and a zero-width space, and its report's comm carries an isolate
// and a BEL. Every output shows them as `\u202e`-style escapes; JSON
// documents keep the same data (JSON's own escape), SARIF and GitLab, whose
// consumers display the strings, carry the escape in the strings.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline/check.js';
import type { CheckResult } from '../../src/model.js';
import { annotationCommands, planAnnotations } from '../../src/render/annotations.js';
import { FORMATS } from '../../src/render/index.js';
import { COMMENT_MAX, renderMarkdown } from '../../src/render/markdown.js';
import { cli } from '../support/cli.js';
import { fixture as readFixturePath, readFixture, repoRoot } from '../support/paths.js';

const RLO = '\u202e';
const ZWSP = '\u200b';
const hostileName = `nicPktLog${RLO}RxFrame${ZWSP}`;
// Written out by hand (not escape.ts's own pattern): what must never reach a reader.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]/;

let dir: string;
let args: string[];
let result: CheckResult;
const demoBoard = join(repoRoot, 'baselines/demo-board.json');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-invisible-'));
  const report = join(dir, 'report.txt');
  const kallsyms = join(dir, 'kallsyms.txt');
  writeFileSync(
    report,
    readFixture('hil-6.1/runs/v2/report-after-rmmod.txt').replace(/comm "main_thread"/g, 'comm "main\u2066_thread\u0007"'),
  );
  writeFileSync(kallsyms, readFixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt').replace(/\bnicPktLogRxFrame\b/g, hostileName));
  args = [report, '--kallsyms', kallsyms, '--baseline', demoBoard];
  result = await check({
    reports: [report],
    captures: [],
    kallsyms: [kallsyms],
    debugInfo: [],
    moduleSections: [],
    symbolizer: 'auto',
    cwd: dir,
    baseline: demoBoard,
    now: new Date('2026-11-25'),
  });
});

describe('a bidi override and zero-width characters in device text', () => {
  it('are in the data the core returns (the derived input really carries them)', () => {
    expect(result.leaks.map((l) => l.title)).toContain(`memory leak in ${hostileName} [demo_wlan]`);
  });

  it.each(FORMATS.map((f) => f.name))('--format %s shows none of them raw', async (format) => {
    const r = await cli(['check', ...args, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(INVISIBLE);
    expect(r.stderr).not.toMatch(INVISIBLE);
    // (SARIF and GitLab escape the strings themselves: in their JSON text the backslash is doubled.)
    expect(r.stdout.replace(/\\\\/g, '\\')).toContain('nicPktLog\\u202eRxFrame\\u200b');
  });

  it('the JSON result is the same data: its strings parse back to the device text', async () => {
    const r = await cli(['check', ...args, '--format', 'json']);
    expect(JSON.parse(r.stdout).leaks.map((l: { title: string }) => l.title)).toContain(`memory leak in ${hostileName} [demo_wlan]`);
  });

  it('SARIF and GitLab: the strings a consumer displays carry the escape', async () => {
    const sarif = JSON.parse((await cli(['check', ...args, '--format', 'sarif'])).stdout);
    const messages = sarif.runs[0].results.map((x: { message: { text: string } }) => x.message.text).join('\n');
    expect(messages).toContain('nicPktLog\\u202eRxFrame\\u200b');
    const gitlab = JSON.parse((await cli(['check', ...args, '--format', 'gitlab'])).stdout);
    expect(gitlab.map((i: { description: string }) => i.description).join('\n')).toContain('nicPktLog\\u202eRxFrame\\u200b');
  });

  it('the PR comment and the annotations show them escaped', () => {
    const md = renderMarkdown(result, { maxLength: COMMENT_MAX, target: `board${RLO}1` });
    expect(md).not.toMatch(INVISIBLE);
    expect(md).toContain('nicPktLog\\u202eRxFrame\\u200b');
    expect(md).toContain('board\\u202e1');
    const commands = annotationCommands(planAnnotations(result, { baseline: 'baselines/demo-board.json' })).join('\n');
    expect(commands).not.toMatch(INVISIBLE);
    expect(commands).toContain('nicPktLog\\u202eRxFrame\\u200b');
  });

  it('a baseline written from it shows the escapes in the file, and reads back to the same strings', async () => {
    const base = join(dir, 'accepted.json');
    const r = await cli(['baseline', 'update', ...args.slice(0, 3), '--baseline', base, '--accept-new']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(INVISIBLE);
    const text = readFileSync(base, 'utf8');
    expect(text).not.toMatch(INVISIBLE);
    expect(text).toContain('nicPktLog\\u202eRxFrame\\u200b');
    expect(JSON.parse(text).leaks.map((e: { title: string }) => e.title)).toContain(`memory leak in ${hostileName} [demo_wlan]`);
    expect((await cli(['baseline', 'validate', base])).stdout).toMatch(/valid, \d+ leak\(s\)\n$/);
    expect((await cli(['check', ...args.slice(0, 3), '--baseline', base])).code).toBe(0);
  });
});

describe('kleak-gate diff with the same device text in the new read', () => {
  const v1 = (name: string) => readFixturePath(`hil-6.1/runs/v1/${name}`);

  it.each(FORMATS.map((f) => f.name))('--format %s shows none of them raw, on stdout and in --output', async (format) => {
    const diffArgs = [
      'diff',
      v1('report-after-rmmod.txt'),
      args[0]!,
      '--old-kallsyms',
      v1('kallsyms-before-rmmod.txt'),
      '--new-kallsyms',
      args[2]!,
    ];
    const r = await cli([...diffArgs, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(INVISIBLE);
    expect(r.stderr).not.toMatch(INVISIBLE);
    expect(r.stdout.replace(/\\\\/g, '\\')).toContain('nicPktLog\\u202eRxFrame\\u200b');
    const out = join(dir, `diff.${format}`);
    expect((await cli([...diffArgs, '--format', format, '--output', out])).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });
});
