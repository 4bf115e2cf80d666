import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Shell scripts are imported as text, as esbuild's 'text' loader does in the bundle.
  plugins: [
    {
      name: 'sh-as-text',
      transform: (code: string, id: string) => (id.endsWith('.sh') ? `export default ${JSON.stringify(code)};` : undefined),
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // GitHub's workflow parser imports its JSON schemas without import attributes (written for
    // bundlers): let vite load it instead of Node.
    server: { deps: { inline: [/@actions\/(languageservice|workflow-parser|expressions)/] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
