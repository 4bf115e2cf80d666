// `kleak-gate capture --print-script`: prints the board-side sh script so it
// can be copied to a device (`kleak-gate capture --print-script > kg-capture.sh`).
// `kleak-gate capture extract LOG --to DIR`: gets a capture directory back
// from a log in which the board printed it (`kleak-gate-capture.sh print DIR`),
// for boards whose only way back is the serial console (LAVA, LKFT).
// The capture itself runs on the board, not here; reading a capture directory
// is `check --capture DIR`.
import { resolve } from 'node:path';
import { extractCapture } from '../../capture/extract.js';
import { captureScriptText } from '../../capture/script.js';
import { UsageError } from '../../errors.js';
import { readText } from '../../read-text.js';
import { parseOptions } from '../args.js';
import { CAPTURE_HELP } from '../help.js';
import type { CliIO, Command } from '../io.js';

const USAGE = 'usage: kleak-gate capture --print-script | kleak-gate capture extract LOG --to DIR [--index N]';

export const capture: Command = async (argv, io) => {
  if (argv.length === 1 && argv[0] === '--print-script') {
    io.stdout(captureScriptText());
    return 0;
  }
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    io.stdout(CAPTURE_HELP);
    return 0;
  }
  if (argv[0] === 'extract') return extract(argv.slice(1), io);
  io.stderr(`${USAGE}\n`);
  return 2;
};

const EXTRACT_OPTIONS = {
  to: { type: 'string' },
  index: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function extract(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseOptions(argv, EXTRACT_OPTIONS);
  if (values.help) {
    io.stdout(CAPTURE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`capture extract takes one LOG (got ${positionals.length}); ${USAGE}`);
  if (values.to === undefined || values.to === '') throw new UsageError(`capture extract needs --to DIR; ${USAGE}`);
  let index: number | undefined;
  if (values.index !== undefined) {
    if (!/^[1-9]\d*$/.test(values.index)) throw new UsageError(`invalid --index '${values.index}': expected a block number from 1`);
    index = Number(values.index);
  }
  const log = positionals[0]!;
  const text = await readText(log === '-' ? '-' : resolve(io.cwd, log), 'log', io.readStdin);
  // errors name the log as the user gave it
  const r = extractCapture(text, log, resolve(io.cwd, values.to), index);
  io.stderr(
    `kleak-gate: capture block ${r.block.index} of ${r.count} (${log}:${r.block.line}, ${r.block.bytes} bytes, sha256 ok): ${r.files.length} files in ${values.to}\n`,
  );
  return 0;
}
