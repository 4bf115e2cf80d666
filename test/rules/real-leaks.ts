// Leaks built from real kmemleak reports, for the rules tests.
// STAND-IN until the lead's parser/fingerprint land (src/parse/report.ts,
// src/fingerprint): a minimal reader of the kernel-named frames of the
// hil-6.1 "report-loaded" files, grouping records by their named functions.
// Raw (unnamed) frames are kept as frames without a function, as the
// symbolizer leaves them when no snapshot names them.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Frame, Leak, LeakRecord } from '../../src/model.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));

const FRAME = /^\s*\[<[^>]*>\]\s+(?:(0x[0-9a-f]+)|([\w.]+)\+0x([0-9a-f]+)\/0x([0-9a-f]+)(?: \[(\w+)\])?)\s*$/;
const ALLOCATORS = new Set(['kmalloc_trace', 'kmemdup', 'vmalloc', '__vmalloc_node_range']);

function parse(path: string, run: number): LeakRecord[] {
  const records: LeakRecord[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const head = /^unreferenced object (0x[0-9a-f]+) \(size (\d+)\)/.exec(text);
      if (head) {
        records.push({ object: head[1]!, size: +head[2]!, frames: [], source: { file: path, line: i + 1 }, run });
        return;
      }
      const f = FRAME.exec(text);
      if (!f) return;
      const frame: Frame = f[1]
        ? { address: BigInt(f[1]), resolvedBy: 'unresolved', inlined: [], text: text.trim() }
        : { function: f[2]!, offset: parseInt(f[3]!, 16), size: parseInt(f[4]!, 16), resolvedBy: 'kernel', inlined: [], text: text.trim() };
      if (f[5]) frame.module = f[5];
      records.at(-1)!.frames.push(frame);
    });
  return records;
}

/** Each path is one run; records with the same named frames are one leak. */
export function leaksFrom(...files: string[]): Leak[] {
  const byKey = new Map<string, Leak>();
  files.forEach((file, run) => {
    for (const r of parse(FIXTURES + file, run)) {
      const key = r.frames
        .filter((f) => f.function !== undefined && !ALLOCATORS.has(f.function))
        .map((f) => (f.module ? `${f.module}:${f.function}` : f.function!));
      const fp = 'kl1:' + createHash('sha256').update(key.join('\n')).digest('hex').slice(0, 16);
      let leak = byKey.get(fp);
      if (!leak) {
        const first = key[0]!;
        leak = { fingerprint: fp, title: `memory leak in ${first}`, objects: 0, bytes: 0, frames: r.frames, key, runs: [], records: [] };
        byKey.set(fp, leak);
      }
      leak.objects++;
      leak.bytes += r.size;
      leak.records.push(r);
      if (!leak.runs.includes(run)) leak.runs.push(run);
    }
  });
  return [...byKey.values()];
}

export function byFunction(leaks: Leak[], fn: string): Leak {
  const leak = leaks.find((l) => l.frames.some((f) => f.function === fn));
  if (!leak) throw new Error(`no leak through ${fn}`);
  return leak;
}
