// "The latest local HIL capture": config `hook.capture` names a directory,
// or a pattern whose last segment has glob characters (`hil-out/*`); then the
// newest matching directory (by modification time, name as tie-break) is it.

import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import { InputError } from '../errors.js';

export async function latestCapture(pattern: string, cwd: string, configPath: string): Promise<string> {
  const name = basename(pattern);
  if (!/[*?[{]/.test(name)) return pattern;
  const parent = dirname(pattern);
  const mm = new Minimatch(name, { dot: false });
  let entries: string[];
  try {
    entries = await readdir(resolve(cwd, parent));
  } catch {
    throw new InputError(
      configPath,
      `hook.capture: directory ${parent} not found (run the HIL job first, or skip once with KLEAK_GATE_SKIP=1)`,
    );
  }
  const dirs: { path: string; mtime: number }[] = [];
  for (const e of entries.filter((x) => mm.match(x))) {
    const path = join(parent, e);
    const st = await stat(resolve(cwd, path));
    if (st.isDirectory()) dirs.push({ path, mtime: st.mtimeMs });
  }
  if (dirs.length === 0)
    throw new InputError(configPath, `hook.capture: no capture directory matches ${pattern} (skip once with KLEAK_GATE_SKIP=1)`);
  dirs.sort((a, b) => b.mtime - a.mtime || (a.path < b.path ? 1 : -1));
  return dirs[0]!.path;
}
