import { isBookkeepingTable } from '../bookkeeping.js';
import type { Statement } from '../model.js';
import { defineMigrationRule, statementSpan } from './types.js';
import { unquote, updateClause, valuesReadAlike } from '../update-values.js';

export default defineMigrationRule(
  {
    id: 'update-rows',
    defaultSeverity: 'error',
    summary: 'An UPDATE rewrites columns that existed before the PR (backfilling a column added in the PR is fine).',
  },
  {
    operationKinds: ['update'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'update' || facts.isNewTable(op.table) || isSystemCatalog(op.table) || isBookkeepingTable(op.table)) return [];
      const old = op.columns.filter((c) => !facts.isNewColumn(op.table, c));
      if (op.columns.length > 0 && old.length === 0) return [];
      const object = old.length === 1 ? `${op.table}.${old[0]}` : op.table;
      const what = old.length > 0 ? old.map((c) => `${op.table}.${c}`).join(', ') : op.table;
      // A warning only on evidence, named in the message: every value set is one the previous
      // release reads as it read the old ones (a boolean, the PR's own numeric DEFAULT), or every
      // column set is filled only where it is NULL. Anything else keeps the error.
      const alike = old.length > 0 ? valuesReadAlike(stmt, op.table, old, facts) : null;
      const nullsOnly = !alike && old.length > 0 && fillsNullsOnly(stmt, old);
      return [
        {
          ...statementSpan(stmt, op),
          ...(alike || nullsOnly ? { severity: 'warning' as const } : {}),
          message: alike
            ? `Updating ${what} sets only values the previous release reads as it read the ones they replace (${alike.join('; ')}): after a rollback it meets no value of a new kind, but the values it wrote there are overwritten and a rollback cannot restore them (harmless unless it relied on those rows keeping them).`
            : nullsOnly
              ? `Updating ${what} fills only rows where ${old.length === 1 ? 'it is' : 'each is'} NULL: no value the previous release wrote is lost, but after a rollback it reads values where it left none (harmless unless NULL meant something to it).`
              : `Updating ${what} rewrites data the previous release wrote and reads; a rollback of the code cannot restore the old values.`,
          object,
          tables: [op.table],
          // `SET a = …` rewrites those columns only; no list known: the whole row.
          ...(old.length > 0 ? { columns: old.map((column) => ({ table: op.table, column })) } : {}),
        },
      ];
    },
  },
);

/** Tokens that end an UPDATE's `WHERE` at its own level (Postgres `RETURNING`, MySQL `ORDER BY … LIMIT`). */
const AFTER_WHERE = new Set(['returning', 'order', 'limit', ';']);

/**
 * `UPDATE … SET c = … WHERE c IS NULL AND …`: a top-level conjunct `c IS NULL` (or `alias.c IS
 * NULL`) for every column the statement sets, so it only fills values the previous release left
 * NULL and overwrites none it wrote. Read from the statement's own text, which must be one plain
 * `UPDATE` (a `WITH` query, a `DO` block, a procedure, ORM code: not read, the error stays); an `OR`
 * at the top level of the `WHERE`, or a column without its own `IS NULL`, keeps the error too.
 * Linear in the statement's tokens.
 */
function fillsNullsOnly(stmt: Statement, columns: string[]): boolean {
  const clause = updateClause(stmt, 'where', AFTER_WHERE);
  if (!clause) return false;
  const conjuncts: string[][] = [[]];
  let depth = 0;
  for (const t of clause) {
    if (t === '(') depth++;
    else if (t === ')') depth--;
    if (depth === 0 && t === 'or') return false;
    if (depth === 0 && t === 'and') conjuncts.push([]);
    else conjuncts[conjuncts.length - 1].push(t);
  }
  const isNullTest = (c: string[], column: string): boolean => {
    const n = c.length;
    if (n < 3 || c[n - 2] !== 'is' || c[n - 1] !== 'null' || unquote(c[n - 3]) !== column.toLowerCase()) return false;
    // `c`, `alias.c` or `schema.table.c`: qualifiers are names followed by a dot.
    const prefix = c.slice(0, n - 3);
    return prefix.length % 2 === 0 && prefix.every((t, i) => (i % 2 === 1 ? t === '.' : t !== '.' && t !== '('));
  };
  return columns.every((column) => conjuncts.some((c) => isNullTest(c, column)));
}

/**
 * Postgres system catalogs (`UPDATE pg_index SET indisready = false`, a known index-rebuild trick):
 * their rows belong to the server, not to data the previous release wrote.
 */
function isSystemCatalog(table: string): boolean {
  return /^(pg_catalog\.)?pg_[a-z_]+$/.test(table) || table.startsWith('information_schema.');
}
