// The plain data that flows between the steps (parse → symbolize → resolve →
// fingerprint → compare → render). No behaviour here: every step takes these
// and returns these, so each can be tested on its own.

/** Where a piece of input came from, for one-line error and warning messages. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A frame inlined into its caller, as addr2line -i / syzkaller print it. */
export interface InlineFrame {
  function: string;
  file?: string;
  line?: number;
}

export type ResolvedBy = 'kernel' | 'kallsyms' | 'debug-info' | 'unresolved';

/** One backtrace frame, as printed and then as named by kleak-gate. */
export interface Frame {
  /** The kernel text address, when the report or a snapshot gives it. */
  address?: bigint;
  function?: string;
  /** Offset from the function start (the `+0x4e`). */
  offset?: number;
  /** Symbol size (the `/0xb0`): distance to the next symbol, as kallsyms computes it. */
  size?: number;
  /** Module name, without brackets; undefined for the core kernel. */
  module?: string;
  resolvedBy: ResolvedBy;
  /** Which kallsyms snapshot named the frame (its path), when one did. */
  snapshot?: string;
  /** Source position (repository-relative when it could be made so). */
  file?: string;
  line?: number;
  /** Inlined frames *inside* this one, innermost first (decode_stacktrace order). */
  inlined: InlineFrame[];
  /** The frame text as the report printed it (after prefix/quote stripping). */
  text: string;
}

/** One `unreferenced object` record of a report. */
export interface LeakRecord {
  /** The object address as printed (hex string; 32- or 64-bit). */
  object: string;
  size: number;
  comm?: string;
  pid?: number;
  jiffies?: bigint;
  /** `backtrace (crc x):` (v6.6+). */
  crc?: string;
  /** Optional `(phys)` / `(percpu)` tag after the size. */
  kind?: 'phys' | 'percpu';
  frames: Frame[];
  /** The report this record came from (several reports = several runs). */
  source: SourceRef;
  /** Index of the report among the given runs (0-based). */
  run: number;
  /**
   * The record could not be read in full (cut, garbled, a line of unknown
   * form): where and why. Such a record has no fingerprint and no group.
   */
  unreadable?: Unreadable;
}

/** Why a record could not be read, and the line (of its report) where that shows. */
export interface Unreadable {
  line: number;
  cause: string;
}

/** An unreadable record as the outputs list it. */
export interface UnreadableRecord {
  file: string;
  line: number;
  cause: string;
  /** Index of the run (report) it came from. */
  run: number;
  /** The object address and size, when the header could be read. */
  object?: string;
  size?: number;
}

export interface ParsedReport {
  path: string;
  records: LeakRecord[];
  warnings: string[];
}

/** A group of records with the same fingerprint. */
export interface Leak {
  fingerprint: string;
  title: string;
  objects: number;
  bytes: number;
  /** The frames of the first record (kmemleak's order: the first allocated first). */
  frames: Frame[];
  /** The normalized frames the fingerprint was made of (`module:function` or `function`). */
  key: string[];
  /** Runs (0-based indexes) in which the leak was seen. */
  runs: number[];
  records: LeakRecord[];
  /** Set when the leak could not be identified (see Unidentified). */
  unidentified?: Unidentified;
}

export type LeakStatus = 'new' | 'known' | 'grown' | 'waived' | 'out-of-scope' | 'flaky' | 'unidentified';

/**
 * Frames the fingerprint would be made of could not be named (a bare address
 * with no symbol table for it, snapshots that disagree): the fingerprint is
 * not the allocation site's, so the leak is never matched, accepted or waived.
 */
export interface Unidentified {
  /** The unnamed frames in key positions, as hex addresses. */
  addresses: string[];
  /** The module of its named frames before the first unnamed one, when there are any: the entries it could be are that module's. */
  module?: string;
}

export interface ComparedLeak extends Leak {
  status: LeakStatus;
  /** Objects the baseline accepted, for known/grown. */
  baselineObjects?: number;
  /** Why a leak is waived / out of scope / flaky. */
  reason?: string;
}

export interface FixedLeak {
  fingerprint: string;
  title: string;
  key: string[];
  objects: number;
  bytes: number;
}

/** A baseline entry this run did not show, but cannot prove fixed (why: `reason`). It stays in the baseline. */
export interface NotConfirmed extends FixedLeak {
  reason: string;
}

export interface Summary {
  new: number;
  known: number;
  grown: number;
  fixed: number;
  waived: number;
  objects: number;
  /** Records that could not be read (listed in CheckResult.unreadable; only with allow-unreadable). */
  unreadable: number;
  unidentified: number;
  /** Baseline entries absent from the run that it cannot prove fixed. */
  notConfirmed: number;
}

export interface CheckResult {
  verdict: 'pass' | 'fail';
  summary: Summary;
  leaks: ComparedLeak[];
  fixed: FixedLeak[];
  /** Absent entries the run cannot prove fixed: they stay in the baseline. */
  notConfirmed: NotConfirmed[];
  /** Records that could not be read: they fail the gate and make no entry "fixed". */
  unreadable: UnreadableRecord[];
  /** Why no baseline update may remove an entry on this run (undefined: removals follow `fixed`). */
  removalBlocked?: string;
  warnings: string[];
  /** How many runs (reports) were combined. */
  runs: number;
}
