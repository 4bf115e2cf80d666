// The config's rules through the CLI, on real reports: several runs with
// min-seen, and an expired waiver that stops hiding its leak.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture } from '../support/paths.js';

const loaded = (v: string) => fixture('hil-6.1/runs', v, 'report-loaded.txt');
// Derived from the real v2 report: the packet-log record alone (see its README).
const pktlogOnly = fixture('rules/v2-report-loaded-pktlog-only.txt');

async function setup(config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-rules-'));
  const baseline = join(dir, 'b.json');
  expect((await cli(['baseline', 'update', loaded('v1'), '--baseline', baseline, '--accept-new'])).code).toBe(0);
  const cfg = join(dir, '.kleak-gate.yml');
  writeFileSync(cfg, config);
  return { baseline, cfg };
}

describe('rules end to end', () => {
  it('a leak in 1 of 3 runs with min-seen 2 is flaky and the gate passes', async () => {
    const { baseline, cfg } = await setup('runs: { min-seen: 2 }\n');
    const r = await cli(['check', pktlogOnly, loaded('v1'), loaded('v3'), '--baseline', baseline, '--config', cfg, '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const pktlog = result.leaks.find((l: { title: string }) => l.title.includes('nicPktLogRxFrame'));
    expect(pktlog).toMatchObject({ status: 'flaky', seen: '1/3' });
  });

  it('the same leak in 2 of 3 runs is new and fails', async () => {
    const { baseline, cfg } = await setup('runs: { min-seen: 2 }\n');
    const r = await cli(['check', pktlogOnly, loaded('v2'), loaded('v3'), '--baseline', baseline, '--config', cfg, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).leaks.find((l: { title: string }) => l.title.includes('nicPktLogRxFrame'))).toMatchObject({
      status: 'new',
      seen: '2/3',
    });
  });

  it('a waiver with a past expiry no longer hides its leak, and the output names it', async () => {
    const first = await cli(['check', loaded('v2'), '--baseline', (await setup('')).baseline, '--format', 'json']);
    const fp = JSON.parse(first.stdout).leaks.find((l: { status: string }) => l.status === 'new').fingerprint;
    const live = await setup(`waivers:\n  - fingerprint: "${fp}"\n    reason: "packet log kept for debugfs"\n    expires: 2099-01-01\n`);
    const waived = await cli(['check', loaded('v2'), '--baseline', live.baseline, '--config', live.cfg]);
    expect(waived.code).toBe(0);
    expect(waived.stdout).toMatch(/waived: memory leak in nicPktLogRxFrame/);
    const old = await setup(`waivers:\n  - fingerprint: "${fp}"\n    reason: "packet log kept for debugfs"\n    expires: 2020-01-01\n`);
    const expired = await cli(['check', loaded('v2'), '--baseline', old.baseline, '--config', old.cfg]);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toMatch(/NEW: memory leak in nicPktLogRxFrame/);
    expect(expired.stdout).toMatch(new RegExp(`warning: .*\\.kleak-gate\\.yml:2 .*${fp}.* expired on 2020-01-01`));
  });

  it("uses the repository's .kleak-gate.yml when no --config is given, as the Action and the hook do", async () => {
    const first = await cli(['check', loaded('v2'), '--baseline', (await setup('')).baseline, '--format', 'json']);
    const fp = JSON.parse(first.stdout).leaks.find((l: { status: string }) => l.status === 'new').fingerprint;
    const repo = await setup(`waivers:\n  - fingerprint: "${fp}"\n    reason: "packet log kept for debugfs"\n`);
    const cwd = dirname(repo.cfg);
    const r = await cli(['check', loaded('v2'), '--baseline', repo.baseline], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/waived: memory leak in nicPktLogRxFrame/);
  });

  it('a waiver wins over the baseline: a waived leak that grew does not fail', async () => {
    // Baseline accepted from v1 after rmmod, then its template count lowered to 1 by hand (a reviewer's
    // edit of the tool-written file) so that v1's 2 objects are "grown" with factor 1.
    const v1 = [fixture('hil-6.1/runs/v1/report-after-rmmod.txt'), '--kallsyms', fixture('hil-6.1/runs/v1/kallsyms-before-rmmod.txt')];
    const dir = mkdtempSync(join(tmpdir(), 'kg-grown-'));
    const baseline = join(dir, 'b.json');
    expect((await cli(['baseline', 'update', ...v1, '--baseline', baseline, '--accept-new'])).code).toBe(0);
    const data = JSON.parse(readFileSync(baseline, 'utf8'));
    const template = data.leaks.find((l: { title: string }) => l.title.includes('nicTxGenerateDescTemplate'));
    template.objects = 1;
    writeFileSync(baseline, JSON.stringify(data, null, 2) + '\n');
    const strict = join(dir, 'strict.yml');
    writeFileSync(strict, 'grown: { factor: 1 }\n');
    const grown = await cli(['check', ...v1, '--baseline', baseline, '--config', strict]);
    expect(grown.code).toBe(1);
    expect(grown.stdout).toMatch(/GROWN: memory leak in nicTxGenerateDescTemplate/);
    const waived = join(dir, 'waived.yml');
    writeFileSync(
      waived,
      `grown: { factor: 1 }\nwaivers:\n  - fingerprint: "${template.fingerprint}"\n    reason: "template freed by the firmware reset path"\n`,
    );
    const r = await cli(['check', ...v1, '--baseline', baseline, '--config', waived]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/waived: memory leak in nicTxGenerateDescTemplate/);
  });
});
