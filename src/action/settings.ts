// Every input, read once into one typed object with a precise error for each
// bad value (as actions/checkout does), before anything is analysed or
// posted. Inputs come from the environment exactly as the runner passes
// them: INPUT_<NAME> upper-cased, hyphens kept (INPUT_GITHUB-TOKEN). Which
// inputs there are, their defaults and checks: the input table (src/inputs).
import { tmpdir } from 'node:os';
import { UsageError } from '../errors.js';
import { checkSettings } from '../inputs/settings.js';
import { AUTHOR, COMMENT_ON_CHANGE, INPUTS, inputDef, MODES } from '../inputs/table.js';
import type { Identity } from '../git/branch.js';
import type { RawInputs } from '../inputs/types.js';
import { booleanValue, oneValue, type Label } from '../inputs/values.js';
import type { CheckOptions } from '../inputs/options.js';
import { FORMATS } from '../render/index.js';
import type { OutputFormat } from '../render/format.js';
import { readRunContext, type RunContext } from './context.js';
import { inputLines, resolvePaths } from './globs.js';
import { ACTION_ROOT, actionInvocation } from './invocation.js';

export type Mode = (typeof MODES)[number];
export type CommentOnChange = (typeof COMMENT_ON_CHANGE)[number];

/** A format the step writes to a file (the `sarif` input and its kin). */
export interface FileOutput {
  format: OutputFormat;
  /** As given: relative to the workspace, or absolute. */
  path: string;
}

export interface ActionSettings {
  mode: Mode;
  /** What runCheck gets: the same settings object as the CLI and the hook build. */
  check: CheckOptions;
  /** The checkout: relative paths, annotation paths and the baseline are relative to it. */
  workspace: string;
  comment: boolean;
  annotations: boolean;
  /** mode update-baseline: take new leaks into the baseline too. */
  acceptNew: boolean;
  files: FileOutput[];
  /** mode publish: the result JSON to publish (as given: relative to the workspace, or absolute). */
  result?: string;
  /** update: edit the comment in place; new: a fresh comment when the verdict or the leaks to act on change. */
  commentOnChange: CommentOnChange;
  token: string;
  /** mode baseline-pr: how the branch is written. */
  baselinePr: BaselinePrInputs;
  apiTimeoutMs: number;
  /** Where the result-file output is written: RUNNER_TEMP, kept for the job's later steps. */
  resultDir: string;
  /** plugin-retry's wait unit: 1 s on GitHub; the tests shorten it. */
  apiRetryBaseMs: number;
  context: RunContext;
}

export interface BaselinePrInputs {
  /** The token that writes the branch: push-token, else github-token. */
  pushToken: string;
  /** Commit through the Git Data API (GitHub signs it) instead of git push. */
  signCommits: boolean;
  author?: Identity;
  signoff: boolean;
}

type Env = Record<string, string | undefined>;

function baselinePrInputs(env: Env, raw: RawInputs): BaselinePrInputs {
  const signCommits = booleanValue(inputDef('sign-commits'), raw['sign-commits'], label);
  const signoff = booleanValue(inputDef('signoff'), raw.signoff, label);
  const authorText = oneValue(inputDef('author'), raw.author, label);
  const m = authorText === undefined ? undefined : AUTHOR.exec(authorText)!;
  if (signCommits && (m || signoff)) {
    throw new UsageError(
      `sign-commits makes the commit as the token's own identity (that is what GitHub signs): ${m ? 'author' : 'signoff'} cannot be set with it`,
    );
  }
  return {
    pushToken: getInput(env, 'push-token') || getInput(env, 'github-token'),
    signCommits,
    ...(m ? { author: { name: m[1]!.trim(), email: m[2]! } } : {}),
    signoff,
  };
}

export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const label: Label = (name) => name;

/** Each input's raw value: path lists expanded (globs; a line that matches nothing fails), one-line inputs checked. */
async function rawInputs(env: Env, workspace: string): Promise<RawInputs> {
  const raw: RawInputs = {};
  for (const def of INPUTS.filter((d) => d.action)) {
    const text = getInput(env, def.name);
    if (def.kind === 'paths') raw[def.name] = await resolvePaths(text, workspace, def.name);
    else if (def.kind === 'path') {
      const lines = inputLines(text);
      if (lines.length > 1) throw new UsageError(`invalid ${def.name}: expected one path, got ${lines.length} lines`);
      raw[def.name] = lines[0];
    } else raw[def.name] = text;
  }
  return raw;
}

/** A tuning knob from the environment (not an input: the defaults are GitHub's; tests shorten them). */
function milliseconds(env: Env, name: string, fallback: number): number {
  const text = env[name] ?? String(fallback);
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0) throw new UsageError(`Invalid ${name} '${text}'. Expected a positive number of milliseconds.`);
  return ms;
}

export async function parseSettings(env: Env, cwd: string, now = new Date()): Promise<ActionSettings> {
  // The runner starts actions in the workspace; GITHUB_WORKSPACE says so explicitly.
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const context = readRunContext(env);
  const raw = await rawInputs(env, workspace);
  const mode = oneValue(inputDef('mode'), raw.mode, label) as Mode;
  // How a user runs this same kleak-gate: for the commands the comment and the summary show.
  const check = checkSettings(raw, { cwd: workspace, now, label, env, invocation: actionInvocation(env, ACTION_ROOT, workspace) });
  const result = raw.result as string | undefined;
  if (mode === 'publish') {
    if (!result) throw new UsageError('Input required and not supplied: result (mode publish publishes a result JSON made elsewhere).');
    if (check.reports.length > 0 || check.captures.length > 0) {
      throw new UsageError(
        'mode publish takes a result, not reports or captures: check them where they were captured, with --format json.',
      );
    }
  } else if (result) {
    throw new UsageError(`the result input is for mode publish; this step's mode is ${mode}.`);
  } else if (check.reports.length === 0 && check.captures.length === 0) {
    throw new UsageError(
      'Input required and not supplied: report (or capture). Give the kmemleak report path(s) or glob(s), one per line.',
    );
  }
  const apiTimeoutMs = milliseconds(env, 'KLEAK_GATE_API_TIMEOUT_MS', 30_000);
  const apiRetryBaseMs = milliseconds(env, 'KLEAK_GATE_API_RETRY_BASE_MS', 1000);
  const files = FORMATS.filter((f) => f.actionFile && raw[f.name]).map((f) => ({ format: f, path: raw[f.name] as string }));
  return {
    mode,
    check,
    workspace,
    comment: booleanValue(inputDef('comment'), raw.comment, label),
    commentOnChange: oneValue(inputDef('comment-on-change'), raw['comment-on-change'], label) as CommentOnChange,
    annotations: booleanValue(inputDef('annotations'), raw.annotations, label),
    acceptNew: booleanValue(inputDef('accept-new'), raw['accept-new'], label),
    files,
    ...(result ? { result } : {}),
    token: getInput(env, 'github-token'),
    baselinePr: baselinePrInputs(env, raw),
    apiTimeoutMs,
    resultDir: env.RUNNER_TEMP || tmpdir(),
    apiRetryBaseMs,
    context,
  };
}
