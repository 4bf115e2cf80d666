// Mutations of real inputs, as fast-check arbitraries of plain data (a case
// can be printed, saved and replayed): cuts at any byte, hostile fragments
// inserted once or repeated into long lines, numbers replaced by huge ones,
// lines doubled, dropped or swapped, a capture form put around every line
// (dmesg prefixes, mail quotes, CRLF, quoted-printable), and the edits people
// and git make to JSON and YAML files.
import fc from 'fast-check';

/** Fragments a device, a serial line or an editor can produce; `KGX` marks text that must stay inert in outputs. */
export const SNIPPETS: readonly string[] = [
  '9',
  'f',
  '0x',
  '.1',
  '.isra',
  'comm "',
  'kmemleak ',
  'kmemleak_',
  '+0x1/0x1',
  ' [',
  ']',
  '(',
  ')',
  ':',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  'unreferenced object 0x',
  ' (size ',
  'backtrace:',
  'backtrace (crc ',
  'hex dump (first 32 bytes):',
  '    [<ffffffffc0277062>] ',
  '[<(____ptrval____)>] ',
  '0xffffffffffffffff',
  ' at ',
  '(inlined by) ',
  ' [inline]',
  'Content-Transfer-Encoding: quoted-printable\n',
  '=\n',
  '=20',
  '=A0',
  '> ',
  '[   12.345678] ',
  'kmemleak: ',
  'Memory pool empty',
  'kmemleak disabled',
  'BUG: unable to handle',
  'Permission denied',
  '\u202e',
  '\u200b',
  '\u2066',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u2028',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\u{1f600}',
  'é',
  '<img src=x onerror=KGX>',
  '@KGX',
  '[KGX](https://kgx.invalid)',
  '::error::KGX',
  '%0A::warning::KGX',
  '```',
  '`',
  '|',
  '${{ KGX }}',
  '$(KGX)',
  '<!-- KGX -->',
  '</details>',
  '&amp;',
  '\\',
  // YAML and JSON
  '...',
  '*',
  '&a ',
  '*a',
  '- ',
  ': ',
  '{',
  '}',
  '"',
  "'",
  '#',
  ',',
  '!!binary ',
  '2027-02-30',
  'kl1:0123456789abcdef',
  '\n  ',
  'frames: [',
  'reason: ',
  '1e400',
  '-1',
  '9007199254740993',
];

export type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; snippet: number; times: number }
  | { kind: 'number'; which: number; digits: number; fill: number }
  | { kind: 'line'; op: 'dup' | 'drop' | 'swap' | 'blank'; which: number }
  | { kind: 'repeat'; at: number; len: number; times: number }
  | { kind: 'form'; form: number }
  | { kind: 'json'; op: JsonEdit; which: number };

export type JsonEdit = 'dup-key' | 'bom' | 'trailing-comma' | 'conflict' | 'nest' | 'type';
const JSON_EDITS: readonly JsonEdit[] = ['dup-key', 'bom', 'trailing-comma', 'conflict', 'nest', 'type'];

/** How large a mutation may make an input: small in `npm test`, up to lines of hundreds of KB in `npm run fuzz`. */
export interface Scale {
  maxTimes: number;
  maxDigits: number;
}

export function mutationArb(scale: Scale, json: boolean): fc.Arbitrary<Mutation> {
  const pos = fc.nat();
  const times = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: scale.maxTimes }));
  const arbs: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant('cut' as const), at: pos }),
    fc.record({ kind: fc.constant('insert' as const), at: pos, snippet: fc.nat({ max: SNIPPETS.length - 1 }), times }),
    fc.record({
      kind: fc.constant('number' as const),
      which: pos,
      digits: fc.oneof(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: scale.maxDigits })),
      fill: fc.nat({ max: 3 }),
    }),
    fc.record({
      kind: fc.constant('line' as const),
      op: fc.constantFrom('dup' as const, 'drop' as const, 'swap' as const, 'blank' as const),
      which: pos,
    }),
    fc.record({ kind: fc.constant('repeat' as const), at: pos, len: fc.integer({ min: 1, max: 64 }), times }),
    fc.record({ kind: fc.constant('form' as const), form: fc.nat({ max: FORMS.length - 1 }) }),
  ];
  if (json) arbs.push(fc.record({ kind: fc.constant('json' as const), op: fc.constantFrom(...JSON_EDITS), which: pos }));
  return fc.oneof(...arbs);
}

export function mutationsArb(scale: Scale, json = false): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArb(scale, json), { minLength: 1, maxLength: 4 });
}

/** Ways a capture wraps every line. */
const FORMS: readonly ((lines: string[]) => string[])[] = [
  (ls) => ls.map((l, i) => `[   ${(i / 100).toFixed(6)}] ${l}`),
  (ls) => ls.map((l, i) => `[   ${(i / 100).toFixed(6)}] kmemleak: ${l}`),
  (ls) => ls.map((l) => `> ${l}`),
  (ls) => ls.map((l) => `${l}\r`),
  (ls) => [
    'Content-Transfer-Encoding: quoted-printable',
    '',
    ...ls.flatMap((l) => (l.length > 40 ? [`${l.slice(0, 40)}=`, l.slice(40)] : [l])),
  ],
  (ls) => ls.map((l) => `Nov 25 17:00:00 board kernel: ${l}`),
];

const FILL = ['9', 'f', '0', '1'];

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyOne, text);
}

function applyOne(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'cut':
      return text.slice(0, at(m.at));
    case 'insert': {
      const p = at(m.at);
      return text.slice(0, p) + SNIPPETS[m.snippet]!.repeat(m.times) + text.slice(p);
    }
    case 'number': {
      const runs = [...text.matchAll(/0x[0-9a-fA-F]+|\d+/g)];
      if (runs.length === 0) return text;
      const hit = runs[m.which % runs.length]!;
      const prefix = hit[0].startsWith('0x') ? '0x' : '';
      return text.slice(0, hit.index) + prefix + FILL[m.fill]!.repeat(m.digits) + text.slice(hit.index + hit[0].length);
    }
    case 'line': {
      const lines = text.split('\n');
      const i = m.which % lines.length;
      if (m.op === 'dup') lines.splice(i, 0, lines[i]!);
      else if (m.op === 'drop') lines.splice(i, 1);
      else if (m.op === 'blank') lines.splice(i, 0, '');
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      return lines.join('\n');
    }
    case 'repeat': {
      const p = at(m.at);
      const piece = text.slice(p, p + m.len);
      return text.slice(0, p) + piece.repeat(m.times) + text.slice(p);
    }
    case 'form': {
      const lines = text.split('\n');
      const last = lines.pop();
      return [...FORMS[m.form]!(lines), last ?? ''].join('\n');
    }
    case 'json':
      return jsonEdit(text, m.op, m.which);
  }
}

/** The edits a person or git makes to a JSON file. */
function jsonEdit(text: string, op: JsonEdit, which: number): string {
  const lines = text.split('\n');
  const pick = (re: RegExp) => {
    const hits = lines.map((l, i) => (re.test(l) ? i : -1)).filter((i) => i >= 0);
    return hits.length ? hits[which % hits.length]! : -1;
  };
  switch (op) {
    case 'bom':
      return '\ufeff' + text;
    case 'dup-key': {
      const i = pick(/^\s*"\w+": [^[{]/);
      if (i >= 0) lines.splice(i, 0, lines[i]!.replace(/: .*?(,?)$/, ': 7$1').replace(/([^,])$/, '$1,'));
      return lines.join('\n');
    }
    case 'trailing-comma': {
      const i = pick(/^\s*[}\]]/);
      if (i > 0 && !lines[i - 1]!.endsWith(',')) lines[i - 1] += ',';
      return lines.join('\n');
    }
    case 'conflict': {
      const i = pick(/./);
      if (i >= 0) lines.splice(i, 1, '<<<<<<< HEAD', lines[i]!, '=======', lines[i]!.replace(/\d/g, '7'), '>>>>>>> theirs');
      return lines.join('\n');
    }
    case 'nest': {
      const i = pick(/\[/);
      if (i >= 0) lines[i] = lines[i]!.replace('[', '['.repeat(1 + (which % 200)));
      return lines.join('\n');
    }
    case 'type': {
      const i = pick(/": /);
      if (i >= 0) lines[i] = lines[i]!.replace(/": .*?(,?)$/, `": ${['null', '7', '"x"', '[]', '{}', '1.5', '-0', '1e400'][which % 8]}$1`);
      return lines.join('\n');
    }
  }
}
