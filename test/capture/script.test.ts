// The board script on the host: lint (shellcheck, busybox ash's parser) and
// its refusals, run under busybox ash against a /proc and /sys tree built
// from the real reload-v1 capture (KLEAK_GATE_SYSROOT). Its run on the real
// kernel is test/board/qemu.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { captureScriptText } from '../../src/capture/script.js';
import { capture } from '../../src/cli/commands/capture.js';

const script = fileURLToPath(new URL('../../src/capture/kleak-gate-capture.sh', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/capture/', import.meta.url));
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';
const has = (tool: string): boolean => spawnSync(tool, ['--help']).error === undefined;
// Locally a missing tool skips (with a message); in CI setup-board.sh installs them.
const skipShellcheck = !has('shellcheck') && !inCI;
const skipBusybox = !has('busybox') && !inCI;
if (skipShellcheck || skipBusybox)
  console.warn('SKIPPED parts of test/capture/script.test.ts: shellcheck or busybox missing (bash scripts/setup-board.sh)');

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A sysroot like the board's when demo_wlan was loaded (reload-v1, snapshot-1). */
function sysroot(kallsyms = join(fixtures, 'reload-v1', 'snapshot-1', 'kallsyms.txt')): string {
  const root = mkdtempSync(join(tmpdir(), 'kleak-sysroot-'));
  temps.push(root);
  const snap = join(fixtures, 'reload-v1', 'snapshot-1');
  const w = (p: string, text: string | Buffer): void => {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), text);
  };
  w('proc/sys/kernel/random/boot_id', '3beca64e-d8b2-49ab-9742-d6f7e999e470\n');
  w('proc/sys/kernel/osrelease', '6.1.192\n');
  w('proc/sys/kernel/kptr_restrict', '0\n');
  w('proc/cmdline', 'console=ttyS0 kmemleak=on\n');
  w('proc/uptime', '12.40 11.00\n');
  w('proc/timer_list', 'now at 12400000000 nsecs\njiffies: 4294895196\n');
  cpSync(kallsyms, join(root, 'proc/kallsyms'));
  cpSync(join(snap, 'modules.txt'), join(root, 'proc/modules'));
  for (const line of readFileSync(join(snap, 'sections', 'demo_wlan.txt'), 'utf8')
    .trim()
    .split('\n')) {
    const [name, addr] = line.split(' ');
    w(`sys/module/demo_wlan/sections/${name}`, `${addr}\n`);
  }
  const note = readFileSync(join(snap, 'build-id', 'demo_wlan.hex'), 'utf8').trim();
  w('sys/module/demo_wlan/notes/.note.gnu.build-id', Buffer.from(note, 'hex'));
  w('sys/kernel/debug/kmemleak', '');
  return root;
}

function run(root: string, ...args: string[]): { code: number | null; stderr: string } {
  const r = spawnSync('busybox', ['sh', script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, KLEAK_GATE_SYSROOT: root, KLEAK_GATE_MIN_AGE_WAIT: '0' },
  });
  return { code: r.status, stderr: r.stderr };
}

describe('kleak-gate-capture.sh', () => {
  it.skipIf(skipShellcheck)('is shellcheck clean as POSIX sh', () => {
    const r = spawnSync('shellcheck', ['-s', 'sh', script], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(skipBusybox)('parses under busybox ash', () => {
    expect(spawnSync('busybox', ['sh', '-n', script]).status).toBe(0);
  });

  it.skipIf(skipBusybox)('exits 2 on usage errors', () => {
    const root = sysroot();
    expect(run(root).code).toBe(2);
    expect(run(root, 'frobnicate', join(root, 'cap')).code).toBe(2);
    expect(run(root, 'snapshot', join(root, 'cap')).code).toBe(2);
  });

  it.skipIf(skipBusybox)('begin refuses a kernel without kmemleak and says so in the manifest', () => {
    const root = sysroot();
    rmSync(join(root, 'sys/kernel/debug/kmemleak'));
    const r = run(root, 'begin', join(root, 'cap'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/CONFIG_DEBUG_KMEMLEAK/);
    expect(readFileSync(join(root, 'cap/manifest.txt'), 'utf8')).toMatch(/^kmemleak=absent\nerror=begin: no /m);
  });

  it.skipIf(skipBusybox)('snapshot copies kallsyms, modules, sections and the build-id note unchanged', () => {
    const root = sysroot();
    const cap = join(root, 'cap');
    expect(run(root, 'begin', cap).code).toBe(0);
    const r = run(root, 'snapshot', cap, 'demo-wlan');
    expect(r.code, r.stderr).toBe(0);
    const snap = join(fixtures, 'reload-v1', 'snapshot-1');
    for (const f of ['kallsyms.txt', 'modules.txt', 'sections/demo_wlan.txt', 'build-id/demo_wlan.hex']) {
      expect(readFileSync(join(cap, 'snapshot-1', f), 'utf8'), f).toBe(readFileSync(join(snap, f), 'utf8'));
    }
    const manifest = readFileSync(join(cap, 'manifest.txt'), 'utf8');
    expect(manifest).toMatch(/^snapshot\.1\.modules=demo_wlan$/m);
    expect(manifest).toMatch(/^snapshot\.1\.jiffies=4294895196$/m);
    expect(manifest).not.toMatch(/^error=/m);
  });

  it.skipIf(skipBusybox)('snapshot refuses an all-zero kallsyms, a module that is not loaded, and another boot', () => {
    const zero = sysroot(join(fixtures, 'kptr2', 'snapshot-1', 'kallsyms.txt'));
    expect(run(zero, 'begin', join(zero, 'cap')).code).toBe(0);
    const r = run(zero, 'snapshot', join(zero, 'cap'), 'demo_wlan');
    expect(r.code).toBe(1);
    expect(readFileSync(join(zero, 'cap/manifest.txt'), 'utf8')).toMatch(/^error=snapshot: .*only zero addresses/m);

    const root = sysroot();
    const cap = join(root, 'cap');
    expect(run(root, 'begin', cap).code).toBe(0);
    expect(run(root, 'snapshot', cap, 'demo_filler').stderr).toMatch(/demo_filler is not loaded/);
    writeFileSync(join(root, 'proc/sys/kernel/random/boot_id'), '00000000-1111-4222-8333-444444444444\n');
    const other = run(root, 'snapshot', cap, 'demo_wlan');
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/rebooted since 'begin'/);
  });
});

describe('kleak-gate capture --print-script', () => {
  it('prints the script file byte for byte', async () => {
    let out = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: () => {},
      cwd: '.',
      env: {},
      readStdin: async () => '',
      now: () => new Date(0),
    };
    expect(await capture(['--print-script'], io)).toBe(0);
    expect(out).toBe(readFileSync(script, 'utf8'));
    expect(captureScriptText()).toBe(out);
    expect(await capture([], io)).toBe(2);
  });
});
