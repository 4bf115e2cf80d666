// Titles as syzkaller gives them ("memory leak in FUNC"): the first frame
// whose name is not on syzkaller's skip list (title-skip.ts). Only frames the
// kernel really called count, never the `[inline]` lines of a symbolized
// report: syzkaller's frame pattern does not match them, so the raw and the
// symbolized form of one leak get one title.

import type { Frame, LeakRecord } from '../model.js';
import { memoize } from './memo.js';
import { normalizeFunctionName } from './normalize.js';
import { TITLE_SKIP } from './title-skip.js';
import { hex } from '../model/hex.js';

const skipped: (name: string) => boolean = memoize((name) => TITLE_SKIP.test(name));

/** The frames that were called, by name: not inlined ones, not bare addresses. */
function calledFrames(frames: Frame[]): { name: string; module?: string }[] {
  return frames
    .filter((f) => f.function !== undefined && f.resolvedBy !== 'unresolved')
    .map((f) => ({ name: f.function!, module: f.module }));
}

export function titleOf(record: LeakRecord): string {
  const names = calledFrames(record.frames);
  const pick = names.find((n) => !skipped(normalizeFunctionName(n.name))) ?? names[0];
  if (!pick) {
    const raw = record.frames.find((f) => f.address !== undefined);
    return `memory leak in ${raw ? hex(raw.address!) : 'an unnamed frame'}`;
  }
  return `memory leak in ${normalizeFunctionName(pick.name)}${pick.module ? ` [${pick.module}]` : ''}`;
}
