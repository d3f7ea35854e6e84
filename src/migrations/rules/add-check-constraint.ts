import type { Dialect } from '../../config/types.js';
import type { Operation } from '../model.js';
import { onlyNewColumns } from './add-unique-constraint.js';
import { defineMigrationRule, statementSpan, type MigrationFacts } from './types.js';

export default defineMigrationRule(
  {
    id: 'add-check-constraint',
    defaultSeverity: 'warning',
    summary: 'A CHECK constraint is added to an existing table, NOT VALID included (it still rejects new writes).',
  },
  {
    operationKinds: ['add-constraint'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'add-constraint' || op.constraint !== 'check') return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      // Dropped again by a later statement of the same PR (lemmy's edited, unreleased CHECK replaced
      // by a later migration): it never outlives the deploy; what replaces it is judged on its own.
      const name = op.name ?? implicitCheckName(op, stmt.dialect, facts);
      if (name !== null && facts.isConstraintDroppedLater(op.table, name)) return [];
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

/**
 * The name Postgres gives an unnamed CHECK: `<table>_<column>_check` when its expression names one
 * column, else `<table>_check`; null when that name is taken (Postgres then adds a number) or the
 * dialect names it otherwise.
 */
function implicitCheckName(op: Extract<Operation, { kind: 'add-constraint' }>, dialect: Dialect, facts: MigrationFacts): string | null {
  if (dialect !== 'postgres' || op.columns.length === 0) return null;
  const relation = op.table.split('.').pop() ?? op.table;
  const name = op.columns.length === 1 ? `${relation}_${op.columns[0]}_check` : `${relation}_check`;
  return facts.constraintKind(op.table, name) === undefined ? name : null;
}
