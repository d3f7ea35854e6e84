/**
 * EF Core migrations (`Migrations/<14 digits>_<Name>.cs`, a class `: Migration`; the
 * `[Migration("…")]` attribute sits in the generated `*.Designer.cs` beside it, which is no
 * migration, nor is the `*ModelSnapshot.cs`): `Up(MigrationBuilder b)` runs forward, `Down` is the
 * down section. Each `b.DropColumn(name: …, table: …)`-style call maps onto operations with its named
 * or positional arguments; `AlterColumn` compares what it states (`nullable`/`oldNullable`,
 * `type`/`oldType`, CLR types and lengths); `b.Sql("…")` goes through the SQL path. Any other call
 * on the builder, and any other code in `Up`, is unread at its line.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import type { CodeAdapter, CodeInput } from './registry.js';
import { parseModelSnapshot } from './ef-core-snapshot.js';
import { callStatement, sqlStatements, stringLiteral, unreadStatement, type StringLiteral } from './statements.js';
import type { SyntaxNode } from './tree-sitter.js';

const PATH = /(?:^|\/)Migrations\/(?:[^/]+\/)*(\d{14})_(\w+)\.cs$/;
const NOT_MIGRATION = /(?:\.Designer\.cs|ModelSnapshot\.cs)$/;

export const efCoreAdapter: CodeAdapter = {
  framework: 'ef-core',
  extensions: ['.cs'],
  language: () => 'c-sharp',
  conventionalPath: (path) => PATH.test(path) && !NOT_MIGRATION.test(path),
  detect(path, text, configured) {
    if (NOT_MIGRATION.test(path)) return null;
    const m = PATH.exec(path) ?? /(?:^|\/)(\d{14})_(\w+)\.cs$/.exec(path);
    const version = m?.[1] ?? null;
    if (text === null) return PATH.test(path) || configured ? { version, reason: 'an EF Core migration by its path' } : null;
    if (!/:\s*(?:[\w.]+\.)?Migration\b/.test(text) || !/\bMigrationBuilder\b/.test(text)) return null;
    return { version, reason: 'an EF Core migration (a class deriving from Migration with Up(MigrationBuilder))' };
  },
  parse: parseEfCore,
};

/** Nesting of blocks read (`if`, `{ }`); deeper is unread code. */
const MAX_DEPTH = 12;

/** Builder calls that change nothing the rules read. */
const NEUTRAL = new Set([
  'EnsureSchema', 'AlterDatabase', 'AlterTable', 'AlterSequence', 'CreateSequence', 'RestartSequence', 'RenameSequence', 'DropSequence', 'InsertData',
  'Annotation', 'OldAnnotation',
]);

/** A CLR type with its length → the SQL type a Postgres/SQL Server database gets, for comparison. */
export function clrType(clr: string | null, maxLength: number | null, fixed: boolean): string | null {
  if (clr === null) return null;
  switch (clr.replace(/\?$/, '').replace(/^System\./, '')) {
    case 'string':
    case 'String':
      return maxLength === null ? 'text' : `${fixed ? 'char' : 'varchar'}(${maxLength})`;
    case 'int':
    case 'Int32':
      return 'integer';
    case 'long':
    case 'Int64':
      return 'bigint';
    case 'short':
    case 'Int16':
      return 'smallint';
    case 'byte':
    case 'Byte':
      return 'tinyint';
    case 'bool':
    case 'Boolean':
      return 'boolean';
    case 'Guid':
      return 'uuid';
    case 'DateTime':
      return 'timestamp';
    case 'DateTimeOffset':
      return 'timestamptz';
    case 'DateOnly':
      return 'date';
    case 'TimeOnly':
    case 'TimeSpan':
      return 'time';
    case 'decimal':
    case 'Decimal':
      return 'numeric';
    case 'double':
    case 'Double':
      return 'double precision';
    case 'float':
    case 'Single':
      return 'real';
    case 'byte[]':
      return maxLength === null ? 'bytea' : `varbinary(${maxLength})`;
    default:
      return clr;
  }
}

export interface CsArgs {
  positional: SyntaxNode[];
  named: Map<string, SyntaxNode>;
}

export function csArgs(call: SyntaxNode): CsArgs {
  const out: CsArgs = { positional: [], named: new Map() };
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!a || a.type !== 'argument') continue;
    const name = a.childForFieldName('name');
    const value = a.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment' && !(name && c.startIndex === name.startIndex)).at(-1);
    if (!value) continue;
    if (name) out.named.set(name.text, value);
    else out.positional.push(value);
  }
  return out;
}

/** The argument named `name`, else the positional one at `i` (the API's parameter order). */
export function arg(args: CsArgs, i: number, name: string): SyntaxNode | undefined {
  return args.named.get(name) ?? args.positional[i];
}

/** A C# string literal (regular, verbatim `@"…"` with `""`, raw `"""…"""`, `$"…"`, `"a" + "b"`). */
function csString(node: SyntaxNode | null | undefined): StringLiteral | null {
  if (!node) return null;
  if (node.type === 'parenthesized_expression' && node.namedChildren.length === 1) return csString(node.namedChildren[0]);
  if (node.type === 'binary_expression' && node.children.some((c) => c?.type === '+')) {
    const left = csString(node.childForFieldName('left'));
    const right = csString(node.childForFieldName('right'));
    if (!left || !right) return null;
    return { ...left, value: left.value + right.value, interpolated: left.interpolated || right.interpolated, exact: false, node };
  }
  const lit = stringLiteral(node);
  if (!lit) return null;
  if (node.type === 'verbatim_string_literal' || (node.type === 'interpolated_string_expression' && node.text.includes('@'))) {
    // `""` is one `"` in a verbatim string: offsets after it shift.
    if (lit.value.includes('""')) return { ...lit, value: lit.value.replace(/""/g, '"'), exact: false };
  }
  return lit;
}

export function csName(node: SyntaxNode | null | undefined): string | null {
  const lit = csString(node);
  return lit && !lit.interpolated ? lit.value : null;
}

/** `"a"` or `new[] { "a", "b" }` / `new string[] { … }` → names; null when computed. */
export function csNames(node: SyntaxNode | null | undefined): string[] | null {
  if (!node) return null;
  const one = csName(node);
  if (one !== null) return [one];
  if (!['implicit_array_creation_expression', 'array_creation_expression', 'collection_expression'].includes(node.type)) return null;
  const init = node.type === 'collection_expression' ? node : node.namedChildren.find((c) => c?.type === 'initializer_expression');
  if (!init) return null;
  const out: string[] = [];
  for (const e of init.namedChildren) {
    if (!e || e.type === 'comment') continue;
    const n = csName(e);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

export function csBool(node: SyntaxNode | null | undefined): boolean | null {
  return node?.type === 'boolean_literal' ? node.text === 'true' : null;
}

export function csInt(node: SyntaxNode | null | undefined): number | null {
  return node?.type === 'integer_literal' ? Number(node.text.replace(/[_uUlL]/g, '')) : null;
}

export function isNull(node: SyntaxNode | null | undefined): boolean {
  return node?.type === 'null_literal';
}

/** `typeof(string)` → `string`. */
function typeOf(node: SyntaxNode | null | undefined): string | null {
  if (node?.type !== 'typeof_expression') return null;
  return node.childForFieldName('type')?.text ?? null;
}

/** The method and generic type of `b.AddColumn<string>` (`AddColumn`, `string`). */
export function methodOf(fn: SyntaxNode): { receiver: SyntaxNode | null; method: string; generic: string | null } | null {
  if (fn.type !== 'member_access_expression') return null;
  const name = fn.childForFieldName('name');
  if (!name) return null;
  if (name.type === 'generic_name') {
    const id = name.namedChildren.find((c) => c?.type === 'identifier');
    const targs = name.namedChildren.find((c) => c?.type === 'type_argument_list');
    return { receiver: fn.childForFieldName('expression'), method: id?.text ?? name.text, generic: targs?.namedChildren[0]?.text ?? null };
  }
  return { receiver: fn.childForFieldName('expression'), method: name.text, generic: null };
}

/** `b.AlterColumn<int>(…).Annotation(…).OldAnnotation(…)` → the builder call under its annotations. */
function unwrapAnnotations(call: SyntaxNode): SyntaxNode {
  let n = call;
  for (let i = 0; i < 64; i++) {
    const fn = n.childForFieldName('function');
    const m = fn ? methodOf(fn) : null;
    if (!m || (m.method !== 'Annotation' && m.method !== 'OldAnnotation') || m.receiver?.type !== 'invocation_expression') return n;
    n = m.receiver;
  }
  return n;
}

function parseEfCore(input: CodeInput): ParsedFile {
  const { root, dialect } = input;
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  for (const cls of root.descendantsOfType('class_declaration')) {
    if (!cls) continue;
    const bases = cls.namedChildren.find((c) => c?.type === 'base_list');
    // The model snapshot, read as the history's baseline (code/baselines.ts).
    if (bases && /\bModelSnapshot\b/.test(bases.text)) {
      forward.push(...parseModelSnapshot(cls, dialect));
      continue;
    }
    if (!bases || !/\bMigration\b/.test(bases.text)) continue;
    for (const m of cls.childForFieldName('body')?.namedChildren ?? []) {
      if (m?.type !== 'method_declaration') continue;
      const name = m.childForFieldName('name')?.text;
      const body = m.childForFieldName('body');
      const builder = m.childForFieldName('parameters')?.namedChildren.find((p) => p?.type === 'parameter')?.childForFieldName('name')?.text;
      if (!body || !builder) continue;
      if (name === 'Up') new EfReader(dialect, builder).block(body, forward, 0);
      else if (name === 'Down' && body.namedChildren.some((c) => c && c.type !== 'comment')) downSections.push({ line: m.startPosition.row + 1, endLine: m.endPosition.row + 1 });
    }
  }
  return { downSections, forward };
}

class EfReader {
  constructor(
    private readonly dialect: Dialect,
    private readonly builder: string,
  ) {}

  block(node: SyntaxNode, out: Statement[], depth: number): void {
    for (const s of node.namedChildren) if (s && s.type !== 'comment') this.statement(s, out, depth);
  }

  private unread(node: SyntaxNode, why: string, out: Statement[]): void {
    out.push(unreadStatement(node, why, this.dialect));
  }

  private statement(node: SyntaxNode, out: Statement[], depth: number): void {
    if (depth > MAX_DEPTH) return this.unread(node, 'blocks nested too deep to read', out);
    switch (node.type) {
      case 'block':
        return this.block(node, out, depth + 1);
      case 'if_statement': {
        for (const field of ['consequence', 'alternative']) {
          const c = node.childForFieldName(field);
          if (c) this.statement(c, out, depth + 1);
        }
        return;
      }
      case 'local_declaration_statement':
      case 'return_statement':
      case 'empty_statement':
        return;
      case 'expression_statement': {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== 'comment');
        if (!expr || expr.type === 'assignment_expression') return;
        if (expr.type === 'invocation_expression') return this.call(expr, node, out);
        return this.unread(node, `${firstLine(node)} is code the gate does not read`, out);
      }
      default:
        return this.unread(node, `${firstLine(node)} is code the gate does not read`, out);
    }
  }

  private call(invocation: SyntaxNode, stmt: SyntaxNode, out: Statement[]): void {
    const call = unwrapAnnotations(invocation);
    const fn = call.childForFieldName('function');
    const m = fn ? methodOf(fn) : null;
    if (!m || m.receiver?.text !== this.builder) {
      return this.unread(stmt, `${fn?.text.split('\n')[0].slice(0, 60) ?? 'a call'} runs application code that the gate does not read`, out);
    }
    const name = `${this.builder}.${m.method}`;
    const args = csArgs(call);
    if (m.method === 'Sql') {
      const literal = csString(arg(args, 0, 'sql'));
      if (!literal) return this.unread(stmt, `${name} runs SQL that is not a string literal (a value computed at run time), which the gate cannot read`, out);
      out.push(...sqlStatements(literal, this.dialect, name));
      return;
    }
    const ops = this.operation(m.method, m.generic, args);
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === 'string') return this.unread(stmt, `${name} ${ops}`, out);
    out.push(callStatement(stmt, ops, this.dialect));
  }

  private operation(method: string, generic: string | null, a: CsArgs): Operation[] | string | null {
    const notLiteral = 'with a name that is not a literal';
    const qualify = (table: string | null, schemaNode: SyntaxNode | undefined): string | null => {
      if (table === null) return null;
      const schema = schemaNode === undefined || isNull(schemaNode) ? null : csName(schemaNode);
      return schema ? `${schema}.${table}` : table;
    };
    switch (method) {
      case 'AddColumn': {
        const c = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), a.named.get('schema'));
        if (c === null || t === null) return notLiteral;
        return [{ kind: 'add-column', table: t, column: this.column(c, generic, a) }];
      }
      case 'DropColumn': {
        const c = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), arg(a, 2, 'schema'));
        if (c === null || t === null) return notLiteral;
        return [{ kind: 'drop-column', table: t, column: c }];
      }
      case 'RenameColumn': {
        const c = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), arg(a, 3, 'schema'));
        const to = csName(arg(a, 2, 'newName'));
        if (c === null || t === null || to === null) return notLiteral;
        return [{ kind: 'rename-column', table: t, column: c, newName: to }];
      }
      case 'AlterColumn': {
        const c = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), a.named.get('schema'));
        if (c === null || t === null) return notLiteral;
        return alterColumn(t, c, generic, a);
      }
      case 'CreateTable': {
        const t = qualify(csName(arg(a, 0, 'name')), a.named.get('schema'));
        if (t === null) return notLiteral;
        const columns = this.tableColumns(arg(a, 1, 'columns'));
        if (columns === null) return 'with columns that are not a literal definition';
        return [{ kind: 'create-table', table: t, columns }];
      }
      case 'DropTable': {
        const t = qualify(csName(arg(a, 0, 'name')), arg(a, 1, 'schema'));
        return t === null ? notLiteral : [{ kind: 'drop-table', table: t }];
      }
      case 'RenameTable': {
        const t = qualify(csName(arg(a, 0, 'name')), arg(a, 1, 'schema'));
        const to = csName(arg(a, 2, 'newName'));
        if (t === null || to === null) return notLiteral;
        const newSchema = a.named.get('newSchema');
        const schema = newSchema && !isNull(newSchema) ? csName(newSchema) : csName(a.named.get('schema'));
        return [{ kind: 'rename-table', table: t, newName: schema ? `${schema}.${to}` : to }];
      }
      case 'CreateIndex': {
        const n = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), a.named.get('schema'));
        const cols = csNames(a.named.get('columns') ?? a.named.get('column') ?? a.positional[2]);
        if (n === null || t === null || cols === null) return notLiteral;
        const filter = a.named.get('filter');
        return [{ kind: 'create-index', table: t, name: n, unique: csBool(a.named.get('unique')) === true, concurrently: false, columns: cols, ...(filter && !isNull(filter) ? { partial: true } : {}) }];
      }
      case 'DropIndex': {
        const n = csName(arg(a, 0, 'name'));
        const tableNode = arg(a, 1, 'table');
        const t = tableNode === undefined || isNull(tableNode) ? null : qualify(csName(tableNode), arg(a, 2, 'schema'));
        return n === null ? notLiteral : [{ kind: 'drop-index', name: n, table: t }];
      }
      case 'RenameIndex': {
        const n = csName(arg(a, 0, 'name'));
        const to = csName(arg(a, 2, 'newName'));
        const tableNode = arg(a, 1, 'table');
        const t = tableNode === undefined || isNull(tableNode) ? undefined : (qualify(csName(tableNode), a.named.get('schema')) ?? undefined);
        return n === null || to === null ? notLiteral : [{ kind: 'rename-object', objectKind: 'index', name: n, newName: to, ...(t ? { table: t } : {}) }];
      }
      case 'AddForeignKey':
      case 'AddPrimaryKey':
      case 'AddUniqueConstraint':
      case 'AddCheckConstraint': {
        const n = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), a.named.get('schema'));
        if (n === null || t === null) return notLiteral;
        const constraint = method === 'AddForeignKey' ? 'foreign-key' : method === 'AddPrimaryKey' ? 'primary-key' : method === 'AddUniqueConstraint' ? 'unique' : 'check';
        const cols = constraint === 'check' ? [] : csNames(a.named.get('columns') ?? a.named.get('column') ?? a.positional[2]);
        if (cols === null) return notLiteral;
        const references = constraint === 'foreign-key' ? csName(a.named.get('principalTable')) : null;
        return [{ kind: 'add-constraint', table: t, constraint, name: n, columns: cols, notValid: false, ...(references !== null ? { references } : {}) }];
      }
      case 'DropForeignKey':
      case 'DropPrimaryKey':
      case 'DropUniqueConstraint':
      case 'DropCheckConstraint': {
        const n = csName(arg(a, 0, 'name'));
        const t = qualify(csName(arg(a, 1, 'table')), arg(a, 2, 'schema'));
        if (n === null || t === null) return notLiteral;
        const constraint = method === 'DropForeignKey' ? 'foreign-key' : method === 'DropPrimaryKey' ? 'primary-key' : method === 'DropUniqueConstraint' ? 'unique' : 'check';
        return [{ kind: 'drop-constraint', table: t, name: n, constraint }];
      }
      case 'DropSchema': {
        const n = csName(arg(a, 0, 'name'));
        return n === null ? notLiteral : [{ kind: 'drop-schema', name: n, database: false }];
      }
      case 'UpdateData': {
        const t = qualify(csName(arg(a, 0, 'table')), a.named.get('schema'));
        const cols = csNames(a.named.get('column') ?? a.named.get('columns') ?? a.positional[3]);
        if (t === null || cols === null) return notLiteral;
        return [{ kind: 'update', table: t, columns: cols }];
      }
      case 'DeleteData': {
        const t = qualify(csName(arg(a, 0, 'table')), a.named.get('schema'));
        return t === null ? notLiteral : [{ kind: 'delete', table: t }];
      }
      default:
        return NEUTRAL.has(method) ? [{ kind: 'other', what: method }] : null;
    }
  }

  /** A column of `AddColumn<T>(…)` / `table.Column<T>(…)`: NOT NULL unless `nullable: true` (EF Core's default). */
  private column(name: string, generic: string | null, a: CsArgs): ColumnInfo {
    const type = csName(a.named.get('type')) ?? clrType(generic, csInt(a.named.get('maxLength')), csBool(a.named.get('fixedLength')) === true);
    const nullable = csBool(a.named.get('nullable')) === true || (generic !== null && generic.endsWith('?') && !a.named.has('nullable'));
    const has = (k: string): boolean => a.named.has(k) && !isNull(a.named.get(k));
    const info: ColumnInfo = { name, type, notNull: !nullable, hasDefault: has('defaultValue') || has('defaultValueSql') || has('computedColumnSql') };
    if (has('computedColumnSql')) info.generated = true;
    return info;
  }

  /** `columns: table => new { Id = table.Column<int>(…), … }`; null when not that shape. */
  private tableColumns(node: SyntaxNode | undefined): ColumnInfo[] | null {
    if (node?.type !== 'lambda_expression') return null;
    const body = node.childForFieldName('body');
    if (body?.type !== 'anonymous_object_creation_expression') return null;
    const columns: ColumnInfo[] = [];
    let property: string | null = null;
    for (const c of body.namedChildren) {
      if (!c || c.type === 'comment') continue;
      if (c.type === 'identifier') {
        property = c.text;
        continue;
      }
      const call = c.type === 'invocation_expression' ? unwrapAnnotations(c) : null;
      const fn = call?.childForFieldName('function');
      const m = fn ? methodOf(fn) : null;
      if (!call || !m || m.method !== 'Column') return null;
      const args = csArgs(call);
      const name = csName(args.named.get('name')) ?? property;
      if (name === null) return null;
      columns.push(this.column(name, m.generic, args));
      property = null;
    }
    return columns;
  }
}

/** What `AlterColumn` states against its `old…` arguments (EF Core writes both sides). */
function alterColumn(table: string, column: string, generic: string | null, a: CsArgs): Operation[] {
  const ops: Operation[] = [];
  const fixed = csBool(a.named.get('fixedLength')) === true;
  const written = csName(a.named.get('type'));
  const oldWritten = csName(a.named.get('oldType'));
  // Store types are compared with store types, CLR types (and lengths) with CLR types.
  const both = written !== null && oldWritten !== null;
  const newType = both ? written : clrType(generic, csInt(a.named.get('maxLength')), fixed);
  const oldType = both ? oldWritten : clrType(typeOf(a.named.get('oldClrType')) ?? generic, csInt(a.named.get('oldMaxLength')), csBool(a.named.get('oldFixedLength')) === true);
  if (newType !== null && oldType !== null && newType.toLowerCase() !== oldType.toLowerCase()) ops.push({ kind: 'alter-column-type', table, column, oldType, newType });
  // Both default to false (NOT NULL) when not written.
  const nullable = csBool(a.named.get('nullable')) === true;
  const oldNullable = csBool(a.named.get('oldNullable')) === true;
  if (!nullable && oldNullable) ops.push({ kind: 'set-not-null', table, column });
  if (nullable && !oldNullable) ops.push({ kind: 'drop-not-null', table, column });
  const has = (k: string): boolean => a.named.has(k) && !isNull(a.named.get(k));
  const hadDefault = has('oldDefaultValue') || has('oldDefaultValueSql');
  const hasDefault = has('defaultValue') || has('defaultValueSql');
  if (hadDefault && !hasDefault) ops.push({ kind: 'drop-default', table, column });
  if (hasDefault && !hadDefault) ops.push({ kind: 'set-default', table, column });
  return ops.length > 0 ? ops : [{ kind: 'other', what: 'AlterColumn with no change the rules read' }];
}

function firstLine(node: SyntaxNode): string {
  return node.text.split('\n')[0].slice(0, 60);
}
