// Turns captured text (debugfs file, dmesg, serial console, mail quote) into
// the bare lines kmemleak printed. The record parser then never has to care
// how the report was captured.

import { decodeQuotedPrintable, looksQuotedPrintable, type NumberedLine } from './quoted-printable.js';

// `[   12.345678]` and, with CONFIG_PRINTK_CALLER, `[  T123]` / `[    C1]` after it;
// `dmesg -r` / /dev/kmsg put the level first (`<4>`); some vendor kernels add a CPU tag (`c6`).
const DMESG_PREFIX = /^(?:<\d+>)?\[\s*\d+\.\d+\](?:c\d+)?(?:\s*\[\s*[TC]\d+\])?\s?/;
// syslog / journalctl: "Nov 25 17:00:00 host kernel: "
const SYSLOG_PREFIX = /^[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\S+\s+kernel:\s?/;
// Mail quotes, possibly nested ("> > "), with or without the space.
const QUOTE_PREFIX = /^(?:\s*>)+ ?/;

/**
 * Where a line came from, as far as its prefix tells: kmemleak's own output
 * (`kmemleak: ` in a verbose log), another printk (a log prefix without that
 * tag: another CPU's message, printed in the middle of a record), or plain text
 * (a debugfs read, decoded output, a quote).
 */
export type LineOrigin = 'plain' | 'kmemleak' | 'printk';

export interface CleanLine {
  /** The line's text with capture artefacts removed, indentation kept. */
  text: string;
  /** 1-based line number in the original file. */
  line: number;
  origin: LineOrigin;
}

// A record line that a mail client wrapped: its rest is on the next line.
// Anchored: an unanchored `comm ".*"` retries at every `comm "` of a line (quadratic).
const WRAPPED = [
  /^\s*(?:BUG: memory leak )?unreferenced object(?: \((?:phys|percpu)\))? 0x[0-9a-fA-F]+$/,
  /^\s*comm ".*", pid \d+, jiffies$/,
  /^\s*\[<[^>]+>\]$/,
];

// LAVA's job log (log.yaml, what LKFT keeps): one JSON record per line,
// `- {"dt": "...", "lvl": "target", "msg": "..."}`; "target" lines are the
// board's serial console, the others LAVA's own.
const LAVA = /^- \{"dt": "[^"]*", "lvl": "(\w+)", "msg": (.*)\}\s*$/;

/** The board's lines of a LAVA log (null for LAVA's own), or undefined when the text is not one. */
export function unwrapLava(raw: string[]): (string | null)[] | undefined {
  const first = raw.find((l) => l.trim() !== '');
  if (!first || !LAVA.test(first)) return undefined;
  const out: (string | null)[] = [];
  for (const l of raw) {
    const m = LAVA.exec(l);
    if (!m) {
      out.push(l);
      continue;
    }
    if (m[1] !== 'target') {
      out.push(null); // LAVA's own line: not the board's output, never part of a record
      continue;
    }
    let msg: unknown;
    try {
      msg = JSON.parse(m[2]!);
    } catch {
      msg = undefined;
    }
    out.push(typeof msg === 'string' ? msg : l);
  }
  return out;
}

export function cleanLines(text: string): CleanLine[] {
  let plain = text.split('\n');
  // Line numbers are the index + 1, unless quoted-printable soft breaks joined lines.
  let lineOf = (i: number) => i + 1;
  if (looksQuotedPrintable(text)) {
    const numbered: NumberedLine[] = decodeQuotedPrintable(plain.map((t, i) => ({ text: t, line: i + 1 })));
    plain = numbered.map((l) => l.text);
    lineOf = (i) => numbered[i]!.line;
  }
  const raw = unwrapLava(plain) ?? plain;
  const out: CleanLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (line === null || line === undefined) continue;
    const cleaned = cleanLine(line);
    const next = raw[i + 1];
    if (typeof next === 'string' && mayBeWrapped(cleaned.text) && WRAPPED.some((r) => r.test(cleaned.text))) {
      const rest = cleanLine(next).text.trim();
      if (rest !== '' && !DMESG_PREFIX.test(next.replace(QUOTE_PREFIX, ''))) {
        out.push({ text: `${cleaned.text} ${rest}`, line: lineOf(i), origin: cleaned.origin });
        i++;
        continue;
      }
    }
    out.push({ text: cleaned.text, line: lineOf(i), origin: cleaned.origin });
  }
  return out;
}

/** Each WRAPPED line ends in a hex digit, `jiffies` or `]`: the regexes stay off every other line. */
function mayBeWrapped(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 93 /* ] */ || c === 115 /* s */ || (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

// Terminal escape sequences (colours, cursor moves) that serial consoles interleave.
// eslint-disable-next-line no-control-regex -- escape sequences are what it removes
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1bc/g;

export function cleanLine(line: string): { text: string; origin: LineOrigin } {
  let s = line.includes('\x1b') ? line.replace(ANSI, '').trimEnd() : line.trimEnd();
  // Mail clients and web pages indent with no-break spaces.
  if (s.includes('\u00a0')) s = s.replace(/\u00a0/g, ' ');
  // Cheap first-character tests keep the regexes off the common lines (a
  // debugfs report is 250,000 lines of plain text in the large bench).
  if (s.trimStart().startsWith('>')) s = s.replace(QUOTE_PREFIX, '');
  const before = s.length;
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) s = s.replace(SYSLOG_PREFIX, '');
  if ((s.startsWith('[') && !s.startsWith('[<')) || s.startsWith('<')) s = s.replace(DMESG_PREFIX, '');
  if (s.startsWith('kmemleak: ')) return { text: s.slice(10), origin: 'kmemleak' };
  return { text: s, origin: s.length < before ? 'printk' : 'plain' };
}

/** Text that is not text: NUL bytes or many control characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // tab, LF, CR, ESC (console colour/cursor sequences) are normal in logs
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 27) control++;
    else if (c === 0xfffd) control++; // invalid UTF-8 decoded
  }
  return control > sample.length / 100;
}
