import { onlyNewColumns } from './add-unique-constraint.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'add-check-constraint',
    defaultSeverity: 'warning',
    summary: 'A CHECK constraint is added to an existing table, NOT VALID included (it still rejects new writes).',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'add-constraint' || op.constraint !== 'check') return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      const object = op.name ? `${op.table}.${op.name}` : op.table;
      const notValid = op.notValid ? ' (NOT VALID only skips existing rows)' : '';
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding CHECK constraint ${object} can break the previous release, whose writes it never had to satisfy${notValid}.`,
          object,
          tables: [op.table],
        },
      ];
    },
  },
);
