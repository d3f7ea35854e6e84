import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'revoke-privilege',
    defaultSeverity: 'warning',
    summary: 'A privilege, role, user or row-level policy that the previous release may depend on is revoked or dropped.',
  },
  {
    operationKinds: ['revoke', 'drop-object'],
    operation(op, stmt, { facts }) {
      if (op.kind === 'revoke') {
        const object = op.on || op.from || 'privileges';
        return [
          {
            ...statementSpan(stmt, op),
            message: `Revoking ${op.privileges}${op.on ? ` on ${op.on}` : ''}${op.from ? ` from ${op.from}` : ''} can break the previous release if it runs as that role.`,
            object,
            tables: op.tables,
          },
        ];
      }
      if (op.kind === 'drop-object' && (op.objectKind === 'role' || op.objectKind === 'policy')) {
        if (facts.isNewObject(op.objectKind, op.name)) return [];
        const object = op.table ? `${op.table}.${op.name}` : op.name;
        const why =
          op.objectKind === 'role'
            ? 'can break the previous release if it connects or acts as that role'
            : 'changes which rows the previous release may see or write';
        return [
          {
            ...statementSpan(stmt, op),
            message: `Dropping ${op.objectKind} ${object} ${why}.`,
            object,
            tables: op.table ? [op.table] : [],
          },
        ];
      }
      return [];
    },
  },
);
