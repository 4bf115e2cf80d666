// The step's outputs: this list is what action.yml declares (a test compares
// them). result-json is the same JSON as `kleak-gate check --format json`,
// compact, so later steps can use fromJSON().
import * as core from '@actions/core';
import type { OutputDef } from '../inputs/action-yml.js';
import type { CheckResult } from '../model.js';
import { resultJson } from '../render/json.js';
import { FORMATS } from '../render/index.js';

const FILE_FORMATS = FORMATS.filter((f) => f.actionFile);

export const OUTPUTS: readonly OutputDef[] = [
  { name: 'verdict', description: 'pass or fail.' },
  { name: 'new', description: 'Number of new leaks (not in the baseline).' },
  { name: 'known', description: 'Number of leaks accepted in the baseline and seen again.' },
  { name: 'grown', description: 'Number of known leaks with more objects than the baseline accepts (they fail the gate too).' },
  { name: 'fixed', description: 'Number of baseline leaks not seen in this run.' },
  { name: 'result-json', description: 'The result as JSON (schema kleak-gate/result@1, as `kleak-gate check --format json`).' },
  ...FILE_FORMATS.map((f) => ({ name: f.name, description: `Path of the ${f.name} file written (the ${f.name} input), or empty.` })),
  { name: 'baseline-change', description: 'Modes update-baseline and baseline-pr: the change in words, e.g. "added 1, removed 2".' },
  { name: 'pull-request-operation', description: 'Mode baseline-pr: created, updated, closed or none.' },
  { name: 'pull-request-number', description: 'Mode baseline-pr: the baseline pull request number, or empty.' },
];

/** `files`: format name → the path written (as given); every file format's output is set, empty when none. */
export function setOutputs(result: CheckResult, files: Record<string, string>): void {
  core.setOutput('verdict', result.verdict);
  core.setOutput('new', String(result.summary.new));
  core.setOutput('known', String(result.summary.known));
  core.setOutput('grown', String(result.summary.grown));
  core.setOutput('fixed', String(result.summary.fixed));
  core.setOutput('result-json', JSON.stringify(resultJson(result)));
  for (const f of FILE_FORMATS) core.setOutput(f.name, files[f.name] ?? '');
}
