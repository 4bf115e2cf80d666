// Module section addresses (/sys/module/<m>/sections/*, saved by the capture
// as "name 0xaddr" lines) and the check that a .ko has exactly that layout.
// They are how `.init.text` frames get a name: that code is freed once the
// module's init returns, so kallsyms never shows it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ElfFile } from './elf.js';
import { codeLayout, type CodeLayout, type Region } from './layout.js';
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
 * size of every code section but the last, so another build rarely passes. */
export function placeModule(elf: ElfFile, ms: ModuleSections): PlacedModule | string {
  const layout = codeLayout(elf);
  const base: Partial<Record<Region, bigint>> = {};
  for (const [index, p] of layout.place) {
    const s = elf.sections[index]!;
    const addr = ms.sections.get(s.name);
    if (addr === undefined) return `section ${s.name} of the .ko is not in ${ms.shown}`;
    const b = addr - BigInt(p.offset);
    const known = base[p.region];
    if (known === undefined) base[p.region] = b;
    else if (known !== b) {
      return `${s.name} is at ${hex(addr)} in ${ms.shown} but would be at ${hex(known + BigInt(p.offset))} with this .ko's section sizes`;
    }
  }
  if (base.core === undefined && base.init === undefined) return 'the .ko has no code';
  return { base, layout };
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
