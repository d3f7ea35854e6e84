import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-table',
    defaultSeverity: 'error',
    summary: 'A table that the previous release uses is dropped.',
  },
  {
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-table' || facts.isNewTable(op.table)) return [];
      // `DROP TABLE IF EXISTS x; CREATE TABLE x …` of a table base's migrations never mention: a
      // script that can run twice, creating a table that is new (killbill's history tables).
      if (/\bDROP\s+TABLE\s+IF\s+EXISTS\b/i.test(stmt.text) && facts.isRecreatedLater('table', op.table) && !facts.mayExistInBase(op.table)) return [];
      // Created after the newest release (shipped means released): the previous release never had it.
      if (facts.inNoRelease('table', op.table) !== null) return [];
      return [
        {
          ...statementSpan(stmt, op),
          message: `Dropping table ${op.table} breaks the previous release, which still reads it, and loses its data for good.`,
          object: op.table,
          tables: [op.table],
          code: { kind: 'table', table: op.table, removes: true },
        },
      ];
    },
  },
);
