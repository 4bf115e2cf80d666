// The baseline file, baselines/<target>.json: written by the tool, reviewed
// by people. Validated once when read; trusted after that.

import { InputError } from '../errors.js';
import { FINGERPRINT_VERSION, isFingerprint } from '../fingerprint/fingerprint.js';

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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw new InputError(path, `not valid JSON (${msg.replace(/\s*\(line \d+ column \d+\)/, '')}); truncated or hand-edited?`, line);
  }
  const lineOf = (needle: string) => {
    const at = text.indexOf(needle);
    return at < 0 ? undefined : text.slice(0, at).split('\n').length;
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError(path, 'not a kleak-gate baseline (expected a JSON object)', 1);
  const obj = data as Record<string, unknown>;
  if (obj.schema !== BASELINE_SCHEMA) {
    throw new InputError(
      path,
      `schema is ${JSON.stringify(obj.schema ?? null)}, this kleak-gate reads "${BASELINE_SCHEMA}": use the kleak-gate version that wrote it, or ${REGENERATE}`,
      lineOf('"schema"'),
    );
  }
  if (obj.fingerprint !== FINGERPRINT_VERSION) {
    throw new InputError(
      path,
      `fingerprints are ${JSON.stringify(obj.fingerprint ?? null)}, this kleak-gate makes "${FINGERPRINT_VERSION}": they would never match; ${REGENERATE}`,
      lineOf('"fingerprint"'),
    );
  }
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) throw new InputError(path, `unknown key "${k}"`, lineOf(`"${k}"`));
  if (!Array.isArray(obj.leaks)) throw new InputError(path, '"leaks" must be an array', lineOf('"leaks"'));
  const seen = new Set<string>();
  const leaks = obj.leaks.map((raw, i): BaselineEntry => {
    const where = `leaks[${i}]`;
    if (typeof raw !== 'object' || raw === null) throw new InputError(path, `${where} is not an object`, lineOf('"leaks"'));
    const e = raw as Record<string, unknown>;
    const line = typeof e.fingerprint === 'string' ? lineOf(`"${e.fingerprint}"`) : lineOf('"leaks"');
    for (const k of Object.keys(e)) if (!ENTRY_KEYS.has(k)) throw new InputError(path, `${where}: unknown key "${k}"`, line);
    if (typeof e.fingerprint !== 'string' || !isFingerprint(e.fingerprint)) {
      const other =
        typeof e.fingerprint === 'string' && /^kl\d+:/.test(e.fingerprint) && !e.fingerprint.startsWith(`${FINGERPRINT_VERSION}:`);
      throw new InputError(
        path,
        other
          ? `${where}: fingerprint ${e.fingerprint} was made by another fingerprint version; ${REGENERATE}`
          : `${where}: "fingerprint" must look like ${FINGERPRINT_VERSION}:<16 hex digits>`,
        line,
      );
    }
    if (seen.has(e.fingerprint)) throw new InputError(path, `${where}: fingerprint ${e.fingerprint} appears twice`, line);
    seen.add(e.fingerprint);
    if (typeof e.title !== 'string') throw new InputError(path, `${where}: "title" must be a string`, line);
    if (!Array.isArray(e.frames) || !e.frames.every((f) => typeof f === 'string'))
      throw new InputError(path, `${where}: "frames" must be an array of strings`, line);
    for (const k of ['objects', 'bytes'] as const) {
      if (typeof e[k] !== 'number' || !Number.isInteger(e[k]) || (e[k] as number) < 0)
        throw new InputError(path, `${where}: "${k}" must be a whole number >= 0`, line);
    }
    if (e.note !== undefined && typeof e.note !== 'string') throw new InputError(path, `${where}: "note" must be a string`, line);
    const entry: BaselineEntry = {
      fingerprint: e.fingerprint,
      title: e.title,
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
  return JSON.stringify({ schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks }, null, 2) + '\n';
}

export function emptyBaseline(): Baseline {
  return { schema: BASELINE_SCHEMA, fingerprint: FINGERPRINT_VERSION, leaks: [] };
}
