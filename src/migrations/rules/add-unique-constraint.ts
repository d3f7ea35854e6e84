import { defineMigrationRule, statementSpan } from './types.js';
import type { MigrationFacts } from './types.js';

/** Only columns created in this PR: the previous release never writes them, so nothing it does is rejected. */
export function onlyNewColumns(facts: MigrationFacts, table: string, columns: string[]): boolean {
  return columns.length > 0 && columns.every((c) => facts.isNewColumn(table, c));
}

/**
 * A column the PR adds without a default: the previous release's inserts leave it NULL (never
 * equal to another NULL, never checked by a foreign key), or fail on its NOT NULL, which
 * add-required-column reports.
 */
export function leftNullByOldWrites(facts: MigrationFacts, table: string, column: string): boolean {
  if (!facts.isNewColumn(table, column) || facts.isNewTable(table)) return false;
  const known = facts.column(table, column);
  return known !== undefined && !known.hasDefault;
}

/**
 * The columns the previous release's writes decide: those of `columns` that existed before the PR.
 * A new column with a default gets the same value (or a fresh one) in every old write, so it
 * cannot make two old rows differ or match where they did not before.
 */
export function columnsOldWritesSet(facts: MigrationFacts, table: string, columns: string[]): string[] {
  return columns.filter((c) => !facts.isNewColumn(table, c));
}

const covers = (columns: string[], key: string[]): boolean => key.length > 0 && key.every((c) => columns.includes(c));

export default defineMigrationRule(
  {
    id: 'add-unique-constraint',
    defaultSeverity: 'error',
    summary: 'A UNIQUE (or primary key, or exclusion) constraint or unique index is added to an existing table, CONCURRENTLY included.',
  },
  {
    operationKinds: ['create-index', 'add-constraint'],
    operation(op, stmt, { facts }) {
      let name: string | null;
      let table: string;
      let columns: string[];
      let keyChecks = true;
      let primaryKey = false;
      if (op.kind === 'create-index' && op.unique) {
        ({ name, table, columns } = op);
        // The history has this very index: SQLite re-creates a table's indexes after a rebuild (DROP
        // TABLE dropped them), `IF NOT EXISTS` of an existing one does nothing, a migration may drop
        // it and create it again (drizzle, libsql). Nothing new is enforced.
        const known = name === null ? undefined : (facts.index(name) ?? facts.droppedIndex(name));
        if (known?.unique && known.table === table && known.columns?.join() === columns.join() && known.inexact === (op.partial || op.expressions ? true : undefined)) return [];
      } else if (op.kind === 'add-constraint' && ['unique', 'primary-key', 'exclusion'].includes(op.constraint)) {
        if (op.usingIndex && facts.index(op.usingIndex)) return []; // the index already enforces it (and was judged)
        ({ name, table, columns } = op);
        primaryKey = op.constraint === 'primary-key';
        keyChecks = op.constraint !== 'exclusion'; // an exclusion compares with operators, not for equality
      } else return [];
      if (facts.isNewTable(table) || onlyNewColumns(facts, table, columns)) return [];
      // A column old writes leave NULL makes their rows distinct (a primary key makes it NOT NULL instead).
      if (keyChecks && !primaryKey && columns.some((c) => leftNullByOldWrites(facts, table, c))) return [];
      // Looser than a key base had: every write it rejects, that key rejected too (a key widened by
      // the PR's new columns: `UNIQUE (key)` → `UNIQUE (namespace, key)`; the same key again).
      const decided = columnsOldWritesSet(facts, table, columns);
      if (keyChecks && decided.length > 0 && facts.uniqueKeys(table, 'base').some((k) => covers(decided, k.columns))) return [];
      const object = columns.length > 0 ? `${table}(${columns.join(', ')})` : (name ?? table);
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding a uniqueness rule on ${object} breaks the previous release, whose inserts and updates may write duplicates and now fail.`,
          object,
          tables: [table],
        },
      ];
    },
  },
);
