// kleak-gate check: the gate. Exit 0 pass, 1 a new or grown leak, 2 bad input.

import { runCheck } from '../../pipeline/check.js';
import { renderResultJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderSarif } from '../../render/sarif.js';
import { renderCheckText } from '../../render/text.js';
import { analyzeOptions, configOption, formatOption, INPUT_OPTIONS, parseOptions } from '../args.js';
import { CHECK_HELP } from '../help.js';
import type { Command } from '../io.js';
import { emit } from '../output.js';

export const CHECK_OPTIONS = {
  ...INPUT_OPTIONS,
  baseline: { type: 'string' },
  config: { type: 'string' },
  target: { type: 'string' },
} as const;

export const checkCommand: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, CHECK_OPTIONS);
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = formatOption(values, ['text', 'json', 'markdown', 'sarif'] as const, 'text');
  const opts = {
    ...analyzeOptions(positionals, values, io),
    baseline: values.baseline,
    config: configOption(values.config, io),
    now: io.now(),
  };
  const { result } = await runCheck(opts);
  let text: string;
  if (format === 'json') text = renderResultJson(result);
  else if (format === 'markdown') text = renderMarkdown(result, { target: values.target, baseline: values.baseline });
  else if (format === 'sarif')
    text = JSON.stringify(renderSarif(result, { baseline: values.baseline, target: values.target }), null, 2) + '\n';
  else text = renderCheckText(result);
  await emit(text, values.output, io);
  if (format !== 'text') for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
  return result.verdict === 'fail' ? 1 : 0;
};
