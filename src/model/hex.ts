// Addresses and sizes as the kernel prints them: lower-case hex with 0x.
export function hex(n: bigint | number): string {
  return '0x' + n.toString(16);
}

/** A difference of addresses (a KASLR slide may go either way): +0x… / -0x…. */
export function signedHex(n: bigint): string {
  return n < 0n ? `-${hex(-n)}` : `+${hex(n)}`;
}
