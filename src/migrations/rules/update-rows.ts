import { isBookkeepingTable } from '../bookkeeping.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'update-rows',
    defaultSeverity: 'error',
    summary: 'An UPDATE rewrites columns that existed before the PR (backfilling a column added in the PR is fine).',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'update' || facts.isNewTable(op.table) || isSystemCatalog(op.table) || isBookkeepingTable(op.table)) return [];
      const old = op.columns.filter((c) => !facts.isNewColumn(op.table, c));
      if (op.columns.length > 0 && old.length === 0) return [];
      const object = old.length === 1 ? `${op.table}.${old[0]}` : op.table;
      const what = old.length > 0 ? old.map((c) => `${op.table}.${c}`).join(', ') : op.table;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Updating ${what} rewrites data the previous release wrote and reads; a rollback of the code cannot restore the old values.`,
          object,
          tables: [op.table],
          // `SET a = …` rewrites those columns only; no list known: the whole row.
          ...(old.length > 0 ? { columns: old.map((column) => ({ table: op.table, column })) } : {}),
        },
      ];
    },
  },
);

/**
 * Postgres system catalogs (`UPDATE pg_index SET indisready = false`, a known index-rebuild trick):
 * their rows belong to the server, not to data the previous release wrote.
 */
function isSystemCatalog(table: string): boolean {
  return /^(pg_catalog\.)?pg_[a-z_]+$/.test(table) || table.startsWith('information_schema.');
}
