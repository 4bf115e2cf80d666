// dist/ ships third-party code only with its licence: every package whose
// modules the bundles contain (esbuild marks each module with a
// `// node_modules/<package>/…` comment) has its name, version and licence
// text in dist/THIRD-PARTY-NOTICES.txt, which the banner of each bundle names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/action-runner.js';
import { repoRoot } from '../support/paths.js';

const dist = join(repoRoot, 'dist');
let notices = '';

/** Package directories (node_modules/…/name) a bundle holds modules of. */
function bundledPackages(file: string): Set<string> {
  const dirs = new Set<string>();
  for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/^\/\/ (node_modules\/(?:.*node_modules\/)?(?:@[^/\s]+\/)?[^/\s]+)\//gm))
    dirs.add(m[1]!);
  return dirs;
}

beforeAll(async () => {
  await ensureBuilt();
  notices = readFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
});

describe('third-party notices', () => {
  const bundles = ['cli.js', 'index.js'];

  it.each(bundles)('dist/%s names the notices file and each package it bundles is in it with its licence text', (file) => {
    expect(readFileSync(join(dist, file), 'utf8').split('\n')[1]).toContain('THIRD-PARTY-NOTICES.txt');
    const dirs = bundledPackages(file);
    expect(dirs.size).toBeGreaterThan(3);
    for (const dir of dirs) {
      const pkg = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as { name: string; version: string };
      const head = new RegExp(
        `^${pkg.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}@${pkg.version.replace(/\./g, '\\.')} — .*\\nbundled in: .*${file.replace('.', '\\.')}`,
        'm',
      );
      expect(notices, `${pkg.name}@${pkg.version}`).toMatch(head);
      const licence = readdirSync(join(repoRoot, dir)).find((f) => /^licen[cs]e/i.test(f));
      expect(licence, `${dir} has a licence file`).toBeDefined();
      const text = readFileSync(join(repoRoot, dir, licence!), 'utf8')
        .replace(/\r\n/g, '\n')
        .trim();
      expect(notices).toContain(text);
    }
  });

  it('the npm package and the git install carry the notices with the CLI', () => {
    const files = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/THIRD-PARTY-NOTICES.txt', 'LICENSE']));
    expect(existsSync(join(repoRoot, 'LICENSE'))).toBe(true);
  });
});
