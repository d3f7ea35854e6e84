/**
 * Postgres adapter: libpg-query (the real Postgres 18 grammar, WASM) → Statement operations.
 * The module must be loaded once (`loadPostgresParser`) before `parsePostgres` is called.
 *
 * `DO` blocks run at migration time, so the statements inside them are analysed too (through the
 * PL/pgSQL parser); dynamic `EXECUTE` inside them is opaque. Function bodies run later (triggers,
 * calls from the application), so their DDL is not the migration's.
 */
import type * as LibPgQuery from 'libpg-query';
import { conditional, isSerialType, normalizeName, type ColumnInfo, type ConstraintKind, type DeclaredConstraint, type ObjectKind, type ForeignKeyAction, type Operation, type RoutineSignature } from '../model.js';
import { leadingBlanks, maskSql, topLevelPieces } from './mask.js';
import { triggerShapeOf } from '../trigger-shape.js';
import { LineIndex, linesOfOffsets } from '../../text/lines.js';

let pg: typeof LibPgQuery | null = null;
let loaded: Promise<void> | null = null;
/** Load libpg-query (a dynamic import: the CLI's other commands never compile it). */
export function loadPostgresParser(): Promise<void> {
  loaded ??= import('libpg-query').then(async (mod) => {
    // CommonJS under an ESM import: the functions may sit on `default`.
    const lib = (typeof mod.loadModule === 'function' ? mod : (mod as unknown as { default: typeof LibPgQuery }).default);
    await lib.loadModule();
    pg = lib;
  });
  return loaded;
}

function libpg(): typeof LibPgQuery {
  if (!pg) throw new Error('the Postgres parser is not loaded: call prepareMigrations() first');
  return pg;
}

export type ParseOutcome =
  | { ok: true; ops: Operation[]; opaque?: string }
  | { ok: false; error: string };

type Node = Record<string, unknown>;

function str(node: unknown): string {
  const s = (node as { String?: { sval?: string } })?.String?.sval;
  return typeof s === 'string' ? s : '';
}

/** libpg-query already folds unquoted identifiers to lower case: keep its spelling. */
function qualified(parts: string[]): string {
  return normalizeName(parts.filter((p) => p !== ''), parts.map(() => true));
}

function rangeVarName(rv: unknown): string {
  const r = rv as { schemaname?: string; relname?: string } | undefined;
  return qualified(r?.schemaname ? [r.schemaname, r.relname ?? ''] : [r?.relname ?? '']);
}

function listName(o: unknown): string {
  const n = o as Node;
  if (n?.List) return qualified(((n.List as { items?: unknown[] }).items ?? []).map(str));
  if (n?.TypeName) return qualified(((n.TypeName as { names?: unknown[] }).names ?? []).map(str));
  if (n?.ObjectWithArgs) return qualified(((n.ObjectWithArgs as { objname?: unknown[] }).objname ?? []).map(str));
  if (n?.String) return qualified([str(n)]);
  return '';
}

/**
 * The input argument types of `f(a text, OUT b int, c int DEFAULT 0)` (OUT parameters are not
 * part of a call), and how many trailing ones have a default; undefined when the statement does
 * not list them (`DROP FUNCTION f` without parentheses).
 */
function routineSignature(o: unknown): RoutineSignature | undefined {
  const w = (o as Node)?.ObjectWithArgs as { objfuncargs?: unknown[]; args_unspecified?: boolean } | undefined;
  if (!w || w.args_unspecified) return undefined;
  const types: string[] = [];
  let defaults = 0;
  for (const p of Array.isArray(w.objfuncargs) ? w.objfuncargs : []) {
    const param = (p as Node).FunctionParameter as { argType?: unknown; mode?: string; defexpr?: unknown } | undefined;
    if (!param || param.mode === 'FUNC_PARAM_OUT' || param.mode === 'FUNC_PARAM_TABLE') continue;
    types.push(typeName(param.argType) ?? '?');
    defaults = param.defexpr ? defaults + 1 : 0;
  }
  return { types, defaults };
}

export function typeName(tn: unknown): string | null {
  const t = tn as { names?: unknown[]; typmods?: unknown[]; arrayBounds?: unknown[] } | undefined;
  if (!t?.names) return null;
  const names = t.names.map(str).filter((n) => n !== 'pg_catalog');
  let name = qualified(names);
  const mods = (t.typmods ?? [])
    .map((m) => (m as { A_Const?: { ival?: { ival?: number } } }).A_Const?.ival?.ival ?? 0)
    .filter((m): m is number => typeof m === 'number');
  if (mods.length > 0) name += `(${mods.join(',')})`;
  if (t.arrayBounds) name += '[]';
  return name;
}

/** `NULL`, `NULL::varchar` (pg_dump's spelling): what a nullable column without a DEFAULT has anyway. */
function isNullDefault(expr: unknown): boolean {
  const e = expr as Node | undefined;
  const value = ((e?.TypeCast as Node | undefined)?.arg ?? e) as Node | undefined;
  return (value?.A_Const as { isnull?: unknown } | undefined)?.isnull === true;
}

export function columnInfo(def: Node): ColumnInfo {
  const constraints = ((def.constraints as Node[] | undefined) ?? []).map((c) => {
    const con = c.Constraint as { contype?: string; raw_expr?: unknown } | undefined;
    // `DEFAULT NULL` is no default to rely on or to drop (as the MySQL readers take it).
    return con?.contype === 'CONSTR_DEFAULT' && isNullDefault(con.raw_expr) ? '' : (con?.contype ?? '');
  });
  const type = typeName(def.typeName);
  return {
    name: String(def.colname ?? ''),
    type,
    notNull: constraints.includes('CONSTR_NOTNULL') || constraints.includes('CONSTR_PRIMARY'),
    hasDefault:
      constraints.includes('CONSTR_DEFAULT') ||
      constraints.includes('CONSTR_IDENTITY') ||
      constraints.includes('CONSTR_GENERATED') ||
      isSerialType(type),
    unique: constraints.includes('CONSTR_UNIQUE'),
    primaryKey: constraints.includes('CONSTR_PRIMARY'),
    ...(constraints.includes('CONSTR_GENERATED') ? { generated: true } : {}),
    ...(constraints.includes('CONSTR_IDENTITY') || isSerialType(type) ? { sequenceFilled: true } : {}),
  };
}

/** Parse one statement's text; `firstLine` is the file line where the text starts. Never throws. */
export function parsePostgres(text: string, firstLine = 1): ParseOutcome {
  let result: { stmts?: { stmt?: Node; stmt_location?: number; stmt_len?: number }[] };
  try {
    result = libpg().parseSync(text) as typeof result;
  } catch (error) {
    // libpg-query's tree of a very deeply nested expression is too deep for JSON.parse.
    if (error instanceof RangeError) return { ok: false, error: 'the statement nests too deep for its parse tree to be read' };
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const stmts = result.stmts ?? [];
  const ops: Operation[] = [];
  let opaque: string | undefined;
  const bytes = stmts.length > 1 ? Buffer.from(text, 'utf8') : null;
  const lines = new LineIndex(text, firstLine);
  // Byte locations to string offsets, walking forward (statements come in order): linear.
  let atByte = 0;
  let atChar = 0;
  for (const s of stmts) {
    if (!s.stmt) continue;
    let sub = text;
    let line = firstLine;
    if (bytes) {
      const startByte = s.stmt_location ?? 0;
      if (startByte >= atByte) {
        atChar += bytes.subarray(atByte, startByte).toString('utf8').length;
        atByte = startByte;
      } else {
        atChar = bytes.subarray(0, startByte).toString('utf8').length;
        atByte = startByte;
      }
      sub = bytes.subarray(startByte, s.stmt_len ? startByte + s.stmt_len : bytes.length).toString('utf8');
      // A statement's location includes the blanks and comments after the previous `;`.
      const lead = leadingBlanks(sub);
      sub = sub.slice(lead);
      line = lines.line(atChar + lead);
    }
    const r = operationsOf(s.stmt, sub, line);
    for (const op of r.ops) ops.push(bytes && op.line === undefined ? { ...op, line } : op);
    opaque ??= r.opaque;
  }
  return { ok: true, ops, opaque };
}

/**
 * Parse many statements in one call (one WASM round trip and one JSON document: ~3× faster on the
 * corpus than one call each). Returns null when the batch does not parse or libpg-query sees a
 * different number of statements than the splitter (goose blocks, DELIMITER): then parse one by one.
 */
export function parsePostgresBatch(pieces: { text: string; line: number }[]): ParseOutcome[] | null {
  if (pieces.length < 2) return null;
  let result: { stmts?: { stmt?: Node }[] };
  try {
    // `\n;\n`: a statement may end in a line comment, which would swallow a plain `;`.
    result = libpg().parseSync(pieces.map((p) => p.text).join('\n;\n')) as typeof result;
  } catch {
    return null;
  }
  const stmts = result.stmts ?? [];
  if (stmts.length !== pieces.length || stmts.some((s) => !s.stmt)) return null;
  return stmts.map((s, i) => {
    const r = operationsOf(s.stmt as Node, pieces[i].text, pieces[i].line);
    return { ok: true, ops: r.ops, opaque: r.opaque };
  });
}

interface OpsResult {
  ops: Operation[];
  /** Why part of the statement cannot be read (dynamic SQL), when so. */
  opaque?: string;
}

const DROP_KINDS: Record<string, ObjectKind> = {
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_ROUTINE: 'function',
  OBJECT_TRIGGER: 'trigger',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'domain',
  OBJECT_POLICY: 'policy',
};

const RENAME_KINDS: Record<string, ObjectKind> = {
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'materialized view',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'procedure',
  OBJECT_ROUTINE: 'function',
  OBJECT_SEQUENCE: 'sequence',
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'domain',
  OBJECT_SCHEMA: 'schema',
  OBJECT_TABCONSTRAINT: 'constraint',
  OBJECT_DOMCONSTRAINT: 'constraint',
  OBJECT_INDEX: 'index',
};

/** libpg-query's `fk_del_action` / `fk_upd_action` letters. */
const FK_ACTIONS: Record<string, ForeignKeyAction> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

const CONSTRAINT_KINDS: Record<string, ConstraintKind> = {
  CONSTR_UNIQUE: 'unique',
  CONSTR_PRIMARY: 'primary-key',
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'foreign-key',
  CONSTR_NOTNULL: 'not-null',
  CONSTR_EXCLUSION: 'exclusion',
};

/** Column names an expression refers to (for CHECK constraints). */
/** The columns an expression names (a stack of its own: `a + a + … + a` nests as deep as it is long). */
function columnRefs(root: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [root];
  for (let node = stack.pop(); stack.length > 0 || node !== undefined; node = stack.pop()) {
    // Children pushed last first: the columns come out in the order they are written.
    if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    else if (node && typeof node === 'object') {
      const ref = (node as Node).ColumnRef as { fields?: unknown[] } | undefined;
      if (ref?.fields) {
        const names = ref.fields.map(str).filter((f) => f !== '');
        if (names.length > 0) out.add(names[names.length - 1]);
      } else {
        const values = Object.values(node);
        for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
      }
    }
  }
  return out;
}

function operationsOf(stmt: Node, text: string, firstLine: number): OpsResult {
  const [kind] = Object.keys(stmt);
  const node = stmt[kind] as Node;
  const other = (what: string): OpsResult => ({ ops: [{ kind: 'other', what }] });
  switch (kind) {
    case 'CreateStmt': {
      const table = rangeVarName(node.relation);
      const elts = (node.tableElts as Node[] | undefined) ?? [];
      const columns = elts.filter((e) => e.ColumnDef).map((e) => columnInfo(e.ColumnDef as Node));
      const ops: Operation[] = [{ kind: 'create-table', table, columns, ifNotExists: node.if_not_exists === true }];
      // The table's constraints, so the history knows them (a later DROP CONSTRAINT t_pkey, DROP
      // INDEX of a unique one). Of IF NOT EXISTS, its foreign keys and keys, declared on the table
      // (no operation: on an existing table none is added): a later key widened by a new column is
      // compared with them (flipt's `CREATE TABLE IF NOT EXISTS variants (flag_key … REFERENCES
      // flags, … UNIQUE (flag_key, key))`).
      const declared: DeclaredConstraint[] = [];
      for (const e of elts) {
        const def = e.ColumnDef as Node | undefined;
        const constraints = def ? ((def.constraints as Node[] | undefined) ?? []) : [e];
        for (const c of constraints.map((x) => x.Constraint as Node | undefined)) {
          const op = c ? constraintOp(table, c, def ? String(def.colname ?? '') : undefined) : null;
          if (op?.kind !== 'add-constraint') continue;
          if (node.if_not_exists !== true) ops.push(op);
          else if (op.constraint === 'foreign-key' || op.constraint === 'unique' || op.constraint === 'primary-key') declared.push({ constraint: op.constraint, name: op.name, columns: op.columns, detail: op.references ?? '', ...(op.actions ? { actions: op.actions } : {}) });
        }
      }
      if (declared.length > 0) ops[0] = { ...ops[0], constraints: declared } as Operation;
      return { ops };
    }
    case 'CreateTableAsStmt': {
      if (node.objtype === 'OBJECT_MATVIEW') {
        const into = node.into as { rel?: unknown } | undefined;
        return { ops: [{ kind: 'create-object', objectKind: 'materialized view', name: rangeVarName(into?.rel) }] };
      }
      const into = node.into as { rel?: unknown } | undefined;
      return { ops: [{ kind: 'create-table', table: rangeVarName(into?.rel), columns: [], ifNotExists: node.if_not_exists === true }] };
    }
    case 'DropStmt': {
      const objects = (node.objects as Node[] | undefined) ?? [];
      const type = String(node.removeType);
      if (type === 'OBJECT_TABLE' || type === 'OBJECT_FOREIGN_TABLE') {
        return { ops: objects.map((o) => ({ kind: 'drop-table' as const, table: listName(o) })) };
      }
      if (type === 'OBJECT_INDEX') {
        return { ops: objects.map((o) => ({ kind: 'drop-index' as const, name: listName(o), table: null, ...(node.missing_ok === true ? { ifExists: true } : {}) })) };
      }
      if (type === 'OBJECT_SCHEMA') {
        return { ops: objects.map((o) => ({ kind: 'drop-schema' as const, name: listName(o), database: false })) };
      }
      const objectKind = DROP_KINDS[type];
      if (!objectKind) return other(`drop ${type}`);
      return {
        ops: objects.map((o) => {
          if (objectKind === 'trigger' || objectKind === 'policy') {
            const items = ((o.List as { items?: unknown[] })?.items ?? []).map(str);
            const name = items.pop() ?? '';
            return { kind: 'drop-object' as const, objectKind, name, table: qualified(items) };
          }
          const signature = objectKind === 'function' || objectKind === 'procedure' ? routineSignature(o) : undefined;
          return { kind: 'drop-object' as const, objectKind, name: listName(o), ...(signature ? { signature } : {}) };
        }),
      };
    }
    case 'DropdbStmt':
      return { ops: [{ kind: 'drop-schema', name: String(node.dbname ?? ''), database: true }] };
    case 'DropRoleStmt':
      return {
        ops: ((node.roles as Node[] | undefined) ?? []).map((r) => ({
          kind: 'drop-object' as const,
          objectKind: 'role' as const,
          name: String((r.RoleSpec as { rolename?: string } | undefined)?.rolename ?? ''),
        })),
      };
    case 'GrantStmt': {
      if (node.is_grant) return other('grant');
      const privileges = ((node.privileges as Node[] | undefined) ?? [])
        .map((p) => String((p.AccessPriv as { priv_name?: string } | undefined)?.priv_name ?? ''))
        .join(', ') || 'all';
      const objects = (node.objects as Node[] | undefined) ?? [];
      const tables = node.objtype === 'OBJECT_TABLE' ? objects.map((o) => rangeVarName(o.RangeVar)) : [];
      const on = tables.length > 0 ? tables.join(', ') : objects.map(listName).join(', ') || String(node.objtype);
      const from = ((node.grantees as Node[] | undefined) ?? [])
        .map((g) => String((g.RoleSpec as { rolename?: string } | undefined)?.rolename ?? 'public'))
        .join(', ');
      return { ops: [{ kind: 'revoke', privileges, on, from, tables }] };
    }
    case 'GrantRoleStmt':
      return node.is_grant ? other('grant role') : { ops: [{ kind: 'revoke', privileges: 'role membership', on: '', from: '', tables: [] }] };
    case 'RenameStmt':
      return { ops: atActionLine(renameOps(node), text, firstLine) };
    case 'AlterObjectSchemaStmt': {
      // `SET SCHEMA` moves the object: the previous release no longer finds it under its old name.
      const name = node.relation ? rangeVarName(node.relation) : listName(node.object);
      const newName = qualified([String(node.newschema), name.split('.').pop() ?? name]);
      if (node.objectType === 'OBJECT_TABLE' || node.objectType === 'OBJECT_FOREIGN_TABLE') {
        return { ops: atActionLine([{ kind: 'rename-table', table: name, newName }], text, firstLine) };
      }
      const objectKind = RENAME_KINDS[String(node.objectType)];
      if (!objectKind || objectKind === 'schema' || objectKind === 'constraint') return other('set schema');
      return { ops: [{ kind: 'rename-object', objectKind, name, newName }] };
    }
    case 'AlterTableStmt': {
      if (node.objtype !== 'OBJECT_TABLE' && node.objtype !== 'OBJECT_FOREIGN_TABLE') return other(String(node.objtype));
      const table = rangeVarName(node.relation);
      const cmds = ((node.cmds as Node[] | undefined) ?? []).map((c) => c.AlterTableCmd as Node | undefined);
      const lines = subCommandLines(text, firstLine, cmds.length);
      const ops: Operation[] = [];
      cmds.forEach((cmd, i) => {
        if (!cmd) return;
        for (const op of alterTableCmd(table, cmd)) ops.push(lines ? { ...op, line: lines[i] } : op);
      });
      return { ops };
    }
    case 'IndexStmt':
      return {
        ops: [
          {
            kind: 'create-index',
            table: rangeVarName(node.relation),
            name: typeof node.idxname === 'string' ? qualified([node.idxname]) : null,
            unique: node.unique === true,
            concurrently: node.concurrent === true,
            ifNotExists: node.if_not_exists === true,
            columns: ((node.indexParams as Node[] | undefined) ?? [])
              .map((p) => String((p.IndexElem as { name?: string } | undefined)?.name ?? ''))
              .filter((n) => n !== ''),
            ...(node.whereClause ? { partial: true } : {}),
            ...(((node.indexParams as Node[] | undefined) ?? []).some((p) => (p.IndexElem as { expr?: unknown } | undefined)?.expr) ? { expressions: true } : {}),
          },
        ],
      };
    case 'UpdateStmt':
      return { ops: [...withQueries(node, text, firstLine), { kind: 'update', table: rangeVarName(node.relation), columns: targetColumns(node.targetList) }] };
    case 'DeleteStmt':
      return { ops: [...withQueries(node, text, firstLine), { kind: 'delete', table: rangeVarName(node.relation) }] };
    case 'InsertStmt': {
      // `ON CONFLICT … DO UPDATE` rewrites the existing rows it meets, like an UPDATE of those columns.
      const conflict = node.onConflictClause as Node | undefined;
      const ops = withQueries(node, text, firstLine);
      if (conflict?.action === 'ONCONFLICT_UPDATE') ops.push({ kind: 'update', table: rangeVarName(node.relation), columns: targetColumns(conflict.targetList) });
      const copy = copyRows(node);
      if (copy) ops.push(copy);
      return ops.length > 0 ? { ops } : other(kind);
    }
    case 'MergeStmt': {
      const table = rangeVarName(node.relation);
      const ops = withQueries(node, text, firstLine);
      for (const w of (node.mergeWhenClauses as Node[] | undefined) ?? []) {
        const clause = w.MergeWhenClause as Node | undefined;
        if (clause?.commandType === 'CMD_UPDATE') ops.push({ kind: 'update', table, columns: targetColumns(clause.targetList) });
        else if (clause?.commandType === 'CMD_DELETE') ops.push({ kind: 'delete', table });
      }
      return ops.length > 0 ? { ops } : other(kind);
    }
    case 'SelectStmt': {
      const ops = withQueries(node, text, firstLine);
      return ops.length > 0 ? { ops } : other(kind);
    }
    case 'TruncateStmt':
      return {
        ops: ((node.relations as Node[] | undefined) ?? []).map((r) => ({
          kind: 'truncate' as const,
          table: rangeVarName(r.RangeVar),
        })),
      };
    case 'CreateEnumStmt':
      return {
        ops: [
          {
            kind: 'create-enum',
            type: qualified(((node.typeName as unknown[]) ?? []).map(str)),
            values: ((node.vals as unknown[]) ?? []).map(str),
          },
        ],
      };
    case 'AlterEnumStmt': {
      const type = qualified(((node.typeName as unknown[]) ?? []).map(str));
      if (typeof node.oldVal === 'string') {
        return { ops: [{ kind: 'rename-enum-value', type, oldValue: node.oldVal, newValue: String(node.newVal ?? '') }] };
      }
      return { ops: [{ kind: 'add-enum-value', type, value: String(node.newVal ?? '') }] };
    }
    case 'CompositeTypeStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'type', name: rangeVarName(node.typevar) }] };
    case 'CreateDomainStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'domain', name: qualified(((node.domainname as unknown[]) ?? []).map(str)) }] };
    case 'CreateRangeStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'type', name: qualified(((node.typeName as unknown[]) ?? []).map(str)) }] };
    case 'ViewStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'view', name: rangeVarName(node.view) }] };
    case 'CreateFunctionStmt':
      return {
        ops: [
          {
            kind: 'create-object',
            objectKind: node.is_procedure ? 'procedure' : 'function',
            name: qualified(((node.funcname as unknown[]) ?? []).map(str)),
            signature: routineSignature({ ObjectWithArgs: { objfuncargs: node.parameters } }),
          },
        ],
      };
    case 'CreateSeqStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'sequence', name: rangeVarName(node.sequence) }] };
    case 'CreateTrigStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'trigger', name: String(node.trigname ?? ''), trigger: triggerShapeOf(node, rangeVarName(node.relation)) }] };
    case 'CreateSchemaStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'schema', name: String(node.schemaname ?? '') }] };
    case 'CreatePolicyStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'policy', name: String(node.policy_name ?? '') }] };
    case 'CreateRoleStmt':
      return { ops: [{ kind: 'create-object', objectKind: 'role', name: String(node.role ?? '') }] };
    case 'DoStmt':
      return doBlock(node, text, firstLine);
    default:
      return other(kind);
  }
}

function targetColumns(list: unknown): string[] {
  return ((list as Node[] | undefined) ?? []).map((t) => String((t.ResTarget as { name?: string } | undefined)?.name ?? ''));
}

/** Data-modifying `WITH` queries (`WITH moved AS (DELETE … RETURNING *) INSERT …`) run too. */
function withQueries(node: Node, text: string, firstLine: number): Operation[] {
  const ctes = ((node.withClause as { ctes?: Node[] } | undefined)?.ctes ?? []).map((c) => (c.CommonTableExpr as Node | undefined)?.ctequery as Node | undefined);
  return ctes.flatMap((q) => (q && !q.SelectStmt ? operationsOf(q, text, firstLine).ops.filter((op) => op.kind !== 'other') : []));
}

function renameOps(node: Node): Operation[] {
  const type = String(node.renameType);
  const newName = String(node.newname ?? '');
  if (type === 'OBJECT_TABLE' || type === 'OBJECT_FOREIGN_TABLE') {
    const table = rangeVarName(node.relation);
    const schema = table.includes('.') ? table.slice(0, table.lastIndexOf('.')) : null;
    return [{ kind: 'rename-table', table, newName: schema ? `${schema}.${newName}` : newName }];
  }
  if (type === 'OBJECT_COLUMN') {
    if (node.relationType !== 'OBJECT_TABLE' && node.relationType !== 'OBJECT_FOREIGN_TABLE') {
      return [{ kind: 'rename-object', objectKind: 'view', name: `${rangeVarName(node.relation)}.${String(node.subname)}`, newName }];
    }
    return [{ kind: 'rename-column', table: rangeVarName(node.relation), column: String(node.subname ?? ''), newName }];
  }
  const objectKind = RENAME_KINDS[type];
  if (!objectKind) return [{ kind: 'other', what: `rename ${type}` }];
  if (objectKind === 'constraint') {
    const table = node.relation ? rangeVarName(node.relation) : listName(node.object);
    return [{ kind: 'rename-object', objectKind, name: String(node.subname ?? ''), newName, table }];
  }
  if (objectKind === 'schema') return [{ kind: 'rename-object', objectKind, name: String(node.subname ?? ''), newName }];
  const name = node.relation ? rangeVarName(node.relation) : listName(node.object);
  return [{ kind: 'rename-object', objectKind, name, newName }];
}

function alterTableCmd(table: string, cmd: Node): Operation[] {
  const column = String(cmd.name ?? '');
  switch (cmd.subtype) {
    case 'AT_AddColumn': {
      const def = (cmd.def as Node | undefined)?.ColumnDef as Node | undefined;
      // Its constraints listed (none is a list too): the history keeps the table's others, its
      // foreign keys included, where an unlisted one would leave them unknown (catalog.ts).
      const constraints = ((def?.constraints as Node[] | undefined) ?? []).flatMap((x): DeclaredConstraint[] => {
        const op = x.Constraint ? constraintOp(table, x.Constraint as Node, String(def?.colname ?? '')) : null;
        return op?.kind === 'add-constraint' ? [{ constraint: op.constraint, name: op.name, columns: op.columns, detail: op.references ?? '', ...(op.actions ? { actions: op.actions } : {}) }] : [];
      });
      return def ? [{ kind: 'add-column', table, column: columnInfo(def), ifNotExists: cmd.missing_ok === true, constraints }] : [];
    }
    case 'AT_DropColumn':
      return [{ kind: 'drop-column', table, column, ...(cmd.missing_ok === true ? { ifExists: true } : {}) }];
    case 'AT_AlterColumnType': {
      const def = (cmd.def as Node | undefined)?.ColumnDef as Node | undefined;
      return [{ kind: 'alter-column-type', table, column, oldType: null, newType: typeName(def?.typeName) }];
    }
    case 'AT_SetNotNull':
      return [{ kind: 'set-not-null', table, column }];
    case 'AT_DropNotNull':
      return [{ kind: 'drop-not-null', table, column }];
    case 'AT_ColumnDefault':
      // `SET DEFAULT NULL` removes the default as `DROP DEFAULT` does.
      return cmd.def && !isNullDefault(cmd.def) ? [{ kind: 'set-default', table, column }] : [{ kind: 'drop-default', table, column }];
    case 'AT_AddIdentity':
      return [{ kind: 'set-default', table, column }];
    case 'AT_DropIdentity':
      // Inserts that omit the column relied on the identity as on a default.
      return [{ kind: 'drop-default', table, column }];
    case 'AT_DropConstraint':
      return [{ kind: 'drop-constraint', table, name: column }];
    case 'AT_AddConstraint': {
      const c = (cmd.def as Node | undefined)?.Constraint as Node | undefined;
      const op = c ? constraintOp(table, c) : null;
      if (!op) return [{ kind: 'other', what: `constraint ${String(c?.contype)}` }];
      if (op.kind === 'add-constraint' && op.constraint === 'not-null') {
        return op.columns.map((col) => ({ kind: 'set-not-null' as const, table, column: col }));
      }
      return [op];
    }
    default:
      return [{ kind: 'other', what: String(cmd.subtype) }];
  }
}

/**
 * A table constraint (`column`: the column it is declared on). Unnamed unique and primary keys get
 * the name Postgres gives them (`t_pkey`, `t_a_b_key`), which a later DROP CONSTRAINT or DROP INDEX uses.
 */
function constraintOp(table: string, c: Node, column?: string): Operation | null {
  const kind = CONSTRAINT_KINDS[String(c.contype)];
  if (!kind) return null;
  const keys = ((c.keys as unknown[]) ?? (c.fk_attrs as unknown[]) ?? []).map(str);
  const columns = kind === 'check' ? [...columnRefs(c.raw_expr)] : keys.length > 0 ? keys : column ? [column] : [];
  if (kind === 'not-null' && column) return null; // a column's NOT NULL is in its ColumnInfo
  const relname = table.split('.').pop() ?? table;
  const name =
    typeof c.conname === 'string' ? c.conname
    : typeof c.indexname === 'string' ? c.indexname
    : kind === 'primary-key' ? `${relname}_pkey`
    : kind === 'unique' && columns.length > 0 ? `${relname}_${columns.join('_')}_key`
    : null;
  return {
    kind: 'add-constraint',
    table,
    constraint: kind,
    name,
    columns,
    notValid: c.skip_validation === true,
    usingIndex: typeof c.indexname === 'string' ? c.indexname : undefined,
    ...(c.deferrable === true ? { deferrable: true } : {}),
    ...(c.pktable ? { references: rangeVarName(c.pktable) } : {}),
    ...(kind === 'foreign-key' ? { actions: { onDelete: FK_ACTIONS[String(c.fk_del_action)] ?? 'no action', onUpdate: FK_ACTIONS[String(c.fk_upd_action)] ?? 'no action' } } : {}),
  };
}

/**
 * `INSERT INTO t (a, b) SELECT x, b FROM s` (the copy step of a table rebuild, as in the SQLite
 * adapter): which column of `s` fills each column of `t`. Null for any other INSERT.
 */
function copyRows(node: Node): Operation | null {
  const select = (node.selectStmt as Node | undefined)?.SelectStmt as Node | undefined;
  const from = (select?.fromClause as Node[] | undefined) ?? [];
  const names = ((node.cols as Node[] | undefined) ?? []).map((c) => String((c.ResTarget as Node | undefined)?.name ?? ''));
  const targets = (select?.targetList as Node[] | undefined) ?? [];
  if (!node.relation || from.length !== 1 || !from[0].RangeVar) return null;
  const fieldsOf = (i: number): unknown[] | undefined => (((targets[i].ResTarget as Node | undefined)?.val as Node | undefined)?.ColumnRef as { fields?: unknown[] } | undefined)?.fields;
  const star = (i: number): boolean => fieldsOf(i)?.some((f) => (f as Node)?.A_Star !== undefined) === true;
  const copy = { kind: 'copy-rows' as const, table: rangeVarName(node.relation), source: rangeVarName(from[0].RangeVar) };
  // No column list: the items fill the table's columns in order (`SELECT *`: the source's, in order).
  if (names.length === 0 && targets.length === 1 && star(0)) return { ...copy, columns: [], byPosition: true, allColumns: true };
  const listed = names.length > 0 ? names : targets.map(() => '');
  if (listed.length !== targets.length || targets.some((_, i) => star(i))) return null;
  const columns = listed.map((name, i) => {
    const last = fieldsOf(i)?.map(str).at(-1);
    return { name, from: last ? last : null };
  });
  return { ...copy, columns, ...(names.length === 0 ? { byPosition: true as const } : {}) };
}

/** `ALTER TABLE t` on one line, `RENAME …` / `SET SCHEMA …` on the next: the finding is on the action's line, as for other actions. */
function atActionLine(ops: Operation[], text: string, firstLine: number): Operation[] {
  const lines = ops.length === 1 ? subCommandLines(text, firstLine, 1) : null;
  return lines ? [{ ...ops[0], line: lines[0] }] : ops;
}

/** Line of each top-level action of an `ALTER TABLE` (libpg-query gives AlterTableCmd no location). */
function subCommandLines(text: string, firstLine: number, count: number): number[] | null {
  if (count < 2 && !text.includes('\n')) return null;
  const masked = maskSql(text, 'postgres');
  const head = /^\s*ALTER\s+(?:FOREIGN\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?:"(?:[^"]|"")*"|[^\s."]+)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[^\s."]+))*\s*\*?\s*/i.exec(masked);
  if (!head) return null;
  const starts = topLevelPieces(masked, head[0].length);
  if (starts.length !== count) return null;
  return linesOfOffsets(text, starts, firstLine);
}

/** Statements of a `DO` block run now: parse them; dynamic `EXECUTE` cannot be read. */
function doBlock(node: Node, text: string, firstLine: number): OpsResult {
  const args = (node.args as Node[] | undefined) ?? [];
  const language = args
    .map((a) => a.DefElem as { defname?: string; arg?: unknown } | undefined)
    .find((d) => d?.defname === 'language');
  const lang = language ? str(language.arg).toLowerCase() : 'plpgsql';
  if (lang !== 'plpgsql') return { ops: [{ kind: 'other', what: 'do' }], opaque: `a DO block in ${lang}` };
  const result = plpgsqlOperations(text, firstLine, 'DO block');
  return { ops: result.ops.length > 0 ? result.ops : [{ kind: 'other', what: 'do' }], opaque: result.opaque };
}

/** PL/pgSQL statements whose body runs only under a condition, or any number of times. */
const CONDITIONAL_PLPGSQL = new Set([
  'PLpgSQL_stmt_if',
  'PLpgSQL_stmt_case',
  'PLpgSQL_stmt_loop',
  'PLpgSQL_stmt_while',
  'PLpgSQL_stmt_fori',
  'PLpgSQL_stmt_fors',
  'PLpgSQL_stmt_foreach_a',
]);

/**
 * What the static SQL of a PL/pgSQL body (a `DO` block, or a `CREATE FUNCTION … LANGUAGE plpgsql`
 * that the migration then calls) does; dynamic `EXECUTE` is opaque. Never throws.
 */
export function plpgsqlOperations(text: string, firstLine: number, what: string): { ops: Operation[]; opaque?: string } {
  let tree: unknown;
  try {
    tree = libpg().parsePlPgSQLSync(text);
  } catch (error) {
    return { ops: [], opaque: `the ${what}'s PL/pgSQL could not be parsed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const ops: Operation[] = [];
  const lines = new LineIndex(text, firstLine);
  let opaque: string | undefined;
  let cursor = 0;
  // Depth first, in document order, with a stack of its own (a body can nest IFs thousands deep);
  // `depth` counts the IFs, CASEs and loops around each node.
  const stack: { node?: unknown; key?: string; value?: unknown; depth: number }[] = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { depth } = item;
    if (item.key === undefined) {
      const n = item.node;
      if (Array.isArray(n)) for (let i = n.length - 1; i >= 0; i--) stack.push({ node: n[i], depth });
      else if (n && typeof n === 'object') {
        const entries = Object.entries(n as Node);
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ key: entries[i][0], value: entries[i][1], depth });
      }
      continue;
    }
    const { key, value } = item;
    if (CONDITIONAL_PLPGSQL.has(key)) {
      stack.push({ node: value, depth: depth + 1 });
      continue;
    }
    if (key === 'PLpgSQL_stmt_dynexecute' || key === 'PLpgSQL_stmt_dynfors') {
      opaque ??= `dynamic EXECUTE in a ${what}`;
    } else if (key === 'PLpgSQL_stmt_execsql') {
      const query = ((value as Node).sqlstmt as { PLpgSQL_expr?: { query?: string } } | undefined)?.PLpgSQL_expr?.query;
      if (typeof query === 'string') {
        const at = text.indexOf(query, cursor);
        const offset = at === -1 ? 0 : at;
        if (at !== -1) cursor = at + query.length;
        const inner = parsePostgres(query, lines.line(offset));
        if (inner.ok) {
          for (const op of inner.ops) {
            const placed = op.line === undefined && at !== -1 ? { ...op, line: lines.line(offset) } : op;
            ops.push(depth > 0 ? conditional(placed) : placed);
          }
          opaque ??= inner.opaque;
        } else opaque ??= `a statement in the ${what} could not be parsed: ${inner.error}`;
      }
    }
    stack.push({ node: value, depth });
  }
  return { ops, opaque };
}
