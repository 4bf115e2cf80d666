// What the run leaves without the API: annotations (workflow commands on
// stdout), the job summary and the SARIF file. None of it can change the
// verdict; a failure here becomes a warning.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { CheckResult } from '../model.js';
import { annotationCommands, planAnnotations } from '../render/annotations.js';
import { isRepoRelative } from '../render/backtrace.js';
import { renderMarkdown, SUMMARY_MAX } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import type { ActionSettings } from './settings.js';

/** A resolved path is annotated only where the PR can show it: a file of this checkout. */
export function inWorkspace(workspace: string): (file: string) => boolean {
  return (file) => {
    if (!isRepoRelative(file)) return false;
    const p = join(workspace, file);
    return existsSync(p) && statSync(p).isFile();
  };
}

/** The baseline line holding a fingerprint, so a "fixed" notice points at the entry to remove. */
function baselineLines(workspace: string, baseline: string): (fp: string) => number | undefined {
  let lines: string[] = [];
  try {
    lines = readFileSync(join(workspace, baseline), 'utf8').split('\n');
  } catch {
    // No baseline file: notices go to line 1.
  }
  return (fp) => {
    const i = lines.findIndex((l) => l.includes(`"${fp}"`));
    return i >= 0 ? i + 1 : undefined;
  };
}

export function writeAnnotations(s: ActionSettings, result: CheckResult, write: (text: string) => void): number {
  const list = planAnnotations(result, {
    baseline: s.baseline,
    inRepo: inWorkspace(s.workspace),
    baselineLine: baselineLines(s.workspace, s.baseline),
  });
  for (const line of annotationCommands(list)) write(`${line}\n`);
  return list.length;
}

export async function writeSummary(s: ActionSettings, result: CheckResult, summaryFile: string | undefined): Promise<boolean> {
  if (!summaryFile) return false;
  const md = renderMarkdown(result, {
    ...(s.target ? { target: s.target } : {}),
    baseline: s.baseline,
    maxLength: SUMMARY_MAX,
    ...(s.context.runUrl ? { runUrl: s.context.runUrl } : {}),
  });
  await appendFile(summaryFile, md, 'utf8');
  return true;
}

export async function writeSarif(s: ActionSettings, result: CheckResult): Promise<string | undefined> {
  if (!s.sarif) return undefined;
  // The `sarif` output is the input as given: a relative path is the
  // workspace's (where later steps run), an absolute one is written as is.
  const path = isAbsolute(s.sarif) ? s.sarif : join(s.workspace, s.sarif);
  await mkdir(dirname(path), { recursive: true });
  const log = renderSarif(result, {
    baseline: s.baseline,
    inRepo: inWorkspace(s.workspace),
    ...(s.target ? { target: s.target } : {}),
  });
  await writeFile(path, `${JSON.stringify(log, null, 2)}\n`, 'utf8');
  return s.sarif;
}
