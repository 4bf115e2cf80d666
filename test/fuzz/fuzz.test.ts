// The fuzz test in the suite: the properties of case.ts over mutated real
// reports and console logs, kallsyms snapshots, baselines and configs, from a
// fixed seed and a bounded count so that it stays fast (campaign.ts).
// `npm run fuzz -- --runs N --seed S` (scripts/fuzz.mjs) runs this same test
// long: it sets KG_FUZZ_RUNS, KG_FUZZ_SEED and KG_FUZZ_OUT (where the report
// goes), and lines of up to hundreds of KB. A hang is one run of the tool
// over 2 s plus 2 s per MB of input, twice in a row: far above any real
// input, so a busy machine does not make the suite flaky (npm run bench
// measures speed).
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeCampaign, runCampaign, type CampaignReport } from './campaign.js';
import { TARGETS } from './case.js';

const long = process.env.KG_FUZZ_OUT !== undefined;
const SEED = Number(process.env.KG_FUZZ_SEED ?? 14);
const RUNS = Number(process.env.KG_FUZZ_RUNS ?? 300);
const SCALE = long ? { maxTimes: 20_000, maxDigits: 4_000 } : { maxTimes: 2_000, maxDigits: 400 };

function write(report: CampaignReport): void {
  if (long) writeFileSync(process.env.KG_FUZZ_OUT!, describeCampaign(report) + '\n');
}

describe('fuzz: mutated real inputs never crash, hang, or break an output', () => {
  it(
    `${RUNS} cases from seed ${SEED}: no crash, no hang, no broken invariant`,
    async () => {
      const report = await runCampaign({ seed: SEED, runs: RUNS, scale: SCALE, hangMs: 2_000, hangMsPerMB: 2_000, progress: write });
      write(report);
      expect(report.failures, describeCampaign(report)).toEqual([]);
      expect(report.done).toBe(RUNS);
      // Each property reached both ends: inputs the tool judged, and inputs it refused with exit 2.
      for (const t of TARGETS) expect(report.counts[t].ok, `mutated ${t}: none judged`).toBeGreaterThan(0);
      expect(TARGETS.reduce((n, t) => n + report.counts[t]['input-error'], 0)).toBeGreaterThan(0);
    },
    long ? 0 : 180_000,
  );
});
