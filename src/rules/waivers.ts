// Waivers are human decisions with an end date. An expired one stops hiding
// its leak and says so; one that matches nothing is reported as stale so the
// config doesn't fill up with decisions about leaks that are long gone.

import type { Leak } from '../model.js';
import type { Waiver } from '../config/types.js';
import { compileFramePattern, type FrameMatcher } from './frames.js';

export interface WaiverCheck {
  waiver: Waiver;
  expired: boolean;
  matches: (leak: Leak) => boolean;
}

/** True when `now` (UTC day) is after the waiver's last day. */
export function isExpired(waiver: Waiver, now: Date): boolean {
  return waiver.expires !== undefined && now.toISOString().slice(0, 10) > waiver.expires;
}

export function compileWaivers(waivers: readonly Waiver[], now: Date): WaiverCheck[] {
  return waivers.map((waiver) => {
    let frames: FrameMatcher | undefined;
    if (waiver.frames) frames = compileFramePattern(waiver.frames);
    const matches = (leak: Leak) => (waiver.fingerprint !== undefined ? leak.fingerprint === waiver.fingerprint : frames!(leak.frames));
    return { waiver, expired: isExpired(waiver, now), matches };
  });
}

/** "waiver at .kleak-gate.yml:12 (kl1:ab…)" — how every message names a waiver. */
export function describeWaiver(w: Waiver): string {
  const what = w.fingerprint ?? `frames ${w.frames!.join(' / ')}`;
  return `waiver at ${w.ref.file}:${w.ref.line} (${what})`;
}
