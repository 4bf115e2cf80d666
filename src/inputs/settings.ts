// The shells' raw values → the one settings object runCheck takes. The CLI,
// the Action and the git hook all come through here, so defaults (the
// baseline from the target, the repository's config) are decided once.
import { existsSync } from 'node:fs';
import { DEFAULT_BASELINE, DEFAULT_CONFIG } from './defaults.js';
import type { AnalyzeOptions, CheckOptions } from './options.js';
import type { SymbolizerChoice } from '../resolve/symbolizers.js';
import { inputPath } from './paths.js';
import { inputDef } from './table.js';
import type { RawInputs } from './types.js';
import { booleanValue, countValue, listValue, oneValue, type Label } from './values.js';

export interface ShellContext {
  /** Where relative paths start: the repository (CLI: the working directory; Action: the workspace). */
  cwd: string;
  now: Date;
  /** How this shell names an input in messages. */
  label: Label;
  stdin?: () => Promise<string>;
  /** The shell's environment: CROSS_COMPILE names the kernel build's binutils, as for make. */
  env?: Record<string, string | undefined>;
  /** How a user starts this same kleak-gate, for the commands it prints (render/accept-command.ts). */
  invocation?: readonly string[];
}

/** The baseline named, else baselines/<target>.json when a target is named, else the one documented default. */
export function baselineOrDefault(given: string | undefined, target: string | undefined): string {
  return given ?? (target ? `baselines/${target}.json` : DEFAULT_BASELINE);
}

/** The named config, else the repository's .kleak-gate.yml when there is one, else none. */
export function configOrDefault(given: string | undefined, cwd: string): string | undefined {
  if (given !== undefined) return given;
  return existsSync(inputPath(cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : undefined;
}

export function analyzeSettings(raw: RawInputs, ctx: ShellContext): AnalyzeOptions {
  const list = (name: string) => listValue(inputDef(name), raw[name], ctx.label);
  const sourceRoot = oneValue(inputDef('source-root'), raw['source-root'], ctx.label);
  const crossCompile = ctx.env?.CROSS_COMPILE?.trim();
  return {
    reports: list('report'),
    captures: list('capture'),
    kallsyms: list('kallsyms'),
    debugInfo: list('debug-info'),
    moduleSections: list('module-sections'),
    ...(sourceRoot !== undefined ? { sourceRoot } : {}),
    symbolizer: oneValue(inputDef('symbolizer'), raw.symbolizer, ctx.label) as SymbolizerChoice,
    ...(crossCompile ? { crossCompile } : {}),
    cwd: ctx.cwd,
    ...(ctx.stdin ? { stdin: ctx.stdin } : {}),
    ...(ctx.invocation ? { invocation: ctx.invocation } : {}),
  };
}

export function checkSettings(raw: RawInputs, ctx: ShellContext): CheckOptions {
  const one = (name: string) => oneValue(inputDef(name), raw[name], ctx.label);
  const target = one('target');
  const config = configOrDefault(one('config'), ctx.cwd);
  const minSeen = countValue(inputDef('min-seen'), raw['min-seen'], ctx.label);
  return {
    ...analyzeSettings(raw, ctx),
    baseline: baselineOrDefault(one('baseline'), target),
    ...(config !== undefined ? { config } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(minSeen !== undefined ? { minSeen } : {}),
    now: ctx.now,
    allowUnreadable: booleanValue(inputDef('allow-unreadable'), raw['allow-unreadable'], ctx.label),
  };
}
