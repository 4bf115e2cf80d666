// Bench: ms per MB of hostile input against ms per MB of real records
// (issue 14). The real figure is `check` on real records (the hil-6.1 v2
// report after rmmod, repeated to over 1 MB) with the v2 kallsyms snapshot. The hostile figures:
// the same report with one 1 MB line of each kind that was once quadratic
// (a `comm "…` header, a `kmemleak` line, a frame name of repeated `.1`),
// a 10,000-entry baseline (the tool's own entries for v2, repeated with
// distinct fingerprints) read strictly, and a 1 MB config (module patterns
// and waivers) read. Prints figures and each ratio to the real one, which
// should stay within 3x; asserts nothing.
import { loadCore } from './bench-core.mjs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fx = (...p) => join(root, 'test/fixtures', ...p);
const tmp = mkdtempSync(join(tmpdir(), 'kleak-gate-bench-hostile-'));
const MB = 1024 * 1024;

const core = await loadCore(tmp, [
  "export { runCheck } from './src/pipeline/check.ts';",
  "export { parseBaseline, serializeBaseline } from './src/baseline/schema.ts';",
  "export { updateBaseline } from './src/baseline/update.ts';",
  "export { parseConfig } from './src/config/parse.ts';",
]);

// The real records, repeated to over 1 MB: the v2 board's, which its snapshot names (the
// corpus reports come from other kernels, and check refuses a snapshot that contradicts them).
const unit = readFileSync(fx('hil-6.1/runs/v2/report-after-rmmod.txt'), 'utf8');
const realReport = Array.from({ length: Math.ceil(MB / unit.length) }, () => unit).join('\n');

/** The real report with `line` put in place of its first record's comm line (that record becomes unreadable). */
const withLine = (line) => realReport.replace(/^ {2}comm ".*$/m, () => line);
const sized = (bytes, head, piece, tail = '') => head + piece.repeat(Math.ceil((bytes - head.length - tail.length) / piece.length)) + tail;

const ksPath = join(tmp, 'kallsyms.txt');
writeFileSync(ksPath, readFileSync(fx('hil-6.1/runs/v2/kallsyms-before-rmmod.txt')));
const emptyBaseline = join(tmp, 'empty.json');
writeFileSync(emptyBaseline, JSON.stringify({ schema: 'kleak-gate/baseline@1', fingerprint: 'kl1', leaks: [] }));

async function checkReport(text) {
  const path = join(tmp, 'report.txt');
  writeFileSync(path, text);
  const opts = { reports: [path], captures: [], kallsyms: [ksPath], debugInfo: [], moduleSections: [], symbolizer: 'auto' };
  return core.runCheck({ ...opts, cwd: tmp, baseline: emptyBaseline, allowUnreadable: true, now: new Date() });
}

// The tool's own baseline entries for the real report, repeated with distinct fingerprints.
const { result } = await checkReport(realReport);
const own = core.updateBaseline(undefined, result, true).baseline;
const baselineOf = (n) =>
  core.serializeBaseline({
    ...own,
    leaks: Array.from({ length: n }, (_, i) => ({
      ...own.leaks[i % own.leaks.length],
      fingerprint: `kl1:${i.toString(16).padStart(16, '0')}`,
    })),
  });

// A config of module patterns and waivers as people write them (waivers added up to the size).
function configOf(bytes) {
  const parts = ['scope:\n  modules: [demo_wlan, ', Array.from({ length: 8000 }, (_, i) => `other_${i}`).join(', '), ']\nwaivers:\n'];
  let length = parts.join('').length;
  for (let i = 0; ; i++) {
    const waiver = `  - frames: [kmalloc_trace, "...", "vendor_${i}_*"]\n    reason: known leak ${i} in the vendor driver, see the tracker\n    expires: 2027-03-01\n`;
    if (length + waiver.length > bytes) break;
    parts.push(waiver);
    length += waiver.length;
  }
  return parts.join('');
}

/** The best of three runs, in ms. */
async function best(run) {
  let ms = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await run();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

const MB_DEC = 1_000_000;
// Each hostile input at two sizes, the second twice the first: linear work doubles.
const hostile = [
  [
    'check: real records and a 1 MB comm line',
    (b) => withLine(sized(b, '  comm "', 'a"b, pid 1, jiffies 2 ', '", pid 1, jiffies 4294892296')),
    checkReport,
  ],
  ['check: real records and a 1 MB kmemleak line', (b) => withLine(sized(b, 'kmemleak: ', 'kmemleak (')), checkReport],
  [
    'check: real records and a 1 MB dotted name',
    (b) => withLine(sized(b, '    [<ffffffffc0277062>] nicPktLogRxFrame', '.1', '+0x52/0x110 [demo_wlan]')),
    checkReport,
  ],
  [
    'baseline of 10,000 entries, read strictly',
    (b) => baselineOf(b === MB_DEC ? 10_000 : 5_000),
    async (t) => core.parseBaseline(t, 'b.json'),
  ],
  ['config of 1 MB (8,001 modules, waivers)', configOf, async (t) => core.parseConfig(t, 'c.yml')],
];

const size = (t) => Buffer.byteLength(t);
const perMB = (ms, bytes) => ms / (bytes / MB);
const realMs = await best(() => checkReport(realReport));
const real = perMB(realMs, size(realReport));
const mb = (b) => `${(b / MB).toFixed(2)} MB`.padStart(8);
console.log(
  'hostile input against real records, in ms per MB (best of 3, in-process; x2: time when the hostile part doubles, 2x or less is linear):',
);
console.log(
  `  ${'check: real records'.padEnd(46)} ${mb(size(realReport))} ${realMs.toFixed(0).padStart(6)} ms ${real.toFixed(0).padStart(6)} ms/MB`,
);
let worst = 0;
for (const [name, make, run] of hostile) {
  const half = make(MB_DEC / 2);
  const full = make(MB_DEC);
  const halfMs = await best(() => run(half));
  const fullMs = await best(() => run(full));
  const ratio = perMB(fullMs, size(full)) / real;
  worst = Math.max(worst, ratio);
  console.log(
    `  ${name.padEnd(46)} ${mb(size(full))} ${fullMs.toFixed(0).padStart(6)} ms ${perMB(fullMs, size(full)).toFixed(0).padStart(6)} ms/MB  ${ratio.toFixed(2)}x real  x2: ${(fullMs / halfMs).toFixed(2)}x time`,
  );
}
console.log(`  worst ratio to real records: ${worst.toFixed(2)}x (goal: within 3x)`);

// Set the 1 MB config beside the README's documented config (read 200 times), so the
// growth of a config's cost per byte with its size shows.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const documented = /```yaml\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('### Config reference')))[1];
const documentedMs =
  (await best(async () => {
    for (let i = 0; i < 200; i++) core.parseConfig(documented, 'c.yml');
  })) / 200;
const bigConfig = configOf(MB_DEC);
const bigMs = await best(async () => core.parseConfig(bigConfig, 'c.yml'));
const documentedPerMB = perMB(documentedMs, size(documented));
console.log(
  `  the README's config (${size(documented)} bytes): ${documentedPerMB.toFixed(0)} ms/MB; the 1 MB config: ${perMB(bigMs, size(bigConfig)).toFixed(0)} ms/MB, ${(perMB(bigMs, size(bigConfig)) / documentedPerMB).toFixed(2)}x`,
);
rmSync(tmp, { recursive: true, force: true });
