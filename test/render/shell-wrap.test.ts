// The accept command in the PR comment is one option per line so it fits the
// column; sh must still read it as the very same argv (quotes never split).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellLine, wrapShellLine } from '../../src/render/shell-words.js';

describe('wrapShellLine', () => {
  const words = ['baseline', 'update', 'hil out/r --x.txt', "it's", '--kallsyms', 'k.txt', '--debug-info', "a'b --c", '--accept-new'];

  it('puts each option on its own line', () => {
    expect(wrapShellLine(shellLine(['npx', 'kleak-gate', ...words]))).toBe(
      [
        "npx kleak-gate baseline update 'hil out/r --x.txt' 'it'\\''s' \\",
        '  --kallsyms k.txt \\',
        "  --debug-info 'a'\\''b --c' \\",
        '  --accept-new',
      ].join('\n'),
    );
  });

  it('is read by sh as the same words', () => {
    const script = wrapShellLine(shellLine(['printf', '%s\\n', ...words]));
    const out = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(out.stdout.split('\n').slice(0, -1)).toEqual(words);
  });
});
