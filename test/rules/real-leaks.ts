// Leaks built from real kmemleak reports with the project's own parser,
// symbolizer (kallsyms snapshots taken before rmmod) and grouping, so the
// rules are tested on the leaks `check` really gives them.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Leak } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { parseKallsyms } from '../../src/kallsyms/parse.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { groupLeaks } from '../../src/fingerprint/group.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
const HIL_COPY = fileURLToPath(new URL('../fixtures/hil-6.1/runs/', import.meta.url));
export const HIL = fileURLToPath(new URL('../fixtures/hil-6.1/runs/', import.meta.url));

/** One run: a report (under test/fixtures/rules/ unless absolute) and the kallsyms snapshots that name its frames. */
export interface Run {
  report: string;
  kallsyms?: string[];
}

/** `vN-report-loaded.txt` is the hil-6.1 copy; other names are this folder's derived files. */
function resolveReport(name: string): string {
  const hil = /^(v\d)-(report-.*\.txt)$/.exec(name);
  return hil && existsSync(`${HIL_COPY}${hil[1]}/${hil[2]}`) && !existsSync(FIXTURES + name)
    ? `${HIL_COPY}${hil[1]}/${hil[2]}`
    : FIXTURES + name;
}

export function leaksFrom(...runs: (string | Run)[]): Leak[] {
  const records = runs.flatMap((r, i) => {
    const run = typeof r === 'string' ? { report: r } : r;
    const path = run.report.startsWith('/') ? run.report : resolveReport(run.report);
    const parsed = parseReport(readFileSync(path, 'utf8'), path, i);
    const tables = (run.kallsyms ?? []).map((k) => parseKallsyms(readFileSync(k, 'utf8'), k));
    return symbolizeRecords(parsed.records, tables).records;
  });
  return groupLeaks(records);
}

export function byFunction(leaks: Leak[], fn: string): Leak {
  const leak = leaks.find((l) => l.frames.some((f) => f.function === fn));
  if (!leak) throw new Error(`no leak through ${fn}`);
  return leak;
}
