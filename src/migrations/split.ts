/**
 * Splits SQL text into statements with their offsets and lines, without parsing. What is a comment,
 * a quoted text or a dollar quote is the dialect's lexer's decision (`parse/lexer.ts`); on top of
 * it come the client directives that split too: MySQL `DELIMITER`, T-SQL `GO`, goose
 * `StatementBegin`/`StatementEnd` blocks. Linear time; never throws.
 */
import type { Dialect } from '../config/types.js';
import { lineStarts, position } from '../text/lines.js';
import { specialCharacters, SqlScanner } from './parse/lexer.js';
import { maskSql } from './parse/mask.js';

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
  /**
   * Why the database's lexer would not read this text as the parsers do: it holds a NUL byte
   * outside comments, or a comment or quoted text that is never closed swallowed the rest. Such a
   * statement is reported unparsed, judged by every word in it.
   */
  lexical?: string;
}

export interface SplitOptions {
  dialect: Dialect;
  /** Only split this slice of the source (a migration section); offsets stay file-relative. */
  from?: number;
  to?: number;
  /** `lineStarts(source)`, when the caller splits the same source many times (once per section). */
  lines?: number[];
}

const GOOSE_BEGIN = /^[ \t]*--[ \t]*\+goose[ \t]+StatementBegin\b[^\n]*/i;
const GOOSE_END = /^[ \t]*--[ \t]*\+goose[ \t]+StatementEnd\b[^\n]*/i;
const DELIMITER_RE = /^[ \t]*DELIMITER[ \t]+(\S+)[ \t]*(?:\r?\n|$)/i;
/** sqlcmd / SSMS batch separator: `GO` (with an optional count) alone on its line. */
const GO_RE = /^[ \t]*GO(?:[ \t]+\d+)?[ \t]*(?:--[^\n]*)?(?:\r?\n|$)/i;

export function splitStatements(file: string, options: SplitOptions): SplitStatement[] {
  const { dialect } = options;
  const sqlite = dialect === 'sqlite';
  const mssql = dialect === 'mssql';
  // Postgres, Cockroach and SQLite split a script at `;` themselves (dollar quotes and SQLite
  // trigger bodies aside): a `DELIMITER x` directive (a script runner's, DolphinScheduler's
  // `delimiter d//` before a plpgsql function) only adds `x` as a terminator. MySQL's client
  // sends everything up to `x` as one statement (a procedure body with its `;`s).
  const semicolonToo = dialect === 'postgres' || dialect === 'cockroach' || sqlite;
  const from = options.from ?? 0;
  const to = Math.min(options.to ?? file.length, file.length);
  const out: SplitStatement[] = [];
  let starts = options.lines;
  const scanner = new SqlScanner(file, dialect, to, from);
  // The text up to the section's end (a slice shares the file's memory): no search runs past it.
  const source = scanner.source;

  let delimiter = ';';
  /** T-SQL: how deep in BEGIN … END and CASE … END the text up to `blockScanned` is. */
  let blockDepth = 0;
  let blockScanned = from;
  /** Offset of the first significant (non-comment, non-blank) character of the current statement. */
  let firstSignificant = -1;
  let lexical: string | undefined;
  let inGooseBlock = false;
  let i = from;

  /** Close the current statement at `endExclusive` (trailing blanks trimmed). */
  const push = (endExclusive: number): void => {
    if (firstSignificant !== -1) {
      let end = endExclusive;
      while (end > firstSignificant && isBlank(source.charCodeAt(end - 1))) end--;
      if (end > firstSignificant) {
        starts ??= lineStarts(file);
        const text = source.slice(firstSignificant, end);
        const { line, column } = position(starts, firstSignificant);
        const stmt: SplitStatement = { text, start: firstSignificant, end, line, column, endLine: position(starts, end - 1).line };
        if (lexical !== undefined) stmt.lexical = lexical;
        out.push(stmt);
      }
    }
    firstSignificant = -1;
    lexical = undefined;
    blockDepth = 0;
  };
  const flag = (why: string): void => {
    if (lexical === undefined) lexical = why;
    else if (!lexical.includes(why)) lexical = `${lexical}; ${why}`;
  };

  let skipDelimiter = '';
  let skip = specialCharacters(dialect, '\n');
  while (i < to) {
    if (firstSignificant !== -1 && i > 0 && source.charCodeAt(i - 1) !== 10) {
      // Inside a statement, past a line's start (where directives are looked for), only a few
      // characters can matter (comments, quoted texts, the delimiter, the next line): jump to the
      // next of them (a regular expression: native code).
      if (skipDelimiter !== delimiter) {
        skip = specialCharacters(dialect, `\n${delimiter[0] ?? ''}${semicolonToo ? ';' : ''}`);
        skipDelimiter = delimiter;
      }
      skip.lastIndex = i;
      const next = skip.exec(source);
      i = next === null || next.index >= to ? to : next.index;
      if (i >= to) break;
    }
    const code = source.charCodeAt(i);
    const atLineStart = i === 0 || source.charCodeAt(i - 1) === 10;

    // Line-start directives (goose markers, DELIMITER, GO) begin with `-`, `d` or `g` after blanks:
    // test the regexes only then, so a plain line costs one character look-up.
    if (atLineStart && !scanner.inExecutableComment) {
      let lead = i;
      while (source[lead] === ' ' || source[lead] === '\t') lead++;
      const first = source.charCodeAt(lead) | 32;
      if (first === 45 /* - */ || first === 100 /* d */ || (mssql && first === 103) /* g */) {
        const rest = source.slice(i, Math.min(to, i + 200));
        if (GOOSE_BEGIN.test(rest)) {
          push(i);
          inGooseBlock = true;
          i = nextLine(source, i, to);
          continue;
        }
        if (GOOSE_END.test(rest)) {
          push(i);
          inGooseBlock = false;
          i = nextLine(source, i, to);
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
        // sqlcmd sends each batch between `GO` lines on its own.
        const go = mssql && !inGooseBlock ? GO_RE.exec(rest) : null;
        if (go) {
          push(i);
          i += go[0].length;
          blockScanned = i;
          continue;
        }
      }
    }

    const lexeme = scanner.at(i);
    if (lexeme) {
      if (lexeme.unterminated) {
        if (firstSignificant === -1) firstSignificant = lexeme.start;
        flag(`${lexeme.unterminated} is never closed: the rest of the ${to === file.length ? 'file' : 'section'} is part of it`);
      }
      // Comments start no statement (NULs inside them are ignored), nor does the `*/` that closes
      // a MySQL executable comment; quoted texts and `/*!` are statement text.
      if (lexeme.kind !== 'line-comment' && lexeme.kind !== 'block-comment' && lexeme.kind !== 'exec-close') {
        if (firstSignificant === -1) firstSignificant = lexeme.start;
        if ((lexeme.kind === 'quoted' || lexeme.kind === 'dollar') && source.slice(lexeme.start, lexeme.end).includes('\0')) flag(NUL_MESSAGE);
      }
      i = Math.max(lexeme.end, i + 1);
      continue;
    }
    if (isBlank(code)) {
      i++;
      continue;
    }
    if (firstSignificant === -1) firstSignificant = i;
    if (code === 0) flag(NUL_MESSAGE);

    // Delimiter
    const ends = source.startsWith(delimiter, i) ? delimiter.length : semicolonToo && code === 59 /* ; */ ? 1 : 0;
    if (!inGooseBlock && ends > 0 && !(sqlite && inTriggerBody(source, firstSignificant, i))) {
      if (mssql) {
        // T-SQL ends statements inside `BEGIN … END` with `;` too; the block is one statement.
        blockDepth = tsqlBlockDepth(maskSql(source.slice(blockScanned, i), dialect), blockDepth);
        blockScanned = i + ends;
        if (blockDepth > 0) {
          i += ends;
          continue;
        }
      }
      push(i);
      i += ends;
      blockScanned = i;
      continue;
    }
    i++;
  }
  push(to);
  return out;
}

const NUL_MESSAGE = 'it contains a NUL byte outside comments, which no database reads as SQL';

/** White space between tokens (and the no-break space and BOM editors leave behind). */
function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0xfeff;
}

const TSQL_BLOCK = /\b(BEGIN|CASE|END)\b(?:\s+(TRAN|TRANSACTION|DISTRIBUTED|DIALOG|CONVERSATION)\b)?/gi;

/** T-SQL block depth after `masked` (comments and strings blanked), starting from `depth`. */
function tsqlBlockDepth(masked: string, depth: number): number {
  TSQL_BLOCK.lastIndex = 0;
  for (let m = TSQL_BLOCK.exec(masked); m; m = TSQL_BLOCK.exec(masked)) {
    const word = m[1].toUpperCase();
    // `BEGIN TRANSACTION`, `BEGIN DIALOG` are statements, not blocks.
    if (word === 'END') depth = Math.max(0, depth - 1);
    else if (word === 'CASE' || m[2] === undefined) depth++;
  }
  return depth;
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

function nextLine(source: string, i: number, to: number): number {
  const nl = source.indexOf('\n', i);
  return nl === -1 || nl >= to ? to : nl + 1;
}
