// Strict JSON for files that people edit and git merges: JSON.parse quietly
// keeps the last of two equal keys (`"objects": 2, "objects": 200` reads as
// 200) and names a character offset, not a line. Here every way a reviewed
// file goes wrong is one precise `line: cause`: a byte-order mark, a
// merge-conflict marker, a trailing comma, a comment, a duplicated key, any
// other syntax error. One pass of jsonc-parser (strict options) finds the
// structure and the lines; the values are then JSON.parse's. (Its ESM build:
// the UMD one that "main" names requires its parts at run time, which a
// bundle cannot follow.)

import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { LineIndex } from '../line-index.js';

export interface JsonProblem {
  line: number;
  cause: string;
}

/** The line where each value of the document starts, by its path (`keyPath`). */
export type ValueLines = Map<string, number>;

export type StrictJson = { value: unknown; lines: ValueLines } | { problem: JsonProblem };

const CONFLICT = /^(?:<{7}|={7}|>{7}|\|{7})(?: |$)/;

/** The path of a value as ValueLines names it: `leaks.3.objects`. */
export function keyPath(path: readonly (string | number)[]): string {
  return path.join('.');
}

export function parseStrictJson(text: string): StrictJson {
  if (text.charCodeAt(0) === 0xfeff) return problem(1, 'starts with a byte-order mark (BOM): save the file as UTF-8 without it');
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (CONFLICT.test(lines[i]!)) {
      return problem(i + 1, `merge-conflict marker ${JSON.stringify(lines[i]!.trimEnd().slice(0, 40))}: resolve the conflict`);
    }
  }
  const deep = tooDeep(text);
  if (deep !== undefined) return problem(deep, `nested deeper than ${MAX_DEPTH} levels: not a file this tool reads`);
  let first: JsonProblem | undefined;
  const valueLines: ValueLines = new Map();
  const at = (line: number, path: () => (string | number)[]) => void valueLines.set(keyPath(path()), line + 1);
  // The keys of each object being read, innermost last, with their lines.
  const open: Map<string, number>[] = [];
  visit(
    text,
    {
      onObjectBegin: (_offset, _length, line, _column, path) => {
        at(line, path);
        open.push(new Map());
      },
      onObjectEnd: () => void open.pop(),
      onArrayBegin: (_offset, _length, line, _column, path) => at(line, path),
      onLiteralValue: (_value, _offset, _length, line, _column, path) => at(line, path),
      onObjectProperty: (name, _offset, _length, line) => {
        const keys = open[open.length - 1]!;
        const earlier = keys.get(name);
        if (earlier !== undefined && first === undefined) {
          first = {
            line: line + 1,
            cause: `duplicate key ${JSON.stringify(name)} (first at line ${earlier}): JSON keeps only one of them`,
          };
        }
        keys.set(name, line + 1);
      },
      onComment: (offset, _length, line) => {
        first ??= { line: line + 1, cause: `a comment at ${JSON.stringify(text.slice(offset, offset + 2))}: JSON has no comments` };
      },
      onError: (code, offset, _length, line) => {
        first ??= { line: line + 1, cause: syntaxCause(code, text, offset) };
      },
    },
    { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false },
  );
  if (first) return { problem: first };
  // jsonc-parser (strict) and JSON.parse agree on what is JSON; JSON.parse makes the values.
  try {
    return { value: JSON.parse(text), lines: valueLines };
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    return problem(pos ? new LineIndex(text).line(Number(pos[1])) : 1, `not valid JSON: ${(e as Error).message}`);
  }
}

// The parser recurses per level; a baseline is 4 levels deep.
const MAX_DEPTH = 64;

/** The line where brackets (outside strings) first nest deeper than MAX_DEPTH. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (inString) {
      if (c === 92)
        i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

function problem(line: number, cause: string): StrictJson {
  return { problem: { line, cause } };
}

/** The parser's error code in words, with a trailing comma named as such. */
function syntaxCause(code: ParseErrorCode, text: string, offset: number): string {
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before]!)) before--;
  const at = text[offset];
  if (text[before] === ',' && (at === '}' || at === ']')) return `trailing comma before '${at}': JSON allows none`;
  const name = printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const found = offset < text.length ? ` at ${JSON.stringify(text.slice(offset, offset + 12))}` : ' at the end of the file';
  return `not valid JSON: ${name}${found}; truncated or hand-edited?`;
}
