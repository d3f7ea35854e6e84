import { defineMigrationRule } from './types.js';

/** Words that make an unreadable statement dangerous enough to fail the check. */
const DANGEROUS = /\b(DROP|TRUNCATE|DELETE|UPDATE|RENAME)\b|\bALTER\b[\s\S]*\bTYPE\b/i;

export default defineMigrationRule(
  {
    id: 'unparsed-statement',
    defaultSeverity: 'warning',
    summary: 'A statement the parser could not analyse (an error when it mentions DROP, TRUNCATE, DELETE, UPDATE, RENAME or ALTER … TYPE).',
  },
  {
    statement(stmt) {
      if (stmt.status !== 'unparsed') return [];
      const severity = unparsedSeverity(stmt.opaqueText === undefined ? stmt.text : `${stmt.text}\n${stmt.opaqueText}`);
      return [
        {
          line: stmt.line,
          endLine: stmt.endLine,
          column: stmt.column,
          severity,
          message: `This statement could not be analysed (${stmt.error ?? 'no parser for it'}), so the gate cannot prove it is rollback-safe; review it by hand and suppress with a reason.`,
          object: null,
        },
      ];
    },
  },
);

export function unparsedSeverity(text: string): 'error' | 'warning' {
  return DANGEROUS.test(stripComments(text)) ? 'error' : 'warning';
}

function stripComments(text: string): string {
  return text.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}
