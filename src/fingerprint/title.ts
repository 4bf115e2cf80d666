// Titles as syzkaller gives them ("memory leak in FUNC"): the first frame
// whose name is not on syzkaller's skip list (title-skip.ts). Only frames the
// kernel really called count, never the `[inline]` lines of a symbolized
// report: syzkaller's frame pattern does not match them, so the raw and the
// symbolized form of one leak get one title.

import type { Frame, LeakRecord, Unidentified } from '../model.js';
import { isTailFrame } from './frame-lists.js';
import { memoize } from './memo.js';
import { TITLE_SKIP, TITLE_STRIP_PREFIXES } from './title-skip.js';
import { hex } from '../model/hex.js';

const skipped: (name: string) => boolean = memoize((name) => TITLE_SKIP.test(name));

/** The name syzkaller reads in a frame: up to the first `.` (no `.isra.0`, `.cold`), ppc64 ELFv1's leading dot gone. */
function frameName(name: string): string {
  const n = name.startsWith('.') ? name.slice(1) : name;
  const dot = n.indexOf('.');
  return dot > 0 ? n.slice(0, dot) : n;
}

/** Without a syscall wrapper prefix (`__do_sys_finit_module` → `finit_module`), the shortest as syzkaller picks. */
function withoutPrefix(name: string): string {
  let best = name;
  for (const p of TITLE_STRIP_PREFIXES) {
    if (name.startsWith(p) && name.length - p.length < best.length) best = name.slice(p.length);
  }
  return best;
}

/** The frames that were called, by name: not inlined ones, not bare addresses. */
function calledFrames(frames: Frame[]): { name: string; module?: string }[] {
  return frames
    .filter((f) => f.function !== undefined && f.resolvedBy !== 'unresolved')
    .map((f) => ({ name: f.function!, module: f.module }));
}

export function titleOf(record: LeakRecord): string {
  const names = calledFrames(record.frames);
  const pick = names.find((n) => !skipped(frameName(n.name))) ?? names[0];
  if (!pick) {
    const raw = record.frames.find((f) => f.address !== undefined);
    return `memory leak in ${raw ? hex(raw.address!) : 'an unnamed frame'}`;
  }
  return `memory leak in ${withoutPrefix(frameName(pick.name))}${pick.module ? ` [${pick.module}]` : ''}`;
}

// Generic plumbing that says nothing about which leak it is (besides the tail frames).
const GENERIC =
  /^(?:do_one_initcall|do_init_module|load_module|do_initcalls|__do_sys_(?:f)?init_module|__x64_sys_\w+|__se_sys_\w+|sys_\w+)$/;

/**
 * An unidentified leak's title says what is known: the first telling frame
 * before its first unnamed one, or only the unnamed frame's address; never a
 * generic tail or entry function, which would name a leak it is not.
 */
export function unidentifiedTitle(record: LeakRecord, unidentified: Unidentified): string {
  const at = unidentified.addresses[0]!;
  const first = record.frames.findIndex((f) => f.function === undefined && f.address !== undefined && hex(f.address) === at);
  const pick = calledFrames(record.frames.slice(0, first)).find((n) => {
    const name = frameName(n.name);
    return !skipped(name) && !isTailFrame(name) && !GENERIC.test(name);
  });
  if (!pick) return `memory leak at ${at} (unnamed module frame)`;
  return `memory leak in ${withoutPrefix(frameName(pick.name))}${pick.module ? ` [${pick.module}]` : ''} (unnamed module frame at ${at})`;
}
