import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-schema',
    defaultSeverity: 'error',
    summary: 'A schema or database that the previous release uses is dropped.',
  },
  {
    operationKinds: ['drop-schema'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-schema' || facts.isNewObject('schema', op.name)) return [];
      const what = op.database ? 'database' : 'schema';
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping ${what} ${op.name} breaks the previous release, which still uses every table in it, and loses their data for good.`,
          object: op.name,
          tables: [],
          schemas: [op.name],
        },
      ];
    },
  },
);
