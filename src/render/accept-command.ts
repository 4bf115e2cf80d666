// The "how to accept" command shown by the CLI, the PR comment and the job
// summary: `baseline update` with every input of the run it follows (reports,
// captures, symbol tables, module sections, debug info), run the way this
// kleak-gate was run. A shorter command (`baseline update REPORT...` without
// the symbol tables) would name fewer frames, match fewer known leaks and
// rewrite the baseline from a poorer reading: the hint never drops an input.
import { DEFAULT_CONFIG } from '../inputs/defaults.js';
import type { CheckOptions } from '../inputs/options.js';
import { shellLine } from './shell-words.js';

/** How to start kleak-gate where the command will be pasted, e.g. ['npx', 'github:OWNER/kleak-gate#v1']. */
export type Invocation = readonly string[];

export const DEFAULT_INVOCATION: Invocation = ['npx', 'kleak-gate'];

/** The argv (after the invocation) of `baseline update` over the same inputs as `opts`. */
export function acceptArgs(opts: CheckOptions): string[] {
  const repeat = (flag: string, values: readonly string[]) => values.flatMap((v) => [flag, v]);
  return [
    'baseline',
    'update',
    ...opts.reports,
    ...repeat('--capture', opts.captures),
    ...repeat('--kallsyms', opts.kallsyms),
    ...repeat('--module-sections', opts.moduleSections),
    ...repeat('--debug-info', opts.debugInfo),
    ...(opts.sourceRoot !== undefined ? ['--source-root', opts.sourceRoot] : []),
    ...(opts.symbolizer !== 'auto' ? ['--symbolizer', opts.symbolizer] : []),
    // The repository's .kleak-gate.yml applies without being named.
    ...(opts.config !== undefined && opts.config !== DEFAULT_CONFIG ? ['--config', opts.config] : []),
    ...(opts.minSeen !== undefined ? ['--min-seen', String(opts.minSeen)] : []),
    '--baseline',
    opts.baseline,
    '--accept-new',
  ];
}

/** The whole command as one line of sh. */
export function acceptCommand(opts: CheckOptions): string {
  return shellLine([...(opts.invocation ?? DEFAULT_INVOCATION), ...acceptArgs(opts)]);
}
