// Records, not lines: finds every `unreferenced object` record in a captured
// report, whatever the kernel era or the capture, and refuses a report that
// cannot be trusted.

import { InputError } from '../errors.js';
import type { LeakRecord, ParsedReport } from '../model.js';
import { dedupeRecords } from './dedupe.js';
import { cleanLines, looksBinary, type CleanLine } from './lines.js';
import { lineProblem, oopsInKmemleak } from './problems.js';
import { scanCountProblem, SUSPECTED } from './scan-counts.js';
import { cutHeader, HEADER_START, parseRecord, type RecordInput } from './record.js';

// A kernel log with no record must at least show kmemleak running; anything else is not a report.
const KMEMLEAK_LINE = /^(?:.*\]\s*)?kmemleak: /m;

export function parseReport(text: string, path: string, run: number): ParsedReport {
  if (looksBinary(text)) throw new InputError(path, 'binary data, not a kmemleak report');
  const warnings: string[] = [];
  if (text.trim() === '') {
    warnings.push(`${path}: empty report, read as "no leaks" (a failed capture looks the same: check it)`);
    return { path, records: [], warnings };
  }
  const lines = cleanLines(text);
  const input: RecordInput = { lines, path, run, cutMidLine: !text.endsWith('\n') };
  const records: LeakRecord[] = [];
  const outside: CleanLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (HEADER_START.test(l.text) || cutHeader(l.text, input, i)) {
      const { record, next } = parseRecord(input, i);
      records.push(record);
      i = next;
      continue;
    }
    outside.push(l);
    i++;
  }
  for (const l of outside) {
    const problem = lineProblem(l.text, l.line, records.length > 0);
    if (problem) throw new InputError(path, problem.cause, problem.line);
  }
  const oops = oopsInKmemleak(outside);
  if (oops) throw new InputError(path, oops.cause, oops.line);
  if (records.length === 0) {
    const suspected = lines.find((l) => SUSPECTED.test(l.text) && Number(SUSPECTED.exec(l.text)![1]) > 0);
    if (suspected) {
      throw new InputError(
        path,
        'kmemleak reported suspected leaks but their records are not in this file: read /sys/kernel/debug/kmemleak (or boot with kmemleak.verbose=1)',
        suspected.line,
      );
    }
    if (!KMEMLEAK_LINE.test(text)) {
      throw new InputError(
        path,
        "not a kmemleak report: no 'unreferenced object' record and no kmemleak line (was kmemleak on, was the report read?)",
      );
    }
    // kmemleak prints nothing for a clean scan: a log can show that it ran, never that it found nothing.
    const last = [...lines].reverse().find((l) => l.origin === 'kmemleak');
    throw new InputError(
      path,
      `no record and no finished scan in this kernel log${last ? ` (its last kmemleak line: ${JSON.stringify(last.text.trim().slice(0, 100))})` : ''}: a clean scan prints nothing to the log, so it cannot show that kmemleak found nothing; read /sys/kernel/debug/kmemleak after a scan (an empty read is a clean one), or give a capture directory`,
      last?.line,
    );
  }
  const lost = scanCountProblem(lines, records);
  if (lost) throw new InputError(path, lost.cause, lost.line);
  const unique = dedupeRecords(records);
  if (unique.repeated > 0) {
    warnings.push(
      `${path}: ${unique.repeated} record(s) printed again by a later read of kmemleak (reports are cumulative): each object counted once`,
    );
  }
  return { path, records: unique.records, warnings };
}
