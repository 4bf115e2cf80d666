// The reviewer's view of a check: the sticky PR comment, the job summary and
// `kleak-gate check --format markdown`. A headline and one line of counts,
// then what fails the gate (markdown-leaks.ts), everything else collapsed.
// Everything that came from the device
// (titles, symbols, comm, paths) goes through escape.ts; the output is kept
// under a size limit (GitHub refuses comments over 65,536 characters and job
// summaries over 1 MiB) by dropping the least important parts with a note.
import type { CheckResult } from '../model.js';
import { codeBlock, codeSpan } from './escape.js';
import { leakSection, otherLeaksTable, type SourceLink } from './markdown-leaks.js';
import type { OutputFormat } from './format.js';
import { failsGate, sortLeaks } from '../model/status.js';
import { describeUnreadable } from './text.js';
import { wrapShellLine } from './shell-words.js';

export interface MarkdownOptions {
  /** Board / matrix leg; shown in the heading. */
  target?: string;
  /** A first line to keep whatever happens (the sticky comment's hidden marker). */
  marker?: string;
  /** Upper bound on the output, in UTF-16 code units (what GitHub counts). */
  maxLength?: number;
  /** The "how to accept" command of this run (render/accept-command.ts). */
  acceptCommand?: string;
  /** The previous comment reported leaks and this run has none left to act on. */
  cleanNow?: boolean;
  /** Link to the workflow run (where the full summary and artifacts are). */
  runUrl?: string;
  /** Links a repository file's line at the commit under test (blobLink); without it, paths are plain. */
  sourceLink?: SourceLink;
}

/** GitHub's limit on an issue comment body. */
export const COMMENT_MAX = 65_536;
/** GitHub's limit on a step summary is 1 MiB of UTF-8; leave room for multibyte text. */
export const SUMMARY_MAX = 300_000;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function headline(result: CheckResult, opts: MarkdownOptions): string {
  const s = result.summary;
  const who = opts.target ? ` on ${codeSpan(opts.target)}` : '';
  if (result.verdict === 'fail') {
    const parts = [
      s.new ? plural(s.new, 'new leak') : '',
      s.grown ? plural(s.grown, 'grown leak') : '',
      s.unidentified ? plural(s.unidentified, 'unidentified leak') : '',
      s.unreadable ? plural(s.unreadable, 'unreadable record') : '',
    ].filter(Boolean);
    return `## ❌ kleak-gate${who}: ${parts.join(', ') || 'failed'}`;
  }
  if (opts.cleanNow) return `## ✅ kleak-gate${who}: clean now — no new or grown leaks`;
  return `## ✅ kleak-gate${who}: no new or grown leaks`;
}

/** One line of counts, the failing ones in bold. */
function summaryLine(result: CheckResult): string {
  const s = result.summary;
  const bold = (n: number, word: string) => (n > 0 ? `**${n} ${word}**` : `${n} ${word}`);
  return [
    bold(s.new, 'new'),
    bold(s.grown, 'grown'),
    ...(s.unreadable ? [bold(s.unreadable, 'unreadable')] : []),
    `${s.fixed} fixed`,
    `${s.known} known`,
    `${s.waived} waived`,
    `${plural(s.objects, 'object')} in ${plural(result.runs, 'run')}`,
  ].join(' · ');
}

function acceptHint(opts: MarkdownOptions): string {
  const intro = 'Fix the leak if you can. If it is expected, or not this change’s to fix, accept it and commit the updated baseline';
  const body = opts.acceptCommand
    ? [
        `${intro} with this pull request, so that the reviewers see the decision. The command takes this run’s files`,
        '(paths relative to the workspace: download the job’s artifacts into a checkout first):',
        '',
        codeBlock(wrapShellLine(opts.acceptCommand), 'sh'),
      ]
    : [`${intro} (\`baseline update … --accept-new\` over this run’s inputs) with this pull request.`];
  return [
    '<details><summary>How to accept a leak into the baseline</summary>',
    '',
    ...body,
    '',
    'A false positive (e.g. RCU-deferred free) is better waived with a reason in `.kleak-gate.yml` (`waivers:`).',
    '</details>',
  ].join('\n');
}

/** Appends parts while they fit, keeping room for the note that says what was left out. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  omitted = 0;
  constructor(private readonly max: number) {}
  add(text: string): boolean {
    if (this.omitted === 0 && this.used + text.length + 2 <= this.max) {
      this.parts.push(text);
      this.used += text.length + 2;
      return true;
    }
    this.omitted++;
    return false;
  }
  /** A block of rows (a table): as many rows as fit, its end always with it. */
  addRows(open: string, rows: string[], close: string): void {
    const fixed = open.length + close.length + 2;
    if (this.omitted > 0 || this.used + fixed + (rows[0]?.length ?? 0) + 1 > this.max) {
      this.omitted += 1;
      return;
    }
    let text = open;
    let shown = 0;
    for (const row of rows) {
      if (this.used + fixed + text.length - open.length + row.length + 1 > this.max) break;
      text += `\n${row}`;
      shown++;
    }
    this.parts.push(text + close);
    this.used += text.length + close.length + 2;
    if (shown < rows.length) this.omitted += rows.length - shown;
  }
  text(): string {
    return this.parts.join('\n\n');
  }
}

export function renderMarkdown(result: CheckResult, opts: MarkdownOptions): string {
  const max = opts.maxLength ?? COMMENT_MAX;
  const note = (n: number): string =>
    `> [!NOTE]\n> Truncated to fit GitHub's size limit: ${plural(n, 'part')} not shown. The full result is in the job summary and the \`result-json\` output${opts.runUrl ? ` ([workflow run](${opts.runUrl}))` : ''}.`;
  const head = [opts.marker, headline(result, opts), summaryLine(result)].filter((p): p is string => !!p);
  const budget = new Budget(max - head.join('\n\n').length - note(99_999).length - 4);

  const leaks = sortLeaks(result.leaks);
  const actionable = leaks.filter((l) => failsGate(l.status));
  const others = leaks.filter((l) => !failsGate(l.status));
  for (const leak of actionable) budget.add(leakSection(leak, opts.sourceLink));
  if (result.unreadable.length > 0) {
    budget.add('### Unreadable records (cut or garbled: never matched to the baseline, the gate fails)');
    for (const u of result.unreadable) budget.add(`- ${codeSpan(describeUnreadable(u))}`);
  }
  if (others.length > 0) {
    const table = otherLeaksTable(others);
    budget.addRows(table.open, table.rows, table.close);
  }
  if (result.fixed.length > 0) {
    budget.add('### Fixed: in the baseline, not seen in this run (update the baseline to drop them)');
    for (const f of result.fixed) budget.add(`- ${codeSpan(f.title)} ${codeSpan(f.fingerprint)}`);
  }
  if (result.notConfirmed.length > 0) {
    budget.add('### Not confirmed fixed (in the baseline, not seen in this run, but this run cannot prove them fixed: they stay)');
    for (const f of result.notConfirmed) budget.add(`- ${codeSpan(f.title)} ${codeSpan(f.fingerprint)}: ${codeSpan(f.reason)}`);
  }
  if (result.warnings.length > 0) {
    budget.add('### Warnings');
    for (const w of result.warnings) budget.add(`- ${codeSpan(w)}`);
  }
  // Only a named new or grown leak can be accepted; an unidentified one needs its frames named first.
  if (actionable.some((l) => l.status !== 'unidentified')) budget.add(acceptHint(opts));
  if (opts.runUrl) budget.add(`<sub>[workflow run](${opts.runUrl})</sub>`);

  const out = [...head, budget.text()].filter(Boolean).join('\n\n');
  return budget.omitted > 0 ? `${out}\n\n${note(budget.omitted)}\n` : `${out}\n`;
}

export const markdownFormat: OutputFormat = {
  name: 'markdown',
  extension: '.md',
  help: 'what the PR comment and the job summary show',
  machine: true,
  render: (result, ctx) =>
    renderMarkdown(result, {
      ...(ctx.target ? { target: ctx.target } : {}),
      ...(ctx.acceptCommand ? { acceptCommand: ctx.acceptCommand } : {}),
    }),
};
