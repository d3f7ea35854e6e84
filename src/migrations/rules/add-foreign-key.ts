import { onlyNewColumns } from './add-unique-constraint.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'add-foreign-key',
    defaultSeverity: 'warning',
    summary: 'A FOREIGN KEY is added to an existing table, NOT VALID included (it still rejects new writes).',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'add-constraint' || op.constraint !== 'foreign-key') return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      const object = op.name ? `${op.table}.${op.name}` : `${op.table}(${op.columns.join(', ')})`;
      const notValid = op.notValid ? ' (NOT VALID only skips existing rows)' : '';
      return [
        {
          ...statementSpan(stmt, op),
          message: `Adding foreign key ${object} can break the previous release, whose writes and deletes in any order it never had to satisfy${notValid}.`,
          object,
          tables: [op.table],
        },
      ];
    },
  },
);
