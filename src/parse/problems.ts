// Lines outside the records that make a report untrustworthy. Any of them is
// an input error (exit 2), never "no leaks": a gate that passes because
// kmemleak was off or overflowed would pass every leak.

import { mentionsInOrder } from './mentions.js';

interface ProblemRule {
  pattern: { test(text: string): boolean };
  cause: string;
}

const KMEMLEAK_PROBLEMS: ProblemRule[] = [
  { pattern: /Kernel memory leak detector disabled/, cause: 'kmemleak is disabled (the kernel turned it off)' },
  // "kmemleak" and later "disabled" / "not enabled", any case (a regex `kmemleak.*(…)` is quadratic on a long line).
  { pattern: { test: (t) => mentionsInOrder(t, 'kmemleak', ['disabled', 'not enabled']) }, cause: 'kmemleak is disabled' },
  { pattern: /Memory pool empty/, cause: "kmemleak's memory pool ran empty: objects went untracked, the report is incomplete" },
  {
    pattern: /Cannot insert 0x[0-9a-f]+ into the object search tree/,
    cause: 'kmemleak object tree overlap error: kmemleak disabled itself, the report is incomplete',
  },
  { pattern: /Cannot allocate a kmemleak_object structure/, cause: 'kmemleak could not allocate its metadata: the report is incomplete' },
  { pattern: /Early log buffer exceeded/, cause: "kmemleak's early log buffer overflowed: kmemleak disabled itself" },
];

// Shell or tool errors captured in place of the report.
const READ_ERROR =
  /(Permission denied|No such file or directory|Operation not permitted|Device or resource busy|Invalid argument|can't open)/;

const OOPS_START = /(BUG: unable to handle|general protection fault|Oops:|kernel BUG at|BUG: KASAN:|Unable to handle kernel)/;
const KMEMLEAK_FRAME = /\b(kmemleak_\w+|lookup_object|scan_block|scan_gray_list|create_object|mm\/kmemleak\.c)\b/;
const OOPS_WINDOW = 80;

export interface Problem {
  line: number;
  cause: string;
}

/** Checks one line outside any record. */
export function lineProblem(text: string, line: number, hasRecords: boolean): Problem | undefined {
  for (const rule of KMEMLEAK_PROBLEMS) {
    if (rule.pattern.test(text)) return { line, cause: rule.cause };
  }
  const readError = READ_ERROR.exec(text);
  if (readError && (/kmemleak|kallsyms/.test(text) || !hasRecords)) {
    return { line, cause: `the capture holds an error instead of a report: "${text.trim().slice(0, 120)}"` };
  }
  return undefined;
}

/** An oops whose trace runs through kmemleak: the scan never finished. */
export function oopsInKmemleak(lines: { text: string; line: number }[]): Problem | undefined {
  for (let i = 0; i < lines.length; i++) {
    const start = OOPS_START.exec(lines[i]!.text);
    if (!start) continue;
    for (let j = i; j < Math.min(lines.length, i + OOPS_WINDOW); j++) {
      if (KMEMLEAK_FRAME.test(lines[j]!.text)) {
        return {
          line: lines[i]!.line,
          cause: `kernel oops inside kmemleak ("${lines[i]!.text.trim().slice(0, 100)}"): the scan did not complete, the report cannot be trusted`,
        };
      }
    }
  }
  return undefined;
}
