/**
 * Masked text: comments, string literals and dollar-quoted bodies blanked out (same length, same
 * line breaks), quoted identifiers kept. Keyword scans over it cannot be fooled by `'DROP TABLE'`
 * inside a string or a comment. What is a comment or a string is the dialect's lexer's call
 * (`lexer.ts`). Linear time; never throws.
 */
import type { Dialect } from '../../config/types.js';
import { forEachLexeme, SqlScanner } from './lexer.js';

/** `text` with every character but line breaks replaced by a space (one repeat per line, not per character). */
export function spaces(text: string): string {
  return /[\n\r]/.test(text) ? text.replace(/[^\n\r]+/g, (run) => ' '.repeat(run.length)) : ' '.repeat(text.length);
}

export interface Masked {
  masked: string;
  /** What was left open at the end of the text (a comment, a string), when something was. */
  unterminated?: string;
}

/** `text` with comments and string bodies blanked, and whether something was never closed. */
export function maskSqlDetailed(text: string, dialect: Dialect, { keepComments = false, keepStrings = false } = {}): Masked {
  // The output is built from slices of the input and blanked runs (same length, line breaks kept).
  const parts: string[] = [];
  let done = 0;
  let unterminated: string | undefined;
  const blank = (from: number, to: number): void => {
    from = Math.max(from, done);
    if (to <= from) return;
    parts.push(text.slice(done, from), spaces(text.slice(from, to)));
    done = to;
  };
  forEachLexeme(text, dialect, (lexeme) => {
    unterminated ??= lexeme.unterminated;
    switch (lexeme.kind) {
      case 'line-comment':
      case 'block-comment':
        // An unterminated comment swallowed what follows it: that text stays visible.
        if (!keepComments && !lexeme.unterminated) blank(lexeme.start, lexeme.end);
        break;
      case 'exec-open':
      case 'exec-close':
        // MySQL executable comments carry real SQL: keep their body, blank the markers.
        blank(lexeme.start, lexeme.end);
        break;
      case 'quoted':
        if (lexeme.quote === "'" && !keepStrings && !lexeme.unterminated) blank(lexeme.bodyStart, lexeme.bodyEnd);
        break;
      case 'dollar':
        if (!keepStrings && !lexeme.unterminated) blank(lexeme.bodyStart, lexeme.bodyEnd);
        break;
    }
  });
  if (done === 0) return { masked: text, unterminated };
  parts.push(text.slice(done));
  return { masked: parts.join(''), unterminated };
}

export function maskSql(text: string, dialect: Dialect): string {
  return maskSqlDetailed(text, dialect).masked;
}

/**
 * `text` with its closed comments blanked and everything else kept (strings too): the words a
 * statement that no parser read holds, for judging how dangerous it is.
 */
export function withoutComments(text: string, dialect: Dialect): string {
  return maskSqlDetailed(text, dialect, { keepStrings: true }).masked;
}

/**
 * Length of the blanks and comments `text` starts with (by `dialect`'s lexer, Postgres's by
 * default), without masking the rest of it.
 */
export function leadingBlanks(text: string, dialect: Dialect = 'postgres'): number {
  const scanner = new SqlScanner(text, dialect);
  let i = 0;
  for (;;) {
    SPACES.lastIndex = i;
    i += SPACES.exec(text)?.[0].length ?? 0;
    const lexeme = i < text.length ? scanner.at(i) : null;
    if (!lexeme || (lexeme.kind !== 'line-comment' && lexeme.kind !== 'block-comment') || lexeme.unterminated) return i;
    i = lexeme.end;
  }
}

const SPACES = /\s*/y;

/** Offsets where each top-level comma-separated piece of `masked[from..]` starts (first = `from`). */
export function topLevelPieces(masked: string, from = 0): number[] {
  const starts = [from];
  let depth = 0;
  for (let i = from; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      let j = i + 1;
      while (j < masked.length && /\s/.test(masked[j])) j++;
      starts.push(j);
    }
  }
  return starts;
}
