import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-column',
    defaultSeverity: 'error',
    summary: 'A column that the previous release reads or writes is dropped.',
  },
  {
    operationKinds: ['drop-column'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-column' || facts.isNewColumn(op.table, op.column)) return [];
      // `IF EXISTS` of a column the history already dropped: a no-op on every database that ran it
      // (a squashed baseline re-running old migrations idempotently: kestra's V1_1__initial).
      if (op.ifExists && facts.droppedColumn(op.table, op.column)) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping column ${object} breaks the previous release, which still reads it.`,
          object,
          tables: [op.table],
          code: { kind: 'column', table: op.table, column: op.column, removes: true },
        },
      ];
    },
  },
);
