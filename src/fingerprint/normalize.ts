import { memoize } from './memo.js';

// Names as the fingerprint sees them: what a rebuild, a compiler or a kernel
// era changes about a function's name is taken away.

// gcc/clang clones and split parts: foo.isra.7, foo.constprop.0, foo.part.3,
// foo.cold, foo.cold.17, foo.llvm.123456, foo.lto_priv.0, foo.localalias,
// stacked (foo.constprop.0.isra.0): every trailing `.word` that is one of
// these or a number goes.
const SUFFIX_WORDS = new Set(['isra', 'constprop', 'part', 'cold', 'llvm', 'lto_priv', 'localalias', 'clone', 'specialized', 'unlikely']);
const DIGITS = /^\d+$/;

// Syscall wrappers changed names across eras (SyS_open, sys_open,
// __x64_sys_open, __se_sys_open, __do_sys_open): all are "sys_open".
const SYSCALL_WRAPPER =
  /^(?:SyS_|compat_SyS_|__(?:x64|ia32|x32|arm64|riscv|s390x|s390|powerpc)_(?:compat_)?sys_|__se_(?:compat_)?sys_|__do_(?:compat_)?sys_|sys_|compat_sys_)(\w+)$/;

// ppc64 ELFv1 names a function's code `.name` (`name` is its descriptor):
// `.__request_region` is ELFv2's `__request_region`.
const ELFV1_DOT = /^\.(?=[A-Za-z_])/;

export const normalizeFunctionName: (name: string) => string = memoize(normalizeUncached);

function normalizeUncached(name: string): string {
  const n = withoutSuffixes(name.replace(ELFV1_DOT, ''));
  const sys = SYSCALL_WRAPPER.exec(n);
  return sys ? `sys_${sys[1]}` : n;
}

/** One pass from the end (a regex replaced until nothing changes is quadratic on `f.1.1.1…`). */
function withoutSuffixes(name: string): string {
  let end = name.length;
  for (;;) {
    const dot = name.lastIndexOf('.', end - 1);
    if (dot < 0) return name.slice(0, end);
    const word = name.slice(dot + 1, end);
    if (!SUFFIX_WORDS.has(word) && !DIGITS.test(word)) return name.slice(0, end);
    end = dot;
  }
}
