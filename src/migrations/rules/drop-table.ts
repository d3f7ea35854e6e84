import { defineMigrationRule, statementSpan } from './types.js';

export default defineMigrationRule(
  {
    id: 'drop-table',
    defaultSeverity: 'error',
    summary: 'A table that the previous release uses is dropped.',
  },
  {
    operationKinds: ['drop-table'],
    operation(op, stmt, { facts }) {
      if (op.kind !== 'drop-table' || facts.isNewTable(op.table)) return [];
      // `DROP TABLE IF EXISTS x; CREATE TABLE x …` of a table base's migrations never mention: a
      // script that can run twice, creating a table that is new (killbill's history tables).
      if (/\bDROP\s+TABLE\s+IF\s+EXISTS\b/i.test(stmt.text) && facts.isRecreatedLater('table', op.table) && !facts.mayExistInBase(op.table)) return [];
      // Created after the newest release (shipped means released): the previous release never had
      // it. A notice, not silence: the verdict rests on the release tags being current.
      const unreleased = facts.inNoRelease('table', op.table);
      if (unreleased !== null) {
        return [
          {
            ...statementSpan(stmt, op),
            severity: 'notice',
            message: `Dropping table ${op.table}, which no release has (${unreleased}): the previous release never read it. If you deploy without tagging releases, it may be live: then this drop breaks the running release and loses its data.`,
            object: op.table,
            tables: [op.table],
          },
        ];
      }
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
