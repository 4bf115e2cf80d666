// The inputs of one analysis, as the CLI and the Action both pass them.

export type SymbolizerChoice = 'auto' | 'addr2line' | 'llvm-symbolizer';

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
  /** Directory paths are relative to (the repository / workspace). */
  cwd: string;
  /** Standard input text, when a report is '-'. */
  stdin?: () => Promise<string>;
}

export interface CheckOptions extends AnalyzeOptions {
  baseline?: string;
  config?: string;
  /** Today, for waiver expiry (injected so tests are deterministic). */
  now: Date;
}
