/**
 * ClickHouse files, read with sqlparser-rs's generic grammar and the keyword fallback (no ClickHouse
 * grammar is loaded), plus what that reading lacks (docs/dialects.md, "ClickHouse"):
 * - `Nullable(T)` and `LowCardinality(T)` are T to a reader; a column without `Nullable` holds no
 *   NULL and, when a statement omits it, gets the type's default value (0, '', the epoch).
 * - Mutations `ALTER TABLE t UPDATE c = … WHERE …` / `ALTER TABLE t DELETE WHERE …` rewrite rows.
 * - Scripts run by hand (umami's `db/clickhouse/migrations`) often lack the `;` between two
 *   statements: a statement the parsers reject that is two statements at a blank line is read as them.
 */
import { normalizeName, type ColumnInfo, type Operation, type Statement } from './model.js';
import { maskSql } from './parse/mask.js';
import { parseStatement } from './parse/index.js';
import type { SplitStatement } from './split.js';

/** Outer `Nullable(…)` / `LowCardinality(…)` wrappers of a type text, as the adapters write it (lower case). */
const WRAPPER = /^(nullable|lowcardinality)\s*\((.*)\)$/s;

/** A column as ClickHouse stores it: wrappers off the type, nullability from `Nullable`, an implicit default. */
export function clickhouseColumn(column: ColumnInfo): ColumnInfo {
  let type = column.type?.trim() ?? null;
  let nullable = false;
  // Each turn takes one wrapper off: bounded by the type's length.
  for (let m = type === null ? null : WRAPPER.exec(type); m !== null; m = WRAPPER.exec(type)) {
    if (m[1] === 'nullable') nullable = true;
    type = m[2].trim();
  }
  return { ...column, type, notNull: !nullable || column.primaryKey === true, hasDefault: true };
}

function withClickhouseColumns(op: Operation): Operation {
  if (op.kind === 'create-table') return { ...op, columns: op.columns.map(clickhouseColumn) };
  if (op.kind === 'add-column') return { ...op, column: clickhouseColumn(op.column) };
  if (op.kind === 'redefine-column') return { ...op, def: clickhouseColumn(op.def) };
  return op;
}

const NAME = String.raw`(?:"(?:[^"]|"")*"|\x60[^\x60]*\x60|[\w$]+)`;
/** `ALTER TABLE t [ON CLUSTER c] UPDATE a = …, b = … WHERE …` | `… DELETE WHERE …` (on the masked text). */
const MUTATION = new RegExp(String.raw`^ALTER\s+TABLE\s+(${NAME}(?:\s*\.\s*${NAME})?)(?:\s+ON\s+CLUSTER\s+\S+)?\s+(UPDATE|DELETE)\b`, 'i');

function unquote(name: string): string {
  const t = name.trim();
  if (t.startsWith('"')) return t.slice(1, -1).replaceAll('""', '"');
  if (t.startsWith('`')) return t.slice(1, -1);
  return t.toLowerCase();
}

/** The rows a ClickHouse mutation rewrites, or null for any other statement. */
export function clickhouseMutation(text: string): Operation[] | null {
  const masked = maskSql(text, 'clickhouse');
  const m = MUTATION.exec(masked.trimStart());
  if (!m) return null;
  const parts = m[1].split(/\s*\.\s*/).map(unquote);
  const table = normalizeName(parts, parts.map(() => true));
  if (m[2].toUpperCase() === 'DELETE') return [{ kind: 'delete', table }];
  // The assignments up to WHERE, split at top-level commas (the masked text keeps the parentheses).
  const start = masked.length - masked.trimStart().length + m[0].length;
  const where = /\bWHERE\b/i.exec(masked.slice(start));
  const body = masked.slice(start, where ? start + where.index : masked.length);
  const columns: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (i === body.length || (c === ',' && depth === 0)) {
      const name = /^\s*([\w$]+|"(?:[^"]|"")*"|`[^`]*`)\s*=/.exec(text.slice(start + from, start + i));
      if (!name) return null;
      columns.push(unquote(name[1]));
      from = i + 1;
    }
  }
  return [{ kind: 'update', table, columns }];
}

/** A line that starts a statement, after a blank line (on the masked text). */
const STATEMENT_START = /\n[ \t]*\n\s*(?=(?:RENAME|ALTER|CREATE|DROP|INSERT|TRUNCATE|OPTIMIZE|EXCHANGE|DETACH|ATTACH)\s)/gi;

/** At most this many pieces are tried for one statement (each is parsed again). */
const MAX_PIECES = 64;

/**
 * The statements a text the parsers rejected holds when a `;` is missing between them: cut before
 * each line that starts a statement after a blank line. Null unless every piece is read.
 */
function unterminated(piece: SplitStatement): Statement[] | null {
  const masked = maskSql(piece.text, 'clickhouse');
  const cuts: number[] = [];
  for (const m of masked.matchAll(STATEMENT_START)) {
    cuts.push(m.index + m[0].length);
    if (cuts.length >= MAX_PIECES) return null;
  }
  if (cuts.length === 0) return null;
  const out: Statement[] = [];
  let at = 0;
  let line = piece.line;
  let column = piece.column;
  for (const cut of [...cuts, piece.text.length]) {
    const text = piece.text.slice(at, cut).trimEnd();
    const endLine = line + (text.match(/\n/g)?.length ?? 0);
    const stmt = readStatement({ text, start: piece.start + at, end: piece.start + at + text.length, line, column, endLine });
    if (stmt.status !== 'parsed') return null;
    out.push(stmt);
    line += piece.text.slice(at, cut).match(/\n/g)?.length ?? 0;
    column = 1;
    at = cut;
  }
  return out;
}

function readStatement(piece: SplitStatement): Statement {
  // A mutation glued to the next statement (no `;`) is not read as one mutation: see `unterminated`.
  const glued = maskSql(piece.text, 'clickhouse').search(STATEMENT_START) >= 0;
  const mutation = piece.lexical === undefined && !glued ? clickhouseMutation(piece.text) : null;
  const stmt = mutation ? { text: piece.text, start: piece.start, end: piece.end, line: piece.line, column: piece.column, endLine: piece.endLine, dialect: 'clickhouse' as const, status: 'parsed' as const, ops: mutation } : parseStatement(piece, 'clickhouse');
  return stmt.ops.some((op) => op.kind === 'create-table' || op.kind === 'add-column' || op.kind === 'redefine-column') ? { ...stmt, ops: stmt.ops.map(withClickhouseColumns) } : stmt;
}

/** A ClickHouse statement read as above: one statement, or the ones a missing `;` glued together. */
export function parseClickhouse(piece: SplitStatement): Statement[] {
  const stmt = readStatement(piece);
  if (stmt.status === 'parsed' || piece.lexical !== undefined) return [stmt];
  return unterminated(piece) ?? [stmt];
}
