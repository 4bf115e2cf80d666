// System tools some tests need (binutils, llvm, qemu, ...). Outside CI a
// missing tool skips those tests with one line naming the Debian package;
// under CI=true it fails the file instead, so CI can never skip silently.
import { spawnSync } from 'node:child_process';

export const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

export function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** True when the tests that need `tools` must be skipped here (said on stderr); throws in CI. */
export function skipWithout(file: string, tools: string[], pkg: string): boolean {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return false;
  const what = `${missing.join(', ')} not installed (Debian package ${pkg}; .ci/run installs it)`;
  if (inCI) throw new Error(`${file}: ${what}: CI must not skip these tests`);
  console.warn(`SKIPPED ${file}: ${what}`);
  return true;
}
