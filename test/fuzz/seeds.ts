// The real inputs the fuzz test mutates: the board reports (x86, arm64, arm32)
// with their kallsyms snapshots, a whole serial console log of each of the
// x86 and arm32 boards, the decode_stacktrace/faddr2line forms, the
// corpus of reports from syzkaller and the mailing lists, the repository's
// baseline and baselines the tool writes for the board runs, and the README's
// config. Nothing here is edited; mutation.ts does that, per case.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, readFixture, repoRoot, stripSyzkallerHeader } from '../support/paths.js';

export interface SeedReport {
  name: string;
  text: string;
  /** Key into SEEDS.kallsyms: the snapshot of the same boot. */
  kallsyms?: string;
}

export interface Seeds {
  reports: SeedReport[];
  /** Snapshot name → text (slimmed: see slimKallsyms). */
  kallsyms: Map<string, string>;
  /** Baselines as text: the repository's own; the tool's, for the board runs, are added by the case runner. */
  baselines: string[];
  configs: string[];
}

const BOARDS = [
  { board: 'hil-6.1', runs: ['v1', 'v2', 'v3'] },
  { board: 'hil-arm64-6.1', runs: ['v2'] },
  { board: 'hil-arm32-6.1', runs: ['v2'] },
];

/**
 * A snapshot cut down to what the board's reports touch, so that a case
 * costs milliseconds: every module symbol (bare module frames are named from
 * these), the core symbols the reports name with the symbols up to the next
 * higher address (the pairing check compares the size the kernel printed
 * with that distance), and _text/_stext. Lines are kept as they were, in
 * their order.
 */
function slimKallsyms(text: string, reports: string[]): string {
  const named = new Set(reports.join('\n').match(/[A-Za-z_][\w.]*/g) ?? []);
  named.add('_text');
  named.add('_stext');
  const lines = text.split('\n');
  const keep = new Set<number>();
  lines.forEach((l, i) => {
    if (l.includes('\t[')) keep.add(i);
    else if (named.has(l.split(' ')[2] ?? '')) {
      // It, its aliases at the same address, and the next symbol after them.
      const address = l.split(' ')[0];
      let j = i;
      while (j < lines.length && lines[j]!.split(' ')[0] === address) keep.add(j++);
      if (j < lines.length) keep.add(j);
    }
  });
  return lines
    .filter((_, i) => keep.has(i))
    .join('\n')
    .concat('\n');
}

function corpusReports(): SeedReport[] {
  const root = fixture('corpus');
  const out: SeedReport[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(root, dir.name)).filter((f) => f.endsWith('.txt'))) {
      const text = readFixture('corpus', dir.name, f);
      out.push({ name: `corpus/${dir.name}/${f}`, text: dir.name === 'syzkaller-kmemleak' ? stripSyzkallerHeader(text).body : text });
    }
  }
  return out;
}

/** The README's documented `.kleak-gate.yml`. */
function readmeConfig(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const at = readme.indexOf('### Config reference');
  const block = /```yaml\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error('README: the config reference has no yaml block');
  return block[1]!;
}

let cached: Seeds | undefined;

export function loadSeeds(): Seeds {
  if (cached) return cached;
  const reports: SeedReport[] = [];
  const kallsyms = new Map<string, string>();
  for (const { board, runs } of BOARDS) {
    for (const run of runs) {
      const path = (f: string) => `${board}/runs/${run}/${f}`;
      const texts = ['report-after-rmmod.txt', 'report-loaded.txt', 'dmesg.txt'].map((f) => ({ f, text: readFixture(path(f)) }));
      const key = path('kallsyms');
      kallsyms.set(
        key,
        slimKallsyms(
          readFixture(path('kallsyms-before-rmmod.txt')),
          texts.map((t) => t.text),
        ),
      );
      for (const { f, text } of texts) reports.push({ name: path(f), text, kallsyms: key });
    }
  }
  // Whole boots as the serial line gave them (hundreds of KB each: the large real inputs).
  for (const board of ['hil-6.1', 'hil-arm32-6.1']) {
    const path = `${board}/runs/v2/console.log`;
    reports.push({ name: path, text: readFixture(path), kallsyms: `${board}/runs/v2/kallsyms` });
  }
  const forms = fixture('hil-6.1/forms');
  for (const f of readdirSync(forms).filter((f) => f.endsWith('.txt'))) {
    reports.push({ name: `hil-6.1/forms/${f}`, text: readFixture('hil-6.1/forms', f), kallsyms: 'hil-6.1/runs/v2/kallsyms' });
  }
  reports.push(...corpusReports());
  const baselines = [readFileSync(join(repoRoot, 'baselines/demo-board.json'), 'utf8')];
  const demo = JSON.parse(baselines[0]!) as { leaks: { fingerprint: string }[] };
  const configs = [
    readmeConfig(),
    `scope:\n  modules: [demo_wlan]\nwaivers:\n  - fingerprint: "${demo.leaks[0]!.fingerprint}"\n    reason: accepted on the demo board\n`,
    '',
  ];
  cached = { reports, kallsyms, baselines, configs };
  return cached;
}
