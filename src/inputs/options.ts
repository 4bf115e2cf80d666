// The resolved settings of one analysis / check: what src/inputs/settings.ts
// builds from the input table for the CLI, the Action and the git hook alike.

import type { SymbolizerChoice } from '../resolve/symbolizers.js';

export interface AnalyzeOptions {
  /** Report files ('-' = standard input); several = several runs of one target. */
  reports: string[];
  /** Capture directories (kleak-gate capture), each one run with its own snapshots. */
  captures: string[];
  /** /proc/kallsyms snapshots or System.map files applying to every report. */
  kallsyms: string[];
  /** vmlinux / *.ko / directories searched recursively. */
  debugInfo: string[];
  /** /sys/module/<m>/sections dumps ("name 0xaddr" per line), optionally "MODULE=FILE". */
  moduleSections: string[];
  sourceRoot?: string;
  symbolizer: SymbolizerChoice;
  /** The kernel build's CROSS_COMPILE prefix (`aarch64-linux-gnu-`): its addr2line is tried first. */
  crossCompile?: string;
  /** Directory paths are relative to (the repository / workspace). */
  cwd: string;
  /** Standard input text, when a report is '-'. */
  stdin?: () => Promise<string>;
  /** How this kleak-gate was started, for the commands it shows (render/accept-command.ts). */
  invocation?: readonly string[];
}

export interface CheckOptions extends AnalyzeOptions {
  /** Always set: the shells default it (baselines/<target>.json, else baselines/kmemleak.json). */
  baseline: string;
  config?: string;
  /** Board / matrix leg; it picked the default baseline. */
  target?: string;
  /** Overrides the config's runs.min-seen. */
  minSeen?: number;
  /** Today, for waiver expiry (injected so tests are deterministic). */
  now: Date;
  /**
   * Judge the readable records of a report that also holds unreadable ones
   * (they are listed and the gate fails). Without it such a run is an input error.
   */
  allowUnreadable?: boolean;
}
