// Reading the config file: a missing or unreadable file named by the user is
// bad input (exit 2), never "no config" — that would silently drop a scope.

import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { parseConfig } from './parse.js';
import type { Config } from './types.js';

export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'config file not found' : `cannot read config file (${code ?? e})`);
  }
  return parseConfig(text, path);
}
