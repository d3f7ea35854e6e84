/**
 * Line arithmetic shared by the splitter, the migration parsers, the contract loader and the text
 * report: string offsets to 1-based lines and columns.
 */

/** The last few texts indexed: one file is split, sectioned and reported by several callers. */
const recent: { text: string; starts: number[] }[] = [];

/** Offset of the first character of every line (callers must not change the array). */
export function lineStarts(text: string): number[] {
  for (const r of recent) if (r.text === text) return r.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  if (text.length > 4096) {
    recent.unshift({ text, starts });
    if (recent.length > 4) recent.pop();
  }
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

/** Line of one offset without an index (a single lookup: many lookups in one text take a `LineIndex`), counting from `firstLine`. */
export function lineOfOffset(text: string, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Lines of many offsets of one text: the index is built on the first lookup, each lookup is a
 * binary search. `firstLine` is the line the text starts on (a statement inside a file).
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly firstLine = 1,
  ) {}

  /** `lineStarts(text)`, built once. */
  get lineStarts(): number[] {
    return (this.starts ??= lineStarts(this.text));
  }

  line(offset: number): number {
    return lineAt(this.lineStarts, offset) + this.firstLine - 1;
  }
}

/** Lines of `offsets` in `text` (one index for all of them), counting from `firstLine`. */
export function linesOfOffsets(text: string, offsets: number[], firstLine = 1): number[] {
  const index = new LineIndex(text, firstLine);
  return offsets.map((offset) => index.line(offset));
}
