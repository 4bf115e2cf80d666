// The config's YAML as a tree of nodes that know where they start, so every
// error can name the line to fix. Built from js-yaml's flat event stream: its
// reader is iterative, stops at the first error, refuses nesting deeper than
// MAX_DEPTH, and reads a megabyte in well under 0.1 s (npm run bench).

import {
  EVENT_ID,
  getScalarValue,
  NOT_RESOLVED,
  parseEvents,
  SCALAR_STYLE,
  YAMLException,
  boolCoreTag,
  boolYaml11Tag,
  floatCoreTag,
  floatYaml11Tag,
  intCoreTag,
  intYaml11Tag,
  nullCoreTag,
  nullYaml11Tag,
  type DocumentEvent,
  type Event,
  type ScalarEvent,
  type ScalarTagDefinition,
} from 'js-yaml';
import type { LineIndex } from '../line-index.js';

export type ScalarValue = string | number | boolean | null;
export type YamlNode =
  | { kind: 'scalar'; offset: number; value: ScalarValue }
  | { kind: 'seq'; offset: number; items: YamlNode[] }
  | { kind: 'map'; offset: number; pairs: YamlPair[] }
  | { kind: 'alias'; offset: number };
export interface YamlPair {
  key: YamlNode;
  value: YamlNode;
}

/** Text that is not one YAML document this reader takes. */
export class YamlProblem extends Error {
  constructor(
    readonly cause_: string,
    readonly line: number | undefined,
  ) {
    super(cause_);
  }
}

/** Far beyond any config (it is 4 levels deep). */
export const MAX_DEPTH = 100;

/** Plain scalars resolve as in YAML 1.2's core schema; a `%YAML 1.1` file gets 1.1's (yes/no are booleans there). */
const IMPLICIT = {
  '1.2': [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag],
  '1.1': [nullYaml11Tag, boolYaml11Tag, intYaml11Tag, floatYaml11Tag],
} as const;
type Resolvers = (typeof IMPLICIT)[keyof typeof IMPLICIT];

/** The document's root node, or null for a file of nothing but comments. */
export function readYamlTree(text: string, lines: LineIndex): YamlNode | null {
  const events = eventsOf(text);
  const builder = new TreeBuilder(text, lines);
  for (let i = 0; i < events.length; i++) builder.take(events[i]!, () => nextOffset(events, i));
  return builder.root;
}

function eventsOf(text: string): Event[] {
  try {
    return parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const cause = /maxDepth/.test(e.reason) ? `nested more than ${MAX_DEPTH} levels deep` : e.reason;
    throw new YamlProblem(cause, e.mark ? e.mark.line + 1 : undefined);
  }
}

type Collection = Extract<YamlNode, { kind: 'seq' | 'map' }>;

class TreeBuilder {
  root: YamlNode | null = null;
  private readonly open: { node: Collection; key?: YamlNode }[] = [];
  private documents = 0;
  private resolvers: Resolvers = IMPLICIT['1.2'];
  /** Where the last node started: an empty scalar (`key:` and nothing) has no place of its own. */
  private last = 0;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  take(e: Event, offsetAfter: () => number | undefined): void {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        return this.document(e, offsetAfter);
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const offset = this.place(e.start, e.anchorStart, e.tagStart);
        const seq = e.type === EVENT_ID.SEQUENCE;
        const tag = this.tag(e.tagStart, e.tagEnd, offset);
        if (tag !== undefined && tag !== '!' && tag !== (seq ? 'seq' : 'map'))
          this.fail(`YAML tag '!!${tag}' does not fit a ${seq ? 'list' : 'mapping'}`, offset);
        const node: Collection = seq ? { kind: 'seq', offset, items: [] } : { kind: 'map', offset, pairs: [] };
        this.add(node);
        this.open.push({ node });
        return;
      }
      case EVENT_ID.SCALAR: {
        // A document of nothing (`---` alone) is no document, as an empty file is: the default config.
        if (this.open.length === 0 && e.valueStart < 0 && e.tagStart < 0 && e.anchorStart < 0) return;
        const offset = this.place(e.valueStart, e.anchorStart, e.tagStart);
        return this.add({ kind: 'scalar', offset, value: this.scalar(e, offset) });
      }
      case EVENT_ID.ALIAS:
        return this.add({ kind: 'alias', offset: this.place(e.anchorStart) });
      case EVENT_ID.POP:
        // The last POP closes the document, with no collection left open.
        this.open.pop();
        return;
    }
  }

  private document(e: DocumentEvent, offsetAfter: () => number | undefined): void {
    if (++this.documents > 1) this.fail("more than one YAML document (a '---' line starts another): a config is one", offsetAfter());
    for (const d of e.directives) {
      if (d.kind === 'tag') this.fail(`%TAG directives are not supported (tag ${d.handle})`, offsetAfter());
      else this.resolvers = d.version === '1.1' ? IMPLICIT['1.1'] : IMPLICIT['1.2'];
    }
  }

  private add(node: YamlNode): void {
    const parent = this.open.at(-1);
    if (!parent) this.root = node;
    else if (parent.node.kind === 'seq') parent.node.items.push(node);
    else if (parent.key === undefined) parent.key = node;
    else {
      parent.node.pairs.push({ key: parent.key, value: node });
      parent.key = undefined;
    }
  }

  /** The first known offset among the node's parts (-1 is absent), else where the last node started. */
  private place(...offsets: number[]): number {
    const known = offsets.filter((o) => o >= 0);
    if (known.length > 0) this.last = Math.min(...known);
    return this.last;
  }

  private scalar(e: ScalarEvent, offset: number): ScalarValue {
    const source = getScalarValue(this.text, e);
    const tag = this.tag(e.tagStart, e.tagEnd, offset);
    if (tag === undefined) return e.style === SCALAR_STYLE.PLAIN ? implicit(this.resolvers, source) : source;
    if (tag === '!' || tag === 'str') return source;
    const def = this.resolvers.find((d) => d.tagName.endsWith(`:${tag}`));
    if (!def) return this.fail(`YAML tag '!!${tag}' is not supported here (quote the value instead)`, offset);
    const value = def.resolve(source, true, def.tagName);
    if (value === NOT_RESOLVED) this.fail(`'${source}' is not a valid !!${tag}`, offset);
    return value as ScalarValue;
  }

  /** The core tag's short name (`str` for `!!str` or `!<tag:yaml.org,2002:str>`), '!' for the non-specific tag, undefined for none. */
  private tag(start: number, end: number, offset: number): string | undefined {
    if (start < 0) return undefined;
    const t = this.text.slice(start, end);
    const name = /^!(?:!([a-z]+)|<tag:yaml\.org,2002:([a-z]+)>)$/.exec(t);
    if (name) return name[1] ?? name[2];
    if (t === '!') return '!';
    return this.fail(`YAML tag '${t}' is not supported (quote the value instead)`, offset);
  }

  private fail(cause: string, offset: number | undefined): never {
    throw new YamlProblem(cause, offset === undefined ? undefined : this.lines.line(offset));
  }
}

function implicit(resolvers: Resolvers, source: string): ScalarValue {
  for (const def of resolvers as readonly ScalarTagDefinition<ScalarValue>[]) {
    const value = def.resolve(source, false, def.tagName);
    if (value !== NOT_RESOLVED) return value;
  }
  return source;
}

/** Where the next node after event i starts (a document event has no place of its own). */
function nextOffset(events: Event[], i: number): number | undefined {
  for (let j = i + 1; j < events.length; j++) {
    const e = events[j]!;
    if (e.type === EVENT_ID.SCALAR && e.valueStart >= 0) return e.valueStart;
    if ((e.type === EVENT_ID.SEQUENCE || e.type === EVENT_ID.MAPPING) && e.start >= 0) return e.start;
  }
  return undefined;
}
