// Builds the board test's initramfs: static busybox, the guest /init, the
// project's capture script (the very file that `capture --print-script`
// prints) and the demo driver .ko files that the hil-6.1 kernel was built with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newcArchive, type CpioEntry } from './newc.js';

/** The initramfs has no libc: a dynamically linked busybox cannot run as /init. */
export function isStaticElf(bin: Buffer): boolean {
  if (bin.readUInt32BE(0) !== 0x7f454c46 || bin[4] !== 2) return false; // ELF64 only (x86_64 guest)
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
  /** Version directory (v1, v2, v3, filler) -> .ko file. */
  modules: Record<string, string>;
}

export function buildInitramfs(inputs: InitramfsInputs): Buffer {
  const busybox = readFileSync(inputs.busybox);
  if (!isStaticElf(busybox)) {
    throw new Error(`${inputs.busybox} is not a static x86_64 ELF: install busybox-static (scripts/setup-board.sh)`);
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
    entries.push({ kind: 'file', name: join('lib/modules/kleak', version, ko.split('/').pop() ?? ''), data: readFileSync(ko) });
  }
  return gzipSync(newcArchive(entries), { level: 6 });
}
