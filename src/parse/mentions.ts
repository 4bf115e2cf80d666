// "kmemleak … disabled" on a console line, in linear time: a regex such as
// /kmemleak.*(disabled)/ scans the rest of the line again from every
// "kmemleak", which a hostile 400 KB line of them turns into minutes.

/** The line (any case) holds `first`, and after it one of `then`. */
export function mentionsInOrder(text: string, first: string, then: readonly string[]): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(first);
  if (at < 0) return false;
  return then.some((t) => lower.indexOf(t, at + first.length) >= 0);
}
