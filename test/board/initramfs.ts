// Builds the board test's initramfs: static busybox, the guest /init, the
// project's capture script (the very file that `capture --print-script`
// prints) and the demo driver .ko files that the board's kernel was built
// with (a fixture's .ko.xz is unpacked: the guest's insmod takes a plain .ko).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newcArchive, type CpioEntry } from './newc.js';

export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;

/** The initramfs has no libc: a dynamically linked busybox cannot run as /init. */
export function isStaticElf(bin: Buffer, machine = EM_X86_64): boolean {
  // ELF64 little-endian of the guest's machine (x86_64, arm64)
  if (bin.readUInt32BE(0) !== 0x7f454c46 || bin[4] !== 2 || bin[5] !== 1 || bin.readUInt16LE(18) !== machine) return false;
  const phoff = Number(bin.readBigUInt64LE(0x20));
  const phentsize = bin.readUInt16LE(0x36);
  const phnum = bin.readUInt16LE(0x38);
  for (let i = 0; i < phnum; i++) {
    if (bin.readUInt32LE(phoff + i * phentsize) === 3) return false; // PT_INTERP
  }
  return true;
}

export interface InitramfsInputs {
  busybox: string;
  init: string;
  captureScript: string;
  /** Version directory (v1, v2, v3, filler) -> .ko file (or .ko.xz). */
  modules: Record<string, string>;
  /** ELF e_machine of the guest (default x86_64). */
  machine?: number;
  /** The Debian package the busybox comes from, for the message when it is not static. */
  busyboxPackage?: string;
}

const moduleBytes = (ko: string): Buffer =>
  ko.endsWith('.xz') ? execFileSync('xz', ['-dc', '--', ko], { maxBuffer: 1 << 26 }) : readFileSync(ko);

export function buildInitramfs(inputs: InitramfsInputs): Buffer {
  const busybox = readFileSync(inputs.busybox);
  if (!isStaticElf(busybox, inputs.machine)) {
    throw new Error(
      `${inputs.busybox} is not a static ELF for the guest: install ${inputs.busyboxPackage ?? 'busybox-static'} (scripts/setup-board.sh)`,
    );
  }
  const entries: CpioEntry[] = [
    ...['bin', 'sbin', 'dev', 'proc', 'sys', 'tmp', 'lib', 'lib/modules', 'lib/modules/kleak'].map(
      (name) => ({ kind: 'dir', name }) as const,
    ),
    { kind: 'chardev', name: 'dev/console', major: 5, minor: 1, mode: 0o600 },
    { kind: 'file', name: 'bin/busybox', data: busybox, executable: true },
    { kind: 'symlink', name: 'bin/sh', target: 'busybox' },
    { kind: 'file', name: 'init', data: readFileSync(inputs.init), executable: true },
    { kind: 'file', name: 'bin/kleak-gate-capture', data: readFileSync(inputs.captureScript), executable: true },
  ];
  for (const [version, ko] of Object.entries(inputs.modules)) {
    entries.push({ kind: 'dir', name: `lib/modules/kleak/${version}` });
    const name = (ko.split('/').pop() ?? '').replace(/\.xz$/, '');
    entries.push({ kind: 'file', name: join('lib/modules/kleak', version, name), data: moduleBytes(ko) });
  }
  return gzipSync(newcArchive(entries), { level: 6 });
}
