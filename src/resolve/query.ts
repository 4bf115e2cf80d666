// Asks a symbolizer about every chosen frame (one process per binary, all
// its addresses at once, the tool picked for that binary's machine) and
// writes the answers into the frames, after the last checks: the outermost
// function the debug info names must be the frame's function (or an alias at
// its address), and several candidate binaries must agree.
import type { InlineFrame, LeakRecord } from '../model.js';
import type { DebugFile } from './debug-files.js';
import type { Job } from './choose.js';
import type { PathMapper } from './paths.js';
import { addressing } from './relocatable.js';
import { runTool, type Chain } from './tool.js';
import type { Symbolizer, SymbolizerFinder } from './symbolizers.js';
import { NoLineTally } from './no-line.js';
import { isMappingSymbol } from '../kallsyms/mapping.js';

/** answers[job][place]: the tool's chain, or undefined when it gave none. */
export type Answers = (Chain | undefined)[][];

export interface LookUpResult {
  answers: Answers;
  /** The symbolizer each binary went to. */
  tools: Map<DebugFile, Symbolizer>;
}

export async function lookUp(
  jobs: Job[],
  finder: SymbolizerFinder,
  tmp: string,
  timeoutMs: number,
  warnings: string[],
): Promise<LookUpResult> {
  const answers: Answers = jobs.map((j) => j.places.map(() => undefined));
  const tools = new Map<DebugFile, Symbolizer>();
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
      const choice = await finder.forBinary(file.elf, file.shown);
      if (!choice.ok) {
        warnings.push(`${choice.why} (${asks.length} frame${asks.length === 1 ? '' : 's'})`);
        return;
      }
      const tool = choice.tool;
      tools.set(file, tool);
      const { binary, sectionBase } = await addressing(file.elf, tool.kind, tmp, n++);
      for (const a of asks) {
        const { sym, pcInSection } = jobs[a.job]!.places[a.place]!.target;
        const base = sectionBase.get(sym.shndx);
        if (base === undefined) {
          const section = file.elf.sections[sym.shndx]?.name ?? `#${sym.shndx}`;
          warnings.push(
            `${tool.command} can't look up ${section} of a relocatable .ko (${file.shown}: ${sym.name}); ${finder.binutilsHint(file.elf)} can`,
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
  return { answers, tools };
}

/** `wlanProbe.cold`, `nicNvramChecksum.constprop.0` -> the C name DWARF gives. */
const baseName = (fn: string) => fn.replace(/\..*$/, '');

export function applyAnswers(
  records: LeakRecord[],
  jobs: Job[],
  { answers, tools }: LookUpResult,
  paths: PathMapper,
  finder: SymbolizerFinder,
  warnings: string[],
): void {
  const noLine = new NoLineTally(finder);
  jobs.forEach((job, j) => {
    const frame = records[job.ref.rec]!.frames[job.ref.fr]!;
    const results = new Map<string, { file: string; line: number; inlined: InlineFrame[] }>();
    let answeredNothing: { place: number; text: string } | undefined;
    for (const [place, chain] of answers[j]!.entries()) {
      const outer = chain?.[chain.length - 1];
      if (!chain || !outer) continue;
      if (outer.file === undefined || outer.line === undefined) {
        answeredNothing ??= { place, text: `${outer.function}` };
        continue;
      }
      const { target } = job.places[place]!;
      const known = [job.frame.function ?? '', ...target.aliases].map(baseName);
      // llvm-symbolizer may name a place by any symbol there, ARM's local labels too (`.LC0`): that says nothing.
      const named = outer.function !== '??' && !isMappingSymbol(outer.function);
      if (named && !known.includes(baseName(outer.function))) {
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
    else if (answeredNothing) {
      const file = job.places[answeredNothing.place]!.file;
      noLine.add(file, tools.get(file)!, frame);
    }
  });
  warnings.push(...noLine.messages());
}
