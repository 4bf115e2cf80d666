// Numbers read from device text, each with the bound the kernel itself has.
// A garbled or hostile line can carry 300 digits where the kernel prints 16:
// read naively that is Infinity (BigInt(Infinity) throws, JSON writes null)
// or a rounded value. Beyond its bound a number is not read at all, and the
// caller makes the record unreadable with the cause these functions give.

/** The largest count or size kept as a JS number: beyond it arithmetic is no longer exact. */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;
/** pid_t and source line numbers are C ints. */
export const MAX_INT = 0x7fffffff;

export type Bounded<T> = { value: T } | { cause: string };

/** Digits as a message shows them: a 300-digit number is not repeated in full. */
export const shortDigits = (digits: string) => (digits.length > 24 ? `${digits.slice(0, 12)}…(${digits.length} digits)` : digits);

function significant(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48 /* 0 */) i++;
  return digits.slice(i);
}

/** Decimal digits (already matched as \d+) as a number no larger than `max`. */
export function decimal(digits: string, what: string, max = MAX_EXACT): Bounded<number> {
  const s = significant(digits);
  const value = s.length > 16 ? Infinity : Number(s);
  return value <= max ? { value } : { cause: `${what} ${shortDigits(digits)} is out of range (more than ${max})` };
}

/** Hex digits (without 0x) as a number no larger than MAX_EXACT: offsets and symbol sizes. */
export function hexNumber(digits: string, what: string): Bounded<number> {
  const s = significant(digits);
  const value = s.length > 14 ? Infinity : parseInt(s, 16);
  return value <= MAX_EXACT
    ? { value }
    : { cause: `${what} 0x${shortDigits(digits)} is out of range (more than 0x${MAX_EXACT.toString(16)})` };
}

/** Hex digits (without 0x) of a 64-bit quantity (an address), or of a 32-bit one (a crc). */
export function hexUnsigned(digits: string, what: string, bits: 32 | 64 = 64): Bounded<bigint> {
  const s = significant(digits);
  return s.length <= bits / 4 ? { value: BigInt('0x' + s) } : { cause: `${what} 0x${shortDigits(digits)} is wider than ${bits} bits` };
}

/** Decimal digits of an unsigned long (jiffies). */
export function decimal64(digits: string, what: string): Bounded<bigint> {
  const s = significant(digits);
  const value = s.length > 20 ? undefined : BigInt(s);
  return value !== undefined && value <= 0xffffffffffffffffn
    ? { value }
    : { cause: `${what} ${shortDigits(digits)} is wider than 64 bits` };
}

/** Thrown by `bounded` inside a line parser, which turns it into an unreadable line with this cause. */
export class OutOfRange extends Error {}

export function bounded<T>(b: Bounded<T>): T {
  if ('cause' in b) throw new OutOfRange(b.cause);
  return b.value;
}
