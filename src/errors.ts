import { showInvisible } from './render/escape.js';

// Bad input must stop the run with exit code 2 and one line that names the
// file, the line (where there is one) and the cause: never a pass.

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly cause_: string,
    readonly line?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${cause_}`);
    this.name = 'InputError';
  }
}

/** A usage error (unknown option, bad value): also exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function isInputProblem(e: unknown): e is InputError | UsageError {
  return e instanceof InputError || e instanceof UsageError;
}

/** One line, whatever the message holds (device text may carry newlines, and invisible characters: shown escaped). */
export function oneLine(text: string): string {
  return showInvisible(text.replace(/[\r\n]+/g, ' ').trim());
}
