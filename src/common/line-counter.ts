/** Position is a 1-based line and column (column counted in UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/**
 * LineCounter maps offsets of one source text to lines and columns; it records line starts
 * once and answers each lookup by binary search (after eemeli/yaml `src/parse/line-counter.ts`).
 */
export class LineCounter {
  readonly lineStarts: number[] = [0];

  constructor(text?: string) {
    if (text === undefined) return;
    let i = text.indexOf('\n');
    while (i !== -1) {
      this.lineStarts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
  }

  /** linePos returns the position of `offset`. */
  linePos(offset: number): Position {
    const line = lineIndexOf(this.lineStarts, offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
  }
}

/** lineIndexOf returns the 0-based line holding `offset`, given ascending line starts. */
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
