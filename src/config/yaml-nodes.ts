// Typed reads of YAML nodes that fail with the node's line. The config is
// walked as nodes (not as plain values) so every error can name the line
// the user has to fix.

import { InputError } from '../errors.js';
import type { LineIndex } from '../line-index.js';
import type { YamlNode } from './yaml-tree.js';

export class NodeReader {
  constructor(
    readonly file: string,
    private readonly lines: LineIndex,
  ) {}

  line(node: YamlNode): number {
    return this.lines.line(node.offset);
  }

  fail(node: YamlNode, cause: string): never {
    throw new InputError(this.file, cause, this.line(node));
  }

  /** A mapping whose keys are all in `allowed`; returns key → value node. */
  map(node: YamlNode, what: string, allowed: readonly string[]): Map<string, { key: YamlNode; value: YamlNode }> {
    const n = this.plain(node, what);
    if (n.kind !== 'map') return this.fail(n, `${what} must be a mapping`);
    const out = new Map<string, { key: YamlNode; value: YamlNode }>();
    for (const { key, value } of n.pairs) {
      if (key.kind !== 'scalar' || typeof key.value !== 'string') return this.fail(key, `${what}: keys must be plain names`);
      const name = key.value;
      if (!allowed.includes(name)) {
        this.fail(key, `unknown key '${name}' in ${what} (expected one of: ${allowed.join(', ')})`);
      }
      const earlier = out.get(name);
      if (earlier)
        this.fail(key, `duplicate key '${name}' in ${what} (first at line ${this.line(earlier.key)}): YAML keeps only one of them`);
      out.set(name, { key, value });
    }
    return out;
  }

  string(node: YamlNode, what: string): string {
    const n = this.plain(node, what);
    if (n.kind !== 'scalar') return this.fail(n, `${what} must be a string`);
    const v = n.value;
    if (typeof v === 'string') return v;
    return this.fail(n, `${what} must be a string, not ${v === null ? 'empty' : typeof v}`);
  }

  number(node: YamlNode, what: string): number {
    const n = this.plain(node, what);
    if (n.kind !== 'scalar' || typeof n.value !== 'number' || !Number.isFinite(n.value)) return this.fail(n, `${what} must be a number`);
    return n.value;
  }

  boolean(node: YamlNode, what: string): boolean {
    const n = this.plain(node, what);
    if (n.kind !== 'scalar' || typeof n.value !== 'boolean') return this.fail(n, `${what} must be true or false`);
    return n.value;
  }

  seq(node: YamlNode, what: string): YamlNode[] {
    const n = this.plain(node, what);
    if (n.kind !== 'seq') return this.fail(n, `${what} must be a list`);
    return n.items.map((item, i) => this.plain(item, `${what}[${i}]`));
  }

  /** A sequence of strings; a single string is accepted as a list of one. */
  strings(node: YamlNode, what: string): { value: string; node: YamlNode }[] {
    const n = this.plain(node, what);
    if (n.kind === 'scalar' && typeof n.value === 'string') return [{ value: n.value, node: n }];
    if (n.kind !== 'seq') return this.fail(n, `${what} must be a list of strings`);
    return n.items.map((item, i) => ({ value: this.string(item, `${what}[${i}]`), node: item }));
  }

  /** Aliases would let one edit change several entries unseen in review; refuse them. */
  private plain(node: YamlNode, what: string): Exclude<YamlNode, { kind: 'alias' }> {
    if (node.kind === 'alias') return this.fail(node, `${what}: YAML aliases (*name) are not supported`);
    return node;
  }
}
