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
