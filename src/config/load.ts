// Reading the config file: a missing or unreadable file named by the user is
// bad input (exit 2), never "no config" — that would silently drop a scope.

import { readText } from '../read-text.js';
import { parseConfig } from './parse.js';
import type { Config } from './types.js';

export async function loadConfig(path: string): Promise<Config> {
  return parseConfig(await readText(path, 'config file'), path);
}
