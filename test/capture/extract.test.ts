// `kleak-gate capture extract`: the capture directory back from a log in
// which the board printed it. The log is real guest output: the serial
// console of the qemu board's v3 boot (test/fixtures/capture/v3-console.txt,
// `kleak-gate-capture print` inside the hil-6.1 kernel). The LAVA form, the
// damaged copies and the `../` archive are derived from it or built here, as
// each test says.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { extractCapture, findCaptureBlocks } from '../../src/capture/extract.js';
import { readCaptureDir } from '../../src/capture/read.js';
import { runCli } from '../../src/cli/run.js';
import { InputError } from '../../src/errors.js';

const fixtures = fileURLToPath(new URL('../fixtures/capture/', import.meta.url));
const script = fileURLToPath(new URL('../../src/capture/kleak-gate-capture.sh', import.meta.url));
const consoleLog = readFileSync(join(fixtures, 'v3-console.txt'), 'latin1');
const consoleLines = consoleLog.split('\n');
const beginLine = consoleLines.findIndex((l) => l.startsWith('===KLEAK-CAPTURE-BEGIN ')) + 1;
const endLine = consoleLines.findIndex((l) => l.startsWith('===KLEAK-CAPTURE-END===')) + 1;
const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';
const skipBusybox = spawnSync('busybox', ['--help']).error !== undefined && !inCI;

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'kleak-extract-'));
  temps.push(d);
  return d;
}

/** Every file under dir, relative path -> bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out.set(p.slice(dir.length + 1), readFileSync(p));
  }
  return out;
}

/**
 * Derived: the console log as LAVA's log.yaml carries it. Each console line
 * becomes a "target" record (its trailing \r kept, as LAVA keeps what the
 * serial port sent), with LAVA's own records around and inside the block, as
 * a job log interleaves them.
 */
function asLavaLog(text: string): string {
  const rec = (lvl: string, msg: string, i: number): string =>
    `- {"dt": "2026-11-25T18:26:${String(i % 60).padStart(2, '0')}.${String(i).padStart(6, '0')}", "lvl": "${lvl}", "msg": ${JSON.stringify(msg)}}`;
  const out = [rec('info', 'start: 2.4.4 auto-login-action (timeout 00:04:00) [common]', 0)];
  text.split('\n').forEach((line, i) => {
    if (i === beginLine + 10) out.push(rec('debug', 'feedback: ===KLEAK-CAPTURE-END=== from the other namespace', i));
    out.push(rec('target', line.replace(/\n$/, ''), i));
  });
  out.push(rec('info', 'end: 2.4.4 auto-login-action (duration 00:00:31) [common]', text.length));
  out.push(rec('results', '{"definition": "lava", "case": "job", "result": "pass"}', text.length + 1));
  return `${out.join('\n')}\n`;
}

function expectInputError(f: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as Error).message).toMatch(message);
}

describe('capture extract: the real board console', () => {
  it('unpacks the v3 capture, checked against the size and sha256 the board printed', async () => {
    const to = join(tmp(), 'kg');
    const r = extractCapture(consoleLog, 'v3-console.txt', to);
    expect(r.count).toBe(1);
    expect(r.block.line).toBe(beginLine);
    expect(r.block.endLine).toBe(endLine);
    expect(r.files.sort()).toEqual([
      'dmesg-kmemleak.txt',
      'manifest.txt',
      'report-before-begin.txt',
      'report.txt',
      'snapshot-1/build-id/demo_wlan.hex',
      'snapshot-1/kallsyms.txt',
      'snapshot-1/modules.txt',
      'snapshot-1/sections/demo_wlan.txt',
    ]);
    // the directory is the capture itself (names relative to it)
    const cap = await readCaptureDir(to);
    expect(cap.kernelRelease).toBe('6.1.192');
    expect(cap.buildIds.map((b) => b.buildId)).toEqual(['8a3688804243876075a6db164adfcff9f6c5fdb5']);
    expect(cap.report.text).toMatch(/^unreferenced object 0x[0-9a-f]+ \(size 512\):/m);
  });

  it('reads the same directory out of the LAVA job log form (log.yaml, derived from the console)', () => {
    const lava = asLavaLog(consoleLog);
    const a = join(tmp(), 'console');
    const b = join(tmp(), 'lava');
    extractCapture(consoleLog, 'v3-console.txt', a);
    const r = extractCapture(lava, 'job-log.yaml', b);
    expect(r.count).toBe(1);
    expect(tree(b)).toEqual(tree(a));
    expect(tree(b).size).toBe(8);
  });

  it('takes the last block of several, or --index N', () => {
    const two = consoleLog + consoleLog;
    const blocks = findCaptureBlocks(two);
    expect(blocks.map((b) => b.line)).toEqual([beginLine, consoleLines.length - 1 + beginLine]);
    expect(extractCapture(two, 'two.log', join(tmp(), 'a')).block.index).toBe(2);
    expect(extractCapture(two, 'two.log', join(tmp(), 'b'), 1).block.line).toBe(beginLine);
    expectInputError(() => extractCapture(two, 'two.log', join(tmp(), 'c'), 3), /^two\.log: no capture block 3: the log holds 2$/);
  });

  it.skipIf(skipBusybox)('round-trips what `kleak-gate-capture.sh print` writes under busybox ash (a real capture, reload-v1)', () => {
    const root = tmp();
    const dir = join(root, 'kg');
    cpSync(join(fixtures, 'reload-v1'), dir, { recursive: true });
    // the sysroot holds a printk file, so the host's is never touched
    const printk = join(root, 'proc', 'sys', 'kernel', 'printk');
    mkdirSync(join(printk, '..'), { recursive: true });
    writeFileSync(printk, '4\t4\t1\t7\n');
    const r = spawnSync('busybox', ['sh', script, 'print', dir], {
      encoding: 'latin1',
      env: { PATH: process.env.PATH, KLEAK_GATE_SYSROOT: root, TMPDIR: root },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^===KLEAK-CAPTURE-BEGIN sha256=[0-9a-f]{64} bytes=\d+===\n[A-Za-z0-9+/=\n]+===KLEAK-CAPTURE-END===\n$/);
    expect(readFileSync(printk, 'utf8')).toBe('4\t4\t1\t7\n'); // restored
    expect(readdirSync(root).filter((f) => f.endsWith('.tgz'))).toEqual([]); // temp file removed
    // after the board's console: this block is the last, so it is the default
    const log = consoleLog + r.stdout;
    const to = join(tmp(), 'out');
    const x = extractCapture(log, 'mixed.log', to);
    expect(x.count).toBe(2);
    expect(tree(to)).toEqual(tree(join(fixtures, 'reload-v1')));
    // a directory that is not a capture is refused on the board
    const bad = spawnSync('busybox', ['sh', script, 'print', join(root, 'nothing')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, KLEAK_GATE_SYSROOT: root },
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
  });
});

describe('capture extract refuses (exit 2, naming the log and the line)', () => {
  const lines = (): string[] => consoleLog.split('\n');

  it('no block in the log (a real console without one)', () => {
    const plainBoot = lines()
      .slice(0, beginLine - 1)
      .join('\n');
    expectInputError(() => extractCapture(plainBoot, 'boot.log', join(tmp(), 'x')), /^boot\.log: no capture block/);
  });

  it('corrupted base64 (derived: one character of a line replaced by one outside the alphabet)', () => {
    const l = lines();
    const k = beginLine + 100; // 0-based index of log line k + 1
    l[k] = `${l[k]!.slice(0, 10)}*${l[k]!.slice(11)}`;
    expectInputError(
      () => extractCapture(l.join('\n'), 'v3.log', join(tmp(), 'x')),
      new RegExp(`^v3\\.log:${k + 1}: capture block 1: not base64`),
    );
  });

  it('a sha256 mismatch (derived: one base64 character changed to another valid one)', () => {
    const l = lines();
    const k = beginLine + 100;
    const c = l[k]![10] === 'A' ? 'B' : 'A';
    l[k] = `${l[k]!.slice(0, 10)}${c}${l[k]!.slice(11)}`;
    const to = join(tmp(), 'x');
    expectInputError(
      () => extractCapture(l.join('\n'), 'v3.log', to),
      new RegExp(`^v3\\.log:${beginLine}: capture block 1: sha256 [0-9a-f]{64} does not match the board's`),
    );
    expect(existsSync(to)).toBe(false);
  });

  it('a malformed BEGIN marker (derived: the byte count cut off)', () => {
    const l = lines();
    l[beginLine - 1] = l[beginLine - 1]!.replace(/ bytes=\d+===/, ' bytes=19');
    expectInputError(
      () => extractCapture(l.join('\n'), 'v3.log', join(tmp(), 'x')),
      new RegExp(`^v3\\.log:${beginLine}: capture block 1: malformed marker`),
    );
  });

  it('a line lost on the console (derived: one base64 line dropped)', () => {
    const l = lines();
    l.splice(beginLine + 100, 1);
    expectInputError(
      () => extractCapture(l.join('\n'), 'v3.log', join(tmp(), 'x')),
      /^v3\.log:\d+: capture block 1: \d+ bytes decoded, the board printed 196018/,
    );
  });

  it('a missing END marker (derived: the log cut inside the block)', () => {
    const cut = lines()
      .slice(0, beginLine + 500)
      .join('\n');
    expectInputError(
      () => extractCapture(cut, 'v3.log', join(tmp(), 'x')),
      new RegExp(`^v3\\.log:${beginLine}: capture block 1 is cut off: no ===KLEAK-CAPTURE-END===`),
    );
  });

  it('a tar member named ../ (synthetic: a hand-written ustar header; busybox tar on a board never writes one, a hostile or broken device could)', () => {
    const data = Buffer.from('owned\n');
    const header = Buffer.alloc(512);
    const put = (off: number, s: string): void => void header.write(s, off, 'latin1');
    put(0, '../evil.txt');
    put(100, '0000644\0');
    put(108, '0000000\0');
    put(116, '0000000\0');
    put(124, `${data.length.toString(8).padStart(11, '0')}\0`);
    put(136, '00000000000\0');
    put(156, '0');
    put(257, 'ustar\0');
    put(263, '00');
    put(148, '        ');
    let sum = 0;
    for (const b of header) sum += b;
    put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
    const body = Buffer.alloc(512);
    data.copy(body);
    const tgz = gzipSync(Buffer.concat([header, body, Buffer.alloc(1024)]));
    const sha = createHash('sha256').update(tgz).digest('hex');
    const b64 = tgz
      .toString('base64')
      .match(/.{1,76}/g)!
      .join('\n');
    const log = `[    1.0] boot\n===KLEAK-CAPTURE-BEGIN sha256=${sha} bytes=${tgz.length}===\n${b64}\n===KLEAK-CAPTURE-END===\n`;
    const root = tmp();
    const to = join(root, 'kg');
    expectInputError(
      () => extractCapture(log, 'hostile.log', to),
      /^hostile\.log:2: capture archive: refusing entry name "\.\.\/evil\.txt"/,
    );
    expect(existsSync(join(root, 'evil.txt'))).toBe(false);
    expect(readdirSync(to)).toEqual([]);
  });

  it('through the CLI: exit 2 with one line; exit 0 and the directory otherwise', async () => {
    const dir = tmp();
    const log = join(dir, 'job-log.yaml');
    writeFileSync(log, asLavaLog(consoleLog));
    const cut = join(dir, 'cut.log');
    writeFileSync(
      cut,
      lines()
        .slice(0, beginLine + 5)
        .join('\n'),
    );
    const run = async (...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const code = await runCli(argv, {
        stdout: (t) => void (out += t),
        stderr: (t) => void (err += t),
        cwd: dir,
        env: {},
        readStdin: async () => '',
        now: () => new Date(0),
      });
      return { code, out, err };
    };
    const ok = await run('capture', 'extract', 'job-log.yaml', '--to', 'kg');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).toMatch(
      new RegExp(`capture block 1 of 1 \\(job-log\\.yaml:${beginLine + 1}, 196018 bytes, sha256 ok\\): 8 files in kg`),
    );
    expect(existsSync(join(dir, 'kg', 'manifest.txt'))).toBe(true);
    const bad = await run('capture', 'extract', 'cut.log', '--to', 'kg2');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      `kleak-gate: cut.log:${beginLine}: capture block 1 is cut off: no ===KLEAK-CAPTURE-END=== after its BEGIN (the board stopped or the log was truncated)\n`,
    );
    expect((await run('capture', 'extract', 'job-log.yaml')).code).toBe(2); // no --to
    expect((await run('capture', 'extract', 'job-log.yaml', '--to', 'kg3', '--index', '0')).code).toBe(2);
  });
});
