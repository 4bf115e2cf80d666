// Picks, per binary, a symbolizer that can read it. A binutils addr2line
// reads only the ELF targets it was built for (`--help` lists them: the
// host's Debian addr2line has elf64-x86-64 and i386, plus the generic
// elf64-little that opens any ELF but applies no relocations, which is how an
// arm64 .ko gets `??:?` and an arm32 .ko wrong lines). llvm-symbolizer reads
// every target LLVM knows. Order (--symbolizer auto): $CROSS_COMPILE addr2line,
// the machine's `<triple>-addr2line`, any other installed cross addr2line that
// lists the target, the plain addr2line if it lists it, llvm-symbolizer.
import { spawn } from 'node:child_process';
import type { ElfFile } from './elf.js';
import { describeMachine, machineOf, type Machine } from './machine.js';

/** auto | addr2line (binutils only) | llvm-symbolizer (LLVM only) | such a command (a path, `llvm-symbolizer-16`...). */
export type SymbolizerChoice = string;

export type SymbolizerKind = 'binutils' | 'llvm';

export interface Symbolizer {
  command: string;
  kind: SymbolizerKind;
}

export interface SymbolizerRequest {
  /** auto | addr2line (binutils only) | llvm-symbolizer (llvm only) | a command (path or name) to use as is. */
  choice: string;
  /** The kernel build's CROSS_COMPILE prefix (`aarch64-linux-gnu-`): its addr2line is tried first. */
  crossCompile?: string;
}

interface Probe {
  kind: SymbolizerKind;
  /** binutils: the BFD targets it lists. */
  targets: string[];
  /** llvm: major version. */
  version?: number;
}

const LLVM_VERSIONS = [22, 21, 20, 19, 18, 17, 16, 15, 14, 13];

/** LoongArch relocations came with LLVM 16; the rest of the table with far older ones. */
const LLVM_MIN: Record<string, number> = { LoongArch64: 16 };

/** Every triple the machine table names: an installed cross addr2line may read more than its own target (aarch64's lists ARM). */
const ALL_TRIPLES = [
  'aarch64-linux-gnu',
  'arm-linux-gnueabihf',
  'arm-linux-gnueabi',
  'x86_64-linux-gnu',
  'riscv64-linux-gnu',
  'powerpc64le-linux-gnu',
  'powerpc64-linux-gnu',
  'powerpc-linux-gnu',
  's390x-linux-gnu',
  'mips64el-linux-gnuabi64',
  'mipsel-linux-gnu',
  'i686-linux-gnu',
];

export type Choice = { ok: true; tool: Symbolizer } | { ok: false; why: string };

export class SymbolizerFinder {
  private readonly probes = new Map<string, Promise<Probe | undefined>>();

  constructor(private readonly req: SymbolizerRequest) {}

  /** The symbolizer for this binary, or why there is none (one line, naming what to install). */
  async forBinary(elf: ElfFile, shown: string): Promise<Choice> {
    const machine = machineOf(elf);
    if (!machine) return { ok: false, why: `${shown} is for ${describeMachine(elf)}, which kleak-gate does not know a symbolizer for` };
    const { choice } = this.req;
    const named = !['auto', 'addr2line', 'llvm-symbolizer'].includes(choice);
    const candidates = named ? [choice] : this.candidates(machine, choice);
    const seen: string[] = [];
    for (const command of candidates) {
      const p = await this.probe(command);
      if (!p) continue;
      if (reads(p, machine)) return { ok: true, tool: { command, kind: p.kind } };
      seen.push(p.kind === 'llvm' ? `${command} ${p.version ?? '?'} predates ${machine.name}` : `${command} reads ${shortTargets(p)}`);
    }
    const why = named
      ? seen.length > 0
        ? `--symbolizer ${choice} can't read ${machine.name} binaries (${seen[0]})`
        : `--symbolizer ${choice} could not be run`
      : `no ${choice === 'auto' ? 'symbolizer' : choice} here reads ${machine.name} binaries${seen.length ? ` (${seen.join('; ')})` : ''}: install ${installHint(machine, choice)}`;
    return { ok: false, why: `${why}; no source lines from ${shown}` };
  }

  /** "aarch64-linux-gnu-addr2line (Debian binutils-aarch64-linux-gnu)", for messages. */
  binutilsHint(elf: ElfFile): string {
    const m = machineOf(elf);
    return m ? `${m.triples[0]}-addr2line (Debian package ${m.debianPackage})` : 'a binutils addr2line built for it';
  }

  private candidates(machine: Machine, choice: string): string[] {
    const list: string[] = [];
    if (choice !== 'llvm-symbolizer') {
      if (this.req.crossCompile) list.push(`${this.req.crossCompile}addr2line`);
      for (const t of [...machine.triples, ...ALL_TRIPLES]) list.push(`${t}-addr2line`);
      list.push('addr2line');
    }
    // Ubuntu's llvm-N packages (clang's on GitHub runners) install llvm-symbolizer-N only.
    if (choice !== 'addr2line') list.push('llvm-symbolizer', ...LLVM_VERSIONS.map((v) => `llvm-symbolizer-${v}`));
    return [...new Set(list)];
  }

  private probe(command: string): Promise<Probe | undefined> {
    let p = this.probes.get(command);
    if (!p) {
      p = probe(command);
      this.probes.set(command, p);
    }
    return p;
  }
}

function reads(p: Probe, m: Machine): boolean {
  if (p.kind === 'llvm') return (p.version ?? 0) >= (LLVM_MIN[m.name] ?? 0);
  return m.bfdTargets.some((t) => p.targets.includes(t));
}

/** The targets a binutils build adds to the generic ones, for a message ("elf64-x86-64, elf32-i386, ..."). */
function shortTargets(p: Probe): string {
  const own = p.targets.filter((t) => t.startsWith('elf') && !/^elf(32|64)-(little|big)$/.test(t));
  return own.length > 0 ? `${own.slice(0, 3).join(', ')}${own.length > 3 ? ', ...' : ''} only` : 'no ELF target';
}

function installHint(m: Machine, choice: string): string {
  const gnu = `${m.debianPackage} (${m.triples[0]}-addr2line)`;
  if (choice === 'addr2line') return gnu;
  if (choice === 'llvm-symbolizer') return 'llvm (llvm-symbolizer)';
  return `${gnu} or llvm (llvm-symbolizer)`;
}

async function probe(command: string): Promise<Probe | undefined> {
  const version = await output(command, ['--version']);
  if (version === undefined) return undefined;
  if (/LLVM/.test(version)) {
    const v = /LLVM version (\d+)/.exec(version);
    return { kind: 'llvm', targets: [], version: v ? Number(v[1]) : undefined };
  }
  if (!/addr2line/i.test(version)) return undefined;
  const help = (await output(command, ['--help'])) ?? '';
  const m = /supported targets:(.*)/.exec(help);
  return { kind: 'binutils', targets: m ? m[1]!.trim().split(/\s+/) : [] };
}

/** Standard output of a short command, or undefined when it can't be run or fails. */
function output(command: string, args: string[]): Promise<string | undefined> {
  return new Promise((done) => {
    let text = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', () => {
      clearTimeout(timer);
      done(undefined);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code === 0 ? text : undefined);
    });
  });
}
