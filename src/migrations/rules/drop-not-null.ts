import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-not-null',
    defaultSeverity: 'warning',
    summary: 'An existing NOT NULL column becomes nullable: after a rollback the previous release reads NULLs it never expected.',
  },
  {
    operationKinds: ['drop-not-null'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-not-null' || facts.isNewColumn(op.table, op.column)) return [];
      // Nullable in base already: the previous release reads NULLs there today.
      const before = facts.baseColumn(op.table, op.column);
      if (before && !before.notNull) return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Making ${object} nullable lets the new release write NULL there; after a rollback the previous release, which treats it as required (a non-optional field), fails on those rows.`,
          object,
          direction: 'rollback',
          tables: [op.table],
          columns: [{ table: op.table, column: op.column }],
          // No code of the previous release reads it: nothing meets the NULLs (docs/code-references.md).
          code: { kind: 'column', table: op.table, column: op.column, removes: true, reads: true },
        },
      ];
    },
  },
);
