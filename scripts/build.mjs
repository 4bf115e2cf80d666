// Bundles the CLI (and the Action, when its entry exists) into self-contained
// ESM files under dist/, so they run with no node_modules (a GitHub Action
// checkout has none). esbuild: one fast dependency, handles TS and ESM-only
// packages such as @actions/core 3 without a plugin.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const entries = [
  { in: 'src/cli/main.ts', out: 'cli' },
  { in: 'src/action/main.ts', out: 'index' },
].filter((e) => existsSync(e.in));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CJS dependencies may call require(); give ESM output one.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __kgCreateRequire } from 'node:module'; const require = __kgCreateRequire(import.meta.url);",
  },
  // The board capture script ships inside the bundle as text (kleak-gate capture --print-script).
  loader: { '.sh': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
});
