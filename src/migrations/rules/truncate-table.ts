import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'truncate-table',
    defaultSeverity: 'error',
    summary: 'A table that existed before the PR is truncated.',
  },
  {
    operationKinds: ['truncate'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'truncate' || facts.isNewTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Truncating ${op.table} loses every row the previous release still expects; a rollback of the code cannot bring them back.`,
          object: op.table,
          tables: [op.table],
        },
      ];
    },
  },
);
