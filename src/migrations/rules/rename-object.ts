import type { ObjectKind } from '../model.js';
import { defineMigrationRule, statementSpan } from './types.js';

const KINDS = new Set<ObjectKind>(['view', 'materialized view', 'function', 'procedure', 'type', 'domain', 'sequence', 'schema', 'constraint']);

export default defineMigrationRule(
  {
    id: 'rename-object',
    defaultSeverity: 'error',
    summary: 'A view, function, type, sequence, schema or constraint that the previous release may use is renamed.',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'rename-object' || !KINDS.has(op.objectKind)) return [];
      if (op.objectKind === 'constraint' ? facts.isNewConstraint(op.table ?? '', op.name) : facts.isNewObject(op.objectKind, op.name)) return [];
      if ((op.objectKind === 'type' || op.objectKind === 'domain') && facts.isNewType(op.name)) return [];
      // Renamed out of the way of a replacement the PR creates under the same name (the enum swap,
      // a rebuilt table's constraint): the previous release finds an object of that name again.
      if (facts.isRecreatedLater(op.objectKind, op.objectKind === 'constraint' ? `${op.table ?? ''}.${op.name}` : op.name)) return [];
      const object = op.table ? `${op.table}.${op.name}` : op.name;
      const why =
        op.objectKind === 'constraint'
          ? 'which names it (ON CONFLICT ON CONSTRAINT, error handling by constraint name)'
          : 'which still refers to it by its old name';
      return [
        {
          ...statementSpan(stmt, op),
          message: `Renaming ${op.objectKind} ${object} to ${op.newName} breaks the previous release, ${why}.`,
          object,
          tables: op.table ? [op.table] : [],
        },
      ];
    },
  },
);
