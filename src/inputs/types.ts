// What one input is: its one kebab-case name, its kind (how each shell reads
// it), its default, its validation and its help. The shells read the table
// (table.ts) through this shape; nothing else describes an input.

/** The CLI commands that take inputs from the table. */
export type CliCommand = 'symbolize' | 'check' | 'baseline-update' | 'diff';

/**
 * - `paths`: several paths (CLI: a repeatable flag; Action: paths or globs, one per line; config: a list)
 * - `path`: one path
 * - `text`: one string
 * - `choice`: one of `choices`
 * - `boolean`: CLI: a flag without value; Action and config: true/false
 * - `count`: a whole number >= 1
 */
export type InputKind = 'paths' | 'path' | 'text' | 'choice' | 'boolean' | 'count';

export interface InputDef {
  /** The one name: CLI `--name`, Action input `name`, config key `hook.name`. */
  name: string;
  kind: InputKind;
  /** One line for `--help`; the start of the action.yml description. */
  help: string;
  /** More for action.yml (and the README's table), where there is room. */
  details?: string;
  /** The value when the input is not given; undefined = not set. */
  default?: string | boolean | number;
  /**
   * The default as documented where it is computed rather than fixed
   * (action.yml then declares ''), e.g. the baseline from the target.
   */
  defaultText?: string;
  /** What action.yml declares as default when the runner, not kleak-gate, fills it in (`${{ github.token }}`). */
  actionDefault?: string;
  choices?: readonly string[];
  /** A precise problem with a given value, or undefined when it is fine. */
  check?: (value: string) => string | undefined;
  /** The placeholder in CLI help: FILE, DIR, PATH, N. */
  metavar?: string;
  /** The CLI commands that take it; `positional`: the command's bare arguments rather than a flag. */
  cli?: readonly CliCommand[];
  positional?: boolean;
  /** An input of the GitHub Action (action.yml). */
  action?: boolean;
  /** A key of the config's `hook:` section (what the git hook checks). */
  hook?: boolean;
}

/** A value as a shell read it, before validation: flags, INPUT_* text, YAML. */
export type RawValue = string | string[] | boolean | number | undefined;
export type RawInputs = Record<string, RawValue>;
