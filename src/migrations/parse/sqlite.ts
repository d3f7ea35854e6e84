/**
 * SQLite (and other dialects') adapter: sqlparser-rs compiled to WASM (`@guanmingchiu/sqlparser-ts`,
 * Apache-2.0). Must be initialised once (`loadSqlparser`) before `parseWithSqlparser` is called.
 */
import type * as Sqlparser from '@guanmingchiu/sqlparser-ts';
import { normalizeName, type ColumnInfo, type Operation } from '../model.js';

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
  const inner = JSON.stringify((dataType as Node)[key]) ?? '';
  const nums = inner.match(/\d+/g) ?? [];
  return nums.length > 0 ? `${key.toLowerCase()}(${nums.join(',')})` : key.toLowerCase();
}

function columnInfo(def: Node, dialect: string): ColumnInfo {
  const options = ((def.options as { option?: unknown }[] | undefined) ?? []).map((o) => o.option);
  const has = (name: string): boolean => options.some((o) => o === name || (typeof o === 'object' && o !== null && name in (o as Node)));
  return {
    name: ident(def.name, dialect),
    type: typeText(def.data_type),
    notNull: has('NotNull') || has('PrimaryKey'),
    hasDefault: has('Default') || has('Generated') || has('Identity'),
    unique: has('Unique'),
    primaryKey: has('PrimaryKey'),
  };
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
          ops.push({ kind: 'add-column', table, column: columnInfo(def, dialect), ifNotExists: body.if_not_exists === true, line: spanLine(def.name, firstLine) });
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
    case 'CreateTable':
      return [
        {
          kind: 'create-table',
          table: objectName(node.name, dialect),
          columns: ((node.columns as Node[] | undefined) ?? []).map((c) => columnInfo(c, dialect)),
          ifNotExists: node.if_not_exists === true,
        },
      ];
    case 'CreateIndex':
      return [
        {
          kind: 'create-index',
          table: objectName(node.table_name, dialect),
          name: node.name ? objectName(node.name, dialect) : null,
          unique: node.unique === true,
          concurrently: node.concurrently === true,
          columns: ((node.columns as Node[] | undefined) ?? [])
            .map((c) => ((c.column as Node | undefined)?.expr as Node | undefined)?.Identifier)
            .filter((i) => i !== undefined)
            .map((i) => ident(i, dialect)),
        },
      ];
    case 'CreateView':
      return [{ kind: 'create-object', objectKind: node.materialized ? 'materialized view' : 'view', name: objectName(node.name, dialect) }];
    case 'CreateTrigger':
      return [{ kind: 'create-object', objectKind: 'trigger', name: objectName(node.name, dialect) }];
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
