import type { Dialect } from '../../config/types.js';
import type { IndexInfo } from '../catalog.js';
import type { Statement } from '../model.js';
import { defineMigrationRule, statementSpan, type LaterIndex, type MigrationFacts } from './types.js';

/** Postgres' generated index and constraint names (`users_email_key`, `orders_pkey`, `t_c_idx`…). */
const IMPLICIT_NAME = /_(?:idx|key|pkey|fkey|excl|check)\d*$/i;

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((c) => b.includes(c));

/**
 * What is left of a dropped index once the PR is done: `kept` when the table keeps an equivalent
 * (another unique key on the same columns, the primary key included; the index created again; a
 * plain index the history knows replaced in the same migration by one on the same leading column),
 * `deferrable` when a unique one comes back DEFERRABLE
 * (no `ON CONFLICT` can use it), else `gone`.
 */
function whatRemains(facts: MigrationFacts, table: string, name: string, dropped: IndexInfo | undefined, byConstraint: boolean, stmt: Statement): 'kept' | 'deferrable' | 'gone' {
  const unique = dropped?.unique === true;
  // A partial or expression index: its plain columns do not say what it kept (or what ON CONFLICT targets).
  const columns = dropped?.inexact ? undefined : dropped?.columns;
  // Another key on the same columns keeps a dropped unique index's guarantees: a named one, or the
  // primary key (a column's own UNIQUE may be the index dropped). Not a constraint's: `ON CONFLICT
  // ON CONSTRAINT` names it.
  const other = (k: { name: string | null; primaryKey?: boolean }): boolean => (k.name !== null ? k.name !== name : k.primaryKey === true);
  if (!byConstraint && unique && columns && columns.length > 0 && facts.uniqueKeys(table, 'now').some((k) => other(k) && sameSet(k.columns, columns))) return 'kept';
  const later = facts.indexesCreatedLater(table);
  const again = later.filter((l) => l.name === name);
  if (unique) {
    // Created again under its name: unique on the same rows (a partial one keeps fewer), the same
    // columns when both are known (one with expressions is taken as its new form).
    const back = again.find((l) => l.unique && (!l.partial || dropped?.inexact === true) && (l.expressions || !columns || columns.length === 0 || l.columns.length === 0 || sameSet(l.columns, columns)));
    if (back) return back.deferrable ? 'deferrable' : 'kept';
    // `ON CONFLICT (columns)` finds any unique index on them; `ON CONSTRAINT name` needs the name.
    const exact = (l: LaterIndex): boolean => l.unique && !l.deferrable && !l.partial && !l.expressions && l.columns.length > 0;
    if (!byConstraint && columns && later.some((l) => exact(l) && sameSet(l.columns, columns))) return 'kept';
    return 'gone';
  }
  if (again.length > 0) return 'kept';
  // An index the history does not know (or whose columns it does not) may be a unique one: reported.
  const lead = columns?.[0];
  if (lead === undefined) return 'gone';
  if (later.some((l) => l.sameFile && l.columns[0] === lead)) return 'kept';
  // Replaced by an index on the same leading column that the PR created before this drop, or that
  // this statement creates (an ALTER's other action; a called procedure's statements, which the
  // look-ahead does not see: dolphinscheduler's `DROP INDEX a, ADD INDEX b (…)` in a procedure).
  if (facts.indexesOf(table).some(([n, ix]) => n !== name && facts.isNewIndex(n) && !ix.inexact && ix.columns?.[0] === lead)) return 'kept';
  return stmt.ops.some((op) => op.kind === 'create-index' && op.table === table && op.name !== name && !op.partial && !op.expressions && op.columns[0] === lead) ? 'kept' : 'gone';
}

/**
 * The dropped key's only column when the database fills it from a sequence (serial, identity,
 * AUTO_INCREMENT) and it still has that default: the previous release's inserts leave it out and
 * get distinct values, so no duplicate comes in through them. Null otherwise.
 */
function sequenceKey(facts: MigrationFacts, table: string, columns: string[] | undefined): string | null {
  if (columns?.length !== 1) return null;
  const col = facts.column(table, columns[0]!);
  return col?.sequenceFilled === true && col.hasDefault ? col.name : null;
}

/** The warning for a unique key over a sequence-filled column: what still breaks, if anything does. */
function sequenceKeyMessage(what: string, column: string, dialect: Dialect): string {
  const upsert = dialect === 'mysql' || dialect === 'mariadb' ? `ON DUPLICATE KEY UPDATE on ${column}` : `ON CONFLICT (${column})`;
  return `Dropping ${what}: ${column} is filled by a sequence, so the previous release's inserts stay unique without it. Only its writes that set ${column} themselves or upsert on it (${upsert}) would notice; its lookups by ${column} lose the index.`;
}

export default defineMigrationRule(
  {
    id: 'drop-index',
    defaultSeverity: 'warning',
    summary: 'An index is dropped (an error for a unique one: the previous release relies on it for upserts and uniqueness).',
  },
  {
    operationKinds: ['drop-index', 'drop-constraint'],
    operation(op, stmt, { facts }) {
      if (op.kind === 'drop-index') {
        if (facts.isNewIndex(op.name)) return [];
        const known = facts.index(op.name);
        // `IF EXISTS` of an index the history already dropped: a no-op on every database that ran it
        // (a squashed baseline re-running old migrations idempotently: kestra's V1_1__initial).
        if (op.ifExists && !known && facts.droppedIndex(op.name)) return [];
        // `IF EXISTS` of a name this history never wrote: a no-op on every database that ran it
        // (dolphinscheduler's Postgres script dropping the MySQL scripts' index names). Not an
        // implicit name (`t_c_idx`, `t_c_key`…), which a history creates without writing it.
        if (op.ifExists && !known && !IMPLICIT_NAME.test(op.name) && !facts.mentionedInBase(op.name)) return [];
        const unique = known?.unique === true;
        const table = op.table ?? known?.table ?? null;
        // MySQL's unique keys are constraints and indexes: one added in this PR is dropped by its index name.
        if (table !== null && facts.isNewConstraint(table, op.name)) return [];
        const remains = table === null ? (facts.isRecreatedLater('index', op.name) ? 'kept' : 'gone') : whatRemains(facts, table, op.name, known, false, stmt);
        if (remains === 'kept') return [];
        // Created after the newest release, or on a table that was (shipped means released): the
        // previous release never had it. A notice, not silence: the verdict rests on the tags being current.
        const unreleased = facts.inNoRelease('index', op.name) ?? (table !== null ? facts.inNoRelease('table', table) : null);
        if (unreleased !== null) {
          return [
            {
              ...statementSpan(stmt, op),
              severity: 'notice',
              message: `Dropping index ${op.name}, which no release has (${unreleased}): the previous release never used it. If you deploy without tagging releases, it may be live.`,
              object: op.name,
              ...(table !== null ? { tables: [table] } : {}),
            },
          ];
        }
        const bySequence = unique && remains === 'gone' && table !== null && !known?.inexact ? sequenceKey(facts, table, known?.columns) : null;
        return [
          {
            ...statementSpan(stmt, op),
            severity: unique && bySequence === null ? 'error' : 'warning',
            message:
              remains === 'deferrable' ? deferrableMessage(`unique index ${op.name}`)
              : bySequence !== null ? sequenceKeyMessage(`unique index ${op.name}`, bySequence, stmt.dialect)
              : unique ? `Dropping unique index ${op.name} breaks the previous release: ${upsertsBreak(stmt.dialect)}, and duplicates it never expected get in.`
              : `Dropping index ${op.name} can make the previous release's queries slow enough to time out.`,
            object: op.name,
            tables: table ? [table] : [],
            // Named by upserts (`ON CONFLICT ON CONSTRAINT`) and index hints; `ON CONFLICT (cols)` needs no name: evidence only.
            // Re-created DEFERRABLE: only upserts break, so code without one clears it (a warning).
            code: { kind: 'object', objectKind: 'index', name: op.name, removes: remains === 'deferrable', ...(remains === 'deferrable' ? { upserts: true } : {}) },
          },
        ];
      }
      if (op.kind === 'drop-constraint') {
        if (facts.isNewConstraint(op.table, op.name)) return [];
        const index = facts.index(op.name);
        // A key declared by a `CREATE TABLE IF NOT EXISTS` (kept on the table, not as a constraint
        // of the history: on an existing table it adds none) is known by its name there.
        const keys = facts.uniqueKeys(op.table, 'now');
        const declared = keys.find((k) => k.name === op.name);
        const kind = op.constraint ?? facts.constraintKind(op.table, op.name) ?? (index?.unique ? 'unique' : declared ? (declared.primaryKey ? 'primary-key' : 'unique') : undefined);
        if (kind !== 'unique' && kind !== 'primary-key') return [];
        // The key's columns: its index's, else the declared key of that name (or the table's unnamed primary key).
        const keyColumns =
          index?.table === op.table ? (index.inexact ? undefined : index.columns)
          : (declared ?? keys.find((k) => k.name === null && kind === 'primary-key' && k.primaryKey === true))?.columns;
        const remains = whatRemains(facts, op.table, op.name, { table: op.table, unique: true, ...(index?.table === op.table ? { columns: index.columns, inexact: index.inexact } : keyColumns ? { columns: keyColumns } : {}) }, true, stmt);
        if (remains === 'kept') return [];
        const what = `${kind === 'primary-key' ? 'primary key' : 'unique constraint'} ${op.table}.${op.name}`;
        const bySequence = remains === 'gone' ? sequenceKey(facts, op.table, keyColumns) : null;
        // A primary key over a column declared `PRIMARY KEY UNIQUE` (flipt's `key VARCHAR(255)
        // PRIMARY KEY UNIQUE`): the column's own UNIQUE constraint stays, so no duplicate gets in and
        // `ON CONFLICT (col)` still finds it; only statements naming the key break. The code search
        // for its name decides (nothing names it: a warning), as for a renamed constraint.
        const stillUnique = remains === 'gone' && bySequence === null && kind === 'primary-key' && keyColumns?.length === 1 ? facts.column(op.table, keyColumns[0]!) : undefined;
        const namedOnly = stillUnique?.unique === true && stillUnique.primaryKey === true ? stillUnique.name : null;
        return [
          {
            ...statementSpan(stmt, op),
            severity: bySequence === null ? 'error' : 'warning',
            message:
              remains === 'deferrable' ? deferrableMessage(what)
              : bySequence !== null ? sequenceKeyMessage(what, bySequence, stmt.dialect)
              : namedOnly !== null ? `Dropping ${what}: ${namedOnly} keeps its own UNIQUE constraint, so no duplicate gets in and upserts on ${namedOnly} still find a key; the previous release's statements that name ${op.name} (ON CONFLICT ON CONSTRAINT ${op.name}, index hints) fail.`
              : `Dropping ${what} breaks the previous release: ${upsertsBreak(stmt.dialect)}, and duplicates it never expected get in.`,
            object: `${op.table}.${op.name}`,
            tables: [op.table],
            code: { kind: 'object', objectKind: 'constraint', name: op.name, removes: remains === 'deferrable' || namedOnly !== null, ...(remains === 'deferrable' ? { upserts: true } : {}) },
          },
        ];
      }
      return [];
    },
  },
);

/** What the previous release's upserts do once their unique index is gone, in the file's dialect. */
function upsertsBreak(dialect: Dialect): string {
  if (dialect === 'mysql' || dialect === 'mariadb') return 'its upserts (ON DUPLICATE KEY UPDATE, REPLACE) insert new rows instead of updating';
  if (dialect === 'mssql') return 'its writes lose the uniqueness they relied on (a MERGE or IF NOT EXISTS upsert races into duplicates)';
  return 'its upserts (ON CONFLICT) fail';
}

function deferrableMessage(what: string): string {
  return `Re-creating ${what} as DEFERRABLE breaks the previous release's upserts: ON CONFLICT cannot use a deferrable constraint as its arbiter (duplicates are still rejected, at commit).`;
}
