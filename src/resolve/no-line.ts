// A symbolizer that answers `??:0` / `??:?` for a frame the symbol table
// names exits 0 and says nothing else: unreported, that looks like a frame
// with no debug info, when the usual cause is a tool that can't read this
// binary well. Each such answer becomes a warning with the likeliest reason,
// counted per binary and reason (a report of 1,000 records prints one line).
import type { Frame } from '../model.js';
import { formatFrame } from '../symbolize/format.js';
import type { DebugFile } from './debug-files.js';
import { ET_REL } from './elf.js';
import type { Symbolizer, SymbolizerFinder } from './symbolizers.js';

export class NoLineTally {
  private readonly seen = new Map<string, { count: number; example: string; tool: string; where: string }>();

  constructor(private readonly finder: SymbolizerFinder) {}

  add(file: DebugFile, tool: Symbolizer, frame: Frame): void {
    const reason = this.reason(file, tool);
    const key = `${file.shown}\0${tool.command}\0${reason}`;
    const b = this.seen.get(key);
    if (b) b.count++;
    else this.seen.set(key, { count: 1, example: formatFrame(frame), tool: tool.command, where: `${file.shown}: ${reason}` });
  }

  messages(): string[] {
    return [...this.seen.values()].map(
      (b) =>
        `${b.tool} answered ?? for ${b.count === 1 ? b.example : `${b.count} frames (e.g. ${b.example})`} in ${b.where}; no source line`,
    );
  }

  private reason(file: DebugFile, tool: Symbolizer): string {
    const names = new Set(file.elf.sections.map((s) => s.name));
    if (!names.has('.debug_line') && !names.has('.zdebug_line')) {
      return 'it has no line table (.debug_line): built without debug info, or stripped';
    }
    if (tool.kind === 'llvm' && file.elf.type === ET_REL) {
      return `it has line tables, but llvm-symbolizer misses some addresses of a relocatable .ko; ${this.finder.binutilsHint(file.elf)} reads them`;
    }
    return 'its debug info has no line for that address (assembler without line info, or code the compiler made)';
  }
}
