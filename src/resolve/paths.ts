// Makes DWARF file names repository-relative, so an annotation lands on the
// pull request's file: /home/runner/work/demo-wlan/demo-wlan/drivers/x.c ->
// drivers/x.c. With --source-root the build prefix is given; without it, the
// prefix is found by looking for the file under cwd (the repository).
// Among the candidates we keep the longest relative path that exists (the
// most specific match), so a top-level "x.c" in the repository can't capture
// drivers/x.c. A path found nowhere (kernel headers such as
// /usr/src/linux-6.1/include/linux/slab.h in a driver repository) stays as
// DWARF gave it: a made-up relative path could land on an unrelated file.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, posix, relative } from 'node:path';

// /home/runner/work/<repo>/<repo>/ (hosted runners), /__w/<repo>/<repo>/ (container jobs).
const CI_CHECKOUT = /^(?:\/home\/runner\/work|\/__w)\/([^/]+)\/\1\//;

export class PathMapper {
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly cwd: string,
    private readonly sourceRoot?: string,
  ) {}

  map(file: string): string {
    let hit = this.cache.get(file);
    if (hit === undefined) {
      hit = this.compute(file);
      this.cache.set(file, hit);
    }
    return hit;
  }

  private compute(file: string): string {
    const clean = posix.normalize(file.replace(/\\/g, '/'));
    if (this.sourceRoot !== undefined) {
      const root = posix.normalize(this.sourceRoot.replace(/\\/g, '/')).replace(/\/+$/, '');
      if (clean.startsWith(`${root}/`)) return clean.slice(root.length + 1);
      // A relative root is also tried against cwd, for --source-root=. style use.
      const absRoot = normalize(join(this.cwd, this.sourceRoot));
      if (isAbsolute(clean) && clean.startsWith(`${absRoot}/`)) return relative(absRoot, clean).replace(/\\/g, '/');
    }
    if (!isAbsolute(clean)) return this.exists(clean) ? clean : file;
    const parts = clean.split('/').filter((p) => p !== '' && p !== '.');
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '..') continue;
      const rel = parts.slice(i).join('/');
      if (rel.split('/').includes('..')) continue;
      if (this.exists(rel)) return rel;
    }
    // Not in this checkout (a check run outside the driver's repository): a
    // CI checkout prefix is still a known build root, and what follows it is
    // the repository-relative path (GitHub-hosted and container runners).
    const ci = CI_CHECKOUT.exec(clean);
    if (ci) return clean.slice(ci[0].length);
    return file;
  }

  private exists(rel: string): boolean {
    const p = join(this.cwd, rel);
    return existsSync(p) && statSync(p).isFile();
  }
}
