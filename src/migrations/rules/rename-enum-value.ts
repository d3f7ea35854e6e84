import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'rename-enum-value',
    defaultSeverity: 'error',
    summary: 'An enum value that the previous release writes or reads is renamed or removed.',
  },
  {
    operationKinds: ['rename-enum-value', 'enum-column-change'],
    operation(op, stmt, { facts }) {
      if (op.kind === 'rename-enum-value') {
        if (facts.isNewType(op.type)) return [];
        const object = `${op.type}.${op.oldValue}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `Renaming value '${op.oldValue}' of enum ${op.type} to '${op.newValue}' breaks the previous release, which still writes and compares '${op.oldValue}'.`,
            object,
            tables: [],
            code: { kind: 'value', values: [op.oldValue], removes: false },
          },
        ];
      }
      if (op.kind === 'enum-column-change' && op.removed.length > 0) {
        if (facts.isNewColumn(op.table, op.column)) return [];
        // Values an earlier statement of the PR added (base's column lacks them) no old row holds and
        // the previous release never writes: kestra's squashed baseline re-adds then drops old values.
        const inBase = facts.baseColumn(op.table, op.column)?.enumValues;
        const removed = inBase ? op.removed.filter((v) => inBase.includes(v)) : op.removed;
        if (removed.length === 0) return [];
        const object = `${op.table}.${op.column}`;
        return [
          {
            ...statementSpan(stmt, op),
            message: `Redefining ENUM column ${object} without ${removed.map((v) => `'${v}'`).join(', ')} breaks the previous release, which still writes those values (and existing rows hold them).`,
            object,
            tables: [op.table],
            columns: [{ table: op.table, column: op.column }],
            code: { kind: 'value', values: removed, removes: false },
          },
        ];
      }
      return [];
    },
  },
);
