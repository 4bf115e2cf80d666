// The step's outputs: this list is what action.yml declares (a test compares
// them). result-json is the same JSON as `kleak-gate check --format json`,
// compact, so later steps can use fromJSON(); GitHub keeps at most 1 MB of
// outputs per job, so a result over RESULT_JSON_MAX is given in its short
// form there (verdict, counts, and where the whole is), and the whole is
// always in the result-file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { OutputDef } from '../inputs/action-yml.js';
import type { CheckResult } from '../model.js';
import { RESULT_SCHEMA, resultJson } from '../render/json.js';
import { FORMATS } from '../render/index.js';

const FILE_FORMATS = FORMATS.filter((f) => f.actionFile);

/** Bytes of result-json inline; a bigger result is short there and whole in result-file. */
export const RESULT_JSON_MAX = 900_000;

export const OUTPUTS: readonly OutputDef[] = [
  { name: 'verdict', description: 'pass or fail.' },
  { name: 'new', description: 'Number of new leaks (not in the baseline).' },
  { name: 'known', description: 'Number of leaks accepted in the baseline and seen again.' },
  { name: 'grown', description: 'Number of known leaks with more objects than the baseline accepts (they fail the gate too).' },
  { name: 'fixed', description: 'Number of baseline leaks not seen in this run.' },
  { name: 'unidentified', description: 'Number of leaks whose allocation site could not be named (they fail the gate).' },
  { name: 'unreadable', description: 'Number of kmemleak records that could not be read (they fail the gate).' },
  {
    name: 'result-json',
    description:
      'The result as JSON (schema kleak-gate/result@1, as `kleak-gate check --format json`). Over 900 kB, only its short form: verdict, summary, "truncated": true and "resultFile".',
  },
  { name: 'result-file', description: 'Path of a file holding the whole result JSON (in RUNNER_TEMP), whatever its size.' },
  ...FILE_FORMATS.map((f) => ({ name: f.name, description: `Path of the ${f.name} file written (the ${f.name} input), or empty.` })),
  { name: 'comment-id', description: 'Mode check and publish: the id of the sticky PR comment posted or kept, or empty.' },
  { name: 'baseline-change', description: 'Modes update-baseline and baseline-pr: the change in words, e.g. "added 1, removed 2".' },
  { name: 'pull-request-operation', description: 'Mode baseline-pr: created, updated, closed or none.' },
  { name: 'pull-request-number', description: 'Mode baseline-pr: the baseline pull request number, or empty.' },
  { name: 'pull-request-url', description: 'Mode baseline-pr: the baseline pull request URL, or empty.' },
];

export interface ResultPlace {
  /** The board, named in the result JSON and in the result file's name. */
  target?: string;
  /** Where result-file goes: RUNNER_TEMP (kept for the job's later steps). */
  dir: string;
}

/** The result-json output: the whole JSON, or its short form when that would not fit GitHub's output limit. */
export function resultOutput(
  result: CheckResult,
  place: ResultPlace,
  file: string,
  max = RESULT_JSON_MAX,
): { text: string; short: boolean } {
  const whole = JSON.stringify(resultJson(result, place.target));
  if (Buffer.byteLength(whole, 'utf8') <= max) return { text: whole, short: false };
  const text = JSON.stringify({
    schema: RESULT_SCHEMA,
    ...(place.target !== undefined ? { target: place.target } : {}),
    verdict: result.verdict,
    summary: result.summary,
    runs: result.runs,
    truncated: true,
    resultFile: file,
  });
  return { text, short: true };
}

/** `files`: format name → the path written (as given); every file format's output is set, empty when none. */
export function setOutputs(result: CheckResult, files: Record<string, string>, place: ResultPlace): void {
  core.setOutput('verdict', result.verdict);
  core.setOutput('new', String(result.summary.new));
  core.setOutput('known', String(result.summary.known));
  core.setOutput('grown', String(result.summary.grown));
  core.setOutput('fixed', String(result.summary.fixed));
  core.setOutput('unidentified', String(result.summary.unidentified));
  core.setOutput('unreadable', String(result.summary.unreadable));
  const file = join(place.dir, `kleak-gate-result${place.target ? `-${place.target}` : ''}.json`);
  writeFileSync(file, `${JSON.stringify(resultJson(result, place.target), null, 2)}\n`);
  core.setOutput('result-file', file);
  const inline = resultOutput(result, place, file);
  core.setOutput('result-json', inline.text);
  if (inline.short) {
    core.info(`kleak-gate: the result JSON is over ${RESULT_JSON_MAX} bytes: result-json holds its short form, the whole is in ${file}`);
  }
  for (const f of FILE_FORMATS) core.setOutput(f.name, files[f.name] ?? '');
}
