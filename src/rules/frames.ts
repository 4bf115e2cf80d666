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
    return matchFrom(steps, names);
  };
}

/**
 * Does the pattern match the top of the stack? Each (step, frame) pair is
 * judged once (a table, filled from the end): trying every split for every
 * `...` is exponential in the number of `...` of a hand-written pattern.
 */
function matchFrom(steps: (Minimatch | typeof ANY_FRAMES)[], names: (string | undefined)[]): boolean {
  // next[ni]: steps si+1.. match from frame ni; filled for si = steps.length - 1 down to 0.
  let next: boolean[] = new Array<boolean>(names.length + 1).fill(true); // no step left: the rest is not constrained
  for (let si = steps.length - 1; si >= 0; si--) {
    const step = steps[si]!;
    const here = new Array<boolean>(names.length + 1).fill(false);
    for (let ni = names.length; ni >= 0; ni--) {
      if (step === ANY_FRAMES) here[ni] = next[ni]! || (ni < names.length && here[ni + 1]!);
      else {
        const name = names[ni];
        here[ni] = name !== undefined && next[ni + 1]! && step.match(name);
      }
    }
    next = here;
  }
  return next[0]!;
}
