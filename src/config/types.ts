// The typed settings of `.kleak-gate.yml`, after validation. Everything the
// rules and the hook need is here, already checked, so no later step has to
// re-validate or guess at a default.

/** Where a config entry was written, so warnings can point back at it. */
export interface ConfigRef {
  file: string;
  line: number;
}

export interface Scope {
  /** minimatch patterns on module names, already in the `_` spelling. */
  modules: string[];
  /** minimatch patterns on repository-relative source files. */
  paths: string[];
}

export interface Waiver {
  /** Exactly one of `fingerprint` / `frames` is set. */
  fingerprint?: string;
  /** Function globs, innermost (allocator) frame first; `...` = any number of frames. */
  frames?: string[];
  reason: string;
  /** YYYY-MM-DD; the waiver applies up to and including this (UTC) day. */
  expires?: string;
  ref: ConfigRef;
}

/**
 * What `kleak-gate hook` feeds to `check`: the input table's `hook` inputs
 * by name (`capture`, `report`, `kallsyms`, `baseline`, `target`, ...), lists
 * as lists, the rest as checked strings. A capture pattern whose last segment
 * has a `*` (`hil-out/*`) means the newest matching directory.
 */
export type HookConfig = Record<string, string | string[]>;

export interface Config {
  /** The file the config came from (for messages). */
  path: string;
  /** Absent = everything is in scope. */
  scope?: Scope;
  waivers: Waiver[];
  grown: { factor: number };
  runs: { minSeen: number };
  hook: HookConfig;
}

/**
 * The config used when no file is given: everything in scope, every run
 * counts, and grown at more than twice the accepted objects (kmemleak's
 * counts vary between boots: reload-v1 shows 1 TX template where v1 shows 2).
 */
export function defaultConfig(path = '(default)'): Config {
  return {
    path,
    waivers: [],
    grown: { factor: 2 },
    runs: { minSeen: 1 },
    hook: {},
  };
}
