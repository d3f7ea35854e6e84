/**
 * The shape of a Postgres `CREATE TRIGGER` (libpg-query's `CreateTrigStmt`), for triggers.ts; kept
 * apart from it so that the Postgres adapter can import it without importing the parsers back.
 */
import type { TriggerShape } from './model.js';

/** libpg-query's trigger type bits (`pg_trigger.tgtype`): timing and events. */
const BEFORE = 1 << 1;
const INSTEAD = 1 << 6;
const EVENTS: [number, string][] = [
  [1 << 2, 'INSERT'],
  [1 << 3, 'DELETE'],
  [1 << 4, 'UPDATE'],
  [1 << 5, 'TRUNCATE'],
];

type Node = Record<string, unknown>;

/** A canonical text of a parse tree node: its JSON without the `location` offsets. */
function canonical(node: unknown): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'location' ? undefined : value));
}

function strings(list: unknown): string[] {
  return ((list as Node[] | undefined) ?? []).map((n) => String((n.String as { sval?: string } | undefined)?.sval ?? canonical(n)));
}

/** The shape of a libpg-query `CreateTrigStmt` node. */
export function triggerShapeOf(node: Node, table: string): TriggerShape {
  const timing = Number(node.timing ?? 0);
  const events = Number(node.events ?? 0);
  return {
    table,
    timing: timing & INSTEAD ? 'INSTEAD OF' : timing & BEFORE ? 'BEFORE' : 'AFTER',
    events: EVENTS.filter(([bit]) => events & bit).map(([, name]) => name),
    columns: strings(node.columns).map((c) => c.toLowerCase()).sort(),
    row: node.row === true,
    when: node.whenClause === undefined ? null : canonical(node.whenClause),
    call: `${strings(node.funcname).join('.').toLowerCase()}(${strings(node.args).join(', ')})`,
    ...(node.isconstraint === true ? { constraint: true } : {}),
  };
}

