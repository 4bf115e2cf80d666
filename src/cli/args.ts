// The CLI's flags and their help, derived from the input table: node's own
// parseArgs in strict mode, so an unknown option or a missing value is a
// usage error (exit 2), never ignored.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { INPUTS } from '../inputs/table.js';
import type { CliCommand, InputDef, RawInputs } from '../inputs/types.js';
import type { Label } from '../inputs/values.js';
import { wrapWords } from '../inputs/wrap.js';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export function parseOptions<T extends Spec>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
}

export function commandInputs(command: CliCommand): InputDef[] {
  return INPUTS.filter((d) => d.cli?.includes(command));
}

/** How the CLI names an input in messages. */
export const cliLabel: Label = (name) => (INPUTS.find((d) => d.name === name)?.positional ? name.toUpperCase() : `--${name}`);

/** A command's flags, help, and its raw input values (REPORT... are the positionals). */
export function parseCommand(argv: string[], command: CliCommand): { raw: RawInputs; help: boolean; positionals: string[] } {
  const spec: Spec = { help: { type: 'boolean', short: 'h' } };
  for (const d of commandInputs(command)) {
    if (d.positional) continue;
    spec[d.name] = d.kind === 'boolean' ? { type: 'boolean' } : { type: 'string', ...(d.kind === 'paths' ? { multiple: true } : {}) };
  }
  const { values, positionals } = parseOptions(argv, spec);
  const raw: RawInputs = {};
  for (const d of commandInputs(command)) raw[d.name] = d.positional ? positionals : (values[d.name] as RawInputs[string]);
  return { raw, help: values.help === true, positionals };
}

function metavar(d: InputDef): string {
  if (d.kind === 'boolean') return '';
  if (d.kind === 'choice') return ` ${d.choices!.join('|')}`;
  return ` ${d.metavar ?? 'VALUE'}`;
}

const COLUMN = 30;
const WIDTH = 110;

/** The input lines of a command's --help, from the table. */
export function inputsHelp(command: CliCommand, choices?: Partial<Record<string, readonly string[]>>): string {
  const out: string[] = [];
  for (const d of commandInputs(command)) {
    const shown = choices?.[d.name] ? { ...d, choices: choices[d.name] } : d;
    const flag = d.positional
      ? `${d.metavar ?? d.name.toUpperCase()}...`
      : `--${d.name}${metavar(shown)}${d.kind === 'paths' ? '...' : ''}`;
    const dflt = d.defaultText ?? (d.default !== undefined && d.kind !== 'boolean' ? String(d.default) : undefined);
    const stdin = d.positional ? ' - reads standard input.' : '';
    const text = wrapWords(`${d.help}${stdin}${dflt ? ` Default: ${dflt}.` : ''}`, WIDTH - COLUMN);
    const head = `  ${flag}`;
    if (head.length < COLUMN) out.push(head.padEnd(COLUMN) + text.shift());
    else out.push(head);
    for (const l of text) out.push(' '.repeat(COLUMN) + l);
  }
  return out.join('\n') + '\n';
}
