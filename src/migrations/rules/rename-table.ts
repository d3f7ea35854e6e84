import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'rename-table',
    defaultSeverity: 'error',
    summary: 'A table that the previous release uses is renamed.',
  },
  {
    operationKinds: ['rename-table'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'rename-table' || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming table ${op.table} to ${op.newName} breaks the previous release, which still queries ${op.table}.`,
          object: op.table,
          tables: [op.table, op.newName],
          code: { kind: 'table', table: op.table, removes: true },
        },
      ];
    },
  },
);
