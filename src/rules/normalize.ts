// Waiver frame patterns are matched against the names the fingerprint uses,
// so that `.isra.0` / `.constprop.3` / `.cold` from one build don't defeat a
// waiver written against another.
// TODO(lead): replace with a re-export of src/fingerprint/normalize.ts's
// normalizeFunctionName once it lands, so both always agree.

const SUFFIX = /\.(?:isra|constprop|part|llvm|cold|lto_priv|localalias)(?:\.\d+)?$/;

export function normalizeFunctionName(name: string): string {
  let out = name;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(SUFFIX, '');
  }
  return out;
}
