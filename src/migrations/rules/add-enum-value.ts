import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'add-enum-value',
    defaultSeverity: 'warning',
    summary: 'An enum gains a value: rows written with it break the previous release after a rollback.',
  },
  {
    operationKinds: ['add-enum-value', 'enum-column-change'],
    operation(op, stmt, { facts }) {
      if (op.kind === 'add-enum-value') {
        if (facts.isNewType(op.type)) return [];
        return [
          {
            ...statementSpan(stmt, op),
            message: `Adding value '${op.value}' to enum ${op.type} lets the new release write rows that the previous release cannot read after a rollback.`,
            object: `${op.type}.${op.value}`,
            tables: [],
          },
        ];
      }
      if (op.kind === 'enum-column-change' && op.added.length > 0) {
        if (facts.isNewColumn(op.table, op.column)) return [];
        const object = `${op.table}.${op.column}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `ENUM column ${object} gains ${op.added.map((v) => `'${v}'`).join(', ')}: rows written with it break the previous release after a rollback.`,
            object,
            tables: [op.table],
            columns: [{ table: op.table, column: op.column }],
          },
        ];
      }
      return [];
    },
  },
);
