import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'set-not-null',
    defaultSeverity: 'error',
    summary: 'An existing column becomes NOT NULL while the previous release may still write NULL.',
  },
  {
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
      return [
        {
          ...statementSpan(stmt, op),
          message: `Making ${object} NOT NULL breaks the previous release, whose inserts and updates may still leave it NULL.`,
          object,
          tables: [op.table],
          code: { kind: 'column', table: op.table, column: op.column, removes: false, writes: true },
        },
      ];
    },
  },
);
