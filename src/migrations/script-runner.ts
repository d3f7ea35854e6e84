/**
 * Lines the script runners of MySQL upgrade scripts skip: DolphinScheduler's `ClasspathSqlScriptParser`
 * (and the like) drops every line that starts with `--`, with or without a blank after it. MySQL
 * reads `--DROP …` (no blank) as two minus signs, and no MySQL statement starts with one: such a
 * statement is a syntax error there and runs nothing. Either way those leading lines run nothing;
 * what follows them (up to the `;`) is what the runner sends, so it is what gets analysed.
 */

/** `--` at a line's start (after blanks) with no blank after it. */
const DASH_LINE = /^[ \t]*--[^\s][^\n]*(?:\n|$)/;

/** Offset just past the statement's leading `--x` lines (0 when it has none); bounded by the text's length. */
export function leadingDashLines(text: string): number {
  let at = 0;
  for (;;) {
    const blanks = /^\s*/.exec(text.slice(at, at + 4096))?.[0].length ?? 0;
    const m = DASH_LINE.exec(text.slice(at + blanks, at + blanks + 65536));
    if (!m || m[0].length === 0) return at === 0 ? 0 : at;
    at += blanks + m[0].length;
  }
}

/** The text with its leading `--x` lines blanked (same offsets and lines), as the runner sends it. */
export function withoutDashLines(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
}
