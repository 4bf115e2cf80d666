// Symbol names, `comm`, module names and paths come from a device under test:
// whatever a buggy or hostile driver put there ends up in PR comments, job
// summaries and workflow commands. Every renderer that shows such text goes
// through one of these functions, so nothing in it can become markup, an
// @-mention, an image, or a workflow command.

/** Control characters other than tab, CR and LF (handled where lines matter) never mean anything useful here. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}

/** One line: device text may carry newlines that would break a table row or a heading. */
export function flatten(text: string): string {
  return stripControl(text).replace(/[\r\n\t]+/g, ' ');
}

/**
 * HTML text or attribute content. GitHub renders raw HTML in Markdown, so
 * `<img src=x onerror=…>` must arrive as text.
 */
export function escapeHtml(text: string): string {
  return stripControl(text)
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
  const clean = stripControl(text).replace(/\r\n?/g, '\n');
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
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
