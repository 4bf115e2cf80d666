// The benches' view of the core: src/ bundled once into DIR/core.mjs and
// loaded, so that measurements exclude Node's start and module loading.
import { build } from 'esbuild';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Bundles `exports` (lines of `export … from './src/….ts'`) and imports the result. */
export async function loadCore(dir, exports) {
  const outfile = join(dir, 'core.mjs');
  await build({
    stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return import(outfile); // fails here, before any timing, if the bundle does not load
}
