// The step's outputs (action.yml lists them). result-json is the same JSON as
// `kleak-gate check --format json`, compact, so later steps can use fromJSON().
import * as core from '@actions/core';
import type { CheckResult } from '../model.js';
import { resultJson } from '../render/json.js';

export function setOutputs(result: CheckResult, sarifPath: string | undefined): void {
  core.setOutput('verdict', result.verdict);
  core.setOutput('new', String(result.summary.new));
  core.setOutput('known', String(result.summary.known));
  core.setOutput('fixed', String(result.summary.fixed));
  core.setOutput('result-json', JSON.stringify(resultJson(result)));
  core.setOutput('sarif', sarifPath ?? '');
}
