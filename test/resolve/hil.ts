// Paths and helpers for tests on the real hil-6.1 binaries, all under
// test/fixtures/hil-6.1 (vmlinux slimmed to the units the reports need: see
// its README).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineFrame, LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { parseKallsyms } from '../../src/kallsyms/parse.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = join(repoRoot, 'test/fixtures/hil-6.1');
export const vmlinuxXz = join(fixtures, 'kernel/vmlinux-slim.xz');
export const driverSources = (v: 'v1' | 'v2' | 'v3') => join(fixtures, 'driver', v);
export const ko = (v: 'v1' | 'v2' | 'v3') => join(fixtures, 'modules', v, 'demo_wlan.ko');
export const run = (v: string, file: string) => join(fixtures, 'runs', v, file);

/** A report named by the project's own parser and kallsyms symbolizer, as the pipeline gives it to resolve. */
export function namedRecords(v: string, report: string, kallsyms?: string): LeakRecord[] {
  const parsed = parseReport(readFileSync(run(v, report), 'utf8'), `runs/${v}/${report}`, 0);
  if (!kallsyms) return parsed.records;
  const table = parseKallsyms(readFileSync(run(v, kallsyms), 'utf8'), kallsyms);
  return symbolizeRecords(parsed.records, [table]).records;
}

/** What binutils addr2line says, run directly the way the fixture README checked it. */
export function addr2lineDirect(binary: string, address: number | bigint, section?: string): InlineFrame[] {
  const args = ['-f', '-i', '-e', binary, ...(section ? ['-j', section] : []), `0x${address.toString(16)}`];
  const lines = execFileSync('addr2line', args, { encoding: 'utf8' }).trimEnd().split('\n');
  const chain: InlineFrame[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const m = /^(.*):(\d+)(?: \(discriminator \d+\))?$/.exec(lines[i + 1]!);
    chain.push({ function: lines[i]!, ...(m ? { file: m[1], line: Number(m[2]) } : {}) });
  }
  return chain;
}

/** readelf -s: value, size and section index of a symbol, straight from binutils. */
export function readelfSymbol(binary: string, name: string): { value: number; size: number; shndx: number } {
  const out = execFileSync('readelf', ['-sW', binary], { encoding: 'utf8' });
  const row = out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .find((c) => c[7] === name && c[3] === 'FUNC');
  if (!row) throw new Error(`${name} not in ${binary}`);
  return { value: parseInt(row[1]!, 16), size: Number(row[2]), shndx: Number(row[6]) };
}

export const DWARF_PREFIX = '/home/runner/work/demo-wlan/demo-wlan/';
