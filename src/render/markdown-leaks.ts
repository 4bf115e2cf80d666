// The parts of the PR comment about leaks, laid out for a reviewer's width
// (GitHub's comment column, about 850 px): each new or grown leak as a short
// section (title, counts, a link to the allocating line at the head commit),
// its backtrace folded away with one frame per line and the source on the
// line below (so no line runs past the code block); every other leak in one
// collapsed table of four narrow columns. Device text only in code.
import type { ComparedLeak, Frame, LeakStatus } from '../model.js';
import { allocationSite, frameSource, frameSymbol } from './backtrace.js';
import { codeBlock, codeSpan, escapeHtml, htmlCode } from './escape.js';

/** Where a repository file's line is shown: `https://github.com/OWNER/REPO/blob/SHA/path#L27`, or undefined. */
export type SourceLink = (file: string, line: number) => string | undefined;

export interface BlobBase {
  /** GITHUB_SERVER_URL (github.com or GHES). */
  serverUrl: string;
  owner: string;
  repo: string;
  /** The commit the lines belong to (the pull request's head), or a branch. */
  sha: string;
}

/** Each path segment percent-encoded (parentheses too: they would end a Markdown link). */
function encodePath(file: string): string {
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** Where GitHub shows a repository file at a commit or branch. */
export function blobUrl(base: BlobBase, file: string): string {
  return `${base.serverUrl.replace(/\/+$/, '')}/${encodePath(base.owner)}/${encodePath(base.repo)}/blob/${encodePath(base.sha)}/${encodePath(file)}`;
}

export function blobLink(base: BlobBase, inRepo: (file: string) => boolean): SourceLink {
  return (file, line) => (inRepo(file) ? `${blobUrl(base, file)}#L${line}` : undefined);
}

const LABEL: Record<LeakStatus, string> = {
  new: '🆕 new',
  grown: '📈 grown',
  known: 'known',
  waived: 'waived',
  flaky: 'flaky',
  'out-of-scope': 'out of scope',
  unidentified: '❓ unidentified',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The backtrace for a column of about 100 characters: one line per frame
 * (`func+0x17/0x40 [mod]`, how it was named), its source on the next line,
 * indented; inlined frames first, as decode_stacktrace.sh prints them.
 */
export function narrowBacktrace(frames: Frame[]): string {
  const lines: string[] = [];
  const at = (src: string | undefined) => (src ? [`    at ${src}`] : []);
  for (const frame of frames) {
    for (const inl of frame.inlined) lines.push(`${inl.function} [inline]`, ...at(frameSource(inl)));
    const how =
      frame.resolvedBy === 'kallsyms' ? '  (named from kallsyms)' : frame.resolvedBy === 'debug-info' ? '  (named from debug info)' : '';
    lines.push(`${frameSymbol(frame)}${how}`, ...at(frameSource(frame)));
  }
  return lines.join('\n');
}

/** One new or grown leak: what, how much, where (linked), and its backtrace folded. */
export function leakSection(leak: ComparedLeak, link: SourceLink | undefined): string {
  const site = allocationSite(leak.frames);
  const where = site ? frameSource(site)! : undefined;
  const url = site && link ? link(site.file, site.line) : undefined;
  const place = where
    ? `, allocated at ${url ? `[${codeSpan(where)}](${url})` : codeSpan(where)}`
    : '; no source line (give the debug info of the build that ran)';
  const was = leak.baselineObjects !== undefined ? ` (the baseline accepts ${leak.baselineObjects})` : '';
  const comm = leak.records[0]?.comm;
  const summary = [`fingerprint ${htmlCode(leak.fingerprint)}`, comm !== undefined ? `comm ${htmlCode(comm)}` : ''].filter(Boolean);
  return [
    `### ${LABEL[leak.status]}: ${codeSpan(leak.title)}`,
    '',
    `${plural(leak.objects, 'object')}${was}, ${leak.bytes} bytes${place}`,
    '',
    `<details><summary>Backtrace · ${summary.join(' · ')}</summary>`,
    '',
    codeBlock(narrowBacktrace(leak.frames)),
    '</details>',
  ].join('\n');
}

/** The collapsed table of every leak that does not fail the check: its parts, so a size budget can cut rows. */
export function otherLeaksTable(leaks: ComparedLeak[]): { open: string; rows: string[]; close: string } {
  const counts = new Map<LeakStatus, number>();
  for (const l of leaks) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const what = [...counts].map(([status, n]) => `${n} ${LABEL[status]}`).join(', ');
  return {
    open: [
      `<details><summary>${escapeHtml(what)} (${leaks.length === 1 ? 'it does' : 'they do'} not fail the check)</summary>`,
      '',
      '| status | leak | objects | fingerprint |',
      '|---|---|---:|---|',
    ].join('\n'),
    rows: leaks.map((l) => `| ${LABEL[l.status]} | ${codeSpan(l.title, true)} | ${l.objects} | ${codeSpan(l.fingerprint, true)} |`),
    close: '\n</details>',
  };
}
