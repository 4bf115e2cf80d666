// Valgrind-suppression style frame patterns: a list of function globs matched
// from the innermost frame (kmemleak's first line, the allocator) outwards;
// `...` stands for any number of frames (also none). As in valgrind, the
// pattern needs to cover only the top of the stack: frames after its last
// entry are not looked at.

import { Minimatch } from 'minimatch';
import type { Frame } from '../model.js';
import { ANY_FRAMES } from '../config/parse.js';
import { normalizeFunctionName } from './normalize.js';

export type FrameMatcher = (frames: readonly Frame[]) => boolean;

export function compileFramePattern(pattern: readonly string[]): FrameMatcher {
  const steps = pattern.map((p) => (p === ANY_FRAMES ? ANY_FRAMES : new Minimatch(p, { nonegate: true, nocomment: true })));
  return (frames) => {
    // A frame the symbolizer could not name has no function; it matches only
    // `...`, never a glob such as `*`, so an unnamed frame can't be waived by accident.
    const names = frames.map((f) => (f.function === undefined ? undefined : normalizeFunctionName(f.function)));
    return matchFrom(steps, 0, names, 0);
  };
}

function matchFrom(steps: (Minimatch | typeof ANY_FRAMES)[], si: number, names: (string | undefined)[], ni: number): boolean {
  if (si === steps.length) return true; // the rest of the stack is not constrained
  const step = steps[si]!;
  if (step === ANY_FRAMES) {
    for (let k = ni; k <= names.length; k++) if (matchFrom(steps, si + 1, names, k)) return true;
    return false;
  }
  const name = names[ni];
  return name !== undefined && step.match(name) && matchFrom(steps, si + 1, names, ni + 1);
}
