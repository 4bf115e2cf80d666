// Source lines for every frame, from the vmlinux/.ko that ran: names raw
// module-init frames, picks and checks the binaries, asks one symbolizer
// process per binary for all its addresses, and fills Frame.file/line/inlined.
// Never throws for a tool or file problem: lines are an extra, fingerprints
// don't depend on them, so every problem is a warning and no line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LeakRecord } from '../model.js';
import type { SymbolizerChoice } from './symbolizers.js';
import { chooseBinaries } from './choose.js';
import { loadDebugFiles } from './debug-files.js';
import { parseModuleSections, readModuleSections, type ModuleSections } from './module-sections.js';
import { nameInitFrames, placeAll } from './name-init.js';
import { PathMapper } from './paths.js';
import { applyAnswers, lookUp } from './query.js';
import { SymbolizerFinder } from './symbolizers.js';
import type { SnapshotModule } from './snapshot-layout.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface ResolveOptions {
  debugInfo: string[];
  moduleSections: string[];
  /** Module sections a capture has already read (module may be empty: inferred). */
  moduleSectionTexts?: { module?: string; path: string; text: string }[];
  sourceRoot?: string;
  symbolizer: SymbolizerChoice;
  /** The kernel build's CROSS_COMPILE prefix, whose addr2line is tried first. */
  crossCompile?: string;
  cwd: string;
  /** Build ids from a capture; module 'vmlinux' is the kernel. */
  buildIds?: { module: string; buildId: string }[];
  /** The run's kallsyms snapshots, module by module: the layout of the build that ran. */
  snapshotModules?: SnapshotModule[];
  /** Per symbolizer process (default 120 s: a distribution vmlinux takes a while to load). */
  timeoutMs?: number;
}

export async function resolveSourceLines(
  records: LeakRecord[],
  opts: ResolveOptions,
): Promise<{ records: LeakRecord[]; warnings: string[] }> {
  const warnings: string[] = [];
  if (opts.debugInfo.length === 0) return { records, warnings };
  const tmp = await mkdtemp(join(tmpdir(), 'kleak-gate-resolve-'));
  try {
    const files = await loadDebugFiles(opts.debugInfo, opts.cwd, tmp, warnings);
    const sections: ModuleSections[] = [];
    for (const spec of opts.moduleSections) {
      try {
        sections.push(await readModuleSections(spec, opts.cwd));
      } catch (e) {
        warnings.push(`module sections ${spec}: ${(e as Error).message}`);
      }
    }
    for (const t of opts.moduleSectionTexts ?? []) {
      try {
        sections.push(parseModuleSections(t.text, t.path, t.module || undefined));
      } catch (e) {
        warnings.push(`module sections ${t.path}: ${(e as Error).message}`);
      }
    }
    const placed = placeAll(sections, files, warnings);
    const named = nameInitFrames(records, placed, warnings);
    const out = named.map((r) => ({ ...r, frames: r.frames.map((f) => ({ ...f, inlined: [...f.inlined] })) }));
    const buildIds = new Map((opts.buildIds ?? []).map((b) => [normalizeModuleName(b.module), b.buildId.toLowerCase()]));
    const jobs = chooseBinaries(out, files, buildIds, placed, sections, warnings, opts.snapshotModules);
    if (jobs.length === 0) return { records: out, warnings: dedupe(warnings) };
    const finder = new SymbolizerFinder({ choice: opts.symbolizer, ...(opts.crossCompile ? { crossCompile: opts.crossCompile } : {}) });
    const answers = await lookUp(jobs, finder, tmp, opts.timeoutMs ?? 120_000, warnings);
    applyAnswers(out, jobs, answers, new PathMapper(opts.cwd, opts.sourceRoot), finder, warnings);
    return { records: out, warnings: dedupe(warnings) };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

const dedupe = (w: string[]) => [...new Set(w)];
