// Typed reads of YAML nodes that fail with the node's line. The config is
// walked as nodes (not as `toJS()` output) so every error can name the line
// the user has to fix.

import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';

export class NodeReader {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: Node | null | undefined): number | undefined {
    const start = node?.range?.[0];
    return start === undefined ? undefined : this.lines.linePos(start).line;
  }

  fail(node: Node | null | undefined, cause: string): never {
    throw new InputError(this.file, cause, this.line(node));
  }

  /** A mapping whose keys are all in `allowed`; returns key → value node. */
  map(node: unknown, what: string, allowed: readonly string[]): Map<string, { key: Node; value: Node | null }> {
    const n = this.plain(node, what);
    if (!isMap(n)) this.fail(n, `${what} must be a mapping`);
    const out = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of (n as YAMLMap).items as Pair<unknown, unknown>[]) {
      const key = pair.key as Node;
      if (!isScalar(key) || typeof key.value !== 'string') this.fail(key, `${what}: keys must be plain names`);
      const name = key.value as string;
      if (!allowed.includes(name)) {
        this.fail(key, `unknown key '${name}' in ${what} (expected one of: ${allowed.join(', ')})`);
      }
      const earlier = out.get(name);
      if (earlier)
        this.fail(key, `duplicate key '${name}' in ${what} (first at line ${this.line(earlier.key)}): YAML keeps only one of them`);
      out.set(name, { key, value: (pair.value as Node | null) ?? null });
    }
    return out;
  }

  string(node: Node | null, what: string): string {
    const n = this.plain(node, what);
    if (!isScalar(n)) this.fail(n ?? node, `${what} must be a string`);
    const v = n.value;
    if (typeof v === 'string') return v;
    // `2027-03-01` is a string in YAML 1.2, but a `%YAML 1.1` file gives a Date.
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return this.fail(n, `${what} must be a string, not ${v === null ? 'empty' : typeof v}`);
  }

  number(node: Node | null, what: string): number {
    const n = this.plain(node, what);
    if (!isScalar(n) || typeof n.value !== 'number' || !Number.isFinite(n.value)) {
      this.fail(n ?? node, `${what} must be a number`);
    }
    return n.value as number;
  }

  boolean(node: Node | null, what: string): boolean {
    const n = this.plain(node, what);
    if (!isScalar(n) || typeof n.value !== 'boolean') this.fail(n ?? node, `${what} must be true or false`);
    return n.value as boolean;
  }

  seq(node: unknown, what: string): Node[] {
    const n = this.plain(node, what);
    if (!isSeq(n)) return this.fail(n, `${what} must be a list`);
    return n.items.map((item, i) => this.plain(item, `${what}[${i}]`) as Node);
  }

  /** A sequence of strings; a single string is accepted as a list of one. */
  strings(node: Node | null, what: string): { value: string; node: Node }[] {
    const n = this.plain(node, what);
    if (isScalar(n) && typeof n.value === 'string') return [{ value: n.value, node: n }];
    if (!isSeq(n)) return this.fail(n ?? node, `${what} must be a list of strings`);
    return n.items.map((item, i) => ({ value: this.string(item as Node, `${what}[${i}]`), node: item as Node }));
  }

  /** Aliases would let one edit change several entries unseen in review; refuse them. */
  private plain(node: unknown, what: string): Node | null {
    if (isAlias(node)) this.fail(node, `${what}: YAML aliases (*name) are not supported`);
    return (node as Node | null) ?? null;
  }
}
