/**
 * Column type comparison across dialects: is a type change a pure widening (every value the old
 * release writes or reads still fits, and reads come back the same) or a real change?
 */
import type { Dialect } from '../config/types.js';

interface ParsedType {
  base: string;
  args: number[];
}

const ALIASES: Record<string, string> = {
  int: 'int4', integer: 'int4', int4: 'int4', serial: 'int4', serial4: 'int4', mediumint: 'int3',
  bigint: 'int8', int8: 'int8', bigserial: 'int8', serial8: 'int8',
  smallint: 'int2', int2: 'int2', smallserial: 'int2', serial2: 'int2', tinyint: 'int1',
  'character varying': 'varchar', varchar: 'varchar', nvarchar: 'varchar', 'varying character': 'varchar',
  character: 'char', char: 'char', bpchar: 'char', nchar: 'char',
  text: 'text', tinytext: 'tinytext', mediumtext: 'mediumtext', longtext: 'longtext', clob: 'text',
  numeric: 'numeric', decimal: 'numeric', dec: 'numeric',
  real: 'float4', float4: 'float4', float: 'float8', 'double precision': 'float8', double: 'float8', float8: 'float8',
  bool: 'bool', boolean: 'bool',
  timestamptz: 'timestamptz', 'timestamp with time zone': 'timestamptz',
  timestamp: 'timestamp', 'timestamp without time zone': 'timestamp',
  time: 'time', 'time without time zone': 'time', timetz: 'timetz', 'time with time zone': 'timetz', datetime: 'datetime',
  varbit: 'varbit', 'bit varying': 'varbit',
  varbinary: 'varbinary', binary: 'binary', blob: 'blob', tinyblob: 'tinyblob', mediumblob: 'mediumblob', longblob: 'longblob',
  bytea: 'bytea', json: 'json', jsonb: 'jsonb',
};

const INT_RANK: Record<string, number> = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
const TEXT_RANK: Record<string, number> = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
const BLOB_RANK: Record<string, number> = { tinyblob: 1, blob: 2, mediumblob: 3, longblob: 4 };
/** Types whose argument is a fractional-seconds precision. */
const TEMPORAL = new Set(['timestamp', 'timestamptz', 'time', 'timetz', 'datetime']);

const isMysql = (dialect: Dialect | undefined): boolean => dialect === 'mysql' || dialect === 'mariadb';

export function parseType(raw: string, dialect?: Dialect): ParsedType {
  let t = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  t = t.replace(/^pg_catalog\./, '');
  const m = /^([a-z_][a-z0-9_ ]*?)\s*(?:\(([^)]*)\))?\s*(unsigned)?(\s+[a-z ]*)?$/.exec(t);
  if (!m) return { base: t, args: [] };
  let name = m[1].trim();
  // The shortest name matches first: `character varying`, `timestamp(3) with time zone` are one name.
  const suffix = (m[4] ?? '').trim();
  if (suffix !== '' && ALIASES[`${name} ${suffix}`] !== undefined) name = `${name} ${suffix}`;
  const args = (m[2] ?? '')
    .split(',')
    .map((a) => Number.parseInt(a.trim(), 10))
    .filter((n) => Number.isFinite(n));
  let base = ALIASES[name] ?? name;
  if (isMysql(dialect)) {
    // MySQL: BOOLEAN is TINYINT(1) (drivers read that one width as a boolean), FLOAT is single
    // precision unless FLOAT(p > 24), REAL is DOUBLE, and DECIMAL means DECIMAL(10,0).
    if (base === 'bool' || (name === 'tinyint' && args.length === 1 && args[0] === 1 && !m[3])) return { base: 'bool', args: [] };
    if (name === 'float') return { base: args.length === 1 && args[0] > 24 ? 'float8' : 'float4', args: args.length === 2 ? args : [] };
    if (name === 'real') base = 'float8';
    if (base === 'numeric' && args.length < 2) return { base, args: [args[0] ?? 10, 0] };
  }
  if (m[3]) base += ' unsigned';
  if (base.startsWith('int') && args.length > 0 && /^(int|integer|bigint|smallint|tinyint|mediumint)/.test(name)) {
    // MySQL display widths (`int(11)`) mean nothing for storage.
    return { base, args: [] };
  }
  // Fractional seconds: Postgres keeps 6 digits unless told, MySQL none.
  if (TEMPORAL.has(base) && args.length === 0) return { base, args: [isMysql(dialect) ? 0 : 6] };
  return { base, args };
}

/** `text[]`, `int4[][]` → the element type and the number of dimensions. */
function arrayOf(type: string): [string, number] {
  const m = /^(.*?)((?:\s*\[\s*\d*\s*\])+)\s*$/.exec(type);
  return m ? [m[1], (m[2].match(/\[/g) ?? []).length] : [type, 0];
}

/**
 * SQLite's type affinity (https://www.sqlite.org/datatype3.html, 3.1): the declared type only picks
 * how values are stored. INTEGER and NUMERIC affinity store values alike (they differ in CAST only).
 */
function sqliteAffinity(type: string): string {
  const t = type.toLowerCase();
  if (t.trim() === '' || t === 'unspecified') return 'blob';
  if (t.includes('int')) return 'numeric';
  if (/char|clob|text/.test(t)) return 'text';
  if (t.includes('blob')) return 'blob';
  if (/real|floa|doub/.test(t)) return 'real';
  return 'numeric';
}

export type TypeChange = 'same' | 'widen' | 'change';

/**
 * How `newType` relates to `oldType` in `dialect` (spellings and defaults differ: MySQL's FLOAT is
 * Postgres's REAL). Unknown types compare as text. SQLite enforces no length or range: a change
 * within one affinity stores every value as before, so it is only a widening when the declared
 * type grows (the previous release may read values longer than it declares), else the same.
 */
export function compareTypes(oldType: string, newType: string, dialect?: Dialect): TypeChange {
  if (/\benum\s*\(/i.test(oldType) || /\benum\s*\(/i.test(newType)) {
    // ENUM redefinitions are judged value by value by the enum rules.
    return /\benum\s*\(/i.test(oldType) && /\benum\s*\(/i.test(newType) ? 'same' : 'change';
  }
  if (dialect === 'sqlite') {
    const affinity = sqliteAffinity(oldType);
    if (affinity !== sqliteAffinity(newType)) return 'change';
    // Every REAL is an 8-byte float: `real` to `double` changes nothing.
    if (affinity === 'real') return 'same';
    return compareTypes(oldType, newType) === 'widen' ? 'widen' : 'same';
  }
  const [oldElement, oldDims] = arrayOf(oldType);
  const [newElement, newDims] = arrayOf(newType);
  if (oldDims !== newDims) return 'change';
  if (oldDims > 0) return compareTypes(oldElement, newElement, dialect);
  const a = parseType(oldType, dialect);
  const b = parseType(newType, dialect);
  if (a.base === b.base && a.args.join(',') === b.args.join(',')) return 'same';
  // Postgres: `varchar` without a length and `text` are the same unbounded string (binary-coercible).
  if ((dialect === undefined || dialect === 'postgres' || dialect === 'cockroach') && isUnbounded(a) && isUnbounded(b)) return 'same';
  if (TEMPORAL.has(a.base) && a.base === b.base) return (b.args[0] ?? 0) > (a.args[0] ?? 0) ? 'widen' : 'change';
  // Every date is a datetime at midnight (killbill's `record_date date` → `datetime`); MySQL's
  // TIMESTAMP starts in 1970, so there only DATETIME holds every date.
  if (a.base === 'date' && (b.base === 'datetime' || (b.base === 'timestamp' && !isMysql(dialect)))) return 'widen';
  // `char(n)` to a string type that holds n characters is a widening: every value fits, and its pad
  // spaces, which Postgres ignores in comparisons and MySQL never returns, are dropped (decision in
  // docs/rules/widen-column-type.md). A `varchar` without a length to one with a length shrinks it.
  if ((a.base === 'varchar' || a.base === 'char') && b.base === 'varchar') {
    if (b.args.length === 0) return 'widen';
    const from = a.args[0] ?? (a.base === 'char' ? 1 : undefined);
    return from !== undefined && b.args[0] >= from ? 'widen' : 'change';
  }
  // MySQL pads CHAR only on disk and strips the spaces on read: a longer CHAR reads the same values.
  if (a.base === 'char' && b.base === 'char' && isMysql(dialect)) return (b.args[0] ?? 1) >= (a.args[0] ?? 1) ? 'widen' : 'change';
  if ((a.base === 'varchar' || a.base === 'char') && (b.base === 'text' || TEXT_RANK[b.base] !== undefined)) {
    // MySQL TEXT holds 65,535 bytes; a varchar longer than that does not fit.
    if ((b.base === 'text' && !isMysql(dialect)) || a.args.length === 0 || a.args[0] <= 16_383 || (TEXT_RANK[b.base] ?? 0) >= 3) return 'widen';
    return 'change';
  }
  // `text(4)` → `text` (SQLite keeps the length as intent, MySQL picks a TEXT size from it).
  if (a.base === 'text' && b.base === 'text' && a.args.length > 0 && (b.args.length === 0 || b.args[0] >= a.args[0])) return 'widen';
  if (TEXT_RANK[a.base] !== undefined && TEXT_RANK[b.base] !== undefined) {
    return TEXT_RANK[b.base] > TEXT_RANK[a.base] ? 'widen' : 'change';
  }
  if (BLOB_RANK[a.base] !== undefined && BLOB_RANK[b.base] !== undefined) {
    return BLOB_RANK[b.base] > BLOB_RANK[a.base] ? 'widen' : 'change';
  }
  if ((a.base === 'varbinary' || a.base === 'varbit') && b.base === a.base && a.args.length > 0 && (b.args[0] ?? Infinity) >= a.args[0]) return 'widen';
  const ai = INT_RANK[a.base.replace(/ unsigned$/, '')];
  const bi = INT_RANK[b.base.replace(/ unsigned$/, '')];
  if (ai !== undefined && bi !== undefined) {
    const aUnsigned = a.base.endsWith(' unsigned');
    const bUnsigned = b.base.endsWith(' unsigned');
    if (aUnsigned === bUnsigned) return bi > ai ? 'widen' : 'change';
    if (!aUnsigned && bUnsigned) return 'change';
    return bi > ai ? 'widen' : 'change';
  }
  if (a.base === 'float4' && b.base === 'float8') return 'widen';
  if (a.base === 'numeric' && b.base === 'numeric') {
    if (b.args.length === 0) return 'widen';
    if (a.args.length === 0) return 'change';
    const [p1, s1 = 0] = a.args;
    const [p2, s2 = 0] = b.args;
    return s1 === s2 && p2 >= p1 ? 'widen' : 'change';
  }
  if (ai !== undefined && b.base === 'numeric' && b.args.length === 0) return 'widen';
  return 'change';
}

function isUnbounded(t: ParsedType): boolean {
  return (t.base === 'text' || t.base === 'varchar') && t.args.length === 0;
}

/** Values of an inline ENUM type text (`enum('a','b')`), or null. */
export function enumValuesOf(type: string | null): string[] | null {
  if (!type) return null;
  const m = /^\s*enum\s*\(([\s\S]*)\)/i.exec(type);
  if (!m) return null;
  const values: string[] = [];
  const re = /'((?:[^'\\]|''|\\.)*)'|"((?:[^"\\]|""|\\.)*)"/g;
  for (let v = re.exec(m[1]); v; v = re.exec(m[1])) values.push((v[1] ?? v[2]).replace(/''/g, "'"));
  return values;
}
