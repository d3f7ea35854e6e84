import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'rename-column',
    defaultSeverity: 'error',
    summary: 'A column that the previous release reads or writes is renamed.',
  },
  {
    operationKinds: ['rename-column'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'rename-column' || facts.isNewColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming column ${object} to ${op.newName} breaks the previous release, which still reads and writes ${op.column}.`,
          object,
          tables: [op.table],
          code: { kind: 'column', table: op.table, column: op.column, removes: true },
        },
      ];
    },
  },
);
