// Module section addresses (/sys/module/<m>/sections/*, saved by the capture
// as "name 0xaddr" lines) and the check that a .ko has exactly that layout.
// They are how `.init.text` frames get a name: that code is freed once the
// module's init returns, so kallsyms never shows it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SHF_ALLOC, type ElfFile } from './elf.js';
import { alignUp, codeLayout, isCode, regionOfSection, type CodeLayout, type Region, type SectionPlace } from './layout.js';
import { loadTimeSections } from './load-time-sections.js';
import { hex } from '../model/hex.js';
import { normalizeModuleName } from '../model/module-name.js';

export interface ModuleSections {
  shown: string;
  /** From `MODULE=FILE`; otherwise inferred from the .ko whose layout matches. */
  module?: string;
  sections: Map<string, bigint>;
}

const LINE = /^(\S+)\s+(?:0x)?([0-9a-fA-F]{1,16})$/;

export async function readModuleSections(spec: string, cwd: string): Promise<ModuleSections> {
  // `MODULE=FILE`: the module name can't contain '=' or '/', so a path can.
  const m = /^([A-Za-z0-9_-]+)=(.+)$/.exec(spec);
  const path = m ? m[2]! : spec;
  return parseModuleSections(await readFile(resolve(cwd, path), 'utf8'), path, m?.[1]);
}

/** Also for text a capture has already read (the pipeline passes it so). */
export function parseModuleSections(text: string, path: string, module?: string): ModuleSections {
  const sections = new Map<string, bigint>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const f = LINE.exec(line);
    if (!f) throw new Error(`${path}:${i + 1}: expected "SECTION 0xADDRESS", got ${JSON.stringify(line.slice(0, 80))}`);
    sections.set(f[1]!, BigInt(`0x${f[2]}`));
  });
  if (sections.size === 0) throw new Error(`${path}: no sections`);
  return { shown: path, module: module ? normalizeModuleName(module) : undefined, sections };
}

export interface PlacedModule {
  /** Load address of each code region (what offset 0 of the layout maps to). */
  base: Partial<Record<Region, bigint>>;
  layout: CodeLayout;
}

/** Places a .ko at the given addresses, or says why its layout differs. Every
 * code section of the .ko must be listed at the address the kernel's layout
 * rule gives, relative to the first one of its region: that compares the
 * size of every code section but the last, so another build rarely passes.
 * A section the kernel sizes itself at load time (arm64 .plt) must be where
 * one of its alignments puts it; a section after it can only be checked for
 * order and alignment. */
export function placeModule(elf: ElfFile, ms: ModuleSections): PlacedModule | string {
  const late = loadTimeSections(elf.machine);
  const given = new Map<number, SectionPlace>();
  const base: Partial<Record<Region, bigint>> = {};
  // Where the next section would go; undefined after one the kernel sized (then `floor` bounds it).
  const cursor: Record<Region, number | undefined> = { core: 0, init: 0 };
  const floor: Record<Region, number> = { core: 0, init: 0 };
  for (const s of elf.sections) {
    const aligns = late.get(s.name);
    if (!(s.flags & SHF_ALLOC) || (!aligns && !isCode(s))) continue;
    const region = regionOfSection(s.name);
    const addr = ms.sections.get(s.name);
    const at = cursor[region];
    if (aligns) {
      if (addr !== undefined) {
        const b = (base[region] ??= addr); // first in its region: the region starts with it
        const choices = at === undefined ? [] : aligns.map((a) => alignUp(at, a));
        if (at !== undefined && !choices.some((o) => b + BigInt(o) === addr)) {
          const where = choices.map((o) => hex(b + BigInt(o))).join(' or ');
          return `${s.name} is at ${hex(addr)} in ${ms.shown} but the kernel would put it at ${where} with this .ko's section sizes`;
        }
        floor[region] = Number(addr - b) + 1;
      }
      cursor[region] = undefined;
      continue;
    }
    if (s.size === 0) {
      if (at !== undefined) cursor[region] = alignUp(at, s.addralign); // get_offset() aligns even an empty section
      continue;
    }
    if (addr === undefined) return `section ${s.name} of the .ko is not in ${ms.shown}`;
    let offset: number;
    if (at !== undefined) {
      offset = alignUp(at, s.addralign);
      const b = addr - BigInt(offset);
      const known = base[region];
      if (known === undefined) base[region] = b;
      else if (known !== b) {
        return `${s.name} is at ${hex(addr)} in ${ms.shown} but would be at ${hex(known + BigInt(offset))} with this .ko's section sizes`;
      }
    } else {
      const known = base[region];
      if (known === undefined) return `${s.name} follows a section the kernel sizes at load time that ${ms.shown} does not list`;
      offset = Number(addr - known);
      if (offset < floor[region] || offset % Math.max(1, s.addralign) !== 0) {
        return `${s.name} is at ${hex(addr)} in ${ms.shown}, not after the sections the kernel sized before it`;
      }
    }
    given.set(s.index, { region, offset });
    cursor[region] = offset + s.size;
  }
  if (base.core === undefined && base.init === undefined) return 'the .ko has no code';
  return { base, layout: codeLayout(elf, given) };
}

/** Which region of a placed module holds an address, and where in it. */
export function regionOf(pm: PlacedModule, address: bigint): { region: Region; at: bigint } | undefined {
  for (const region of ['core', 'init'] as const) {
    const b = pm.base[region];
    if (b !== undefined && address >= b && address < b + BigInt(pm.layout.end[region])) {
      return { region, at: address - b };
    }
  }
  return undefined;
}
