// How the user started this kleak-gate, for the commands it prints (the
// "how to accept" hint, the missing-baseline message): a command that names
// the very same program works as printed, where a bare `kleak-gate` or
// `npx kleak-gate` would need an install that may not be there.
import { isAbsolute, relative, sep } from 'node:path';
import type { Invocation } from '../render/accept-command.js';

const INSTALLED = `${sep}node_modules${sep}kleak-gate${sep}dist${sep}cli.js`;

/** `program`: the real path of the running cli.js (symlinks resolved); `cwd`: where the command will be run. */
export function cliInvocation(program: string | undefined, cwd: string): Invocation {
  if (program === undefined) return ['kleak-gate'];
  if (program.endsWith(INSTALLED)) {
    // A project dependency: npx finds it from the project or any folder below it.
    const project = program.slice(0, -INSTALLED.length) || sep;
    const rel = relative(project, cwd);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return ['npx', 'kleak-gate'];
  }
  const rel = relative(cwd, program);
  const inside = !rel.startsWith('..') && !isAbsolute(rel);
  return ['node', (inside ? rel : program).split(sep).join('/')];
}
