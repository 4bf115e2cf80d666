// Baselines are strict JSON, read in linear time: each way a reviewed or
// merged file goes wrong is one `file:line: cause` and exit 2 (JSON.parse
// would take the last of two equal keys, or say only "position 812"). The
// baselines here are the tool's own output for the real v1 run, edited as a
// person or git would.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';

const v1 = [fixture('hil-6.1/runs/v1/report-after-rmmod.txt'), '--kallsyms', fixture('hil-6.1/runs/v1/kallsyms-before-rmmod.txt')];
let dir: string;
let written: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-hostile-baseline-'));
  const path = join(dir, 'v1.json');
  const r = await cli(['baseline', 'update', ...v1, '--baseline', path, '--accept-new']);
  expect(r.code).toBe(0);
  written = readFileSync(path, 'utf8');
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function validate(name: string, text: string) {
  const r = await cli(['baseline', 'validate', write(name, text)]);
  expect(r.stderr).not.toMatch(/internal error| {4}at /);
  return r;
}

describe('a baseline that is not strict JSON: exit 2 with the line and the cause', () => {
  it('a key written twice (was silently read as the last one)', async () => {
    const text = written.replace('"objects": 1,', '"objects": 2,\n      "objects": 200,');
    const r = await validate('dup.json', text);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `kleak-gate: ${join(dir, 'dup.json')}:${lineOf(text, '"objects": 200')}: duplicate key "objects" (first at line ${lineOf(text, '"objects": 2,')}): JSON keeps only one of them\n`,
    );
    // check refuses it the same way: a doubtful baseline is never read.
    const check = await cli(['check', ...v1, '--baseline', join(dir, 'dup.json')]);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/duplicate key "objects"/);
  });

  it.each([
    ['a byte-order mark', (t: string) => '\ufeff' + t, () => 1, 'starts with a byte-order mark (BOM): save the file as UTF-8 without it'],
    [
      'a trailing comma in an entry',
      (t: string) => t.replace(/("bytes": \d+)\n/, '$1,\n'),
      (t: string) => lineOf(t, '"bytes"') + 1,
      "trailing comma before '}': JSON allows none",
    ],
    [
      'a trailing comma in the list',
      (t: string) => t.replace(/}\n {2}\]/, '},\n  ]'),
      (t: string) => t.split('\n').length - 2,
      "trailing comma before ']': JSON allows none",
    ],
    [
      'merge-conflict markers',
      (t: string) => t.replace(/( *"objects": 1,\n)/, '<<<<<<< HEAD\n$1=======\n      "objects": 3,\n>>>>>>> accept\n'),
      (t: string) => lineOf(t, '<<<<<<<'),
      'merge-conflict marker "<<<<<<< HEAD": resolve the conflict',
    ],
    [
      'a comment',
      (t: string) => t.replace('"leaks": [', '"leaks": [ // accepted in DEMO-12'),
      (t: string) => lineOf(t, '//'),
      'a comment at "//": JSON has no comments',
    ],
    [
      'a cut file',
      (t: string) => t.slice(0, t.indexOf('"frames"')),
      (t: string) => t.split('\n').length,
      /^not valid JSON: .* at the end of the file; truncated or hand-edited\?$/,
    ],
    [
      'nesting 100,000 deep',
      (t: string) => t.replace('"frames": [', `"frames": ${'['.repeat(100_000)}`),
      (t: string) => lineOf(t, '[[['),
      'nested deeper than 64 levels: not a file this tool reads',
    ],
    [
      'a count beyond exact numbers',
      (t: string) => t.replace('"objects": 1,', '"objects": 1e400,'),
      (t: string) => lineOf(t, '1e400'),
      /^leaks\[\d\]: "objects" must be a whole number from 0 to 9007199254740991$/,
    ],
    [
      'a fractional byte count',
      (t: string) => t.replace(/"bytes": (\d+)/, '"bytes": $1.5'),
      (t: string) => lineOf(t, '.5'),
      /^leaks\[\d\]: "bytes" must be a whole number/,
    ],
  ])('%s', async (_what, edit, line, cause) => {
    const text = edit(written);
    const r = await validate('bad.json', text);
    expect(r.code).toBe(2);
    const prefix = `kleak-gate: ${join(dir, 'bad.json')}:${line(text)}: `;
    expect(r.stderr.startsWith(prefix), r.stderr).toBe(true);
    const said = r.stderr.slice(prefix.length).trimEnd();
    if (typeof cause === 'string') expect(said).toBe(cause);
    else expect(said).toMatch(cause);
  });
});

describe('large baselines are read in linear time', () => {
  /** n entries in the tool's own format, fingerprints and titles made distinct from the real v1 entries. */
  function many(n: number): string {
    const real = JSON.parse(written);
    const leaks = Array.from({ length: n }, (_, i) => ({
      ...real.leaks[i % real.leaks.length],
      fingerprint: `kl1:${i.toString(16).padStart(16, '0')}`,
    }));
    return JSON.stringify({ ...real, leaks }, null, 2) + '\n';
  }

  it.each([3_000, 10_000])('%i entries validate, and a fault in the last one is named by its line', async (n) => {
    const text = many(n);
    const ok = await validate(`many-${n}.json`, text);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`valid, ${n} leak(s)`);
    const lastTitle = text.lastIndexOf('"title"');
    const bad = text.slice(0, lastTitle) + text.slice(lastTitle).replace('"title": "', '"title": 7, "x": "');
    const r = await validate(`many-${n}-bad.json`, bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`:${bad.slice(0, lastTitle).split('\n').length}: leaks[${n - 1}]: unknown key "x"`);
  });
});
