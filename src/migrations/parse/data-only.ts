/**
 * Which statements the base history's replay may leave unparsed: the catalog is built from what
 * statements do to the schema, and a row of seed data does nothing to it. A history of 20,000
 * migrations that each add a column and insert a row spends half its parsing on the rows.
 *
 * A statement is left out only when it provably cannot change what the replay builds, whatever
 * parser reads it: it starts with `INSERT`, `UPDATE` or `DELETE`, and its text (comments and
 * strings blanked) holds no `;` (a goose block or a DELIMITER section can hold several statements
 * in one piece) and no head of another statement past its first word (`EXEC`, `CALL`, `DO UPDATE`,
 * `CREATE …`, `DROP …`: the fallback's own test). Every adapter, and the keyword fallback, reads such
 * a statement as `update`, `delete`, `copy-rows` or `other` operations, which the catalog ignores,
 * and it creates no routine. Text the lexer could not close (`lexical`) is always parsed.
 *
 * Not modelled with or without this filter: what a trigger or a function called inside the row
 * changes would do (the replay runs no routine body but a `DO` block's), nor writes to SQLite's
 * `sqlite_master`. `test/migrations/parse/data-only.test.ts` replays every corpus project with and
 * without it and compares the catalogs.
 */
import type { Dialect } from '../../config/types.js';
import type { SplitStatement } from '../split.js';
import { holdsAnotherStatement } from './fallback.js';
import { maskSql } from './mask.js';

const DATA_HEAD = /^(?:INSERT|UPDATE|DELETE)\s/i;

/** Whether `piece` only writes rows: the history's replay can skip parsing it. */
export function changesRowsOnly(piece: SplitStatement, dialect: Dialect): boolean {
  if (piece.lexical !== undefined || !DATA_HEAD.test(piece.text)) return false;
  const masked = maskSql(piece.text, dialect);
  return !masked.includes(';') && !holdsAnotherStatement(masked);
}
