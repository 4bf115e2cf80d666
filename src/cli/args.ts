// Shared option parsing: node's own parseArgs in strict mode, so an unknown
// option or a missing value is a usage error (exit 2), never ignored.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG } from '../config/default-path.js';
import { UsageError } from '../errors.js';
import type { AnalyzeOptions, SymbolizerChoice } from '../pipeline/options.js';
import type { CliIO } from './io.js';

export const INPUT_OPTIONS = {
  capture: { type: 'string', multiple: true },
  kallsyms: { type: 'string', multiple: true },
  'debug-info': { type: 'string', multiple: true },
  'module-sections': { type: 'string', multiple: true },
  'source-root': { type: 'string' },
  symbolizer: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export function parseOptions<T extends Spec>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
}

const SYMBOLIZERS: SymbolizerChoice[] = ['auto', 'addr2line', 'llvm-symbolizer'];

export function analyzeOptions(positionals: string[], values: Record<string, unknown>, io: CliIO): AnalyzeOptions {
  const list = (k: string) => (values[k] as string[] | undefined) ?? [];
  const symbolizer = (values.symbolizer as string | undefined) ?? 'auto';
  if (!SYMBOLIZERS.includes(symbolizer as SymbolizerChoice)) {
    throw new UsageError(`invalid --symbolizer '${symbolizer}': expected ${SYMBOLIZERS.join(', ')}`);
  }
  const opts: AnalyzeOptions = {
    reports: positionals,
    captures: list('capture'),
    kallsyms: list('kallsyms'),
    debugInfo: list('debug-info'),
    moduleSections: list('module-sections'),
    symbolizer: symbolizer as SymbolizerChoice,
    cwd: io.cwd,
    stdin: io.readStdin,
  };
  const root = values['source-root'] as string | undefined;
  if (root !== undefined) opts.sourceRoot = root;
  return opts;
}

export function formatOption<F extends string>(values: Record<string, unknown>, allowed: readonly F[], fallback: F): F {
  const f = (values.format as string | undefined) ?? fallback;
  if (!allowed.includes(f as F)) throw new UsageError(`invalid --format '${f}': expected ${allowed.join(', ')}`);
  return f as F;
}

/** --config, else the repository's .kleak-gate.yml when there is one (as the Action and the hook do). */
export function configOption(given: string | undefined, io: CliIO): string | undefined {
  if (given !== undefined) return given;
  return existsSync(join(io.cwd, DEFAULT_CONFIG)) ? DEFAULT_CONFIG : undefined;
}
