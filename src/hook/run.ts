// What the hooks run: the same runCheck as CI on the local capture named in
// the config (pre-push), and baseline validation of what is staged
// (pre-commit: the index, not the working tree, is what gets committed).
// Nothing here needs the network.

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import { InputError } from '../errors.js';
import type { Config } from '../config/types.js';
import type { CheckOptions } from '../inputs/options.js';
import { runCheck } from '../pipeline/check.js';
import { failureReasons } from '../model/status.js';
import { renderCheckText } from '../render/text.js';
import { renderResultJson } from '../render/json.js';
import { parseBaseline } from '../baseline/schema.js';
import { git, gitOut } from '../git/exec.js';
import { latestCapture } from './latest-capture.js';
import { cliInvocation } from '../cli/invocation.js';
import { acceptCommand } from '../render/accept-command.js';

import { baselineOrDefault, checkSettings } from '../inputs/settings.js';

/** What the hooks use of the process (the CLI's CliIO provides it). */
export interface HookIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  now: () => Date;
  /** CROSS_COMPILE names the kernel build's binutils, as in the CLI. */
  env?: Record<string, string | undefined>;
  /** The real path of the running cli.js, for the accept command it prints (cli/invocation.ts). */
  program?: string;
}

/** Where the hook leaves the result JSON of its last check, for a look afterwards. */
export const LAST_RESULT = 'kleak-gate/last-result.json';

/** The config's hook section through the same settings as the CLI and the Action. */
export async function checkOptionsForHook(config: Config, configPath: string, io: HookIO): Promise<CheckOptions> {
  const patterns = config.hook.capture ?? [];
  const captures: string[] = [];
  for (const p of Array.isArray(patterns) ? patterns : [patterns]) captures.push(await latestCapture(p, io.cwd, configPath));
  return checkSettings(
    { ...config.hook, capture: captures, config: configPath },
    { cwd: io.cwd, now: io.now(), label: (n) => `hook.${n}`, env: io.env, invocation: cliInvocation(io.program, io.cwd) },
  );
}

export async function prePush(config: Config, configPath: string, io: HookIO): Promise<number> {
  if (config.hook.capture === undefined && config.hook.report === undefined) {
    throw new InputError(configPath, 'no hook section: name the local capture (hook.capture) or reports (hook.report) to check');
  }
  const opts = await checkOptionsForHook(config, configPath, io);
  const { result } = await runCheck(opts);
  const out = join(await gitOut(['rev-parse', '--absolute-git-dir'], { cwd: io.cwd }), LAST_RESULT);
  await mkdir(resolve(out, '..'), { recursive: true });
  await writeFile(out, renderResultJson(result, opts.target));
  io.stdout(`kleak-gate pre-push: ${opts.captures[0] ?? opts.reports.join(', ')}\n`);
  io.stdout(renderCheckText(result, { acceptCommand: acceptCommand(opts) }));
  if (result.verdict === 'fail') {
    io.stderr(`kleak-gate: push refused (${failureReasons(result.summary)}); skip once with KLEAK_GATE_SKIP=1 git push\n`);
  }
  return result.verdict === 'fail' ? 1 : 0;
}

export async function preCommit(config: Config | undefined, io: HookIO): Promise<number> {
  const staged = (await git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR'], { cwd: io.cwd })).stdout
    .split('\0')
    .filter((p) => p !== '');
  const isBaseline = new Minimatch('baselines/**/*.json');
  const hook = config?.hook ?? {};
  const named = baselineOrDefault(hook.baseline as string | undefined, hook.target as string | undefined);
  const files = staged.filter((p) => isBaseline.match(p) || p === named);
  for (const path of files) {
    // `:path` is the staged blob; the path is an argv element, never shell text.
    const text = (await git(['show', `:${path}`], { cwd: io.cwd })).stdout;
    const parsed = parseBaseline(text, path);
    io.stdout(`${path}: valid, ${parsed.leaks.length} leak(s)\n`);
  }
  return 0;
}
