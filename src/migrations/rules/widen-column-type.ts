import { compareTypes } from '../column-types.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'widen-column-type',
    defaultSeverity: 'notice',
    summary: 'A column type only widens (varchar(n) to varchar(m > n) or text, int to bigint, numeric precision up).',
  },
  {
    operationKinds: ['alter-column-type'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'alter-column-type' || facts.isNewColumn(op.table, op.column)) return [];
      if (!op.oldType || !op.newType || compareTypes(op.oldType, op.newType, stmt.dialect) !== 'widen') return [];
      const object = `${op.table}.${op.column}`;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Widening column ${object} from ${op.oldType} to ${op.newType} is safe for the previous release, but values written after it may not fit its checks (lengths, ranges) after a rollback.`,
          object,
          tables: [op.table],
          columns: [{ table: op.table, column: op.column }],
        },
      ];
    },
  },
);
