// The config's YAML reader (js-yaml's event parser, made into a tree with
// places) against the `yaml` library that read configs before it: on the
// documented config and the fuzz test's configs, mutated the way people and
// git edit files, every text the old reader took without error or warning is
// either read to the same values or refused (js-yaml follows the spec more
// strictly: control characters, some indentation). Never read differently.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlTree, YamlProblem, type YamlNode } from '../../src/config/yaml-tree.js';
import { LineIndex } from '../../src/line-index.js';
import { applyMutations, mutationsArb } from '../fuzz/mutation.js';
import { loadSeeds } from '../fuzz/seeds.js';

const read = (text: string) => readYamlTree(text, new LineIndex(text));

/** Plain values, as the `yaml` library's toJS gives them (an empty key is '' there). */
function plain(n: YamlNode | null): unknown {
  if (n === null) return null;
  if (n.kind === 'scalar') return typeof n.value === 'string' && tooLarge(n.value) ? Infinity : n.value;
  if (n.kind === 'seq') return n.items.map(plain);
  if (n.kind === 'alias') throw new Error('alias');
  const o: Record<string, unknown> = {};
  for (const p of n.pairs) o[p.key.kind === 'scalar' && p.key.value === null ? '' : String(plain(p.key))] = plain(p.value);
  return o;
}

/**
 * A number of YAML's core schema beyond a double (`1e400`, 400 digits): js-yaml leaves the
 * text, `yaml` gives Infinity; the config takes neither as a number (grown.factor must be finite).
 */
function tooLarge(text: string): boolean {
  return /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text) && !Number.isFinite(Number(text));
}

describe('the YAML reader against the library it replaced', () => {
  it('mutated configs: read to the same values as the `yaml` library, or refused', () => {
    const { configs } = loadSeeds();
    let same = 0;
    fc.assert(
      fc.property(fc.nat({ max: configs.length - 1 }), mutationsArb({ maxTimes: 50, maxDigits: 30 }), (i, mutations) => {
        const text = applyMutations(configs[i]!, mutations);
        const old = parseDocument(text, { uniqueKeys: false });
        // Where the two differ, and why it cannot widen a config: a lone CR is a line break to js-yaml (as YAML 1.2
        // says), text to `yaml`; a BOM after the first character is text to js-yaml, a mark to `yaml` at a line's start
        // (a stray character in a key or value: an error either way); aliases are refused by the config reader.
        if (old.errors.length > 0 || old.warnings.length > 0 || /\r(?!\n)|\*|.\ufeff/su.test(text)) return;
        let mine: unknown;
        try {
          mine = plain(read(text));
        } catch (e) {
          if (e instanceof YamlProblem) return;
          throw e;
        }
        expect(mine).toEqual(old.toJS());
        same++;
      }),
      { numRuns: 1500, seed: 20261208 },
    );
    // Most mutated configs are still valid YAML: the comparison above ran on many.
    expect(same).toBeGreaterThan(500);
  });
});

describe('the YAML reader: places and refusals', () => {
  it('each node knows the line it starts on, an empty value the line of its key', () => {
    const text = 'scope:\n  modules: [a,\n    b]\nwaivers:\n  - frames:\n      - x\n    reason:\n';
    const lines = new LineIndex(text);
    const root = readYamlTree(text, lines);
    const at = (n: YamlNode) => lines.line(n.offset);
    if (root?.kind !== 'map') throw new Error('expected a mapping');
    const [scope, waivers] = root.pairs;
    if (scope!.value.kind !== 'map' || waivers!.value.kind !== 'seq') throw new Error('unexpected shape');
    const modules = scope!.value.pairs[0]!.value;
    if (modules.kind !== 'seq') throw new Error('expected a list');
    expect(modules.items.map(at)).toEqual([2, 3]);
    const waiver = waivers!.value.items[0]!;
    if (waiver.kind !== 'map') throw new Error('expected a mapping');
    expect(waiver.pairs.map((p) => [at(p.key), at(p.value)])).toEqual([
      [5, 6],
      [7, 7],
    ]);
    expect(waiver.pairs[1]!.value).toMatchObject({ kind: 'scalar', value: null });
  });

  it('a syntax error names its line; nothing but comments is no document', () => {
    expect(() => read('a: 1\nb: [2\nc: 3\n')).toThrow(YamlProblem);
    try {
      read('a: 1\nb: [2\nc: 3\n');
    } catch (e) {
      expect((e as YamlProblem).line).toBe(3);
    }
    expect(read('# only a comment\n')).toBeNull();
  });
});
