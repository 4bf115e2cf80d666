// Check-run annotations: what a reviewer sees in the "Files changed" tab.
// GitHub shows at most 10 annotations of each level per step (and 50 per
// job) and cuts messages at 4096 characters, so the most important go first
// and the last slot says how many more are in the job summary.
import type { CheckResult } from '../model.js';
import { allocationSite, backtraceText, isRepoRelative } from './backtrace.js';
import { flatten, workflowCommand } from './escape.js';
import { failsGate, sortLeaks } from '../model/status.js';
import { describeUnreadable } from './text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  /** Absent for run-level messages (warnings about the input, not about a line). */
  file?: string;
  line?: number;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /** Where leaks without a source line in the repository are placed. */
  baseline: string;
  inRepo?: (file: string) => boolean;
  /** The baseline file's line holding a fingerprint, so a fixed leak points at the entry to drop. */
  baselineLine?: (fingerprint: string) => number | undefined;
}

export const PER_LEVEL_MAX = 10;
export const MESSAGE_MAX = 4096;
const TITLE_MAX = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function planAnnotations(result: CheckResult, opts: AnnotationOptions): Annotation[] {
  const baseline = opts.baseline;
  const inRepo = opts.inRepo ?? isRepoRelative;
  const errors: Annotation[] = [];
  for (const leak of sortLeaks(result.leaks)) {
    if (!failsGate(leak.status)) continue;
    const site = allocationSite(leak.frames, inRepo);
    const grown = leak.status === 'grown' ? ` (grown: ${leak.objects} objects, baseline ${leak.baselineObjects ?? '?'})` : '';
    const why = leak.status === 'unidentified' && leak.reason ? `${leak.reason}\n` : '';
    errors.push({
      level: 'error',
      file: site?.file ?? baseline,
      line: site?.line ?? 1,
      title: clip(flatten(`${leak.status} ${leak.title}`), TITLE_MAX),
      message: clip(
        `${why}${leak.objects} object(s), ${leak.bytes} bytes${grown}; fingerprint ${leak.fingerprint}\n${backtraceText(leak.frames)}`,
        MESSAGE_MAX,
      ),
    });
  }
  for (const u of result.unreadable) {
    errors.push({
      level: 'error',
      title: 'kleak-gate: unreadable record',
      message: clip(`${describeUnreadable(u)}: never matched to the baseline; the gate fails`, MESSAGE_MAX),
    });
  }
  const notices: Annotation[] = result.fixed.map((f) => ({
    level: 'notice',
    file: baseline,
    line: opts.baselineLine?.(f.fingerprint) ?? 1,
    title: clip(flatten(`fixed ${f.title}`), TITLE_MAX),
    message: `Not seen in this run: remove it from the baseline (kleak-gate baseline update). Fingerprint ${f.fingerprint}`,
  }));
  for (const f of result.notConfirmed) {
    notices.push({
      level: 'notice',
      file: baseline,
      line: opts.baselineLine?.(f.fingerprint) ?? 1,
      title: clip(flatten(`not confirmed fixed ${f.title}`), TITLE_MAX),
      message: clip(
        `Not seen in this run, but this run cannot prove it fixed (${f.reason}): it stays. Fingerprint ${f.fingerprint}`,
        MESSAGE_MAX,
      ),
    });
  }
  const warnings: Annotation[] = result.warnings.map((w) => ({
    level: 'warning',
    title: 'kleak-gate',
    message: clip(w, MESSAGE_MAX),
  }));
  // Slots stay free for what the Action itself must say: one error for the
  // failed step (core.setFailed is an error annotation too) and two warnings
  // (a comment that could not be posted).
  return [
    ...capped(
      errors,
      result.unreadable.length || result.summary.unidentified ? 'leaks and records that fail the gate' : 'new or grown leaks',
      PER_LEVEL_MAX - 1,
    ),
    ...capped(notices, result.notConfirmed.length ? 'absent baseline entries' : 'fixed leaks', PER_LEVEL_MAX),
    ...capped(warnings, 'warnings', PER_LEVEL_MAX - 2),
  ];
}

/** The first max - 1, then one that counts the rest, so nothing is dropped silently. */
function capped(list: Annotation[], what: string, max: number): Annotation[] {
  if (list.length <= max) return list;
  const shown = list.slice(0, max - 1);
  const rest = list.length - shown.length;
  const first = list[0]!;
  shown.push({
    level: first.level,
    file: first.file,
    line: first.line,
    title: `${rest} more ${what}`,
    message: `${rest} more ${what} are not annotated (GitHub shows ${PER_LEVEL_MAX} of a kind per step): see the job summary.`,
  });
  return shown;
}

/** The workflow command lines that create the annotations. */
export function annotationCommands(list: Annotation[]): string[] {
  return list.map((a) => workflowCommand(a.level, { file: a.file, line: a.line, title: a.title }, a.message));
}
