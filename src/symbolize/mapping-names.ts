// A kernel that did not skip a mapping symbol printed it as the frame's name
// (RISC-V's `$xrv64i2p1_m2p0+0x1c/0x40` before 6.5 widened is_mapping_symbol;
// a `__pi_$x` of arm64's early code). Such a name says nothing about the
// function, and `$x` is the same in every function: kept, it would make two
// leaks look alike. The frame goes back to its address (a snapshot may name
// it) or, without one, to unresolved.
import type { Frame, LeakRecord } from '../model.js';
import { isMappingSymbol, isPrefixedMappingSymbol } from '../kallsyms/mapping.js';
import { formatFrame } from './format.js';

const isMappingName = (f: Frame) => f.function !== undefined && (isMappingSymbol(f.function) || isPrefixedMappingSymbol(f.function));

export function unnameMappingFrames(records: LeakRecord[]): { records: LeakRecord[]; warning?: string } {
  let count = 0;
  let example = '';
  const out = records.map((r) => {
    if (!r.frames.some(isMappingName)) return r;
    const frames = r.frames.map((f): Frame => {
      if (!isMappingName(f)) return f;
      if (count++ === 0) example = f.text || formatFrame(f);
      const { function: _fn, offset: _o, size: _s, module: _m, ...rest } = f;
      return { ...rest, resolvedBy: 'unresolved' };
    });
    return { ...r, frames };
  });
  if (count === 0) return { records };
  return {
    records: out,
    warning: `${count} frame${count === 1 ? '' : 's'} printed with a mapping symbol for a name (e.g. "${example}"): not a function; named from the address where a snapshot covers it, else left unresolved`,
  };
}
