/**
 * Line arithmetic shared by the splitter, the migration parsers, the contract loader and the text
 * report: string offsets to 1-based lines and columns.
 */

/** Offset of the first character of every line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset`, by binary search over `lineStarts(text)`. */
export function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** 1-based line of `offset`, by binary search over `lineStarts(text)`. */
export function lineAt(starts: number[], offset: number): number {
  return position(starts, offset).line;
}

/** Line of one offset without an index (a single lookup), counting from `firstLine`. */
export function lineOfOffset(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
