import type { Operation, Statement } from '../model.js';
import { defineMigrationRule, statementSpan, type MigrationFacts, type RuleHit } from './types.js';

export default defineMigrationRule(
  {
    id: 'add-required-column',
    defaultSeverity: 'error',
    summary: 'A NOT NULL column without a default is added to an existing table.',
  },
  {
    operationKinds: ['add-column', 'set-not-null', 'drop-default'],
    operation(op, stmt, { facts }) {
      if (op.kind === 'add-column') {
        if (facts.isNewTable(op.table) || !op.column.notNull || op.column.hasDefault) return [];
        // `ADD COLUMN IF NOT EXISTS` of a column base has (and the PR did not drop): nothing is added. A
        // column known only from the PR's own `CREATE TABLE IF NOT EXISTS` proves nothing: the table
        // may be an older one without it.
        // Unless the previous release's own schema file creates the table without it (a fresh install
        // of that release lacks it, base's dump already has it): there it is added (releaseLacksColumn).
        const lacking = op.ifNotExists && facts.column(op.table, op.column.name) && facts.existedInBase(op.table, op.column.name) ? facts.releaseLacksColumn(op.table, op.column.name) : undefined;
        if (lacking === null) return [];
        const hit = required(op.table, op.column.name, stmt, op, (o) => `Adding ${o} as NOT NULL without a default`);
        return [lacking ? { ...hit, message: `${hit.message} Base's history has the column, but ${lacking}: the databases it installs get the column added.` } : hit];
      }
      if (op.kind === 'set-not-null' || op.kind === 'drop-default') return madeRequired(op, stmt, facts);
      return [];
    },
  },
);

/**
 * A column added earlier in this PR to an existing table, made required later in the PR (`ADD
 * COLUMN c`, backfill, `SET NOT NULL`; or `ADD COLUMN c … NOT NULL DEFAULT 0`, `DROP DEFAULT`):
 * the previous release's inserts omit it just the same. An existing column is `set-not-null`'s
 * and `drop-default`'s business.
 */
function madeRequired(
  op: Extract<Operation, { kind: 'set-not-null' | 'drop-default' }>,
  stmt: Statement,
  facts: MigrationFacts,
): RuleHit[] {
  // A column of that name existed in base (renamed away, then added again): the previous release writes it.
  if (facts.isNewTable(op.table) || !facts.isNewColumn(op.table, op.column) || facts.existedInBase(op.table, op.column)) return [];
  const column = facts.column(op.table, op.column);
  if (!column || facts.isRelaxedLater(op.table, op.column)) return [];
  if (op.kind === 'set-not-null' ? column.hasDefault || column.notNull : !column.hasDefault || !column.notNull) return [];
  const lead = (o: string): string =>
    op.kind === 'set-not-null' ? `Making ${o}, added in this PR, NOT NULL without a default` : `Dropping the default of ${o}, added in this PR as NOT NULL,`;
  return [required(op.table, op.column, stmt, op, lead)];
}

function required(table: string, name: string, stmt: Statement, op: Operation, lead: (object: string) => string): RuleHit {
  const object = `${table}.${name}`;
  return {
    ...statementSpan(stmt, op),
    message: `${lead(object)} breaks the previous release, whose inserts into ${table} do not set it.`,
    object,
    tables: [table],
    code: { kind: 'column', table, column: name, removes: false, writes: true },
  };
}
