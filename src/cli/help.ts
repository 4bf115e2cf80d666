// Help texts. The inputs part of each comes from the input table and the
// output registry, so --help cannot drift from what the commands accept.
import type { CliCommand } from '../inputs/types.js';
import { inputsHelp } from './args.js';
import { commandFormats } from './output.js';

function options(command: CliCommand): string {
  return inputsHelp(command, { format: commandFormats(command).map((f) => f.name) });
}

const EXIT_CODES = 'Exit codes: 0 pass, 1 the gate failed (a new or grown leak), 2 usage or input error.\n';

export const MAIN_HELP = `kleak-gate — kmemleak reports to a verdict for driver pull requests

Usage:
  kleak-gate symbolize [REPORT...] [options]         name every frame, resolve source lines, group leaks
  kleak-gate check [REPORT...] [options]             compare the leaks with the baseline: the gate
  kleak-gate baseline update [REPORT...] [options]   write the accepted state into the baseline
  kleak-gate baseline validate FILE...
  kleak-gate diff OLD NEW [options]                  what NEW adds to OLD (git bisect run: 0, 1, 125 skip)
  kleak-gate capture --print-script
  kleak-gate capture extract LOG --to DIR [--index N]
  kleak-gate hook install | hook run pre-push|pre-commit
  kleak-gate COMMAND --help                          the options of one command

Options of check:
${options('check')}
${EXIT_CODES}`;

export const SYMBOLIZE_HELP = `Usage: kleak-gate symbolize [REPORT...] [options]

Names every frame (raw addresses of removed modules from the kallsyms snapshot),
resolves source lines when debug info is given, and groups leaks by fingerprint.

${options('symbolize')}`;

export const CHECK_HELP = `Usage: kleak-gate check [REPORT...] [options]

Compares the leaks with the baseline. Exit 0 pass, 1 a new or grown leak, 2 bad input.

${options('check')}`;

export const BASELINE_HELP = `Usage:
  kleak-gate baseline update [REPORT...] [options]
      Writes the accepted state: fixed leaks leave, human notes stay, new leaks
      come in only with --accept-new. Prints the change in words.
  kleak-gate baseline validate FILE...
      Checks baseline files (schema, fingerprint version, entries); exit 2 on the first bad one.

Options of baseline update:
${options('baseline-update')}`;

export const CAPTURE_HELP = `Usage:
  kleak-gate capture --print-script
      Prints the POSIX sh script to run on the board, as root:
      begin DIR | snapshot DIR MODULE... | end DIR | print DIR
  kleak-gate capture extract LOG --to DIR [--index N]
      Gets the capture directory back from a log in which the board printed it
      (\`print DIR\`: base64 between ===KLEAK-CAPTURE-BEGIN/END=== markers).
      LOG: serial console log, dmesg-style log, or LAVA job log (log.yaml); - = stdin.
      The last block unless --index N (1-based). Size and sha256 are checked, and
      only plain files and directories are unpacked. DIR must be new or empty.
      Then: kleak-gate check --capture DIR ...
`;

export const DIFF_HELP = `Usage: kleak-gate diff OLD NEW [options]

Two reads of the same board (each a capture directory, or a report with its own
--old-kallsyms / --new-kallsyms), compared without a baseline: what NEW adds (new),
what grew (more than twice the objects), what it no longer has (fixed).
Exit 0 nothing new, 1 a new or grown leak, 125 the input cannot be judged
(git bisect run skips that commit).

${options('diff')}`;
