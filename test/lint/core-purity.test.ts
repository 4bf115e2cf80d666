// The lint rule that keeps the core pure (eslint.config.js) bites: a real
// core file with an edge import, an environment read or an exit added is
// refused with the rule's message, the same lines in an edge folder are not,
// and the tree as committed lints clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

const eslint = new ESLint({ cwd: repoRoot });

/** Lints `file`'s real text with `line` added, as if it were committed there. */
async function lintWith(file: string, line: string): Promise<{ ruleId: string | null; message: string }[]> {
  const text = `${line}\n${readFileSync(join(repoRoot, file), 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: join(repoRoot, file) });
  return result!.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

describe('the core stays pure', () => {
  it.each([
    ["import '@actions/core';", 'no-restricted-imports', /@actions/],
    ["import * as github from '@actions/github';", 'no-restricted-imports', /@actions/],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports', /read files at the edge/],
    ["import { spawn } from 'node:child_process';", 'no-restricted-imports', /read files at the edge/],
    ['export const home = process.env.HOME;', 'no-restricted-properties', /environment/],
    ['export const stop = () => process.exit(2);', 'no-restricted-properties', /never exits/],
  ])('src/parse/report.ts with %s is refused', async (line, rule, message) => {
    const found = (await lintWith('src/parse/report.ts', line)).filter((m) => m.ruleId === rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(message);
  });

  it.each(['src/render/junit.ts', 'src/model/status.ts', 'src/baseline/update.ts', 'src/kallsyms/parse.ts'])(
    '%s: an @actions import is refused',
    async (file) => {
      expect((await lintWith(file, "import '@actions/core';")).map((m) => m.ruleId)).toContain('no-restricted-imports');
    },
  );

  it('the same import is fine at the edge (src/action)', async () => {
    expect(await lintWith('src/action/log.ts', "import '@actions/core';")).toEqual([]);
  });

  it('the tree as committed lints clean', async () => {
    const results = await eslint.lintFiles(['src', 'test', 'scripts', 'eslint.config.js']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}: ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  }, 120_000);
});
