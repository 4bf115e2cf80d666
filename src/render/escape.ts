// Symbol names, `comm`, module names and paths come from a device under test:
// whatever a buggy or hostile driver put there ends up in PR comments, job
// summaries and workflow commands. Every renderer that shows such text goes
// through one of these functions, so nothing in it can become markup, an
// @-mention, an image, or a workflow command.

// Characters that show nothing or move other text: controls (C0, C1, DEL),
// format characters (bidi overrides and isolates such as U+202E, zero-width
// spaces and joiners, the BOM, tag characters), line and paragraph
// separators, and unpaired surrogates. From a device they can make a leak
// read as another ("Trojan Source"); tab, CR and LF are left to the callers
// that handle lines.
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * Each invisible character as its `\uXXXX` escape (astral ones as their two
 * UTF-16 halves): visible in any text, and in JSON text the very same
 * string, since that is JSON's own escape.
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    let out = '';
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}

/**
 * A JSON document whose strings a consumer shows as they are (a SARIF alert,
 * a GitLab widget): every string in it with invisible characters shown.
 */
export function visibleStrings<T>(doc: T): T {
  if (typeof doc === 'string') return showInvisible(doc) as T;
  if (Array.isArray(doc)) return doc.map(visibleStrings) as T;
  if (typeof doc === 'object' && doc !== null) {
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => [showInvisible(k), visibleStrings(v)])) as T;
  }
  return doc;
}

/** One line: device text may carry newlines that would break a table row or a heading. */
export function flatten(text: string): string {
  return showInvisible(text).replace(/[\r\n\t]+/g, ' ');
}

/**
 * HTML text or attribute content. GitHub renders raw HTML in Markdown, so
 * `<img src=x onerror=…>` must arrive as text.
 */
export function escapeHtml(text: string): string {
  return showInvisible(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * A Markdown code span. Mentions, links, emphasis and HTML are inert inside
 * code (GitHub does not link @-mentions in code), so untrusted one-line text
 * is shown this way. The fence is one backtick longer than any run inside,
 * and `|` is escaped because GFM splits table cells before it parses code.
 */
export function codeSpan(text: string, inTable = false): string {
  const flat = flatten(text);
  if (flat === '') return '';
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A fenced code block for multi-line untrusted text: the fence outgrows any backtick run inside. */
export function codeBlock(text: string, info = 'text'): string {
  const clean = showInvisible(text).replace(/\r\n?/g, '\n');
  const fence = '`'.repeat(Math.max(3, longestRun(clean, '`') + 1));
  return `${fence}${info}\n${clean}\n${fence}`;
}

/** `<code>` for HTML contexts such as `<summary>`, where Markdown is not parsed. */
export function htmlCode(text: string): string {
  return `<code>${escapeHtml(flatten(text))}</code>`;
}

// Workflow commands (`::error file=…,title=…::message`): the runner reads one
// command per line, so newlines must be encoded; in properties `:` and `,`
// separate fields. Same encoding as @actions/core, kept here so the rule is
// ours, tested, and applied to our own annotation writer.

export function escapeCommandData(text: string): string {
  return showInvisible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::name k=v,…::message` line, everything escaped. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${escapeCommandProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
