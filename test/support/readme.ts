// The README's fenced code blocks with where they are: the tests lint its
// workflow examples and run its command-line examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export interface ReadmeBlock {
  /** The fence's info string (`sh`, `yaml`, `console`, ...). */
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The nearest heading above. */
  heading: string;
  /** The reason given in a `<!-- readme-test: skip — why -->` line right above the fence, if any. */
  skip?: string;
}

export function readmeBlocks(text = readFileSync(join(repoRoot, 'README.md'), 'utf8')): ReadmeBlock[] {
  const lines = text.split('\n');
  const blocks: ReadmeBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6} (.*)$/.exec(lines[i]!);
    if (h) heading = h[1]!;
    const open = /^(\s*)(`{3,})(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== fence; j++) body.push(lines[j]!.slice(indent!.length));
    const above = /^\s*<!-- readme-test: skip — (.+) -->\s*$/.exec(lines[i - 1] ?? '');
    blocks.push({ lang: lang!, text: body.join('\n') + '\n', line: i + 1, heading, ...(above ? { skip: above[1]! } : {}) });
    i = j;
  }
  return blocks;
}
