// Frames printed the way the kernel prints them (%pS), so a kernel engineer
// reads kleak-gate's output exactly as dmesg: `func+0x4e/0xb0 [mod]`.

import type { Frame } from '../model.js';
import type { SymbolHit } from '../kallsyms/lookup.js';
import { hex } from '../model/hex.js';

/** `func+0xoff/0xsize [mod]`; the size is left out where no snapshot could know it. */
export function formatSymbol(fn: string, offset: number | undefined, size: number | undefined, module: string | undefined): string {
  let s = fn;
  if (offset !== undefined) s += '+' + hex(offset) + (size !== undefined ? '/' + hex(size) : '');
  if (module) s += ` [${module}]`;
  return s;
}

export function formatHit(hit: SymbolHit): string {
  return formatSymbol(hit.function, hit.offset, hit.size, hit.module);
}

/** The %pS part of a frame: the name when known, else the raw address as the kernel prints it. */
export function formatFrame(frame: Frame): string {
  if (frame.function !== undefined) return formatSymbol(frame.function, frame.offset, frame.size, frame.module);
  if (frame.address !== undefined) return hex(frame.address);
  return '?';
}
