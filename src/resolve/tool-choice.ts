// --symbolizer auto|addr2line|llvm-symbolizer. auto prefers binutils
// addr2line: it can address every section of a relocatable .ko in one process
// (see relocatable.ts), which llvm-symbolizer 14 can't.
import { spawn } from 'node:child_process';
import type { Tool } from './tool.js';

export function isInstalled(tool: Tool): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(tool, ['--version'], { stdio: 'ignore' });
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0));
  });
}

/** Which program turns addresses into lines: auto = chosen per binary. */
export type SymbolizerChoice = 'auto' | 'addr2line' | 'llvm-symbolizer';

export async function pickTool(choice: SymbolizerChoice, warnings: string[]): Promise<Tool | undefined> {
  const order: Tool[] = choice === 'auto' ? ['addr2line', 'llvm-symbolizer'] : [choice];
  for (const tool of order) if (await isInstalled(tool)) return tool;
  warnings.push(
    choice === 'auto'
      ? 'neither addr2line (binutils) nor llvm-symbolizer (llvm) is installed: no source lines'
      : `${choice} is not installed (${choice === 'addr2line' ? 'binutils' : 'llvm'}): no source lines`,
  );
  return undefined;
}
