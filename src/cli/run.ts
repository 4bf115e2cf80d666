// The dispatcher: one place that maps sub-commands to their files and turns
// errors into exit codes. Input and usage problems: exit 2 with one line.

import { isInputProblem, oneLine } from '../errors.js';
import { TOOL_VERSION } from '../version.js';
import { baselineCommand } from './commands/baseline.js';
import { capture } from './commands/capture.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { hookCommand } from './commands/hook.js';
import { symbolize } from './commands/symbolize.js';
import { MAIN_HELP } from './help.js';
import { showInvisible } from '../render/escape.js';
import type { CliIO, Command } from './io.js';

const COMMANDS: Record<string, Command> = {
  symbolize,
  check: checkCommand,
  diff: diffCommand,
  baseline: baselineCommand,
  capture,
  hook: hookCommand,
};

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`kleak-gate: unknown command '${name}' (try kleak-gate --help)\n`);
    return 2;
  }
  // Whatever a command prints, invisible characters of device text show as escapes (JSON stays the same data).
  const shown: CliIO = { ...io, stdout: (t) => io.stdout(showInvisible(t)), stderr: (t) => io.stderr(showInvisible(t)) };
  try {
    return await command(rest, shown);
  } catch (e) {
    if (isInputProblem(e)) {
      io.stderr(`kleak-gate: ${oneLine(e.message)}\n`);
      return 2;
    }
    // A bug is not a pass either.
    io.stderr(`kleak-gate: internal error: ${oneLine(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return 2;
  }
}
