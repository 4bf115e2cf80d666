// Parse + symbolize helpers over the hil-6.1 runs.
import { parseKallsyms, type SymbolTable } from '../../src/kallsyms/parse.js';
import type { LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { readFixture } from './paths.js';

export function hilRecords(run: string, report: string): LeakRecord[] {
  return parseReport(readFixture('hil-6.1/runs', run, report), `${run}/${report}`, 0).records;
}

export function hilTable(run: string, file: string, takenAtJiffies?: bigint): SymbolTable {
  return parseKallsyms(readFixture('hil-6.1/runs', run, file), `${run}/${file}`, takenAtJiffies === undefined ? {} : { takenAtJiffies });
}

export function symbolized(run: string, report: string, tables: SymbolTable[]) {
  return symbolizeRecords(hilRecords(run, report), tables);
}

/** `func+0xoff [mod]` of each frame, or the raw address, for comparisons. */
export function frameNames(r: LeakRecord): string[] {
  return r.frames.map((f) => (f.function ? `${f.function}+0x${f.offset!.toString(16)}${f.module ? ` [${f.module}]` : ''}` : `raw`));
}
