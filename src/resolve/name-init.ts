// Names raw frames that fall in a module's `.init.text` (freed after init, so
// kallsyms can't name them) from the .ko's own symbols and the module's
// section addresses: 0xffffffffc0313012 -> demo_wlan_init+0x12. Only init
// code is named here: core code of a removed module is the kallsyms
// snapshot's job, and a raw address that is init code of one layout but core
// code of another (a module loaded twice, see hil-6.1 reload-v1) is left raw.
import type { Frame, LeakRecord } from '../model.js';
import type { DebugFile } from './debug-files.js';
import { printedSize, symbolAt } from './layout.js';
import { placeModule, regionOf, type ModuleSections, type PlacedModule } from './module-sections.js';
import { hex } from '../model/hex.js';

interface Placed {
  file: DebugFile;
  ms: ModuleSections;
  pm: PlacedModule;
}

const PAGE = 4096; // x86 and most arm64 kernels; only the last init symbol's printed size depends on it

/** Which given .ko files have the layout of each sections file. */
export function placeAll(all: ModuleSections[], files: DebugFile[], warnings: string[]): Placed[] {
  const placed: Placed[] = [];
  for (const ms of all) {
    const candidates = files.filter((f) => f.module !== undefined && (ms.module === undefined || f.module === ms.module));
    const fits: Placed[] = [];
    const why: string[] = [];
    for (const file of candidates) {
      const pm = placeModule(file.elf, ms);
      if (typeof pm === 'string') why.push(`${file.shown}: ${pm}`);
      else fits.push({ file, ms, pm });
    }
    const modules = new Set(fits.map((f) => f.file.module));
    if (fits.length === 0) {
      if (ms.module !== undefined || candidates.length > 0) {
        warnings.push(
          `module sections ${ms.shown}: no given .ko has this layout${why.length ? ` (${why.slice(0, 3).join('; ')})` : ''}; its init frames stay unnamed`,
        );
      }
    } else if (modules.size > 1) {
      warnings.push(
        `module sections ${ms.shown}: the layout fits several modules (${[...modules].join(', ')}); write MODULE=${ms.shown} to choose`,
      );
    } else placed.push(...fits);
  }
  return placed;
}

interface Naming {
  module: string;
  function: string;
  offset: number;
  size: number;
}

export function nameInitFrames(records: LeakRecord[], placed: Placed[], warnings: string[]): LeakRecord[] {
  if (placed.length === 0) return records;
  return records.map((r) => ({ ...r, frames: r.frames.map((f) => nameOne(f, placed, warnings)) }));
}

function nameOne(frame: Frame, placed: Placed[], warnings: string[]): Frame {
  if (frame.function !== undefined || frame.address === undefined) return frame;
  const namings = new Map<string, Naming>();
  let inCore = false;
  for (const { file, pm } of placed) {
    const hit = regionOf(pm, frame.address);
    if (!hit) continue;
    if (hit.region === 'core') {
      inCore = true;
      continue;
    }
    const p = symbolAt(pm.layout, 'init', hit.at);
    if (!p) continue;
    const range = printedSize(pm.layout, p.sym, true);
    const at = Number(p.at);
    const size = range && range.min === range.max ? range.min : Math.ceil(pm.layout.end.init / PAGE) * PAGE - at;
    const n = { module: file.module!, function: p.sym.name, offset: Number(hit.at - p.at), size };
    namings.set(JSON.stringify(n), n);
  }
  if (namings.size === 0) return frame;
  const addr = hex(frame.address);
  if (namings.size > 1 || inCore) {
    warnings.push(`${addr} is init code in one given module layout and other code in another (a module loaded twice?); left unnamed`);
    return frame;
  }
  const n = [...namings.values()][0]!;
  return { ...frame, ...n, resolvedBy: 'debug-info' };
}
