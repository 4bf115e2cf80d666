// Bundles the CLI (and the Action, when its entry exists) into self-contained
// ESM files under dist/, so they run with no node_modules (a GitHub Action
// checkout has none, nor does `npm install github:…`: the bundled packages are
// devDependencies). esbuild: one fast dependency, handles TS and ESM-only
// packages such as @actions/core 3 without a plugin. Target node20: the
// oldest Node the CLI supports; the same code runs on the Action's node24.
// Also writes dist/THIRD-PARTY-NOTICES.txt from what was bundled.
import { build } from 'esbuild';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { noticesFor } from './notices.mjs';

const NOTICES = 'THIRD-PARTY-NOTICES.txt';
const entries = [
  { in: 'src/cli/main.ts', out: 'cli' },
  { in: 'src/action/main.ts', out: 'index' },
].filter((e) => existsSync(e.in));

rmSync('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CJS dependencies may call require(); give ESM output one.
  banner: {
    js: [
      '#!/usr/bin/env node',
      `// kleak-gate (MIT). Bundles third-party packages: their licences are in ${NOTICES} beside this file.`,
      "import { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);",
    ].join('\n'),
  },
  // The board capture script ships inside the bundle as text (kleak-gate capture --print-script).
  loader: { '.sh': 'text' },
  // Licence comments in the bundled sources stay with the code; the full texts go to NOTICES.
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});
const { text } = noticesFor(
  result.metafile,
  entries.map((e) => `dist/${e.out}.js`),
);
writeFileSync(`dist/${NOTICES}`, text);
// The bin, and the pre-commit hook (language: script), run dist/cli.js directly.
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
