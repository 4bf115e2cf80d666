// ESLint (flat config) with typescript-eslint, and the rule that keeps the
// core pure: the steps under src/ that take data and return data never import
// @actions/*, child processes or the file system, never read process.env and
// never exit. The edges (cli, action, github, git, hook, capture, pipeline,
// resolve's processes, inputs) may. test/lint/lint.test.ts proves the rule bites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The pure core: data in, data out. */
export const CORE = ['parse', 'kallsyms', 'symbolize', 'fingerprint', 'rules', 'compare', 'baseline', 'render', 'model'];

const EDGE_MODULES = ['node:child_process', 'child_process', 'node:fs', 'fs', 'node:fs/promises', 'fs/promises'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read back JSON documents of other tools' shapes (SARIF, JUnit): `any` is their honest type.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: [...CORE.map((f) => `src/${f}/**/*.ts`), 'src/model.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: EDGE_MODULES.map((name) => ({
            name,
            message: 'the core takes data and returns data: read files at the edge (pipeline, cli, action)',
          })),
          patterns: [{ group: ['@actions/*'], message: 'the core never imports @actions/*: that is the Action’s edge (src/action)' }],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'the core never reads the environment: the shells pass settings in (src/inputs)' },
        { object: 'process', property: 'exit', message: 'the core never exits: return a result; the CLI turns it into an exit code' },
      ],
    },
  },
);
