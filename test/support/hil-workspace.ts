// A HIL job's workspace for the Action's end-to-end tests: the demo driver
// repository at one version, what the board gave (real hil-6.1 captures)
// under hil/, and a baseline made from v1 the way a team makes it
// (`baseline update --accept-new` on the v1 run).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeBaseline } from '../../src/baseline/schema.js';
import { updateBaseline } from '../../src/baseline/update.js';
import { runCheck } from '../../src/pipeline/check.js';
import { fixture } from './paths.js';

export type Version = 'v1' | 'v2' | 'v3';

/** Copies run `v`'s report, kallsyms, module sections and .ko into `dir/hil-<v>/`. */
function copyCapture(ws: string, v: Version): string {
  const dir = join(ws, `hil-${v}`);
  mkdirSync(dir, { recursive: true });
  for (const f of ['report-after-rmmod.txt', 'kallsyms-before-rmmod.txt', 'module-sections.txt']) {
    cpSync(fixture('hil-6.1/runs', v, f), join(dir, f));
  }
  cpSync(fixture('hil-6.1/modules', v, 'demo_wlan.ko'), join(dir, 'demo_wlan.ko'));
  return `hil-${v}`;
}

export function inputsFor(v: Version): Record<string, string> {
  return {
    report: `hil-${v}/report-*.txt`,
    kallsyms: `hil-${v}/kallsyms-before-rmmod.txt`,
    'module-sections': `hil-${v}/module-sections.txt`,
    'debug-info': `hil-${v}/*.ko`,
  };
}

/** The repository at `v` with the board's capture of `v` (and of v1, for the baseline). */
export function makeWorkspace(v: Version): string {
  const ws = mkdtempSync(join(tmpdir(), `kleak-gate-ws-${v}-`));
  // The demo driver's repository at that version (its sources are in the fixtures).
  cpSync(fixture('hil-6.1/driver', v), ws, { recursive: true });
  copyCapture(ws, v);
  if (v !== 'v1') copyCapture(ws, 'v1');
  return ws;
}

/** baselines/<name>.json accepting everything the v1 run leaks. */
export async function writeV1Baseline(ws: string, file: string): Promise<void> {
  const i = inputsFor('v1');
  const { result, baseline } = await runCheck(
    {
      reports: [`${i.report!.replace('*', 'after-rmmod')}`],
      captures: [],
      kallsyms: [i.kallsyms!],
      debugInfo: [],
      moduleSections: [],
      symbolizer: 'auto',
      cwd: ws,
      baseline: file,
      now: new Date('2026-11-25T00:00:00Z'),
    },
    true,
  );
  mkdirSync(join(ws, 'baselines'), { recursive: true });
  writeFileSync(join(ws, file), serializeBaseline(updateBaseline(baseline, result, true).baseline));
}
