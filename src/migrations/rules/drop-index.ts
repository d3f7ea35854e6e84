import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-index',
    defaultSeverity: 'warning',
    summary: 'An index is dropped (an error for a unique one: the previous release relies on it for upserts and uniqueness).',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind === 'drop-index') {
        if (facts.isNewIndex(op.name) || facts.isRecreatedLater('index', op.name)) return [];
        const known = facts.index(op.name);
        const unique = known?.unique === true;
        const table = op.table ?? known?.table ?? null;
        // MySQL's unique keys are constraints and indexes: one added in this PR is dropped by its index name.
        if (table !== null && facts.isNewConstraint(table, op.name)) return [];
        return [
          {
            ...statementSpan(stmt, op),
            severity: unique ? 'error' : 'warning',
            message: unique
              ? `Dropping unique index ${op.name} breaks the previous release: its upserts (ON CONFLICT) fail and duplicates it never expected get in.`
              : `Dropping index ${op.name} can make the previous release's queries slow enough to time out.`,
            object: op.name,
            tables: table ? [table] : [],
          },
        ];
      }
      if (op.kind === 'drop-constraint') {
        if (facts.isNewConstraint(op.table, op.name)) return [];
        const kind = op.constraint ?? facts.constraintKind(op.table, op.name) ?? (facts.index(op.name)?.unique ? 'unique' : undefined);
        if (kind !== 'unique' && kind !== 'primary-key') return [];
        return [
          {
            ...statementSpan(stmt, op),
            severity: 'error',
            message: `Dropping ${kind === 'primary-key' ? 'primary key' : 'unique constraint'} ${op.table}.${op.name} breaks the previous release: its upserts (ON CONFLICT) fail and duplicates it never expected get in.`,
            object: `${op.table}.${op.name}`,
            tables: [op.table],
          },
        ];
      }
      return [];
    },
  },
);
