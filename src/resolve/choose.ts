// Decides, per run and per binary (vmlinux or one module), which given file
// is the one that ran, and where each frame is in it. One mismatch proves a
// file is another build; then none of its lines can be trusted (an unchanged
// function's lines move when code above it moves: v2's nicRxProcessRFBs is
// nic_rx.c:85, v1's :82, same size), so the whole group gets no line.
import type { Frame, LeakRecord } from '../model.js';
import type { DebugFile } from './debug-files.js';
import { locate, type Located, type Target } from './locate.js';
import type { ModuleSections, PlacedModule } from './module-sections.js';
import { snapshotLayoutProblem, type SnapshotModule } from './snapshot-layout.js';
import { hex } from '../model/hex.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface FrameRef {
  rec: number;
  fr: number;
}

/** A frame and the place(s) to look it up: several when more than one given
 * file passed every check (their answers must then agree). */
export interface Job {
  ref: FrameRef;
  frame: Frame;
  places: { file: DebugFile; target: Target }[];
}

export function chooseBinaries(
  records: LeakRecord[],
  files: DebugFile[],
  buildIds: Map<string, string>,
  placed: { file: DebugFile; ms: ModuleSections; pm: PlacedModule }[],
  sections: ModuleSections[],
  warnings: string[],
  snapshots: SnapshotModule[] = [],
): Job[] {
  const groups = new Map<string, { module?: string; report: string; refs: FrameRef[] }>();
  records.forEach((r, rec) =>
    r.frames.forEach((f, fr) => {
      if (f.function === undefined || f.offset === undefined || f.resolvedBy === 'unresolved') return;
      const module = f.module === undefined ? undefined : normalizeModuleName(f.module);
      const key = `${r.run}\0${module ?? ''}`;
      const g = groups.get(key) ?? { module, report: r.source.file, refs: [] };
      g.refs.push({ rec, fr });
      groups.set(key, g);
    }),
  );
  const jobs: Job[] = [];
  for (const g of groups.values()) {
    const what = g.module === undefined ? 'vmlinux' : `module ${g.module}`;
    let pool = files.filter((f) => f.module === g.module);
    if (pool.length === 0) continue; // nothing given for it: no lines, nothing to warn about
    const wanted = buildIds.get(g.module ?? 'vmlinux');
    if (wanted !== undefined) {
      pool = pool.filter((f) => f.elf.buildId === wanted);
      if (pool.length === 0) {
        const have = files.filter((f) => f.module === g.module).map((f) => `${f.shown} ${f.elf.buildId ?? 'none'}`);
        warnings.push(`${g.report}: the ${what} that ran has build-id ${wanted}, not given (${have.join(', ')}); no source lines for it`);
        continue;
      }
    }
    const frameOf = (ref: FrameRef) => records[ref.rec]!.frames[ref.fr]!;
    const evals = pool.map((file) => {
      const located = g.refs.map((ref) => locate(frameOf(ref), file.elf, file.shown));
      const layoutProblem = checkLayout(file, g.module, g.refs.map(frameOf), located, placed, sections);
      if (layoutProblem) located.push({ ok: false, kind: 'mismatch', why: layoutProblem });
      for (const snap of snapshots.filter((sm) => g.module !== undefined && normalizeModuleName(sm.module) === g.module)) {
        const problem = snapshotLayoutProblem(file, snap);
        if (problem) located.push({ ok: false, kind: 'mismatch', why: problem });
      }
      return { file, located };
    });
    // A matching build-id is the stronger proof; a frame that still fails is only that frame's problem.
    const good = wanted !== undefined ? evals : evals.filter((e) => e.located.every((l) => l.ok || l.kind === 'frame'));
    if (good.length === 0) {
      for (const e of evals) {
        const bad = e.located.filter((l) => !l.ok && l.kind === 'mismatch').map((l) => (l.ok ? '' : l.why));
        warnings.push(
          `${g.report}: ${e.file.shown} is not the ${what} that ran (${bad.slice(0, 3).join('; ')}${bad.length > 3 ? `; ${bad.length - 3} more` : ''}); no source lines for its ${g.refs.length} frames`,
        );
      }
      continue;
    }
    g.refs.forEach((ref, i) => {
      const places: Job['places'] = [];
      for (const e of good) {
        const l = e.located[i]!;
        if (l.ok) places.push({ file: e.file, target: l.target });
        else warnings.push(`${g.report}: ${l.why}; no source line for that frame`);
      }
      if (places.length > 0) jobs.push({ ref, frame: frameOf(ref), places });
    });
  }
  return jobs;
}

/** The addresses the report (or the kallsyms snapshot) gives must fit the
 * binary's own layout: one load base per region for every frame, and the
 * captured module section addresses when there are some. Same-sized
 * functions at other places (v2 inserts code before nicRxProcessRFBs) or
 * other section sizes (v3's .text) show another build. */
function checkLayout(
  file: DebugFile,
  module: string | undefined,
  frames: Frame[],
  located: Located[],
  placed: { file: DebugFile; ms: ModuleSections; pm: PlacedModule }[],
  sections: ModuleSections[],
): string | undefined {
  const bases = new Map<string, bigint>();
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!,
      l = located[i]!;
    if (!l.ok || f.address === undefined || f.offset === undefined) continue;
    const base = f.address - BigInt(f.offset) - l.target.at;
    const seen = bases.get(l.target.region);
    if (seen === undefined) bases.set(l.target.region, base);
    else if (seen !== base) {
      return `its symbols are laid out differently from the report's addresses (${f.function} would load at ${hex(base)}, other frames at ${hex(seen)})`;
    }
  }
  if (module === undefined) return undefined;
  const mine = sections.filter((ms) => ms.module === undefined || ms.module === module);
  if (mine.length === 0) return undefined;
  const fits = placed.filter((p) => p.file === file).map((p) => p.pm);
  if (fits.length === 0) return `its code sections don't have the sizes the module sections (${mine.map((m) => m.shown).join(', ')}) show`;
  const agrees = fits.some((pm) => [...bases].every(([region, b]) => pm.base[region as 'core' | 'init'] === b));
  return agrees ? undefined : `the report's addresses don't fit the module sections (${mine.map((m) => m.shown).join(', ')})`;
}
