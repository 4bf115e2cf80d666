// kl1 fingerprint: where a leak was allocated, stable across boots, builds,
// kernel output eras and capture forms (DESIGN.md "Fingerprint").
//
// key frames = the backtrace without its leading allocator frames, without
// generic tail frames, without unresolved frames (a raw address is a load
// address: it changes every boot) and without names found only in debug info
// (the fingerprint must not depend on whether debug info was given). When
// the first key frame is a module's, only that module code's frames count:
// a kernel upgrade under the board changes the core kernel's callers, not the
// driver's. At most KEY_DEPTH frames; offsets never count (they move with
// every rebuild).

import { createHash } from 'node:crypto';
import type { Frame, LeakRecord } from '../model.js';
import { isAllocatorFrame, isTailFrame } from './frame-lists.js';
import { normalizeFunctionName } from './normalize.js';
import { normalizeModuleName } from '../model/module-name.js';

export const FINGERPRINT_VERSION = 'kl1';
export const KEY_DEPTH = 4;
const FINGERPRINT = /^kl1:[0-9a-f]{16}$/;

interface KeyFrame {
  name: string;
  module?: string;
}

function keyFrame(f: Frame): KeyFrame | undefined {
  if (f.function === undefined || f.resolvedBy === 'debug-info' || f.resolvedBy === 'unresolved') return undefined;
  const k: KeyFrame = { name: normalizeFunctionName(f.function) };
  if (f.module) k.module = normalizeModuleName(f.module);
  return k;
}

const show = (k: KeyFrame) => (k.module ? `${k.module}:${k.name}` : k.name);

/** The normalized frames a record's fingerprint is made of. */
export function fingerprintKey(record: LeakRecord): string[] {
  const named = record.frames.map(keyFrame);
  let start = 0;
  while (start < named.length && (named[start] === undefined || isAllocatorFrame(named[start]!.name))) start++;
  const rest = named.slice(start).filter((k): k is KeyFrame => k !== undefined && !isTailFrame(k.name));
  if (rest.length === 0) return fallbackKey(record);
  const first = rest[0]!;
  const chosen = first.module ? rest.filter((k) => k.module !== undefined) : rest;
  return chosen.slice(0, KEY_DEPTH).map(show);
}

/**
 * Nothing but allocators, tail and unresolved frames: keep the shape (named
 * frames in order, `?` for each unresolved one) so that different leaks still
 * differ; such a fingerprint changes when the frames get named.
 */
function fallbackKey(record: LeakRecord): string[] {
  const key = record.frames.map((f) => {
    const k = keyFrame(f);
    return k ? show(k) : '?';
  });
  return ['unresolved', ...key];
}

const fingerprints = new Map<string, string>();

export function fingerprintOf(key: string[]): string {
  const joined = key.join('\n');
  let fp = fingerprints.get(joined);
  if (fp === undefined) {
    fp = hashKey(joined);
    fingerprints.set(joined, fp);
  }
  return fp;
}

function hashKey(joined: string): string {
  const digest = createHash('sha256').update(joined).digest('hex');
  return `${FINGERPRINT_VERSION}:${digest.slice(0, 16)}`;
}

export function isFingerprint(text: string): boolean {
  return FINGERPRINT.test(text);
}
