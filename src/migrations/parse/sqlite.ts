/**
 * SQLite (and other dialects') adapter: sqlparser-rs compiled to WASM (`@guanmingchiu/sqlparser-ts`,
 * Apache-2.0). Must be initialised once (`loadSqlparser`) before `parseWithSqlparser` is called.
 */
import type * as Sqlparser from '@guanmingchiu/sqlparser-ts';
import { normalizeName, type ColumnInfo, type DeclaredConstraint, type Operation } from '../model.js';

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
export type SqlparserOutcome = { ok: true; ops: Operation[] } | { ok: false; error: string };

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
  return { ok: true, ops: read.statements.flatMap((stmt) => operationsOf(stmt, firstLine, dialect)) };
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

function typeText(dataType: unknown): string | null {
  if (typeof dataType === 'string') return dataType.toLowerCase();
  if (!dataType || typeof dataType !== 'object') return null;
  const [key] = Object.keys(dataType);
  if (!key) return null;
  const value = (dataType as Node)[key];
  if (key === 'Custom' && Array.isArray(value)) {
    // A type sqlparser-rs does not know (`text(4)`, `"uuid"`): its name and arguments as written.
    const [name, args] = value as [unknown, unknown];
    const names = (Array.isArray(name) ? name : []).map((p) => String(((p as Node)?.Identifier as Node | undefined)?.value ?? '').toLowerCase());
    const list = Array.isArray(args) ? args.map(String) : [];
    return `${names.join('.')}${list.length > 0 ? `(${list.join(',')})` : ''}`;
  }
  // Positions (`span`) are not part of the type.
  const inner = JSON.stringify(value, (k, v: unknown) => (k === 'span' ? undefined : v)) ?? '';
  const nums = inner.match(/\d+/g) ?? [];
  return nums.length > 0 ? `${key.toLowerCase()}(${nums.join(',')})` : key.toLowerCase();
}

function columnInfo(def: Node, dialect: string, firstLine: number): ColumnInfo {
  const options = ((def.options as { option?: unknown }[] | undefined) ?? []).map((o) => o.option);
  const has = (name: string): boolean => options.some((o) => o === name || (typeof o === 'object' && o !== null && name in (o as Node)));
  const line = spanLine(def.name, firstLine);
  return {
    name: ident(def.name, dialect),
    type: typeText(def.data_type),
    notNull: has('NotNull') || has('PrimaryKey'),
    hasDefault: has('Default') || has('Generated') || has('Identity'),
    unique: has('Unique'),
    primaryKey: has('PrimaryKey'),
    ...(line === undefined ? {} : { line }),
    ...(has('Generated') ? { generated: true } : {}),
  };
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
  const lines = JSON.stringify(node).match(/"line":(\d+)/g)?.map((m) => Number(m.slice(7))).filter((l) => l > 0) ?? [];
  return lines.length > 0 ? firstLine + Math.min(...lines) - 1 : undefined;
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

function operationsOf(stmt: Node, firstLine: number, dialect: string): Operation[] {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind] as Node;
  switch (kind) {
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
            ops.push({ kind: 'drop-column', table, column: ident(c, dialect), line: spanLine(c, firstLine) });
          }
        } else if (op === 'RenameColumn') {
          ops.push({ kind: 'rename-column', table, column: ident(body.old_column_name, dialect), newName: ident(body.new_column_name, dialect) });
        } else if (op === 'RenameTable') {
          const target = (body.table_name as Node | undefined)?.To ?? (body.table_name as Node | undefined)?.As ?? body.table_name;
          ops.push({ kind: 'rename-table', table, newName: objectName(target, dialect) });
        } else ops.push({ kind: 'other', what: op });
      }
      return ops;
    }
    case 'Drop': {
      const type = String(node.object_type);
      const names = ((node.names as unknown[] | undefined) ?? []).map((n) => objectName(n, dialect));
      if (type === 'Table') return names.map((table) => ({ kind: 'drop-table' as const, table }));
      if (type === 'Index') return names.map((name) => ({ kind: 'drop-index' as const, name, table: null }));
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
      return inner ? operationsOf(inner, firstLine, dialect) : [{ kind: 'other', what: kind }];
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
    case 'CreateView':
      return [{ kind: 'create-object', objectKind: node.materialized ? 'materialized view' : 'view', name: objectName(node.name, dialect) }];
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
      return [{ kind: 'other', what: kind }];
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
  if (!target || !relation || from.length !== 1 || ((from[0].joins as unknown[] | undefined) ?? []).length > 0) return null;
  if (names.length === 0 || names.length !== projection.length) return null;
  const columns = names.map((name, i) => {
    const item = projection[i];
    const expr = (item.UnnamedExpr ?? (item.ExprWithAlias as Node | undefined)?.expr) as Node | undefined;
    const id = expr?.Identifier ?? (Array.isArray(expr?.CompoundIdentifier) ? (expr.CompoundIdentifier as unknown[]).at(-1) : undefined);
    return { name, from: id === undefined ? null : ident(id, dialect) };
  });
  return { kind: 'copy-rows', table: objectName(target, dialect), source: objectName(relation.name, dialect), columns };
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
