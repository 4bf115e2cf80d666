// Reading input files at the edge: every failure becomes an InputError that
// names the file and the cause.

import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';

export async function readText(path: string, what: string, stdin?: () => Promise<string>): Promise<string> {
  if (path === '-') {
    if (!stdin) throw new InputError('-', 'standard input is not available here');
    return stdin();
  }
  try {
    const buf = await readFile(path);
    return buf.toString('utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const cause =
      err.code === 'ENOENT'
        ? `${what} not found`
        : err.code === 'EACCES'
          ? `${what} not readable (permission denied)`
          : err.code === 'EISDIR'
            ? `${what} is a directory, expected a file`
            : `cannot read ${what}: ${err.message}`;
    throw new InputError(path, cause);
  }
}

export async function readOptionalText(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path)).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(path, `cannot read: ${(e as Error).message}`);
  }
}
