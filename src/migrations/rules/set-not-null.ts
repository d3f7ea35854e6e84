import type { Statement } from '../model.js';
import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'set-not-null',
    defaultSeverity: 'error',
    summary: 'An existing column becomes NOT NULL while the previous release may still write NULL.',
  },
  {
    operationKinds: ['set-not-null'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'set-not-null' || facts.isNewColumn(op.table, op.column)) return [];
      // NOT NULL in base, relaxed by an earlier statement of the PR and made NOT NULL again here: the
      // previous release never left it NULL. (Said again without a relaxing step it is still reported:
      // base's history may hold an unreleased edit of the same file.)
      if (facts.baseColumn(op.table, op.column)?.notNull && facts.wasRelaxedEarlier(op.table, op.column)) return [];
      // NOT NULL since base (its CREATE TABLE, an older migration) and not relaxed since: a no-op
      // (dolphinscheduler rewrites an invalid MySQL `MODIFY … NOT NULL` as Postgres `SET NOT NULL`).
      if (facts.notNullSinceBase(op.table, op.column) && facts.column(op.table, op.column)?.notNull) return [];
      const object = `${op.table}.${op.column}`;
      // A default (since base, or given by the PR before this statement): the previous release's
      // inserts that leave the column out get it and still succeed. Only a write that sets NULL
      // explicitly fails: a warning, not an error (the page says which writes those are).
      const defaulted = hasDefaultAfter(stmt, op.table, op.column, facts.column(op.table, op.column)?.hasDefault === true);
      return [
        {
          ...statementSpan(stmt, op),
          ...(defaulted ? { severity: 'warning' as const } : {}),
          message: defaulted
            ? `Making ${object} NOT NULL: the column has a default, so the previous release's inserts that leave it out still succeed; its writes that set it to NULL explicitly (an ORM that writes every column, \`SET ${op.column} = NULL\`) fail.`
            : `Making ${object} NOT NULL breaks the previous release, whose inserts and updates may still leave it NULL.`,
          object,
          tables: [op.table],
          code: { kind: 'column', table: op.table, column: op.column, removes: false, writes: true, inserts: true },
        },
      ];
    },
  },
);

/**
 * Whether the column has a default once this statement ran: the one it had (`before`), unless the
 * statement drops it or redefines the column (a MySQL `MODIFY`/`CHANGE` keeps only the default it
 * writes); a `SET DEFAULT` of the same statement gives one.
 */
function hasDefaultAfter(stmt: Statement, table: string, column: string, before: boolean): boolean {
  let has = before;
  for (const o of stmt.ops) {
    if (!('column' in o) || o.table !== table || o.column !== column) continue;
    if (o.kind === 'drop-default') has = false;
    else if (o.kind === 'set-default') has = true;
    else if (o.kind === 'redefine-column') has = o.def.hasDefault;
  }
  return has;
}
