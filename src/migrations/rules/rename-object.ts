import type { ObjectKind } from '../model.js';
import { defineMigrationRule, statementSpan } from './types.js';

const KINDS = new Set<ObjectKind>(['view', 'materialized view', 'function', 'procedure', 'type', 'domain', 'sequence', 'schema', 'constraint']);

/**
 * Renamed objects the database keeps reaching without their name (code-references: evidence only).
 * Views, types, domains and sequences are bound by OID where the database uses them (a view's
 * query, a column's type, a `nextval('…'::regclass)` default follow the rename), and a constraint
 * is named only by code (`ON CONFLICT ON CONSTRAINT`, error handling): for those, code is the only
 * user by name, and no use in the previous release's code makes the rename safe. A function's body
 * calls another function by name (which the database does not track), and a schema is named by
 * `search_path` settings outside the code.
 */
const NAMED_ELSEWHERE = new Set<ObjectKind>(['function', 'procedure', 'schema']);

/**
 * Renamed objects that keep working under the new name for everything but code that names them:
 * a sequence (column defaults hold its OID), a constraint (the database enforces it by OID). No
 * use in the previous release's code: a notice (docs/code-references.md). Views, types and domains
 * stay warnings (a function body names them as text).
 */
const BY_OID = new Set<ObjectKind>(['sequence', 'constraint']);

export default defineMigrationRule(
  {
    id: 'rename-object',
    defaultSeverity: 'error',
    summary: 'A view, function, type, sequence, schema or constraint that the previous release may use is renamed.',
  },
  {
    operationKinds: ['rename-object'],
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
          code: { kind: 'object', objectKind: op.objectKind, name: op.name, removes: !NAMED_ELSEWHERE.has(op.objectKind), ...(BY_OID.has(op.objectKind) ? { nameOnly: true } : {}) },
        },
      ];
    },
  },
);
