// Scope: which leaks this repository owns. A leak is in scope when any of its
// frames runs in a scoped module or sits in a scoped source file: a driver's
// leak often allocates in core code (kmalloc_trace, vmalloc), so "any frame"
// rather than "the first frame". Out of scope never fails, so the rule fails
// closed: a leak that a path pattern cannot judge (no frame resolved to a
// file: no debug info, or a .ko that did not match) stays in scope, and a
// pattern that matched nothing in the run is reported (a typo would
// otherwise pass every leak).

import { Minimatch } from 'minimatch';
import type { Leak } from '../model.js';
import type { Scope } from '../config/types.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface ScopeCheck {
  inScope: (leak: Leak) => boolean;
  /** Patterns that matched no frame of any leak judged so far. */
  unused: () => string[];
}

interface Pattern {
  text: string;
  m: Minimatch;
  used: boolean;
}

export function compileScope(scope: Scope | undefined): ScopeCheck {
  if (!scope) return { inScope: () => true, unused: () => [] };
  const modules: Pattern[] = scope.modules.map((p) => ({
    text: `scope.modules ${p}`,
    m: new Minimatch(p, { nonegate: true, nocomment: true }),
    used: false,
  }));
  // Paths are repository-relative, as resolved source files are: "./drivers/**" means "drivers/**".
  const paths: Pattern[] = scope.paths.map((p) => ({
    text: `scope.paths ${p}`,
    m: new Minimatch(p.replace(/^(\.\/)+/, ''), { nonegate: true, nocomment: true, dot: true }),
    used: false,
  }));
  const inModules = anyMatch(modules);
  const inPaths = anyMatch(paths);
  return {
    inScope: (leak) => {
      let inside = false;
      let judgedByPath = false;
      for (const f of leak.frames) {
        if (f.module !== undefined && inModules(normalizeModuleName(f.module))) inside = true;
        const files = [f.file, ...f.inlined.map((i) => i.file)].filter((x): x is string => x !== undefined);
        if (files.length) judgedByPath = true;
        for (const file of files) if (inPaths(file)) inside = true;
      }
      if (inside) return true;
      return paths.length > 0 && !judgedByPath;
    },
    unused: () => [...modules, ...paths].filter((p) => !p.used).map((p) => p.text),
  };
}

/**
 * Does any pattern match the value (marking the ones that do as used)? Each
 * distinct module name or file is judged once: a run has few of them, a
 * config may have thousands of patterns.
 */
function anyMatch(list: Pattern[]): (value: string) => boolean {
  const judged = new Map<string, boolean>();
  return (value) => {
    let any = judged.get(value);
    if (any === undefined) {
      any = false;
      for (const p of list) if (p.m.match(value)) any = p.used = true;
      judged.set(value, any);
    }
    return any;
  };
}

/** For messages: "modules demo_wlan; paths drivers/**". */
export function describeScope(scope: Scope): string {
  const parts: string[] = [];
  if (scope.modules.length) parts.push(`modules ${scope.modules.join(', ')}`);
  if (scope.paths.length) parts.push(`paths ${scope.paths.join(', ')}`);
  return parts.join('; ');
}
