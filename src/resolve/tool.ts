// Runs addr2line or llvm-symbolizer once per binary, with every address of
// that binary on standard input, and splits the answer per address. One
// process per binary (not per frame, as decode_stacktrace.sh does) is what
// makes a 1,000-record report take a second instead of minutes. Arguments
// go in an array (no shell): nothing from a device report reaches a command line.
import { spawn } from 'node:child_process';
import type { InlineFrame } from '../model.js';
import { hex } from '../model/hex.js';
import type { Symbolizer, SymbolizerKind } from './symbolizers.js';

/** One address's answer, innermost frame first (as both tools print it). */
export type Chain = InlineFrame[];

export type ToolResult = { ok: true; chains: Chain[] } | { ok: false; error: string; missing: boolean };

export function toolArgs(kind: SymbolizerKind, binary: string): string[] {
  return kind === 'binutils'
    ? ['-a', '-f', '-i', '-e', binary]
    : [`--obj=${binary}`, '--inlines', '--functions=short', '--output-style=LLVM', '--no-demangle'];
}

export async function runTool(symbolizer: Symbolizer, binary: string, addresses: bigint[], timeoutMs: number): Promise<ToolResult> {
  const tool = symbolizer.command;
  return new Promise((done) => {
    let settled = false;
    const finish = (r: ToolResult) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        done(r);
      }
    };
    const child = spawn(tool, toolArgs(symbolizer.kind, binary), { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, missing: false, error: `${tool} did not finish within ${timeoutMs / 1000} s on ${binary}` });
    }, timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish({
        ok: false,
        missing: e.code === 'ENOENT',
        error: e.code === 'ENOENT' ? `${tool} is not installed` : `${tool} could not be run: ${e.message}`,
      }),
    );
    // A tool that dies early closes its stdin; that shows up as 'close' below.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const why = signal ? `was killed by ${signal}` : `exited with ${code}`;
        return finish({ ok: false, missing: false, error: `${tool} ${why} on ${binary}${err ? `: ${err.trim().split('\n')[0]}` : ''}` });
      }
      const text = Buffer.concat(out).toString('utf8');
      const chains = symbolizer.kind === 'binutils' ? parseAddr2line(text) : parseLlvm(text);
      if (chains.length !== addresses.length) {
        return finish({
          ok: false,
          missing: false,
          error: `${tool} answered ${chains.length} of ${addresses.length} addresses on ${binary}`,
        });
      }
      finish({ ok: true, chains });
    });
    child.stdin.end(addresses.map((a) => `${hex(a)}\n`).join(''));
  });
}

/** "file:line" / "file:line (discriminator N)" / "??:0" / "??:?" */
function place(text: string, withColumn: boolean): { file?: string; line?: number } {
  const re = withColumn ? /^(.*):(\d+):\d+$/ : /^(.*):(\d+|\?)(?: \(discriminator \d+\))?$/;
  const m = re.exec(text);
  if (!m || m[1] === '??' || m[1] === '' || m[2] === '?' || m[2] === '0') return {};
  return { file: m[1], line: Number(m[2]) };
}

const fn = (name: string) => (name === '??' || name === '' ? undefined : name);

/** `-a`: each answer starts with the echoed address, then function/place pairs. */
export function parseAddr2line(text: string): Chain[] {
  const chains: Chain[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length;) {
    const l = lines[i]!;
    if (!/^0x[0-9a-f]+$/.test(l)) {
      i++;
      continue;
    }
    const chain: Chain = [];
    i++;
    while (i + 1 < lines.length && !/^0x[0-9a-f]+$/.test(lines[i]!)) {
      chain.push({ function: fn(lines[i]!) ?? '??', ...place(lines[i + 1]!, false) });
      i += 2;
    }
    chains.push(chain);
  }
  return chains;
}

/** LLVM style: function/place pairs, a blank line after each address. */
export function parseLlvm(text: string): Chain[] {
  const chains: Chain[] = [];
  let chain: Chain = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') {
      if (chain.length > 0) chains.push(chain);
      chain = [];
      continue;
    }
    chain.push({ function: fn(lines[i]!) ?? '??', ...place(lines[i + 1] ?? '', true) });
    i++;
  }
  if (chain.length > 0) chains.push(chain);
  return chains;
}
