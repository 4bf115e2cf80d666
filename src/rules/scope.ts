// Scope: which leaks this repository owns. A leak is in scope when any of its
// frames runs in a scoped module or sits in a scoped source file: a driver's
// leak often allocates in core code (kmalloc_trace, vmalloc), so "any frame"
// rather than "the first frame".

import { Minimatch } from 'minimatch';
import type { Leak } from '../model.js';
import type { Scope } from '../config/types.js';
import { underscoreModuleName } from '../config/patterns.js';

export type ScopeTest = (leak: Leak) => boolean;

export function compileScope(scope: Scope | undefined): ScopeTest {
  if (!scope) return () => true;
  const modules = scope.modules.map((p) => new Minimatch(p, { nonegate: true, nocomment: true }));
  const paths = scope.paths.map((p) => new Minimatch(p, { nonegate: true, nocomment: true, dot: true }));
  return (leak) =>
    leak.frames.some((f) => {
      if (f.module !== undefined) {
        const name = underscoreModuleName(f.module);
        if (modules.some((m) => m.match(name))) return true;
      }
      const files = [f.file, ...f.inlined.map((i) => i.file)].filter((x): x is string => x !== undefined);
      return files.some((file) => paths.some((m) => m.match(file)));
    });
}

/** For messages: "modules demo_wlan; paths drivers/**". */
export function describeScope(scope: Scope): string {
  const parts: string[] = [];
  if (scope.modules.length) parts.push(`modules ${scope.modules.join(', ')}`);
  if (scope.paths.length) parts.push(`paths ${scope.paths.join(', ')}`);
  return parts.join('; ');
}
