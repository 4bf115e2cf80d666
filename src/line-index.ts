// Offset → line number for errors that must name the line. The newline
// offsets are found once, so each lookup is a binary search: naming the line
// of every waiver in a config of thousands stays linear.

export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The 1-based line holding `offset`. */
  line(offset: number): number {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
