// Source lines are optional: only when debug info or module sections are given.
import type { LeakRecord } from '../model.js';
import type { AnalyzeOptions } from './options.js';

export async function resolveStep(
  records: LeakRecord[],
  _opts: AnalyzeOptions,
  _run: { buildIds: { module: string; buildId: string }[]; moduleSections: { module: string; path: string; text: string }[] },
): Promise<{ records: LeakRecord[]; warnings: string[] }> {
  return { records, warnings: [] };
}
