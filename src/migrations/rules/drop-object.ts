import type { ObjectKind } from '../model.js';
import { defineMigrationRule, statementSpan } from './types.js';

/** Objects application code calls or reads; schemas, roles, policies and indexes have their own rules. */
const KINDS = new Set<ObjectKind>(['view', 'materialized view', 'function', 'procedure', 'trigger', 'sequence', 'type', 'domain']);

export default defineMigrationRule(
  {
    id: 'drop-object',
    defaultSeverity: 'error',
    summary: 'A view, function, procedure, trigger, sequence, type or domain that the previous release may use is dropped.',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-object' || !KINDS.has(op.objectKind)) return [];
      // Dropped and created again by the same migration: a replacement, not a removal.
      if (facts.isRecreatedLater(op.objectKind, op.name)) return [];
      if (facts.isNewObject(op.objectKind, op.name) || ((op.objectKind === 'type' || op.objectKind === 'domain') && facts.isNewType(op.name))) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${op.objectKind} ${object} breaks the previous release, which may still use it.`,
          object,
          tables: op.table ? [op.table] : [],
        },
      ];
    },
  },
);
