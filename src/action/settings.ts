// Every input, read once into one typed object with a precise error for each
// bad value (as actions/checkout does), before anything is analysed or
// posted. Inputs come from the environment exactly as the runner passes
// them: INPUT_<NAME> upper-cased, hyphens kept (INPUT_GITHUB-TOKEN).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_CONFIG } from '../config/default-path.js';
import { readRunContext, type RunContext } from './context.js';
import { inputLines, resolvePaths } from './globs.js';

export const MODES = ['check', 'update-baseline', 'baseline-pr'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionSettings {
  mode: Mode;
  /** The checkout: relative paths, annotation paths and the baseline are relative to it. */
  workspace: string;
  reports: string[];
  captures: string[];
  kallsyms: string[];
  debugInfo: string[];
  moduleSections: string[];
  baseline: string;
  config?: string;
  target?: string;
  comment: boolean;
  annotations: boolean;
  /** mode update-baseline: take new leaks into the baseline too. */
  acceptNew: boolean;
  /** Where to write SARIF, relative to the workspace; undefined = none. */
  sarif?: string;
  token: string;
  apiTimeoutMs: number;
  context: RunContext;
}

type Env = Record<string, string | undefined>;

export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new UsageError(`Invalid ${name} '${v}'. Expected true or false.`);
}

/** The target names a file (baselines/<target>.json) and a comment marker: keep it plain. */
const TARGET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function target(env: Env): string | undefined {
  const t = getInput(env, 'target');
  if (t === '') return undefined;
  if (!TARGET.test(t) || t.includes('..')) {
    throw new UsageError(
      `Invalid target '${t.replace(/[\r\n]+/g, ' ')}'. Expected letters, digits, '.', '_' and '-' (it names baselines/<target>.json and the PR comment), e.g. 'rpi4-usb'.`,
    );
  }
  return t;
}

function singlePath(env: Env, name: string): string | undefined {
  const lines = inputLines(getInput(env, name));
  if (lines.length > 1) throw new UsageError(`Invalid ${name}: expected one path, got ${lines.length} lines.`);
  return lines[0];
}

export async function parseSettings(env: Env, cwd: string): Promise<ActionSettings> {
  const modeText = getInput(env, 'mode') || 'check';
  if (!(MODES as readonly string[]).includes(modeText)) {
    throw new UsageError(`Invalid mode '${modeText}'. Expected one of: ${MODES.join(', ')}.`);
  }
  const mode = modeText as Mode;
  // The runner starts actions in the workspace; GITHUB_WORKSPACE says so explicitly.
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const context = readRunContext(env);
  const tgt = target(env);

  const reportText = getInput(env, 'report');
  const captureText = getInput(env, 'capture');
  if (inputLines(reportText).length === 0 && inputLines(captureText).length === 0) {
    throw new UsageError(
      'Input required and not supplied: report (or capture). Give the kmemleak report path(s) or glob(s), one per line.',
    );
  }
  const paths = (name: string) => resolvePaths(getInput(env, name), workspace, name);

  const timeoutText = env.KLEAK_GATE_API_TIMEOUT_MS ?? '30000';
  const apiTimeoutMs = Number(timeoutText);
  if (!Number.isInteger(apiTimeoutMs) || apiTimeoutMs <= 0) {
    throw new UsageError(`Invalid KLEAK_GATE_API_TIMEOUT_MS '${timeoutText}'. Expected a positive number of milliseconds.`);
  }
  // The repository's own config applies unless another is named, as in the CLI and the git hook.
  const config = singlePath(env, 'config') ?? (existsSync(join(workspace, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : undefined);
  const sarif = singlePath(env, 'sarif');
  return {
    mode,
    workspace,
    reports: await paths('report'),
    captures: await paths('capture'),
    kallsyms: await paths('kallsyms'),
    debugInfo: await paths('debug-info'),
    moduleSections: await paths('module-sections'),
    // Not a default in action.yml: the default depends on `target`.
    baseline: singlePath(env, 'baseline') ?? (tgt ? `baselines/${tgt}.json` : 'baselines/kmemleak.json'),
    ...(config !== undefined ? { config: (await resolvePaths(config, workspace, 'config'))[0]! } : {}),
    ...(tgt !== undefined ? { target: tgt } : {}),
    comment: booleanInput(env, 'comment', true),
    annotations: booleanInput(env, 'annotations', true),
    acceptNew: booleanInput(env, 'accept-new', false),
    ...(sarif !== undefined ? { sarif } : {}),
    token: getInput(env, 'github-token'),
    apiTimeoutMs,
    context,
  };
}
