// Unpacks the capture tarball that the guest printed on its serial console.
// The archive is device output, so it is untrusted: only plain files and
// directories with ordinary relative names are accepted (no links, no
// devices, no '..', no absolute paths); anything else throws.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAFE_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/?$/;

function field(block: Buffer, start: number, len: number): string {
  const raw = block.subarray(start, start + len);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul === -1 ? len : nul).toString('latin1');
}

/** Extracts a ustar archive (as busybox tar writes it) into dir; returns the file names. */
export function untar(archive: Buffer, dir: string): string[] {
  const files: string[] = [];
  let at = 0;
  while (at + 512 <= archive.length) {
    const block = archive.subarray(at, at + 512);
    if (block.every((b) => b === 0)) break;
    const prefix = field(block, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(block, 0, 100);
    const size = parseInt(field(block, 124, 12).trim() || '0', 8);
    const type = field(block, 156, 1) || '0';
    if (!SAFE_NAME.test(name) || name.split('/').some((p) => p === '..' || p === '.')) {
      throw new Error(`capture archive: refusing entry name ${JSON.stringify(name)}`);
    }
    if (!Number.isSafeInteger(size) || size < 0 || at + 512 + size > archive.length) {
      throw new Error(`capture archive: bad size for ${name}`);
    }
    if (type === '5') {
      mkdirSync(join(dir, name), { recursive: true });
    } else if (type === '0') {
      const target = join(dir, name);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, archive.subarray(at + 512, at + 512 + size));
      files.push(name);
    } else {
      throw new Error(`capture archive: refusing entry ${JSON.stringify(name)} of type ${JSON.stringify(type)}`);
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
