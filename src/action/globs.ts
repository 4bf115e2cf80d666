// Path inputs take globs, one per line, relative to the workspace (or
// absolute: a self-hosted HIL runner often keeps board captures outside it).
// A pattern that matches nothing is an input error, never "no leaks": a
// typo in `report:` must not turn the gate green.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { InputError } from '../errors.js';

const MAGIC = /[*?[\]{}()!+@]/;
/** A bound on the directory walk, so `**` at the root of a huge tree fails instead of hanging. */
const MAX_ENTRIES = 200_000;

/** The input's lines: trimmed, blank lines and `#` comments skipped. */
export function inputLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

async function walk(dir: string, out: string[], budget: { left: number }): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // unreadable directories hold nothing we can use
  }
  for (const e of entries) {
    if (--budget.left < 0) return;
    const p = join(dir, e.name);
    out.push(p);
    if (e.isDirectory() && e.name !== '.git') await walk(p, out, budget);
  }
}

/** Files and directories matching one pattern, sorted (the order of runs must not depend on the disk). */
export async function expandGlob(pattern: string, workspace: string, input: string): Promise<string[]> {
  const abs = isAbsolute(pattern);
  const full = toPosix(abs ? pattern : join(workspace, pattern));
  if (!MAGIC.test(pattern)) {
    if (!existsSync(full)) throw new InputError(pattern, `no such file or directory (input '${input}', from ${workspace})`);
    return [abs ? pattern : pattern.replace(/\/+$/, '')];
  }
  const parts = full.split('/');
  const firstMagic = parts.findIndex((p) => MAGIC.test(p));
  const base = parts.slice(0, firstMagic).join('/') || '/';
  const candidates: string[] = [];
  const budget = { left: MAX_ENTRIES };
  await walk(base, candidates, budget);
  if (budget.left < 0) {
    throw new InputError(
      pattern,
      `matches too much (more than ${MAX_ENTRIES} entries under ${base}); make the pattern more specific (input '${input}')`,
    );
  }
  const matches = candidates
    .map(toPosix)
    .filter((c) => minimatch(c, full, { dot: false }))
    .map((c) => (abs ? c : toPosix(relative(workspace, c))))
    .sort();
  if (matches.length === 0) throw new InputError(pattern, `matches no file (input '${input}', from ${workspace})`);
  return matches;
}

/** Every line of an input expanded, duplicates dropped, in the order given. */
export async function resolvePaths(value: string, workspace: string, input: string): Promise<string[]> {
  const out: string[] = [];
  for (const line of inputLines(value)) {
    for (const p of await expandGlob(line, resolve(workspace), input)) if (!out.includes(p)) out.push(p);
  }
  return out;
}
