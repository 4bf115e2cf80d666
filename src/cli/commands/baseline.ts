// kleak-gate baseline update | validate.

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { parseBaseline, serializeBaseline } from '../../baseline/schema.js';
import { describeChange, updateBaseline, updateNotes } from '../../baseline/update.js';
import { inputPath } from '../../inputs/paths.js';
import { checkSettings } from '../../inputs/settings.js';
import { inputDef } from '../../inputs/table.js';
import { booleanValue } from '../../inputs/values.js';
import { runCheck } from '../../pipeline/check.js';
import { readText } from '../../read-text.js';
import { cliLabel, parseCommand, parseOptions } from '../args.js';
import { BASELINE_HELP } from '../help.js';
import type { Command } from '../io.js';

const update: Command = async (argv, io) => {
  const { raw, help } = parseCommand(argv, 'baseline-update');
  if (help) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  const opts = checkSettings(raw, { cwd: io.cwd, now: io.now(), label: cliLabel, stdin: io.readStdin, env: io.env });
  const acceptNew = booleanValue(inputDef('accept-new'), raw['accept-new'], cliLabel);
  const { result, baseline } = await runCheck(opts, true);
  const change = updateBaseline(baseline, result, acceptNew);
  const path = inputPath(io.cwd, opts.baseline);
  const text = serializeBaseline(change.baseline);
  const before = await readFile(path, 'utf8').catch(() => undefined);
  if (before !== text) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    } catch (e) {
      throw new InputError(opts.baseline, `cannot write baseline: ${(e as Error).message}`);
    }
  }
  io.stdout(`${opts.baseline}: ${describeChange(change)}${before === text ? ' (unchanged)' : ''}\n`);
  for (const e of change.added) io.stdout(`  + ${e.fingerprint} ${e.title}\n`);
  for (const e of change.removed) io.stdout(`  - ${e.fingerprint} ${e.title} (fixed: absent from every run)\n`);
  for (const e of result.notConfirmed) io.stdout(`  = ${e.fingerprint} ${e.title} (kept: absent, not confirmed fixed: ${e.reason})\n`);
  for (const note of updateNotes(change, result, acceptNew, 're-run with --accept-new to accept them')) io.stdout(`  ${note}\n`);
  for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
  return 0;
};

const validate: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(BASELINE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('baseline validate needs at least one FILE');
  for (const p of positionals) {
    const text = await readText(inputPath(io.cwd, p), 'baseline');
    const parsed = parseBaseline(text, p);
    const canonical = serializeBaseline(parsed);
    const note =
      canonical === text ? '' : ' (valid, but not in the canonical form: entries sorted, 2-space JSON; `baseline update` rewrites it)';
    io.stdout(`${p}: valid, ${parsed.leaks.length} leak(s)${note}\n`);
  }
  return 0;
};

export const baselineCommand: Command = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === 'update') return update(rest, io);
  if (sub === 'validate') return validate(rest, io);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout(BASELINE_HELP);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown baseline command '${sub}': expected update or validate`);
};
