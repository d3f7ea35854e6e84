/**
 * Keyword fallback: reads what no parser could, from masked text (comments and strings blanked),
 * well enough for the rules. `sure` says whether every part of the statement was recognised; when
 * it is not, the statement stays `unparsed` (and `unparsed-statement` fires) whatever ops it found.
 */
import type { Dialect } from '../../config/types.js';
import { enumValuesOf } from '../column-types.js';
import { isSerialType, normalizeIdent, type ColumnInfo, type ConstraintKind, type ObjectKind, type Operation } from '../model.js';
import { maskSqlDetailed, topLevelPieces } from './mask.js';
import { spRename } from './sqlite.js';
import { LineIndex } from '../../text/lines.js';

export interface FallbackResult {
  ops: Operation[];
  sure: boolean;
}

const IDENT = String.raw`(?:"(?:[^"]|"")*"|\x60(?:[^\x60]|\x60\x60)*\x60|\[[^\]]*\]|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)`;
const NAME = String.raw`${IDENT}(?:\s*\.\s*${IDENT}){0,2}`;
const nameRe = new RegExp(`^\\s*(${NAME})`);

/** Statements that change nothing the rules look at. */
const HARMLESS =
  /^\s*(?:INSERT|REPLACE|SELECT|WITH|SET|GRANT|COMMENT|BEGIN|COMMIT|ROLLBACK|START|END|USE|LOCK|UNLOCK|PRAGMA|ANALYZE|ANALYSE|VACUUM|EXPLAIN|SHOW|DECLARE|DEALLOCATE|PREPARE|SAVEPOINT|RELEASE|REINDEX|REFRESH|CLUSTER|NOTIFY|LISTEN|DO\s+SLEEP|CHECKPOINT|DETACH|VALUES|FLUSH|OPTIMIZE|REPAIR|CHECK\s+TABLE|DESCRIBE|DESC|COPY|LOAD|SOURCE|HANDLER|RESET|DISCARD|SECURITY\s+LABEL|IMPORT|CREATE\s+(?:OR\s+REPLACE\s+)?(?:EXTENSION|COLLATION|STATISTICS|PUBLICATION|SUBSCRIPTION|EVENT|SERVER|FOREIGN\s+DATA|TEXT\s+SEARCH|CAST|OPERATOR|AGGREGATE|LANGUAGE|RULE|ACCESS\s+METHOD|TABLESPACE|SYNONYM))\b/i;

/**
 * The keyword reading of a statement no parser read. It is `sure` only when it accounts for all of
 * the text: nothing left unterminated, and no second statement's head after the first word (a
 * T-SQL batch without semicolons, an upsert, a `WITH … DELETE`), whatever the first word promised.
 */
export function fallbackOperations(text: string, dialect: Dialect, firstLine = 1): FallbackResult {
  const { masked, unterminated } = maskSqlDetailed(text, dialect);
  const read = readByKeywords(text, masked, dialect, firstLine);
  if (!read.sure) return read;
  if (unterminated !== undefined || holdsAnotherStatement(masked)) return { ops: read.ops, sure: false };
  return read;
}

/**
 * Heads of statements that change something, where a statement's own text has no business holding
 * one: a statement the fallback read by its first words is not sure when one follows them.
 */
const STATEMENT_HEAD =
  /\b(?:(?:DROP|ALTER|CREATE(?:\s+OR\s+REPLACE)?)\s+(?:(?:TEMP(?:ORARY)?|UNIQUE|MATERIALIZED|GLOBAL|LOCAL)\s+)*(?:TABLE|VIEW|INDEX|SCHEMA|DATABASE|FUNCTION|PROCEDURE|TRIGGER|SEQUENCE|TYPE|DOMAIN|USER|ROLE|EVENT)\b|TRUNCATE\b|DELETE\s+FROM\b|UPDATE\s+\S+\s+SET\b|(?:DO|KEY)\s+UPDATE\b|RENAME\s+TABLE\b|MERGE\s+INTO\b|(?:EXEC|EXECUTE)\b(?!\s+(?:ON|FUNCTION|PROCEDURE)\b)|CALL\b|sp_rename\b|(?:INSERT|REPLACE)\s+INTO\b)/gi;
/** Routines and triggers hold statements in their bodies: they run later, not now. */
const ROUTINE = /^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:(?:TEMP(?:ORARY)?|CONSTRAINT)\s+)?(?:FUNCTION|PROCEDURE|TRIGGER)\b/i;
const ALTER_TABLE_HEAD = new RegExp(`^\\s*ALTER\\s+(?:ONLINE\\s+|IGNORE\\s+)*TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?${NAME}\\s*`, 'i');

/** Whether `masked` holds the head of a statement past its first word (an ALTER TABLE's actions aside). */
export function holdsAnotherStatement(masked: string): boolean {
  if (ROUTINE.test(masked)) return false;
  const first = /^\s*\S+/.exec(masked)?.[0].length ?? 0;
  // `ALTER TABLE t DROP INDEX i, ALTER INDEX j …`: each action starts the text or follows a comma.
  const actions = ALTER_TABLE_HEAD.exec(masked)?.[0].length ?? -1;
  STATEMENT_HEAD.lastIndex = first;
  for (let m = STATEMENT_HEAD.exec(masked); m; m = STATEMENT_HEAD.exec(masked)) {
    if (actions !== -1 && (m.index === actions || /,\s*$/.test(masked.slice(Math.max(actions, m.index - 200), m.index)))) continue;
    return true;
  }
  return false;
}

function readByKeywords(text: string, masked: string, dialect: Dialect, firstLine: number): FallbackResult {
  const lines = new LineIndex(text, firstLine);
  const at = (re: RegExp): RegExpExecArray | null => re.exec(masked);
  const name = (offset: number): { name: string; end: number } | null => {
    const m = nameRe.exec(masked.slice(offset));
    return m ? { name: normalizeIdent(text.slice(offset + m.index + m[0].length - m[1].length, offset + m[0].length)), end: offset + m[0].length } : null;
  };
  const names = (offset: number, stop = /^\s*(?:CASCADE|RESTRICT|PURGE)?\s*$/i): string[] | null => {
    const out: string[] = [];
    let pos = offset;
    for (;;) {
      const n = name(pos);
      if (!n) return null;
      out.push(n.name);
      pos = n.end;
      const comma = /^\s*,/.exec(masked.slice(pos));
      if (!comma) break;
      pos += comma[0].length;
    }
    const rest = masked.slice(pos).replace(/\([^)]*\)/g, '');
    return stop.test(rest) || /^\s*(?:ON\s|\(|CASCADE|RESTRICT)/i.test(masked.slice(pos)) ? out : null;
  };

  let m: RegExpExecArray | null;
  if (HARMLESS.test(masked)) return { ops: [{ kind: 'other', what: 'statement' }], sure: true };
  // T-SQL runs `sp_rename 'old', 'new'` without EXEC as the first statement of a batch.
  if ((m = at(/^\s*(?:EXEC(?:UTE)?\s+)?(?:(?:\[[^\]]*\]|\w+)\s*\.\s*)*\[?sp_rename\]?\s+/i))) {
    const args: string[] = [];
    const arg = /^\s*(?:@\w+\s*=\s*)?N?'((?:[^']|'')*)'\s*(,|$)/i;
    let rest = text.slice(m[0].length);
    for (let a = arg.exec(rest); a; a = arg.exec(rest)) {
      args.push(a[1].replace(/''/g, "'"));
      rest = rest.slice(a[0].length);
      if (a[2] !== ',') break;
    }
    const op = /^\s*$/.test(rest) ? spRename(args[0], args[1], args[2]) : null;
    return op ? { ops: [op], sure: true } : { ops: [], sure: false };
  }

  if ((m = at(/^\s*DROP\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?/i))) {
    const list = names(m[0].length);
    return list ? { ops: list.map((table) => ({ kind: 'drop-table', table })), sure: true } : { ops: [], sure: false };
  }
  if ((m = at(/^\s*DROP\s+(SCHEMA|DATABASE)\s+(?:IF\s+EXISTS\s+)?/i))) {
    const list = names(m[0].length);
    const database = m[1].toUpperCase() === 'DATABASE' && dialect !== 'mysql' && dialect !== 'mariadb';
    return list ? { ops: list.map((n) => ({ kind: 'drop-schema', name: n, database })), sure: true } : { ops: [], sure: false };
  }
  if ((m = at(/^\s*DROP\s+INDEX\s+(?:CONCURRENTLY\s+)?(IF\s+EXISTS\s+)?/i))) {
    const n = name(m[0].length);
    const ifExists = m[1] ? { ifExists: true } : {};
    if (!n) return { ops: [], sure: false };
    const cockroach = /^@\s*/.exec(masked.slice(n.end));
    if (cockroach) {
      // CockroachDB names an index `table@index`.
      const idx = name(n.end + cockroach[0].length);
      if (idx) return { ops: [{ kind: 'drop-index', name: idx.name, table: n.name, ...ifExists }], sure: /^\s*(?:CASCADE|RESTRICT)?\s*$/i.test(masked.slice(idx.end)) };
    }
    const on = /^\s*ON\s+/i.exec(masked.slice(n.end));
    const table = on ? name(n.end + on[0].length)?.name ?? null : null;
    return { ops: [{ kind: 'drop-index', name: n.name, table, ...ifExists }], sure: true };
  }
  if ((m = at(/^\s*DROP\s+(MATERIALIZED\s+VIEW|VIEW|FUNCTION|PROCEDURE|ROUTINE|TRIGGER|SEQUENCE|TYPE|DOMAIN|POLICY|ROLE|USER)\s+(?:IF\s+EXISTS\s+)?/i))) {
    const word = m[1].toUpperCase().replace(/\s+/g, ' ');
    const kind: ObjectKind =
      word === 'USER' ? 'role' : word === 'ROUTINE' ? 'function' : (word.toLowerCase() as ObjectKind);
    if (kind === 'role') {
      const roles = masked.slice(m[0].length).split(',').map((r) => r.trim()).filter((r) => r !== '');
      return { ops: roles.map((_, i) => ({ kind: 'drop-object', objectKind: 'role', name: text.slice(m![0].length).split(',')[i]?.trim() ?? '' })), sure: roles.length > 0 };
    }
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const on = /^\s*ON\s+/i.exec(masked.slice(n.end));
    const table = on ? name(n.end + on[0].length)?.name : undefined;
    return { ops: [{ kind: 'drop-object', objectKind: kind, name: n.name, ...(table ? { table } : {}) }], sure: true };
  }
  if ((m = at(/^\s*TRUNCATE\s+(?:TABLE\s+)?(?:ONLY\s+)?/i))) {
    const list = names(m[0].length, /^\s*(?:(?:RESTART|CONTINUE)\s+IDENTITY)?\s*(?:CASCADE|RESTRICT)?\s*$/i);
    return list ? { ops: list.map((table) => ({ kind: 'truncate', table })), sure: true } : { ops: [], sure: false };
  }
  if ((m = at(/^\s*DELETE\s+(?:LOW_PRIORITY\s+|QUICK\s+|IGNORE\s+)*FROM\s+(?:ONLY\s+)?/i))) {
    const n = name(m[0].length);
    return n ? { ops: [{ kind: 'delete', table: n.name }], sure: true } : { ops: [], sure: false };
  }
  if ((m = at(/^\s*UPDATE\s+(?:LOW_PRIORITY\s+|IGNORE\s+|ONLY\s+)*/i))) {
    const n = name(m[0].length);
    const set = /\bSET\b/i.exec(masked.slice(n?.end ?? 0));
    if (!n || !set) return { ops: [], sure: false };
    const from = n.end + set.index + set[0].length;
    const end = /\b(?:WHERE|FROM|RETURNING|ORDER\s+BY|LIMIT)\b/i.exec(masked.slice(from));
    const body = masked.slice(from, end ? from + end.index : masked.length);
    const columns = topLevelPieces(body)
      .map((s) => /^\s*(?:[\w"`]+\s*\.\s*)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s*=/.exec(body.slice(s)))
      .map((c) => (c ? normalizeIdent(c[1]) : ''));
    const sure = columns.every((c) => c !== '');
    return { ops: [{ kind: 'update', table: n.name, columns: columns.filter((c) => c !== '') }], sure };
  }
  if ((m = at(/^\s*RENAME\s+TABLE\s+/i))) {
    const ops: Operation[] = [];
    for (const pair of topLevelPieces(masked, m[0].length)) {
      const from = name(pair);
      const to = from ? /^\s*TO\s+/i.exec(masked.slice(from.end)) : null;
      const target = from && to ? name(from.end + to[0].length) : null;
      if (!from || !target) return { ops, sure: false };
      ops.push({ kind: 'rename-table', table: from.name, newName: target.name, line: lines.line(pair) });
    }
    return { ops, sure: true };
  }
  if (at(/^\s*REVOKE\b/i)) {
    const on = onFrom(masked);
    const onText = on ? text.slice(on.index, on.index + on[0].length).replace(/^ON\s+(?:TABLE\s+)?/i, '').replace(/\s+FROM\s+$/i, '').trim() : '';
    const from = on ? text.slice(on.index + on[0].length).trim() : '';
    const privileges = text.slice(/^\s*REVOKE\s+/i.exec(masked)?.[0].length ?? 0, on?.index).trim() || 'privileges';
    return { ops: [{ kind: 'revoke', privileges, on: onText, from, tables: [] }], sure: true };
  }
  if ((m = at(/^\s*ALTER\s+TYPE\s+/i))) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const rest = text.slice(n.end);
    const add = /^\s*ADD\s+VALUE\s+(?:IF\s+NOT\s+EXISTS\s+)?'((?:[^']|'')*)'/i.exec(rest);
    if (add) return { ops: [{ kind: 'add-enum-value', type: n.name, value: add[1].replace(/''/g, "'") }], sure: true };
    const ren = /^\s*RENAME\s+VALUE\s+'((?:[^']|'')*)'\s+TO\s+'((?:[^']|'')*)'/i.exec(rest);
    if (ren) return { ops: [{ kind: 'rename-enum-value', type: n.name, oldValue: ren[1], newValue: ren[2] }], sure: true };
    const to = /^\s*RENAME\s+TO\s+/i.exec(masked.slice(n.end));
    const target = to ? name(n.end + to[0].length) : null;
    if (target) return { ops: [{ kind: 'rename-object', objectKind: 'type', name: n.name, newName: target.name }], sure: true };
    return { ops: [], sure: false };
  }
  // MySQL 5.6 `ALTER IGNORE TABLE`, MariaDB `ALTER ONLINE TABLE`: neither parser reads them.
  if ((m = at(/^\s*ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?/i))) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const ops: Operation[] = [];
    let sure = true;
    // The first action starts at its first word, which may be on the next line.
    for (const start of topLevelPieces(masked, n.end + (/^\s*/.exec(masked.slice(n.end))?.[0].length ?? 0))) {
      const piece = pieceAt(masked, start);
      const raw = text.slice(start, start + piece.length);
      const line = lines.line(start);
      const action = alterAction(n.name, piece, raw, dialect);
      if (!action) sure = false;
      else for (const op of action) ops.push({ ...op, line });
    }
    return { ops, sure };
  }
  if ((m = at(/^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:GLOBAL|LOCAL)\s+)?(?:TEMP(?:ORARY)?\s+|UNLOGGED\s+|VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i))) {
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    const open = masked.indexOf('(', n.end);
    const columns: ColumnInfo[] = [];
    if (open !== -1 && /^\s*$/.test(masked.slice(n.end, open))) {
      const close = matchingParen(masked, open);
      const inner = masked.slice(open + 1, close);
      for (const s of topLevelPieces(inner)) {
        const piece = pieceAt(inner, s);
        if (/^\s*(?:CONSTRAINT|PRIMARY|UNIQUE|KEY|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE|LIKE)\b/i.test(piece)) continue;
        const col = columnDef(piece, text.slice(open + 1 + s, open + 1 + s + piece.length));
        if (col) columns.push(col);
      }
    }
    return { ops: [{ kind: 'create-table', table: n.name, columns, ifNotExists: /\bIF\s+NOT\s+EXISTS\b/i.test(m[0]) }], sure: true };
  }
  if ((m = at(/^\s*CREATE\s+(UNIQUE\s+)?(?:INVERTED\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?/i))) {
    const idx = name(m[0].length);
    const on = idx ? /^\s*ON\s+(?:ONLY\s+)?/i.exec(masked.slice(idx.end)) : /^\s*ON\s+(?:ONLY\s+)?/i.exec(masked.slice(m[0].length));
    const onAt = idx && on ? idx.end + on[0].length : on ? m[0].length + on[0].length : -1;
    const table = onAt >= 0 ? name(onAt) : null;
    if (!table) return { ops: [], sure: false };
    const open = masked.indexOf('(', table.end);
    const cols = open === -1 ? [] : columnList(masked.slice(open + 1, matchingParen(masked, open)), text.slice(open + 1, matchingParen(masked, open)));
    return {
      ops: [{ kind: 'create-index', table: table.name, name: idx && on ? idx.name : null, unique: !!m[1], concurrently: !!m[2], columns: cols }],
      sure: true,
    };
  }
  // H2's `CREATE ALIAS f FOR "pkg.Class.method"` (or `AS $$ … $$`) defines a function.
  if (dialect === 'h2' && (m = at(/^\s*CREATE\s+(?:FORCE\s+)?ALIAS\s+(?:IF\s+NOT\s+EXISTS\s+)?/i))) {
    const n = name(m[0].length);
    return n ? { ops: [{ kind: 'create-object', objectKind: 'function', name: n.name }], sure: true } : { ops: [], sure: false };
  }
  if ((m = at(/^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:DEFINER\s*=\s*\S+\s+)?(?:ALGORITHM\s*=\s*\w+\s+)?(?:SQL\s+SECURITY\s+\w+\s+)?(?:TEMP(?:ORARY)?\s+)?(?:RECURSIVE\s+)?(MATERIALIZED\s+VIEW|VIEW|FUNCTION|PROCEDURE|TRIGGER|SEQUENCE|TYPE|DOMAIN|SCHEMA|DATABASE|ROLE|USER|POLICY)\s+(?:IF\s+NOT\s+EXISTS\s+)?/i))) {
    const word = m[1].toUpperCase().replace(/\s+/g, ' ');
    const kind: ObjectKind =
      word === 'DATABASE' ? 'schema' : word === 'USER' ? 'role' : (word.toLowerCase() as ObjectKind);
    const n = name(m[0].length);
    if (!n) return { ops: [], sure: false };
    if (kind === 'type') {
      const values = enumValuesOf(enumList(text.slice(n.end)));
      if (values) return { ops: [{ kind: 'create-enum', type: n.name, values }], sure: true };
    }
    return { ops: [{ kind: 'create-object', objectKind: kind, name: n.name }], sure: true };
  }
  return { ops: [], sure: false };
}

function pieceAt(masked: string, start: number): string {
  let depth = 0;
  for (let i = start; i < masked.length; i++) {
    const c = masked[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return masked.slice(start, i);
  }
  return masked.slice(start);
}

function matchingParen(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === '(') depth++;
    else if (masked[i] === ')' && --depth === 0) return i;
  }
  return masked.length;
}

function columnList(masked: string, raw: string): string[] {
  return topLevelPieces(masked)
    .map((s) => /^\s*("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s*(?:\(\s*\d+\s*\))?\s*(?:ASC|DESC)?\s*$/i.exec(raw.slice(s, s + pieceAt(masked, s).length)))
    .map((c) => (c ? normalizeIdent(c[1]) : ''))
    .filter((c) => c !== '');
}

const TYPE_STOP =
  /\s(?:NOT|NULL|DEFAULT|PRIMARY|UNIQUE|REFERENCES|CHECK|AUTO_INCREMENT|AUTOINCREMENT|COMMENT|COLLATE|CHARACTER|CHARSET|GENERATED|AS|ON|FIRST|AFTER|CONSTRAINT|INVISIBLE|VISIBLE|STORED|VIRTUAL|IDENTITY|USING|KEY)\b/i;

/** `name type [constraints]` → ColumnInfo, from masked and raw text of the same piece. */
export function columnDef(masked: string, raw: string): ColumnInfo | null {
  const m = nameRe.exec(masked);
  if (!m) return null;
  const colName = normalizeIdent(raw.slice(m.index + m[0].length - m[1].length, m[0].length));
  const rest = masked.slice(m[0].length);
  let depth = 0;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '(') depth++;
    else if (rest[i] === ')') depth--;
    else if (depth === 0 && /\s/.test(rest[i]) && TYPE_STOP.test(rest.slice(i, i + 20)) && TYPE_STOP.exec(rest.slice(i))?.index === 0) {
      end = i;
      break;
    }
  }
  const type = raw.slice(m[0].length, m[0].length + end).trim().replace(/\s+/g, ' ') || null;
  const constraints = rest.slice(end);
  const enumValues = enumValuesOf(type);
  return {
    name: colName,
    type: type ? type.toLowerCase().replace(/^enum\s*\(/, 'enum(') : null,
    notNull: /\bNOT\s+NULL\b|\bPRIMARY\s+KEY\b/i.test(constraints),
    hasDefault:
      /\bDEFAULT\b(?!\s+NULL\b)|\bAUTO_?INCREMENT\b|\bGENERATED\b|\bAS\s*\(|\bIDENTITY\b/i.test(constraints) || isSerialType(type),
    unique: /\bUNIQUE\b/i.test(constraints),
    primaryKey: /\bPRIMARY\s+KEY\b/i.test(constraints),
    ...(enumValues ? { enumValues } : {}),
    ...(/\bAUTO_?INCREMENT\b|\bGENERATED\s+(?:ALWAYS|BY\s+DEFAULT)\s+AS\s+IDENTITY\b/i.test(constraints) || isSerialType(type) ? { sequenceFilled: true } : {}),
  };
}

const CONSTRAINT_WORDS: [RegExp, ConstraintKind][] = [
  [/^PRIMARY\s+KEY\b/i, 'primary-key'],
  [/^UNIQUE\b/i, 'unique'],
  [/^FOREIGN\s+KEY\b/i, 'foreign-key'],
  [/^CHECK\b/i, 'check'],
  [/^EXCLUDE\b/i, 'exclusion'],
];

/** One `ALTER TABLE` action → operations (empty when harmless), or null when not recognised. */
function alterAction(table: string, masked: string, raw: string, dialect: Dialect): Operation[] | null {
  const p = masked.trim();
  const lead = masked.length - masked.trimStart().length;
  const r = raw.slice(lead);
  let m: RegExpExecArray | null;
  const ident = (s: string): string => normalizeIdent(s);
  if ((m = /^DROP\s+(?:CONSTRAINT|CHECK)\s+(?:IF\s+EXISTS\s+)?(\S+)/i.exec(p))) return [{ kind: 'drop-constraint', table, name: ident(r.slice(m[0].length - m[1].length, m[0].length)) }];
  if ((m = /^DROP\s+(?:INDEX|KEY)\s+(\S+)/i.exec(p))) return [{ kind: 'drop-index', name: ident(r.slice(m[0].length - m[1].length, m[0].length)), table }];
  if (/^DROP\s+(?:FOREIGN\s+KEY|PRIMARY\s+KEY|PARTITION)\b/i.test(p)) return [{ kind: 'other', what: 'drop key' }];
  if ((m = /^DROP\s+(?:COLUMN\s+)?(IF\s+EXISTS\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)(?=\s*(?:CASCADE|RESTRICT)?\s*$)/i.exec(p))) {
    return [{ kind: 'drop-column', table, column: ident(r.slice(m[0].length - m[2].length, m[0].length)), ...(m[1] ? { ifExists: true } : {}) }];
  }
  if ((m = /^RENAME\s+(?:TO|AS)\s+/i.exec(p)) || (m = /^RENAME\s+(?=[\w"`]+\s*$)/i.exec(p))) {
    return [{ kind: 'rename-table', table, newName: ident(r.slice(m[0].length).trim()) }];
  }
  if (/^RENAME\s+(?:INDEX|KEY)\b/i.test(p)) return [{ kind: 'other', what: 'rename index' }];
  if ((m = /^RENAME\s+CONSTRAINT\s+(\S+)\s+TO\s+(\S+)/i.exec(p))) return [{ kind: 'rename-object', objectKind: 'constraint', table, name: ident(m[1]), newName: ident(m[2]) }];
  if ((m = /^RENAME\s+(?:COLUMN\s+)?(\S+)\s+TO\s+(\S+)\s*$/i.exec(p))) {
    return [{ kind: 'rename-column', table, column: ident(r.slice(m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length)), newName: ident(m[2]) }];
  }
  if ((m = /^ALTER\s+PRIMARY\s+KEY\s+USING\s+COLUMNS\s*\(([^)]*)\)/i.exec(p))) {
    const columns = m[1].split(',').map((c) => ident(c.trim().split(/\s+/)[0]));
    return [{ kind: 'add-constraint', table, constraint: 'primary-key', name: null, columns, notValid: false }];
  }
  if ((m = /^ALTER\s+(?:COLUMN\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s+TO\s+/i.exec(p))) {
    // libSQL (Turso) redefines a column with `ALTER COLUMN a TO a <definition>`.
    const def = columnDef(p.slice(m[0].length), r.slice(m[0].length));
    return def ? [{ kind: 'redefine-column', table, column: ident(m[1]), def }] : null;
  }
  if ((m = /^ADD\s+(?:CONSTRAINT\s+(?:IF\s+NOT\s+EXISTS\s+)?(\S+)\s+)?/i.exec(p))) {
    const rest = p.slice(m[0].length);
    for (const [re, constraint] of CONSTRAINT_WORDS) {
      if (!re.test(rest)) continue;
      const open = rest.indexOf('(');
      const cols = open === -1 ? [] : columnList(rest.slice(open + 1, matchingParen(rest, open)), r.slice(m[0].length + open + 1));
      const usingIndex = /\bUSING\s+INDEX\s+(\S+)/i.exec(rest)?.[1];
      return [{ kind: 'add-constraint', table, constraint, name: m[1] ? ident(m[1]) : null, columns: constraint === 'check' ? [] : cols, notValid: /\bNOT\s+VALID\b/i.test(rest), ...(usingIndex ? { usingIndex: ident(usingIndex) } : {}) }];
    }
    const index = /^(UNIQUE\s+)?(?:INDEX|KEY|FULLTEXT(?:\s+(?:INDEX|KEY))?|SPATIAL(?:\s+(?:INDEX|KEY))?)\s*(\S*)/i.exec(rest);
    if (index) return [{ kind: 'create-index', table, name: index[2] && !index[2].startsWith('(') ? ident(index[2]) : null, unique: !!index[1], concurrently: false, columns: [] }];
    const colStart = /^(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(rest)?.[0].length ?? 0;
    if (rest[colStart] === '(') {
      // MySQL `ADD [COLUMN] (a int, b int)`: several columns in one action.
      const open = m[0].length + colStart;
      const inner = p.slice(open + 1, matchingParen(p, open));
      const defs = topLevelPieces(inner).map((at) => columnDef(pieceAt(inner, at), r.slice(open + 1 + at, open + 1 + at + pieceAt(inner, at).length)));
      return defs.every((d) => d !== null) ? defs.map((column) => ({ kind: 'add-column' as const, table, column: column as ColumnInfo })) : null;
    }
    const def = columnDef(rest.slice(colStart), r.slice(m[0].length + colStart));
    return def ? [{ kind: 'add-column', table, column: def, ifNotExists: /IF\s+NOT\s+EXISTS/i.test(rest.slice(0, colStart)) }] : null;
  }
  // Not `ALTER INDEX i INVISIBLE` / `ALTER CONSTRAINT c …`: those are table options below.
  if ((m = /^ALTER\s+(?!(?:INDEX|CONSTRAINT)\s)(?:COLUMN\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s+/i.exec(p))) {
    const column = ident(m[1]);
    const rest = p.slice(m[0].length);
    const type = /^(?:SET\s+DATA\s+)?TYPE\s+/i.exec(rest);
    if (type) {
      const t = r.slice(m[0].length + type[0].length).replace(/\s+(?:USING|COLLATE)\b[\s\S]*$/i, '').trim();
      return [{ kind: 'alter-column-type', table, column, oldType: null, newType: t.toLowerCase() }];
    }
    if (/^SET\s+NOT\s+NULL\b/i.test(rest)) return [{ kind: 'set-not-null', table, column }];
    if (/^DROP\s+NOT\s+NULL\b/i.test(rest)) return [{ kind: 'drop-not-null', table, column }];
    if (/^DROP\s+DEFAULT\b/i.test(rest)) return [{ kind: 'drop-default', table, column }];
    if (/^SET\s+DEFAULT\b/i.test(rest)) return [{ kind: 'set-default', table, column }];
    if (/^(?:SET|DROP|ADD|RESET|OPTIONS)\b/i.test(rest)) return [{ kind: 'other', what: 'alter column' }];
    if (dialect === 'h2') {
      // H2 redefines a column with `ALTER COLUMN c <definition>` (kestra's `ALTER COLUMN "type"
      // ENUM(…) NOT NULL`), as MySQL's MODIFY does: compared with the history's column like one.
      const from = m[0].lastIndexOf(m[1]);
      const def = columnDef(p.slice(from), r.slice(from));
      return def ? [{ kind: 'redefine-column', table, column, def }] : null;
    }
    return null;
  }
  // ClickHouse's table-level MODIFY clauses name no column.
  if (dialect === 'clickhouse' && /^MODIFY\s+(?:TTL|SETTING|ORDER\s+BY|SAMPLE\s+BY|QUERY|COMMENT|STATISTICS)\b/i.test(p)) {
    return [{ kind: 'other', what: 'modify table setting' }];
  }
  if ((m = /^MODIFY\s+(?:COLUMN\s+)?/i.exec(p))) {
    const def = columnDef(p.slice(m[0].length), r.slice(m[0].length));
    return def ? [{ kind: 'redefine-column', table, column: def.name, def }] : null;
  }
  if ((m = /^CHANGE\s+(?:COLUMN\s+)?("(?:[^"]|"")*"|`[^`]*`|[\w$]+)\s+/i.exec(p))) {
    const def = columnDef(p.slice(m[0].length), r.slice(m[0].length));
    return def ? [{ kind: 'redefine-column', table, column: ident(m[1]), def }] : null;
  }
  if ((m = /^(?:SET\s+SCHEMA)\s+(\S+)/i.exec(p))) return [{ kind: 'rename-table', table, newName: `${ident(m[1])}.${table.split('.').pop() ?? table}` }];
  if (
    /^(?:ALGORITHM|LOCK|ENGINE|AUTO_INCREMENT|COMMENT|ROW_FORMAT|KEY_BLOCK_SIZE|CONVERT\s+TO|DEFAULT\s+(?:CHARACTER|CHARSET|COLLATE)|CHARACTER\s+SET|CHARSET|COLLATE|ORDER\s+BY|FORCE|ENABLE|DISABLE|VALIDATE|OWNER|SET|RESET|CLUSTER|INHERIT|NO\s+INHERIT|REPLICA|ATTACH|DETACH|ALTER\s+CONSTRAINT|ALTER\s+INDEX|ADD\s+PARTITION|PARTITION|REMOVE\s+PARTITIONING|COALESCE|REORGANIZE|ANALYZE|OPTIMIZE|REBUILD|REPAIR|TRUNCATE\s+PARTITION|IMPORT|DISCARD|WITH|WITHOUT|STATS_|PACK_KEYS|CHECKSUM|DELAY_KEY_WRITE|INSERT_METHOD|MAX_ROWS|MIN_ROWS|TABLESPACE|UNION|AVG_ROW_LENGTH)\b/i.test(p)
  ) {
    return [{ kind: 'other', what: p.split(/\s+/)[0].toLowerCase() }];
  }
  void dialect;
  return null;
}

/*
 * Linear stand-ins for two patterns that backtracked quadratically on long hostile texts (each
 * start position scanned to the end): `ON … FROM` of a REVOKE and `AS ENUM (…)` of a CREATE TYPE.
 */

/** `/\bON\s+(?:TABLE\s+)?([\s\S]*?)\s+FROM\s+/i.exec(text)`: the first ON, then the first FROM after it. */
function onFrom(text: string): { index: number; 0: string } | null {
  const on = /\bON\s/i.exec(text);
  if (on === null) return null;
  // What follows `ON` and one blank may all be the lazy part (`ON TABLE FROM x` names table TABLE).
  const from = /\s+FROM\s+/gi;
  from.lastIndex = on.index + 3;
  const m = from.exec(text);
  return m === null ? null : { index: on.index, 0: text.slice(on.index, m.index + m[0].length) };
}

/** `/\bAS\s+(ENUM\s*\([\s\S]*\))/i.exec(text)?.[1]`: from the first `AS ENUM (` to the last `)`. */
function enumList(text: string): string | null {
  const m = /\bAS\s+(ENUM\s*\()/i.exec(text);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1].length;
  const close = text.lastIndexOf(')');
  return close >= m.index + m[0].length ? text.slice(start, close + 1) : null;
}
