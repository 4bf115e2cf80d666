// Commands shown to a user to copy into a shell. File names can come from a
// pull request's checkout (a glob matched them), so every word that is not
// plainly safe is single-quoted: the shell then takes it literally.

/** Single-quoted for sh: the only character to take care of is `'` itself. */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const PLAIN = /^[A-Za-z0-9_@%+=:,./#-]+$/;

/** argv as one line of sh, quoting only the words that need it. */
export function shellLine(argv: readonly string[]): string {
  return argv.map((w) => (PLAIN.test(w) && !w.startsWith('#') ? w : shQuote(w))).join(' ');
}

/**
 * A command line from shellLine, one option per line (`\` continuations), so
 * that it fits a narrow column (the PR comment) and still pastes as one
 * command. Words are split as sh splits them: never inside quotes.
 */
export function wrapShellLine(line: string): string {
  const words: string[] = [];
  let word = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) quoted = c !== "'";
    else if (c === "'") quoted = true;
    else if (c === '\\') {
      word += c + (line[++i] ?? '');
      continue;
    } else if (c === ' ') {
      if (word) words.push(word);
      word = '';
      continue;
    }
    word += c;
  }
  if (word) words.push(word);
  const lines: string[][] = [];
  for (const w of words) {
    if (w.startsWith('--') || lines.length === 0) lines.push([w]);
    else lines[lines.length - 1]!.push(w);
  }
  return lines.map((l) => l.join(' ')).join(' \\\n  ');
}
