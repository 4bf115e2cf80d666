// The hook scripts `kleak-gate hook install` writes. POSIX sh, no device
// text in them (only the command the user installed with), and a marker line
// so that install can tell its own hooks from someone else's.

import { shQuote } from '../render/shell-words.js';

export const HOOK_MARKER = '# installed by kleak-gate hook install';
export const SKIP_VAR = 'KLEAK_GATE_SKIP';

export function hookScript(hook: 'pre-push' | 'pre-commit', command: string[], config?: string): string {
  const args = ['hook', 'run', hook, ...(config ? ['--config', config] : [])];
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    `# ${hook === 'pre-push' ? 'Runs kleak-gate check on the latest local HIL capture named in the config.' : 'Validates staged baseline files.'}`,
    `# Skip once: ${SKIP_VAR}=1 git ${hook === 'pre-push' ? 'push' : 'commit'}`,
    `case "\${${SKIP_VAR}:-}" in`,
    '  ""|0|false|no) ;;',
    `  *) echo "kleak-gate: ${hook} skipped (${SKIP_VAR} is set)" >&2; exit 0 ;;`,
    'esac',
    `exec ${[...command, ...args].map(shQuote).join(' ')}`,
    '',
  ].join('\n');
}
