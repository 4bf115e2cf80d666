// diff = two reads of the same board, the older taken as the accepted state:
// what NEW adds (new), what grew (grown), what it no longer has (fixed, shown
// as "gone"). No baseline, no config: for an engineer at the desk and for
// `git bisect run`. Anything that keeps a fair comparison from being made —
// an input error, an unreadable record, a leak whose frames could not be
// named — is "cannot judge", which the command turns into exit 125.
import { updateBaseline } from '../baseline/update.js';
import { compareWithBaseline } from '../compare/compare.js';
import { UsageError } from '../errors.js';
import type { AnalyzeOptions } from '../inputs/options.js';
import type { CheckResult } from '../model.js';
import { analyze } from './analyze.js';
import { unreadableError } from './check.js';

/** kmemleak's counts vary between boots; as in check, more than twice the objects is "grown". */
const GROWN_FACTOR = 2;

export class CannotJudge extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CannotJudge';
  }
}

export async function runDiff(old: AnalyzeOptions, next: AnalyzeOptions): Promise<CheckResult> {
  const before = await analyze(old);
  const after = await analyze(next);
  for (const a of [before, after]) if (a.unreadable.length > 0) throw unreadableError(a.unreadable);
  const accepted = updateBaseline(
    undefined,
    compareWithBaseline(before.leaks, undefined, { runs: before.runs, grownFactor: GROWN_FACTOR }),
    true,
  );
  const result = compareWithBaseline(after.leaks, accepted.baseline, {
    runs: after.runs,
    grownFactor: GROWN_FACTOR,
    warnings: [...before.warnings.map((w) => `old: ${w}`), ...after.warnings.map((w) => `new: ${w}`)],
  });
  const unnamed = [...before.leaks, ...after.leaks].filter((l) => l.unidentified);
  if (unnamed.length > 0) {
    throw new CannotJudge(
      `${unnamed.length} leak(s) with frames that could not be named (e.g. ${unnamed[0]!.title}): give the kallsyms snapshots of both runs (--old-kallsyms, --new-kallsyms)`,
    );
  }
  return result;
}

export function needTwo(positionals: string[]): [string, string] {
  if (positionals.length !== 2) throw new UsageError(`diff takes two reads, OLD and NEW (got ${positionals.length})`);
  return [positionals[0]!, positionals[1]!];
}
