// Inputs → one settings object, with a precise error for each bad value.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/context.js';
import { parseSettings } from '../../src/action/settings.js';
import { pullRequestPayload } from '../support/action-runner.js';

let ws: string;
let eventPath: string;
beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'kleak-gate-settings-'));
  for (const f of ['runs/b/report.txt', 'runs/a/report.txt', 'runs/a/kallsyms.txt', 'ko/x.ko']) {
    mkdirSync(join(ws, f, '..'), { recursive: true });
    writeFileSync(join(ws, f), '');
  }
  eventPath = join(ws, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestPayload({ number: 5, headSha: 'f00', headRepo: 'someone/demo-wlan' })));
});

const env = (inputs: Record<string, string>): Record<string, string> => ({
  GITHUB_REPOSITORY: 'acme/demo-wlan',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_WORKSPACE: ws,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
});

describe('parseSettings', () => {
  it('expands globs in sorted order and keys the default baseline by target', async () => {
    const s = await parseSettings(
      env({ report: 'runs/*/report.txt\n# a comment\n', kallsyms: `${ws}/runs/a/kallsyms.txt`, 'debug-info': 'ko', target: 'rpi4-usb' }),
      '/',
    );
    expect(s.check.reports).toEqual(['runs/a/report.txt', 'runs/b/report.txt']);
    expect(s.check.kallsyms).toEqual([`${ws}/runs/a/kallsyms.txt`]);
    expect(s.check.debugInfo).toEqual(['ko']);
    expect(s.check.baseline).toBe('baselines/rpi4-usb.json');
    expect([s.mode, s.comment, s.annotations, s.files]).toEqual(['check', true, true, []]);
    expect(s.context.pullRequest).toEqual({ owner: 'acme', repo: 'demo-wlan', number: 5, fork: true, headSha: 'f00' });
  });

  it('uses baselines/kmemleak.json without a target, and the given baseline when set', async () => {
    expect((await parseSettings(env({ report: 'runs/a/report.txt' }), '/')).check.baseline).toBe('baselines/kmemleak.json');
    expect((await parseSettings(env({ report: 'runs/a/report.txt', target: 't', baseline: 'b.json' }), '/')).check.baseline).toBe('b.json');
  });

  it.each([
    [{ report: 'runs/*/nothing.txt' }, "runs/*/nothing.txt: matches no file (input 'report'"],
    [{ report: 'runs/a/report.txt', annotations: 'on' }, "invalid annotations 'on': expected true or false"],
    [{ report: 'runs/a/report.txt', sarif: 'a.sarif\nb.sarif' }, 'invalid sarif: expected one path, got 2 lines'],
    [{ report: 'runs/a/report.txt', target: '../x' }, "invalid target '../x': expected letters"],
    [{ report: 'runs/a/report.txt', target: 'x -->' }, "invalid target 'x -->': expected letters"],
    [{ report: 'runs/a/report.txt', symbolizer: 'gdb' }, "invalid symbolizer 'gdb': expected auto, addr2line, llvm-symbolizer"],
    [{ report: 'runs/a/report.txt', 'min-seen': '0' }, "invalid min-seen '0': expected a whole number from 1"],
    [{ report: 'runs/a/report.txt', mode: 'publish-all' }, "invalid mode 'publish-all': expected check, update-baseline, baseline-pr"],
  ])('%o', async (inputs, message) => {
    await expect(parseSettings(env(inputs), '/')).rejects.toThrow(message);
  });
});

describe('readRunContext', () => {
  it('refuses a malformed repository and reads a push event without a PR', () => {
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'nope' })).toThrow(
      "Invalid GITHUB_REPOSITORY 'nope'. Expected format {owner}/{repo}.",
    );
    const c = readRunContext({ GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' });
    expect(c.pullRequest).toBeUndefined();
    expect(c.runUrl).toBe('https://github.com/a/b/actions/runs/9/attempts/2');
  });
});
