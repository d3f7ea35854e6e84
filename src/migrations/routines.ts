/**
 * Routines that a migration creates and then runs. A Postgres function body runs later (triggers,
 * the application) and its DDL is not the migration's, unless the migration itself calls it
 * (`SELECT fn();`), as MySQL migrations `CALL` the procedure they just created. Then the body's
 * statements are the migration's, and the rules read them at their own lines.
 */
import type { Dialect } from '../config/types.js';
import type { Operation, Statement } from './model.js';
import { conditional, normalizeIdent } from './model.js';
import { forEachLexeme } from './parse/lexer.js';
import { maskSql } from './parse/mask.js';
import { LineIndex, lineOfOffset } from '../text/lines.js';
import { parseStatement } from './parse/index.js';
import { plpgsqlOperations } from './parse/postgres.js';
import { splitStatements } from './split.js';

export interface RoutineBody {
  ops: Operation[];
  /** Why part of the body cannot be read (dynamic SQL, a statement no parser reads). */
  opaque?: string;
  /** The SQL that could not be read, when known: how dangerous the unread part is depends on it. */
  opaqueText?: string;
}

const NAME = String.raw`((?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|[\w$]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|[\w$]+))?)`;
const CREATE_ROUTINE = new RegExp(String.raw`^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION)\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}\s*\(`, 'i');
const CALL = new RegExp(String.raw`^\s*(?:CALL\s+${NAME}\s*(?:\(|$)|(?:SELECT|PERFORM)\s+(?:\*\s+FROM\s+)?${NAME}\s*\()`, 'i');
/** Control flow around the statements of a MySQL routine body. */
const CONTROL = /^\s*(?:(?:ELSE)?IF\b[\s\S]*?\bTHEN\b|ELSE\b|BEGIN\b(?:\s+NOT\s+ATOMIC\b)?|END\s+(?:IF|WHILE|LOOP|REPEAT|CASE)\b|END\b|WHILE\b[\s\S]*?\bDO\b|LOOP\b|REPEAT\b|\w+\s*:\s*(?=BEGIN|LOOP|WHILE|REPEAT))\s*/i;

/**
 * The routine a statement creates, with what its body does; null when it creates none. The body is
 * read only when the migration calls the routine (`body()`, once): most functions never are.
 */
export function routineOf(stmt: Statement, source: string): { name: string; body: () => RoutineBody } | null {
  // Statements start at their first keyword (the splitter skips comments): cheap tests first. The
  // masked text can only match if the raw text has the word (masking only blanks things out).
  if (!/^CREATE\s/i.test(stmt.text) || !/\b(?:PROCEDURE|FUNCTION)\b/i.test(stmt.text)) return null;
  const masked = maskSql(stmt.text, stmt.dialect);
  const m = CREATE_ROUTINE.exec(masked);
  if (!m) return null;
  const name = normalizeIdent(m[1]);
  let body: RoutineBody | undefined;
  const once = (read: () => RoutineBody) => () => (body ??= read());
  if (stmt.dialect === 'postgres' || stmt.dialect === 'cockroach') {
    if (!/\bLANGUAGE\s+(?:'?plpgsql'?)\b/i.test(masked)) return { name, body: () => ({ ops: [] }) };
    return { name, body: once(() => plpgsqlOperations(stmt.text, stmt.line, 'function called by the migration')) };
  }
  // MySQL: the body is everything from the first BEGIN after the parameters to the last END.
  const begin = /\bBEGIN\b/i.exec(masked.slice(m[0].length));
  const endAt = masked.search(/\bEND\s*;?\s*$/i);
  if (!begin || endAt === -1) return { name, body: () => ({ ops: [] }) };
  const from = stmt.start + m[0].length + begin.index + begin[0].length;
  const to = stmt.start + endAt;
  return { name, body: once(() => bodyOperations(source, from, to, stmt.dialect)) };
}

function bodyOperations(source: string, from: number, to: number, dialect: Dialect): RoutineBody {
  const ops: Operation[] = [];
  let opaque: string | undefined;
  const unread: string[] = [];
  /** How many IFs and loops the statement is in. */
  let depth = 0;
  for (const piece of splitStatements(source, { dialect, from, to })) {
    const masked = maskSql(piece.text, dialect);
    let skip = 0;
    for (let c = CONTROL.exec(masked.slice(skip)); c && c[0].length > 0; c = CONTROL.exec(masked.slice(skip))) {
      if (/^\s*(?:IF|WHILE|LOOP|REPEAT)\b/i.test(c[0])) depth++;
      else if (/^\s*END\s+(?:IF|WHILE|LOOP|REPEAT|CASE)\b/i.test(c[0])) depth = Math.max(0, depth - 1);
      skip += c[0].length;
    }
    if (skip >= piece.text.length) continue;
    const start = piece.start + skip;
    const line = lineOfOffset(piece.text, skip, piece.line);
    const inner = parseStatement({ ...piece, text: piece.text.slice(skip), start, line, column: 1 }, dialect);
    if (inner.status === 'unparsed') {
      opaque ??= `a statement of the procedure body could not be read (${inner.error ?? 'unknown'})`;
      unread.push(inner.text);
    }
    for (const op of inner.ops) {
      const placed = op.line === undefined ? { ...op, line: inner.line } : op;
      ops.push(depth > 0 ? conditional(placed) : placed);
    }
  }
  return opaque ? { ops, opaque, opaqueText: unread.join('\n') } : { ops };
}

/** The routine a statement calls (`CALL p()`, `SELECT f()`), by name. */
export function calledRoutine(stmt: Statement): string | null {
  if (!/^(?:CALL|SELECT|PERFORM)\s/i.test(stmt.text)) return null;
  const m = CALL.exec(maskSql(stmt.text, stmt.dialect));
  const name = m?.[1] ?? m?.[2];
  return name ? normalizeIdent(name) : null;
}

/**
 * MySQL's dynamic SQL idiom: `SET @s = IF(…, 'ALTER TABLE t DROP COLUMN c', 'SELECT 1');
 * PREPARE stmt FROM @s; EXECUTE stmt;`. The strings are SQL that runs at `EXECUTE`: every branch is
 * read (the condition is not known), at the line where its string is written.
 */
export class PreparedStatements {
  private readonly variables = new Map<string, { text: string; start: number; line: number }[]>();
  private readonly prepared = new Map<string, { text: string; start: number; line: number }[]>();

  /** Remember what a statement sets, declares (T-SQL) or prepares. */
  observe(stmt: Statement): void {
    if (!/^(?:SET|PREPARE|DECLARE)\s/i.test(stmt.text)) return;
    const masked = maskSql(stmt.text, stmt.dialect);
    const set = /^\s*(?:SET|DECLARE)\s+@(\w+)\s*(?:[^=@;]*?)?:?=\s*/i.exec(masked);
    if (set) {
      this.variables.set(set[1].toLowerCase(), sqlStrings(stmt, set[0].length));
      return;
    }
    const prepare = /^\s*PREPARE\s+(\w+)\s+FROM\s+(?:@(\w+))?/i.exec(masked);
    if (prepare) {
      const strings = prepare[2] ? (this.variables.get(prepare[2].toLowerCase()) ?? []) : sqlStrings(stmt, prepare[0].length);
      this.prepared.set(prepare[1].toLowerCase(), strings);
    }
  }

  /** For `EXECUTE name`: the SQL strings it runs, or null when the statement is not an EXECUTE of a known one. */
  executed(stmt: Statement): { text: string; start: number; line: number }[] | null {
    if (stmt.dialect === 'mssql') return this.executedTsql(stmt);
    if (this.prepared.size === 0 || !/^EXECUTE\s/i.test(stmt.text)) return null;
    const m = /^\s*EXECUTE\s+(\w+)\s*$/i.exec(maskSql(stmt.text, stmt.dialect));
    if (!m) return null;
    const strings = this.prepared.get(m[1].toLowerCase());
    return strings && strings.length > 0 ? strings : null;
  }

  private executedTsql(stmt: Statement): { text: string; start: number; line: number }[] | null {
    if (!/^EXEC/i.test(stmt.text)) return null;
    const m = isDynamicTsql(maskSql(stmt.text, stmt.dialect));
    if (!m) return null;
    const variable = m[1] ?? m[2];
    const strings = variable ? (this.variables.get(variable.toLowerCase()) ?? []) : sqlStrings(stmt, m[0].length);
    return strings.length > 0 ? strings : null;
  }
}

/**
 * T-SQL dynamic SQL: `EXEC('…')` and `EXEC sp_executesql N'…'` run the SQL written there,
 * `EXEC(@sql)` and `EXEC sp_executesql @sql` the SQL a `DECLARE` or `SET` gave the variable.
 */
const TSQL_EXEC = /^\s*EXEC(?:UTE)?\s*(?:\(\s*(?:@(\w+)\s*\)\s*$)?|(?:(?:\[[^\]]*\]|\w+)\s*\.\s*)*\[?sp_executesql\]?\s*(?:@(\w+)\b)?)/i;

function isDynamicTsql(masked: string): RegExpExecArray | null {
  const m = TSQL_EXEC.exec(masked);
  return m && (m[0].includes('(') || /sp_executesql/i.test(m[0])) ? m : null;
}

/** String literals of a statement (as its dialect's lexer reads them) that look like SQL, with their file offsets. */
function sqlStrings(stmt: Statement, from: number): { text: string; start: number; line: number }[] {
  const out: { text: string; start: number; line: number }[] = [];
  const lines = new LineIndex(stmt.text, stmt.line);
  const backslash = stmt.dialect === 'mysql' || stmt.dialect === 'mariadb';
  forEachLexeme(
    stmt.text,
    stmt.dialect,
    (l) => {
      if (l.kind !== 'quoted' || l.quote !== "'" || l.unterminated) return;
      let text = stmt.text.slice(l.bodyStart, l.bodyEnd).replace(/''/g, "'");
      if (backslash) text = text.replace(/\\(.)/g, '$1');
      if (/^\s*(?:ALTER|DROP|CREATE|RENAME|TRUNCATE|UPDATE|DELETE|INSERT|SELECT|REPLACE)\b/i.test(text)) {
        out.push({ text, start: stmt.start + l.bodyStart, line: lines.line(l.bodyStart) });
      }
    },
    from,
  );
  return out;
}

/** What an `EXECUTE` of known prepared SQL does. */
export function executedOperations(strings: { text: string; start: number; line?: number }[], source: string, dialect: Dialect): RoutineBody {
  const ops: Operation[] = [];
  let opaque: string | undefined;
  for (const s of strings) {
    const line = s.line ?? lineOfOffset(source, s.start, 1);
    const inner = parseStatement({ text: s.text, start: s.start, end: s.start + s.text.length, line, column: 1, endLine: line }, dialect);
    if (inner.status === 'unparsed') opaque ??= `the prepared SQL could not be read (${inner.error ?? 'unknown'})`;
    for (const op of inner.ops) ops.push(op.line === undefined ? { ...op, line } : op);
  }
  // The strings are often pieces of one statement (`CONCAT('ALTER TABLE ', t, ' DROP COLUMN a')`).
  return opaque ? { ops, opaque, opaqueText: strings.map((s) => s.text).join(' ') } : { ops };
}

/**
 * Of an edited migration whose changed statements run as new (lifecycle.ts), the statements kept,
 * plus each later `CALL p()` / `SELECT f()` of a routine a kept statement creates: an edit inside a
 * routine's body (dolphinscheduler's upgrade scripts edit the procedure, not its unchanged CALL)
 * runs where the script calls it, so that is where the body is analysed.
 */
export function withCallsOfKept(statements: Statement[], kept: (s: Statement) => boolean): Statement[] {
  const created = new Set<string>();
  return statements.filter((s) => {
    if (kept(s)) {
      for (const op of s.ops) if (op.kind === 'create-object' && (op.objectKind === 'procedure' || op.objectKind === 'function')) created.add(op.name);
      return true;
    }
    const called = created.size > 0 ? calledRoutine(s) : null;
    return called !== null && created.has(called);
  });
}
