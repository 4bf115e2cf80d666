// Bench: source lines for >= 1,000 kmemleak records (the real hil-6.1 v1 and
// v2 reports after rmmod, named by their kallsyms snapshots, repeated), against
// the demo .ko files and vmlinux, with one addr2line process per binary; and
// beside it the per-frame approach of decode_stacktrace.sh (one addr2line per
// address), timed on a sample and extrapolated to the same frames.
// Compiles src/ with esbuild on the fly (dist/ holds only the CLI bundle).
// Usage: node scripts/bench-resolve.mjs [RECORDS=1000] [SAMPLE=60]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hil = resolve(root, 'test/fixtures/hil-6.1');
const wantRecords = Number(process.argv[2] ?? 1000);
const sampleSize = Number(process.argv[3] ?? 60);
const tmp = mkdtempSync(join(tmpdir(), 'kleak-bench-resolve-'));

try {
  const entry = join(tmp, 'entry.ts');
  writeFileSync(
    entry,
    [
      `export { resolveSourceLines } from ${JSON.stringify(join(root, 'src/resolve/index.ts'))};`,
      `export { parseReport } from ${JSON.stringify(join(root, 'src/parse/report.ts'))};`,
      `export { parseKallsyms } from ${JSON.stringify(join(root, 'src/kallsyms/parse.ts'))};`,
      `export { symbolizeRecords } from ${JSON.stringify(join(root, 'src/symbolize/symbolize.ts'))};`,
    ].join('\n'),
  );
  await build({ entryPoints: [entry], outfile: join(tmp, 'lib.mjs'), bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
  const lib = await import(pathToFileURL(join(tmp, 'lib.mjs')).href);

  const vmlinux = join(tmp, 'vmlinux');
  let t = performance.now();
  execFileSync('sh', ['-c', 'xz -dc "$1" > "$2"', 'sh', join(hil, 'kernel/vmlinux-slim.xz'), vmlinux]);
  console.log(`vmlinux.xz unpacked in ${((performance.now() - t) / 1000).toFixed(1)} s (not counted below)`);

  // Named records of each run, as the pipeline hands them to resolve.
  const runs = ['v1', 'v2'].map((v, run) => {
    const rep = lib.parseReport(
      readFileSync(join(hil, 'runs', v, 'report-after-rmmod.txt'), 'utf8'),
      `runs/${v}/report-after-rmmod.txt`,
      run,
    );
    const table = lib.parseKallsyms(readFileSync(join(hil, 'runs', v, 'kallsyms-before-rmmod.txt'), 'utf8'), `runs/${v}/kallsyms`);
    return lib.symbolizeRecords(rep.records, [table]).records;
  });
  const records = [];
  for (let i = 0; records.length < wantRecords; i++) {
    const rs = runs[i % 2];
    for (const r of rs)
      if (records.length < wantRecords)
        records.push({ ...r, object: `0x${(0xffff000000000000n + BigInt(records.length) * 64n).toString(16)}` });
  }
  const frames = records.reduce((n, r) => n + r.frames.length, 0);
  const opts = {
    debugInfo: [join(hil, 'modules/v1/demo_wlan.ko'), join(hil, 'modules/v2/demo_wlan.ko'), vmlinux],
    moduleSections: [join(hil, 'runs/v1/module-sections.txt'), join(hil, 'runs/v2/module-sections.txt')],
    symbolizer: 'addr2line',
    cwd: resolve(hil, '../../hil/demo_wlan/v1'),
  };
  t = performance.now();
  const out = await lib.resolveSourceLines(records, opts);
  const batched = (performance.now() - t) / 1000;
  const all = out.records.flatMap((r) => r.frames);
  const withLine = all.filter((f) => f.line !== undefined).length;
  console.log(
    `batched: ${records.length} records, ${frames} frames (${withLine} given a line) in ${batched.toFixed(2)} s = ${Math.round(frames / batched)} frames/s`,
  );

  // Per frame: `addr2line -f -i -e BINARY [-j SECTION] ADDRESS`, one process each, for a sample of the same frames.
  const sections = new Map();
  for (const v of ['v1', 'v2']) {
    const ko = join(hil, `modules/${v}/demo_wlan.ko`);
    const syms = new Map();
    for (const line of execFileSync('readelf', ['-sW', ko], { encoding: 'utf8' }).split('\n')) {
      const c = line.trim().split(/\s+/);
      if (c[3] === 'FUNC') syms.set(c[7], { value: parseInt(c[1], 16), shndx: Number(c[6]) });
    }
    const names = new Map(
      execFileSync('readelf', ['-SW', ko], { encoding: 'utf8' })
        .split('\n')
        .flatMap((l) => {
          const m = /^\s*\[\s*(\d+)\]\s+(\S+)/.exec(l);
          return m ? [[Number(m[1]), m[2]]] : [];
        }),
    );
    sections.set(v, { ko, syms, names });
  }
  const kernel = new Map();
  for (const line of execFileSync('nm', [vmlinux], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\n')) {
    const [addr, type, name] = line.split(' ');
    if (/^[tTwW]$/.test(type ?? '') && !kernel.has(name)) kernel.set(name, BigInt(`0x${addr}`));
  }
  const sample = all.filter((f) => f.function !== undefined && f.offset !== undefined);
  const step = Math.max(1, Math.floor(sample.length / sampleSize));
  const picked = sample.filter((_, i) => i % step === 0).slice(0, sampleSize);
  t = performance.now();
  for (const f of picked) {
    const rec = out.records.find((r) => r.frames.includes(f));
    if (f.module === undefined) {
      const a = kernel.get(f.function) + BigInt(f.offset - 1);
      spawnSync('addr2line', ['-f', '-i', '-e', vmlinux, `0x${a.toString(16)}`]);
    } else {
      const s = sections.get(rec.run === 0 ? 'v1' : 'v2');
      const sym = s.syms.get(f.function) ?? { value: 0, shndx: 3 };
      spawnSync('addr2line', ['-f', '-i', '-e', s.ko, '-j', s.names.get(sym.shndx), `0x${(sym.value + f.offset - 1).toString(16)}`]);
    }
  }
  const perSample = (performance.now() - t) / 1000;
  const perFrame = (perSample / picked.length) * sample.length;
  console.log(
    `per-frame (one addr2line per address, as decode_stacktrace.sh): ${picked.length} sampled frames in ${perSample.toFixed(2)} s, extrapolated to the ${sample.length} named frames: ${perFrame.toFixed(1)} s`,
  );
  console.log(`ratio: batched is ${(perFrame / batched).toFixed(1)}x faster than one process per address (goal >= 50x)`);
  for (const w of out.warnings) console.log(`warning: ${w}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
