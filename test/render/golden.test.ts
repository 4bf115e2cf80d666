// Every output format of the registry on one real input, compared with the
// golden file checked in beside it (test/fixtures/golden/hil-v2/, see its
// README). A renderer change shows as a diff of these files in review;
// `UPDATE=1 npx vitest run test/render/golden.test.ts` rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/render/index.js';
import { fixture } from '../support/paths.js';
import { checkV2 } from '../support/v2-check.js';

const DIR = fixture('golden/hil-v2');

describe('golden outputs of check on the hil-6.1 v2 run (target demo-board)', () => {
  it.each(FORMATS.map((f) => [f.name, f.extension] as const))('%s', async (name, extension) => {
    const r = await checkV2(name, ['--target', 'demo-board']);
    expect(r.code).toBe(1);
    const file = join(DIR, `check-${name}${extension}`);
    if (process.env.UPDATE === '1' || !existsSync(file)) {
      if (process.env.UPDATE !== '1' && process.env.CI)
        throw new Error(`${file} missing: run UPDATE=1 npx vitest run test/render/golden.test.ts`);
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, r.stdout);
    }
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
