import type { Dialect } from '../../config/types.js';
import type { DialectReading } from '../dialect-inference.js';
import type { Statement } from '../model.js';
import { forEachLexeme } from '../parse/lexer.js';
import { spaces, withoutComments } from '../parse/mask.js';
import { leadingDashLines } from '../script-runner.js';
import { splitStatements } from '../split.js';
import { defineMigrationRule, type RuleHit } from './types.js';

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
  return dangerousWords(withoutComments(runs, dialect)) ? 'error' : 'warning';
}

/** The word test of this rule: a dangerous word in `text` as it is, or with its invisible characters out. */
function dangerousWords(text: string): boolean {
  return dangerous(text) || dangerous(withoutInvisible(text));
}

/**
 * How much a dialect's lexer lets each character of `text` run: 2 code (a routine's `$$` body
 * too: the database runs it), 1 inside a string (which may still run: an EXECUTE, a PREPARE),
 * 0 inside a comment (and the markers of MySQL's `/*! … *\/`, whose body is code). What is left
 * open at the end is code, as the masker leaves it (`maskSqlDetailed`). One pass of its lexer.
 */
function runLevels(text: string, dialect: Dialect): Uint8Array {
  const out = new Uint8Array(text.length).fill(2);
  forEachLexeme(text, dialect, (lexeme) => {
    if (lexeme.unterminated) return;
    if (lexeme.kind === 'line-comment' || lexeme.kind === 'block-comment' || lexeme.kind === 'exec-open' || lexeme.kind === 'exec-close') out.fill(0, lexeme.start, lexeme.end);
    else if (lexeme.kind === 'quoted' && lexeme.quote === "'") out.fill(1, lexeme.bodyStart, lexeme.bodyEnd);
  });
  return out;
}

/**
 * A PR file read in the dialect its content shows (`reading`) while the base migrations beside it
 * are another one (`reading.neighbours`, plan.ts): the gate analyses it as `reading.dialect`, the
 * database the folder's history runs on reads it as the other. Where the other lexer runs text the
 * chosen one keeps in a string or a comment (`# it's` is a comment to MySQL and opens a string
 * for Postgres; `'a\'` ends a string for Postgres and escapes the quote for MySQL), a statement
 * of the other reading whose hidden part holds a dangerous word (this rule's word test) is a
 * finding on its line: the chosen reading never saw it (session 13 audit: exit 0 on a DROP).
 * Where both readings see the same code nothing is reported. Two masks and one split of the
 * file in the other dialect (its `sections`, the parts that run): linear in its size.
 */
export function hiddenByDialect(text: string, reading: DialectReading, sections: readonly { start: number; end: number }[]): RuleHit[] {
  const other = reading.neighbours;
  if (other === undefined || other.dialect === reading.dialect) return [];
  const chosen = runLevels(text, reading.dialect);
  const theirs = runLevels(text, other.dialect);
  let any = false;
  for (let i = 0; i < text.length && !any; i++) any = theirs[i] > chosen[i];
  if (!any) return [];
  // What the other reading runs more of than the chosen one, the rest blanked (line breaks kept).
  // Built run by run: as many parts as the readings change sides, never more than the text's length.
  const parts: string[] = [];
  for (let i = 0; i < text.length; ) {
    const more = theirs[i] > chosen[i];
    let j = i + 1;
    while (j < text.length && theirs[j] > chosen[j] === more) j++;
    parts.push(more ? text.slice(i, j) : spaces(text.slice(i, j)));
    i = j;
  }
  const hidden = parts.join('');
  const hits: RuleHit[] = [];
  const mysql = other.dialect === 'mysql' || other.dialect === 'mariadb';
  for (const section of sections) {
    for (const stmt of splitStatements(text, { dialect: other.dialect, from: section.start, to: section.end })) {
      // A MySQL statement's leading `--x` lines run nothing (as for unparsed statements above).
      const from = stmt.start + (mysql ? leadingDashLines(stmt.text) : 0);
      if (!dangerousWords(hidden.slice(from, stmt.end))) continue;
      const shown = stmt.text.replace(/\s+/g, ' ');
      hits.push({
        line: stmt.line,
        endLine: stmt.endLine,
        column: stmt.column,
        // The words are dangerous ones: the severity this rule gives them (`unparsedSeverity`).
        severity: 'error',
        message: `This file is read as ${reading.dialect} by ${reading.by}, but the migrations beside it are ${other.dialect}: ${other.by}. As ${other.dialect}, line ${stmt.line} runs \`${shown.length > 120 ? `${shown.slice(0, 117)}...` : shown}\`, which the ${reading.dialect} reading sees as a string or a comment; review it by hand (name the file's dialect in its name, its folder or the configuration) and suppress with a reason.`,
        object: null,
        text: stmt.text,
      });
    }
  }
  return hits;
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
