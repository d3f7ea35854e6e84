/**
 * update-rows: evidence that the previous release reads the values an `UPDATE` writes as it read
 * the ones it overwrites (issue 12, session 9). Three kinds are proved, from the schema history
 * and the statement's own text; anything else keeps the error (fail closed):
 *
 * - a boolean literal (`TRUE`/`FALSE`) into a column that is boolean in base's history and still
 *   is: the previous release reads and writes both values of that type (openvsx V1_53 deactivates
 *   tokens, V1_50 marks a job scheduled);
 * - a number into a numeric column, equal to the DEFAULT an earlier statement of the same PR set on
 *   that column (lemmy 3ac5970bbb: `SET DEFAULT 3`, then the rows holding the old default 1 moved
 *   to 3): the database gives that value to every row the previous release inserts without the
 *   column, after a rollback too, so the update adds no value of a kind it does not meet anyway;
 * - a string that is a label of the column's ENUM type as base's history has it (MySQL's inline
 *   `ENUM(…)`, a Postgres enum type): a value of the previous release's own domain.
 *
 * Any other string is no evidence: a new string is a new role, type, class or key (reportportal's
 * EDITOR/VIEWER and kestra's FlowWithSource are labels the PR itself adds; openvsx's 'local' storage
 * type and 'system' provider go into text columns, where the history records no domain).
 * Expressions (`lower(c)`, `TRIM(…)`, a subquery, a column of another table) are never evidence.
 */
import { parseType } from './column-types.js';
import type { Operation, Statement } from './model.js';
import type { MigrationFacts } from './rules/types.js';
import { sqlTokens } from './tokens.js';

/** A numeric DEFAULT the PR set: the number (normalized, with its sign), where. */
export interface SetDefault {
  value: string;
  line: number;
  file: string;
}

/**
 * The numeric DEFAULT the PR's statements so far left on each `table.column` (`facts.defaultSetEarlier`),
 * kept by the analysis beside the catalog, which records only that a column has a default. Bounded
 * by the PR's statements.
 */
export class DefaultsSetInPr {
  private readonly defaults = new Map<string, SetDefault>();

  /**
   * Follow an operation the history applies: `SET DEFAULT <number>` records it; any other default,
   * a drop of the default or the column, a type change, a redefinition or a rename forgets it (the
   * evidence then no longer holds or is not followed).
   */
  observe(op: Operation, stmt: Statement, file: string): void {
    if (op.kind === 'set-default') {
      const value = setDefaultLiteral(stmt, op.column);
      if (value === null) this.defaults.delete(`${op.table}.${op.column}`);
      else this.defaults.set(`${op.table}.${op.column}`, { value, line: op.line ?? stmt.line, file });
      return;
    }
    if (this.defaults.size === 0) return;
    switch (op.kind) {
      case 'drop-default':
      case 'drop-column':
      case 'rename-column':
      case 'alter-column-type':
      case 'redefine-column':
        this.defaults.delete(`${op.table}.${op.column}`);
        return;
      case 'drop-table':
      case 'rename-table':
        for (const key of [...this.defaults.keys()]) if (key.startsWith(`${op.table}.`)) this.defaults.delete(key);
        return;
      default:
    }
  }

  get(table: string, column: string): SetDefault | undefined {
    return this.defaults.get(`${table}.${column}`);
  }
}

/** Tokens that end an UPDATE's `SET` list at its own level. */
const AFTER_SET = new Set(['from', 'where', 'returning', 'order', 'limit', ';']);

/** A name token without its quotes, lower-cased. */
export const unquote = (t: string): string => t.replace(/^["`[]|["`\]]$/g, '').toLowerCase();

/**
 * The tokens of a plain `UPDATE`'s clause that starts at its first top-level `keyword` (`set`,
 * `where`), up to a top-level token of `stop`; null when the statement's text is not one plain
 * `UPDATE` (a `WITH` query, a `DO` block, a procedure, an upsert, ORM code) or has no such
 * clause. Linear in the statement's tokens.
 */
export function updateClause(stmt: Statement, keyword: string, stop: ReadonlySet<string>): string[] | null {
  const tokens = sqlTokens(stmt.text, stmt.dialect);
  if (tokens[0] !== 'update' || stmt.ops.length !== 1) return null;
  let depth = 0;
  let at = -1;
  for (let i = 1; i < tokens.length && at < 0; i++) {
    if (tokens[i] === '(') depth++;
    else if (tokens[i] === ')') depth--;
    else if (depth === 0 && tokens[i] === keyword) at = i;
  }
  if (at < 0) return null;
  const out: string[] = [];
  depth = 0;
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(') depth++;
    else if (t === ')') depth--;
    if (depth === 0 && stop.has(t)) break;
    out.push(t);
  }
  return out;
}

/**
 * The `SET` list of a plain `UPDATE` (`updateClause`): column → the tokens of its value. Null when
 * the statement is not one plain `UPDATE` or its list cannot be read (`SET (a, b) = (…)`).
 */
function setList(stmt: Statement): Map<string, string[]> | null {
  const clause = updateClause(stmt, 'set', AFTER_SET);
  if (!clause) return null;
  const items: string[][] = [[]];
  let depth = 0;
  for (const t of clause) {
    if (t === '(') depth++;
    else if (t === ')') depth--;
    if (depth === 0 && t === ',') items.push([]);
    else items[items.length - 1].push(t);
  }
  const out = new Map<string, string[]>();
  for (const item of items) {
    const eq = item.indexOf('=');
    // `c = v` or `alias.c = v`: anything else on the left (a tuple, a subscript) is not read.
    const left = item.slice(0, Math.max(eq, 0));
    if (eq < 1 || !(left.length === 1 || (left.length === 3 && left[1] === '.'))) return null;
    out.set(unquote(left[left.length - 1]), item.slice(eq + 1));
  }
  return out;
}

/** A name, or a dot between names (the type of a cast: `public."role_enum"`). */
const NAME_OR_DOT = /^(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+"|\.)$/;

/**
 * A value that is one literal: `true`/`false`, a number (with its sign), or a plain string (its
 * text; a cast to a named type after it, `'EDITOR'::role_enum`, is allowed); else null.
 */
function literalOf(tokens: string[]): { kind: 'boolean' | 'number' | 'string'; value: string } | null {
  if (tokens.length === 1 && (tokens[0] === 'true' || tokens[0] === 'false')) return { kind: 'boolean', value: tokens[0] };
  const first = tokens[0] ?? '';
  if (/^'(?:[^']|'')*'$/.test(first) && (tokens.length === 1 || (tokens[1] === ':' && tokens[2] === ':' && tokens.length > 3 && tokens.slice(3).every((t) => NAME_OR_DOT.test(t))))) {
    return { kind: 'string', value: first.slice(1, -1).replace(/''/g, "'") };
  }
  const [sign, digits] = tokens.length === 2 && (tokens[0] === '-' || tokens[0] === '+') ? [tokens[0] === '-' ? '-' : '', tokens[1]] : ['', tokens.length === 1 ? tokens[0] : ''];
  if (/^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/.test(digits)) return { kind: 'number', value: `${sign}${Number(digits)}` };
  return null;
}

/** The number `ALTER [COLUMN] <column> SET DEFAULT <number>` of the statement gives `column`, normalized; null for any other default. */
function setDefaultLiteral(stmt: Statement, column: string): string | null {
  const tokens = sqlTokens(stmt.text, stmt.dialect);
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i] !== 'set' || tokens[i + 1] !== 'default' || unquote(tokens[i - 1]) !== column.toLowerCase()) continue;
    const value: string[] = [];
    for (let j = i + 2; j < tokens.length && tokens[j] !== ',' && tokens[j] !== ';'; j++) value.push(tokens[j]);
    const literal = literalOf(value);
    return literal?.kind === 'number' ? literal.value : null;
  }
  return null;
}

const NUMERIC = /^(int[1-8]|numeric|float[48])( unsigned)?$/;

/**
 * For each column in `columns` (those existing before the PR that the statement sets), why the
 * previous release reads the value it gets as it read the old ones, in words; null when any column
 * lacks such evidence (the error stays).
 */
export function valuesReadAlike(stmt: Statement, table: string, columns: string[], facts: MigrationFacts): string[] | null {
  if (columns.length === 0) return null;
  const list = setList(stmt);
  if (!list) return null;
  const out: string[] = [];
  for (const column of columns) {
    const value = list.get(column.toLowerCase());
    const literal = value ? literalOf(value) : null;
    const now = facts.column(table, column)?.type;
    const before = facts.baseColumn(table, column)?.type;
    if (!literal || !now || !before) return null;
    const kindNow = parseType(now, stmt.dialect).base;
    const kindBefore = parseType(before, stmt.dialect).base;
    if (literal.kind === 'boolean' && kindNow === 'bool' && kindBefore === 'bool') {
      out.push(`${table}.${column} = ${literal.value.toUpperCase()}: a boolean into a column that was boolean in the previous release`);
      continue;
    }
    if (literal.kind === 'string' && baseLabels(table, column, facts)?.includes(literal.value)) {
      out.push(`${table}.${column} = '${literal.value}': a label its ENUM type already had in the previous release`);
      continue;
    }
    const set = facts.defaultSetEarlier(table, column);
    if (literal.kind === 'number' && set && set.value === literal.value && NUMERIC.test(kindNow) && NUMERIC.test(kindBefore)) {
      out.push(`${table}.${column} = ${literal.value}: the DEFAULT this PR gives the column (${set.file}:${set.line}), which every row the previous release inserts without it gets too`);
      continue;
    }
    return null;
  }
  return out;
}

/**
 * The labels the column's ENUM type had in base's history: MySQL's inline `ENUM(…)` of the column,
 * or the Postgres enum type it is declared with. Undefined when it was no enum there.
 */
function baseLabels(table: string, column: string, facts: MigrationFacts): readonly string[] | undefined {
  const base = facts.baseColumn(table, column);
  if (!base) return undefined;
  if (base.enumValues) return base.enumValues;
  return base.type ? facts.baseEnumValues(base.type) : undefined;
}
