// kleak-gate hook install | run: the same gate as CI, before a push.
//   hook install [--config FILE] [--command "node /path/cli.js"] [--force]
//   hook run pre-push|pre-commit [--config FILE]     (what the hooks call)

import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../../errors.js';
import { loadConfig } from '../../config/load.js';
import { git, gitOut } from '../../git/exec.js';
import { HOOK_MARKER, SKIP_VAR, hookScript } from '../../hook/scripts.js';
import { preCommit, prePush } from '../../hook/run.js';
import { DEFAULT_CONFIG } from '../../inputs/defaults.js';
import { parseOptions } from '../args.js';
import type { Command } from '../io.js';

const HELP = `kleak-gate hook install [--config FILE] [--command CMD] [--force]
  writes .git/hooks/pre-push (check on the latest local capture named in the
  config's hook: section) and .git/hooks/pre-commit (validate staged baselines).
  Skip once with ${SKIP_VAR}=1. CMD defaults to this kleak-gate (node + its cli.js).
kleak-gate hook run pre-push|pre-commit [--config FILE]
`;

async function hooksDir(cwd: string): Promise<string> {
  // A hook manager (husky, lefthook) owns core.hooksPath: writing there would
  // be overwritten; the docs show the line to add to it instead.
  const custom = (await git(['config', '--get', 'core.hooksPath'], { cwd, okCodes: [1] })).stdout.trim();
  if (custom)
    throw new UsageError(
      `core.hooksPath is set to ${custom} (husky/lefthook?): add "kleak-gate hook run pre-push" to that hook manager instead (see the README, "The local gate: git hook")`,
    );
  const dir = await gitOut(['rev-parse', '--git-path', 'hooks'], { cwd });
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

const install: Command = async (argv, io) => {
  const { values } = parseOptions(argv, {
    config: { type: 'string' },
    command: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return (io.stdout(HELP), 0);
  // The default command is the kleak-gate that runs now (dist/cli.js), so the
  // hook and CI use the same build; never a download (npx would need the network).
  const command = values.command ? values.command.split(/\s+/).filter(Boolean) : [process.execPath, fileURLToPath(import.meta.url)];
  const dir = await hooksDir(io.cwd);
  await mkdir(dir, { recursive: true });
  for (const hook of ['pre-push', 'pre-commit'] as const) {
    const path = join(dir, hook);
    const existing = await readFile(path, 'utf8').catch(() => undefined);
    if (existing !== undefined && !existing.includes(HOOK_MARKER) && !values.force) {
      throw new InputError(
        path,
        'a hook not written by kleak-gate is there: add "kleak-gate hook run ' + hook + '" to it, or use --force to replace it',
      );
    }
    await writeFile(path, hookScript(hook, command, values.config));
    await chmod(path, 0o755);
    io.stdout(`${path}: installed\n`);
  }
  return 0;
};

const run: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return (io.stdout(HELP), 0);
  const [hook] = positionals;
  // Also here, not only in the installed script: pre-commit, husky and
  // lefthook call `hook run` directly, and the messages promise this variable.
  const skip = io.env[SKIP_VAR];
  if (skip && !['0', 'false', 'no'].includes(skip) && (hook === 'pre-push' || hook === 'pre-commit')) {
    io.stderr(`kleak-gate: ${hook} skipped (${SKIP_VAR} is set)\n`);
    return 0;
  }
  const configPath = values.config ?? DEFAULT_CONFIG;
  const at = isAbsolute(configPath) ? configPath : resolve(io.cwd, configPath);
  if (hook === 'pre-push') return prePush(await loadConfig(at), configPath, io);
  if (hook === 'pre-commit') {
    // Validating baselines needs no config; use it when there is one.
    const exists = await readFile(at, 'utf8').then(
      () => true,
      () => false,
    );
    return preCommit(exists || values.config ? await loadConfig(at) : undefined, io);
  }
  throw new UsageError(`hook run needs pre-push or pre-commit, not '${hook ?? ''}'`);
};

export const hookCommand: Command = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === 'install') return install(rest, io);
  if (sub === 'run') return run(rest, io);
  io.stdout(HELP);
  return sub === '--help' || sub === '-h' ? 0 : 2;
};
