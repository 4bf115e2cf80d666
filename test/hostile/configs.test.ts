// Hostile configs: long lines, thousands of entries and keys, patterns made
// to explode a matcher. Each run ends as a verdict or a precise exit 2 (time
// is measured by npm run bench, not here; the quadratic and exponential
// versions of these ran for minutes and would hit the test timeout).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { fixture, repoRoot } from '../support/paths.js';

const v2 = [fixture('hil-6.1/runs/v2/report-after-rmmod.txt'), '--kallsyms', fixture('hil-6.1/runs/v2/kallsyms-before-rmmod.txt')];
const demoBoard = join(repoRoot, 'baselines/demo-board.json');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-hostile-config-'));
});

async function checkWith(config: string) {
  const path = join(dir, 'config.yml');
  writeFileSync(path, config);
  const r = await cli(['check', ...v2, '--baseline', demoBoard, '--config', path]);
  expect(r.stderr).not.toMatch(/internal error| {4}at /);
  return r;
}

describe('configs far larger than people write', () => {
  it('a 64 KB line of 8,000 module patterns: the scope holds, v2 fails on its new leak', async () => {
    const modules = ['demo_wlan', ...Array.from({ length: 8000 }, (_, i) => `other_${i}`)];
    const r = await checkWith(`scope:\n  modules: [${modules.join(', ')}]\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/NEW: memory leak in nicPktLogRxFrame/);
  });

  it('a mapping of 20,000 keys: the first unknown key is named with its line', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}: 1`).join('\n');
    const r = await checkWith(`scope:\n${keys}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.yml:2: unknown key 'k0' in scope/);
  });

  it('15,000 waivers (about 900 KB): each read, the last one with a duplicated key named by its line', async () => {
    const waivers = Array.from(
      { length: 15_000 },
      (_, i) => `  - fingerprint: "kl1:${i.toString(16).padStart(16, '0')}"\n    reason: r${i}`,
    );
    const text = `waivers:\n${waivers.join('\n')}\n    reason: again\n`;
    const r = await checkWith(text);
    expect(r.code).toBe(2);
    const lines = text.trimEnd().split('\n');
    expect(r.stderr).toContain(`config.yml:${lines.length}: duplicate key 'reason' in waivers[14999] (first at line ${lines.length - 1})`);
  });

  it('a waiver pattern of 40 "..." before a name no frame has: judged without trying every split (was exponential)', async () => {
    const frames = [...Array.from({ length: 40 }, () => '"..."'), 'no_such_function'];
    const r = await checkWith(`waivers:\n  - frames: [${frames.join(', ')}]\n    reason: never matches\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/NEW: memory leak in nicPktLogRxFrame/);
  });

  it('a 360 KB line that is a YAML error every few characters (found by the fuzz test): the first is named, exit 2 (was quadratic)', async () => {
    const r = await checkWith(`scope:\n  modules: [demo_wlan]\n${' [inline]'.repeat(40_000)}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kleak-gate: .*config\.yml:3: invalid YAML: [^\n]+\n$/);
  });

  it('a waiver reason of `"x: ` repeated 13,000 times (found by the fuzz test; the old YAML reader overflowed its stack): exit 2 at its line', async () => {
    const reason = `"NVRA${'son: "NVRA'.repeat(13_000)}M buffer lives as long as the device"`;
    const r = await checkWith(
      `waivers:\n  - fingerprint: "kl1:0123456789abcdef"\n    reason: ${reason}\n  - frames: ["...", "skb_clone", "..."]\n    reason: softirq\n`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kleak-gate: .*config\.yml:3: invalid YAML: [^\n]+\n$/);
  });

  it('brackets opened 300,000 times (found by the long fuzz run: the old YAML reader recursed until V8 aborted the process): exit 2 with the line', async () => {
    const r = await checkWith(`scope:\n  modules:${' ['.repeat(300_000)}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kleak-gate: .*config\.yml:2: invalid YAML: nested more than 100 levels deep\n$/);
  });

  it('mappings nested 1,000 deep, one per line: exit 2 at the line where they pass 100', async () => {
    const nested = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const r = await checkWith(`${nested} v\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kleak-gate: .*config\.yml:10\d: invalid YAML: nested more than 100 levels deep\n$/);
  });

  it('a config over 1 MiB is refused before the YAML library reads it', async () => {
    const r = await checkWith(`# ${'x'.repeat(1024 * 1024)}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.yml: 1048579 characters: a config of more than 1048576 is not one people review/);
  });
});
