// kleak-gate symbolize: the report with every frame named (and resolved to
// source lines when debug info is given), grouped by fingerprint.

import { analyze } from '../../pipeline/analyze.js';
import { renderLeaksJson } from '../../render/json.js';
import { renderLeaksText } from '../../render/text.js';
import { analyzeOptions, formatOption, INPUT_OPTIONS, parseOptions } from '../args.js';
import { SYMBOLIZE_HELP } from '../help.js';
import type { Command } from '../io.js';
import { emit } from '../output.js';

export const symbolize: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, INPUT_OPTIONS);
  if (values.help) {
    io.stdout(SYMBOLIZE_HELP);
    return 0;
  }
  const format = formatOption(values, ['text', 'json'] as const, 'text');
  const analysis = await analyze(analyzeOptions(positionals, values, io));
  const text =
    format === 'json'
      ? renderLeaksJson(analysis.leaks, analysis.runs, analysis.warnings)
      : renderLeaksText(analysis.leaks, analysis.runs, analysis.warnings);
  await emit(text, values.output, io);
  if (format === 'json') for (const w of analysis.warnings) io.stderr(`warning: ${w}\n`);
  return 0;
};
