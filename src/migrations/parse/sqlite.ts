/**
 * SQLite (and other dialects') adapter: sqlparser-rs compiled to WASM (`@guanmingchiu/sqlparser-ts`,
 * Apache-2.0). Must be initialised once (`loadSqlparser`) before `parseWithSqlparser` is called.
 */
import type * as Sqlparser from '@guanmingchiu/sqlparser-ts';
import { conditional, normalizeName, type ColumnInfo, type DeclaredConstraint, type Operation } from '../model.js';

let sqlparser: typeof Sqlparser | null = null;
let loaded: Promise<void> | null = null;
/** Load and initialise the WASM module (a dynamic import: commands that need no SQL never compile it). */
export function loadSqlparser(): Promise<void> {
  loaded ??= import('@guanmingchiu/sqlparser-ts').then(async (mod) => {
    await mod.init();
    sqlparser = mod;
  });
  return loaded;
}

type Node = Record<string, unknown>;
/**
 * What sqlparser-rs read: the operations, and (`opaque`) why part of it cannot be read from here
 * (dynamic SQL, a stored procedure run), with the SQL text it runs when that is written out.
 */
export type SqlparserOutcome = { ok: true; ops: Operation[]; opaque?: string; opaqueText?: string } | { ok: false; error: string };

/** A statement kind this adapter does not read: the statement goes to the fallback, then stays unparsed. */
class Unread extends Error {}

/** What `operationsOf` learns besides operations: the first thing it cannot read, and its SQL. */
interface Reading {
  opaque?: string;
  opaqueText: string[];
}

/** The statements sqlparser-rs reads in `text` with `dialect`'s grammar, or why it does not. */
export function sqlparserStatements(
  text: string,
  dialect: 'sqlite' | 'mssql' | 'generic' | 'mysql',
): { ok: true; statements: Node[] } | { ok: false; error: string } {
  try {
    if (!sqlparser) throw new Error('the SQL parser is not loaded: call prepareMigrations() first');
    const statements = sqlparser.parse(text, dialect);
    return { ok: true, statements: Array.isArray(statements) ? (statements as Node[]) : [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message.length > 200 ? `${message.slice(0, 200)}…` : message };
  }
}

export function parseWithSqlparser(text: string, dialect: 'sqlite' | 'mssql' | 'generic', firstLine = 1): SqlparserOutcome {
  const read = sqlparserStatements(text, dialect);
  if (!read.ok) return read;
  const reading: Reading = { opaqueText: [] };
  const ops: Operation[] = [];
  try {
    for (const stmt of read.statements) for (const op of operationsOf(stmt, firstLine, dialect, reading)) ops.push(op);
  } catch (error) {
    if (error instanceof Unread) return { ok: false, error: error.message };
    throw error;
  }
  if (reading.opaque === undefined) return { ok: true, ops };
  return { ok: true, ops, opaque: reading.opaque, ...(reading.opaqueText.length > 0 ? { opaqueText: reading.opaqueText.join('\n') } : {}) };
}

function ident(node: unknown, dialect: string): string {
  const i = ((node as Node)?.Identifier ?? node) as { value?: string; quote_style?: string | null } | undefined;
  const value = String(i?.value ?? '');
  return i?.quote_style || dialect === 'mssql' ? value : value.toLowerCase();
}

function objectName(parts: unknown, dialect: string): string {
  const list = Array.isArray(parts) ? parts : [];
  const names = list.map((p) => ident(p, dialect));
  if (names.length > 1 && (names[0] === 'main' || names[0] === 'dbo')) names.shift();
  return normalizeName(names, names.map(() => true));
}

function spanLine(node: unknown, firstLine: number): number | undefined {
  const line = ((node as Node)?.span as { start?: { line?: number } } | undefined)?.start?.line;
  return typeof line === 'number' && line > 0 ? firstLine + line - 1 : undefined;
}

/** The values of an inline `ENUM('a', 'b')` type (H2 reads like MySQL here), or undefined. */
function enumMembers(dataType: unknown): string[] | undefined {
  const value = dataType && typeof dataType === 'object' ? (dataType as Node).Enum : undefined;
  if (!Array.isArray(value) || !Array.isArray(value[0])) return undefined;
  const members = (value[0] as unknown[]).map((m) => {
    const named = m as { Name?: unknown; NameAndValue?: unknown[] } | null;
    return typeof named?.Name === 'string' ? named.Name : typeof named?.NameAndValue?.[0] === 'string' ? named.NameAndValue[0] : null;
  });
  return members.every((m): m is string => m !== null) ? members : undefined;
}

function typeText(dataType: unknown): string | null {
  if (typeof dataType === 'string') return dataType.toLowerCase();
  if (!dataType || typeof dataType !== 'object') return null;
  const [key] = Object.keys(dataType);
  if (!key) return null;
  const value = (dataType as Node)[key];
  // The values are the type: an ENUM redefined with other values is judged value by value.
  const members = key === 'Enum' ? enumMembers(dataType) : undefined;
  if (members) return `enum(${members.map((m) => `'${m.toLowerCase()}'`).join(',')})`;
  if (key === 'Custom' && Array.isArray(value)) {
    // A type sqlparser-rs does not know (`text(4)`, `"uuid"`): its name and arguments as written.
    const [name, args] = value as [unknown, unknown];
    const names = (Array.isArray(name) ? name : []).map((p) => String(((p as Node)?.Identifier as Node | undefined)?.value ?? '').toLowerCase());
    const list = Array.isArray(args) ? args.map(String) : [];
    return `${names.join('.')}${list.length > 0 ? `(${list.join(',')})` : ''}`;
  }
  // ClickHouse wrappers keep their inner type (`Nullable(UUID)`): `migrations/clickhouse.ts` takes them off.
  if (key === 'Nullable' || key === 'LowCardinality') return `${key.toLowerCase()}(${typeText(value) ?? ''})`;
  // Positions (`span`) are not part of the type.
  const inner = JSON.stringify(value, (k, v: unknown) => (k === 'span' ? undefined : v)) ?? '';
  const nums = inner.match(/\d+/g) ?? [];
  return nums.length > 0 ? `${key.toLowerCase()}(${nums.join(',')})` : key.toLowerCase();
}

function columnInfo(def: Node, dialect: string, firstLine: number): ColumnInfo {
  const options = ((def.options as { option?: unknown }[] | undefined) ?? []).map((o) => o.option);
  const has = (name: string): boolean => options.some((o) => o === name || (typeof o === 'object' && o !== null && name in (o as Node)));
  const line = spanLine(def.name, firstLine);
  const enumValues = enumMembers(def.data_type);
  // The default's expression, comparable like a CHECK's (a CHECK on new columns is judged with it).
  const byDefault = options.find((o): o is Node => typeof o === 'object' && o !== null && 'Default' in o)?.Default;
  return {
    name: ident(def.name, dialect),
    type: typeText(def.data_type),
    notNull: has('NotNull') || has('PrimaryKey'),
    // `DEFAULT NULL` is no default to rely on (as the Postgres and MySQL readers take it).
    hasDefault: (byDefault !== undefined && !isNullDefault(byDefault)) || has('Generated') || has('Identity'),
    unique: has('Unique'),
    primaryKey: has('PrimaryKey'),
    ...(line === undefined ? {} : { line }),
    ...(has('Generated') ? { generated: true } : {}),
    ...(enumValues ? { enumValues } : {}),
    ...(byDefault === undefined ? {} : { defaultExpr: exprText(byDefault) }),
  };
}

/** A sqlparser-rs `DEFAULT NULL` expression (SQLite's and the MySQL fast path's readers). */
export function isNullDefault(expr: unknown): boolean {
  const value = (expr as Node | null)?.Value as Node | string | undefined;
  return (typeof value === 'object' && value !== null ? value.value : value) === 'Null';
}

const CONSTRAINT_KINDS = { Unique: 'unique', PrimaryKey: 'primary-key', Check: 'check', ForeignKey: 'foreign-key' } as const;

/** A CHECK expression as comparable text: no positions, no quoting, one case. */
function exprText(expr: unknown): string {
  return JSON.stringify(expr, (key, value: unknown) => (key === 'span' || key === 'quote_style' ? undefined : value)).toLowerCase();
}

/** The column names an expression mentions (a CHECK's columns). */
function exprColumns(expr: unknown, dialect: string): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Node)) {
        if (key === 'Identifier' && value && typeof value === 'object' && 'value' in value) out.add(ident(value, dialect));
        else if (key === 'CompoundIdentifier' && Array.isArray(value) && value.length > 0) out.add(ident(value[value.length - 1], dialect));
        else walk(value);
      }
    }
  };
  walk(expr);
  return [...out];
}

/** The first line any part of `node` starts on. */
function firstSpanLine(node: unknown, firstLine: number): number | undefined {
  let first = Infinity;
  for (const m of JSON.stringify(node).matchAll(/"line":(\d+)/g)) {
    const line = Number(m[1]);
    if (line > 0 && line < first) first = line;
  }
  return first === Infinity ? undefined : firstLine + first - 1;
}

/** A UNIQUE, PRIMARY KEY, CHECK or REFERENCES on one column (`column` set) or for the table. */
function declaredConstraint(
  wrapped: unknown,
  name: unknown,
  column: string | null,
  dialect: string,
  firstLine: number,
  fallbackLine?: number,
): DeclaredConstraint | null {
  if (!wrapped || typeof wrapped !== 'object') return null;
  const [key] = Object.keys(wrapped) as (keyof typeof CONSTRAINT_KINDS)[];
  const constraint = CONSTRAINT_KINDS[key];
  if (!constraint) return null;
  const body = (wrapped as Node)[key] as Node;
  const named = (name ?? body.name) as Node | null | undefined;
  const listed = ((body.columns as Node[] | undefined) ?? []).map((c) => ident(((c.column as Node | undefined)?.expr as Node | undefined)?.Identifier ?? c, dialect));
  const columns = constraint === 'check' ? exprColumns(body.expr, dialect) : column !== null ? [column] : listed;
  const detail = constraint === 'check' ? exprText(body.expr) : constraint === 'foreign-key' ? objectName(body.foreign_table, dialect) : '';
  const line = firstSpanLine(wrapped, firstLine) ?? fallbackLine;
  const values = constraint === 'check' ? inListValues(body.expr) : undefined;
  return { constraint, name: named ? ident(named, dialect) : null, columns, detail, ...(values ? { values } : {}), ...(line === undefined ? {} : { line }) };
}

/** The strings of `column IN ('a', 'b')`, else undefined. */
function inListValues(expr: unknown): string[] | undefined {
  const list = (expr as Node | undefined)?.InList as { expr?: Node; list?: Node[]; negated?: boolean } | undefined;
  if (!list?.expr?.Identifier || list.negated || !Array.isArray(list.list)) return undefined;
  const values = list.list.map((v) => ((v.Value as Node | undefined)?.value as Node | undefined)?.SingleQuotedString);
  return values.every((v) => typeof v === 'string') ? (values as string[]) : undefined;
}

/** The constraints written on a column definition. */
function columnConstraints(def: Node, dialect: string, firstLine: number): DeclaredConstraint[] {
  const column = ident(def.name, dialect);
  return ((def.options as { name?: unknown; option?: unknown }[] | undefined) ?? [])
    .map((o) => declaredConstraint(o.option, o.name, column, dialect, firstLine, spanLine(def.name, firstLine)))
    .filter((c) => c !== null);
}

/** Statement kinds that change nothing the rules look at (besides those read below). */
const HARMLESS_KINDS = new Set([
  'StartTransaction', 'Commit', 'Rollback', 'Savepoint', 'ReleaseSavepoint', 'Set', 'SetVariable', 'SetNames', 'SetNamesDefault',
  'SetTimeZone', 'SetRole', 'SetTransaction', 'SetSessionParam', 'SetSessionAuthorization', 'Declare', 'Use', 'Pragma', 'Analyze',
  'Vacuum', 'Comment', 'Grant', 'CreateFunction', 'CreateProcedure', 'CreateSchema', 'CreateDatabase', 'CreateRole', 'CreateUser',
  'CreateSequence', 'CreateType', 'CreateDomain', 'CreateExtension', 'CreateVirtualTable', 'CreateCollation', 'CreatePolicy',
  'CreateServer', 'CreateSecret', 'CreateMacro', 'CreateOperator', 'CreateOperatorClass', 'CreateOperatorFamily', 'AttachDatabase',
  'Explain', 'ExplainTable', 'Print', 'Throw', 'RaisError', 'Raise', 'Return', 'Deallocate', 'Prepare', 'Close', 'Fetch', 'Open',
  'Discard', 'Flush', 'LockTables', 'UnlockTables', 'Lock', 'Copy', 'LoadData', 'Notify', 'Listen', 'Unlisten', 'Assert', 'OptimizeTable',
]);

/**
 * ALTER TABLE actions on data the database derives from the table (ClickHouse projections): they
 * change no column, key or row the previous release reads or writes.
 */
const DERIVED_DATA_ACTIONS = new Set(['AddProjection', 'DropProjection', 'MaterializeProjection', 'ClearProjection']);

/** T-SQL system procedures that only document (extended properties): they change no schema. */
const DOCUMENTING_PROCEDURES = new Set(['sp_addextendedproperty', 'sp_updateextendedproperty', 'sp_dropextendedproperty']);

function operationsOf(stmt: Node, firstLine: number, dialect: string, reading: Reading): Operation[] {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind] as Node;
  switch (kind) {
    case 'Execute':
      return executeOperations(node, dialect, reading);
    case 'If':
    case 'While': {
      // T-SQL `IF OBJECT_ID('t') IS NOT NULL DROP TABLE t`, `WHILE … BEGIN … END`: each branch's
      // statements, as operations that run under a condition.
      const ops: Operation[] = [];
      for (const inner of blockStatements(node)) for (const op of operationsOf(inner, firstLine, dialect, reading)) ops.push(conditional(op));
      return ops;
    }
    case 'AlterTable': {
      const table = objectName(node.name, dialect);
      const ops: Operation[] = [];
      for (const o of (node.operations as Node[] | undefined) ?? []) {
        const [op] = Object.keys(o);
        const body = o[op] as Node;
        if (op === 'AddColumn') {
          const def = body.column_def as Node;
          const constraints = columnConstraints(def, dialect, firstLine);
          ops.push({ kind: 'add-column', table, column: columnInfo(def, dialect, firstLine), ifNotExists: body.if_not_exists === true, constraints, line: spanLine(def.name, firstLine) });
        } else if (op === 'DropColumn') {
          for (const c of (body.column_names as unknown[] | undefined) ?? []) {
            ops.push({ kind: 'drop-column', table, column: ident(c, dialect), line: spanLine(c, firstLine), ...(body.if_exists === true ? { ifExists: true } : {}) });
          }
        } else if (op === 'RenameColumn') {
          ops.push({ kind: 'rename-column', table, column: ident(body.old_column_name, dialect), newName: ident(body.new_column_name, dialect) });
        } else if (op === 'RenameTable') {
          const target = (body.table_name as Node | undefined)?.To ?? (body.table_name as Node | undefined)?.As ?? body.table_name;
          ops.push({ kind: 'rename-table', table, newName: objectName(target, dialect) });
        } else if (op === 'ModifyColumn' || op === 'ChangeColumn') {
          // MySQL's and ClickHouse's forms, read by the generic grammar: the new definition replaces
          // the column's (a type change, a dropped NOT NULL), as the MySQL adapters read it.
          const name = op === 'ModifyColumn' ? body.col_name : body.new_name;
          const def = columnInfo({ name, data_type: body.data_type, options: body.options }, dialect, firstLine);
          ops.push({ kind: 'redefine-column', table, column: ident(op === 'ModifyColumn' ? body.col_name : body.old_name, dialect), def });
        } else if (DERIVED_DATA_ACTIONS.has(op)) {
          ops.push({ kind: 'other', what: op });
        } else {
          // Any other action (ALTER COLUMN … NOT NULL / TYPE, ADD CONSTRAINT, DROP CONSTRAINT, … in
          // T-SQL, H2, ClickHouse) is not read here: the keyword reading gets the statement, and what it
          // does not recognise stays unparsed. It used to pass as `other`, unjudged.
          throw new Unread(`sqlparser-rs reads an ALTER TABLE … ${op} action, which this adapter does not analyse`);
        }
      }
      return ops;
    }
    case 'Drop': {
      const type = String(node.object_type);
      const names = ((node.names as unknown[] | undefined) ?? []).map((n) => objectName(n, dialect));
      if (type === 'Table') return names.map((table) => ({ kind: 'drop-table' as const, table }));
      if (type === 'Index') return names.map((name) => ({ kind: 'drop-index' as const, name, table: null, ...(node.if_exists === true ? { ifExists: true } : {}) }));
      if (type === 'Schema' || type === 'Database') return names.map((name) => ({ kind: 'drop-schema' as const, name, database: type === 'Database' }));
      const objectKind = ({ View: 'view', MaterializedView: 'materialized view', Sequence: 'sequence', Type: 'type', Role: 'role', User: 'role' } as const)[type as 'View'];
      if (objectKind) return names.map((name) => ({ kind: 'drop-object' as const, objectKind, name }));
      return [{ kind: 'other', what: `drop ${type}` }];
    }
    case 'DropTrigger':
      return [{ kind: 'drop-object', objectKind: 'trigger', name: objectName(node.trigger_name, dialect) }];
    case 'DropFunction':
    case 'DropProcedure':
      return [{ kind: 'drop-object', objectKind: kind === 'DropFunction' ? 'function' : 'procedure', name: JSON.stringify(node).match(/"value":"([^"]+)"/)?.[1]?.toLowerCase() ?? '' }];
    case 'CreateTable': {
      const columns = (node.columns as Node[] | undefined) ?? [];
      const constraints = [
        ...columns.flatMap((c) => columnConstraints(c, dialect, firstLine)),
        ...((node.constraints as unknown[] | undefined) ?? []).map((c) => declaredConstraint(c, null, null, dialect, firstLine)).filter((c) => c !== null),
      ];
      return [
        {
          kind: 'create-table',
          table: objectName(node.name, dialect),
          columns: columns.map((c) => columnInfo(c, dialect, firstLine)),
          ifNotExists: node.if_not_exists === true,
          constraints,
        },
      ];
    }
    case 'Insert':
      return upsertOperations(node, dialect) ?? [copyRows(node, dialect) ?? { kind: 'other', what: kind }];
    case 'Query': {
      // `WITH … DELETE` / `WITH … UPDATE`: the statement after the CTEs.
      const body = node.body as Node | undefined;
      const inner = (body?.Delete ?? body?.Update) as Node | undefined;
      return inner ? operationsOf(inner, firstLine, dialect, reading) : [{ kind: 'other', what: kind }];
    }
    case 'CreateIndex':
      return [
        {
          kind: 'create-index',
          table: objectName(node.table_name, dialect),
          name: node.name ? objectName(node.name, dialect) : null,
          unique: node.unique === true,
          concurrently: node.concurrently === true,
          ifNotExists: node.if_not_exists === true,
          columns: ((node.columns as Node[] | undefined) ?? [])
            .map((c) => ((c.column as Node | undefined)?.expr as Node | undefined)?.Identifier)
            .filter((i) => i !== undefined)
            .map((i) => ident(i, dialect)),
          ...(node.predicate ? { partial: true } : {}),
          ...(((node.columns as Node[] | undefined) ?? []).some((c) => !((c.column as Node | undefined)?.expr as Node | undefined)?.Identifier) ? { expressions: true } : {}),
        },
      ];
    case 'CreateView': {
      const feeds = Array.isArray(node.to) && node.to.length > 0 ? { feeds: objectName(node.to, dialect) } : {};
      return [{ kind: 'create-object', objectKind: node.materialized ? 'materialized view' : 'view', name: objectName(node.name, dialect), ...feeds }];
    }
    case 'CreateTrigger':
      return [{ kind: 'create-object', objectKind: 'trigger', name: objectName(node.name, dialect), table: objectName(node.table_name, dialect) }];
    case 'Update': {
      const relation = ((node.table as Node | undefined)?.relation as Node | undefined)?.Table as Node | undefined;
      const columns = ((node.assignments as Node[] | undefined) ?? []).flatMap((a) => {
        const target = a.target as Node;
        const names = (target.ColumnName as unknown[] | undefined) ?? [];
        return names.length > 0 ? [ident(names[names.length - 1], dialect)] : [];
      });
      return relation ? [{ kind: 'update', table: objectName(relation.name, dialect), columns }] : [{ kind: 'other', what: 'update' }];
    }
    case 'Delete': {
      const from = node.from as Node | undefined;
      const list = ((from?.WithFromKeyword ?? from?.WithoutKeyword) as Node[] | undefined) ?? [];
      const tables = list
        .map((t) => ((t.relation as Node | undefined)?.Table as Node | undefined)?.name)
        .filter((n) => n !== undefined)
        .map((n) => objectName(n, dialect));
      return tables.map((table) => ({ kind: 'delete' as const, table }));
    }
    case 'Truncate': {
      const tables = ((node.table_names as Node[] | undefined) ?? []).map((t) => objectName(t.name, dialect));
      return tables.map((table) => ({ kind: 'truncate' as const, table }));
    }
    default:
      if (HARMLESS_KINDS.has(kind) || kind.startsWith('Show')) return [{ kind: 'other', what: kind }];
      throw new Unread(`sqlparser-rs reads a ${kind} statement, which this gate does not analyse`);
  }
}

/** The statements of the blocks of an IF (its THEN, ELSE IF and ELSE parts) or a WHILE. */
function blockStatements(node: Node): Node[] {
  const blocks = [node.if_block, node.while_block, ...((node.elseif_blocks as unknown[] | undefined) ?? []), node.else_block];
  const out: Node[] = [];
  for (const block of blocks) {
    const body = (block as Node | undefined)?.conditional_statements as Node | undefined;
    const list = ((body?.Sequence ?? body?.BeginEnd) as Node | undefined)?.statements;
    if (Array.isArray(list)) for (const s of list) out.push(s as Node);
  }
  return out;
}

/** A string argument of an `EXEC`: `'x'`, `N'x'`, or `@name = N'x'` (its value), else null. */
function stringArgument(arg: unknown): string | null {
  const node = arg as Node | undefined;
  const value = ((node?.BinaryOp as Node | undefined)?.right ?? node) as Node | undefined;
  const literal = (value?.Value as Node | undefined)?.value as Node | undefined;
  const text = literal?.SingleQuotedString ?? literal?.NationalStringLiteral ?? literal?.DoubleQuotedString;
  return typeof text === 'string' ? text : null;
}

/**
 * T-SQL `EXEC`: `sp_rename` renames (read as the rename it makes); `EXEC('…')` and `sp_executesql`
 * run dynamic SQL (opaque, judged by the SQL written out); any other procedure runs code this
 * gate cannot see (opaque), except the ones that only document.
 */
function executeOperations(node: Node, dialect: string, reading: Reading): Operation[] {
  const name = ((node.name as unknown[] | undefined) ?? []).map((p) => ident(p, 'sqlite'));
  const procedure = name[name.length - 1] ?? '';
  const args = (node.parameters as unknown[] | undefined) ?? [];
  const strings = args.map(stringArgument);
  if (procedure === 'sp_rename') {
    const op = spRename(strings[0], strings[1], strings[2]);
    if (op) return [op];
    reading.opaque ??= 'sp_rename with arguments that are not written out (variables): what it renames is unknown';
    reading.opaqueText.push('sp_rename');
    return [];
  }
  if (DOCUMENTING_PROCEDURES.has(procedure)) return [{ kind: 'other', what: procedure }];
  const sql = strings.filter((t) => t !== null);
  if (procedure === '' || procedure === 'sp_executesql') {
    reading.opaque ??= sql.length > 0 ? 'dynamic SQL run by EXEC' : 'dynamic SQL run by EXEC from a variable, whose text is not written here';
  } else reading.opaque ??= `EXEC runs the stored procedure ${name.join('.')}, whose body this gate cannot see`;
  for (const t of sql) reading.opaqueText.push(t);
  void dialect;
  return [];
}

/**
 * `sp_rename 'old', 'new' [, 'COLUMN' | 'INDEX' | 'OBJECT' | 'DATABASE' | 'USERDATATYPE']`: the
 * old name is qualified (`dbo.users`, `users.name`), the new one is not. Null when not written out.
 */
export function spRename(old: string | null | undefined, next: string | null | undefined, type: string | null | undefined): Operation | null {
  if (!old || !next) return null;
  const parts = old.split('.').map((p) => p.replace(/^\[(.*)\]$/, '$1').replace(/^"(.*)"$/, '$1'));
  const newName = next.replace(/^\[(.*)\]$/, '$1');
  const kind = (type ?? 'OBJECT').trim().toUpperCase();
  const qualified = (list: string[]): string => normalizeName(list[0] === 'dbo' && list.length > 1 ? list.slice(1) : list, list.map(() => true));
  switch (kind) {
    case 'COLUMN':
      return parts.length >= 2 ? { kind: 'rename-column', table: qualified(parts.slice(0, -1)), column: parts[parts.length - 1], newName } : null;
    case 'INDEX':
      return parts.length >= 2 ? { kind: 'rename-object', objectKind: 'index', table: qualified(parts.slice(0, -1)), name: parts[parts.length - 1], newName } : null;
    case 'DATABASE':
      return { kind: 'rename-object', objectKind: 'schema', name: qualified(parts), newName };
    case 'USERDATATYPE':
      return { kind: 'rename-object', objectKind: 'type', name: qualified(parts), newName };
    case 'STATISTICS':
      return { kind: 'other', what: 'rename statistics' };
    default:
      // OBJECT: a table, mostly (or a constraint, a view, a rule): reported as the table rename it is.
      return { kind: 'rename-table', table: qualified(parts), newName };
  }
}

/**
 * `INSERT INTO t (a, b) SELECT x, b FROM s` (the copy step of a SQLite table rebuild): which column
 * of `s` fills each column of `t`. Null for any other INSERT.
 */
function copyRows(node: Node, dialect: string): Operation | null {
  const target = ((node.table as Node | undefined)?.TableName ?? node.table_name) as unknown;
  const select = ((node.source as Node | undefined)?.body as Node | undefined)?.Select as Node | undefined;
  const from = (select?.from as Node[] | undefined) ?? [];
  const relation = (from[0]?.relation as Node | undefined)?.Table as Node | undefined;
  const names = ((node.columns as unknown[] | undefined) ?? []).map((c) => ident(Array.isArray(c) ? c[c.length - 1] : c, dialect));
  const projection = (select?.projection as Node[] | undefined) ?? [];
  if (!target || !relation || from.length !== 1) return null;
  const joined = ((from[0].joins as unknown[] | undefined) ?? []).length > 0;
  // With a JOIN (ClickHouse's `FROM t we JOIN t_join j`), a column another table qualifies is an expression.
  const qualifiers = new Set([ident((relation.name as unknown[] | undefined)?.at(-1), dialect), ident((relation.alias as Node | undefined)?.name, dialect)]);
  const copy = { kind: 'copy-rows' as const, table: objectName(target, dialect), source: objectName(relation.name, dialect) };
  // No column list: the items fill the table's columns in order (`SELECT *`: the source's, in order).
  if (names.length === 0 && projection.length === 1 && projection[0].Wildcard !== undefined && !joined) return { ...copy, columns: [], byPosition: true, allColumns: true };
  const listed = names.length > 0 ? names : projection.map(() => '');
  if (listed.length !== projection.length || projection.some((item) => item.Wildcard !== undefined || item.QualifiedWildcard !== undefined)) return null;
  const columns = listed.map((name, i) => {
    const item = projection[i];
    const expr = (item.UnnamedExpr ?? (item.ExprWithAlias as Node | undefined)?.expr) as Node | undefined;
    const compound = Array.isArray(expr?.CompoundIdentifier) ? (expr.CompoundIdentifier as unknown[]) : undefined;
    const foreign = joined && compound !== undefined && compound.length > 1 && !qualifiers.has(ident(compound.at(-2), dialect));
    const id = expr?.Identifier ?? compound?.at(-1);
    return { name, from: id === undefined || foreign ? null : ident(id, dialect) };
  });
  return { ...copy, columns, ...(names.length === 0 ? { byPosition: true as const } : {}) };
}

/**
 * `INSERT OR REPLACE` / `REPLACE INTO` delete the row with the same key and write a new one; `ON
 * CONFLICT … DO UPDATE SET` rewrites the colliding row's columns: both rewrite rows the previous
 * release wrote (as MySQL's REPLACE and ON DUPLICATE KEY UPDATE, Postgres's ON CONFLICT). Null for
 * an INSERT that only adds rows (`OR IGNORE`, `DO NOTHING`, `DO UPDATE SET id = id`).
 */
function upsertOperations(node: Node, dialect: string): Operation[] | null {
  const table = objectName((node.table as Node | undefined)?.TableName ?? node.table_name, dialect);
  if (node.or === 'Replace' || node.replace_into === true) return [{ kind: 'update', table, columns: [] }];
  const action = ((node.on as Node | null | undefined)?.OnConflict as Node | undefined)?.action as Node | string | undefined;
  const assignments = (typeof action === 'object' ? ((action.DoUpdate as Node | undefined)?.assignments as Node[] | undefined) : undefined) ?? [];
  const columns = assignments.flatMap((a) => {
    const names = ((a.target as Node | undefined)?.ColumnName as unknown[] | undefined) ?? [];
    const column = names.length > 0 ? ident(names[names.length - 1], dialect) : null;
    const value = a.value as Node | undefined;
    const source = value?.Identifier ?? (Array.isArray(value?.CompoundIdentifier) ? (value.CompoundIdentifier as unknown[]).at(-1) : undefined);
    // `SET id = id` keeps the row as it is (the "insert if missing" idiom); `excluded.id` is the new value.
    const excluded = Array.isArray(value?.CompoundIdentifier) && ident((value.CompoundIdentifier as unknown[])[0], dialect) === 'excluded';
    return column === null || (source !== undefined && !excluded && ident(source, dialect) === column) ? [] : [column];
  });
  return columns.length > 0 ? [{ kind: 'update', table, columns }] : null;
}
