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
import { loadMysqlParser, parseMysql } from './mysql.js';
import { FALLBACK_FIRST, parseMysqlFast } from './mysql-fast.js';
import { loadPostgresParser, parsePostgres, parsePostgresBatch } from './postgres.js';
import { loadSqlparser, parseWithSqlparser } from './sqlite.js';

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
    has('sqlite', 'mssql', 'mysql', 'mariadb') ? loadSqlparser() : null,
    has('mysql', 'mariadb') ? loadMysqlParser() : null,
  ]);
}

export function parseStatement(piece: SplitStatement, dialect: Dialect): Statement {
  const base = { ...piece, dialect };
  let error: string;
  let fallback: ReturnType<typeof fallbackOperations> | undefined;
  if (dialect === 'postgres' || dialect === 'cockroach') {
    const outcome = parsePostgres(piece.text, piece.line);
    if (outcome.ok && outcome.opaque) return { ...base, status: 'unparsed', error: outcome.opaque, ops: outcome.ops };
    if (outcome.ok) return { ...base, status: 'parsed', ops: outcome.ops };
    error = outcome.error;
  } else if (dialect === 'mysql' || dialect === 'mariadb') {
    // sqlparser-rs first (fast); what it does not read, or this adapter does not map, goes to
    // node-sql-parser, whose reading both adapters agree with on the corpus.
    const fast = parseMysqlFast(piece.text, piece.line);
    if (fast === FALLBACK_FIRST) {
      fallback = fallbackOperations(piece.text, dialect, piece.line);
      if (fallback.sure) return { ...base, status: 'parsed', ops: fallback.ops };
    } else if (fast) return { ...base, status: 'parsed', ops: fast };
    const outcome = parseMysql(piece.text, piece.line);
    if (outcome.ok) return { ...base, status: 'parsed', ops: outcome.ops };
    error = outcome.error;
  } else {
    const outcome = parseWithSqlparser(piece.text, dialect === 'sqlite' ? 'sqlite' : dialect === 'mssql' ? 'mssql' : 'generic', piece.line);
    if (outcome.ok) return { ...base, status: 'parsed', ops: outcome.ops };
    error = outcome.error;
  }
  fallback ??= fallbackOperations(piece.text, dialect, piece.line);
  // libpg-query is the real Postgres grammar: what it rejects is not valid Postgres, so on Postgres
  // the fallback's reading is proof only for statements that merely create things.
  const trusted = dialect !== 'postgres' || fallback.ops.every((op) => CONSTRUCTIVE.has(op.kind));
  if (fallback.sure && trusted) return { ...base, status: 'parsed', ops: fallback.ops };
  return { ...base, status: 'unparsed', error, ops: fallback.ops };
}

/** Parse a section's statements; Postgres ones in one batch when they allow it. */
export function parseStatements(pieces: SplitStatement[], dialect: Dialect): Statement[] | null {
  if (dialect !== 'postgres' && dialect !== 'cockroach') return null;
  const batch = parsePostgresBatch(pieces);
  if (!batch) return null;
  return pieces.map((piece, i) => {
    const outcome = batch[i];
    const base = { ...piece, dialect };
    if (outcome.ok && outcome.opaque) return { ...base, status: 'unparsed', error: outcome.opaque, ops: outcome.ops };
    return { ...base, status: 'parsed', ops: outcome.ok ? outcome.ops : [] };
  });
}
