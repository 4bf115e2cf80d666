// kleak-gate symbolize: the report with every frame named (and resolved to
// source lines when debug info is given), grouped by fingerprint.

import { analyzeSettings } from '../../inputs/settings.js';
import { analyze } from '../../pipeline/analyze.js';
import { cliLabel, parseCommand } from '../args.js';
import { SYMBOLIZE_HELP } from '../help.js';
import type { Command } from '../io.js';
import { chosenFormat, emit } from '../output.js';

export const symbolize: Command = async (argv, io) => {
  const { raw, help } = parseCommand(argv, 'symbolize');
  if (help) {
    io.stdout(SYMBOLIZE_HELP);
    return 0;
  }
  const format = chosenFormat(raw, 'symbolize');
  const analysis = await analyze(analyzeSettings(raw, { cwd: io.cwd, now: io.now(), label: cliLabel, stdin: io.readStdin, env: io.env }));
  await emit(format.renderLeaks!(analysis), raw.output as string | undefined, io);
  if (format.machine) for (const w of analysis.warnings) io.stderr(`warning: ${w}\n`);
  return 0;
};
