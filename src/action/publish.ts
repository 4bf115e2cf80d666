// What the run leaves without the API: annotations (workflow commands on
// stdout), the job summary and the SARIF file. None of it can change the
// verdict; a failure here becomes a warning.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inputPath } from '../inputs/paths.js';
import type { CheckResult } from '../model.js';
import { annotationCommands, planAnnotations } from '../render/annotations.js';
import { isRepoRelative } from '../render/backtrace.js';
import { acceptCommand } from '../render/accept-command.js';
import { renderMarkdown, SUMMARY_MAX } from '../render/markdown.js';
import { blobLink, type SourceLink } from '../render/markdown-leaks.js';
import type { ActionSettings, FileOutput } from './settings.js';

/** A resolved path is annotated only where the PR can show it: a file of this checkout. */
export function inWorkspace(workspace: string): (file: string) => boolean {
  return (file) => {
    if (!isRepoRelative(file)) return false;
    const p = join(workspace, file);
    return existsSync(p) && statSync(p).isFile();
  };
}

/**
 * Links to repository lines at the commit under test: a pull request's head
 * (GITHUB_SHA is the merge commit there, which GitHub may not keep), else the run's commit.
 */
export function sourceLinkFor(s: ActionSettings): SourceLink | undefined {
  const sha = s.context.pullRequest?.headSha ?? s.context.sha;
  if (!sha) return undefined;
  return blobLink({ serverUrl: s.context.serverUrl, ...s.context.repo, sha }, inWorkspace(s.workspace));
}

/**
 * The "how to accept" command of this step's own inputs. Mode publish has
 * none (the result was made elsewhere), and a command taken from the result
 * file is never shown: a fork could put any command there for a reviewer to paste.
 */
export function acceptOf(s: ActionSettings): { acceptCommand?: string } {
  return s.mode === 'publish' ? {} : { acceptCommand: acceptCommand(s.check) };
}

/** The baseline line holding a fingerprint, so a "fixed" notice points at the entry to remove. */
function baselineLines(workspace: string, baseline: string): (fp: string) => number | undefined {
  let lines: string[] = [];
  try {
    lines = readFileSync(inputPath(workspace, baseline), 'utf8').split('\n');
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
    baseline: s.check.baseline,
    inRepo: inWorkspace(s.workspace),
    baselineLine: baselineLines(s.workspace, s.check.baseline),
  });
  for (const line of annotationCommands(list)) write(`${line}\n`);
  return list.length;
}

export async function writeSummary(s: ActionSettings, result: CheckResult, summaryFile: string | undefined): Promise<boolean> {
  if (!summaryFile) return false;
  const link = sourceLinkFor(s);
  const md = renderMarkdown(result, {
    ...(s.check.target ? { target: s.check.target } : {}),
    ...acceptOf(s),
    maxLength: SUMMARY_MAX,
    ...(s.context.runUrl ? { runUrl: s.context.runUrl } : {}),
    ...(link ? { sourceLink: link } : {}),
  });
  await appendFile(summaryFile, md, 'utf8');
  return true;
}

/** Writes one format to the path of its input; returns the path as given (the output of the same name). */
export async function writeFormatFile(s: ActionSettings, result: CheckResult, file: FileOutput): Promise<string> {
  const path = inputPath(s.workspace, file.path);
  await mkdir(dirname(path), { recursive: true });
  const ctx = {
    baseline: s.check.baseline,
    inRepo: inWorkspace(s.workspace),
    ...(s.check.target ? { target: s.check.target } : {}),
    ...acceptOf(s),
  };
  await writeFile(path, file.format.render(result, ctx), 'utf8');
  return file.path;
}
