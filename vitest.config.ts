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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
