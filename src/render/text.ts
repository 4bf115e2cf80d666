// What a kernel engineer reads first: the verdict, then each new leak with
// its backtrace printed the way the kernel prints it, named frames and all,
// and source lines the way decode_stacktrace.sh shows them. Invisible
// characters of device text are shown as escapes where the text leaves the
// tool (the format registry, the CLI's output, the Action's log), not here.

import type { CheckResult, ComparedLeak, Frame, Leak, UnreadableRecord } from '../model.js';
import { backtraceLines } from './backtrace.js';
import type { OutputFormat } from './format.js';
import { failsGate, sortLeaks } from '../model/status.js';

function indented(frames: Frame[], indent = '    '): string[] {
  return backtraceLines(frames).map((l) => indent + l);
}

function leakBlock(leak: Leak | ComparedLeak, runs: number, label?: string): string[] {
  const first = leak.records[0];
  const head = `${label ? label + ': ' : ''}${leak.title}  (${leak.objects} object${leak.objects === 1 ? '' : 's'}, ${leak.bytes} bytes${runs > 1 ? `, seen ${leak.runs.length}/${runs}` : ''})`;
  const lines = [head, `  fingerprint ${leak.fingerprint}`];
  if ('reason' in leak && leak.reason) lines.push(`  ${leak.reason}`);
  if (first) {
    lines.push(`  unreferenced object ${first.object} (size ${first.size}):`);
    if (first.comm !== undefined) lines.push(`    comm "${first.comm}", pid ${first.pid}, jiffies ${first.jiffies}`);
    lines.push('  backtrace:');
  }
  lines.push(...indented(leak.frames));
  return lines;
}

/** `report:line: cause (object 0x… size N)`: one line per unreadable record, in every output. */
export function describeUnreadable(u: UnreadableRecord): string {
  return `${u.file}:${u.line}: ${u.cause}${u.object !== undefined ? ` (object ${u.object}, size ${u.size})` : ''}`;
}

function unreadableLines(list: UnreadableRecord[]): string[] {
  return list.map((u) => `UNREADABLE: ${describeUnreadable(u)}`);
}

export interface CheckTextOptions {
  /** The "how to accept" command of this run (render/accept-command.ts), shown when the gate fails. */
  acceptCommand?: string;
}

export function renderCheckText(result: CheckResult, opts: CheckTextOptions = {}): string {
  const s = result.summary;
  const out: string[] = [];
  // Counts that are new with issue 9 show only when there is something to count.
  const extra = [
    s.unidentified ? `${s.unidentified} unidentified` : '',
    s.notConfirmed ? `${s.notConfirmed} not confirmed fixed` : '',
    s.unreadable ? `${s.unreadable} unreadable` : '',
  ]
    .filter(Boolean)
    .map((x) => `, ${x}`)
    .join('');
  out.push(
    `kleak-gate: ${result.verdict.toUpperCase()} — ${s.new} new, ${s.grown} grown, ${s.known} known, ${s.fixed} fixed, ${s.waived} waived${extra} (${s.objects} objects${result.runs > 1 ? `, ${result.runs} runs` : ''})`,
  );
  if (result.unreadable.length) out.push('', ...unreadableLines(result.unreadable));
  for (const leak of sortLeaks(result.leaks)) {
    out.push('');
    if (failsGate(leak.status)) out.push(...leakBlock(leak, result.runs, leak.status.toUpperCase()));
    else
      out.push(
        `${leak.status}: ${leak.title}  (${leak.objects} object${leak.objects === 1 ? '' : 's'}, ${leak.fingerprint})${leak.reason ? ` — ${leak.reason}` : ''}`,
      );
  }
  for (const f of result.fixed) out.push('', `fixed: ${f.title}  (${f.fingerprint})`);
  for (const f of result.notConfirmed) out.push('', `not confirmed fixed: ${f.title}  (${f.fingerprint}) — ${f.reason}`);
  for (const w of result.warnings) out.push('', `warning: ${w}`);
  if (opts.acceptCommand && result.leaks.some((l) => l.status === 'new' || l.status === 'grown')) {
    out.push('', 'Fix it, or after review accept it into the baseline (and commit the file):', `  ${opts.acceptCommand}`);
  }
  return out.join('\n') + '\n';
}

export function renderLeaksText(leaks: Leak[], runs: number, warnings: string[], unreadable: UnreadableRecord[] = []): string {
  const out: string[] = [];
  for (const leak of leaks) out.push(...leakBlock(leak, runs), '');
  if (unreadable.length) out.push(...unreadableLines(unreadable), '');
  if (leaks.length === 0 && unreadable.length === 0) out.push('no leaks', '');
  for (const w of warnings) out.push(`warning: ${w}`);
  return out.join('\n').replace(/\n*$/, '\n');
}

export const textFormat: OutputFormat = {
  name: 'text',
  extension: '.txt',
  help: 'the verdict, then each new or grown leak with its backtrace, for a person',
  machine: false,
  render: (result, ctx) => renderCheckText(result, ctx.acceptCommand ? { acceptCommand: ctx.acceptCommand } : {}),
  renderLeaks: (v) => renderLeaksText(v.leaks, v.runs, v.warnings),
};
