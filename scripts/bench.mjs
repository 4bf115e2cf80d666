// npm run bench: end-to-end `check` on a large input built from real data,
// then the source-line resolution bench. Prints figures; asserts nothing.
//
// Input: >= 10,000 records made by repeating the real hil-6.1 v2 report
// after rmmod (raw module frames, so symbolization does real work) and the
// syzkaller corpus reports with hashed pointers; a kallsyms of >= 150,000 lines made by spreading
// copies of the real v2 snapshot over further address ranges (core symbols
// renamed per copy, module symbols as further modules), the real lines kept.
import { loadCore } from './bench-core.mjs';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const fx = (...p) => join(root, 'test/fixtures', ...p);
const tmp = mkdtempSync(join(tmpdir(), 'kleak-gate-bench-'));

await loadCore(tmp, ["export * from './src/pipeline/check.ts';"]);

// Report: the real records, repeated.
const hil = readFileSync(fx('hil-6.1/runs/v2/report-after-rmmod.txt'), 'utf8');
// Symbol sizes in the v2 snapshot (distance to the next address), as check's pairing reads them.
const snapshotSize = new Map();
{
  const syms = readFileSync(fx('hil-6.1/runs/v2/kallsyms-before-rmmod.txt'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/\s+/))
    .map(([a, , name]) => ({ a: BigInt('0x' + a), name }))
    .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : 0));
  syms.forEach((s, i) => {
    const next = syms.slice(i + 1).find((n) => n.a > s.a);
    if (next && !snapshotSize.has(s.name)) snapshotSize.set(s.name, next.a - s.a);
  });
}
/** A report printing a size for a symbol other than the snapshot's is from another kernel: check refuses the pairing. */
const pairsWithSnapshot = (t) =>
  [...t.matchAll(/([A-Za-z_][\w.]*)\+0x[0-9a-f]+\/0x([0-9a-f]+)/g)].every(
    ([, name, size]) => !snapshotSize.has(name) || snapshotSize.get(name) === BigInt('0x' + size),
  );
const corpusDir = fx('corpus/syzkaller-kmemleak');
const corpus = readdirSync(corpusDir)
  .filter((f) => /^(report|guilty)_\d+\.txt$/.test(f) && !['report_126.txt', 'report_324.txt'].includes(f))
  .map((f) =>
    readFileSync(join(corpusDir, f), 'utf8')
      .split('\n')
      .filter((l) => !/^[A-Z]+: /.test(l))
      .join('\n'),
  )
  // Reports with real addresses prove they come from another kernel than the
  // snapshot, and check refuses that pairing: keep the hashed/ptrval ones.
  .filter((t) => !/\[<ffff[0-9a-f]{12}>\]/.test(t) && pairsWithSnapshot(t));
const unit = [hil, ...corpus].join('\n');
const unitRecords = (unit.match(/unreferenced object 0x/g) ?? []).length;
const copies = Math.ceil(10_000 / unitRecords);
const report = Array.from({ length: copies }, () => unit).join('\n');
const reportPath = join(tmp, 'report.txt');
writeFileSync(reportPath, report);
const records = unitRecords * copies;

// kallsyms: the real snapshot plus spread copies.
const realKs = readFileSync(fx('hil-6.1/runs/v2/kallsyms-before-rmmod.txt'), 'utf8').trimEnd().split('\n');
const out = [...realKs];
for (let k = 1; out.length < 150_000; k++) {
  for (const line of realKs) {
    const m = /^([0-9a-f]{16}) (\S) (\S+)(\t\[[\w-]+\])?$/.exec(line);
    if (!m || !m[1].startsWith('ffff')) continue; // percpu offsets stay once
    const addr = BigInt('0x' + m[1]);
    if (m[4]) out.push(`${(addr + BigInt(k) * 0x400000n).toString(16).padStart(16, '0')} ${m[2]} ${m[3]}\t[${m[4].slice(2, -1)}_${k}]`);
    else out.push(`${(addr - BigInt(k) * 0x4000000n).toString(16).padStart(16, '0')} ${m[2]} ${m[3]}_${k}`);
  }
}
const ksPath = join(tmp, 'kallsyms.txt');
writeFileSync(ksPath, out.join('\n') + '\n');

const baselinePath = join(tmp, 'baseline.json');
writeFileSync(baselinePath, JSON.stringify({ schema: 'kleak-gate/baseline@1', fingerprint: 'kl1', leaks: [] }));

const opts = {
  reports: [reportPath],
  captures: [],
  kallsyms: [ksPath],
  debugInfo: [],
  moduleSections: [],
  symbolizer: 'auto',
  cwd: root,
  baseline: baselinePath,
};
const bytes = Buffer.byteLength(report) + Buffer.byteLength(out.join('\n'));
// A fresh process measures the run, so its peak RSS is the check's own (not
// this script's input building); the first (cold) run is what a CI step pays.
const child = join(tmp, 'measure.mjs');
writeFileSync(
  child,
  `
const { runCheck } = await import(${JSON.stringify(join(tmp, 'core.mjs'))});
const opts = { ...${JSON.stringify(opts)}, now: new Date() };
const times = [];
let result;
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  ({ result } = await runCheck(opts));
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  if (i === 0) process.stdout.write(JSON.stringify({ coldRss: process.resourceUsage().maxRSS }) + '\\n');
}
process.stdout.write(JSON.stringify({ times, groups: result.leaks.length, verdict: result.verdict }) + '\\n');
`,
);
const measured = spawnSync(
  process.execPath,
  [...(process.env.KLEAK_GATE_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.KLEAK_GATE_BENCH_PROF] : []), child],
  { encoding: 'utf8' },
);
if (measured.status !== 0) throw new Error(measured.stderr);
const [first, last] = measured.stdout
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const [cold, ...warm] = last.times;
console.log('check, end to end (parse, kallsyms, symbolize, fingerprint, compare), in a fresh process, excluding Node start:');
console.log(
  `  input: ${records} records (${(Buffer.byteLength(report) / 1e6).toFixed(1)} MB report), ${out.length} kallsyms lines (${((bytes - Buffer.byteLength(report)) / 1e6).toFixed(1)} MB)`,
);
console.log(`  leaks: ${last.groups} groups, verdict ${last.verdict}`);
console.log(`  time: first run ${cold.toFixed(3)} s, warm runs ${warm.map((t) => t.toFixed(3)).join(', ')} s; goal < 0.5 s`);
console.log(`  throughput (first run): ${Math.round(records / cold)} records/s, ${(bytes / 1e6 / cold).toFixed(1)} MB/s`);
console.log(`  peak RSS after the first run: ${(first.coldRss / 1024).toFixed(0)} MiB; goal < 300 MB`);
rmSync(tmp, { recursive: true, force: true });

// The further benches, each in its own process: source resolution, then hostile input (issue 14).
for (const script of ['scripts/bench-resolve.mjs', 'scripts/bench-hostile.mjs']) {
  console.log('');
  const r = spawnSync(process.execPath, [join(root, script)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
