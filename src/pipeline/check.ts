// check = analyze + the repository's rules + the baseline → a verdict.

import { InputError } from '../errors.js';
import { loadConfig } from '../config/load.js';
import { defaultConfig, type Config } from '../config/types.js';
import { applyRules, grownFactor } from '../rules/apply.js';
import { parseBaseline, type Baseline } from '../baseline/schema.js';
import { compareWithBaseline } from '../compare/compare.js';
import type { CheckResult, UnreadableRecord } from '../model.js';
import { analyze } from './analyze.js';
import type { CheckOptions } from '../inputs/options.js';
import { readOptionalText } from '../read-text.js';
import { acceptCommand } from '../render/accept-command.js';
import { inputPath } from '../inputs/paths.js';

export interface CheckOutcome {
  result: CheckResult;
  baseline: Baseline | undefined;
  config: Config;
}

/** Runs the gate. `allowMissingBaseline`: a first `baseline update` starts from nothing. */
export async function runCheck(opts: CheckOptions, allowMissingBaseline = false): Promise<CheckOutcome> {
  const loaded = opts.config ? await loadConfig(inputPath(opts.cwd, opts.config)) : defaultConfig();
  const config: Config = opts.minSeen !== undefined ? { ...loaded, runs: { ...loaded.runs, minSeen: opts.minSeen } } : loaded;
  let baseline: Baseline | undefined;
  const text = await readOptionalText(inputPath(opts.cwd, opts.baseline));
  if (text === undefined && !allowMissingBaseline) {
    throw new InputError(opts.baseline, `baseline not found: after reviewing this run's leaks, create it with \`${acceptCommand(opts)}\``);
  }
  if (text !== undefined) baseline = parseBaseline(text, opts.baseline);
  const analysis = await analyze(opts);
  if (analysis.unreadable.length > 0 && !opts.allowUnreadable) throw unreadableError(analysis.unreadable);
  const rules = applyRules(analysis.leaks, config, { runs: analysis.runs, now: opts.now });
  const result = compareWithBaseline(analysis.leaks, baseline, {
    runs: analysis.runs,
    grownFactor: grownFactor(config),
    decisions: rules.decisions,
    unreadable: analysis.unreadable,
    noEvidence: analysis.noEvidence,
    warnings: [...analysis.warnings, ...rules.warnings],
  });
  return { result, baseline, config };
}

/** A truncated capture is an input error: the first unreadable record, and how many there are. */
export function unreadableError(list: UnreadableRecord[]): InputError {
  const first = list[0]!;
  const count = list.length === 1 ? 'the only unreadable record' : `the first of ${list.length} unreadable records`;
  return new InputError(
    first.file,
    `unreadable record: ${first.cause} (${count}; a verdict needs every record read in full: fix the capture, or judge the readable records with --allow-unreadable / allow-unreadable: true, and the gate fails)`,
    first.line,
  );
}

export async function check(opts: CheckOptions): Promise<CheckResult> {
  return (await runCheck(opts)).result;
}
