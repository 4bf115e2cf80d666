// parse → symbolize → resolve → fingerprint/group, for one target's runs.
// This is the edge that reads files; every step it calls is pure.

import { inputPath } from '../inputs/paths.js';
import { InputError, UsageError } from '../errors.js';
import { readCaptureDir } from '../capture/read.js';
import { parseKallsyms, type SymbolTable } from '../kallsyms/parse.js';
import type { Leak, LeakRecord, UnreadableRecord } from '../model.js';
import { parseReport } from '../parse/report.js';
import { symbolizeRecords } from '../symbolize/symbolize.js';
import { notCoveredWarning } from '../symbolize/tally.js';
import { groupLeaks } from '../fingerprint/group.js';
import { unnamedKeyFrames } from '../fingerprint/unnamed.js';
import type { AnalyzeOptions } from '../inputs/options.js';
import { readText } from '../read-text.js';
import { resolveStep } from './resolve-step.js';
import { pairTables } from './pair-tables.js';

export interface Analysis {
  leaks: Leak[];
  /** Records that could not be read in full: no fingerprint, no group (model.ts LeakRecord.unreadable). */
  unreadable: UnreadableRecord[];
  /** Runs that are no evidence that kmemleak ran and was read in full (an empty report): why, one each. */
  noEvidence: string[];
  runs: number;
  warnings: string[];
}

interface Run {
  records: LeakRecord[];
  tables: SymbolTable[];
  buildIds: { module: string; buildId: string }[];
  moduleSections: { module: string; path: string; text: string }[];
}

export async function analyze(opts: AnalyzeOptions): Promise<Analysis> {
  const at = (p: string) => inputPath(opts.cwd, p);
  if (opts.reports.length === 0 && opts.captures.length === 0) {
    throw new UsageError('no report given: name a kmemleak report file (or - for standard input), or --capture DIR');
  }
  const warnings: string[] = [];
  const shared: SymbolTable[] = [];
  for (const p of opts.kallsyms) shared.push(parseKallsyms(await readText(at(p), 'kallsyms file'), p));
  for (const t of shared) {
    if (!t.complete)
      warnings.push(
        `${t.path}: a partial kallsyms (no core kernel symbols, ${t.symbols.length} lines): names are the nearest symbol it lists, sizes unknown`,
      );
  }
  const runs: Run[] = [];
  const noEvidence: string[] = [];
  for (const p of opts.reports) {
    const parsed = parseReport(await readText(at(p), 'report', opts.stdin), p, runs.length);
    warnings.push(...parsed.warnings);
    // A clean read is empty, and so is a failed one: only a capture's manifest tells them apart.
    if (parsed.records.length === 0) noEvidence.push(`${p} is empty: no evidence that kmemleak ran and was read in full`);
    runs.push({ records: parsed.records, tables: shared, buildIds: [], moduleSections: [] });
  }
  for (const dir of opts.captures) {
    const cap = await readCaptureDir(at(dir));
    warnings.push(...cap.warnings);
    const parsed = parseReport(cap.report.text, cap.report.path, runs.length);
    warnings.push(...parsed.warnings);
    const own = cap.snapshots.map((s) => parseKallsyms(s.text, s.path, { label: `${dir}:${s.label}`, takenAtJiffies: s.takenAtJiffies }));
    runs.push({ records: parsed.records, tables: [...own, ...shared], buildIds: cap.buildIds, moduleSections: cap.moduleSections });
  }
  const records: LeakRecord[] = [];
  const unreadable: UnreadableRecord[] = [];
  for (const run of runs) {
    const readable = run.records.filter((r) => r.unreadable === undefined);
    unreadable.push(...run.records.filter((r) => r.unreadable !== undefined).map(unreadableEntry));
    const tables = pairTables(run.tables, readable, run.records[0]?.source.file ?? 'the report');
    const named = symbolizeRecords(readable, tables);
    warnings.push(...named.warnings.map((w) => (runs.length > 1 ? `run ${run.records[0]?.source.file ?? ''}: ${w}` : w)));
    const resolved = await resolveStep(named.records, opts, { ...run, tables });
    warnings.push(...resolved.warnings);
    if (tables.length === 0) requireSymbolTable(resolved.records);
    const leftRaw = notCoveredWarning(resolved.records, named.notCovered);
    if (leftRaw) warnings.push(leftRaw);
    records.push(...resolved.records);
  }
  return { leaks: groupLeaks(records), unreadable, noEvidence, runs: runs.length, warnings: dedupe(warnings) };
}

/**
 * Bare module-space frames where the fingerprint needs names, and no symbol
 * table at all: every such leak would be unidentified for want of an input
 * the user has. A usage error, not a verdict.
 */
function requireSymbolTable(records: LeakRecord[]): void {
  let count = 0;
  let first: LeakRecord | undefined;
  for (const r of records) {
    const n = unnamedKeyFrames(r).holes.length;
    if (n > 0) first ??= r;
    count += n;
  }
  if (first === undefined) return;
  throw new InputError(
    first.source.file,
    `${count} frame${count === 1 ? '' : 's'} in module space ${count === 1 ? 'is a bare address' : 'are bare addresses'} (the module was removed before the scan): give the kallsyms snapshot taken before rmmod (--kallsyms) or a capture directory (--capture)`,
    first.source.line,
  );
}

function unreadableEntry(r: LeakRecord): UnreadableRecord {
  const entry: UnreadableRecord = { file: r.source.file, line: r.unreadable!.line, cause: r.unreadable!.cause, run: r.run };
  if (r.object !== '') {
    entry.object = r.object;
    entry.size = r.size;
  }
  return entry;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
