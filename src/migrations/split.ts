/**
 * Splits SQL text into statements with their offsets and lines, without parsing: comments
 * (`--`, `#` for MySQL, nested `/* *\/`), strings (`'…'` with `''`, `E'…'` with backslashes),
 * quoted identifiers (`"…"`, `` `…` ``), Postgres dollar quotes (`$$`, `$tag$`), MySQL `DELIMITER`
 * and goose `StatementBegin`/`StatementEnd` blocks. Linear time; never throws.
 */
import type { Dialect } from '../config/types.js';
import { lineStarts, position } from '../text/lines.js';

export interface SplitStatement {
  /** Statement text without the terminating delimiter, trimmed of leading comments and blanks. */
  text: string;
  /** String offsets of `text` in the source. */
  start: number;
  end: number;
  /** 1-based line and column of `start`; line of the statement's last character. */
  line: number;
  column: number;
  endLine: number;
}

export interface SplitOptions {
  dialect: Dialect;
  /** Only split this slice of the source (a migration section); offsets stay file-relative. */
  from?: number;
  to?: number;
}

const GOOSE_BEGIN = /^[ \t]*--[ \t]*\+goose[ \t]+StatementBegin\b[^\n]*/i;
const GOOSE_END = /^[ \t]*--[ \t]*\+goose[ \t]+StatementEnd\b[^\n]*/i;
const DELIMITER_RE = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i;

export function splitStatements(source: string, options: SplitOptions): SplitStatement[] {
  const mysql = options.dialect === 'mysql' || options.dialect === 'mariadb';
  const sqlite = options.dialect === 'sqlite';
  const from = options.from ?? 0;
  const to = options.to ?? source.length;
  const out: SplitStatement[] = [];
  const starts = lineStarts(source);

  let delimiter = ';';
  /** Offset of the first significant (non-comment, non-blank) character of the current statement. */
  let firstSignificant = -1;
  let inGooseBlock = false;
  let i = from;

  /** Close the current statement at `endExclusive` (trailing blanks trimmed). */
  const push = (endExclusive: number): void => {
    if (firstSignificant !== -1) {
      let end = endExclusive;
      while (end > firstSignificant && /\s/.test(source[end - 1])) end--;
      if (end > firstSignificant) {
        const text = source.slice(firstSignificant, end);
        const { line, column } = position(starts, firstSignificant);
        out.push({ text, start: firstSignificant, end, line, column, endLine: position(starts, end - 1).line });
      }
    }
    firstSignificant = -1;
  };

  let skip = skipPattern(options.dialect, delimiter);
  while (i < to) {
    if (firstSignificant !== -1 && i > 0 && source.charCodeAt(i - 1) !== 10) {
      // Inside a statement, past a line's start (where directives are looked for), only a few
      // characters can matter (quotes, comments, dollar quotes, the delimiter, the next newline):
      // jump to the next of them (a regular expression: native code from the first file on).
      if (skip.delimiter !== delimiter) skip = skipPattern(options.dialect, delimiter);
      skip.re.lastIndex = i;
      const next = skip.re.exec(source);
      i = next === null || next.index >= to ? to : next.index;
      if (i >= to) break;
    }
    const ch = source[i];
    const atLineStart = i === 0 || source[i - 1] === '\n';

    // Line-start directives (goose markers, DELIMITER) begin with `-` or `d` after blanks: test
    // the regexes only then, so a plain line costs one character look-up.
    let lead = i;
    while (atLineStart && (source[lead] === ' ' || source[lead] === '\t')) lead++;
    const first = source[lead];
    if (atLineStart && (first === '-' || first === 'd' || first === 'D')) {
      const rest = source.slice(i, Math.min(to, i + 200));
      if (GOOSE_BEGIN.test(rest)) {
        push(i);
        inGooseBlock = true;
        i = skipLine(source, i, to);
        continue;
      }
      if (GOOSE_END.test(rest)) {
        push(i);
        inGooseBlock = false;
        i = skipLine(source, i, to);
        continue;
      }
      // `DELIMITER` is a client directive (mysql, JDBC ScriptRunner); no dialect has it as SQL.
      if (firstSignificant === -1) {
        const d = DELIMITER_RE.exec(rest);
        if (d) {
          delimiter = d[1];
          i += d[0].length;
            continue;
        }
      }
    }

    // Comments
    if (ch === '-' && source[i + 1] === '-') {
      i = skipLine(source, i, to);
      continue;
    }
    if (mysql && ch === '#') {
      i = skipLine(source, i, to);
      continue;
    }
    if (ch === '/' && source[i + 1] === '*') {
      // MySQL executable comments `/*! … */` carry real SQL: keep them as statement text.
      if (mysql && source[i + 2] === '!') {
        if (firstSignificant === -1) firstSignificant = i;
      }
      i = skipBlockComment(source, i, to);
      continue;
    }
    const code = source.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0xfeff) {
      i++;
      continue;
    }

    if (firstSignificant === -1) firstSignificant = i;

    // Delimiter
    if (!inGooseBlock && ch === delimiter[0] && source.startsWith(delimiter, i) && !(sqlite && inTriggerBody(source, firstSignificant, i))) {
      push(i);
      i += delimiter.length;
      continue;
    }

    // Quoted things
    if (ch === "'") {
      const escapes = mysql || ((source[i - 1] === 'E' || source[i - 1] === 'e') && !/\w/.test(source[i - 2] ?? ''));
      i = skipQuoted(source, i, to, "'", escapes);
      continue;
    }
    if (ch === '"') {
      i = skipQuoted(source, i, to, '"', mysql);
      continue;
    }
    if (ch === '`' && mysql) {
      i = skipQuoted(source, i, to, '`', false);
      continue;
    }
    if (ch === '[' && options.dialect === 'mssql') {
      i = skipQuoted(source, i, to, ']', false);
      continue;
    }
    if (ch === '$' && !mysql) {
      const quoted = dollarQuote(source, i, to);
      if (quoted) {
        i = quoted.end;
        continue;
      }
    }
    i++;
  }
  push(to);
  return out;
}

const CREATE_TRIGGER = /^CREATE\s+(?:TEMP(?:ORARY)?\s+)?TRIGGER\b/i;

/**
 * SQLite `CREATE TRIGGER … BEGIN stmt; stmt; END`: the `;` at `at` ends a statement of the body,
 * not the trigger, unless `END` comes just before it (sqlite3_complete's rule).
 */
function inTriggerBody(source: string, start: number, at: number): boolean {
  if (!CREATE_TRIGGER.test(source.slice(start, start + 40))) return false;
  return !/(?:^|[^\w$])END\s*$/i.test(source.slice(Math.max(start, at - 40), at));
}

const SKIP = new Map<string, { delimiter: string; re: RegExp }>();

/**
 * Finds the next character that can start a comment, a quoted text, a line directive or the
 * statement delimiter in `dialect`.
 */
function skipPattern(dialect: Dialect, delimiter: string): { delimiter: string; re: RegExp } {
  const key = `${dialect}\u0000${delimiter}`;
  let pattern = SKIP.get(key);
  if (!pattern) {
    const mysql = dialect === 'mysql' || dialect === 'mariadb';
    const chars = `\n-/'"${mysql ? '#`' : '$'}${dialect === 'mssql' ? '[' : ''}${delimiter[0] ?? ''}`;
    const escaped = [...new Set(chars)].map((c) => (/[\\\]^\-[]/.test(c) ? `\\${c}` : c)).join('');
    pattern = { delimiter, re: new RegExp(`[${escaped}]`, 'g') };
    SKIP.set(key, pattern);
  }
  return pattern;
}

function skipLine(source: string, i: number, to: number): number {
  const nl = source.indexOf('\n', i);
  return nl === -1 || nl >= to ? to : nl + 1;
}

/**
 * The Postgres dollar-quoted text (`$$…$$`, `$tag$…$tag$`) opening at `i`, unless that `$` continues
 * an identifier: where its body starts and stops, and its end (`to` when it is not closed before).
 */
export function dollarQuote(source: string, i: number, to: number): { body: number; close: number; end: number } | null {
  // `$` continues an identifier too (`x$$y$z` is one name in Postgres), so it opens nothing after one.
  if (/[A-Za-z0-9_$]/.test(source[i - 1] ?? '')) return null;
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(source.slice(i, Math.min(to, i + 66)));
  if (!tag) return null;
  const body = i + tag[0].length;
  const close = source.indexOf(tag[0], body);
  return close === -1 || close >= to ? { body, close: to, end: to } : { body, close, end: close + tag[0].length };
}

/** End of the (nested) block comment starting at `i`; `to` when it is not closed before `to`. */
export function skipBlockComment(source: string, i: number, to: number): number {
  let depth = 0;
  while (i < to) {
    if (source[i] === '/' && source[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (source[i] === '*' && source[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return to;
}

/** The next quote or backslash, for quoted texts where a backslash escapes (one per quote character). */
const QUOTE_OR_BACKSLASH = new Map<string, RegExp>();

/**
 * End of the quoted text opening at `i` (`quote` doubled inside it, or escaped by a backslash when
 * `backslash`); `to` when it is not closed before `to`.
 */
export function skipQuoted(source: string, i: number, to: number, quote: string, backslash: boolean): number {
  let escape: RegExp | undefined;
  if (backslash) {
    escape = QUOTE_OR_BACKSLASH.get(quote);
    if (!escape) QUOTE_OR_BACKSLASH.set(quote, (escape = new RegExp(`[${quote === ']' ? '\\]' : quote}\\\\]`, 'g')));
  }
  i++;
  while (i < to) {
    // Jump to the next quote (or backslash, where it escapes): strings can be long.
    let at: number;
    if (escape) {
      escape.lastIndex = i;
      at = escape.exec(source)?.index ?? -1;
    } else at = source.indexOf(quote, i);
    if (at === -1 || at >= to) return to;
    if (source[at] === '\\' && escape) {
      i = at + 2;
      continue;
    }
    if (source[at + 1] === quote) {
      i = at + 2;
      continue;
    }
    return at + 1;
  }
  return to;
}
