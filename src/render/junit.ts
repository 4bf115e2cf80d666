// JUnit XML for Jenkins, GitLab (`artifacts:reports:junit`), LAVA/LKFT
// dashboards and anything else that shows test results: one test suite for
// the target, one test case per leak site. A leak that fails the gate is a
// failure carrying its resolved backtrace; one set aside (waived, flaky, out
// of scope) is skipped with the reason; a known leak passes. Device text is
// XML-escaped (escape.ts), so a symbol name cannot add elements.
import type { CheckResult, ComparedLeak, UnreadableRecord } from '../model.js';
import { failsGate, sortLeaks } from '../model/status.js';
import { allocationSite, backtraceText } from './backtrace.js';
import { escapeHtml, flatten } from './escape.js';
import type { OutputFormat, RenderContext } from './format.js';
import { describeUnreadable } from './text.js';

const attr = (text: string | number) => escapeHtml(flatten(String(text)));

function testCase(leak: ComparedLeak, ctx: RenderContext, suite: string): string {
  const site = allocationSite(leak.frames, ctx.inRepo);
  const where = site ? ` file="${attr(site.file)}" line="${site.line}"` : '';
  const head = `    <testcase classname="${attr(suite)}" name="${attr(`${leak.title} ${leak.fingerprint}`)}"${where}`;
  const facts = `${leak.status}: ${leak.objects} object(s), ${leak.bytes} bytes, fingerprint ${leak.fingerprint}${leak.reason ? ` (${leak.reason})` : ''}`;
  if (failsGate(leak.status)) {
    const body = escapeHtml(`${facts}\n${backtraceText(leak.frames)}`);
    return `${head}>\n      <failure type="${attr(leak.status)}" message="${attr(facts)}">${body}</failure>\n    </testcase>`;
  }
  if (leak.status !== 'known') return `${head}>\n      <skipped message="${attr(facts)}"/>\n    </testcase>`;
  return `${head}/>`;
}

/** A record that could not be read fails the gate: a failed test case of its own. */
function unreadableCase(u: UnreadableRecord, suite: string): string {
  const what = describeUnreadable(u);
  return `    <testcase classname="${attr(suite)}" name="${attr(`unreadable record ${u.file}:${u.line}`)}">\n      <failure type="unreadable" message="${attr(what)}">${escapeHtml(what)}</failure>\n    </testcase>`;
}

export function renderJunit(result: CheckResult, ctx: RenderContext): string {
  const leaks = sortLeaks(result.leaks);
  const suite = ctx.target ? `kmemleak.${ctx.target}` : 'kmemleak';
  const failures = leaks.filter((l) => failsGate(l.status)).length + result.unreadable.length;
  const skipped = leaks.filter((l) => !failsGate(l.status) && l.status !== 'known').length;
  const counts = `tests="${leaks.length + result.unreadable.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kleak-gate" ${counts}>`,
    `  <testsuite name="${attr(suite)}" ${counts} skipped="${skipped}">`,
    ...leaks.map((l) => testCase(l, ctx, suite)),
    ...result.unreadable.map((u) => unreadableCase(u, suite)),
    ...(result.warnings.length ? [`    <system-err>${escapeHtml(result.warnings.join('\n'))}</system-err>`] : []),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

export const junitFormat: OutputFormat = {
  name: 'junit',
  extension: '.xml',
  help: 'JUnit XML (Jenkins, GitLab reports:junit, LAVA/LKFT): a test case per leak site',
  machine: true,
  actionFile: true,
  render: renderJunit,
};
