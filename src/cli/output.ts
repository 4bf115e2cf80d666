// Writes a command's output to --output FILE or standard output.
import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { CliIO } from './io.js';

export async function emit(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  const path = isAbsolute(output) ? output : resolve(io.cwd, output);
  try {
    await writeFile(path, text);
  } catch (e) {
    throw new InputError(output, `cannot write output: ${(e as Error).message}`);
  }
}
