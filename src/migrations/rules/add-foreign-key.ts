import { columnsOldWritesSet, leftNullByOldWrites, onlyNewColumns } from './add-unique-constraint.js';
import type { ForeignKeyAction, ForeignKeyActions } from '../model.js';
import { defineMigrationRule, statementSpan } from './types.js';

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((c) => b.includes(c));
const rejects = (a: ForeignKeyAction): boolean => a === 'no action' || a === 'restrict';

/**
 * The previous release's deletes and key updates on the referenced table still succeed: no action
 * turned from CASCADE / SET NULL / SET DEFAULT into NO ACTION / RESTRICT (umami's CASCADE →
 * RESTRICT fails them; documenso's CASCADE → SET NULL does not). Unknown on one side: not known.
 */
function noStricter(was: ForeignKeyActions | undefined, now: ForeignKeyActions | undefined): boolean {
  if (!was || !now) return was === now;
  return !(rejects(now.onDelete) && !rejects(was.onDelete)) && !(rejects(now.onUpdate) && !rejects(was.onUpdate));
}

export default defineMigrationRule(
  {
    id: 'add-foreign-key',
    defaultSeverity: 'warning',
    summary: 'A FOREIGN KEY is added to an existing table, NOT VALID included (it still rejects new writes).',
  },
  {
    operationKinds: ['add-constraint'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'add-constraint' || op.constraint !== 'foreign-key') return [];
      if (facts.isNewTable(op.table) || onlyNewColumns(facts, op.table, op.columns)) return [];
      // A column old writes leave NULL: a foreign key (MATCH SIMPLE) checks no row with a NULL in it.
      if (op.columns.some((c) => leftNullByOldWrites(facts, op.table, c))) return [];
      // The same key base had (dropped and added again with an ON DELETE that rejects no more, or
      // widened by new columns with a default): the previous release's writes already satisfied it.
      const decided = columnsOldWritesSet(facts, op.table, op.columns);
      const same = facts
        .baseForeignKeys(op.table)
        .some((k) => sameSet(k.columns, decided) && (op.references === undefined || k.references === undefined || k.references === op.references) && noStricter(k.actions, op.actions));
      if (decided.length > 0 && same) return [];
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
