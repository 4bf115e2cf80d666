// check's output formats and --output, on the v1 → v2 story.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';
import { validateSarif } from '../support/sarif-schema.js';

const run = (v: string) => [
  fixture('hil-6.1/runs', v, 'report-after-rmmod.txt'),
  '--kallsyms',
  fixture('hil-6.1/runs', v, 'kallsyms-before-rmmod.txt'),
];
let dir: string;
let baseline: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-fmt-'));
  baseline = join(dir, 'b.json');
  expect((await cli(['baseline', 'update', ...run('v1'), '--baseline', baseline, '--accept-new'])).code).toBe(0);
});

describe('check --format', () => {
  it('markdown: the verdict, the counts and the new leak', async () => {
    const r = await cli(['check', ...run('v2'), '--baseline', baseline, '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/kleak-gate/);
    expect(r.stdout).toContain('nicPktLogRxFrame');
    expect(r.stdout).toContain('**1 new** · 0 grown');
  });

  it('sarif: valid SARIF 2.1.0 with the fingerprint as primaryLocationLineHash', async () => {
    const r = await cli(['check', ...run('v2'), '--baseline', baseline, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(validateSarif(sarif)).toEqual([]);
    const hashes = sarif.runs[0].results.map(
      (x: { partialFingerprints: { primaryLocationLineHash: string } }) => x.partialFingerprints.primaryLocationLineHash,
    );
    expect(hashes.some((h: string) => /^kl1:[0-9a-f]{16}$/.test(h))).toBe(true);
  });

  it('--output writes the file and keeps the exit code', async () => {
    const out = join(dir, 'result.json');
    const r = await cli(['check', ...run('v2'), '--baseline', baseline, '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).verdict).toBe('fail');
  });
});
