// KTAP version 1, as kselftest and KUnit print it (Documentation/dev-tools/
// ktap.rst): a plan, then one test per leak site, "not ok" for those that
// fail the gate, "# SKIP" with the reason for those set aside, and the
// resolved backtrace as diagnostic lines before each result, the way KUnit
// puts a failed expectation's details. Device text is one line per "#" line
// and never holds a "#" in a test name, so it cannot add a result.
import type { CheckResult, ComparedLeak } from '../model.js';
import { failsGate, sortLeaks } from '../model/status.js';
import { backtraceLines } from './backtrace.js';
import { flatten } from './escape.js';
import type { OutputFormat } from './format.js';
import { describeUnreadable, renderCheckText } from './text.js';

const diag = (text: string) => `# ${flatten(text)}`.trimEnd();

function testLines(leak: ComparedLeak, n: number): string[] {
  const name = flatten(`${leak.title} ${leak.fingerprint}`).replace(/#/g, '_');
  const lines = [
    diag(`${leak.status}: ${leak.title} (${leak.objects} object(s), ${leak.bytes} bytes)${leak.reason ? ` — ${leak.reason}` : ''}`),
    diag(`fingerprint ${leak.fingerprint}`),
    ...backtraceLines(leak.frames).map((l) => diag(`  ${l}`)),
  ];
  if (failsGate(leak.status)) return [...lines, `not ok ${n} ${name}`];
  if (leak.status === 'known') return [...lines, `ok ${n} ${name}`];
  return [...lines, `ok ${n} ${name} # SKIP ${flatten(leak.reason ?? leak.status).replace(/#/g, '_')}`];
}

export function renderKtap(result: CheckResult): string {
  const leaks = sortLeaks(result.leaks);
  const summary = renderCheckText({ ...result, leaks: [], fixed: [], warnings: [] }).trim();
  const out = ['KTAP version 1', diag(summary), `1..${leaks.length + result.unreadable.length}`];
  leaks.forEach((leak, i) => out.push(...testLines(leak, i + 1)));
  // A record that could not be read fails the gate: a failed test of its own.
  result.unreadable.forEach((u, i) =>
    out.push(
      diag(`unreadable: ${describeUnreadable(u)}`),
      `not ok ${leaks.length + i + 1} ${flatten(`unreadable record ${u.file}:${u.line}`).replace(/#/g, '_')}`,
    ),
  );
  for (const f of result.fixed) out.push(diag(`fixed: ${f.title} (${f.fingerprint})`));
  for (const w of result.warnings) out.push(diag(`warning: ${w}`));
  return `${out.join('\n')}\n`;
}

export const ktapFormat: OutputFormat = {
  name: 'ktap',
  extension: '.ktap',
  help: 'KTAP version 1 as kselftest/KUnit print it: a test per leak site',
  machine: true,
  actionFile: true,
  render: renderKtap,
};
