// The board fixtures whose binaries only their own cross binutils read
// (hil-arm64-6.1, hil-arm32-6.1): paths, and the reference answers of the
// cross addr2line/readelf run directly, the way the fixtures' READMEs
// checked every frame.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineFrame, LeakRecord } from '../../src/model.js';
import { parseReport } from '../../src/parse/report.js';
import { parseKallsyms } from '../../src/kallsyms/parse.js';
import { symbolizeRecords } from '../../src/symbolize/symbolize.js';
import { fixture } from '../support/paths.js';

export interface CrossBoard {
  name: string;
  dir: string;
  /** The binutils prefix that reads its binaries. */
  cross: string;
  /** The demo_wlan (or demo_filler) module of a version as stored (.ko or .ko.xz). */
  ko: (v: string) => string;
  vmlinuxXz: string;
  run: (v: string, file: string) => string;
}

export function crossBoard(name: string, cross: string): CrossBoard {
  const dir = fixture(name);
  return {
    name,
    dir,
    cross,
    ko: (v) => {
      const plain = join(dir, 'modules', v, v === 'filler' ? 'demo_filler.ko' : 'demo_wlan.ko');
      return existsSync(plain) ? plain : `${plain}.xz`;
    },
    vmlinuxXz: join(dir, 'kernel', 'vmlinux-slim.xz'),
    run: (v, file) => join(dir, 'runs', v, file),
  };
}

export const ARM64 = crossBoard('hil-arm64-6.1', 'aarch64-linux-gnu-');
export const ARM32 = crossBoard('hil-arm32-6.1', 'arm-linux-gnueabihf-');

/** FILE itself, or `xz -dc FILE > OUT` when it is compressed. */
export function unxz(file: string, out: string): string {
  if (!file.endsWith('.xz')) return file;
  execFileSync('sh', ['-c', 'xz -dc "$1" > "$2"', 'sh', file, out]);
  return out;
}

/** A report of the board named by the project's parser and kallsyms symbolizer, as the pipeline gives it to resolve. */
export function boardRecords(b: CrossBoard, v: string, report: string, kallsyms?: string): LeakRecord[] {
  const parsed = parseReport(readFileSync(b.run(v, report), 'utf8'), `runs/${v}/${report}`, 0);
  if (!kallsyms) return parsed.records;
  return symbolizeRecords(parsed.records, [parseKallsyms(readFileSync(b.run(v, kallsyms), 'utf8'), kallsyms)]).records;
}

/** `TOOL -f -i -e BINARY [-j SECTION] ADDRESS`, parsed (TOOL: the cross addr2line, or another to compare). */
export function addr2lineChain(tool: string, binary: string, address: bigint, section?: string): InlineFrame[] {
  const args = ['-f', '-i', '-e', binary, ...(section ? ['-j', section] : []), `0x${address.toString(16)}`];
  const lines = execFileSync(tool, args, { encoding: 'utf8' }).trimEnd().split('\n');
  const chain: InlineFrame[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const m = /^(.*):(\d+)(?: \(discriminator \d+\))?$/.exec(lines[i + 1]!);
    chain.push({ function: lines[i]!, ...(m ? { file: m[1], line: Number(m[2]) } : {}) });
  }
  return chain;
}

export const crossAddr2line = (b: CrossBoard, binary: string, address: bigint, section?: string) =>
  addr2lineChain(`${b.cross}addr2line`, binary, address, section);

/** A function symbol straight from the cross readelf: value and section name. */
export function crossSymbol(b: CrossBoard, binary: string, name: string): { value: bigint; section: string } {
  const readelf = `${b.cross}readelf`;
  const syms = execFileSync(readelf, ['-sW', binary], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  const row = syms.find((c) => c[7] === name && c[3] === 'FUNC');
  if (!row) throw new Error(`${name} not in ${binary}`);
  const sections = execFileSync(readelf, ['-SW', binary], { encoding: 'utf8' });
  const sec = new RegExp(`^\\s*\\[\\s*${row[6]}\\]\\s+(\\S+)`, 'm').exec(sections);
  return { value: BigInt(`0x${row[1]}`), section: sec ? sec[1]! : row[6]! };
}
