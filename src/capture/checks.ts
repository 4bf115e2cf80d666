// Content checks on what came off the board: each one catches a capture that
// would otherwise give a confident but wrong answer.

import { mentionsInOrder } from '../parse/mentions.js';
import { decimal64, shortDigits } from '../parse/numbers.js';

/**
 * /proc/kallsyms read without CAP_SYSLOG (or with kptr_restrict=2) lists every
 * symbol at address 0; naming frames from it would be wrong, not just empty.
 * Per-cpu symbols are legitimately near 0, so one non-zero address is enough.
 */
export function kallsymsAllZero(text: string): boolean {
  for (const line of text.split('\n')) {
    const addr = /^([0-9a-fA-F]+)\s/.exec(line)?.[1];
    if (addr !== undefined && /[1-9a-fA-F]/.test(addr)) return false;
  }
  return true;
}

/**
 * Kernel log lines saying kmemleak stopped tracking (it then misses leaks):
 * mm/kmemleak.c's messages when it disables itself or runs out of its pool
 * (6.1: "Cannot allocate a kmemleak_object structure", "Memory pool empty",
 * "Kernel memory leak detector disabled"; older: "Early log buffer exceeded").
 */
const KMEMLEAK_GAVE_UP = [
  'disabled',
  'cannot allocate',
  'memory pool empty',
  'early log buffer exceeded',
  'cannot insert',
  'overlaps existing',
];

export function firstKmemleakFailure(dmesg: string): { line: number; text: string } | undefined {
  const lines = dmesg.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').replace(/\r$/, '');
    if (mentionsInOrder(text, 'kmemleak', KMEMLEAK_GAVE_UP)) return { line: i + 1, text };
  }
  return undefined;
}

/**
 * Jiffies only grow within a boot, so an object allocated after the capture
 * ended cannot be in this boot's report: the report was swapped in from
 * another boot (or board). Returns the first such record.
 */
export function objectAfter(report: string, endJiffies: bigint): { line: number; jiffies: string } | undefined {
  const lines = report.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const hit = /\bjiffies (\d+)/.exec(lines[i] ?? '');
    if (hit?.[1] === undefined) continue;
    // Wider than 64 bits is later than any capture, too.
    const jiffies = decimal64(hit[1], 'jiffies');
    if (!('value' in jiffies) || jiffies.value > endJiffies) return { line: i + 1, jiffies: shortDigits(hit[1]) };
  }
  return undefined;
}
