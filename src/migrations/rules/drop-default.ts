import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-default',
    defaultSeverity: 'warning',
    summary: 'The default of an existing column is dropped while the previous release relies on it.',
  },
  {
    operationKinds: ['drop-default'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-default' || facts.isNewColumn(op.table, op.column)) return [];
      // The history knows the column and it has no default (none, or only `DEFAULT NULL`) on any
      // database that ran it: the previous release's inserts that omit it wrote NULL, and still do.
      const known = facts.column(op.table, op.column);
      if (known && !known.hasDefault && !known.defaultOnSomePaths) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping the default of ${object} breaks the previous release, whose inserts omit it and relied on the default.`,
          object,
          tables: [op.table],
          columns: [{ table: op.table, column: op.column }],
        },
      ];
    },
  },
);
