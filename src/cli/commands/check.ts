// kleak-gate check: the gate. Exit 0 pass, 1 a new or grown leak, 2 bad input.

import { checkSettings } from '../../inputs/settings.js';
import { runCheck } from '../../pipeline/check.js';
import { acceptCommand } from '../../render/accept-command.js';
import { cliLabel, parseCommand } from '../args.js';
import { cliInvocation } from '../invocation.js';
import { CHECK_HELP } from '../help.js';
import type { Command } from '../io.js';
import { chosenFormat, emit } from '../output.js';

export const checkCommand: Command = async (argv, io) => {
  const { raw, help } = parseCommand(argv, 'check');
  if (help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = chosenFormat(raw, 'check');
  const settings = checkSettings(raw, {
    cwd: io.cwd,
    now: io.now(),
    label: cliLabel,
    stdin: io.readStdin,
    env: io.env,
    invocation: cliInvocation(io.program, io.cwd),
  });
  const { result } = await runCheck(settings);
  const ctx = {
    baseline: settings.baseline,
    ...(settings.target ? { target: settings.target } : {}),
    acceptCommand: acceptCommand(settings),
  };
  await emit(format.render(result, ctx), raw.output as string | undefined, io);
  if (format.machine) for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
  return result.verdict === 'fail' ? 1 : 0;
};
