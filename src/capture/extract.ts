// `kleak-gate capture extract LOG --to DIR`: gets a capture directory back
// from a log in which the board printed it (`kleak-gate-capture.sh print`):
//
//   ===KLEAK-CAPTURE-BEGIN sha256=<hex of the .tar.gz> bytes=<its size>===
//   base64 lines of the .tar.gz
//   ===KLEAK-CAPTURE-END===
//
// LOG is a serial console log, a dmesg-style log or a LAVA job log (log.yaml:
// the msg of the board's "target" lines, LAVA's own lines skipped). The
// block is device output carried over a lossy line, so everything is checked
// before a byte is written: the base64 alphabet, the size and sha256 the
// board computed, the gzip stream, and a strict tar reader that accepts only
// plain files and directories with ordinary relative names (no links, no
// devices, no '..', no absolute paths). Any problem is an InputError naming
// the log and the line.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { unwrapLava } from '../parse/lines.js';

const BEGIN = /^===KLEAK-CAPTURE-BEGIN sha256=([0-9a-f]{64}) bytes=(\d+)===$/;
const BEGIN_LOOSE = /^===KLEAK-CAPTURE-BEGIN\b/;
const END = '===KLEAK-CAPTURE-END===';
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;
// A whole kernel message between two base64 lines (printk was not quiet
// enough): not part of the block. One that split a base64 line fails the sha256.
const KERNEL_LINE = /^(?:<\d+>)?\[\s*\d+\.\d+\]/;
// eslint-disable-next-line no-control-regex -- escape sequences are what it removes
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1bc/g;
// A capture is a few MB (kallsyms per snapshot); far beyond is not one.
const MAX_UNPACKED = 512 * 1024 * 1024;

export interface CaptureBlock {
  /** 1-based, in the order the blocks appear in the log. */
  index: number;
  /** 1-based line of the BEGIN marker in the log file. */
  line: number;
  /** 1-based line of the END marker; undefined when the block was cut off. */
  endLine?: number;
  sha256: string;
  bytes: number;
  /** The BEGIN line when it is not `sha256=<64 hex> bytes=<n>`: refused if this block is the one asked for. */
  malformed?: string;
  /** The base64 text of the block, and the log line of each of its lines. */
  base64: { text: string; line: number }[];
}

/** Every capture block of a log, complete or not, in order. */
export function findCaptureBlocks(text: string): CaptureBlock[] {
  const raw = text.split('\n');
  const lines = unwrapLava(raw) ?? raw;
  const blocks: CaptureBlock[] = [];
  let open: CaptureBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === null || l === undefined) continue; // LAVA's own line
    const s = (l.includes('\x1b') ? l.replace(ANSI, '') : l).trim();
    if (BEGIN_LOOSE.test(s)) {
      const m = BEGIN.exec(s);
      open = { index: blocks.length + 1, line: i + 1, sha256: m?.[1] ?? '', bytes: Number(m?.[2] ?? NaN), base64: [] };
      if (!m) open.malformed = s.slice(0, 120);
      blocks.push(open);
    } else if (open && s === END) {
      open.endLine = i + 1;
      open = undefined;
    } else if (open && s !== '' && !KERNEL_LINE.test(s)) {
      open.base64.push({ text: s, line: i + 1 });
    }
  }
  return blocks;
}

export interface ExtractResult {
  block: CaptureBlock;
  /** How many blocks the log holds. */
  count: number;
  /** Files written, relative to the target directory. */
  files: string[];
}

/**
 * Extracts capture block `index` (1-based; default the last one) of the log
 * text into `to`, which must not exist or be empty. `file` names the log in errors.
 */
export function extractCapture(text: string, file: string, to: string, index?: number): ExtractResult {
  const blocks = findCaptureBlocks(text);
  if (blocks.length === 0) {
    throw new InputError(
      file,
      'no capture block (===KLEAK-CAPTURE-BEGIN ...=== line) in this log: was `kleak-gate-capture.sh print DIR` run on the board?',
    );
  }
  if (index !== undefined && (!Number.isInteger(index) || index < 1 || index > blocks.length)) {
    throw new InputError(file, `no capture block ${index}: the log holds ${blocks.length}`);
  }
  const block = blocks[(index ?? blocks.length) - 1]!;
  const archive = decodeBlock(block, file);
  prepareTarget(to);
  const files = untar(archive, to, file, block.line);
  return { block, count: blocks.length, files };
}

/** The block's .tar contents, after its base64, size, sha256 and gzip are checked. */
export function decodeBlock(block: CaptureBlock, file: string): Buffer {
  const what = `capture block ${block.index}`;
  if (block.malformed !== undefined) {
    throw new InputError(
      file,
      `${what}: malformed marker ${JSON.stringify(block.malformed)} (expected ===KLEAK-CAPTURE-BEGIN sha256=<64 hex> bytes=<n>===)`,
      block.line,
    );
  }
  if (block.endLine === undefined) {
    throw new InputError(
      file,
      `${what} is cut off: no ===KLEAK-CAPTURE-END=== after its BEGIN (the board stopped or the log was truncated)`,
      block.line,
    );
  }
  for (const [k, l] of block.base64.entries()) {
    // '=' only at the very end
    if (!BASE64_LINE.test(l.text) || (l.text.includes('=') && k !== block.base64.length - 1)) {
      throw new InputError(file, `${what}: not base64: ${JSON.stringify(l.text.slice(0, 80))} (a damaged console line)`, l.line);
    }
  }
  const b64 = block.base64.map((l) => l.text).join('');
  if (b64.length % 4 !== 0) {
    throw new InputError(file, `${what}: base64 length ${b64.length} is not a multiple of 4 (characters lost on the console)`, block.line);
  }
  const tgz = Buffer.from(b64, 'base64');
  const sum = createHash('sha256').update(tgz).digest('hex');
  if (tgz.length !== block.bytes) {
    throw new InputError(
      file,
      `${what}: ${tgz.length} bytes decoded, the board printed ${block.bytes} (lines lost or added on the console)`,
      block.line,
    );
  }
  if (sum !== block.sha256) {
    throw new InputError(file, `${what}: sha256 ${sum} does not match the board's ${block.sha256} (damaged on the console)`, block.line);
  }
  try {
    return gunzipSync(tgz, { maxOutputLength: MAX_UNPACKED });
  } catch (e) {
    throw new InputError(file, `${what}: not a gzip stream the board could have written: ${(e as Error).message}`, block.line);
  }
}

function prepareTarget(to: string): void {
  if (existsSync(to)) {
    if (!statSync(to).isDirectory()) throw new InputError(to, '--to exists and is not a directory');
    if (readdirSync(to).length > 0)
      throw new InputError(to, '--to is not empty: extract into a new directory so that nothing of another capture is mixed in');
  }
  try {
    mkdirSync(to, { recursive: true });
  } catch (e) {
    throw new InputError(to, `cannot create: ${(e as Error).message}`);
  }
}

const SAFE_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/;

function field(block: Buffer, start: number, len: number): string {
  const raw = block.subarray(start, start + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? len : nul).toString('latin1');
}

/**
 * Extracts a ustar archive (as busybox and GNU tar write it) into dir and
 * returns the file names. Only plain files and directories with ordinary
 * relative names; anything else is refused before anything is written.
 */
export function untar(archive: Buffer, dir: string, file: string, line?: number): string[] {
  const refuse = (cause: string): never => {
    throw new InputError(file, `capture archive: ${cause}`, line);
  };
  const entries: { name: string; dir: boolean; data: Buffer }[] = [];
  let at = 0;
  let ended = false;
  while (at + 512 <= archive.length) {
    const block = archive.subarray(at, at + 512);
    if (block.every((b) => b === 0)) {
      ended = true;
      break;
    }
    const stored = parseInt(field(block, 148, 8).trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
    if (stored !== sum) refuse(`bad header checksum at offset ${at} (not a tar archive, or damaged)`);
    const prefix = field(block, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(block, 0, 100);
    const sizeField = field(block, 124, 12).trim();
    const size = /^[0-7]*$/.test(sizeField) ? parseInt(sizeField || '0', 8) : NaN;
    const type = field(block, 156, 1) || '0';
    if (!SAFE_NAME.test(name) || name.split('/').some((p) => p === '..' || p === '.')) {
      refuse(`refusing entry name ${JSON.stringify(name)} (only relative names without '.' or '..' components)`);
    }
    if (!Number.isSafeInteger(size) || size < 0 || at + 512 + size > archive.length) {
      refuse(`bad size for ${name}`);
    }
    if (type !== '0' && type !== '5') {
      refuse(`refusing entry ${JSON.stringify(name)} of type ${JSON.stringify(type)} (only plain files and directories)`);
    }
    entries.push({ name: name.replace(/\/$/, ''), dir: type === '5', data: archive.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  if (!ended) refuse('no end-of-archive block (cut off)');
  // Written only once the whole archive has been read and found acceptable.
  const files: string[] = [];
  for (const e of entries) {
    const target = join(dir, e.name);
    try {
      if (e.dir) {
        mkdirSync(target, { recursive: true });
      } else {
        mkdirSync(join(target, '..'), { recursive: true });
        writeFileSync(target, e.data, { flag: 'wx' }); // a name twice is not a capture
        files.push(e.name);
      }
    } catch (err) {
      refuse(`cannot write ${e.name}: ${(err as Error).message}`);
    }
  }
  return files;
}
