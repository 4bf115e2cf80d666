// The output side of a command: --format from the registry, and the text
// written to --output FILE or standard output.
import { writeFile } from 'node:fs/promises';
import { InputError, UsageError } from '../errors.js';
import { inputPath } from '../inputs/paths.js';
import type { CliCommand, RawInputs } from '../inputs/types.js';
import type { OutputFormat } from '../render/format.js';
import { FORMATS } from '../render/index.js';
import type { CliIO } from './io.js';

/** The formats a command can print: symbolize has no verdict, so only those that render bare leaks. */
export function commandFormats(command: CliCommand): OutputFormat[] {
  return FORMATS.filter((f) => command !== 'symbolize' || f.renderLeaks !== undefined);
}

export function chosenFormat(raw: RawInputs, command: CliCommand): OutputFormat {
  const name = (raw.format as string | undefined) ?? 'text';
  const formats = commandFormats(command);
  const format = formats.find((f) => f.name === name);
  if (!format) throw new UsageError(`invalid --format '${name}': expected ${formats.map((f) => f.name).join(', ')}`);
  return format;
}

export async function emit(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(inputPath(io.cwd, output), text);
  } catch (e) {
    throw new InputError(output, `cannot write output: ${(e as Error).message}`);
  }
}
