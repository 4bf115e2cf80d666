// Symbolization problems are counted, with one example each, instead of one
// warning per frame: a 10,000-record report must not print 10,000 lines.

import type { SymbolHit } from '../kallsyms/lookup.js';
import type { SymbolTable } from '../kallsyms/parse.js';
import { formatHit } from './format.js';
import { hex } from '../model/hex.js';
import type { LeakRecord } from '../model.js';

interface Bucket {
  count: number;
  example: string;
}

export class WarningTally {
  private buckets = new Map<string, Bucket>();

  private add(kind: string, example: string): void {
    const b = this.buckets.get(kind);
    if (b) b.count++;
    else this.buckets.set(kind, { count: 1, example });
  }

  /** Raw frames no snapshot covers: reported after source resolution, which may still name them (init code). */
  readonly notCoveredAddresses = new Set<bigint>();

  notCovered(address: bigint): void {
    this.notCoveredAddresses.add(address);
  }

  ambiguous(address: bigint, hits: (SymbolHit | undefined)[], views: SymbolTable[]): void {
    this.add('ambiguous', `${hex(address)}: ${describe(hits, views)}`);
  }

  staleRenamed(kernelText: string, snapshotName: string): void {
    this.add('stale-renamed', `kernel printed "${kernelText}", the object's snapshot has ${snapshotName}`);
  }

  staleUnresolved(kernelText: string, hits: (SymbolHit | undefined)[], views: SymbolTable[]): void {
    this.add('stale-unresolved', `kernel printed "${kernelText}"; ${describe(hits, views)}`);
  }

  messages(untimedSeveral: boolean): string[] {
    const out: string[] = [];
    const b = (k: string) => this.buckets.get(k);
    const n = (x: Bucket) => `${x.count} frame${x.count === 1 ? '' : 's'}`;
    const hint = untimedSeveral
      ? ' (give the snapshots as a capture directory, whose snapshot times tell which load each object belongs to)'
      : '';
    let x = b('ambiguous');
    if (x) out.push(`${n(x)} left unresolved: the snapshots disagree about them${hint}, e.g. ${x.example}`);
    x = b('stale-renamed');
    if (x) out.push(`${n(x)} renamed: the kernel printed the name of a module loaded later at the same address, e.g. ${x.example}`);
    x = b('stale-unresolved');
    if (x)
      out.push(
        `${n(x)} left unresolved: the kernel's name may belong to a module loaded later at the same address${hint}, e.g. ${x.example}`,
      );
    return out;
  }
}

function describe(hits: (SymbolHit | undefined)[], views: SymbolTable[]): string {
  return hits.map((h, i) => `${views[i]!.label} has ${h ? formatHit(h) : 'nothing'}`).join(', ');
}

/** After every naming step: the raw frames that no snapshot and no debug info could name. */
export function notCoveredWarning(records: LeakRecord[], notCovered: Set<bigint>): string | undefined {
  let count = 0;
  let example: bigint | undefined;
  for (const r of records) {
    for (const f of r.frames) {
      if (f.function === undefined && f.address !== undefined && notCovered.has(f.address)) {
        count++;
        example ??= f.address;
      }
    }
  }
  if (count === 0) return undefined;
  return `${count} frame${count === 1 ? '' : 's'} left unresolved: no snapshot has a text symbol there (module init code, freed after load: give --debug-info and --module-sections; or a snapshot from another boot), e.g. ${hex(example!)}`;
}
