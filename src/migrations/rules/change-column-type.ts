import { compareTypes } from '../column-types.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'change-column-type',
    defaultSeverity: 'error',
    summary: 'The type of a column that the previous release uses changes (other than a pure widening).',
  },
  {
    operationKinds: ['alter-column-type'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'alter-column-type' || facts.isNewColumn(op.table, op.column)) return [];
      if (op.oldType && op.newType && compareTypes(op.oldType, op.newType, stmt.dialect) !== 'change') return [];
      const object = `${op.table}.${op.column}`;
      const change = op.oldType
        ? `from ${op.oldType} to ${op.newType ?? 'another type'}`
        : `to ${op.newType ?? 'another type'} (its previous type is not known from the migrations)`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Changing column ${object} ${change} can break the previous release, which reads and writes values of the old type.`,
          object,
          tables: [op.table],
          code: { kind: 'column', table: op.table, column: op.column, removes: false, writes: true },
        },
      ];
    },
  },
);
