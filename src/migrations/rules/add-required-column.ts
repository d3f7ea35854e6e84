import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'add-required-column',
    defaultSeverity: 'error',
    summary: 'A NOT NULL column without a default is added to an existing table.',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'add-column' || facts.isNewTable(op.table)) return [];
      if (!op.column.notNull || op.column.hasDefault) return [];
      // `ADD COLUMN IF NOT EXISTS` of a column the history has: nothing is added.
      if (op.ifNotExists && facts.column(op.table, op.column.name)) return [];
      const object = `${op.table}.${op.column.name}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding ${object} as NOT NULL without a default breaks the previous release, whose inserts into ${op.table} do not set it.`,
          object,
          tables: [op.table],
        },
      ];
    },
  },
);
