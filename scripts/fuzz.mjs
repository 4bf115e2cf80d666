// npm run fuzz [-- --runs N] [-- --seed S]: the suite's fuzz properties
// (test/fuzz) run long, with larger mutations. Prints what it ran — seed,
// runs, per-property counts of judged and refused inputs, crashes, hangs,
// broken invariants, the slowest run — and exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
let values;
try {
  ({ values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } }));
} catch (e) {
  console.error(`fuzz: ${e.message} (usage: npm run fuzz -- [--runs N] [--seed S])`);
  process.exit(2);
}
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
  console.error('fuzz: --runs must be a positive whole number and --seed a whole number');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'kg-fuzz-run-'));
const out = join(dir, 'report.txt');
console.log(`fuzz: seed ${seed}, ${runs} runs (replay with: npm run fuzz -- --runs ${runs} --seed ${seed})`);
const vitest = spawn(join(root, 'node_modules/.bin/vitest'), ['run', 'test/fuzz/fuzz.test.ts', '--reporter=dot'], {
  cwd: root,
  env: { ...process.env, KG_FUZZ_RUNS: String(runs), KG_FUZZ_SEED: String(seed), KG_FUZZ_OUT: out },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const show = () => existsSync(out) && console.log(readFileSync(out, 'utf8').split('\n').slice(0, 7).join('\n'));
const timer = setInterval(show, 60_000);
const code = await new Promise((done) => vitest.on('exit', (c, signal) => done(c ?? (signal ? 1 : 0))));
clearInterval(timer);
const report = existsSync(out) ? readFileSync(out, 'utf8') : '';
rmSync(dir, { recursive: true, force: true });
console.log(report || 'fuzz: the run ended before it reported (see the errors above)');
const clean = /total: 0 crashes, 0 hangs, 0 broken invariants/.test(report) && new RegExp(`, ${runs} of ${runs} runs`).test(report);
process.exit(code === 0 && clean ? 0 : 1);
