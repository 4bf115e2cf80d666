// The baseline file, baselines/<target>.json: written by the tool, reviewed
// by people. Validated once when read; trusted after that.

import { InputError } from '../errors.js';
import { FINGERPRINT_VERSION, isFingerprint } from '../fingerprint/fingerprint.js';
import { MAX_EXACT } from '../parse/numbers.js';
import { keyPath, parseStrictJson } from './strict-json.js';
import { showInvisible } from '../render/escape.js';

export const BASELINE_SCHEMA = 'kleak-gate/baseline@1';

export interface BaselineEntry {
  fingerprint: string;
  title: string;
  /** The normalized frames the fingerprint was made of. */
  frames: string[];
  objects: number;
  bytes: number;
  /** A human note (why it is accepted, a link): kept across updates. */
  note?: string;
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  fingerprint: typeof FINGERPRINT_VERSION;
  leaks: BaselineEntry[];
}

const ENTRY_KEYS = new Set(['fingerprint', 'title', 'frames', 'objects', 'bytes', 'note']);
const TOP_KEYS = new Set(['schema', 'fingerprint', 'leaks']);
const REGENERATE = 'regenerate it: `baseline update` with --accept-new over a reviewed run (the accept command a failed check prints)';

export function parseBaseline(text: string, path: string): Baseline {
  if (text.trim() === '') throw new InputError(path, `empty baseline file: ${REGENERATE}`);
  const json = parseStrictJson(text);
  if ('problem' in json) throw new InputError(path, json.problem.cause, json.problem.line);
  const { value: data, lines } = json;
  const lineOf = (...path: (string | number)[]) => lines.get(keyPath(path));
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError(path, 'not a kleak-gate baseline (expected a JSON object)', 1);
  const obj = data as Record<string, unknown>;
  if (obj.schema !== BASELINE_SCHEMA) {
    throw new InputError(
      path,
      `schema is ${JSON.stringify(obj.schema ?? null)}, this kleak-gate reads "${BASELINE_SCHEMA}": use the kleak-gate version that wrote it, or ${REGENERATE}`,
      lineOf('schema') ?? 1,
    );
  }
  if (obj.fingerprint !== FINGERPRINT_VERSION) {
    throw new InputError(
      path,
      `fingerprints are ${JSON.stringify(obj.fingerprint ?? null)}, this kleak-gate makes "${FINGERPRINT_VERSION}": they would never match; ${REGENERATE}`,
      lineOf('fingerprint') ?? 1,
    );
  }
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new InputError(path, `unknown key "${k}"`, lineOf(k));
  if (!Array.isArray(obj.leaks)) throw new InputError(path, '"leaks" must be an array', lineOf('leaks') ?? 1);
  const seen = new Map<string, number>();
  const leaks = obj.leaks.map((raw, i): BaselineEntry => {
    const where = `leaks[${i}]`;
    const line = lineOf('leaks', i);
    const fail = (cause: string, key?: string): never => {
      throw new InputError(path, `${where}: ${cause}`, (key !== undefined ? lineOf('leaks', i, key) : undefined) ?? line);
    };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('is not an object');
    const e = raw as Record<string, unknown>;
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) fail(`unknown key "${k}"`, k);
    if (typeof e.fingerprint !== 'string' || !isFingerprint(e.fingerprint)) {
      const other =
        typeof e.fingerprint === 'string' && /^kl\d+:/.test(e.fingerprint) && !e.fingerprint.startsWith(`${FINGERPRINT_VERSION}:`);
      return fail(
        other
          ? `fingerprint ${e.fingerprint} was made by another fingerprint version; ${REGENERATE}`
          : `"fingerprint" must look like ${FINGERPRINT_VERSION}:<16 hex digits>`,
        'fingerprint',
      );
    }
    const twice = seen.get(e.fingerprint);
    if (twice !== undefined) fail(`fingerprint ${e.fingerprint} appears twice (also leaks[${twice}])`, 'fingerprint');
    seen.set(e.fingerprint, i);
    if (typeof e.title !== 'string') fail('"title" must be a string', 'title');
    if (!Array.isArray(e.frames) || !e.frames.every((f) => typeof f === 'string')) fail('"frames" must be an array of strings', 'frames');
    for (const k of ['objects', 'bytes'] as const) {
      // What the tool writes stays exact (parse/numbers.ts); anything else was not written by it.
      if (typeof e[k] !== 'number' || !Number.isSafeInteger(e[k]) || (e[k] as number) < 0)
        fail(`"${k}" must be a whole number from 0 to ${MAX_EXACT}`, k);
    }
    if (e.note !== undefined && typeof e.note !== 'string') fail('"note" must be a string', 'note');
    const entry: BaselineEntry = {
      fingerprint: e.fingerprint,
      title: e.title as string,
      frames: e.frames as string[],
      objects: e.objects as number,
      bytes: e.bytes as number,
    };
    if (e.note !== undefined) entry.note = e.note as string;
    return entry;
  });
  return { schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks };
}

/** Pretty, sorted, stable: the same accepted state gives the same bytes. */
export function serializeBaseline(baseline: Baseline): string {
  const leaks = [...baseline.leaks]
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
    .map((e) => {
      const out: Record<string, unknown> = {
        fingerprint: e.fingerprint,
        title: e.title,
        frames: e.frames,
        objects: e.objects,
        bytes: e.bytes,
      };
      if (e.note !== undefined) out.note = e.note;
      return out;
    });
  // Invisible characters of device text (a bidi override in a title) as JSON escapes: the same strings, visible in review.
  return showInvisible(JSON.stringify({ schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks }, null, 2)) + '\n';
}

export function emptyBaseline(): Baseline {
  return { schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks: [] };
}
