// One fuzz case: a real input mutated (a report, its kallsyms snapshot, a
// baseline or a config), run through the CLI in-process and the core the
// Action uses, with every output rendered. What must hold, whatever the input:
// - no exception other than the tool's own input errors (exit 2 with one
//   line `kleak-gate: file[:line]: cause`), no "internal error";
// - every JSON output parses and has no null (a NaN or Infinity written by
//   JSON.stringify) where the data has numbers;
// - every baseline `baseline update` writes reads back (validate exit 0),
//   and checking the same run against it finds nothing new or grown;
// - the PR comment and the job summary fit GitHub's limits;
// - device text stays inert: no invisible character in any output, no
//   workflow command but ours, device text in Markdown only inside code.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { marked } from 'marked';
import { isInputProblem } from '../../src/errors.js';
import type { CheckOptions } from '../../src/inputs/options.js';
import type { CheckResult } from '../../src/model.js';
import { runCheck } from '../../src/pipeline/check.js';
import { annotationCommands, planAnnotations } from '../../src/render/annotations.js';
import { FORMATS } from '../../src/render/index.js';
import { COMMENT_MAX, renderMarkdown, SUMMARY_MAX } from '../../src/render/markdown.js';
import { blobLink } from '../../src/render/markdown-leaks.js';
import { cli } from '../support/cli.js';
import { applyMutations, mutationsArb, type Mutation, type Scale } from './mutation.js';
import { loadSeeds } from './seeds.js';

export type Target = 'report' | 'kallsyms' | 'baseline' | 'config';
export const TARGETS: readonly Target[] = ['report', 'kallsyms', 'baseline', 'config'];

export interface FuzzCase {
  target: Target;
  /** Index into the seed reports (modulo their number). */
  report: number;
  /** 0: none (an empty baseline); 1: the tool's own for this report; 2..: the repository's. */
  baseline: number;
  /** 0: no config; 1..: a seed config. */
  config: number;
  format: number;
  allowUnreadable: boolean;
  mutations: Mutation[];
}

export function caseArb(target: Target, scale: Scale): fc.Arbitrary<FuzzCase> {
  return fc.record({
    target: fc.constant(target),
    report: fc.nat(),
    baseline: fc.nat({ max: 3 }),
    config: fc.nat({ max: 3 }),
    format: fc.nat({ max: FORMATS.length - 1 }),
    allowUnreadable: fc.boolean(),
    mutations: mutationsArb(scale, target === 'baseline'),
  });
}

export interface Outcome {
  kind: 'ok' | 'input-error' | 'crash' | 'broken';
  detail: string;
  /** The slowest single run of the tool in this case (a CLI command or the core), in ms. */
  slowestMs: number;
  slowestStep: string;
  /** Bytes of the files the case gave the tool (report, kallsyms, baseline, config). */
  inputBytes: number;
}

class Broken extends Error {}
const must = (ok: boolean, what: string) => {
  if (!ok) throw new Broken(what);
};

const NOW = new Date('2026-11-25T12:00:00Z');
const EMPTY_BASELINE = '{\n  "schema": "kleak-gate/baseline@1",\n  "fingerprint": "kl1",\n  "leaks": []\n}\n';
// Written out here, independently of escape.ts: what must never reach a reader.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ownBaselines = new Map<number, string>();

/** Runs one case in `dir` (a fresh directory for it). */
export async function runCase(c: FuzzCase, dir: string): Promise<Outcome> {
  const clock = { slowestMs: 0, slowestStep: '', inputBytes: 0 };
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      const ms = performance.now() - t0;
      if (ms > clock.slowestMs) Object.assign(clock, { slowestMs: ms, slowestStep: step });
    }
  };
  try {
    return { ...(await runChecked(c, dir, timed, clock)), ...clock };
  } catch (e) {
    if (e instanceof Broken) return { kind: 'broken', detail: e.message, ...clock };
    return { kind: 'crash', detail: e instanceof Error ? (e.stack ?? e.message) : String(e), ...clock };
  }
}

type Timed = <T>(step: string, run: () => Promise<T>) => Promise<T>;
type Judged = Pick<Outcome, 'kind' | 'detail'>;

async function runChecked(c: FuzzCase, dir: string, timed: Timed, sizes: { inputBytes: number }): Promise<Judged> {
  const seeds = loadSeeds();
  const seed = seeds.reports[c.report % seeds.reports.length]!;
  const mutate = (t: Target, text: string) => (c.target === t ? applyMutations(text, c.mutations) : text);
  mkdirSync(dir, { recursive: true });
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    sizes.inputBytes += Buffer.byteLength(text);
    return name;
  };
  const report = file('report.txt', mutate('report', seed.text));
  const kallsyms = seed.kallsyms ? [file('kallsyms.txt', mutate('kallsyms', seeds.kallsyms.get(seed.kallsyms)!))] : [];
  const baselineText =
    c.baseline === 0
      ? EMPTY_BASELINE
      : c.baseline === 1
        ? await ownBaseline(c.report % seeds.reports.length, dir)
        : seeds.baselines[(c.baseline - 2) % seeds.baselines.length]!;
  const baseline = file('baseline.json', mutate('baseline', baselineText ?? EMPTY_BASELINE));
  const config = c.config === 0 ? undefined : file('config.yml', mutate('config', seeds.configs[(c.config - 1) % seeds.configs.length]!));
  const opts: CheckOptions = {
    reports: [report],
    captures: [],
    kallsyms,
    debugInfo: [],
    moduleSections: [],
    symbolizer: 'auto',
    cwd: dir,
    baseline,
    now: NOW,
  };
  if (config) opts.config = config;
  if (c.allowUnreadable) opts.allowUnreadable = true;
  const args = [report, ...kallsyms.flatMap((k) => ['--kallsyms', k]), '--baseline', baseline, ...(config ? ['--config', config] : [])];
  if (c.allowUnreadable) args.push('--allow-unreadable');

  // The CLI, as a user runs it.
  const format = FORMATS[c.format % FORMATS.length]!;
  const run = await timed('check', () => cli(['check', ...args, '--format', format.name], { cwd: dir, now: NOW }));
  expectCleanExit(run, 'check');

  // The core, as the Action calls it.
  let result: CheckResult;
  try {
    result = (await timed('core', () => runCheck(opts))).result;
  } catch (e) {
    if (!isInputProblem(e)) throw e;
    must(run.code === 2, `the core refused the input (${e.message}) but the CLI exited ${run.code}`);
    return { kind: 'input-error', detail: e.message };
  }
  must(run.code === (result.verdict === 'fail' ? 1 : 0), `CLI exit ${run.code}, core verdict ${result.verdict}`);
  checkRenders(result, opts);
  await checkBaselineRoundTrip(args, dir, timed);
  return { kind: 'ok', detail: result.verdict };
}

function expectCleanExit(run: { code: number; stdout: string; stderr: string }, what: string): void {
  must(!/internal error/.test(run.stderr), `${what}: ${run.stderr.slice(0, 2000)}`);
  must([0, 1, 2].includes(run.code), `${what}: exit ${run.code}`);
  if (run.code === 2) {
    const lines = run.stderr.trimEnd().split('\n');
    must(lines.length === 1 && lines[0]!.startsWith('kleak-gate: '), `${what}: exit 2 is not one line: ${run.stderr.slice(0, 500)}`);
  }
  must(!INVISIBLE.test(run.stdout) && !INVISIBLE.test(run.stderr), `${what}: an invisible character in the output`);
}

function checkRenders(result: CheckResult, opts: CheckOptions): void {
  const ctx = { baseline: opts.baseline, target: 'board' };
  for (const f of FORMATS) {
    const out = f.render(result, ctx);
    must(!INVISIBLE.test(out), `${f.name}: an invisible character in the output`);
    if (f.name === 'json' || f.name === 'sarif' || f.name === 'gitlab') {
      const text = JSON.stringify(JSON.parse(out));
      must(!/[:[,]null\b/.test(text), `${f.name}: null in the document (a NaN or Infinity written by JSON.stringify?)`);
    }
    if (f.name === 'ktap') {
      for (const line of out.trimEnd().split('\n'))
        must(/^(?:KTAP version 1|1\.\.\d+|(?:not )?ok \d+ |#)/.test(line), `ktap: a line of no KTAP kind: ${line.slice(0, 200)}`);
    }
    if (f.name === 'junit')
      must(
        !/<(?!\/?(?:testsuites|testsuite|testcase|failure|skipped|system-err|system-out|properties|property)\b|\?xml )/.test(out),
        'junit: an element that is not JUnit',
      );
  }
  const link = blobLink({ serverUrl: 'https://github.com', owner: 'o', repo: 'r', sha: 'a'.repeat(40) }, (f) => !f.startsWith('/'));
  const comment = renderMarkdown(result, {
    maxLength: COMMENT_MAX,
    marker: '<!-- kleak-gate:board -->',
    target: 'board',
    acceptCommand: 'kleak-gate baseline update',
    sourceLink: link,
  });
  must(comment.length <= COMMENT_MAX, `comment of ${comment.length} characters (GitHub's limit is ${COMMENT_MAX})`);
  const summary = renderMarkdown(result, { maxLength: SUMMARY_MAX, target: 'board', sourceLink: link });
  must(Buffer.byteLength(summary) <= 1024 * 1024, `job summary of ${Buffer.byteLength(summary)} bytes (GitHub's limit is 1 MiB)`);
  for (const md of [comment, summary]) {
    must(!INVISIBLE.test(md), 'markdown: an invisible character');
    // Device text (the canary KGX) only inside code: outside, it could mention, link or add HTML.
    const html = marked.parse(md, { async: false, gfm: true });
    const outside = html.replace(/<code>[\s\S]*?<\/code>|<pre>[\s\S]*?<\/pre>|href="https:\/\/github\.com\/o\/r\/blob\/[^"]*"/g, '');
    must(
      !outside.includes('KGX'),
      `markdown: device text outside code: ${outside.slice(Math.max(0, outside.indexOf('KGX') - 200), outside.indexOf('KGX') + 100)}`,
    );
  }
  const commands = annotationCommands(planAnnotations(result, { baseline: opts.baseline }));
  for (const line of commands) {
    must(!line.includes('\n') && !line.includes('\r'), 'annotation: a line break inside a workflow command');
    must(/^::(?:error|warning|notice)(?: [^:]*)?::/.test(line), `annotation: not one of ours: ${line.slice(0, 200)}`);
    must(!INVISIBLE.test(line), 'annotation: an invisible character');
  }
}

/** What `baseline update --accept-new` writes reads back, and the same run against it has nothing new or grown. */
async function checkBaselineRoundTrip(args: string[], dir: string, timed: Timed): Promise<void> {
  const accepted = 'accepted.json';
  const withAccepted = args.map((a, i) => (args[i - 1] === '--baseline' ? accepted : a));
  const update = await timed('baseline update', () => cli(['baseline', 'update', ...withAccepted, '--accept-new'], { cwd: dir, now: NOW }));
  expectCleanExit(update, 'baseline update');
  must(update.code === 0, `baseline update exit ${update.code}: ${update.stderr.slice(0, 500)}`);
  const text = readFileSync(join(dir, accepted), 'utf8');
  must(!INVISIBLE.test(text), 'baseline: an invisible character in the file');
  const validate = await timed('baseline validate', () => cli(['baseline', 'validate', accepted], { cwd: dir }));
  must(validate.code === 0, `the baseline written does not read back: ${validate.stderr.slice(0, 500)}`);
  const again = await timed('check against the accepted baseline', () =>
    cli(['check', ...withAccepted, '--format', 'json'], { cwd: dir, now: NOW }),
  );
  expectCleanExit(again, 'check against the accepted baseline');
  must(again.code !== 2, `check against the accepted baseline: ${again.stderr.slice(0, 500)}`);
  const summary = JSON.parse(again.stdout).summary;
  must(summary.new === 0 && summary.grown === 0, `after accepting, ${summary.new} new and ${summary.grown} grown`);
}

/** The baseline the tool itself writes for an unmutated seed report (cached): a real baseline to mutate. */
async function ownBaseline(index: number, dir: string): Promise<string | undefined> {
  if (ownBaselines.has(index)) return ownBaselines.get(index);
  const seeds = loadSeeds();
  const seed = seeds.reports[index]!;
  const own = join(dir, 'own');
  mkdirSync(own, { recursive: true });
  writeFileSync(join(own, 'r.txt'), seed.text);
  const ks = seed.kallsyms ? ['--kallsyms', 'k.txt'] : [];
  if (seed.kallsyms) writeFileSync(join(own, 'k.txt'), seeds.kallsyms.get(seed.kallsyms)!);
  const r = await cli(['baseline', 'update', 'r.txt', ...ks, '--baseline', 'b.json', '--accept-new', '--allow-unreadable'], {
    cwd: own,
    now: NOW,
  });
  const text = r.code === 0 ? readFileSync(join(own, 'b.json'), 'utf8') : undefined;
  ownBaselines.set(index, text ?? EMPTY_BASELINE);
  return text;
}
