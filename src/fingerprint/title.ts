// Titles as syzkaller gives them ("memory leak in FUNC"): the first frame
// that is not allocation or library plumbing. The skip list follows
// syzkaller's pkg/report (leak entry plus its common list), as substrings,
// with one deliberate difference: get_user/put_user match only as whole
// helper names, so `sget_userns` is a title of its own (syzkaller says
// "sget", because "get_user" is a substring of "sget_userns").

import type { Frame, LeakRecord } from '../model.js';
import { normalizeFunctionName } from './normalize.js';

const SKIP = [
  // syzkaller's memory-leak entry
  'kmemleak',
  'mmap',
  'kmem',
  'slab',
  'alloc',
  'create_object',
  'idr_get',
  'list_lru_init',
  'kasprintf',
  'kvasprintf',
  'pcpu_create_chunk',
  'strdup',
  'strndup',
  'memdup',
  // syzkaller's common list, the parts that occur in allocation paths
  'debug_object',
  '^kobject_',
  'memcpy',
  'memset',
  '^kfree',
  '^krealloc',
  '^refcount_',
  '^kref_',
  'spin_lock',
  'spin_unlock',
  '^mutex_',
  '^__mutex_',
  'lockdep',
  'lock_acquire',
  'lock_release',
  // ours: whole helper names instead of the substrings get_user / put_user
  '^_*(?:get|put)_user(?:_\\w+)?$',
].map((p) => new RegExp(p));

function skipped(name: string): boolean {
  return SKIP.some((r) => r.test(name));
}

/** Frame names in print order: inlined frames come before the frame they are inlined into. */
function printedNames(frames: Frame[]): { name: string; module?: string }[] {
  const out: { name: string; module?: string }[] = [];
  for (const f of frames) {
    for (const inl of f.inlined) out.push({ name: inl.function, module: f.module });
    if (f.function !== undefined && f.resolvedBy !== 'unresolved') out.push({ name: f.function, module: f.module });
  }
  return out;
}

export function titleOf(record: LeakRecord): string {
  if (record.truncated) return 'memory leak in corrupted';
  const names = printedNames(record.frames);
  const pick = names.find((n) => !skipped(normalizeFunctionName(n.name))) ?? names[0];
  if (!pick) {
    const raw = record.frames.find((f) => f.address !== undefined);
    return `memory leak in ${raw ? '0x' + raw.address!.toString(16) : 'corrupted'}`;
  }
  return `memory leak in ${normalizeFunctionName(pick.name)}${pick.module ? ` [${pick.module}]` : ''}`;
}
