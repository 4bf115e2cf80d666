// mode: update-baseline — the same `baseline update` as the CLI, writing the
// baseline file in the workspace for a later step to commit or upload.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { serializeBaseline } from '../baseline/schema.js';
import { describeChange, updateBaseline, updateNotes } from '../baseline/update.js';
import { runCheck } from '../pipeline/check.js';
import type { CheckOptions } from '../inputs/options.js';
import { oneLine } from '../errors.js';
import { setOutputs, type ResultPlace } from './outputs.js';
import { inputPath } from '../inputs/paths.js';

export async function runUpdateBaselineMode(opts: CheckOptions, acceptNew: boolean, place: ResultPlace): Promise<void> {
  const { result, baseline } = await runCheck(opts, true);
  const change = updateBaseline(baseline, result, acceptNew);
  const path = inputPath(opts.cwd, opts.baseline);
  const text = serializeBaseline(change.baseline);
  const before = await readFile(path, 'utf8').catch(() => undefined);
  if (before !== text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  const words = describeChange(change);
  core.info(`kleak-gate: ${opts.baseline}: ${words}${before === text ? ' (unchanged)' : ''}`);
  for (const note of updateNotes(change, result, acceptNew, 'set accept-new: true to accept them'))
    core.info(`kleak-gate: ${oneLine(note)}`);
  core.setOutput('baseline-change', words);
  setOutputs(result, {}, place);
}
