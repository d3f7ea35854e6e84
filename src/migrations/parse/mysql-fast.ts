/**
 * MySQL / MariaDB, first reading: sqlparser-rs (WASM, the SQLite adapter's parser) with its MySQL
 * grammar, ~5x faster than node-sql-parser on the corpus (228 ms against 1,258 ms for 3,176
 * statements). It reads 86 % of the corpus's MySQL; this adapter maps only the shapes it knows to
 * map exactly as the node-sql-parser adapter (`mysql.ts`) does, and returns null for everything
 * else (a statement it cannot parse, an unknown ALTER action, a column type it has no spelling
 * for), which then goes to node-sql-parser as before. `test/migrations/mysql-fast.test.ts` checks
 * that both adapters give the same operations.
 *
 * MySQL names are case-insensitive here as in the node-sql-parser adapter: every identifier is
 * lower-cased, quoted or not, and type spellings follow node-sql-parser's (`int(10) unsigned`,
 * `varchar(255)`, `enum('a','b')`), so the schema history compares like with like whichever
 * parser read a statement.
 */
import { normalizeName, type ColumnInfo, type ConstraintKind, type DeclaredConstraint, type ForeignKeyAction, type Operation } from '../model.js';
import { actionLines, addedColumn, dropIndex, indexName, namedForeignKeys, redefined, renameLast } from './mysql.js';
import { isNullDefault, sqlparserStatements } from './sqlite.js';

type Node = Record<string, unknown>;

/**
 * Statements whose operations come from the keyword fallback whatever node-sql-parser makes of
 * them (its adapter maps no `DROP PROCEDURE`/`DROP FUNCTION`/`CALL`, its grammar has no `CREATE
 * PROCEDURE`/`CREATE FUNCTION` and no `BOOL` or `SERIAL` column type, and neither grammar reads
 * `CONVERT TO CHARACTER SET`): the caller asks the
 * fallback first and node-sql-parser only when the fallback is not sure, for its error message.
 * Same result as asking node-sql-parser first, without its slowest path (building the error
 * message of a statement it rejects); a test checks node-sql-parser still rejects these.
 */
export const FALLBACK_FIRST = 'fallback-first';

const CONVERT_CHARSET = /^ALTER\s+TABLE\s+(?:`[^`]+`|\w+)(?:\s*\.\s*(?:`[^`]+`|\w+))?\s+CONVERT\s+TO\s+(?:CHARACTER\s+SET|CHARSET)\s+\w+(?:\s+COLLATE\s+\w+)?\s*$/i;

/** `CREATE [DEFINER = …] PROCEDURE|FUNCTION`: node-sql-parser's MySQL grammar has neither. */
const CREATE_ROUTINE = /^CREATE\s+(?:DEFINER\s*=\s*\S+\s+)?(?:PROCEDURE|FUNCTION)\b/i;

export function parseMysqlFast(text: string, firstLine = 1): Operation[] | typeof FALLBACK_FIRST | null {
  if (CONVERT_CHARSET.test(text) || CREATE_ROUTINE.test(text)) return FALLBACK_FIRST;
  const read = sqlparserStatements(text, 'mysql');
  if (!read.ok || read.statements.length !== 1) return null;
  const stmt = read.statements[0];
  const [kind] = Object.keys(stmt);
  if (kind === 'DropProcedure' || kind === 'DropFunction' || kind === 'Call') return FALLBACK_FIRST;
  try {
    return operationsOf(kind, stmt[kind] as Node, text, firstLine);
  } catch (error) {
    // A column type node-sql-parser's grammar lacks: it would reject the statement.
    if (error instanceof NotInSlowGrammar) return FALLBACK_FIRST;
    return null; // a shape this mapping does not expect: node-sql-parser reads it
  }
}

/** Thrown by the helpers below on anything they have no exact mapping for. */
class Unmapped extends Error {}
/** Thrown for a column type node-sql-parser's MySQL grammar does not have. */
class NotInSlowGrammar extends Error {}

function ident(i: unknown): string {
  const v = ((i as Node)?.Identifier ?? i) as { value?: unknown } | undefined;
  if (typeof v?.value !== 'string') throw new Unmapped();
  return v.value.toLowerCase();
}

function objectName(parts: unknown): string {
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 2) throw new Unmapped();
  return normalizeName(parts.map(ident));
}

/** `a` of an index column list (`(a, b DESC)`); a prefix `a(10)` or an expression is unmapped. */
function indexColumn(c: unknown): string {
  const expr = ((c as Node)?.column as Node | undefined)?.expr as Node | undefined;
  if (expr?.Identifier) return ident(expr.Identifier);
  if (typeof (c as { value?: unknown })?.value === 'string') return ident(c);
  throw new Unmapped();
}

const INT_TYPES: Record<string, string> = {
  Int: 'int', Integer: 'integer', BigInt: 'bigint', TinyInt: 'tinyint', SmallInt: 'smallint', MediumInt: 'mediumint',
};
const PLAIN_TYPES: Record<string, string> = {
  Text: 'text', LongText: 'longtext', MediumText: 'mediumtext', TinyText: 'tinytext', Date: 'date', JSON: 'json',
  Boolean: 'boolean', Blob: 'blob', LongBlob: 'longblob', MediumBlob: 'mediumblob', TinyBlob: 'tinyblob',
};
const LENGTH_TYPES: Record<string, string> = { Varchar: 'varchar', Char: 'char', Varbinary: 'varbinary' };

/** `SERIAL` as sqlparser-rs reads it: a custom type named by one identifier. */
function isSerial(key: string, arg: unknown): boolean {
  const parts = key === 'Custom' && Array.isArray(arg) ? (arg[0] as unknown) : null;
  return Array.isArray(parts) && parts.length === 1 && /^serial$/i.test(String(((parts[0] as Node)?.Identifier as Node | undefined)?.value ?? ''));
}

/** node-sql-parser's spelling of a column type (see `typeText` in mysql.ts). */
function typeOf(dataType: unknown): { type: string; enumValues?: string[] } {
  if (typeof dataType === 'string') {
    if (PLAIN_TYPES[dataType]) return { type: PLAIN_TYPES[dataType] };
    if (dataType === 'Bool') throw new NotInSlowGrammar();
    throw new Unmapped();
  }
  const [key] = Object.keys((dataType as Node) ?? {});
  const arg = (dataType as Node)[key];
  if (isSerial(key, arg)) throw new NotInSlowGrammar();
  const unsigned = key.endsWith('Unsigned');
  const base = unsigned ? key.slice(0, -'Unsigned'.length) : key;
  if (INT_TYPES[base]) {
    if (arg !== undefined && arg !== null && typeof arg !== 'number') throw new Unmapped();
    return { type: `${INT_TYPES[base]}${typeof arg === 'number' ? `(${arg})` : ''}${unsigned ? ' unsigned' : ''}` };
  }
  if (unsigned) throw new Unmapped();
  if (PLAIN_TYPES[key] && arg === undefined) return { type: PLAIN_TYPES[key] };
  if (LENGTH_TYPES[key]) {
    if (arg === undefined || arg === null) return { type: LENGTH_TYPES[key] };
    const length = ((arg as Node).IntegerLength as { length?: unknown; unit?: unknown } | undefined);
    if (typeof length?.length !== 'number' || (length.unit !== undefined && length.unit !== null)) throw new Unmapped();
    return { type: `${LENGTH_TYPES[key]}(${length.length})` };
  }
  if (key === 'Decimal' || key === 'Numeric' || key === 'Double' || key === 'Float') {
    const name = key.toLowerCase();
    if (arg === 'None') return { type: name };
    const ps = (arg as Node)?.PrecisionAndScale;
    if (Array.isArray(ps) && ps.length === 2 && ps.every((n) => typeof n === 'number')) return { type: `${name}(${ps[0]},${ps[1]})` };
    throw new Unmapped();
  }
  if (key === 'Bit' || key === 'Binary' || key === 'Datetime') {
    const name = key.toLowerCase();
    if (arg === undefined || arg === null) return { type: name };
    if (typeof arg === 'number') return { type: `${name}(${arg})` };
    throw new Unmapped();
  }
  if (key === 'Timestamp' || key === 'Time') {
    const [precision, tz] = Array.isArray(arg) ? arg : [];
    if (tz !== 'None') throw new Unmapped();
    return { type: `${key.toLowerCase()}${typeof precision === 'number' ? `(${precision})` : ''}` };
  }
  if (key === 'Enum' || key === 'Set') {
    const list = key === 'Enum' ? (Array.isArray(arg) ? arg[0] : null) : arg;
    if (!Array.isArray(list)) throw new Unmapped();
    const values = list.map((v) => {
      const s = key === 'Enum' ? (v as { Name?: unknown })?.Name : v;
      // node-sql-parser keeps a quote doubled (`it''s`): leave such values to it, so both agree
      if (typeof s !== 'string' || s.includes("'")) throw new Unmapped();
      return s;
    });
    const type = `${key.toLowerCase()}(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')})`;
    return key === 'Enum' ? { type, enumValues: values } : { type };
  }
  throw new Unmapped();
}

/** Column options in either shape: `[{option: …}]` (ADD COLUMN, CREATE TABLE) or bare (MODIFY/CHANGE). */
function columnInfo(name: string, dataType: unknown, rawOptions: unknown): ColumnInfo {
  const options = ((rawOptions as unknown[] | undefined) ?? []).map((o) => (o !== null && typeof o === 'object' && 'option' in (o as Node) ? (o as Node).option : o));
  const has = (key: string): boolean => options.some((o) => o === key || (o !== null && typeof o === 'object' && key in (o as Node)));
  const autoIncrement = options.some((o) => JSON.stringify((o as Node)?.DialectSpecific ?? null).includes('"AUTO_INCREMENT"'));
  const { type, enumValues } = typeOf(dataType);
  const primaryKey = has('PrimaryKey');
  return {
    name,
    type,
    notNull: has('NotNull') || primaryKey,
    // `DEFAULT NULL` is what a nullable column without a DEFAULT has anyway (as mysql.ts reads it).
    hasDefault: options.some((o) => o !== null && typeof o === 'object' && 'Default' in (o as Node) && !isNullDefault((o as Node).Default)) || autoIncrement || has('Generated'),
    unique: has('Unique'),
    primaryKey,
    ...(enumValues ? { enumValues } : {}),
    ...(has('Generated') ? { generated: true } : {}),
    ...(autoIncrement ? { sequenceFilled: true } : {}),
  };
}

function operationsOf(kind: string, node: Node, text: string, firstLine: number): Operation[] | null {
  switch (kind) {
    case 'Insert':
      return insertOperations(node);
    case 'Set':
    case 'Use':
    case 'Deallocate':
    case 'Query':
      return [{ kind: 'other', what: kind.toLowerCase() }];
    case 'AlterTable': {
      const table = objectName(node.name);
      const actions = (node.operations as Node[] | undefined) ?? [];
      const ops = actions.map((a) => alterAction(table, a));
      const lines = actionLines(text, firstLine, actions.length);
      return renameLast(ops.flatMap((list, i) => list.map((op) => (lines ? { ...op, line: lines[i] } : op))));
    }
    case 'Drop': {
      const type = String(node.object_type);
      const names = ((node.names as unknown[] | undefined) ?? []).map(objectName);
      if (type === 'Table') return names.map((table) => ({ kind: 'drop-table' as const, table }));
      if (type === 'View') return names.map((name) => ({ kind: 'drop-object' as const, objectKind: 'view' as const, name }));
      if ((type === 'Database' || type === 'Schema') && names.length === 1) return [{ kind: 'drop-schema', name: names[0], database: false }];
      if (type === 'Index' && names.length === 1) return [node.table ? dropIndex(objectName(node.table), names[0]) : { kind: 'drop-index', name: names[0], table: null }];
      return null;
    }
    case 'DropTrigger':
      return [{ kind: 'drop-object', objectKind: 'trigger', name: objectName(node.trigger_name).split('.').pop() ?? '' }];
    case 'CreateTable': {
      const columns = ((node.columns as Node[] | undefined) ?? []).map((c) => columnInfo(ident(c.name), c.data_type, c.options));
      // `PRIMARY KEY (id)` of one column is that column's key, as if written on it.
      const primary = ((node.constraints as Node[] | undefined) ?? []).map((c) => (c.PrimaryKey as Node | undefined)?.columns as unknown[] | undefined).find((k) => k !== undefined);
      const only = primary?.length === 1 ? indexColumn(primary[0]) : undefined;
      for (const c of columns) if (c.name === only) Object.assign(c, { primaryKey: true, notNull: true });
      const indexes = [
        ...columns.filter((c) => c.unique).map((c) => ({ name: c.name, unique: true, columns: [c.name] })),
        ...((node.constraints as Node[] | undefined) ?? []).flatMap(declaredIndex),
      ];
      const table = objectName(node.name);
      const constraints = namedForeignKeys(table, ((node.constraints as Node[] | undefined) ?? []).flatMap(declaredForeignKey));
      return [{ kind: 'create-table', table, columns, ifNotExists: node.if_not_exists === true, indexes, constraints }];
    }
    case 'CreateIndex':
      return [
        {
          kind: 'create-index',
          table: objectName(node.table_name),
          name: node.name ? objectName(node.name) : null,
          unique: node.unique === true,
          concurrently: false,
          columns: ((node.columns as unknown[] | undefined) ?? []).map(indexColumn),
        },
      ];
    case 'Update': {
      const t = node.table as Node | undefined;
      const relation = (t?.relation as Node | undefined)?.Table as Node | undefined;
      if (!relation || ((t?.joins as unknown[] | undefined) ?? []).length > 0 || node.from) return null;
      const columns = ((node.assignments as Node[] | undefined) ?? []).map((a) => {
        const names = ((a.target as Node)?.ColumnName as unknown[] | undefined) ?? [];
        if (names.length === 0) throw new Unmapped();
        return ident(names[names.length - 1]);
      });
      return [{ kind: 'update', table: objectName(relation.name), columns }];
    }
    case 'Delete': {
      if (((node.tables as unknown[] | undefined) ?? []).length > 0 || node.using) return null;
      const from = node.from as Node | undefined;
      const list = ((from?.WithFromKeyword ?? from?.WithoutKeyword) as Node[] | undefined) ?? [];
      if (list.length !== 1 || ((list[0].joins as unknown[] | undefined) ?? []).length > 0) return null;
      const name = ((list[0].relation as Node | undefined)?.Table as Node | undefined)?.name;
      return [{ kind: 'delete', table: objectName(name) }];
    }
    case 'Truncate':
      return ((node.table_names as Node[] | undefined) ?? []).map((t) => ({ kind: 'truncate' as const, table: objectName(t.name) }));
    default:
      return null; // RENAME TABLE, CALL, EXECUTE, DROP PROCEDURE, …: node-sql-parser's reading, as before
  }
}

/** A named index of a CREATE TABLE (`KEY i (…)`, `UNIQUE KEY u (…)`, `CONSTRAINT u UNIQUE (…)`), as mysql.ts lists them. */
function declaredIndex(c: Node): { name: string; unique: boolean; columns: string[] }[] {
  const [key] = Object.keys(c);
  const def = c[key] as Node;
  const columns = ((def.columns as unknown[] | undefined) ?? []).map(indexColumn);
  if (key === 'Index') {
    const name = indexName(def.name ? ident(def.name) : null, columns);
    return name ? [{ name, unique: false, columns }] : [];
  }
  if (key === 'Unique') {
    // mysql.ts (node-sql-parser) prefers the index name to the constraint name, as MySQL does.
    const node = def.index_name ?? def.name;
    const name = indexName(node ? ident(node) : null, columns);
    return name ? [{ name, unique: true, columns }] : [];
  }
  if (key === 'PrimaryKey' || key === 'ForeignKey' || key === 'Check') return [];
  throw new Unmapped(); // FULLTEXT / SPATIAL: node-sql-parser's reading
}

/** A `FOREIGN KEY` of a CREATE TABLE, as mysql.ts declares it (a column's `REFERENCES`, which MySQL ignores, is none). */
function declaredForeignKey(c: Node): DeclaredConstraint[] {
  const def = c.ForeignKey as Node | undefined;
  if (!def) return [];
  const columns = ((def.columns as unknown[] | undefined) ?? []).map(ident);
  return [{ constraint: 'foreign-key', name: def.name ? ident(def.name) : null, columns, detail: objectName(def.foreign_table), actions: foreignKeyActions(def) }];
}

/** sqlparser-rs's referential actions of a foreign key (absent: NO ACTION). */
function foreignKeyActions(def: Node): { onDelete: ForeignKeyAction; onUpdate: ForeignKeyAction } {
  return { onDelete: FK_ACTIONS[String(def.on_delete)] ?? 'no action', onUpdate: FK_ACTIONS[String(def.on_update)] ?? 'no action' };
}

/**
 * `REPLACE` deletes the row with the same key and writes a new one; `ON DUPLICATE KEY UPDATE`
 * rewrites the colliding row's columns: both rewrite rows the previous release wrote.
 */
function insertOperations(node: Node): Operation[] {
  const table = objectName((node.table as Node | undefined)?.TableName);
  if (node.replace_into === true) return [{ kind: 'update', table, columns: [] }];
  const set = (node.on as Node | null | undefined)?.DuplicateKeyUpdate as Node[] | undefined;
  if (node.on && !set) throw new Unmapped();
  const columns = (set ?? [])
    .filter((a) => !keepsItself(table, a))
    .map((a) => {
      const names = ((a.target as Node)?.ColumnName as unknown[] | undefined) ?? [];
      if (names.length === 0) throw new Unmapped();
      return ident(names[names.length - 1]);
    });
  return columns.length > 0 ? [{ kind: 'update', table, columns }] : [{ kind: 'other', what: 'insert' }];
}

/** `ON DUPLICATE KEY UPDATE id = id` (or `= t.id`), the idiom for "insert if missing": writes nothing. */
function keepsItself(table: string, a: Node): boolean {
  const names = ((a.target as Node)?.ColumnName as unknown[] | undefined) ?? [];
  const value = a.value as Node | undefined;
  const parts = value?.Identifier ? [value.Identifier] : ((value?.CompoundIdentifier as unknown[] | undefined) ?? []);
  if (names.length === 0 || parts.length === 0 || parts.length > 2) return false;
  if (parts.length === 2 && ident(parts[0]) !== table) return false;
  return ident(parts[parts.length - 1]) === ident(names[names.length - 1]);
}

const CONSTRAINTS: Record<string, ConstraintKind> = { PrimaryKey: 'primary-key', Unique: 'unique', ForeignKey: 'foreign-key', Check: 'check' };
/** sqlparser-rs's referential actions (absent: NO ACTION). */
const FK_ACTIONS: Record<string, ForeignKeyAction> = { NoAction: 'no action', Restrict: 'restrict', Cascade: 'cascade', SetNull: 'set null', SetDefault: 'set default' };

function alterAction(table: string, action: Node): Operation[] {
  const [op] = Object.keys(action);
  const body = action[op] as Node;
  switch (op) {
    case 'AddColumn': {
      const def = body.column_def as Node;
      const options = ((def.options as Node[] | undefined) ?? []).map((o) => o.option);
      const check = options.some((o) => o !== null && typeof o === 'object' && 'Check' in (o as Node));
      return addedColumn(table, columnInfo(ident(def.name), def.data_type, def.options), check ? undefined : []);
    }
    case 'DropColumn': {
      const names = (body.column_names as unknown[] | undefined) ?? [];
      if (names.length !== 1) throw new Unmapped();
      return [{ kind: 'drop-column', table, column: ident(names[0]) }];
    }
    case 'RenameColumn':
      return [{ kind: 'rename-column', table, column: ident(body.old_column_name), newName: ident(body.new_column_name) }];
    case 'ModifyColumn': {
      const name = ident(body.col_name);
      return redefined(table, name, columnInfo(name, body.data_type, body.options));
    }
    case 'ChangeColumn':
      return redefined(table, ident(body.old_name), columnInfo(ident(body.new_name), body.data_type, body.options));
    case 'RenameTable': {
      const target = (body.table_name as Node | undefined)?.To ?? (body.table_name as Node | undefined)?.As;
      if (!Array.isArray(target) || target.length !== 1) throw new Unmapped();
      return [{ kind: 'rename-table', table, newName: normalizeName([ident(target[0])]) }];
    }
    case 'AddConstraint': {
      const c = body.constraint as Node;
      const [ck] = Object.keys(c);
      const def = c[ck] as Node;
      if (ck === 'Index') {
        const columns = ((def.columns as unknown[]) ?? []).map(indexColumn);
        return [{ kind: 'create-index', table, name: indexName(def.name ? ident(def.name) : null, columns), unique: false, concurrently: false, columns }];
      }
      const kind = CONSTRAINTS[ck];
      if (!kind) throw new Unmapped();
      const nameNode = def.name ?? def.index_name;
      const columns = kind === 'check' ? [] : ((def.columns as unknown[] | undefined) ?? []).map(indexColumn);
      const name = nameNode ? ident(nameNode) : null;
      const actions = kind === 'foreign-key' ? { actions: foreignKeyActions(def) } : {};
      return [{ kind: 'add-constraint', table, constraint: kind, name: kind === 'unique' ? indexName(name, columns) : name, columns, notValid: false, ...actions }];
    }
    case 'DropIndex':
      return [dropIndex(table, ident(body.name))];
    case 'DropPrimaryKey':
      return [{ kind: 'drop-constraint', table, name: 'primary', constraint: 'primary-key' }];
    case 'DropForeignKey':
      return [{ kind: 'drop-constraint', table, name: ident(body.name), constraint: 'foreign-key' }];
    default:
      throw new Unmapped();
  }
}
