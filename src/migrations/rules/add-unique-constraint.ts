import { defineMigrationRule, statementSpan } from './types.js';
import type { MigrationFacts } from './types.js';

/** Only columns created in this PR: the previous release never writes them, so nothing it does is rejected. */
export function onlyNewColumns(facts: MigrationFacts, table: string, columns: string[]): boolean {
  return columns.length > 0 && columns.every((c) => facts.isNewColumn(table, c));
}

export default defineMigrationRule(
  {
    id: 'add-unique-constraint',
    defaultSeverity: 'error',
    summary: 'A UNIQUE (or primary key, or exclusion) constraint or unique index is added to an existing table, CONCURRENTLY included.',
  },
  {
    operation(op, stmt, { facts }) {
      let name: string | null;
      let table: string;
      let columns: string[];
      if (op.kind === 'create-index' && op.unique) {
        ({ name, table, columns } = op);
        // The history has this very index: SQLite re-creates a table's indexes after a rebuild (DROP
        // TABLE dropped them), `IF NOT EXISTS` of an existing one does nothing, a migration may drop
        // it and create it again (drizzle, libsql). Nothing new is enforced.
        const known = name === null ? undefined : (facts.index(name) ?? facts.droppedIndex(name));
        if (known?.unique && known.table === table && known.columns?.join() === columns.join()) return [];
      } else if (op.kind === 'add-constraint' && ['unique', 'primary-key', 'exclusion'].includes(op.constraint)) {
        if (op.usingIndex && facts.index(op.usingIndex)) return []; // the index already enforces it (and was judged)
        ({ name, table, columns } = op);
      } else return [];
      if (facts.isNewTable(table) || onlyNewColumns(facts, table, columns)) return [];
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
