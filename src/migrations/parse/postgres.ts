/**
 * Postgres adapter: libpg-query (the real Postgres 18 grammar, WASM) → Statement operations.
 * The module must be loaded once (`loadPostgresParser`) before `parsePostgres` is called.
 */
import { loadModule, parseSync } from 'libpg-query';
import { normalizeName, type ColumnInfo, type Operation } from '../model.js';

let loaded: Promise<void> | null = null;
export function loadPostgresParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

export type ParseOutcome = { ok: true; ops: Operation[] } | { ok: false; error: string };

type Node = Record<string, unknown>;

function str(node: unknown): string {
  const s = (node as { String?: { sval?: string } })?.String?.sval;
  return typeof s === 'string' ? s : '';
}

function rangeVarName(rv: unknown): string {
  const r = rv as { schemaname?: string; relname?: string };
  // libpg-query already folds unquoted identifiers to lower case: keep its spelling.
  return normalizeName(r.schemaname ? [r.schemaname, r.relname ?? ''] : [r.relname ?? ''], [true, true]);
}

function typeName(tn: unknown): string | null {
  const t = tn as { names?: unknown[]; typmods?: unknown[]; arrayBounds?: unknown[] } | undefined;
  if (!t?.names) return null;
  const names = t.names.map(str).filter((n) => n !== 'pg_catalog');
  let name = names.join('.');
  const mods = (t.typmods ?? [])
    .map((m) => (m as { A_Const?: { ival?: { ival?: number } } }).A_Const?.ival?.ival)
    .filter((m): m is number => typeof m === 'number');
  if (mods.length > 0) name += `(${mods.join(',')})`;
  if (t.arrayBounds) name += '[]';
  return name;
}

export function columnInfo(def: Node): ColumnInfo {
  const constraints = ((def.constraints as Node[] | undefined) ?? []).map(
    (c) => (c.Constraint as { contype?: string } | undefined)?.contype ?? '',
  );
  return {
    name: String(def.colname ?? ''),
    type: typeName(def.typeName),
    notNull: constraints.includes('CONSTR_NOTNULL') || constraints.includes('CONSTR_PRIMARY'),
    hasDefault:
      constraints.includes('CONSTR_DEFAULT') ||
      constraints.includes('CONSTR_IDENTITY') ||
      constraints.includes('CONSTR_GENERATED') ||
      /^(small|big)?serial$|^serial[248]$/.test(typeName(def.typeName) ?? ''),
    unique: constraints.includes('CONSTR_UNIQUE'),
    primaryKey: constraints.includes('CONSTR_PRIMARY'),
  };
}

/** Parse one statement's text. Never throws. */
export function parsePostgres(text: string): ParseOutcome {
  let result: { stmts?: { stmt?: Node }[] };
  try {
    result = parseSync(text) as typeof result;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const ops: Operation[] = [];
  for (const { stmt } of result.stmts ?? []) {
    if (stmt) ops.push(...operationsOf(stmt));
  }
  return { ok: true, ops };
}

function operationsOf(stmt: Node): Operation[] {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind] as Node;
  switch (kind) {
    case 'CreateStmt': {
      const columns = ((node.tableElts as Node[] | undefined) ?? [])
        .filter((e) => e.ColumnDef)
        .map((e) => columnInfo(e.ColumnDef as Node));
      return [{ kind: 'create-table', table: rangeVarName(node.relation), columns }];
    }
    case 'DropStmt': {
      const objects = (node.objects as Node[] | undefined) ?? [];
      if (node.removeType === 'OBJECT_TABLE') {
        return objects.map((o) => ({
          kind: 'drop-table' as const,
          // libpg-query already folds unquoted identifiers to lower case: keep its spelling.
          table: normalizeName(
            ((o.List as { items?: unknown[] })?.items ?? []).map(str),
            [true, true, true],
          ),
        }));
      }
      return [{ kind: 'other', what: `drop ${String(node.removeType)}` }];
    }
    case 'AlterTableStmt': {
      if (node.objtype !== 'OBJECT_TABLE') return [{ kind: 'other', what: String(node.objtype) }];
      const table = rangeVarName(node.relation);
      const ops: Operation[] = [];
      for (const c of (node.cmds as Node[] | undefined) ?? []) {
        const cmd = c.AlterTableCmd as Node | undefined;
        if (!cmd) continue;
        if (cmd.subtype === 'AT_DropColumn') ops.push({ kind: 'drop-column', table, column: String(cmd.name) });
        else if (cmd.subtype === 'AT_AddColumn' && cmd.def)
          ops.push({ kind: 'add-column', table, column: columnInfo((cmd.def as Node).ColumnDef as Node) });
        else ops.push({ kind: 'other', what: String(cmd.subtype) });
      }
      return ops;
    }
    default:
      return [{ kind: 'other', what: kind }];
  }
}
