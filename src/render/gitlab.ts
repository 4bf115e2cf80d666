// GitLab Code Quality (`artifacts:reports:codequality`): one issue per leak
// site this repository owns (out-of-scope leaks are other code's), on the
// allocating source line when it is in the repository, else on the baseline
// file. The fingerprint is the kl1 fingerprint, so GitLab's merge request
// widget tells a new leak from one the target branch already had, while
// lines move. Fields as GitLab documents them (docs.gitlab.com, "Code
// Quality report format"): description, check_name, fingerprint, severity,
// location.path, location.lines.begin.
import type { CheckResult, ComparedLeak, UnreadableRecord } from '../model.js';
import { failsGate, sortLeaks } from '../model/status.js';
import { allocationSite } from './backtrace.js';
import { flatten, visibleStrings } from './escape.js';
import type { OutputFormat, RenderContext } from './format.js';
import { describeUnreadable } from './text.js';

function issue(leak: ComparedLeak, ctx: RenderContext): Record<string, unknown> {
  const site = allocationSite(leak.frames, ctx.inRepo);
  const grown = leak.baselineObjects !== undefined ? `, baseline ${leak.baselineObjects}` : '';
  return {
    description: flatten(`${leak.status}: ${leak.title} (${leak.objects} object(s), ${leak.bytes} bytes${grown})`),
    check_name: `kleak-gate/${leak.status}`,
    fingerprint: leak.fingerprint,
    // GitLab's scale is info, minor, major, critical, blocker.
    severity: failsGate(leak.status) ? 'critical' : 'info',
    location: { path: site?.file ?? ctx.baseline, lines: { begin: site?.line ?? 1 } },
  };
}

/** A record that could not be read fails the gate; it has no source line, so it sits on the baseline. */
function unreadableIssue(u: UnreadableRecord, ctx: RenderContext): Record<string, unknown> {
  return {
    description: flatten(`unreadable record: ${describeUnreadable(u)}`),
    check_name: 'kleak-gate/unreadable',
    fingerprint: `unreadable:${u.run}:${u.line}`,
    severity: 'critical',
    location: { path: ctx.baseline, lines: { begin: 1 } },
  };
}

export function renderGitlab(result: CheckResult, ctx: RenderContext): string {
  const owned = sortLeaks(result.leaks).filter((l) => l.status !== 'out-of-scope');
  const issues = [...owned.map((l) => issue(l, ctx)), ...result.unreadable.map((u) => unreadableIssue(u, ctx))];
  return `${JSON.stringify(visibleStrings(issues), null, 2)}\n`;
}

export const gitlabFormat: OutputFormat = {
  name: 'gitlab',
  extension: '.json',
  help: 'GitLab Code Quality JSON (reports:codequality): an issue per leak site, fingerprint = kl1',
  machine: true,
  actionFile: true,
  render: renderGitlab,
};
