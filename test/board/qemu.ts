// Boots a board fixture's kmemleak kernel under qemu (TCG) with the test's
// initramfs and collects the serial console (the capture directory that the
// guest printed on it is unpacked by src/capture/extract.ts). Arguments go to
// spawn as an array and the console text is only ever parsed, never handed
// to a shell.
import { spawn } from 'node:child_process';

/** The emulated machine: the same as the fixture's boots (its README). */
export interface Machine {
  qemu: string;
  args: string[];
  /** The serial console device on the kernel command line. */
  console: string;
  /** More kernel command line words this machine needs. */
  append?: string[];
}

/** hil-6.1: the default PC, 1 CPU, 1 GiB. no_timer_check: under TCG on a loaded host the
 * IO-APIC timer check can fail and panic before the console is up (a boot that
 * ends silently in early boot), as QEMU's own guest images avoid with it. */
export const X86_64: Machine = { qemu: 'qemu-system-x86_64', args: [], console: 'ttyS0', append: ['no_timer_check'] };
/** hil-arm64-6.1: QEMU `virt` with a Cortex-A57 (its PL011 UART is ttyAMA0); QEMU unpacks Image.gz itself. */
export const ARM64: Machine = { qemu: 'qemu-system-aarch64', args: ['-M', 'virt', '-cpu', 'cortex-a57'], console: 'ttyAMA0' };

export interface BootResult {
  scenario: string;
  console: string;
  exitCode: number | null;
  timedOut: boolean;
  seconds: number;
}

export interface BootOptions {
  kernel: string;
  initrd: string;
  scenario: string;
  /** Extra kernel command line words (e.g. kmemleak=off instead of on). */
  kmemleak?: 'on' | 'off';
  /** More kernel command line words (e.g. no_hash_pointers). */
  extraArgs?: string[];
  timeoutMs: number;
  /** Default: X86_64. */
  machine?: Machine;
}

export function qemuArgs(o: BootOptions): string[] {
  const m = o.machine ?? X86_64;
  const append = [
    `console=${m.console} kmemleak=${o.kmemleak ?? 'on'} panic=-1 kleak.scenario=${o.scenario}`,
    ...(m.append ?? []),
    ...(o.extraArgs ?? []),
  ].join(' ');
  // The same machine as the fixtures: 1 CPU, 1 GiB, TCG (CI has no KVM).
  return [
    ...m.args,
    '-accel',
    'tcg',
    '-nographic',
    '-no-reboot',
    '-m',
    '1G',
    '-smp',
    '1',
    '-kernel',
    o.kernel,
    '-initrd',
    o.initrd,
    '-append',
    append,
  ];
}

export function boot(o: BootOptions): Promise<BootResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn((o.machine ?? X86_64).qemu, qemuArgs(o), { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({
        scenario: o.scenario,
        console: Buffer.concat(chunks).toString('latin1'),
        exitCode,
        timedOut,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
}

/** `BOARD-STEP <step> rc=N` lines, in order. */
export function stepResults(console: string): { step: string; rc: number }[] {
  return [...console.matchAll(/^BOARD-STEP (\w+) rc=(\d+)\r?$/gm)].map((m) => ({ step: m[1] ?? '', rc: Number(m[2]) }));
}

export function consoleTail(console: string, lines = 60): string {
  return console.replace(/\r/g, '').split('\n').slice(-lines).join('\n');
}
