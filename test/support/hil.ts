// Parse + symbolize helpers over the runs of a board fixture (hil-6.1 by default; hil-arm64-6.1).
import { parseKallsyms, type SymbolTable } from '../../src/kallsyms/parse.js';
import type { LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { readFixture } from './paths.js';

export type Board = 'hil-6.1' | 'hil-arm64-6.1' | 'hil-arm32-6.1';

export function hilRecords(run: string, report: string, board: Board = 'hil-6.1'): LeakRecord[] {
  return parseReport(readFixture(board, 'runs', run, report), `${run}/${report}`, 0).records;
}

export function hilTable(run: string, file: string, takenAtJiffies?: bigint, board: Board = 'hil-6.1'): SymbolTable {
  return parseKallsyms(readFixture(board, 'runs', run, file), `${run}/${file}`, takenAtJiffies === undefined ? {} : { takenAtJiffies });
}

export function symbolized(run: string, report: string, tables: SymbolTable[], board: Board = 'hil-6.1') {
  return symbolizeRecords(hilRecords(run, report, board), tables);
}

/** `func+0xoff [mod]` of each frame, or the raw address, for comparisons. */
export function frameNames(r: LeakRecord): string[] {
  return r.frames.map((f) => (f.function ? `${f.function}+0x${f.offset!.toString(16)}${f.module ? ` [${f.module}]` : ''}` : `raw`));
}
