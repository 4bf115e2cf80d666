// Reads a result JSON back (kleak-gate/result@1, as json.ts writes it), for
// publishing a result computed elsewhere: a board runner's `check --format
// json`, or a fork's workflow. The file is untrusted: it is parsed once and
// checked field by field, and anything off is an input error naming the file
// and the field. What is read is only what the renderers show; the verdict
// is taken as the file says it, and re-checked against its leaks (a "pass"
// with a new leak in it is refused, never published as green).
import { InputError } from '../errors.js';
import type {
  CheckResult,
  ComparedLeak,
  FixedLeak,
  Frame,
  InlineFrame,
  LeakStatus,
  NotConfirmed,
  ResolvedBy,
  UnreadableRecord,
} from '../model.js';
import { failsGate } from '../model/status.js';
import { RESULT_SCHEMA } from './json.js';

type Json = Record<string, unknown>;

const STATUSES: readonly LeakStatus[] = ['new', 'known', 'grown', 'waived', 'out-of-scope', 'flaky', 'unidentified'];
const RESOLVED_BY: readonly ResolvedBy[] = ['kernel', 'kallsyms', 'debug-info', 'unresolved'];

/** The result and the target it was checked for (absent: none given). */
export interface ReadResult {
  result: CheckResult;
  target?: string;
}

class Reader {
  constructor(private readonly file: string) {}

  fail(path: string, what: string): never {
    throw new InputError(this.file, `${path}: ${what}`);
  }
  obj(v: unknown, path: string): Json {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'expected an object');
    return v as Json;
  }
  arr(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) this.fail(path, 'expected an array');
    return v;
  }
  str(v: unknown, path: string): string {
    if (typeof v !== 'string') this.fail(path, 'expected a string');
    return v;
  }
  count(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) this.fail(path, 'expected a whole number');
    return v;
  }
  optStr(v: unknown, path: string): string | undefined {
    return v === undefined ? undefined : this.str(v, path);
  }
  optCount(v: unknown, path: string): number | undefined {
    return v === undefined ? undefined : this.count(v, path);
  }
  oneOf<T extends string>(v: unknown, values: readonly T[], path: string): T {
    if (!values.includes(v as T)) this.fail(path, `expected one of ${values.join(', ')}`);
    return v as T;
  }
}

function address(r: Reader, v: unknown, path: string): bigint | undefined {
  if (v === undefined) return undefined;
  const s = r.str(v, path);
  if (!/^0x[0-9a-f]{1,16}$/i.test(s)) r.fail(path, 'expected a hex address');
  return BigInt(s);
}

function inlined(r: Reader, v: unknown, path: string): InlineFrame {
  const o = r.obj(v, path);
  const file = r.optStr(o.file, `${path}.file`);
  const line = r.optCount(o.line, `${path}.line`);
  return {
    function: r.str(o.function, `${path}.function`),
    ...(file !== undefined ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
  };
}

function frame(r: Reader, v: unknown, path: string): Frame {
  const o = r.obj(v, path);
  const resolvedBy = r.oneOf(o.resolvedBy, RESOLVED_BY, `${path}.resolvedBy`);
  const inlinedCalls = r.arr(o.inlined ?? [], `${path}.inlined`).map((x, i) => inlined(r, x, `${path}.inlined[${i}]`));
  const fields = present({
    function: r.optStr(o.function, `${path}.function`),
    module: r.optStr(o.module, `${path}.module`),
    offset: r.optCount(o.offset, `${path}.offset`),
    size: r.optCount(o.size, `${path}.size`),
    address: address(r, o.address, `${path}.address`),
    snapshot: r.optStr(o.snapshot, `${path}.snapshot`),
    file: r.optStr(o.file, `${path}.file`),
    line: r.optCount(o.line, `${path}.line`),
  });
  const text = fields.function ?? (typeof o.address === 'string' ? o.address : '?');
  return { resolvedBy, inlined: inlinedCalls, text, ...fields };
}

/** The fields that have a value: a frame's optional fields are absent, never undefined. */
function present<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function leak(r: Reader, v: unknown, path: string, runs: number): ComparedLeak {
  const o = r.obj(v, path);
  const seen = /^(\d+)\/(\d+)$/.exec(r.str(o.seen, `${path}.seen`));
  if (!seen || Number(seen[1]) > runs) r.fail(`${path}.seen`, `expected k/${runs}`);
  const first = o.firstRecord === undefined ? undefined : r.obj(o.firstRecord, `${path}.firstRecord`);
  const out: ComparedLeak = {
    fingerprint: r.str(o.fingerprint, `${path}.fingerprint`),
    status: r.oneOf(o.status, STATUSES, `${path}.status`),
    title: r.str(o.title, `${path}.title`),
    objects: r.count(o.objects, `${path}.objects`),
    bytes: r.count(o.bytes, `${path}.bytes`),
    key: r.arr(o.key ?? [], `${path}.key`).map((k, i) => r.str(k, `${path}.key[${i}]`)),
    frames: r.arr(o.frames, `${path}.frames`).map((f, i) => frame(r, f, `${path}.frames[${i}]`)),
    // Which runs is not in the file, only how many: enough for every output.
    runs: Array.from({ length: Number(seen[1]) }, (_, i) => i),
    records: [],
  };
  const reason = r.optStr(o.reason, `${path}.reason`);
  if (reason !== undefined) out.reason = reason;
  const was = r.optCount(o.baselineObjects, `${path}.baselineObjects`);
  if (was !== undefined) out.baselineObjects = was;
  if (o.unnamed !== undefined) {
    out.unidentified = { addresses: r.arr(o.unnamed, `${path}.unnamed`).map((a, i) => r.str(a, `${path}.unnamed[${i}]`)) };
  }
  if (first) {
    const comm = r.optStr(first.comm, `${path}.firstRecord.comm`);
    const pid = r.optCount(first.pid, `${path}.firstRecord.pid`);
    const jiffies = r.optStr(first.jiffies, `${path}.firstRecord.jiffies`);
    if (jiffies !== undefined && !/^\d{1,20}$/.test(jiffies)) r.fail(`${path}.firstRecord.jiffies`, 'expected a whole number');
    out.records = [
      {
        object: r.str(first.object, `${path}.firstRecord.object`),
        size: r.count(first.size, `${path}.firstRecord.size`),
        ...(comm !== undefined ? { comm } : {}),
        ...(pid !== undefined ? { pid } : {}),
        ...(jiffies !== undefined ? { jiffies: BigInt(jiffies) } : {}),
        frames: out.frames,
        source: { file: r.str(first.report, `${path}.firstRecord.report`), line: r.count(first.line, `${path}.firstRecord.line`) },
        run: 0,
      },
    ];
  }
  return out;
}

function fixed(r: Reader, v: unknown, path: string): FixedLeak {
  const o = r.obj(v, path);
  return {
    fingerprint: r.str(o.fingerprint, `${path}.fingerprint`),
    title: r.str(o.title, `${path}.title`),
    key: r.arr(o.key ?? [], `${path}.key`).map((k, i) => r.str(k, `${path}.key[${i}]`)),
    objects: r.count(o.objects, `${path}.objects`),
    bytes: r.count(o.bytes, `${path}.bytes`),
  };
}

function notConfirmed(r: Reader, v: unknown, path: string): NotConfirmed {
  return { ...fixed(r, v, path), reason: r.str(r.obj(v, path).reason, `${path}.reason`) };
}

function unreadable(r: Reader, v: unknown, path: string): UnreadableRecord {
  const o = r.obj(v, path);
  const object = r.optStr(o.object, `${path}.object`);
  const size = r.optCount(o.size, `${path}.size`);
  return {
    file: r.str(o.file, `${path}.file`),
    line: r.count(o.line, `${path}.line`),
    cause: r.str(o.cause, `${path}.cause`),
    run: 0,
    ...(object !== undefined ? { object } : {}),
    ...(size !== undefined ? { size } : {}),
  };
}

export function readResultJson(text: string, file: string): ReadResult {
  const r = new Reader(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `not JSON: ${(e as Error).message}`);
  }
  const o = r.obj(parsed, 'the result');
  if (o.schema !== RESULT_SCHEMA) r.fail('schema', `is ${JSON.stringify(o.schema ?? null)}, this kleak-gate reads "${RESULT_SCHEMA}"`);
  if (o.truncated === true) r.fail('truncated', 'this is the short form of the result-json output: give the result-file instead');
  const runs = r.count(o.runs, 'runs');
  const s = r.obj(o.summary, 'summary');
  const summary = {
    new: r.count(s.new, 'summary.new'),
    known: r.count(s.known, 'summary.known'),
    grown: r.count(s.grown, 'summary.grown'),
    fixed: r.count(s.fixed, 'summary.fixed'),
    waived: r.count(s.waived, 'summary.waived'),
    objects: r.count(s.objects, 'summary.objects'),
    unreadable: r.count(s.unreadable ?? 0, 'summary.unreadable'),
    unidentified: r.count(s.unidentified ?? 0, 'summary.unidentified'),
    notConfirmed: r.count(s.notConfirmed ?? 0, 'summary.notConfirmed'),
  };
  const result: CheckResult = {
    verdict: r.oneOf(o.verdict, ['pass', 'fail'] as const, 'verdict'),
    summary,
    runs,
    leaks: r.arr(o.leaks, 'leaks').map((l, i) => leak(r, l, `leaks[${i}]`, runs)),
    fixed: r.arr(o.fixed, 'fixed').map((f, i) => fixed(r, f, `fixed[${i}]`)),
    notConfirmed: r.arr(o.notConfirmed ?? [], 'notConfirmed').map((f, i) => notConfirmed(r, f, `notConfirmed[${i}]`)),
    unreadable: r.arr(o.unreadable ?? [], 'unreadable').map((u, i) => unreadable(r, u, `unreadable[${i}]`)),
    warnings: r.arr(o.warnings, 'warnings').map((w, i) => r.str(w, `warnings[${i}]`)),
  };
  const blocked = r.optStr(o.removalBlocked, 'removalBlocked');
  if (blocked !== undefined) result.removalBlocked = blocked;
  // The verdict must be the one its own leaks give: a file that says pass over a failing leak is not published as green.
  const fails = result.leaks.some((l) => failsGate(l.status)) || result.unreadable.length > 0;
  if (fails && result.verdict === 'pass') r.fail('verdict', 'is "pass", but the result holds leaks that fail the gate');
  const counted = (st: LeakStatus) => result.leaks.filter((l) => l.status === st).length;
  for (const st of ['new', 'grown', 'known', 'waived', 'unidentified'] as const) {
    if (summary[st] !== counted(st)) r.fail(`summary.${st}`, `is ${summary[st]}, the leaks hold ${counted(st)}`);
  }
  const target = r.optStr(o.target, 'target');
  return { result, ...(target !== undefined ? { target } : {}) };
}
