// Paths and helpers for tests on the real hil-arm64-6.1 binaries (the .ko
// files xz-compressed, the vmlinux slimmed: see the fixture's README). The
// reference answers come from the cross binutils run directly, the way the
// fixture's README checked every frame.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineFrame, LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { parseKallsyms } from '../../src/kallsyms/parse.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { fixture } from '../support/paths.js';

export const arm64 = fixture('hil-arm64-6.1');
export const koXz = (v: string) => join(arm64, 'modules', v, v === 'filler' ? 'demo_filler.ko.xz' : 'demo_wlan.ko.xz');
export const armRun = (v: string, file: string) => join(arm64, 'runs', v, file);
export const vmlinuxSlimXz = join(arm64, 'kernel', 'vmlinux-slim.xz');
export const CROSS = 'aarch64-linux-gnu-';

/** xz -dc FILE > OUT (the fixtures keep binaries compressed). */
export function unxz(file: string, out: string): string {
  execFileSync('sh', ['-c', 'xz -dc "$1" > "$2"', 'sh', file, out]);
  return out;
}

export function armRecords(v: string, report: string, kallsyms?: string): LeakRecord[] {
  const parsed = parseReport(readFileSync(armRun(v, report), 'utf8'), `runs/${v}/${report}`, 0);
  if (!kallsyms) return parsed.records;
  return symbolizeRecords(parsed.records, [parseKallsyms(readFileSync(armRun(v, kallsyms), 'utf8'), kallsyms)]).records;
}

/** `aarch64-linux-gnu-addr2line -f -i -e BINARY [-j SECTION] ADDRESS`, parsed. */
export function crossAddr2line(binary: string, address: bigint, section?: string): InlineFrame[] {
  const args = ['-f', '-i', '-e', binary, ...(section ? ['-j', section] : []), `0x${address.toString(16)}`];
  const lines = execFileSync(`${CROSS}addr2line`, args, { encoding: 'utf8' }).trimEnd().split('\n');
  const chain: InlineFrame[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const m = /^(.*):(\d+)(?: \(discriminator \d+\))?$/.exec(lines[i + 1]!);
    chain.push({ function: lines[i]!, ...(m ? { file: m[1], line: Number(m[2]) } : {}) });
  }
  return chain;
}

/** A function symbol straight from the cross readelf: value and section name. */
export function crossSymbol(binary: string, name: string): { value: bigint; section: string } {
  const syms = execFileSync(`${CROSS}readelf`, ['-sW', binary], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const row = syms.find((c) => c[7] === name && c[3] === 'FUNC');
  if (!row) throw new Error(`${name} not in ${binary}`);
  const sections = execFileSync(`${CROSS}readelf`, ['-SW', binary], { encoding: 'utf8' });
  const sec = new RegExp(`^\\s*\\[\\s*${row[6]}\\]\\s+(\\S+)`, 'm').exec(sections);
  return { value: BigInt(`0x${row[1]}`), section: sec ? sec[1]! : row[6]! };
}
