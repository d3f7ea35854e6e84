/**
 * MySQL / MariaDB adapter: node-sql-parser's per-dialect mysql build (its mariadb grammar misses
 * `ADD CONSTRAINT … FOREIGN KEY`, `ADD UNIQUE KEY`, `ADD PRIMARY KEY`, so MariaDB uses it too).
 * Its DDL nodes carry no positions: sub-command lines come from a masked scan of the text.
 */
import { normalizeName, type ColumnInfo, type ConstraintKind, type DeclaredConstraint, type ForeignKeyAction, type ForeignKeyActions, type Operation } from '../model.js';
import { maskSql, topLevelPieces } from './mask.js';
import { linesOfOffsets } from '../../text/lines.js';

type Node = Record<string, unknown>;
interface SqlParser {
  astify(sql: string, options: { database: string }): Node | Node[];
}

let parser: SqlParser | null = null;
let loading: Promise<void> | null = null;

/** Load the per-dialect build once (a dynamic import, so bundlers keep it in the bundle but evaluate it lazily). */
export function loadMysqlParser(): Promise<void> {
  loading ??= import('node-sql-parser/build/mysql.js').then((mod) => {
    const m = mod as unknown as { Parser?: new () => SqlParser; default?: { Parser: new () => SqlParser } };
    const Parser = m.Parser ?? m.default?.Parser;
    if (!Parser) throw new Error('node-sql-parser/build/mysql has no Parser export');
    parser = new Parser();
  });
  return loading;
}

function getParser(): SqlParser {
  if (!parser) throw new Error('the MySQL parser is not loaded: call prepareMigrations() first');
  return parser;
}

export type MysqlOutcome = { ok: true; ops: Operation[] } | { ok: false; error: string };

export function parseMysql(text: string, firstLine = 1): MysqlOutcome {
  let ast: Node | Node[];
  try {
    ast = getParser().astify(text, { database: 'mysql' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.length > 200 ? `${message.slice(0, 200)}…` : message };
  }
  const nodes = Array.isArray(ast) ? ast : [ast];
  const ops: Operation[] = [];
  for (const node of nodes) {
    const mapped = operationsOf(node, text, firstLine);
    if (mapped === null) return { ok: false, error: `node-sql-parser read it, but not into a known shape (${String(node.type)})` };
    for (const op of mapped) ops.push(op);
  }
  return { ok: true, ops };
}

function tableName(t: unknown): string {
  const n = t as { db?: string | null; table?: string } | undefined;
  return normalizeName(n?.db ? [n.db, n.table ?? ''] : [n?.table ?? '']);
}

function columnName(c: unknown): string {
  const ref = c as { column?: unknown } | undefined;
  const col = ref?.column;
  if (typeof col === 'string') return col.toLowerCase();
  const expr = (col as { expr?: { value?: unknown } } | undefined)?.expr?.value;
  return typeof expr === 'string' ? expr.toLowerCase() : '';
}

function typeText(def: Node | undefined): { type: string | null; enumValues?: string[] } {
  if (!def) return { type: null };
  const base = String(def.dataType ?? '').toLowerCase();
  const expr = (def.expr as { value?: { value?: unknown }[] } | undefined)?.value;
  if ((base === 'enum' || base === 'set') && Array.isArray(expr)) {
    const values = expr.map((v) => String(v.value ?? ''));
    return { type: `${base}(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')})`, enumValues: base === 'enum' ? values : undefined };
  }
  let type = base;
  if (def.length !== undefined && def.length !== null) type += `(${String(def.length)}${def.scale !== undefined && def.scale !== null ? `,${String(def.scale)}` : ''})`;
  const suffix = Array.isArray(def.suffix) ? def.suffix.map((s) => String(s).toLowerCase()) : [];
  if (suffix.includes('unsigned')) type += ' unsigned';
  return { type };
}

function columnInfo(name: string, node: Node): ColumnInfo {
  const { type, enumValues } = typeText(node.definition as Node | undefined);
  const nullable = (node.nullable as { type?: string } | undefined)?.type;
  return {
    name,
    type,
    notNull: nullable === 'not null' || node.primary_key !== undefined && node.primary_key !== null,
    hasDefault: hasDefaultValue(node.default_val) || !!node.auto_increment || !!node.generated,
    unique: !!node.unique || !!node.unique_or_primary,
    primaryKey: node.primary_key !== undefined && node.primary_key !== null,
    ...(enumValues ? { enumValues } : {}),
    ...(node.generated ? { generated: true } : {}),
    ...(node.auto_increment ? { sequenceFilled: true } : {}),
  };
}

/** `CREATE DATABASE x`: node-sql-parser gives `{ schema: [{ value: 'x' }] }`. */
function schemaName(database: unknown): string {
  if (typeof database === 'string') return database.toLowerCase();
  const parts = (database as { schema?: { value?: unknown }[] } | undefined)?.schema ?? [];
  return parts.map((p) => String(p.value ?? '').toLowerCase()).join('.');
}

/** A named index of a CREATE TABLE: MySQL names a UNIQUE column's index after the column. */
function declaredIndex(d: Node): { name: string; unique: boolean; columns: string[] }[] {
  if (d.resource === 'column') return d.unique || d.unique_or_primary === 'unique' ? [{ name: columnName(d.column), unique: true, columns: [columnName(d.column)] }] : [];
  const columns = ((d.definition as unknown[] | undefined) ?? []).map(columnName);
  const name = indexName(typeof d.index === 'string' ? d.index : typeof d.constraint === 'string' ? d.constraint : null, columns);
  if (name === null) return [];
  if (d.resource === 'index') return [{ name: name.toLowerCase(), unique: false, columns }];
  const kind = CONSTRAINTS[String(d.constraint_type ?? '').toLowerCase()];
  return kind === 'unique' ? [{ name: name.toLowerCase(), unique: true, columns }] : [];
}

/**
 * A `FOREIGN KEY (…) REFERENCES t (…)` of a CREATE TABLE, declared on the table so the history knows
 * it (a later key widened by a new column is compared with it: flipt's MySQL `variants`). A column's
 * own `REFERENCES` is parsed and ignored by MySQL: no foreign key.
 */
function declaredForeignKey(d: Node): DeclaredConstraint[] {
  if (d.resource !== 'constraint' || CONSTRAINTS[String(d.constraint_type ?? '').toLowerCase()] !== 'foreign-key') return [];
  const ref = d.reference_definition as Node | undefined;
  const name = typeof d.constraint === 'string' ? d.constraint.toLowerCase() : null;
  const columns = ((d.definition as unknown[] | undefined) ?? []).map(columnName);
  return [{ constraint: 'foreign-key', name, columns, detail: tableName((ref?.table as unknown[] | undefined)?.[0]), actions: foreignKeyActions(ref) }];
}

/**
 * InnoDB names a foreign key written without a name `<table>_ibfk_<n>`, counting from 1 in the
 * order of the CREATE TABLE: the name a later `DROP FOREIGN KEY` uses (flipt's `variants_ibfk_1`).
 */
export function namedForeignKeys(table: string, keys: DeclaredConstraint[]): DeclaredConstraint[] {
  const relname = table.split('.').pop() ?? table;
  let n = 0;
  return keys.map((k) => (k.name !== null ? k : { ...k, name: `${relname}_ibfk_${++n}` }));
}

/** `ON DELETE …` / `ON UPDATE …` of a foreign key (not written: NO ACTION). */
function foreignKeyActions(ref: Node | undefined): ForeignKeyActions {
  const action = (type: string): ForeignKeyAction => {
    const found = ((ref?.on_action as Node[] | undefined) ?? []).find((a) => a.type === type);
    const value = String((found?.value as Node | undefined)?.value ?? 'no action').toLowerCase();
    return (['no action', 'restrict', 'cascade', 'set null', 'set default'] as const).find((a) => a === value) ?? 'no action';
  };
  return { onDelete: action('on delete'), onUpdate: action('on update') };
}

/** `ON DUPLICATE KEY UPDATE id = id` (or `= t.id`), the idiom for "insert if missing": writes nothing. */
function keepsItself(table: string, column: string | undefined, value: Node | undefined): boolean {
  if (value?.type !== 'column_ref' || typeof value.column !== 'string') return false;
  const sameTable = value.table === null || value.table === undefined || String(value.table).toLowerCase() === table;
  return sameTable && value.column.toLowerCase() === String(column ?? '').toLowerCase();
}

/** `DEFAULT NULL` is what a nullable column without a DEFAULT has anyway: no default to rely on or to drop. */
function hasDefaultValue(d: unknown): boolean {
  if (d === undefined || d === null) return false;
  return (d as { value?: { type?: unknown } }).value?.type !== 'null';
}

const CONSTRAINTS: Record<string, ConstraintKind> = {
  'primary key': 'primary-key',
  unique: 'unique',
  'unique key': 'unique',
  'unique index': 'unique',
  'foreign key': 'foreign-key',
  check: 'check',
};

function operationsOf(node: Node, text: string, firstLine: number): Operation[] | null {
  const type = String(node.type);
  switch (type) {
    case 'alter': {
      const table = tableName((node.table as unknown[] | undefined)?.[0]);
      const exprs = (node.expr as Node[] | undefined) ?? [];
      const lines = actionLines(text, firstLine, exprs.length);
      const ops: Operation[] = [];
      exprs.forEach((e, i) => {
        for (const op of alterAction(table, e)) ops.push(lines ? { ...op, line: lines[i] } : op);
      });
      return renameLast(ops);
    }
    case 'drop': {
      const keyword = String(node.keyword).toLowerCase();
      const list = Array.isArray(node.name) ? (node.name as unknown[]) : [node.name];
      if (keyword === 'table') return list.map((t) => ({ kind: 'drop-table' as const, table: tableName(t) }));
      if (keyword === 'view') return list.map((t) => ({ kind: 'drop-object' as const, objectKind: 'view' as const, name: tableName(t) }));
      if (keyword === 'database' || keyword === 'schema') return [{ kind: 'drop-schema', name: String(node.name).toLowerCase(), database: false }];
      if (keyword === 'index') return [node.table ? dropIndex(tableName(node.table), columnName(node.name)) : { kind: 'drop-index', name: columnName(node.name), table: null }];
      if (keyword === 'trigger') {
        return list.map((t) => ({ kind: 'drop-object' as const, objectKind: 'trigger' as const, name: String((t as { trigger?: string }).trigger ?? '').toLowerCase() }));
      }
      return null;
    }
    case 'rename': {
      const pairs = (node.table as unknown[][] | undefined) ?? [];
      const masked = maskSql(text, 'mysql');
      const head = /^\s*RENAME\s+TABLES?\s+/i.exec(masked);
      const starts = head ? topLevelPieces(masked, head[0].length) : [];
      const lines = starts.length === pairs.length ? linesOfOffsets(text, starts, firstLine) : null;
      return pairs.map(([from, to], i) => ({
        kind: 'rename-table' as const,
        table: tableName(from),
        newName: tableName(to),
        ...(lines ? { line: lines[i] } : {}),
      }));
    }
    case 'create': {
      const keyword = String(node.keyword).toLowerCase();
      if (keyword === 'table') {
        const defs = (node.create_definitions as Node[] | undefined) ?? [];
        const columns = defs.filter((d) => d.resource === 'column').map((d) => columnInfo(columnName(d.column), d));
        // `PRIMARY KEY (id)` of one column is that column's key, as if written on it.
        const primary = defs.find((d) => d.resource === 'constraint' && String(d.constraint_type ?? '').toLowerCase() === 'primary key');
        const keyColumns = ((primary?.definition as unknown[] | undefined) ?? []).map(columnName);
        for (const c of columns) if (keyColumns.length === 1 && c.name === keyColumns[0]) Object.assign(c, { primaryKey: true, notNull: true });
        const indexes = defs.flatMap((d) => declaredIndex(d));
        const table = tableName((node.table as unknown[] | undefined)?.[0]);
        const constraints = namedForeignKeys(table, defs.flatMap((d) => declaredForeignKey(d)));
        return [{ kind: 'create-table', table, columns, ifNotExists: !!node.if_not_exists, indexes, constraints }];
      }
      if (keyword === 'index') {
        return [
          {
            kind: 'create-index',
            table: tableName(node.table),
            name: typeof node.index === 'string' ? node.index.toLowerCase() : null,
            unique: String(node.index_type ?? '').toLowerCase() === 'unique',
            concurrently: false,
            columns: ((node.index_columns as unknown[] | undefined) ?? []).map(columnName).filter((c) => c !== ''),
          },
        ];
      }
      if (keyword === 'view') {
        const view = node.view as { db?: string | null; view?: string } | undefined;
        return [{ kind: 'create-object', objectKind: 'view', name: normalizeName(view?.db ? [view.db, view.view ?? ''] : [view?.view ?? '']) }];
      }
      if (keyword === 'database' || keyword === 'schema') return [{ kind: 'create-object', objectKind: 'schema', name: schemaName(node.database) }];
      if (keyword === 'trigger') return [{ kind: 'create-object', objectKind: 'trigger', name: String((node.trigger as { table?: string } | undefined)?.table ?? '').toLowerCase() }];
      return [{ kind: 'other', what: `create ${keyword}` }];
    }
    case 'insert':
    case 'replace': {
      // `REPLACE` deletes the row with the same key and writes a new one; `ON DUPLICATE KEY UPDATE`
      // rewrites the colliding row's columns: both rewrite rows the previous release wrote.
      const table = tableName((node.table as unknown[] | undefined)?.[0]);
      if (type === 'replace') return [{ kind: 'update', table, columns: [] }];
      const set = (node.on_duplicate_update as { set?: { column?: string; value?: Node }[] } | null | undefined)?.set;
      if (!set) return [{ kind: 'other', what: type }];
      const columns = set.filter((s) => !keepsItself(table, s.column, s.value)).map((s) => String(s.column ?? '').toLowerCase());
      return columns.length > 0 ? [{ kind: 'update', table, columns }] : [{ kind: 'other', what: 'insert' }];
    }
    case 'update': {
      const tables = (node.table as unknown[] | undefined) ?? [];
      const set = (node.set as { column?: string; table?: string | null }[] | undefined) ?? [];
      if (tables.length === 1) {
        return [{ kind: 'update', table: tableName(tables[0]), columns: set.map((s) => String(s.column ?? '').toLowerCase()) }];
      }
      // Multi-table UPDATE: attribute each column to its table (alias or name) when given.
      const byAlias = new Map<string, string>();
      for (const t of tables) {
        const n = t as { as?: string | null; table?: string };
        byAlias.set(String(n.as ?? n.table ?? '').toLowerCase(), tableName(t));
      }
      const cols = new Map<string, string[]>();
      for (const s of set) {
        const table = byAlias.get(String(s.table ?? '').toLowerCase()) ?? tableName(tables[0]);
        cols.set(table, [...(cols.get(table) ?? []), String(s.column ?? '').toLowerCase()]);
      }
      return [...cols].map(([table, columns]) => ({ kind: 'update' as const, table, columns }));
    }
    case 'delete': {
      const targets = ((node.table as unknown[] | undefined) ?? (node.from as unknown[] | undefined) ?? []).map(tableName);
      return [...new Set(targets)].map((table) => ({ kind: 'delete' as const, table }));
    }
    case 'truncate':
      return ((node.name as unknown[] | undefined) ?? []).map((t) => ({ kind: 'truncate' as const, table: tableName(t) }));
    case 'call':
      // A procedure's body runs now, and the gate cannot see it from here.
      return null;
    default:
      return [{ kind: 'other', what: type }];
  }
}

/** MySQL applies every action of an `ALTER TABLE` to the table and renames it last (`RENAME TO t2, ADD COLUMN b`). */
export function renameLast(ops: Operation[]): Operation[] {
  return ops.some((op) => op.kind === 'rename-table') ? [...ops.filter((op) => op.kind !== 'rename-table'), ...ops.filter((op) => op.kind === 'rename-table')] : ops;
}

function alterAction(table: string, e: Node): Operation[] {
  const action = String(e.action);
  const resource = String(e.resource);
  if (resource === 'column') {
    if (action === 'add') return addedColumn(table, columnInfo(columnName(e.column), e), e.check ? undefined : []);
    if (action === 'drop') return [{ kind: 'drop-column', table, column: columnName(e.column) }];
    if (action === 'rename') return [{ kind: 'rename-column', table, column: columnName(e.old_column), newName: columnName(e.column) }];
    if (action === 'modify') {
      const name = columnName(e.column);
      return redefined(table, name, columnInfo(name, e));
    }
    if (action === 'change') return redefined(table, columnName(e.old_column), columnInfo(columnName(e.column), e));
  }
  if (resource === 'table' && action === 'rename') return [{ kind: 'rename-table', table, newName: normalizeName([String(e.table ?? '')]) }];
  if (resource === 'constraint' && action === 'add') {
    const def = e.create_definitions as Node;
    const kind = CONSTRAINTS[String(def.constraint_type ?? '').toLowerCase()];
    if (!kind) return [{ kind: 'other', what: 'add constraint' }];
    const columns = kind === 'check' ? [] : ((def.definition as unknown[] | undefined) ?? []).map(columnName);
    const name = typeof def.constraint === 'string' ? def.constraint.toLowerCase() : typeof def.index === 'string' ? def.index.toLowerCase() : null;
    const actions = kind === 'foreign-key' ? { actions: foreignKeyActions(def.reference_definition as Node | undefined) } : {};
    return [{ kind: 'add-constraint', table, constraint: kind, name: kind === 'unique' ? indexName(name, columns) : name, columns, notValid: false, ...actions }];
  }
  if (resource === 'index' && action === 'add') {
    const columns = ((e.definition as unknown[] | undefined) ?? []).map(columnName);
    return [{ kind: 'create-index', table, name: indexName(typeof e.index === 'string' ? e.index.toLowerCase() : null, columns), unique: false, concurrently: false, columns }];
  }
  if (resource === 'index' && action === 'drop') return [dropIndex(table, String(e.index ?? ''))];
  if (resource === 'constraint' && action === 'drop') {
    // MySQL 8.0.19+ `DROP CONSTRAINT c` (any kind) and `DROP CHECK c`.
    const check = String(e.keyword).toLowerCase() === 'check';
    return [{ kind: 'drop-constraint', table, name: String(e.constraint ?? '').toLowerCase(), ...(check ? { constraint: 'check' as const } : {}) }];
  }
  if (resource === 'key' && action === 'drop') {
    const keyword = String(e.keyword).toLowerCase();
    if (keyword === 'primary key') return [{ kind: 'drop-constraint', table, name: 'primary', constraint: 'primary-key' }];
    if (keyword === 'key') return [dropIndex(table, String(e.key ?? ''))];
    if (keyword === 'foreign key' && typeof e.key === 'string') return [{ kind: 'drop-constraint', table, name: e.key.toLowerCase(), constraint: 'foreign-key' }];
    return [{ kind: 'other', what: 'drop foreign key' }];
  }
  return [{ kind: 'other', what: `${action} ${resource}` }];
}

/** MySQL names an index written without a name after its first column (`ADD UNIQUE (email)` is `email`). */
export function indexName(name: string | null, columns: string[]): string | null {
  return name !== null ? name.toLowerCase() : columns[0] || null;
}

/**
 * `ADD COLUMN c … UNIQUE` also creates a unique index named `c`. `constraints`: those the column
 * declares besides its flags (none: MySQL ignores a column's `REFERENCES`), so the history keeps
 * the table's foreign keys; undefined (a column `CHECK`) leaves the table's list unknown.
 */
export function addedColumn(table: string, column: ColumnInfo, constraints: DeclaredConstraint[] | undefined): Operation[] {
  const ops: Operation[] = [{ kind: 'add-column', table, column, ...(constraints ? { constraints } : {}) }];
  if (column.unique && !column.primaryKey) ops.push({ kind: 'create-index', table, name: column.name, unique: true, concurrently: false, columns: [column.name] });
  return ops;
}

/**
 * `MODIFY`/`CHANGE`: the column's new definition, and the unique index or primary key that a
 * `UNIQUE`/`PRIMARY KEY` in it adds (MySQL adds one each time; restating a primary key is an error).
 */
export function redefined(table: string, column: string, def: ColumnInfo): Operation[] {
  const ops: Operation[] = [{ kind: 'redefine-column', table, column, def }];
  if (def.primaryKey || def.unique) {
    ops.push({ kind: 'add-constraint', table, constraint: def.primaryKey ? 'primary-key' : 'unique', name: null, columns: [def.name], notValid: false });
  }
  return ops;
}

/** `DROP INDEX i`; `DROP INDEX \`PRIMARY\`` drops the primary key. */
export function dropIndex(table: string, name: string): Operation {
  const index = name.toLowerCase();
  return index === 'primary' ? { kind: 'drop-constraint', table, name: index, constraint: 'primary-key' } : { kind: 'drop-index', name: index, table };
}

/** Line of each top-level action of an `ALTER TABLE`. */
export function actionLines(text: string, firstLine: number, count: number): number[] | null {
  const masked = maskSql(text, 'mysql');
  const head = /^\s*ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+(?:`(?:[^`]|``)*`|[^\s.`]+)(?:\s*\.\s*(?:`(?:[^`]|``)*`|[^\s.`]+))?\s*/i.exec(masked);
  if (!head) return null;
  const starts = topLevelPieces(masked, head[0].length);
  if (starts.length !== count) return null;
  return linesOfOffsets(text, starts, firstLine);
}
