// Frames that would be part of a leak's fingerprint but could not be named.
// A fingerprint is made of named frames only, so a leak whose allocation
// site is a bare address (a removed module with no snapshot, snapshots that
// disagree) gets the fingerprint of whatever generic frames are left
// (`do_one_initcall`, `kthread`'s callers…): another leak's, or none that
// the baseline knows. Such a leak is "unidentified" instead.
//
// A bare frame is in a key position when it comes before the last frame the
// key takes, or before the first one (then it may be the allocation site),
// or when the key is empty. One after the last key frame only shortens the
// key: module init code (freed after load, bare in every report, named only
// from the .ko) sits there, below the driver's own frames.

import type { Frame, LeakRecord, Unidentified } from '../model.js';
import { hex } from '../model/hex.js';
import { isAllocatorFrame, isTailFrame } from './frame-lists.js';
import { KEY_DEPTH } from './fingerprint.js';
import { normalizeFunctionName } from './normalize.js';
import { normalizeModuleName } from '../model/module-name.js';

const isBare = (f: Frame) => f.function === undefined && f.address !== undefined;

/** Why a record cannot be identified, or undefined when every frame its fingerprint takes is named. */
export function unidentifiedOf(record: LeakRecord): Unidentified | undefined {
  const { holes, module } = unnamedKeyFrames(record);
  if (holes.length === 0) return undefined;
  const out: Unidentified = { addresses: holes.map((f) => hex(f.address!)) };
  if (module !== undefined) out.module = module;
  return out;
}

/**
 * An unidentified record's own key: its whole backtrace, bare addresses
 * included, so that it groups only with records of the very same frames (the
 * same site in the same load) and can never equal a named leak's key.
 */
export function unidentifiedKey(record: LeakRecord): string[] {
  const shown = record.frames.map((f) => {
    if (f.function === undefined) return f.address !== undefined ? hex(f.address) : '?';
    const name = normalizeFunctionName(f.function);
    return f.module ? `${normalizeModuleName(f.module)}:${name}` : name;
  });
  return ['unidentified', ...shown];
}

/**
 * The bare frames in key positions (see above), in backtrace order (empty
 * when the leak is identified), and the module of the key frame taken
 * before the first of them, when there is one.
 */
export function unnamedKeyFrames(record: LeakRecord): { holes: Frame[]; module?: string } {
  const frames = record.frames;
  let i = 0;
  while (i < frames.length && named(frames[i]!) && isAllocatorFrame(normalizeFunctionName(frames[i]!.function!))) i++;
  const holes: Frame[] = [];
  let pending: Frame[] = [];
  let moduleOnly: boolean | undefined;
  let module: string | undefined;
  let taken = 0;
  for (; i < frames.length && taken < KEY_DEPTH; i++) {
    const f = frames[i]!;
    if (isBare(f)) {
      pending.push(f);
      continue;
    }
    if (!keyCandidate(f)) continue;
    if (moduleOnly === undefined) {
      moduleOnly = f.module !== undefined;
      if (pending.length === 0) module = f.module;
    }
    if (moduleOnly && f.module === undefined) continue;
    holes.push(...pending);
    pending = [];
    taken++;
  }
  // No key frame at all: every bare frame is a candidate for the allocation site.
  if (taken === 0) holes.push(...pending);
  return module === undefined ? { holes } : { holes, module };
}

function named(f: Frame): boolean {
  return f.function !== undefined;
}

/** A frame fingerprintKey would take (named by the kernel or kallsyms, not generic plumbing). */
function keyCandidate(f: Frame): boolean {
  if (f.function === undefined || f.resolvedBy === 'debug-info' || f.resolvedBy === 'unresolved') return false;
  return !isTailFrame(normalizeFunctionName(f.function));
}
