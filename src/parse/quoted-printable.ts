// Reports copied out of mail archives often keep the body's quoted-printable
// transfer encoding: `=20` and `=A0` (a no-break space, how some mail clients
// indent), `=3D` for `=`, and soft line breaks (`=` at the end of a line: the
// line goes on below). Decoded here, line numbers kept, before anything else
// reads the lines.

export interface NumberedLine {
  text: string;
  /** 1-based line number in the original file (of the first line, for joined ones). */
  line: number;
}

const HEADER = /^Content-Transfer-Encoding:[ \t]*quoted-printable[ \t]*\r?$/im;
// Without the header, the marks no plain kernel log has: encoded no-break
// spaces, and a space encoded at the end of a line.
const MARKS = /=(?:A0|C2=A0)|=20\r?$/m;
const ESCAPE = /=([0-9A-F]{2})/g;

export function looksQuotedPrintable(text: string): boolean {
  return text.includes('=') && (HEADER.test(text) || MARKS.test(text));
}

export function decodeQuotedPrintable(lines: NumberedLine[]): NumberedLine[] {
  const out: NumberedLine[] = [];
  // The parts of a line continued by soft breaks, joined once at its end (joining at every break is quadratic).
  let parts: string[] = [];
  let start = 0;
  for (const l of lines) {
    const text = l.text.endsWith('\r') ? l.text.slice(0, -1) : l.text;
    if (parts.length === 0) start = l.line;
    if (text.endsWith('=')) {
      parts.push(text.slice(0, -1));
      continue;
    }
    parts.push(text);
    out.push({ text: decodeLine(parts.join('')), line: start });
    parts = [];
  }
  if (parts.length > 0) out.push({ text: decodeLine(parts.join('')), line: start });
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** `=XX` to bytes, read as UTF-8 when they are that, else as ISO-8859-1 (the other charset mail clients use). */
function decodeLine(text: string): string {
  if (!text.includes('=')) return text;
  const bytes: number[] = [];
  let last = 0;
  for (const m of text.matchAll(ESCAPE)) {
    pushText(bytes, text.slice(last, m.index));
    bytes.push(parseInt(m[1]!, 16));
    last = m.index + 3;
  }
  pushText(bytes, text.slice(last));
  const buf = Uint8Array.from(bytes);
  try {
    return utf8.decode(buf);
  } catch {
    return latin1.decode(buf);
  }
}

function pushText(bytes: number[], s: string): void {
  for (const b of Buffer.from(s, 'utf8')) bytes.push(b);
}
