// Device text in the job log: a line of it starting with `::error::` would be
// read by the runner as a workflow command. Such text is printed between
// `::stop-commands::<token>` and `::<token>::`, with a fresh random token the
// device cannot guess, so the runner reads none of it as a command.
// Invisible characters in it are shown as escapes (render/escape.ts).
import { randomUUID } from 'node:crypto';
import { showInvisible } from '../render/escape.js';

export function logUntrusted(write: (text: string) => void, given: string): void {
  const text = showInvisible(given);
  const token = `kleak-gate-${randomUUID()}`;
  write(`::stop-commands::${token}\n`);
  write(text.endsWith('\n') ? text : `${text}\n`);
  write(`::${token}::\n`);
}
