// A fuzz campaign: `runs` cases from a seed, spread over the four kinds of
// input (one property each), every case run and judged — no stop at the first
// failure, so a long run counts all it finds. The suite (fuzz.test.ts) and
// `npm run fuzz` (scripts/fuzz.mjs) run this same code; only the seed, the
// count and the scale differ. A case is plain data, so every failure is kept
// with what replays it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { caseArb, runCase, TARGETS, type FuzzCase, type Outcome, type Target } from './case.js';
import type { Scale } from './mutation.js';

export type Verdict = 'ok' | 'input-error' | 'crash' | 'hang' | 'broken';
export const FAILURES: readonly Verdict[] = ['crash', 'hang', 'broken'];

export interface CampaignOptions {
  seed: number;
  runs: number;
  scale: Scale;
  /**
   * One run of the tool slower than hangMs plus hangMsPerMB for each MB of
   * the case's input, twice in a row, is a hang: a bound linear in the input,
   * so a large input that is slow but linear is not one.
   */
  hangMs: number;
  hangMsPerMB: number;
  /** Called every so many cases with the report so far (npm run fuzz shows progress). */
  progress?: (report: CampaignReport) => void;
}

export interface Failure {
  verdict: Verdict;
  target: Target;
  /** The case's number within its target's sample: with the seed, it replays the case. */
  index: number;
  detail: string;
  fuzzCase: FuzzCase;
}

export interface CampaignReport {
  seed: number;
  runs: number;
  done: number;
  counts: Record<Target, Record<Verdict, number>>;
  slowest: { ms: number; step: string; target: Target | '' };
  failures: Failure[];
}

/** Cases are drawn per target in chunks of this many, each chunk from its own seed: memory stays flat on long runs. */
const CHUNK = 500;

function* cases(target: Target, seed: number, runs: number, scale: Scale): Generator<FuzzCase> {
  const arb = caseArb(target, scale);
  const salt = TARGETS.indexOf(target);
  for (let start = 0, chunk = 0; start < runs; start += CHUNK, chunk++) {
    yield* fc.sample(arb, { seed: (seed * 7919 + salt * 104_729 + chunk) | 0, numRuns: Math.min(CHUNK, runs - start) });
  }
}

export async function runCampaign(opts: CampaignOptions): Promise<CampaignReport> {
  const zero = (): Record<Verdict, number> => ({ ok: 0, 'input-error': 0, crash: 0, hang: 0, broken: 0 });
  const report: CampaignReport = {
    seed: opts.seed,
    runs: opts.runs,
    done: 0,
    counts: { report: zero(), kallsyms: zero(), baseline: zero(), config: zero() },
    slowest: { ms: 0, step: '', target: '' },
    failures: [],
  };
  const share = (i: number) => Math.floor(opts.runs / TARGETS.length) + (i < opts.runs % TARGETS.length ? 1 : 0);
  const streams = TARGETS.map((t, i) => ({ target: t, cases: cases(t, opts.seed, share(i), opts.scale), index: 0 }));
  const root = mkdtempSync(join(tmpdir(), 'kg-fuzz-'));
  try {
    // Round-robin over the targets, so a run cut short has covered each alike.
    for (let live = streams.length; live > 0;) {
      live = 0;
      for (const s of streams) {
        const next = s.cases.next();
        if (next.done) continue;
        live++;
        const dir = join(root, String(report.done));
        const verdict = await judge(next.value, dir, opts, report, s.target, s.index++);
        rmSync(dir, { recursive: true, force: true });
        report.counts[s.target][verdict]++;
        report.done++;
        if (opts.progress && report.done % 1000 === 0) opts.progress(report);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return report;
}

async function judge(
  c: FuzzCase,
  dir: string,
  opts: CampaignOptions,
  report: CampaignReport,
  target: Target,
  index: number,
): Promise<Verdict> {
  const limit = (o: Outcome) => opts.hangMs + (opts.hangMsPerMB * o.inputBytes) / (1024 * 1024);
  let out = await runCase(c, dir);
  if (out.slowestMs > limit(out)) {
    // Timed again before it is called a hang: a machine busy for a moment is not the tool being slow.
    rmSync(dir, { recursive: true, force: true });
    out = await runCase(c, dir);
    if (out.slowestMs > limit(out)) {
      noteSlowest(report, out.slowestMs, out.slowestStep, target);
      const detail = `${out.slowestStep} took ${Math.round(out.slowestMs)} ms on ${Math.round(out.inputBytes / 1024)} KB of input, twice over its limit of ${Math.round(limit(out))} ms`;
      report.failures.push({ verdict: 'hang', target, index, detail, fuzzCase: c });
      return 'hang';
    }
  }
  noteSlowest(report, out.slowestMs, out.slowestStep, target);
  if (out.kind === 'crash' || out.kind === 'broken')
    report.failures.push({ verdict: out.kind, target, index, detail: out.detail, fuzzCase: c });
  return out.kind;
}

function noteSlowest(report: CampaignReport, ms: number, step: string, target: Target): void {
  if (ms > report.slowest.ms) report.slowest = { ms, step, target };
}

/** What a campaign ran and found, for people: seed, runs, per-property counts, the slowest input, each failure. */
export function describeCampaign(r: CampaignReport): string {
  const lines = [`fuzz: seed ${r.seed}, ${r.done} of ${r.runs} runs`];
  for (const t of TARGETS) {
    const c = r.counts[t];
    const n = Object.values(c).reduce((a, b) => a + b, 0);
    lines.push(
      `  mutated ${t.padEnd(8)} ${String(n).padStart(7)} runs: ${c.ok} judged, ${c['input-error']} refused (exit 2), ${c.crash} crashes, ${c.hang} hangs, ${c.broken} broken invariants`,
    );
  }
  const total = (v: Verdict) => TARGETS.reduce((a, t) => a + r.counts[t][v], 0);
  lines.push(`  total: ${total('crash')} crashes, ${total('hang')} hangs, ${total('broken')} broken invariants`);
  if (r.slowest.target)
    lines.push(`  slowest run of the tool: ${Math.round(r.slowest.ms)} ms (${r.slowest.step}, mutated ${r.slowest.target})`);
  for (const f of r.failures.slice(0, 20)) {
    lines.push(`  ${f.verdict}: mutated ${f.target} #${f.index} (seed ${r.seed}): ${f.detail.split('\n').slice(0, 6).join('\n    ')}`);
    lines.push(`    case: ${JSON.stringify(f.fuzzCase).slice(0, 2000)}`);
  }
  if (r.failures.length > 20) lines.push(`  … and ${r.failures.length - 20} more failures`);
  return lines.join('\n');
}
