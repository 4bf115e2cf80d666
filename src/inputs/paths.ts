// The one way a path input becomes a file name: relative to the repository
// (the CLI's working directory, the Action's workspace), absolute as given.
import { isAbsolute, resolve } from 'node:path';

export function inputPath(cwd: string, path: string): string {
  return path === '-' || isAbsolute(path) ? path : resolve(cwd, path);
}
