// The README's command-line examples run as printed, against the
// repository's own fixtures: every `sh` block's kleak-gate commands (with
// the exit code a trailing `# exit N` promises, 0 otherwise, and the text a
// following `# prints: …` line promises), and every `console` block's output,
// line for line (run in the checkout: they only read). A block that shows a user's own files says so in a
// `<!-- readme-test: skip — why -->` line above it. `npx kleak-gate …` and
// `npx github:OWNER/kleak-gate#v1 …` are what the README's installs put on
// the PATH: here they run this checkout's dist/cli.js.
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/action-runner.js';
import { repoRoot } from '../support/paths.js';
import { readmeBlocks, type ReadmeBlock } from '../support/readme.js';
import { skipWithout } from '../support/tools.js';

const skip = skipWithout('test/readme/examples.test.ts', ['addr2line', 'llvm-symbolizer', 'readelf', 'nm'], 'binutils, llvm');
const exec = promisify(execFile);

const INVOCATION = /^(?:npx github:OWNER\/kleak-gate#v1|npx kleak-gate|kleak-gate|node dist\/cli\.js)(?= )/;

interface Example {
  command: string;
  exit: number;
  prints?: string;
}

/** Logical lines (backslash continuations joined) that start kleak-gate, with their promises. */
function examplesOf(block: ReadmeBlock): Example[] {
  const logical = block.text.replace(/\\\n\s*/g, '').split('\n');
  const out: Example[] = [];
  for (const line of logical) {
    const prints = /^# prints: (.+)$/.exec(line.trim());
    if (prints && out.length > 0) out.at(-1)!.prints = prints[1]!;
    if (!INVOCATION.test(line)) continue;
    const m = /^(.*?)(?:\s+#\s*(.*))?$/.exec(line)!;
    const exit = /^exit (\d+)/.exec(m[2] ?? '');
    out.push({ command: m[1]!.trim(), exit: exit ? Number(exit[1]) : 0 });
  }
  return out;
}

let bin: string;
/** A driver repository's directory that sees this checkout's fixtures and dist, with a copy of baselines/. */
function sandbox(): string {
  const ws = mkdtempSync(join(tmpdir(), 'kleak-gate-readme-'));
  symlinkSync(join(repoRoot, 'test'), join(ws, 'test'));
  symlinkSync(join(repoRoot, 'dist'), join(ws, 'dist'));
  cpSync(join(repoRoot, 'baselines'), join(ws, 'baselines'), { recursive: true });
  return ws;
}

async function sh(command: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const line = command.replace(INVOCATION, 'kleak-gate');
  return exec('sh', ['-c', line], { cwd, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

const blocks = readmeBlocks();
const shBlocks = blocks.filter((b) => b.lang === 'sh' && examplesOf(b).length > 0);
const consoleBlocks = blocks.filter((b) => b.lang === 'console');

beforeAll(async () => {
  await ensureBuilt();
  bin = mkdtempSync(join(tmpdir(), 'kleak-gate-bin-'));
  writeFileSync(join(bin, 'kleak-gate'), `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'dist/cli.js')}" "$@"\n`);
  chmodSync(join(bin, 'kleak-gate'), 0o755);
});

describe('README examples', () => {
  it('most command examples run; the others say why not', () => {
    const skipped = shBlocks.filter((b) => b.skip);
    expect(skipped.every((b) => b.skip!.length > 10)).toBe(true);
    expect(shBlocks.filter((b) => !b.skip).flatMap(examplesOf).length).toBeGreaterThanOrEqual(5);
    expect(consoleBlocks.length).toBeGreaterThanOrEqual(1);
  });

  describe.skipIf(skip).each(shBlocks.filter((b) => !b.skip).map((b) => [`README.md:${b.line} (${b.heading})`, b] as const))(
    '%s',
    (_name, block) => {
      it('runs as printed', async () => {
        const ws = sandbox();
        for (const ex of examplesOf(block)) {
          const r = await sh(ex.command, ws);
          expect({ command: ex.command, code: r.code, stderr: r.code === ex.exit ? '' : r.stderr }).toEqual({
            command: ex.command,
            code: ex.exit,
            stderr: '',
          });
          if (ex.prints) expect(r.stdout).toContain(ex.prints);
        }
      });
    },
  );

  describe.skipIf(skip).each(consoleBlocks.map((b) => [`README.md:${b.line} (${b.heading})`, b] as const))('%s', (_name, block) => {
    it('prints what the README shows', async () => {
      // In the checkout itself, as the README runs it (the hint names `node dist/cli.js`).
      const ws = repoRoot;
      const parts = block.text.split(/^\$ /m).filter(Boolean);
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) {
        const [command, ...shown] = part.split('\n');
        const r = await sh(command!, ws);
        const trim = (t: string) =>
          t
            .split('\n')
            .map((l) => l.trimEnd())
            .join('\n')
            .trimEnd();
        expect(trim(r.stdout)).toBe(trim(shown.join('\n')));
      }
    });
  });
});
