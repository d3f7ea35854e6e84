/**
 * EF Core's model snapshot (`Migrations/<Context>ModelSnapshot.cs`, a class deriving from
 * `ModelSnapshot`) read as the schema history's baseline (code/baselines.ts): EF Core rewrites it after
 * every migration with the whole model, so it knows the tables even when the migrations that made
 * them were squashed or deleted.
 *
 * `BuildModel(ModelBuilder modelBuilder)` holds one `modelBuilder.Entity("Ns.Type", b => { … })` per
 * entity (relationships come later in more `Entity` calls of the same name, merged):
 * - `b.Property<T>("Name")` with `.HasColumnName`, `.HasColumnType`, `.HasMaxLength`,
 *   `.IsFixedLength`, `.IsRequired()`, `.HasDefaultValue(Sql)`, `.HasComputedColumnSql` → a column
 *   (NOT NULL when required, a key, or a non-nullable value type; `string`, `byte[]` and `T?` are nullable);
 *   `UseIdentityColumn(b.Property<int>("Id"))`-style calls give it a default;
 * - `b.HasKey(…)`, `b.HasIndex(…)` with `.IsUnique()` and `.HasDatabaseName`/`.HasName`;
 * - `b.ToTable("t")` / `b.ToTable("t", "schema")`; `b.HasBaseType("Ns.Base")` without a table of its
 *   own: table-per-hierarchy, its columns (nullable) go to the base's table; `ToView`, `ToSqlQuery`
 *   and an entity with no table map no table.
 * Owned types (`OwnsOne`/`OwnsMany`) are not read: their columns are missing from the history (a
 * rule then knows less, and judges as it does without a history).
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Statement } from '../model.js';
import { arg, clrType, csArgs, csBool, csInt, csName, csNames, isNull, methodOf, type CsArgs } from './ef-core.js';
import { callStatement } from './statements.js';
import type { SyntaxNode } from './tree-sitter.js';

/** Calls of one chain followed (`b.Property<string>("X").HasMaxLength(1).IsRequired()…`). */
const MAX_CHAIN = 64;
/** `HasBaseType` links followed to the table of a hierarchy. */
const MAX_HIERARCHY = 32;

interface Link {
  method: string;
  generic: string | null;
  args: CsArgs;
}

interface Entity {
  /** The first `Entity` call: where its table's statement sits. */
  node: SyntaxNode;
  table: string | null;
  /** `ToView`, `ToSqlQuery`, `ToTable((string)null)`: no table of its own. */
  noTable: boolean;
  baseType: string | null;
  columns: Map<string, ColumnInfo>;
  /** Property name → column name (`HasColumnName`): keys and indexes name properties. */
  props: Map<string, string>;
  key: string[];
  indexes: { name: string; unique: boolean; columns: string[] }[];
}

/** `b.X(…).Y(…)` → the links from `b` outward; null when the chain does not start at `param`. */
function chain(expr: SyntaxNode, param: string): Link[] | null {
  const out: Link[] = [];
  let n: SyntaxNode | null = expr;
  for (let i = 0; i < MAX_CHAIN && n; i++) {
    if (n.type === 'identifier') return n.text === param ? out.reverse() : null;
    if (n.type !== 'invocation_expression') return null;
    const fn: SyntaxNode | null = n.childForFieldName('function');
    const m: ReturnType<typeof methodOf> = fn ? methodOf(fn) : null;
    if (!m) return null;
    out.push({ method: m.method, generic: m.generic, args: csArgs(n) });
    n = m.receiver;
  }
  return null;
}

/** A reference type's column is nullable unless required; a value type's unless `T?`. */
function nullableByType(clr: string | null): boolean {
  if (clr === null) return true;
  if (clr.endsWith('?')) return true;
  return /^(?:System\.)?(?:string|String|byte\[\]|object|Object)$/.test(clr);
}

function property(links: Link[], entity: Entity): void {
  const [first, ...rest] = links;
  const name = csName(arg(first.args, 0, 'propertyName'));
  if (name === null) return;
  let column = name;
  let type: string | null = null;
  let maxLength: number | null = null;
  let fixed = false;
  let required: boolean | null = null;
  let hasDefault = false;
  let generated = false;
  for (const l of rest) {
    const a0 = l.args.positional[0];
    switch (l.method) {
      case 'HasColumnName':
        column = csName(a0) ?? column;
        break;
      case 'HasColumnType':
        type = csName(a0) ?? type;
        break;
      case 'HasMaxLength':
        maxLength = csInt(a0);
        break;
      case 'IsFixedLength':
        fixed = csBool(a0) ?? true;
        break;
      case 'IsRequired':
        required = csBool(a0) ?? true;
        break;
      case 'HasDefaultValue':
      case 'HasDefaultValueSql':
        hasDefault = hasDefault || !isNull(a0);
        break;
      case 'HasComputedColumnSql':
        hasDefault = true;
        generated = true;
        break;
    }
  }
  const existing = entity.columns.get(column);
  const info: ColumnInfo = {
    name: column,
    type: type ?? clrType(first.generic, maxLength, fixed),
    notNull: required ?? !nullableByType(first.generic),
    hasDefault: hasDefault || existing?.hasDefault === true,
  };
  if (generated) info.generated = true;
  entity.columns.set(column, info);
  entity.props.set(name, column);
}

function entityStatement(links: Link[], entity: Entity): void {
  const first = links[0];
  if (!first) return;
  switch (first.method) {
    case 'Property':
      return property(links, entity);
    case 'HasKey': {
      const cols = first.args.positional.length === 1 ? csNames(first.args.positional[0]) : first.args.positional.map((p) => csName(p));
      if (cols && cols.every((c): c is string => c !== null)) entity.key = cols;
      return;
    }
    case 'HasIndex': {
      const cols = first.args.positional.length === 1 ? csNames(first.args.positional[0]) : first.args.positional.map((p) => csName(p));
      if (!cols || cols.some((c) => c === null)) return;
      let name: string | null = null;
      let unique = false;
      for (const l of links.slice(1)) {
        if (l.method === 'HasDatabaseName' || l.method === 'HasName') name = csName(l.args.positional[0]) ?? name;
        if (l.method === 'IsUnique') unique = csBool(l.args.positional[0]) ?? true;
      }
      entity.indexes.push({ name: name ?? '', unique, columns: cols as string[] });
      return;
    }
    case 'ToTable': {
      const a0 = first.args.positional[0];
      if (isNull(a0) || a0?.type === 'cast_expression') {
        entity.noTable = true;
        return;
      }
      const t = csName(a0);
      const s = first.args.positional[1];
      const schema = s && !isNull(s) && s.type !== 'cast_expression' && s.type !== 'lambda_expression' ? csName(s) : null;
      if (t !== null) entity.table = schema ? `${schema}.${t}` : t;
      return;
    }
    case 'ToView':
    case 'ToSqlQuery':
    case 'ToFunction':
      entity.noTable = true;
      return;
    case 'HasBaseType':
      entity.baseType = csName(first.args.positional[0]);
      return;
  }
}

/** `NpgsqlPropertyBuilderExtensions.UseIdentityByDefaultColumn(b.Property<long>("Id"))`: a generated key. */
function identityColumn(call: SyntaxNode, param: string, entity: Entity): void {
  const fn = call.childForFieldName('function');
  const m = fn ? methodOf(fn) : null;
  if (!m || !/^(?:UseIdentity\w*Column|UseSerialColumn|UseHiLo|UseSequence|UseAutoincrement)$/.test(m.method)) return;
  const inner = csArgs(call).positional[0];
  const links = inner ? chain(inner, param) : null;
  if (!links || links[0]?.method !== 'Property') return;
  const name = csName(links[0].args.positional[0]);
  const column = links.find((l) => l.method === 'HasColumnName');
  const c = entity.columns.get((column && csName(column.args.positional[0])) ?? entity.props.get(name ?? '') ?? name ?? '');
  if (c) c.hasDefault = true;
}

/** The snapshot's tables, one `create-table` statement each, at its entity's first `Entity` call. */
export function parseModelSnapshot(cls: SyntaxNode, dialect: Dialect): Statement[] {
  const entities = new Map<string, Entity>();
  for (const m of cls.childForFieldName('body')?.namedChildren ?? []) {
    if (m?.type !== 'method_declaration' || m.childForFieldName('name')?.text !== 'BuildModel') continue;
    const builder = m.childForFieldName('parameters')?.namedChildren.find((p) => p?.type === 'parameter')?.childForFieldName('name')?.text;
    if (!builder) continue;
    // The `Entity` calls are statements of the method's body (a walk of every invocation would visit each chained call).
    for (const stmt of m.childForFieldName('body')?.namedChildren ?? []) {
      const call = stmt?.type === 'expression_statement' ? stmt.namedChildren.find((c) => c?.type === 'invocation_expression') : null;
      const fn = call?.childForFieldName('function');
      const mm = fn ? methodOf(fn) : null;
      if (!call || !mm || mm.method !== 'Entity' || mm.receiver?.text !== builder) continue;
      const args = csArgs(call);
      const name = csName(args.positional[0]);
      const lambda = args.positional[1];
      if (name === null || lambda?.type !== 'lambda_expression') continue;
      const param = (lambda.childForFieldName('parameters') ?? lambda.namedChildren.find((c) => c?.type === 'identifier'))?.text.replace(/[()\s]/g, '');
      const body = lambda.childForFieldName('body');
      if (!param || !body) continue;
      let entity = entities.get(name);
      if (!entity) entities.set(name, (entity = { node: call, table: null, noTable: false, baseType: null, columns: new Map(), props: new Map(), key: [], indexes: [] }));
      const statements = body.type === 'block' ? body.namedChildren : [body];
      for (const s of statements) {
        const expr = s?.type === 'expression_statement' ? s.namedChildren.find((c) => c !== null && c.type !== 'comment') : s;
        if (expr?.type !== 'invocation_expression') continue;
        const links = chain(expr, param);
        if (links) entityStatement(links, entity);
        else identityColumn(expr, param, entity);
      }
    }
  }
  // Table-per-hierarchy: an entity with a base type and no table of its own keeps its columns in the base's.
  const tableOf = (e: Entity): { table: string; root: Entity } | null => {
    let at: Entity | undefined = e;
    for (let i = 0; i < MAX_HIERARCHY && at; i++) {
      if (at.noTable) return null;
      if (at.table !== null) return { table: at.table, root: at };
      at = at.baseType === null ? undefined : entities.get(at.baseType);
    }
    return null;
  };
  const tables = new Map<string, { node: SyntaxNode; columns: Map<string, ColumnInfo>; indexes: Entity['indexes'] }>();
  const order: Entity[] = [...entities.values()].sort((a, b) => (a.baseType === null ? 0 : 1) - (b.baseType === null ? 0 : 1));
  for (const e of order) {
    const t = tableOf(e);
    if (!t) continue;
    let out = tables.get(t.table);
    if (!out) tables.set(t.table, (out = { node: t.root.node, columns: new Map(), indexes: [] }));
    const shared = t.root !== e;
    const col = (p: string): string => e.props.get(p) ?? p;
    for (const k of e.key) {
      const c = e.columns.get(col(k));
      if (c) e.columns.set(c.name, { ...c, notNull: true, primaryKey: true });
    }
    for (const c of e.columns.values()) {
      if (out.columns.has(c.name)) continue;
      // A derived type's column in its hierarchy's table is NULL for the other types' rows.
      out.columns.set(c.name, shared && !c.primaryKey ? { ...c, notNull: false } : c);
    }
    for (const i of e.indexes) out.indexes.push({ ...i, columns: i.columns.map(col), name: i.name || `IX_${t.table.replace(/^.*\./, '')}_${i.columns.join('_')}` });
  }
  const statements: Statement[] = [];
  for (const [table, t] of tables) {
    statements.push(callStatement(t.node, [{ kind: 'create-table', table, columns: [...t.columns.values()], ...(t.indexes.length > 0 ? { indexes: t.indexes } : {}) }], dialect));
  }
  return statements.sort((a, b) => a.start - b.start);
}
