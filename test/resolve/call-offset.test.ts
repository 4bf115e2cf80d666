// Where the call before a return address is looked up. The boards' values:
// x86 and arm64 return addresses follow their call (pc-1 is inside it); a
// Thumb-2 return address is odd (hil-arm32-thumb2-6.1: nicLoadNvramCfg+0x1b,
// the call's last halfword at +0x18, where pc-1 would be the even address
// after it, a line too late); ARM's ret_fast_syscall+0x0 (Thumb +0x1) was
// entered with `badr lr`, not called: looked up as is.
import { describe, expect, it } from 'vitest';
import { callOffset } from '../../src/resolve/locate.js';

const EM_X86_64 = 62;
const EM_AARCH64 = 183;
const EM_ARM = 40;

describe('callOffset', () => {
  it.each([
    [EM_X86_64, 0x4e, 0x4d],
    [EM_AARCH64, 0x24, 0x23],
    [EM_ARM, 0x20, 0x1f],
    [EM_ARM, 0x1b, 0x18],
    [EM_ARM, 0x3, 0x0],
    [EM_ARM, 0x1, 0x0],
    [EM_ARM, 0x0, 0x0],
    [EM_X86_64, 0x0, 0x0],
  ])('machine %i, return address at +%i: the call at +%i', (machine, offset, call) => {
    expect(callOffset(offset, machine)).toBe(call);
  });
});
