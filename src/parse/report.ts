// Records, not lines: finds every `unreferenced object` record in a captured
// report, whatever the kernel era or the capture, and refuses a report that
// cannot be trusted.

import { InputError } from '../errors.js';
import type { Frame, InlineFrame, LeakRecord, ParsedReport } from '../model.js';
import { dedupeRecords } from './dedupe.js';
import { isFaddr2lineLine } from './faddr2line.js';
import { parseFrameLine } from './frame.js';
import { cleanLines, looksBinary, type CleanLine } from './lines.js';
import { lineProblem, oopsInKmemleak } from './problems.js';

// syzkaller's `BUG: memory leak` line is sometimes joined to the header when a report is pasted into a mail.
const HEADER =
  /^\s*(?:BUG: memory leak )?unreferenced object(?: \((phys|percpu)\))? 0x([0-9a-fA-F]+) \(size (\d+)\)(?: \((phys|percpu)\))?:?$/;
const HEADER_CUT = /^\s*(?:BUG: memory leak )?unreferenced object\b/;
// `, jiffies N` is trimmed by hand in issue text at times: the record is whole without it.
const COMM = /^\s*comm "(.*)", pid (\d+)(?:, jiffies (\d+)(?: \(age [\d.]+s\))?)?$/;
const HEX_DUMP = /^\s*hex dump \(first \d+ bytes(?: on cpu \d+)?\):$/; // percpu objects: "on cpu N"
const HEX_ROW = /^\s*[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*(?:\s|$)/;
const BACKTRACE = /^\s*backtrace(?: \(crc ([0-9a-fA-F]+)\))?:$/;
// A kernel log with no record must at least show kmemleak running; anything else is not a report.
const KMEMLEAK_LINE = /^(?:.*\]\s*)?kmemleak: /m;
// "kmemleak: 2 new suspected memory leaks (see /sys/kernel/debug/kmemleak)": the records are elsewhere.
const SUSPECTED = /^(\d+) new suspected memory leaks/; // (the "kmemleak: " prefix is already stripped)

export function parseReport(text: string, path: string, run: number): ParsedReport {
  if (looksBinary(text)) throw new InputError(path, 'binary data, not a kmemleak report');
  const warnings: string[] = [];
  if (text.trim() === '') {
    warnings.push(`${path}: empty report, read as "no leaks" (a failed capture looks the same: check it)`);
    return { path, records: [], warnings };
  }
  const lines = cleanLines(text);
  const records: LeakRecord[] = [];
  const outside: CleanLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (HEADER_CUT.test(l.text)) {
      const { record, next, complete, unreadable } = parseRecord(lines, i, path, run);
      if (unreadable) warnings.push(unreadable);
      if (!complete) warnings.push(`${path}:${l.line}: record cut short (no complete backtrace): counted as a leak titled "corrupted"`);
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
  }
  const unique = dedupeRecords(records);
  if (unique.repeated > 0) {
    warnings.push(
      `${path}: ${unique.repeated} record(s) printed again by a later read of kmemleak (reports are cumulative): each object counted once`,
    );
  }
  return { path, records: unique.records, warnings };
}

function parseRecord(lines: CleanLine[], start: number, path: string, run: number) {
  const headerLine = lines[start]!;
  const header = HEADER.exec(headerLine.text);
  const record: LeakRecord = {
    object: header ? '0x' + header[2]!.toLowerCase() : '',
    size: header ? Number(header[3]) : 0,
    kind: (header?.[1] ?? header?.[4]) as LeakRecord['kind'],
    frames: [],
    source: { file: path, line: headerLine.line },
    run,
  };
  if (!record.kind) delete record.kind;
  let i = start + 1;
  let state: 'meta' | 'hex' | 'trace' = 'meta';
  let pendingInline: InlineFrame[] = [];
  let sawBacktrace = false;
  let unreadable: string | undefined;
  const foreign = (l: CleanLine) => l.origin !== 'plain' && l.origin !== headerLine.origin;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (HEADER_CUT.test(text)) break;
    // Another printk (another CPU, a driver) printed in the middle of the record: not part of it.
    if (foreign(lines[i]!)) continue;
    if (text.trim() === '') {
      const next = state === 'trace' ? nextOwnLine(lines, i + 1, foreign, true) : undefined;
      const after = next === undefined ? '' : lines[next]!.text;
      // faddr2line prints a blank line between the addresses it was given: its output, and the backtrace, go on.
      if (isFaddr2lineLine(after.trim())) {
        i = next! - 1;
        continue;
      }
      if (!HEADER_CUT.test(after) && parseFrameLine(after) !== undefined) {
        unreadable = `${path}:${lines[i]!.line}: blank line inside the backtrace, frames after it: the backtrace is cut there`;
      }
      break;
    }
    if (state !== 'trace') {
      const comm = COMM.exec(text);
      if (comm) {
        record.comm = comm[1]!;
        record.pid = Number(comm[2]);
        if (comm[3] !== undefined) record.jiffies = BigInt(comm[3]);
        continue;
      }
      if (HEX_DUMP.test(text)) {
        state = 'hex';
        continue;
      }
      const bt = BACKTRACE.exec(text);
      if (bt) {
        sawBacktrace = true;
        if (bt[1]) record.crc = bt[1].toLowerCase();
        state = 'trace';
        continue;
      }
      if (state === 'hex' && HEX_ROW.test(text)) continue;
      break;
    }
    const parsed = parseFrameLine(text);
    if (!parsed && isFaddr2lineLine(text.trim())) continue;
    if (!parsed) {
      // Console output ends a record at column 0; an indented or `[<` line, or one with
      // frames after it, is a frame we could not read.
      const next = nextOwnLine(lines, i + 1, foreign, false);
      const after = next === undefined ? '' : lines[next]!.text;
      const frameAfter = !HEADER_CUT.test(after) && (parseFrameLine(after) !== undefined || isFaddr2lineLine(after.trim()));
      if (/^(?:\s{4,}|\s*\[<)/.test(text) || frameAfter) {
        unreadable = `${path}:${lines[i]!.line}: backtrace line not understood, the backtrace is cut there: "${text.trim().slice(0, 100)}"`;
      }
      break;
    }
    if (parsed.kind === 'terminator') continue;
    if (parsed.kind === 'inline') {
      pendingInline.push(parsed.inline);
      continue;
    }
    const frame: Frame = parsed.frame;
    if (pendingInline.length) {
      frame.inlined = pendingInline;
      pendingInline = [];
    }
    record.frames.push(frame);
  }
  const complete = header !== null && sawBacktrace && record.frames.length > 0;
  return { record: complete ? record : { ...record, truncated: true }, next: i, complete, unreadable };
}

/** The index of the record's next own line (past other printks, and past blank lines if asked). */
function nextOwnLine(lines: CleanLine[], from: number, foreign: (l: CleanLine) => boolean, skipBlank: boolean): number | undefined {
  for (let i = from; i < lines.length; i++) {
    if (foreign(lines[i]!) || (skipBlank && lines[i]!.text.trim() === '')) continue;
    return i;
  }
  return undefined;
}
