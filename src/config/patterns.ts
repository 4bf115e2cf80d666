// Glob checks shared by scope and waivers. minimatch accepts almost any
// string and silently treats a typo (an unclosed `[`) as a literal, which
// would make a scope or waiver quietly match nothing; we refuse those early.

import { Minimatch } from 'minimatch';

/** Below minimatch's own limit on a pattern's length (64 KiB), beyond which it throws. */
const SIMPLE_PATTERN_CHARS = 4096;

/** Why `pattern` is not a usable glob, or undefined when it is. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'empty pattern';
  if (pattern.startsWith('!')) return `negated pattern '${pattern}' is not supported (list what is included)`;
  if (pattern.startsWith('#')) return `pattern '${pattern}' starts with '#' and would match nothing`;
  // A name with only * and ? has nothing for minimatch to refuse below its length limit
  // (and compiling thousands of patterns costs more than reading the config).
  if (pattern.length <= SIMPLE_PATTERN_CHARS && !/[[\]{}()!+@\\]/.test(pattern)) return undefined;
  const open: string[] = [];
  const pairs: Record<string, string> = { ']': '[', '}': '{', ')': '(' };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[' || c === '{' || c === '(') open.push(c);
    else if (c in pairs) {
      // A `]`/`}`/`)` with no opener is a literal for minimatch; only an
      // opener left unclosed (or closed by the wrong bracket) is a typo.
      if (open.length > 0 && open[open.length - 1] !== pairs[c]) return `bad pattern '${pattern}': unbalanced '${c}'`;
      open.pop();
    }
  }
  if (open.length > 0) return `bad pattern '${pattern}': unclosed '${open[open.length - 1]}'`;
  try {
    if (new Minimatch(pattern).set.length === 0) return `bad pattern '${pattern}': matches nothing`;
  } catch (e) {
    return `bad pattern '${pattern}': ${(e as Error).message}`;
  }
  return undefined;
}

/**
 * The kernel spells a module `demo-wlan` on the command line and `demo_wlan`
 * in kallsyms; both name the same module. Patterns and names are compared in
 * the `_` spelling. A `-` inside `[...]` is a range and is left alone.
 */
export function underscoreModulePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      out += c + pattern[++i];
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === '-' && !inClass ? '_' : c;
  }
  return out;
}

/**
 * A glob that pins no character of the name: `*`, `?*`, `**`, `[a-z]*`,
 * `+(?)`… A waiver made only of such patterns would waive any leak.
 */
export function onlyWildcards(pattern: string): boolean {
  const literal = pattern
    .replace(/\\./g, 'x') // an escaped character is a literal
    .replace(/\[[^\]]*\]/g, '') // a bracket class pins no one character
    .replace(/[*?+@!]\([^)]*\)/g, '') // extglob groups
    .replace(/[*?{},|]/g, '');
  return literal.trim() === '';
}
