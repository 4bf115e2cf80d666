// The result JSON (DESIGN.md "Result JSON"): kleak-gate/result@1. Fields may
// be added; none of the documented ones may change meaning.

import type { CheckResult, ComparedLeak, Frame, Leak, UnreadableRecord } from '../model.js';
import type { OutputFormat } from './format.js';
import { hex } from '../model/hex.js';

export const RESULT_SCHEMA = 'kleak-gate/result@1';

export function frameJson(f: Frame): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.function !== undefined) out.function = f.function;
  if (f.module !== undefined) out.module = f.module;
  if (f.offset !== undefined) out.offset = f.offset;
  if (f.size !== undefined) out.size = f.size;
  if (f.address !== undefined) out.address = hex(f.address);
  out.resolvedBy = f.resolvedBy;
  if (f.snapshot !== undefined) out.snapshot = f.snapshot;
  if (f.file !== undefined) out.file = f.file;
  if (f.line !== undefined) out.line = f.line;
  out.inlined = f.inlined.map((i) => {
    const o: Record<string, unknown> = { function: i.function };
    if (i.file !== undefined) o.file = i.file;
    if (i.line !== undefined) o.line = i.line;
    return o;
  });
  return out;
}

export function leakJson(leak: Leak | ComparedLeak, runs: number): Record<string, unknown> {
  const out: Record<string, unknown> = { fingerprint: leak.fingerprint };
  if ('status' in leak) out.status = leak.status;
  out.title = leak.title;
  out.objects = leak.objects;
  out.bytes = leak.bytes;
  out.seen = `${leak.runs.length}/${runs}`;
  if ('reason' in leak && leak.reason) out.reason = leak.reason;
  if ('baselineObjects' in leak && leak.baselineObjects !== undefined) out.baselineObjects = leak.baselineObjects;
  if (leak.unidentified) out.unnamed = leak.unidentified.addresses;
  out.key = leak.key;
  const first = leak.records[0];
  if (first) {
    const rec: Record<string, unknown> = { report: first.source.file, line: first.source.line, object: first.object, size: first.size };
    if (first.comm !== undefined) rec.comm = first.comm;
    if (first.pid !== undefined) rec.pid = first.pid;
    if (first.jiffies !== undefined) rec.jiffies = first.jiffies.toString();
    out.firstRecord = rec;
  }
  out.frames = leak.frames.map(frameJson);
  return out;
}

/** `target`: the board the check was for, so that a publishing step can refuse another board's result. */
export function resultJson(result: CheckResult, target?: string): Record<string, unknown> {
  return {
    schema: RESULT_SCHEMA,
    ...(target !== undefined ? { target } : {}),
    verdict: result.verdict,
    summary: result.summary,
    runs: result.runs,
    leaks: result.leaks.map((l) => leakJson(l, result.runs)),
    fixed: result.fixed.map((f) => ({ fingerprint: f.fingerprint, title: f.title, key: f.key, objects: f.objects, bytes: f.bytes })),
    notConfirmed: result.notConfirmed.map((f) => ({
      fingerprint: f.fingerprint,
      title: f.title,
      key: f.key,
      objects: f.objects,
      bytes: f.bytes,
      reason: f.reason,
    })),
    unreadable: result.unreadable.map(unreadableJson),
    ...(result.removalBlocked !== undefined ? { removalBlocked: result.removalBlocked } : {}),
    warnings: result.warnings,
  };
}

/** A record that could not be read: where, why, and the object when its header was readable. No fingerprint. */
export function unreadableJson(u: UnreadableRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { file: u.file, line: u.line, cause: u.cause };
  if (u.object !== undefined) out.object = u.object;
  if (u.size !== undefined) out.size = u.size;
  return out;
}

export function renderResultJson(result: CheckResult, target?: string): string {
  return JSON.stringify(resultJson(result, target), null, 2) + '\n';
}

/** `symbolize --format json`: the same leaks, without status. */
export function renderLeaksJson(leaks: Leak[], runs: number, warnings: string[], unreadable: UnreadableRecord[] = []): string {
  const json = {
    schema: 'kleak-gate/symbolize@1',
    runs,
    leaks: leaks.map((l) => leakJson(l, runs)),
    unreadable: unreadable.map(unreadableJson),
    warnings,
  };
  return JSON.stringify(json, null, 2) + '\n';
}

export const jsonFormat: OutputFormat = {
  name: 'json',
  extension: '.json',
  help: 'the result as kleak-gate/result@1 (symbolize: kleak-gate/symbolize@1)',
  machine: true,
  render: (result, ctx) => renderResultJson(result, ctx.target),
  renderLeaks: (v) => renderLeaksJson(v.leaks, v.runs, v.warnings),
};
