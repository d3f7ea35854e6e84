/**
 * What a statement says once its formatting is set aside: its tokens, as the dialect's lexer
 * (`parse/lexer.ts`) reads them, normalized so that a formatter's work (pg_format, an editor's
 * reindent, a comment added or fixed, keywords upper-cased) leaves them unchanged and any change a
 * database would see does not:
 *
 * - blanks and comments are dropped; MySQL `/*! … *\/` markers stay (the server version they name
 *   decides whether the body runs);
 * - words are lower-cased (keywords and unquoted names are case-insensitive; Postgres folds
 *   unquoted names to lower case);
 * - a quoted name that an unquoted one could stand for is that name: `"users"` is `users` in
 *   Postgres (a quoted name with capitals is not: `"Users"` is another table), `` `users` ``,
 *   `[users]` and `"Users"` are `users` where names are case-insensitive (MySQL, SQLite, T-SQL);
 * - strings stay exactly as written (their blanks are data), and so do numbers;
 * - a dollar-quoted routine body (after `AS` or `DO`) is read as code the same way, its tag set
 *   aside (`$$` or `$body$`); any other dollar-quoted text is data and stays as written.
 *
 * Statements are the splitter's (`split.ts`), and the `;` that ends one (or a routine body) is set
 * aside, so a trailing `;` or a goose `StatementBegin` block changes nothing by itself. Linear in the text.
 */
import type { Dialect } from '../config/types.js';
import { forEachLexeme } from './parse/lexer.js';
import { splitStatements } from './split.js';

/** Separates tokens inside a statement key: it never occurs in a normalized token. */
const SEP = '\u0001';

const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
const NUMBER = /[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?/y;
const PARAMETER = /\$[0-9]+/y;
const OPERATOR = /[+\-*/<>=~!@#%^&|`?]+/y;
const BLANK = /[\s]+/y;
/** A name an unquoted identifier can spell (before case folding). */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_$]*$/;

/** Routine bodies inside routine bodies are read as code this deep; deeper ones stay as written. */
const MAX_BODY_DEPTH = 8;

/** The normalized tokens of `text[from, to)` (one statement, or any stretch of SQL). */
export function sqlTokens(text: string, dialect: Dialect, from = 0, to = text.length, depth = 0): string[] {
  const out: string[] = [];
  const postgresFamily = dialect === 'postgres' || dialect === 'cockroach';
  const mysqlFamily = dialect === 'mysql' || dialect === 'mariadb';
  /** Tokens of the code between lexemes. */
  const code = (start: number, end: number): void => {
    let i = start;
    while (i < end) {
      const at = (re: RegExp): string | null => {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m || m.index !== i || m[0].length === 0) return null;
        return m.index + m[0].length > end ? m[0].slice(0, end - i) : m[0];
      };
      let t: string | null;
      if ((t = at(BLANK)) !== null) {
        i += t.length;
        continue;
      }
      if ((t = at(WORD)) !== null) out.push(t.toLowerCase());
      else if ((t = at(NUMBER)) !== null) out.push(t);
      else if ((t = at(PARAMETER)) !== null) out.push(t);
      else if ((t = at(OPERATOR)) !== null) out.push(t);
      else {
        t = text[i];
        out.push(t === SEP ? ' ' : t);
      }
      i += t.length;
    }
  };
  let last = from;
  forEachLexeme(
    text,
    dialect,
    (lexeme) => {
      code(last, lexeme.start);
      last = lexeme.end;
      switch (lexeme.kind) {
        case 'line-comment':
        case 'block-comment':
          return;
        case 'exec-open':
          out.push(text.slice(lexeme.start, lexeme.end));
          return;
        case 'exec-close':
          out.push('*/');
          return;
        case 'dollar': {
          const previous = out[out.length - 1];
          if ((previous === 'as' || previous === 'do') && depth < MAX_BODY_DEPTH && !lexeme.unterminated) {
            out.push('$$');
            for (const t of sqlTokens(text, dialect, lexeme.bodyStart, lexeme.bodyEnd, depth + 1)) out.push(t);
            out.push('$$');
          } else out.push(`$$${text.slice(lexeme.bodyStart, lexeme.bodyEnd)}${lexeme.unterminated ? '' : '$$'}`);
          return;
        }
        case 'quoted': {
          const body = text.slice(lexeme.bodyStart, lexeme.bodyEnd);
          const quote = lexeme.quote ?? "'";
          const isName = quote === '`' || quote === '[' || (quote === '"' && !mysqlFamily);
          if (isName && PLAIN_NAME.test(body)) {
            if (!postgresFamily) out.push(body.toLowerCase());
            else if (body === body.toLowerCase()) out.push(body);
            else out.push(`"${body}"`);
          } else out.push(`${quote}${body}${lexeme.unterminated ? '' : quote}`);
          return;
        }
      }
    },
    from,
    to,
  );
  code(last, to);
  // A statement's (or a routine body's) closing `;` is optional where it ends.
  while (out.length > 0 && out[out.length - 1] === ';') out.pop();
  return out;
}

/** One statement's tokens as one string (a key for sets and maps). */
export function statementKey(text: string, dialect: Dialect): string {
  return sqlTokens(text, dialect).join(SEP);
}

/** The keys of the statements in `text[from, to)`, in order; empty statements left out. */
export function statementKeys(text: string, dialect: Dialect, from = 0, to = text.length): string[] {
  const out: string[] = [];
  for (const piece of splitStatements(text, { dialect, from, to })) {
    const key = statementKey(piece.text, dialect);
    if (key !== '') out.push(key);
  }
  return out;
}
