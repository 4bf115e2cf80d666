// The demo board's pull-request story for output tests: `check` of the real
// v2 run (report after rmmod, kallsyms before, the .ko with debug info)
// against the repository's own baseline of v1 (baselines/demo-board.json),
// through the CLI, from the repository root.
import { cli } from './cli.js';

export const V2_INPUTS = [
  'test/fixtures/hil-6.1/runs/v2/report-after-rmmod.txt',
  '--kallsyms',
  'test/fixtures/hil-6.1/runs/v2/kallsyms-before-rmmod.txt',
  '--debug-info',
  'test/fixtures/hil-6.1/modules/v2',
  '--baseline',
  'baselines/demo-board.json',
];

export async function checkV2(format: string, extra: string[] = []) {
  return cli(['check', ...V2_INPUTS, '--format', format, ...extra]);
}
