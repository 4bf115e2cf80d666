// The accept command: every input of the run, in a form a shell takes
// literally (file names can come from a pull request's checkout), started the
// way this kleak-gate was started.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { actionInvocation } from '../../src/action/invocation.js';
import { cliInvocation } from '../../src/cli/invocation.js';
import type { CheckOptions } from '../../src/inputs/options.js';
import { acceptArgs, acceptCommand } from '../../src/render/accept-command.js';

const run = promisify(execFile);

const opts = (o: Partial<CheckOptions> = {}): CheckOptions => ({
  reports: ['hil/run1.txt', 'hil/run2.txt'],
  captures: ['caps/a'],
  kallsyms: ['hil/kallsyms.txt'],
  debugInfo: ['build/vmlinux', 'build/mod.ko'],
  moduleSections: ['demo_wlan=hil/sections.txt'],
  symbolizer: 'auto',
  cwd: '/ws',
  baseline: 'baselines/board-a.json',
  now: new Date(0),
  ...o,
});

describe('acceptArgs', () => {
  it('keeps every input of the run: reports, captures, kallsyms, module sections, debug info, source root, config, baseline', () => {
    expect(acceptArgs(opts({ sourceRoot: 'src', config: 'ci/kleak.yml', symbolizer: 'llvm-symbolizer' }))).toEqual([
      'baseline',
      'update',
      'hil/run1.txt',
      'hil/run2.txt',
      '--capture',
      'caps/a',
      '--kallsyms',
      'hil/kallsyms.txt',
      '--module-sections',
      'demo_wlan=hil/sections.txt',
      '--debug-info',
      'build/vmlinux',
      '--debug-info',
      'build/mod.ko',
      '--source-root',
      'src',
      '--symbolizer',
      'llvm-symbolizer',
      '--config',
      'ci/kleak.yml',
      '--baseline',
      'baselines/board-a.json',
      '--accept-new',
    ]);
  });

  it('leaves out what applies anyway (the repository .kleak-gate.yml, the auto symbolizer); keeps min-seen, which changes verdicts', () => {
    const args = acceptArgs(opts({ config: '.kleak-gate.yml', captures: [], debugInfo: [], minSeen: 2 }));
    expect(args).not.toContain('--config');
    expect(args).not.toContain('--symbolizer');
    expect(args.slice(-5)).toEqual(['--min-seen', '2', '--baseline', 'baselines/board-a.json', '--accept-new']);
  });
});

describe('acceptCommand', () => {
  it('quotes file names so that sh passes them through literally and runs nothing in them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kleak-gate-quote-'));
    const hostile = ['hil out/$(touch pwned).txt', "it's;`touch pwned2`", '~/x', '#comment', 'a\nb'];
    const cmd = acceptCommand(opts({ reports: hostile, invocation: ['printf', '%s\\n'] }));
    const { stdout } = await run('sh', ['-c', cmd.replace("printf '%s\\n'", "printf '%s\\0'")], { cwd: dir });
    expect(stdout.split('\0').slice(2, 2 + hostile.length)).toEqual(hostile);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
  });

  it('writes plain words plainly', () => {
    expect(
      acceptCommand(opts({ captures: [], debugInfo: [], moduleSections: [], invocation: ['npx', 'github:OWNER/kleak-gate#v1'] })),
    ).toBe(
      'npx github:OWNER/kleak-gate#v1 baseline update hil/run1.txt hil/run2.txt --kallsyms hil/kallsyms.txt --baseline baselines/board-a.json --accept-new',
    );
  });
});

describe('cliInvocation', () => {
  it('a project dependency is `npx kleak-gate`, from the project and any folder below it', () => {
    const program = '/home/u/drv/node_modules/kleak-gate/dist/cli.js';
    expect(cliInvocation(program, '/home/u/drv')).toEqual(['npx', 'kleak-gate']);
    expect(cliInvocation(program, '/home/u/drv/sub/dir')).toEqual(['npx', 'kleak-gate']);
  });

  it("npx's own cache (npx github:…) or another project's copy: the very file, absolute", () => {
    const cached = '/root/.npm/_npx/0123abcd/node_modules/kleak-gate/dist/cli.js';
    expect(cliInvocation(cached, '/home/u/drv')).toEqual(['node', cached]);
  });

  it('a checkout: node with the path from the working directory', () => {
    expect(cliInvocation('/src/kleak-gate/dist/cli.js', '/src/kleak-gate')).toEqual(['node', 'dist/cli.js']);
    expect(cliInvocation('/opt/kleak-gate/dist/cli.js', '/home/u/drv')).toEqual(['node', '/opt/kleak-gate/dist/cli.js']);
  });
});

describe('actionInvocation', () => {
  const ws = '/home/runner/work/drv/drv';
  it('a local action (uses: ./path) is node <path>/dist/cli.js from the workspace', () => {
    expect(actionInvocation({}, ws, ws)).toEqual(['node', 'dist/cli.js']);
    expect(actionInvocation({}, `${ws}/.github/actions/kleak`, ws)).toEqual(['node', '.github/actions/kleak/dist/cli.js']);
  });

  it('a fetched action is npx github:OWNER/REPO#REF from where the runner put it, over stale GITHUB_ACTION_* of an earlier step', () => {
    const root = '/home/runner/work/_actions/acme/kleak-gate/v1.2.3';
    const stale = { GITHUB_ACTION_REPOSITORY: 'actions/checkout', GITHUB_ACTION_REF: 'v4' };
    expect(actionInvocation(stale, root, ws)).toEqual(['npx', 'github:acme/kleak-gate#v1.2.3']);
  });

  it('elsewhere: GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF, else the very file that runs', () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/kleak-gate', GITHUB_ACTION_REF: '0123456789abcdef0123456789abcdef01234567' };
    expect(actionInvocation(env, '/opt/kg', ws)).toEqual(['npx', 'github:acme/kleak-gate#0123456789abcdef0123456789abcdef01234567']);
    expect(actionInvocation({}, '/opt/kg', ws)).toEqual(['node', '/opt/kg/dist/cli.js']);
  });
});
