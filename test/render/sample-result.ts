// CheckResult values for renderer tests, shaped like what the core gives for
// hil-6.1 v2 against a v1 baseline (frames as the README's addr2line shows
// them). The end-to-end tests use the real pipeline; these keep the renderers
// testable on their own.
import type { CheckResult, ComparedLeak, Frame } from '../../src/model.js';

export function frame(fn: string | undefined, extra: Partial<Frame> = {}): Frame {
  return { function: fn, resolvedBy: 'kernel', inlined: [], text: fn ?? '?', ...extra };
}

export function leak(over: Partial<ComparedLeak> = {}): ComparedLeak {
  return {
    fingerprint: 'kl1:3f2a9c0d11aa22bb',
    title: 'memory leak in nicPktLogRxFrame [demo_wlan]',
    objects: 2,
    bytes: 128,
    frames: [
      frame('kmemdup', { offset: 0x1c, size: 0x40, file: '/usr/src/linux-6.1/mm/util.c', line: 131 }),
      frame('nicPktLogRxFrame', {
        module: 'demo_wlan',
        offset: 0x17,
        size: 0x40,
        address: 0xffffffffc0277527n,
        resolvedBy: 'kallsyms',
        file: 'drivers/net/wireless/demo_wlan/nic/nic_pkt_log.c',
        line: 28,
      }),
      frame('main_thread', { module: 'demo_wlan', offset: 0xbe, size: 0xe6, resolvedBy: 'kallsyms' }),
      frame('kthread', { offset: 0x9c, size: 0xb0 }),
    ],
    key: ['demo_wlan:nicPktLogRxFrame', 'demo_wlan:main_thread'],
    runs: [0],
    records: [],
    status: 'new',
    ...over,
  };
}

export function result(leaks: ComparedLeak[], over: Partial<CheckResult> = {}): CheckResult {
  const count = (s: string): number => leaks.filter((l) => l.status === s).length;
  const failing = count('new') + count('grown') + count('unidentified') + (over.unreadable?.length ?? 0) > 0;
  return {
    verdict: failing ? 'fail' : 'pass',
    summary: {
      new: count('new'),
      known: count('known'),
      grown: count('grown'),
      fixed: over.fixed?.length ?? 0,
      waived: count('waived'),
      objects: leaks.reduce((n, l) => n + l.objects, 0),
      unreadable: over.unreadable?.length ?? 0,
      unidentified: count('unidentified'),
      notConfirmed: over.notConfirmed?.length ?? 0,
    },
    leaks,
    fixed: [],
    notConfirmed: [],
    unreadable: [],
    warnings: [],
    runs: 1,
    ...over,
  };
}

/** Device-controlled text that must never become markup, a mention, a command or a shell word. */
export const HOSTILE = [
  '::error::pwned',
  '```',
  '<img src=x onerror=alert(1)>',
  '@mention',
  '$(touch /tmp/kleak-gate-pwned)',
  'a|b',
  '%0A::warning::x',
];
