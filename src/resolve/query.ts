// Asks the symbolizer about every chosen frame (one process per binary, all
// its addresses at once) and writes the answers into the frames, after the
// last checks: the outermost function the debug info names must be the
// frame's function, and several candidate binaries must agree.
import type { InlineFrame, LeakRecord } from '../model.js';
import type { DebugFile } from './debug-files.js';
import type { Job } from './choose.js';
import type { PathMapper } from './paths.js';
import { addressing } from './relocatable.js';
import { runTool, type Chain, type Tool } from './tool.js';

/** answers[job][place]: the tool's chain, or undefined when it gave none. */
export type Answers = (Chain | undefined)[][];

export async function lookUp(jobs: Job[], tool: Tool, tmp: string, timeoutMs: number, warnings: string[]): Promise<Answers> {
  const answers: Answers = jobs.map((j) => j.places.map(() => undefined));
  const perFile = new Map<DebugFile, { job: number; place: number; address?: bigint }[]>();
  jobs.forEach((j, job) =>
    j.places.forEach((p, place) => {
      const list = perFile.get(p.file) ?? [];
      list.push({ job, place });
      perFile.set(p.file, list);
    }),
  );
  let n = 0;
  await Promise.all(
    [...perFile].map(async ([file, asks]) => {
      const { binary, sectionBase } = await addressing(file.elf, tool, tmp, n++);
      for (const a of asks) {
        const { sym, pcInSection } = jobs[a.job]!.places[a.place]!.target;
        const base = sectionBase.get(sym.shndx);
        if (base === undefined) {
          const section = file.elf.sections[sym.shndx]?.name ?? `#${sym.shndx}`;
          warnings.push(
            `${tool} can't look up ${section} of a relocatable .ko (${file.shown}: ${sym.name}); use --symbolizer addr2line for those frames`,
          );
        } else a.address = base + pcInSection;
      }
      const unique = [...new Set(asks.flatMap((a) => (a.address === undefined ? [] : [a.address])))];
      if (unique.length === 0) return;
      const result = await runTool(tool, binary, unique, timeoutMs);
      if (!result.ok) {
        warnings.push(`${result.error}: no source lines from ${file.shown}`);
        return;
      }
      const byAddress = new Map(unique.map((addr, i) => [addr, result.chains[i]]));
      for (const a of asks) if (a.address !== undefined) answers[a.job]![a.place] = byAddress.get(a.address);
    }),
  );
  return answers;
}

/** `wlanProbe.cold`, `nicNvramChecksum.constprop.0` -> the C name DWARF gives. */
const baseName = (fn: string) => fn.replace(/\..*$/, '');

export function applyAnswers(records: LeakRecord[], jobs: Job[], answers: Answers, paths: PathMapper, warnings: string[]): void {
  jobs.forEach((job, j) => {
    const frame = records[job.ref.rec]!.frames[job.ref.fr]!;
    const results = new Map<string, { file: string; line: number; inlined: InlineFrame[] }>();
    for (const chain of answers[j]!) {
      const outer = chain?.[chain.length - 1];
      if (!chain || !outer || outer.file === undefined || outer.line === undefined) continue;
      if (outer.function !== '??' && baseName(outer.function) !== baseName(job.frame.function ?? '')) {
        warnings.push(`debug info names ${outer.function} where the report has ${job.frame.function}; no source line for that frame`);
        return;
      }
      const inlined = chain.slice(0, -1).map((f) => ({
        function: f.function,
        ...(f.file !== undefined ? { file: paths.map(f.file) } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
      }));
      const r = { file: paths.map(outer.file), line: outer.line, inlined };
      results.set(JSON.stringify(r), r);
    }
    if (results.size > 1) {
      const names = job.places.map((p) => p.file.shown).join(', ');
      warnings.push(
        `${names} all fit ${job.frame.function} but give different lines; pass only the binary that ran (or a capture with build ids)`,
      );
      return;
    }
    const r = [...results.values()][0];
    if (r) Object.assign(frame, r);
  });
}
