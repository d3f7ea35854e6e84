/**
 * Picks the parser adapter per dialect; every adapter returns the same Statement model.
 * Postgres and Cockroach: libpg-query. MySQL and MariaDB: sqlparser-rs where it reads the statement
 * into a shape `mysql-fast.ts` maps, else node-sql-parser (mysql grammar).
 * SQLite and MS SQL: sqlparser-rs (WASM). What the dialect's parser cannot read goes to the keyword
 * fallback; when that is not sure either, the statement stays `unparsed` (never a silent pass).
 */
import type { Dialect } from '../../config/types.js';
import type { Operation, Statement } from '../model.js';
import type { SplitStatement } from '../split.js';
import { fallbackOperations } from './fallback.js';
import { maskSql, withoutComments } from './mask.js';
import { loadMysqlParser, parseMysql } from './mysql.js';
import { FALLBACK_FIRST, parseMysqlFast } from './mysql-fast.js';
import { loadPostgresParser, parsePostgres, parsePostgresBatch } from './postgres.js';
import { leadingDashLines, withoutDashLines } from '../script-runner.js';
import { loadSqlparser, parseWithSqlparser } from './sqlite.js';

/** Where a comment can start in any dialect (the text holds none without one of these). */
const MAY_HOLD_COMMENT = /--|\/\*|#/;

/** `--` that MySQL does not take for a comment start (comments are blanked before this test). */
// eslint-disable-next-line no-control-regex -- MySQL's rule is about control characters
const DASHES_WITHOUT_BLANK = /--[^\s\x00-\x1f\x7f]/;

const DASH_LINES_ONLY = 'only lines that start with `--` and no blank: a comment to script runners that skip `--` lines (DolphinScheduler\'s), a syntax error to MySQL; it runs nothing either way';

const CONSTRUCTIVE = new Set<Operation['kind']>(['create-table', 'create-index', 'create-object', 'create-enum', 'other']);

/**
 * Load the parsers of the given dialects (default: all). Each costs 70-140 ms at start-up, so a
 * caller that knows its dialect loads only that one; a dialect whose parser is not loaded is read
 * by the keyword fallback alone (and stays `unparsed` where that is not sure), never a crash.
 */
export async function prepareParsers(dialects?: readonly Dialect[]): Promise<void> {
  const wanted = new Set(dialects ?? ['postgres', 'mysql', 'sqlite']);
  const has = (...ds: Dialect[]): boolean => ds.some((d) => wanted.has(d));
  await Promise.all([
    has('postgres', 'cockroach') ? loadPostgresParser() : null,
    has('sqlite', 'mssql', 'mysql', 'mariadb', 'clickhouse', 'h2') ? loadSqlparser() : null,
    has('mysql', 'mariadb') ? loadMysqlParser() : null,
  ]);
}

/** The statement a piece of text is, before parsing (no `lexical`: that ends up as `error`). */
export function statementBase(piece: SplitStatement, dialect: Dialect): Omit<Statement, 'status' | 'ops'> {
  // An object literal, not a spread: a file can have a hundred thousand statements.
  return { text: piece.text, start: piece.start, end: piece.end, line: piece.line, column: piece.column, endLine: piece.endLine, dialect };
}

/**
 * `{ ...base, status: 'parsed', ops }` written out: the same keys in the same order, one object
 * literal instead of a spread per statement (the spread was ~2 µs each, 20,000 times in a
 * history's replay).
 */
function parsedStatement(base: Omit<Statement, 'status' | 'ops'>, ops: Operation[]): Statement {
  return { text: base.text, start: base.start, end: base.end, line: base.line, column: base.column, endLine: base.endLine, dialect: base.dialect, status: 'parsed', ops };
}

export function parseStatement(piece: SplitStatement, dialect: Dialect): Statement {
  const { lexical } = piece;
  const base = statementBase(piece, dialect);
  // Text the database would not read as the parsers do (a NUL byte, a quote or comment never
  // closed): reported as such, and judged by every word in it (unparsed-statement's keyword test).
  if (lexical !== undefined) return { ...base, status: 'unparsed', error: lexical, ops: [] };
  // NULs left are inside comments (the splitter flags any other): the parsers read C strings.
  if (piece.text.includes('\0')) piece = { ...piece, text: piece.text.replaceAll('\0', ' ') };
  // libpg-query lexes as Postgres does; the other parsers have lexers of their own, which may take
  // a different view of a comment (a lone CR, `--x` in MySQL). They get the text with the
  // comments this dialect's lexer sees blanked (same offsets and lines), MySQL `/*!` markers too.
  const code = dialect === 'postgres' || dialect === 'cockroach' || !MAY_HOLD_COMMENT.test(piece.text) ? piece.text : withoutComments(piece.text, dialect);
  let error: string;
  let fallback: ReturnType<typeof fallbackOperations> | undefined;
  if (dialect === 'postgres' || dialect === 'cockroach') {
    const outcome = parsePostgres(piece.text, piece.line);
    if (outcome.ok && outcome.opaque) return { ...base, status: 'unparsed', error: outcome.opaque, ops: outcome.ops };
    if (outcome.ok) return parsedStatement(base, outcome.ops);
    error = outcome.error;
  } else if (dialect === 'mysql' || dialect === 'mariadb') {
    // Leading `--x` lines run nothing (a script runner's comment, MySQL's syntax error): the rest is
    // what the runner sends (`script-runner.ts`); a statement of nothing else stays a finding, saying so.
    const dashes = leadingDashLines(code);
    if (dashes > 0 && code.slice(dashes).trim() === '') return { ...base, status: 'unparsed', error: DASH_LINES_ONLY, ops: [] };
    if (dashes > 0) return parseStatement({ ...piece, text: withoutDashLines(code, dashes) }, dialect);
    // sqlparser-rs first (fast); what it does not read, or this adapter does not map, goes to
    // node-sql-parser, whose reading both adapters agree with on the corpus.
    const fast = parseMysqlFast(code, piece.line);
    if (fast === FALLBACK_FIRST) {
      fallback = fallbackOperations(piece.text, dialect, piece.line);
      if (fallback.sure) return parsedStatement(base, fallback.ops);
    } else if (fast) return parsedStatement(base, fast);
    // node-sql-parser takes `--x` for a comment; MySQL reads two minus signs and code after them.
    const outcome = code.includes('--') && DASHES_WITHOUT_BLANK.test(maskSql(code, dialect))
      ? { ok: false as const, error: '`--` without a blank after it is code in MySQL, which node-sql-parser would read as a comment' }
      : parseMysql(code, piece.line);
    if (outcome.ok) return parsedStatement(base, outcome.ops);
    error = outcome.error;
  } else {
    const outcome = parseWithSqlparser(code, dialect === 'sqlite' ? 'sqlite' : dialect === 'mssql' ? 'mssql' : 'generic', piece.line);
    if (outcome.ok && outcome.opaque) {
      return { ...base, status: 'unparsed', error: outcome.opaque, ...(outcome.opaqueText === undefined ? {} : { opaqueText: outcome.opaqueText }), ops: outcome.ops };
    }
    if (outcome.ok) return parsedStatement(base, outcome.ops);
    error = outcome.error;
  }
  fallback ??= fallbackOperations(piece.text, dialect, piece.line);
  // libpg-query is the real Postgres grammar: what it rejects is not valid Postgres, so on Postgres
  // the fallback's reading is proof only for statements that merely create things.
  const trusted = (dialect !== 'postgres' || fallback.ops.every((op) => CONSTRUCTIVE.has(op.kind))) && !runsItsResult(piece.text, dialect);
  if (fallback.sure && trusted) return parsedStatement(base, fallback.ops);
  return { ...base, status: 'unparsed', error, ops: fallback.ops };
}

/**
 * psql's `\gexec` (outside strings and comments) sends the query, then runs every value of its
 * result as a statement: what runs is in the query's strings (`SELECT 'DROP TABLE t' \gexec`),
 * which the keyword fallback rightly skips for plain SQL. No server parses a backslash, so such a
 * statement always reaches the fallback, whose reading (a SELECT) is then no proof of what runs
 * (session 13 audit: it passed with no finding). It stays unparsed, judged by all its words.
 */
function runsItsResult(text: string, dialect: Dialect): boolean {
  return gexecAt(text, dialect) >= 0;
}

/** Where psql's `\gexec` first stands in `text` outside strings and comments; -1: nowhere. */
export function gexecAt(text: string, dialect: Dialect): number {
  return text.includes('\\') ? maskSql(text, dialect).search(/\\gexec\b/i) : -1;
}

/** Parse a section's statements; Postgres ones in one batch when they allow it. */
export function parseStatements(pieces: SplitStatement[], dialect: Dialect): Statement[] | null {
  if (dialect !== 'postgres' && dialect !== 'cockroach') return null;
  if (pieces.some((p) => p.lexical !== undefined || p.text.includes('\0'))) return null;
  const batch = parsePostgresBatch(pieces);
  if (!batch) return null;
  return pieces.map((piece, i): Statement => {
    const outcome = batch[i];
    const base = statementBase(piece, dialect);
    return outcome.ok && outcome.opaque ? { ...base, status: 'unparsed', error: outcome.opaque, ops: outcome.ops } : parsedStatement(base, outcome.ok ? outcome.ops : []);
  });
}
