// kleak-gate diff OLD NEW: two reads of the same board compared without a
// baseline. Exit 0 nothing new, 1 a new or grown leak, 125 when the input
// cannot be judged — what `git bisect run` reads as "skip this commit", so a
// broken capture never marks a commit bad (or good).
import { statSync } from 'node:fs';
import { isInputProblem, oneLine } from '../../errors.js';
import { analyzeSettings } from '../../inputs/settings.js';
import { inputPath } from '../../inputs/paths.js';
import type { AnalyzeOptions } from '../../inputs/options.js';
import { CannotJudge, needTwo, runDiff } from '../../pipeline/diff.js';
import { cliLabel, parseCommand } from '../args.js';
import { DIFF_HELP } from '../help.js';
import type { CliIO, Command } from '../io.js';
import { chosenFormat, emit } from '../output.js';

export const CANNOT_JUDGE = 125;

/** One read: a capture directory, or a report with its own kallsyms copies. */
function read(path: string, kallsyms: string[], shared: AnalyzeOptions, io: CliIO): AnalyzeOptions {
  let isDir = false;
  try {
    isDir = statSync(inputPath(io.cwd, path)).isDirectory();
  } catch {
    // a missing file is refused by the analysis, with its name
  }
  return { ...shared, reports: isDir ? [] : [path], captures: isDir ? [path] : [], kallsyms };
}

export const diffCommand: Command = async (argv, io) => {
  try {
    const { raw, help, positionals } = parseCommand(argv, 'diff');
    if (help) {
      io.stdout(DIFF_HELP);
      return 0;
    }
    const [oldPath, newPath] = needTwo(positionals);
    const format = chosenFormat(raw, 'diff');
    const shared = analyzeSettings(raw, { cwd: io.cwd, now: io.now(), label: cliLabel, stdin: io.readStdin });
    const list = (name: string) => (raw[name] as string[] | undefined) ?? [];
    const result = await runDiff(read(oldPath, list('old-kallsyms'), shared, io), read(newPath, list('new-kallsyms'), shared, io));
    await emit(format.render(result, { baseline: oldPath }), raw.output as string | undefined, io);
    if (format.machine) for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
    return result.verdict === 'fail' ? 1 : 0;
  } catch (e) {
    if (!isInputProblem(e) && !(e instanceof CannotJudge)) throw e;
    io.stderr(`kleak-gate diff: cannot judge (exit ${CANNOT_JUDGE}, git bisect skips): ${oneLine(e.message)}\n`);
    return CANNOT_JUDGE;
  }
};
