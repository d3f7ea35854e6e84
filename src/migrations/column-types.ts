/**
 * Column type comparison across dialects: is a type change a pure widening (every value the old
 * release writes or reads still fits, and reads come back the same) or a real change?
 */

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
  varbinary: 'varbinary', binary: 'binary', blob: 'blob', tinyblob: 'tinyblob', mediumblob: 'mediumblob', longblob: 'longblob',
  bytea: 'bytea', json: 'json', jsonb: 'jsonb',
};

const INT_RANK: Record<string, number> = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
const TEXT_RANK: Record<string, number> = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
const BLOB_RANK: Record<string, number> = { tinyblob: 1, blob: 2, mediumblob: 3, longblob: 4 };

export function parseType(raw: string): ParsedType {
  let t = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  t = t.replace(/^pg_catalog\./, '');
  const m = /^([a-z_][a-z0-9_ ]*?)\s*(?:\(([^)]*)\))?\s*(unsigned)?(\s+[a-z ]*)?$/.exec(t);
  if (!m) return { base: t, args: [] };
  const name = m[1].trim();
  const args = (m[2] ?? '')
    .split(',')
    .map((a) => Number.parseInt(a.trim(), 10))
    .filter((n) => Number.isFinite(n));
  let base = ALIASES[name] ?? name;
  if (m[3]) base += ' unsigned';
  if (base.startsWith('int') && args.length > 0 && /^(int|integer|bigint|smallint|tinyint|mediumint)/.test(name)) {
    // MySQL display widths (`int(11)`) mean nothing for storage.
    return { base, args: [] };
  }
  return { base, args };
}

export type TypeChange = 'same' | 'widen' | 'change';

/** How `newType` relates to `oldType`. Unknown types compare as text. */
export function compareTypes(oldType: string, newType: string): TypeChange {
  if (/\benum\s*\(/i.test(oldType) || /\benum\s*\(/i.test(newType)) {
    // ENUM redefinitions are judged value by value by the enum rules.
    return /\benum\s*\(/i.test(oldType) && /\benum\s*\(/i.test(newType) ? 'same' : 'change';
  }
  const a = parseType(oldType);
  const b = parseType(newType);
  if (a.base === b.base && a.args.join(',') === b.args.join(',')) return 'same';
  if ((a.base === 'varchar' || a.base === 'char') && b.base === 'varchar') {
    if (b.args.length === 0) return 'widen';
    if (a.args.length > 0 && b.args[0] >= a.args[0]) return a.base === 'varchar' ? 'widen' : 'change';
    return 'change';
  }
  if (a.base === 'varchar' && (b.base === 'text' || TEXT_RANK[b.base] !== undefined)) {
    // MySQL TEXT holds 65,535 bytes; a varchar longer than that does not fit.
    if (b.base === 'text' || a.args.length === 0 || a.args[0] <= 16_383 || (TEXT_RANK[b.base] ?? 0) >= 3) return 'widen';
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
  if (a.base === 'varbinary' && b.base === 'varbinary' && a.args.length > 0 && (b.args[0] ?? Infinity) >= a.args[0]) return 'widen';
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
