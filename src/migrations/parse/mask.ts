/**
 * Masked text: comments, string literals and dollar-quoted bodies blanked out (same length, same
 * line breaks), quoted identifiers kept. Keyword scans over it cannot be fooled by `'DROP TABLE'`
 * inside a string or a comment. Linear time; never throws.
 */
import type { Dialect } from '../../config/types.js';
import { dollarQuote, skipBlockComment, skipQuoted } from '../split.js';

/** `text` with every character but line breaks replaced by a space (one repeat per line, not per character). */
function spaces(text: string): string {
  return /[\n\r]/.test(text) ? text.replace(/[^\n\r]+/g, (run) => ' '.repeat(run.length)) : ' '.repeat(text.length);
}

/** Characters where something maskable can start; the scan jumps from one to the next. */
const SPECIAL = /[-#/'"`$]/g;

export function maskSql(text: string, dialect: Dialect): string {
  const mysql = dialect === 'mysql' || dialect === 'mariadb';
  const n = text.length;
  // The output is built from slices of the input and blanked runs (same length, line breaks kept).
  const parts: string[] = [];
  let done = 0;
  const blank = (from: number, to: number): void => {
    from = Math.max(from, done);
    to = Math.min(to, n);
    if (to <= from) return;
    parts.push(text.slice(done, from), spaces(text.slice(from, to)));
    done = to;
  };
  let i = 0;
  while (i < n) {
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    if ((ch === '-' && text[i + 1] === '-') || (mysql && ch === '#')) {
      const nl = text.indexOf('\n', i);
      const end = nl === -1 ? n : nl;
      blank(i, end);
      i = end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const j = skipBlockComment(text, i, n);
      // MySQL executable comments carry real SQL: keep their body, blank the markers.
      if (mysql && text[i + 2] === '!') {
        let k = i + 3;
        while (k < j && k < n && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
        blank(i, k);
        blank(j - 2, j);
      } else blank(i, j);
      i = j;
    } else if (ch === "'") {
      const escapes = mysql || ((text[i - 1] === 'E' || text[i - 1] === 'e') && !/\w/.test(text[i - 2] ?? ''));
      const end = skipQuoted(text, i, n, "'", escapes);
      blank(i + 1, end - 1);
      i = end;
    } else if (ch === '"' || (ch === '`' && mysql)) {
      i = skipQuoted(text, i, n, ch, false);
    } else if (ch === '$' && !mysql) {
      const quoted = dollarQuote(text, i, n);
      if (quoted) {
        blank(quoted.body, quoted.close);
        i = quoted.end;
      } else i++;
    } else i++;
  }
  if (done === 0) return text;
  parts.push(text.slice(done));
  return parts.join('');
}

/**
 * Length of the blanks and comments `text` starts with: the leading white space of its Postgres
 * masked text, without masking the rest of it.
 */
export function leadingBlanks(text: string): number {
  const n = text.length;
  let i = 0;
  for (;;) {
    SPACES.lastIndex = i;
    i += SPACES.exec(text)?.[0].length ?? 0;
    if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
    } else if (text.startsWith('/*', i)) i = skipBlockComment(text, i, n);
    else return i;
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


