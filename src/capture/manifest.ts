// The capture manifest: `key=value` lines appended by the board script
// (kleak-gate-capture.sh), one step after the other. Plain lines because a
// busybox sh can write them safely; parsed here once, with line numbers so
// that a refusal can point at the line.

export interface ManifestEntry {
  value: string;
  line: number;
}

export interface Manifest {
  path: string;
  /** Last value of each key (the script appends; a later line wins). */
  entries: Map<string, ManifestEntry>;
  /** Every `error=` line: a step refused, so the capture must be refused too. */
  errors: ManifestEntry[];
}

export const MANIFEST_FORMAT = 'kleak-gate-capture/1';

export function parseManifest(path: string, text: string): Manifest {
  const entries = new Map<string, ManifestEntry>();
  const errors: ManifestEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    // A line without '=' is not something the script writes; ignoring it
    // would hide a damaged file, so keep it visible as an error.
    if (eq <= 0) {
      errors.push({ value: `not a key=value line: ${line.slice(0, 80)}`, line: i + 1 });
      return;
    }
    const key = line.slice(0, eq);
    const entry = { value: line.slice(eq + 1), line: i + 1 };
    if (key === 'error') errors.push(entry);
    else entries.set(key, entry);
  });
  return { path, entries, errors };
}

export function manifestValue(m: Manifest, key: string): string | undefined {
  return m.entries.get(key)?.value;
}

/** Snapshot numbers in the manifest (`snapshot.N.dir`), in ascending order. */
export function snapshotNumbers(m: Manifest): number[] {
  const out: number[] = [];
  for (const key of m.entries.keys()) {
    const hit = /^snapshot\.(\d+)\.dir$/.exec(key);
    if (hit) out.push(Number(hit[1]));
  }
  return out.sort((a, b) => a - b);
}
