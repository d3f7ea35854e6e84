import type { ObjectKind, OperationOf, RoutineSignature, Statement } from '../model.js';
import { acceptsCallsOf } from '../idioms.js';
import { defineMigrationRule, statementSpan, type MigrationFacts, type RuleHit } from './types.js';

/** Objects application code calls or reads; schemas, roles, policies and indexes have their own rules. */
const KINDS = new Set<ObjectKind>(['view', 'materialized view', 'function', 'procedure', 'trigger', 'sequence', 'type', 'domain']);

/** Objects the database itself may use without code naming them (code-references: evidence only). */
const UNNAMED_USES = new Set<ObjectKind>(['function', 'procedure', 'sequence']);

export default defineMigrationRule(
  {
    id: 'drop-object',
    defaultSeverity: 'error',
    summary: 'A view, function, procedure, trigger, sequence, type or domain that the previous release may use is dropped.',
  },
  {
    operationKinds: ['drop-object'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-object' || !KINDS.has(op.objectKind)) return [];
      if (facts.isNewObject(op.objectKind, op.name) || ((op.objectKind === 'type' || op.objectKind === 'domain') && facts.isNewType(op.name))) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      const routine = op.objectKind === 'function' || op.objectKind === 'procedure';
      if (routine) {
        // Dropped and created again: a replacement only if the calls the previous release makes still resolve.
        const replacements = facts.routinesCreatedLater(op.objectKind as 'function' | 'procedure', op.name);
        if (replacements.length > 0) {
          if (!op.signature || replacements.some((s) => s === undefined || acceptsCallsOf(s, op.signature as RoutineSignature))) return [];
          return [signatureChange(op, stmt, object, replacements as RoutineSignature[])];
        }
      } else if (facts.isRecreatedLater(op.objectKind, op.name)) {
        // Dropped and created again: a replacement, not a removal, unless the new trigger does less (triggers.ts).
        const narrowed = op.objectKind === 'trigger' ? facts.triggerNarrowedLater(op.name, op.table || undefined) : null;
        if (narrowed === null) return [];
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping trigger ${object} and creating it again as ${narrowed}; the previous release still relies on what the old trigger did.`,
            object,
            tables: op.table ? [op.table] : [],
          },
        ];
      }
      // A trigger (or trigger function) that only sets a column this PR drops is part of that
      // column's contract step: the previous release meets its loss only through the column.
      const sets = op.objectKind === 'trigger' || op.objectKind === 'function' ? contractedColumn(facts, op.objectKind, op.name, op.table || undefined) : null;
      if (sets) {
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping ${op.objectKind} ${object}, which only sets ${sets.table}.${sets.column} on the rows it fires for, a column this PR drops: it breaks the previous release if that release still uses ${sets.column}.`,
            object,
            tables: [sets.table],
            code: { kind: 'column' as const, table: sets.table, column: sets.column, removes: true },
          },
        ];
      }
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${op.objectKind} ${object} breaks the previous release, which may still use it.`,
          object,
          tables: op.table ? [op.table] : [],
          // Code reads views and casts to types by name. A function may also be called from another
          // function's body (no dependency the database tracks), a sequence may feed a column's
          // default: for those the search is evidence only. A trigger is never called by name.
          // A serial column's own sequence (`<table>_<column>_seq`) whose default the PR already
          // dropped feeds nothing in the database any more: only code names it (a notice when none does).
          // A function whose only callers in the history's SQL are routines this PR drops (crates.io
          // aac10ea0e2's semver_ord, called by the dropped set_semver_ord): only code calls it.
          ...(op.objectKind === 'trigger'
            ? {}
            : op.objectKind === 'sequence' && feedsNoDefault(facts, op.name)
              ? { code: { kind: 'object' as const, objectKind: op.objectKind, name: op.name, removes: true, nameOnly: true } }
              : { code: { kind: 'object' as const, objectKind: op.objectKind, name: op.name, removes: !UNNAMED_USES.has(op.objectKind) || (routine && facts.callersDroppedByPR(op.name)) } }),
        },
      ];
    },
  },
);

function signatureChange(op: OperationOf<'drop-object'>, stmt: Statement, object: string, replacements: RoutineSignature[]): RuleHit {
  const show = (s: RoutineSignature): string => `${op.name}(${s.types.join(', ')})`;
  return {
    ...statementSpan(stmt, op),
    message: `Dropping ${op.objectKind} ${show(op.signature as RoutineSignature)} breaks the previous release, which may still call it: the PR creates ${replacements.map(show).join(', ')} instead, which calls with the old arguments do not reach.`,
    object,
    tables: [],
  };
}

/**
 * Whether sequence `name` is the implicit sequence of a serial column, `<table>_<column>_seq`
 * (Postgres's naming), of a column that had a default in base and has none now (or is gone): the
 * PR dropped the default it fed (dolphinscheduler 25e841a228: `ALTER COLUMN id DROP DEFAULT`, then
 * `DROP SEQUENCE t_ds_error_command_id_seq`). A column the history does not know keeps the error.
 */
function feedsNoDefault(facts: MigrationFacts, name: string): boolean {
  const bare = name.slice(name.lastIndexOf('.') + 1);
  if (!bare.endsWith('_seq')) return false;
  const stem = bare.slice(0, -'_seq'.length);
  for (let i = stem.indexOf('_'); i > 0; i = stem.indexOf('_', i + 1)) {
    const table = stem.slice(0, i);
    const column = stem.slice(i + 1);
    if (!facts.baseColumn(table, column)?.hasDefault) continue;
    const now = facts.column(table, column);
    return !now || !now.hasDefault;
  }
  return false;
}

/**
 * The one column that base's trigger (or trigger function) `name` does nothing but set on the rows
 * it fires for (`NEW.c := …; RETURN NEW`, triggers.ts baseRowSettings), when this PR also drops
 * that column (crates.io aac10ea0e2: `trigger_set_semver_ord` and `set_semver_ord()` kept
 * `versions.semver_ord`, which the same migration drops); null otherwise, or when it sets several.
 */
function contractedColumn(facts: MigrationFacts, kind: 'trigger' | 'function', name: string, table: string | undefined): { table: string; column: string } | null {
  const settings = facts.rowSettings(kind, name, table);
  if (!settings || settings.length !== 1) return null;
  const { table: on, column } = settings[0]!;
  const bare = on.slice(on.lastIndexOf('.') + 1);
  return facts.droppedByPR(on, column) || facts.droppedByPR(bare, column) ? { table: on, column } : null;
}
