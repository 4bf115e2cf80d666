// How a user runs the same kleak-gate as this Action step, for the commands
// the comment and the job summary show. Where the runner fetched the action
// (…/_actions/OWNER/REPO/REF) is the most reliable source: the runner has been
// seen to leave GITHUB_ACTION_REPOSITORY/REF of an earlier step in place for
// a local action (actions/runner#803). A local action (`uses: ./`) is the
// checkout itself, where `node <path>/dist/cli.js` works.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Invocation } from '../render/accept-command.js';

type Env = Record<string, string | undefined>;

/** The running action's directory (holding action.yml): above dist/index.js, or above src/action/ in tests. */
export const ACTION_ROOT = findUp(dirname(fileURLToPath(import.meta.url)));

function findUp(dir: string): string {
  for (let d = dir, i = 0; i < 3; d = dirname(d), i++) if (existsSync(join(d, 'action.yml'))) return d;
  return dirname(dir);
}

const FETCHED = /[/\\]_actions[/\\]([^/\\]+)[/\\]([^/\\]+)[/\\]([^/\\]+)$/;

/** `actionRoot`: the directory holding action.yml and dist/ of the running action. */
export function actionInvocation(env: Env, actionRoot: string, workspace: string): Invocation {
  const rel = relative(workspace, actionRoot);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    return ['node', [...(rel ? rel.split(sep) : []), 'dist', 'cli.js'].join('/')];
  }
  const fetched = FETCHED.exec(actionRoot);
  if (fetched) return ['npx', `github:${fetched[1]}/${fetched[2]}#${fetched[3]}`];
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (repo && ref && /^[^/\s]+\/[^/\s]+$/.test(repo) && !/\s/.test(ref)) return ['npx', `github:${repo}#${ref}`];
  // Unknown origin: the very file that runs (valid on this runner).
  return ['node', `${actionRoot.split(sep).join('/')}/dist/cli.js`];
}
