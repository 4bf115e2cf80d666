// Finds the vmlinux and .ko files given with --debug-info (files or
// directories searched recursively), decompresses .ko.xz/.ko.zst/.ko.gz to a
// temporary file (addr2line can't read them), and tells what each one is:
// the kernel, or which module (by .modinfo name=, else the file name).
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ET_REL, NotElfError, readElf, type ElfFile } from './elf.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface DebugFile {
  /** The path the user gave (or found under a given directory), for messages. */
  shown: string;
  /** The ELF to read and to give the tools (a decompressed copy for .ko.xz...). */
  elf: ElfFile;
  /** Undefined for vmlinux. */
  module?: string;
}

const COMPRESSED = /\.(xz|zst|gz)$/;
const WANTED = /(^vmlinux|\.ko(\.(xz|zst|gz))?$|\.debug$)/;

async function walk(dir: string, out: string[], depth = 0): Promise<void> {
  if (depth > 32) return;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, depth + 1);
    // A compressed vmlinux in a directory is left alone: unpacking 100+ MB on
    // every run for a file nobody asked for by name is too slow.
    else if (e.isFile() && WANTED.test(e.name) && !/^vmlinux.*\.(xz|zst|gz)$/.test(e.name)) out.push(p);
  }
}

async function decompress(path: string, tmpDir: string, n: number): Promise<string> {
  const out = join(tmpDir, `${n}-${basename(path).replace(COMPRESSED, '')}`);
  if (path.endsWith('.gz')) {
    await pipeline(createReadStream(path), createGunzip(), createWriteStream(out));
    return out;
  }
  const tool = path.endsWith('.xz') ? 'xz' : 'zstd';
  await new Promise<void>((ok, fail) => {
    const child = spawn(tool, ['-dc', '--', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) => fail(new Error(`${tool} could not be run (${e.message}); install it to read ${basename(path)}`)));
    pipeline(child.stdout, createWriteStream(out)).catch(fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${tool} failed on ${path}: ${err.trim() || `exit ${code}`}`))));
  });
  return out;
}

/** Reads every debug-info file; unreadable ones become warnings, not errors:
 * lines are an extra, and a verdict never depends on them. */
export async function loadDebugFiles(paths: string[], cwd: string, tmpDir: string, warnings: string[]): Promise<DebugFile[]> {
  const found: { path: string; shown: string }[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    try {
      if ((await stat(abs)).isDirectory()) {
        const list: string[] = [];
        await walk(abs, list);
        list.sort();
        for (const p of list) found.push({ path: p, shown: join(given, p.slice(abs.length + 1)) });
      } else found.push({ path: abs, shown: given });
    } catch (e) {
      warnings.push(`debug info ${given}: ${(e as Error).message}; no source lines from it`);
    }
  }
  const files: DebugFile[] = [];
  let n = 0;
  for (const f of found) {
    try {
      const plain = COMPRESSED.test(f.path) ? await decompress(f.path, tmpDir, n++) : f.path;
      const elf = await readElf(plain);
      const isModule = elf.type === ET_REL;
      const fromName = basename(f.path)
        .replace(COMPRESSED, '')
        .replace(/\.debug$/, '')
        .replace(/\.ko$/, '');
      files.push({
        shown: f.shown,
        elf,
        module: isModule ? normalizeModuleName(elf.modinfoName ?? fromName) : undefined,
      });
    } catch (e) {
      const why = e instanceof NotElfError ? 'not an ELF file' : (e as Error).message;
      warnings.push(`debug info ${f.shown}: ${why}; skipped`);
    }
  }
  return files;
}
