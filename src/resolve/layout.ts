// Where the kernel puts each code section of a module, and the symbol sizes
// that kallsyms prints (`/0x190`), computed from a binary. The printed size is
// the distance to the next symbol, not st_size (wlanProbe: st_size 0x18c,
// printed 0x190), so checking "is this the binary that ran" needs the same
// rule the kernel uses (kernel/module/main.c layout_sections,
// kernel/module/kallsyms.c find_kallsyms_symbol, scripts/kallsyms.c).
import { isMappingSymbol } from '../kallsyms/mapping.js';
import { ET_REL, SHF_ALLOC, SHF_EXECINSTR, type ElfFile, type ElfSection, type ElfSymbol } from './elf.js';
import { loadTimeSections } from './load-time-sections.js';

export type Region = 'core' | 'init';

export interface CodeLayout {
  /** Offset of each code section inside its region, by section index. */
  place: Map<number, SectionPlace>;
  /** End of the code in each region (before the page alignment the kernel adds). */
  end: Record<Region, number>;
  /** The region has sections the kernel sizes at load time (arm64 .plt): what follows its end is unknown. */
  grows: Record<Region, boolean>;
  /** Code symbols sorted by their place (region, then offset). */
  symbols: PlacedSymbol[];
}

export interface SectionPlace {
  region: Region;
  offset: number;
}

export interface PlacedSymbol {
  sym: ElfSymbol;
  region: Region;
  /** Offset in the region (module) or address (vmlinux). */
  at: bigint;
}

/** The size kallsyms prints for a symbol: exact when another symbol follows in
 * the same region; a range at the end of a region, where it depends on the
 * page size and (for vmlinux) on linker symbols this reader does not model. */
export interface PrintedSize {
  min: number;
  max: number;
}

const MAX_PAGE = 0x10000;

export const isCode = (s: ElfSection) => (s.flags & (SHF_ALLOC | SHF_EXECINSTR)) === (SHF_ALLOC | SHF_EXECINSTR);
export const regionOfSection = (name: string): Region => (name.startsWith('.init') ? 'init' : 'core');
export const alignUp = (n: number, align: number) => Math.ceil(n / Math.max(1, align)) * Math.max(1, align);

/** Names kallsyms never shows (mapping symbols, local labels, CRCs...). */
export function kallsymsIgnores(name: string): boolean {
  return (
    name === '' ||
    isMappingSymbol(name) ||
    name.startsWith('__crc_') ||
    name.startsWith('__kstrtab') ||
    name.startsWith('__efistub_') ||
    name.startsWith('__kvm_nvhe_')
  );
}

const STT_SECTION = 3;
const STT_FILE = 4;

/** The kernel's layout of a binary's code. For a module, `given` places
 * sections where a capture saw them (see module-sections.ts); otherwise each
 * follows the one before it, aligned, in header order, as layout_sections
 * does. Sections the kernel resizes at load time hold no symbols of the file
 * and are left out (they come last in their region: the arch's module.lds). */
export function codeLayout(elf: ElfFile, given?: ReadonlyMap<number, SectionPlace>): CodeLayout {
  const place = new Map<number, SectionPlace>();
  const end: Record<Region, number> = { core: 0, init: 0 };
  const grows: Record<Region, boolean> = { core: false, init: false };
  const relocatable = elf.type === ET_REL;
  const late = relocatable ? loadTimeSections(elf.machine) : undefined;
  for (const s of elf.sections) {
    if (late?.has(s.name) && s.flags & SHF_ALLOC) {
      grows[regionOfSection(s.name)] = true;
      continue;
    }
    if (!isCode(s)) continue;
    if (relocatable) {
      // get_offset(): aligned, even an empty section (its alignment still moves what follows).
      const p = given?.get(s.index) ?? { region: regionOfSection(s.name), offset: alignUp(end[regionOfSection(s.name)], s.addralign) };
      place.set(s.index, p);
      end[p.region] = Math.max(end[p.region], p.offset + s.size);
    } else if (s.size > 0) {
      place.set(s.index, { region: 'core', offset: 0 });
    }
  }
  const symbols: PlacedSymbol[] = [];
  for (const sym of elf.symbols) {
    const p = place.get(sym.shndx);
    if (!p || sym.type === STT_SECTION || sym.type === STT_FILE || kallsymsIgnores(sym.name)) continue;
    symbols.push({ sym, region: p.region, at: relocatable ? BigInt(p.offset) + sym.value : sym.value });
  }
  symbols.sort((a, b) => (a.region !== b.region ? (a.region < b.region ? -1 : 1) : a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (!relocatable) {
    const last = symbols[symbols.length - 1];
    if (last) end.core = Number(last.at - (symbols[0]?.at ?? 0n)) + last.sym.size;
  }
  return { place, end, grows, symbols };
}

/** The size kallsyms would print for `sym` (see PrintedSize). */
export function printedSize(layout: CodeLayout, sym: ElfSymbol, relocatable: boolean): PrintedSize | undefined {
  const i = layout.symbols.findIndex((p) => p.sym === sym);
  const me = layout.symbols[i];
  if (!me) return undefined;
  for (let j = i + 1; j < layout.symbols.length; j++) {
    const next = layout.symbols[j]!;
    if (next.region !== me.region) break;
    if (next.at > me.at) {
      const d = Number(next.at - me.at);
      return { min: d, max: d };
    }
  }
  if (!relocatable) return { min: Math.max(1, sym.size), max: Number.MAX_SAFE_INTEGER };
  // Last symbol of a region: up to the page-aligned end of the code, or
  // beyond when the kernel appends sections of its own (arm64 .plt).
  const tail = layout.end[me.region] - Number(me.at);
  if (layout.grows[me.region]) return { min: tail, max: Number.MAX_SAFE_INTEGER };
  const alignedEnd = Math.ceil(layout.end[me.region] / MAX_PAGE) * MAX_PAGE;
  return { min: tail, max: alignedEnd - Number(me.at) };
}

/** The symbol kallsyms would name for a place in a region: the last one at or
 * before it; among aliases at one place, the first in the symbol table (the
 * kernel's rule; the sort above is stable, so that is the first in the list). */
export function symbolAt(layout: CodeLayout, region: Region, at: bigint): PlacedSymbol | undefined {
  let best: PlacedSymbol | undefined;
  for (const p of layout.symbols) {
    if (p.region !== region || p.at > at) continue;
    if (!best || p.at > best.at) best = p;
  }
  return best;
}
