// Names every module frame from kallsyms snapshots taken before rmmod, and
// checks the names the kernel printed itself: kmemleak names frames when the
// report is *read*, so after a module is replaced at the same address the
// kernel prints the newcomer's name. Rule: never pass a wrong name on; when
// the snapshots cannot say which load an object belongs to, leave the frame
// unresolved and say why.

import type { Frame, LeakRecord } from '../model.js';
import { findSymbol, lookupAddress, type SymbolHit } from '../kallsyms/lookup.js';
import type { SymbolTable } from '../kallsyms/parse.js';
import { formatHit } from './format.js';
import { unnameMappingFrames } from './mapping-names.js';
import { WarningTally } from './tally.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface SymbolizeResult {
  records: LeakRecord[];
  warnings: string[];
  /** Raw addresses no snapshot covers (see notCoveredWarning). */
  notCovered: Set<bigint>;
}

export function symbolizeRecords(given: LeakRecord[], tables: SymbolTable[]): SymbolizeResult {
  const { records, warning } = unnameMappingFrames(given);
  const first = warning === undefined ? [] : [warning];
  if (tables.length === 0) return { records, warnings: first, notCovered: new Set() };
  const tally = new WarningTally();
  const timed = tables.every((t) => t.takenAtJiffies !== undefined);
  const byTime = timed ? [...tables].sort((a, b) => (a.takenAtJiffies! < b.takenAtJiffies! ? -1 : 1)) : tables;
  const singles = new Map(tables.map((t) => [t, [t]]));
  const out = records.map((record) => {
    const chosen = timed && record.jiffies !== undefined ? snapshotOfLoad(byTime, record.jiffies) : undefined;
    const views = chosen ? singles.get(chosen)! : tables;
    return { ...record, frames: record.frames.map((f) => nameFrame(f, views, byTime, tally)) };
  });
  return { records: out, warnings: [...first, ...tally.messages(tables.length > 1 && !timed)], notCovered: tally.notCoveredAddresses };
}

/** Snapshots are taken right before unloading: an object belongs to the first load whose snapshot came after it. */
function snapshotOfLoad(byTime: SymbolTable[], jiffies: bigint): SymbolTable {
  return byTime.find((t) => t.takenAtJiffies! >= jiffies) ?? byTime[byTime.length - 1]!;
}

function nameFrame(frame: Frame, views: SymbolTable[], byTime: SymbolTable[], tally: WarningTally): Frame {
  const raw = frame.function === undefined;
  // Core-kernel names don't go stale within a boot: vmlinux never moves.
  if (!raw && frame.module === undefined) return frame;
  const address = raw ? frame.address : (frame.address ?? addressAtReadTime(frame, byTime));
  if (address === undefined) return frame;
  const hits = views.map((t) => lookupAddress(t, address));
  const agreed = allSame(hits);
  if (raw) {
    if (agreed) return named(frame, address, agreed, views);
    if (hits.every((h) => h === undefined)) tally.notCovered(address);
    else tally.ambiguous(address, hits, views);
    return frame;
  }
  if (agreed && agreed.symbolAddress === address - BigInt(frame.offset ?? 0) && sameModule(agreed.module, frame.module)) {
    return { ...frame, address, snapshot: labelOf(views) };
  }
  // The kernel's name disagrees with the snapshot(s) of the object's load.
  const stale = frame.text;
  if (agreed && views.length === 1 && byTime.length > 1) {
    tally.staleRenamed(stale, formatHit(agreed));
    return named(frame, address, agreed, views);
  }
  tally.staleUnresolved(stale, hits, views);
  return { ...frame, function: undefined, offset: undefined, size: undefined, module: undefined, address, resolvedBy: 'unresolved' };
}

/** Where a kernel-named module frame really is: the latest snapshot holding that symbol is the layout the kernel read it with. */
function addressAtReadTime(frame: Frame, byTime: SymbolTable[]): bigint | undefined {
  for (let i = byTime.length - 1; i >= 0; i--) {
    const syms = findSymbol(byTime[i]!, frame.function!, frame.module);
    if (syms.length > 0) return syms[0]!.address + BigInt(frame.offset ?? 0);
  }
  return undefined;
}

function allSame(hits: (SymbolHit | undefined)[]): SymbolHit | undefined {
  const first = hits[0];
  if (!first) return undefined;
  for (const h of hits) {
    if (!h || h.symbolAddress !== first.symbolAddress || h.function !== first.function || !sameModule(h.module, first.module))
      return undefined;
  }
  return first;
}

function sameModule(a: string | undefined, b: string | undefined): boolean {
  return (a === undefined ? undefined : normalizeModuleName(a)) === (b === undefined ? undefined : normalizeModuleName(b));
}

function named(frame: Frame, address: bigint, hit: SymbolHit, views: SymbolTable[]): Frame {
  // An explicit literal, not a spread: this runs for every raw frame, and
  // V8 keeps fixed-shape objects fast.
  return {
    address,
    function: hit.function,
    offset: hit.offset,
    size: hit.size,
    module: hit.module,
    resolvedBy: 'kallsyms',
    snapshot: labelOf(views),
    file: frame.file,
    line: frame.line,
    inlined: frame.inlined,
    text: frame.text,
  };
}

const labels = new WeakMap<SymbolTable[], string>();
function labelOf(views: SymbolTable[]): string {
  let l = labels.get(views);
  if (l === undefined) {
    l = views.map((v) => v.label).join(', ');
    labels.set(views, l);
  }
  return l;
}
