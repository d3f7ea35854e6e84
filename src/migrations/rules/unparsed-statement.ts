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
  const code = withoutComments(runs, dialect);
  return dangerous(code) || dangerous(withoutInvisible(code)) ? 'error' : 'warning';
}

/**
 * Invisible format characters (Unicode Cf: zero-width space and joiners, word joiner, soft hyphen,
 * BOM) are also removed for a second word test (the text as it is is tested first: a word joiner
 * between two words is a boundary there): `DR\u200BOP COLUMN` shows as DROP in the PR's diff and
 * in an editor, so a reviewer reads a drop where the parsers read an unknown word (session 13
 * audit: it was only a warning, exit 0). A database rejects such a statement; the gate still does
 * not let what reads as a drop through as a warning. '' when the text holds none (tested already).
 */
function withoutInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : '';
}

const INVISIBLE = /\p{Cf}/u;
const INVISIBLE_ALL = /\p{Cf}/gu;
