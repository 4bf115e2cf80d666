// Source lines are optional: only when debug info is given. A capture adds
// its own module sections and build ids (the "never a wrong line" check).
import type { LeakRecord } from '../model.js';
import { resolveSourceLines } from '../resolve/index.js';
import type { AnalyzeOptions } from '../inputs/options.js';
import type { SymbolTable } from '../kallsyms/parse.js';
import { snapshotModules } from './snapshot-modules.js';

export async function resolveStep(
  records: LeakRecord[],
  opts: AnalyzeOptions,
  run: {
    buildIds: { module: string; buildId: string }[];
    moduleSections: { module: string; path: string; text: string }[];
    tables: SymbolTable[];
  },
): Promise<{ records: LeakRecord[]; warnings: string[] }> {
  if (opts.debugInfo.length === 0) return { records, warnings: [] };
  const resolveOpts: Parameters<typeof resolveSourceLines>[1] = {
    debugInfo: opts.debugInfo,
    moduleSections: opts.moduleSections,
    moduleSectionTexts: run.moduleSections,
    symbolizer: opts.symbolizer,
    cwd: opts.cwd,
    buildIds: run.buildIds,
    snapshotModules: snapshotModules(run.tables),
  };
  if (opts.sourceRoot !== undefined) resolveOpts.sourceRoot = opts.sourceRoot;
  if (opts.crossCompile) resolveOpts.crossCompile = opts.crossCompile;
  return resolveSourceLines(records, resolveOpts);
}
