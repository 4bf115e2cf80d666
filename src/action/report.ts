// What a result leaves besides the verdict, for mode check and mode publish:
// the file outputs, the step outputs, annotations, the job summary and the
// sticky comment. Each is a step of its own whose failure is a warning: none
// of them can change the verdict.
import * as core from '@actions/core';
import { oneLine } from '../errors.js';
import type { GitHubClient } from '../github/types.js';
import type { CheckResult } from '../model.js';
import { postComment } from './comment.js';
import { setOutputs, type ResultPlace } from './outputs.js';
import { writeAnnotations, writeFormatFile, writeSummary } from './publish.js';
import type { ActionSettings } from './settings.js';

/** What reporting needs of the run's surroundings. */
export interface ReportDeps {
  env: Record<string, string | undefined>;
  write: (text: string) => void;
  client: (s: ActionSettings) => GitHubClient;
}

export function resultPlace(s: ActionSettings): ResultPlace {
  return { dir: s.resultDir, ...(s.check.target ? { target: s.check.target } : {}) };
}

/** Runs a step that must not affect the verdict; its failure is a warning. */
export async function besides(what: string, step: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await step();
  } catch (e) {
    core.warning(`kleak-gate: could not write the ${what}: ${oneLine((e as Error).message)}`);
  }
}

/** Everything a result leaves besides the verdict (mode check and publish); none of it can change the verdict. */
export async function reportResult(s: ActionSettings, result: CheckResult, deps: ReportDeps): Promise<void> {
  const written: Record<string, string> = {};
  for (const file of s.files) {
    await besides(`${file.format.name} file`, async () => (written[file.format.name] = await writeFormatFile(s, result, file)));
  }
  await besides('outputs', () => setOutputs(result, written, resultPlace(s)));
  if (s.annotations) await besides('annotations', () => writeAnnotations(s, result, deps.write));
  await besides('job summary', () => writeSummary(s, result, deps.env.GITHUB_STEP_SUMMARY));
  core.setOutput('comment-id', '');
  if (s.comment) {
    // The client is made inside postComment's guard, and only for a pull
    // request: an empty token or a bad API URL costs the comment, never the verdict.
    await besides('PR comment', async () => {
      const out = await postComment(s, result, () => deps.client(s));
      if (out.action === 'failed') core.warning(out.message);
      else core.info(`kleak-gate: ${out.message}`);
      for (const w of out.warnings) core.warning(`kleak-gate: ${w}`);
      if (out.comment) core.setOutput('comment-id', String(out.comment.id));
    });
  }
}
