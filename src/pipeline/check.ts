// check = analyze + the repository's rules + the baseline → a verdict.

import { isAbsolute, resolve as resolvePath } from 'node:path';
import { InputError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { defaultConfig, type Config } from '../config/types.js';
import { applyRules, grownFactor } from '../rules/apply.js';
import { parseBaseline, type Baseline } from '../baseline/schema.js';
import { compareWithBaseline } from '../compare/compare.js';
import type { CheckResult } from '../model.js';
import { analyze } from './analyze.js';
import type { CheckOptions } from './options.js';
import { readOptionalText } from '../read-text.js';

export interface CheckOutcome {
  result: CheckResult;
  baseline: Baseline | undefined;
  config: Config;
}

/** Runs the gate. `allowMissingBaseline`: a first `baseline update` starts from nothing. */
export async function runCheck(opts: CheckOptions, allowMissingBaseline = false): Promise<CheckOutcome> {
  const at = (p: string) => (isAbsolute(p) ? p : resolvePath(opts.cwd, p));
  const config = opts.config ? await loadConfig(at(opts.config)) : defaultConfig();
  let baseline: Baseline | undefined;
  if (opts.baseline) {
    const text = await readOptionalText(at(opts.baseline));
    if (text === undefined && !allowMissingBaseline) {
      throw new InputError(
        opts.baseline,
        'baseline not found: create it with `kleak-gate baseline update REPORT... --baseline FILE --accept-new`',
      );
    }
    if (text !== undefined) baseline = parseBaseline(text, opts.baseline);
  }
  const analysis = await analyze(opts);
  const rules = applyRules(analysis.leaks, config, { runs: analysis.runs, now: opts.now });
  const result = compareWithBaseline(analysis.leaks, baseline, {
    runs: analysis.runs,
    grownFactor: grownFactor(config),
    decisions: rules.decisions,
    warnings: [...(opts.baseline ? [] : ['no --baseline given: every leak counts as new']), ...analysis.warnings, ...rules.warnings],
  });
  return { result, baseline, config };
}

export async function check(opts: CheckOptions): Promise<CheckResult> {
  return (await runCheck(opts)).result;
}
