import type { Dialect } from '../../config/types.js';
import type { Statement } from '../model.js';
import { withoutComments } from '../parse/mask.js';
import { leadingDashLines } from '../script-runner.js';
import { defineMigrationRule } from './types.js';

/** Words that make an unreadable statement dangerous enough to fail the check. */
const DANGEROUS = /\b(DROP|TRUNCATE|DELETE|UPDATE|RENAME|sp_rename)\b/i;
/**
 * `ALTER … TYPE`: found as two searches (the first ALTER, then a TYPE after it), not as one
 * `ALTER[\s\S]*TYPE` pattern, which backtracks from every ALTER to the end of the text: quadratic
 * on a statement that an unterminated quote made megabytes long.
 */
const ALTER = /\bALTER\b/i;
const TYPE = /\bTYPE\b/gi;

function dangerous(text: string): boolean {
  if (DANGEROUS.test(text)) return true;
  const alter = ALTER.exec(text);
  if (alter === null) return false;
  TYPE.lastIndex = alter.index + alter[0].length;
  return TYPE.test(text);
}

export default defineMigrationRule(
  {
    id: 'unparsed-statement',
    defaultSeverity: 'warning',
    summary: 'A statement the parser could not analyse (an error when it mentions DROP, TRUNCATE, DELETE, UPDATE, RENAME, sp_rename or ALTER … TYPE).',
  },
  {
    statement(stmt) {
      if (stmt.status !== 'unparsed' || runsNothing(stmt)) return [];
      const text = stmt.opaqueText === undefined ? stmt.text : `${stmt.text}\n${stmt.opaqueText}`;
      const severity = unparsedSeverity(text, stmt.dialect);
      return [
        {
          line: stmt.line,
          endLine: stmt.endLine,
          column: stmt.column,
          severity,
          message: `This statement could not be analysed (${stmt.error ?? 'no parser for it'}), so the gate cannot prove it is rollback-safe; review it by hand and suppress with a reason.`,
          object: null,
          // What it may touch is unknown: the scenarios whose tables it names are (docs/scenarios.md).
          text,
        },
      ];
    },
  },
);

/**
 * A MySQL statement of only `--x` lines (`--DROP PROCEDURE if EXISTS p;`): a comment to the script
 * runners that skip `--` lines (DolphinScheduler's), a syntax error to MySQL, which runs no
 * statement that starts with two minus signs. It runs nothing whoever reads it: nothing to review.
 */
function runsNothing(stmt: Statement): boolean {
  if ((stmt.dialect !== 'mysql' && stmt.dialect !== 'mariadb') || stmt.opaqueText !== undefined || stmt.ops.length > 0) return false;
  const dashes = leadingDashLines(stmt.text);
  return dashes > 0 && stmt.text.slice(dashes).trim() === '';
}

/** Judged by every word outside the comments the dialect's lexer closes (strings included). */
export function unparsedSeverity(text: string, dialect: Dialect): 'error' | 'warning' {
  // A MySQL statement's leading `--x` lines run nothing, whoever reads them (`script-runner.ts`).
  const runs = dialect === 'mysql' || dialect === 'mariadb' ? text.slice(leadingDashLines(text)) : text;
  return dangerous(withoutComments(runs, dialect)) ? 'error' : 'warning';
}
