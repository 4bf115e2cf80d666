// What each leak status means for the gate and where it is shown, in one
// place: the verdict, the renderers and the Action read these. Records keyed
// by status, so a new status cannot be added without saying both.
import type { ComparedLeak, LeakStatus, Summary } from '../model.js';

/** Whether a leak with this status fails the gate. */
const FAILS: Record<LeakStatus, boolean> = {
  new: true,
  grown: true,
  known: false,
  waived: false,
  flaky: false,
  'out-of-scope': false,
  // It may be new: what it is cannot be told from what the run named.
  unidentified: true,
};

/** Most urgent first: what a reviewer must act on, then the accepted, then the set aside. */
const RANK: Record<LeakStatus, number> = { new: 0, grown: 1, unidentified: 2, known: 3, waived: 4, flaky: 5, 'out-of-scope': 6 };

export function failsGate(status: LeakStatus): boolean {
  return FAILS[status];
}

/** Status order, then the most objects, then by fingerprint (a stable order for every output). */
export function sortLeaks<L extends ComparedLeak>(leaks: readonly L[]): L[] {
  return [...leaks].sort((a, b) => RANK[a.status] - RANK[b.status] || b.objects - a.objects || a.fingerprint.localeCompare(b.fingerprint));
}

/** Why a run failed, in words: "1 new leak, 2 unidentified leaks, 1 unreadable record". */
export function failureReasons(summary: Summary): string {
  const part = (n: number, what: string) => (n > 0 ? `${n} ${what}${n === 1 ? '' : 's'}` : '');
  const parts = [
    part(summary.new, 'new leak'),
    part(summary.grown, 'grown leak'),
    part(summary.unidentified, 'unidentified leak'),
    part(summary.unreadable, 'unreadable record'),
  ].filter(Boolean);
  return parts.join(', ') || 'no leak failed';
}
