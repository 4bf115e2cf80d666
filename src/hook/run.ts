// What the hooks run: the same runCheck as CI on the local capture named in
// the config (pre-push), and baseline validation of what is staged
// (pre-commit: the index, not the working tree, is what gets committed).
// Nothing here needs the network.

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import { InputError } from '../errors.js';
import type { Config } from '../config/types.js';
import type { CheckOptions } from '../pipeline/options.js';
import { runCheck } from '../pipeline/check.js';
import { renderCheckText } from '../render/text.js';
import { renderResultJson } from '../render/json.js';
import { parseBaseline } from '../baseline/schema.js';
import { git, gitOut } from '../git/exec.js';
import type { CliIO } from '../cli/io.js';
import { latestCapture } from './latest-capture.js';

import { DEFAULT_BASELINE } from '../config/default-path.js';
/** Where the hook leaves the result JSON of its last check, for a look afterwards. */
export const LAST_RESULT = 'kleak-gate/last-result.json';

export async function checkOptionsForHook(config: Config, configPath: string, io: CliIO): Promise<CheckOptions> {
  const h = config.hook;
  const captures = h.capture !== undefined ? [await latestCapture(h.capture, io.cwd, configPath)] : [];
  const opts: CheckOptions = {
    reports: h.reports,
    captures,
    kallsyms: h.kallsyms,
    debugInfo: h.debugInfo,
    moduleSections: h.moduleSections,
    symbolizer: 'auto',
    cwd: io.cwd,
    baseline: h.baseline ?? DEFAULT_BASELINE,
    config: configPath,
    now: io.now(),
  };
  if (h.sourceRoot !== undefined) opts.sourceRoot = h.sourceRoot;
  return opts;
}

export async function prePush(config: Config, configPath: string, io: CliIO): Promise<number> {
  if (config.hook.capture === undefined && config.hook.reports.length === 0) {
    throw new InputError(configPath, 'no hook section: name the local capture (hook.capture) or reports (hook.reports) to check');
  }
  const opts = await checkOptionsForHook(config, configPath, io);
  const { result } = await runCheck(opts);
  const out = join(await gitOut(['rev-parse', '--absolute-git-dir'], { cwd: io.cwd }), LAST_RESULT);
  await mkdir(resolve(out, '..'), { recursive: true });
  await writeFile(out, renderResultJson(result));
  io.stdout(`kleak-gate pre-push: ${opts.captures[0] ?? opts.reports.join(', ')}\n`);
  io.stdout(renderCheckText(result));
  if (result.verdict === 'fail') io.stderr(`kleak-gate: push refused (a new or grown leak); skip once with KLEAK_GATE_SKIP=1 git push\n`);
  return result.verdict === 'fail' ? 1 : 0;
}

export async function preCommit(config: Config | undefined, io: CliIO): Promise<number> {
  const staged = (await git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], { cwd: io.cwd })).stdout
    .split('\0')
    .filter((p) => p !== '');
  const isBaseline = new Minimatch('baselines/**/*.json');
  const named = config?.hook.baseline ?? DEFAULT_BASELINE;
  const files = staged.filter((p) => isBaseline.match(p) || p === named);
  for (const path of files) {
    // `:path` is the staged blob; the path is an argv element, never shell text.
    const text = (await git(['show', `:${path}`], { cwd: io.cwd })).stdout;
    const parsed = parseBaseline(text, path);
    io.stdout(`${path}: valid, ${parsed.leaks.length} leak(s)\n`);
  }
  return 0;
}
