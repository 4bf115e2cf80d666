// Where tests find their data: everything is under test/fixtures, so a
// clone with nothing beside it runs every test.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(repoRoot, 'test/fixtures');
export const hilRuns = join(fixtures, 'hil-6.1/runs');

export function fixture(...parts: string[]): string {
  return join(fixtures, ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixture(...parts), 'utf8');
}

/** syzkaller test files start with a header (TITLE:, TYPE:, ...) up to the first blank line. */
export function stripSyzkallerHeader(text: string): { header: Record<string, string>; body: string } {
  const header: Record<string, string> = {};
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const m = /^([A-Z]+): (.*)$/.exec(lines[i]!);
    if (!m) return { header: {}, body: text };
    header[m[1]!] = m[2]!;
  }
  return { header, body: lines.slice(i + 1).join('\n') };
}

export function readTsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i]!, v])));
}
