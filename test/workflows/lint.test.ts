// Every workflow under .github/workflows, action.yml, and the README's
// workflow examples pass GitHub's own validator (test/support/actions-lint.ts)
// with no error or warning; the validator does catch what GitHub rejects.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintActionsFile } from '../support/actions-lint.js';
import { repoRoot } from '../support/paths.js';
import { readmeBlocks } from '../support/readme.js';

const workflowDir = join(repoRoot, '.github/workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f));
const readmeWorkflows = readmeBlocks()
  .filter((b) => b.lang === 'yaml')
  .filter((b) => {
    const doc = parse(b.text) as Record<string, unknown> | null;
    return doc !== null && typeof doc === 'object' && 'jobs' in doc;
  });

const read = (p: string) => readFileSync(join(repoRoot, p), 'utf8');

describe('GitHub Actions files are valid', () => {
  it.each(workflows)('.github/workflows/%s', async (f) => {
    const text = read(`.github/workflows/${f}`);
    expect(await lintActionsFile(`.github/workflows/${f}`, text)).toEqual([]);
    // `uses: ./` is this action: its `with:` keys checked as the published one's.
    expect(await lintActionsFile(`.github/workflows/${f}`, text.replace(/uses: \.\/\s*$/gm, 'uses: OWNER/kleak-gate@v1'))).toEqual([]);
  });

  it('action.yml, with a Marketplace description (at most 125 characters) and runs.using node24', async () => {
    expect(await lintActionsFile('action.yml', read('action.yml'))).toEqual([]);
    const yml = parse(read('action.yml')) as { description: string; runs: { using: string; main: string } };
    expect(yml.description.length).toBeLessThanOrEqual(125);
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('the README has its workflow examples (the quick start among them)', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(4);
    expect(readmeWorkflows[0]!.heading).toBe('Quick start: the GitHub Action');
  });

  it.each(readmeWorkflows.map((b) => [`README.md:${b.line} (${b.heading})`, b] as const))('%s', async (_name, b) => {
    const found = await lintActionsFile('.github/workflows/readme-example.yml', b.text);
    expect(found.map((f) => `README.md:${b.line + f.line}: ${f.severity}: ${f.message}`)).toEqual([]);
  });
});

describe('the validator catches what GitHub rejects', () => {
  const board = read('.github/workflows/board.yml');
  it('the runner context in job-level env (the old board.yml)', async () => {
    const bad = board.replace('    env:\n', '    env:\n      CAPTURES: ${{ runner.temp }}/captures\n');
    expect(bad).not.toBe(board);
    expect(await lintActionsFile('.github/workflows/board.yml', bad)).toContainEqual(
      expect.objectContaining({ message: "Unrecognized named-value: 'runner'" }),
    );
  });

  it('an input this action does not have, in a README-style step', async () => {
    const quick = readmeWorkflows[0]!.text.replace('capture: hil-out', 'captures: hil-out');
    const found = await lintActionsFile('.github/workflows/x.yml', quick);
    expect(found.map((f) => f.message).join('\n')).toMatch(/captures/);
  });

  it('an action.yml without description or with an unknown runtime', async () => {
    const bad = read('action.yml')
      .replace(/^description:.*$/m, '')
      .replace('using: node24', 'using: node99');
    const messages = (await lintActionsFile('action.yml', bad)).map((f) => f.message);
    expect(messages).toContain('Required property is missing: description');
    expect(messages).toContain("Unexpected value 'node99'");
  });
});
