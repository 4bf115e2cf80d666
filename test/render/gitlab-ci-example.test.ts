// The README's .gitlab-ci.yml example, linted against GitLab's own CI schema
// (the one its pipeline editor validates with; test/fixtures/consumers), and
// held to the tool: every --format it names is a registered format, and each
// report it hands to GitLab is a file the job writes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMAT_NAMES } from '../../src/render/index.js';
import { fixture, repoRoot } from '../support/paths.js';
import { skipWithout } from '../support/tools.js';

function gitlabExample(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const m = /```yaml\n(# \.gitlab-ci\.yml\n[\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README.md has no ```yaml block starting with "# .gitlab-ci.yml"');
  return m[1]!;
}

describe.skipIf(skipWithout('test/render/gitlab-ci-example.test.ts', ['xz'], 'xz-utils'))('the README’s .gitlab-ci.yml', () => {
  const schema = spawnSync('xz', ['-dc', fixture('consumers/gitlab-ci.schema.json.xz')], { encoding: 'utf8', maxBuffer: 1 << 24 }).stdout;
  const ajv = new Ajv.default({ strict: false, allErrors: true, logger: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(schema) as object);

  it('is valid for GitLab CI, and the schema refuses a misspelled report type', () => {
    const doc = parse(gitlabExample()) as Record<string, { artifacts: { reports: Record<string, string> } }>;
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const reports = doc.kmemleak!.artifacts.reports;
    const typo = { kmemleak: { ...doc.kmemleak, artifacts: { reports: { ...reports, codequalty: 'x.json' } } } };
    expect(validate(typo)).toBe(false);
  });

  it('uses formats the tool has and reports the files the job writes', () => {
    const text = gitlabExample();
    const formats = [...text.matchAll(/--format (\S+)/g)].map((m) => m[1]!);
    expect(formats.length).toBeGreaterThan(0);
    for (const f of formats) expect(FORMAT_NAMES).toContain(f);
    const outputs = [...text.matchAll(/--output (\S+)/g)].map((m) => m[1]!);
    const doc = parse(text) as Record<string, { artifacts: { reports: Record<string, string> } }>;
    expect(Object.values(doc.kmemleak!.artifacts.reports).sort()).toEqual(outputs.sort());
  });
});
