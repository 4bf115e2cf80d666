// One `unreferenced object` record, and whether it was read in full. A
// record that is cut, garbled or interrupted is kept, marked unreadable with
// the line and the cause: a verdict made from part of a backtrace would name
// another leak (or "match" a known one), so such a record never gets a
// fingerprint (see pipeline/analyze.ts).

import type { Frame, InlineFrame, LeakRecord, Unreadable } from '../model.js';
import { isFaddr2lineLine } from './faddr2line.js';
import { parseFrameLine } from './frame.js';
import type { CleanLine } from './lines.js';
import { decimal, decimal64, hexUnsigned, MAX_INT, type Bounded } from './numbers.js';

// syzkaller's `BUG: memory leak` line is sometimes joined to the header when a report is pasted into a mail.
const HEADER =
  /^\s*(?:BUG: memory leak )?unreferenced object(?: \((phys|percpu)\))? 0x([0-9a-fA-F]+) \(size (\d+)\)(?: \((phys|percpu)\))?:?$/;
export const HEADER_START = /^\s*(?:BUG: memory leak )?unreferenced object\b/;
// `, jiffies N` is trimmed by hand in issue text at times: the record is whole without it.
const COMM = /^\s*comm "(.*)", pid (\d+)(?:, jiffies (\d+)(?: \(age [\d.]+s\))?)?$/;
const HEX_DUMP = /^\s*hex dump \(first \d+ bytes(?: on cpu \d+)?\):$/; // percpu objects: "on cpu N"
const HEX_ROW = /^\s*[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*(?:\s|$)/;
const BACKTRACE = /^\s*backtrace(?: \(crc ([0-9a-fA-F]+)\))?:$/;
// Indented like a frame, or with the kernel's address column: meant as a frame.
const FRAME_LIKE = /^(?:\s{4,}|\s*\[<)/;
// What a line of a record cut mid-line can start as (blank: only a dmesg prefix was left).
const RECORD_LINE_START = /^(?:$|\s|\[<|\[\s*[\d.]*\]?\s*$|<\d)/;
// "Call Trace:", "<TASK>"-style lines open another trace; they do not interrupt this one.
const TRACE_OPENER = /:\s*$|^\s*<\w+>$/;

// The kernel's record lines are short (KSYM_NAME_LEN is 512, a decoded line
// with its inline chain a few KB): a longer one is not a record line, and
// nothing of it reaches a name, a title or a baseline.
export const MAX_RECORD_LINE = 65536;
const tooLong = (text: string) => `line too long (${text.length} characters, more than ${MAX_RECORD_LINE}): ${quote(text)}`;

export interface RecordInput {
  lines: CleanLine[];
  path: string;
  run: number;
  /** The input's last line has no newline: it was cut mid-line (the kernel ends every line). */
  cutMidLine: boolean;
}

const quote = (text: string) => JSON.stringify(text.trim().slice(0, 100));

export function parseRecord(input: RecordInput, start: number): { record: LeakRecord; next: number } {
  const { lines } = input;
  const headerLine = lines[start]!;
  const header = HEADER.exec(headerLine.text);
  const object = header ? hexUnsigned(header[2]!, 'object address') : undefined;
  const size = header ? decimal(header[3]!, 'object size') : undefined;
  const record: LeakRecord = {
    object: object && 'value' in object ? '0x' + header![2]!.toLowerCase() : '',
    size: size && 'value' in size ? size.value : 0,
    kind: (header?.[1] ?? header?.[4]) as LeakRecord['kind'],
    frames: [],
    source: { file: input.path, line: headerLine.line },
    run: input.run,
  };
  if (!record.kind) delete record.kind;
  const outOfRange = (b: Bounded<unknown> | undefined) => (b && 'cause' in b ? b.cause : undefined);
  const headerCause =
    headerLine.text.length > MAX_RECORD_LINE
      ? tooLong(headerLine.text)
      : header
        ? (outOfRange(object) ?? outOfRange(size))
        : `record header not understood (no address or size): ${quote(headerLine.text)}`;
  let problem: Unreadable | undefined = headerCause === undefined ? undefined : { line: headerLine.line, cause: headerCause };
  let i = start + 1;
  let state: 'meta' | 'hex' | 'trace' = 'meta';
  let pendingInline: InlineFrame[] = [];
  let sawBacktrace = false;
  // Another printk (another CPU, a driver) printed in the middle of the record: its log prefix says it is not part of it.
  const foreign = (l: CleanLine) => l.origin !== 'plain' && l.origin !== headerLine.origin;
  for (; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    if (HEADER_START.test(text)) break;
    if (foreign(lines[i]!)) continue;
    const long = text.length > MAX_RECORD_LINE;
    if (long && state !== 'trace') {
      problem ??= { line, cause: tooLong(text) };
      continue;
    }
    if (text.trim() === '') {
      if (state === 'trace') {
        const next = nextOwnLine(lines, i + 1, foreign, true);
        // faddr2line prints a blank line between the addresses it was given: its output, and the backtrace, go on.
        if (next !== undefined && isFaddr2lineLine(lines[next]!.text.trim())) {
          i = next - 1;
          continue;
        }
        if (continuesAt(lines, next)) problem ??= { line, cause: 'a blank line inside the backtrace, frames go on after it' };
      }
      break;
    }
    if (state !== 'trace') {
      const comm = COMM.exec(text);
      if (comm) {
        record.comm = comm[1]!;
        const pid = decimal(comm[2]!, 'pid', MAX_INT);
        const jiffies = comm[3] === undefined ? undefined : decimal64(comm[3], 'jiffies');
        if ('value' in pid) record.pid = pid.value;
        if (jiffies && 'value' in jiffies) record.jiffies = jiffies.value;
        const cause = outOfRange(pid) ?? outOfRange(jiffies);
        if (cause !== undefined) problem ??= { line, cause };
        continue;
      }
      if (HEX_DUMP.test(text)) {
        state = 'hex';
        continue;
      }
      const bt = BACKTRACE.exec(text);
      if (bt) {
        sawBacktrace = true;
        const crc = bt[1] === undefined ? undefined : hexUnsigned(bt[1], 'crc', 32);
        if (crc && 'value' in crc) record.crc = bt[1]!.toLowerCase();
        const crcCause = outOfRange(crc);
        if (crcCause !== undefined) problem ??= { line, cause: crcCause };
        state = 'trace';
        continue;
      }
      if (state === 'hex' && HEX_ROW.test(text)) continue;
      break;
    }
    const parsed = long ? undefined : parseFrameLine(text);
    if (!parsed && !long && isFaddr2lineLine(text.trim())) continue;
    if (!parsed) {
      // A line too long to be a frame is one of unknown form: it ends the record, or makes it unreadable.
      const unknown = unreadableLine(lines, i, record.frames.length + pendingInline.length === 0, foreign);
      problem ??= unknown && long ? { line, cause: tooLong(text) } : unknown;
      break;
    }
    if (parsed.kind === 'unreadable') {
      problem ??= { line, cause: `${parsed.cause}: ${quote(text)}` };
      continue;
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
  // Only blank lines after the record: the input ends there (a file ends with one newline).
  const atEnd = i >= lines.length - 1 && lines.slice(i).every((l) => l.text.trim() === '');
  const last = lines[i - 1]!;
  const cut = cutMidLineAfter(input, i);
  // A cut mid-line can still look whole ("kthread+0x9c/0xb" for "...0xb0"): the cut wins.
  if (cut) problem = { line: cut.line, cause: `cut mid-line at end of input: ${quote(cut.text)}` };
  if (!problem && !sawBacktrace) {
    problem = atEnd
      ? { line: last.line, cause: 'cut at end of input before its backtrace' }
      : { line: lines[i]!.line, cause: `no backtrace: the record ends at ${quote(lines[i]!.text)}` };
  }
  if (!problem && record.frames.length === 0) {
    problem = atEnd
      ? { line: last.line, cause: 'cut at end of input: no frame after "backtrace:"' }
      : { line: lines[i]!.line, cause: 'a backtrace without frames' };
  }
  if (problem) record.unreadable = problem;
  return { record, next: i };
}

/**
 * The input was cut mid-line and the cut line is this record's (it reached
 * the end) or could have been (it stops the record and looks like a record
 * line: indented, the address column, part of a dmesg prefix). A shell
 * prompt after the report ("/ # ") is not a record line.
 */
function cutMidLineAfter(input: RecordInput, i: number): CleanLine | undefined {
  const { lines } = input;
  if (!input.cutMidLine) return undefined;
  const last = lines[lines.length - 1]!;
  if (i === lines.length) return last;
  if (i === lines.length - 1 && RECORD_LINE_START.test(last.text)) return last;
  return undefined;
}

/** The last line of a cut input opens a record: "unreferenced obj" (a header cut mid-word) counts. */
export function cutHeader(text: string, input: RecordInput, index: number): boolean {
  const t = text.trim();
  return input.cutMidLine && index === input.lines.length - 1 && t !== '' && 'unreferenced object'.startsWith(t);
}

/** Why a line inside the backtrace that is not a frame makes the record unreadable (undefined: it ends the record). */
function unreadableLine(lines: CleanLine[], i: number, first: boolean, foreign: (l: CleanLine) => boolean): Unreadable | undefined {
  const { text, line } = lines[i]!;
  if (first) return { line, cause: `the first line of the backtrace is of unknown form: ${quote(text)}` };
  if (FRAME_LIKE.test(text)) return { line, cause: `a line of unknown form inside the backtrace: ${quote(text)}` };
  if (!TRACE_OPENER.test(text) && continuesAt(lines, nextOwnLine(lines, i + 1, foreign, false))) {
    return { line, cause: `a console line inside the backtrace, frames go on after it: ${quote(text)}` };
  }
  return undefined;
}

/** The backtrace goes on at line index j: the record was interrupted, not ended. */
function continuesAt(lines: CleanLine[], j: number | undefined): boolean {
  const next = j === undefined ? undefined : lines[j];
  if (next === undefined || next.text.trim() === '' || HEADER_START.test(next.text)) return false;
  return parseFrameLine(next.text) !== undefined || isFaddr2lineLine(next.text.trim());
}

/** The index of the record's next own line (past other printks, and past blank lines if asked). */
function nextOwnLine(lines: CleanLine[], from: number, foreign: (l: CleanLine) => boolean, skipBlank: boolean): number | undefined {
  for (let i = from; i < lines.length; i++) {
    if (foreign(lines[i]!) || (skipBlank && lines[i]!.text.trim() === '')) continue;
    return i;
  }
  return undefined;
}
