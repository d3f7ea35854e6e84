import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-table',
    defaultSeverity: 'error',
    summary: 'A table that the previous release uses is dropped.',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-table' || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping table ${op.table} breaks the previous release, which still reads it, and loses its data for good.`,
          object: op.table,
          tables: [op.table],
        },
      ];
    },
  },
);
