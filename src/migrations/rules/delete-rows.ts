import { isBookkeepingTable } from '../bookkeeping.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'delete-rows',
    defaultSeverity: 'error',
    summary: 'A DELETE removes rows from a table that existed before the PR.',
  },
  {
    operationKinds: ['delete'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'delete' || facts.isNewTable(op.table) || isBookkeepingTable(op.table)) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Deleting rows from ${op.table} loses data the previous release still expects; a rollback of the code cannot bring it back.`,
          object: op.table,
          tables: [op.table],
        },
      ];
    },
  },
);
