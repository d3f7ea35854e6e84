/**
 * Rails migrations (`db/migrate/YYYYMMDDHHMMSS_name.rb`, a class `< ActiveRecord::Migration[x]`):
 * `change` and `up` run forward (and `dir.up` / `up_only` blocks inside them), `down` and `dir.down`
 * blocks are the down section. Schema statements (`remove_column`, `change_table` blocks…) map onto
 * operations; `execute "SQL"` (heredocs included) goes through the SQL path; model code, `revert`,
 * and any other call in the migration's methods is unread code, named at its line.
 *
 * `db/schema.rb` is read by the same reader: its `ActiveRecord::Schema.define` block is a list of
 * the same statements (`create_table … do |t| t.string … t.index … end`, `add_foreign_key`), so the
 * base commit's schema file becomes the history's baseline (plan.ts `findBaselines`, via
 * `codeBaselineFramework`) and a project whose migrations were squashed long ago still has one.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import type { CodeAdapter, CodeInput } from './registry.js';
import { callStatement, sqlStatements, stringLiteral, unreadStatement, type StringLiteral } from './statements.js';
import { sameNode, type SyntaxNode } from './tree-sitter.js';

// `db/migrate`, and a second database's `db/animals_migrate` (the Rails guide's `migrations_paths`).
const PATH = /(?:^|\/)db\/(?:\w+_)?migrate(?:_[\w]+)?\/(\d+)_[^/]*\.rb$/;

export const railsAdapter: CodeAdapter = {
  framework: 'rails',
  extensions: ['.rb'],
  language: () => 'ruby',
  conventionalPath: (path) => PATH.test(path),
  detect(path, text, configured) {
    const version = (PATH.exec(path) ?? /(?:^|\/)(\d+)_[^/]*\.rb$/.exec(path))?.[1] ?? null;
    if (text === null) return PATH.test(path) || configured ? { version, reason: 'a Rails migration by its path' } : null;
    if (!/ActiveRecord::Migration\b/.test(text) && !(configured && /\bclass\s+\w+/.test(text))) return null;
    return { version, reason: 'a Rails migration (ActiveRecord::Migration)' };
  },
  parse: parseRails,
};

/** Nesting of blocks read (`reversible`, `change_table`, `if`…); deeper is unread code. */
const MAX_DEPTH = 12;

/** Calls inside the migration's methods that change nothing in the schema. */
const HARMLESS = new Set(['say', 'puts', 'print', 'reset_column_information', 'disable_ddl_transaction!', 'require', 'raise', 'p', 'pp', 'logger']);
/** Column type methods of a table definition (`t.string :name`). */
const COLUMN_TYPES = new Set([
  'string', 'text', 'integer', 'bigint', 'float', 'decimal', 'numeric', 'datetime', 'timestamp', 'time', 'date', 'binary', 'blob', 'boolean',
  'json', 'jsonb', 'uuid', 'inet', 'cidr', 'macaddr', 'hstore', 'citext', 'interval', 'enum', 'virtual', 'tsvector', 'xml', 'money', 'point', 'bit',
  'daterange', 'tsrange', 'tstzrange', 'int4range', 'int8range', 'numrange', 'ltree', 'smallint', 'primary_key', 'column',
]);

/** Table-definition methods that define no column (the others of `t.<type> "name"` do, whatever the type). */
const NOT_COLUMNS = new Set(['index', 'check_constraint', 'foreign_key', 'exclusion_constraint', 'unique_constraint', 'comment', 'remove', 'rename', 'change', 'change_null', 'change_default', 'timestamps']);

type Options = Map<string, SyntaxNode>;

interface Args {
  positional: SyntaxNode[];
  options: Options;
  /** `*cols`, `**opts`, a block argument: known at run time only. */
  splat: boolean;
}

function argsOf(call: SyntaxNode): Args {
  const out: Args = { positional: [], options: new Map(), splat: false };
  const list = call.childForFieldName('arguments');
  for (const a of list?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'pair') {
      const key = symbol(a.childForFieldName('key'));
      const value = a.childForFieldName('value');
      if (key !== null && value) out.options.set(key, value);
    } else if (a.type === 'hash') {
      for (const p of a.namedChildren) {
        const key = p?.type === 'pair' ? symbol(p.childForFieldName('key')) : null;
        const value = p?.childForFieldName('value');
        if (key !== null && value) out.options.set(key, value);
      }
    } else if (a.type === 'splat_argument' || a.type === 'hash_splat_argument' || a.type === 'block_argument') out.splat = true;
    else out.positional.push(a);
  }
  return out;
}

/** `:users`, `"users"`, `users:` (a hash key) → `users`; null for anything computed. */
function symbol(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'simple_symbol') return node.text.slice(1);
  if (node.type === 'hash_key_symbol' || node.type === 'identifier' || node.type === 'constant') return node.type === 'hash_key_symbol' ? node.text : null;
  if (node.type === 'delimited_symbol' || node.type === 'string') {
    const lit = stringLiteral(node);
    return lit && !lit.interpolated ? lit.value : null;
  }
  return null;
}

/** Names of a symbol or an array of symbols/strings (`[:a, :b]`, `%i[a b]`). */
function names(node: SyntaxNode | null | undefined): string[] | null {
  if (!node) return null;
  const one = symbol(node);
  if (one !== null) return [one];
  if (node.type !== 'array' && node.type !== 'string_array' && node.type !== 'symbol_array') return null;
  const out: string[] = [];
  for (const e of node.namedChildren) {
    if (!e) continue;
    const s = e.type === 'bare_symbol' || e.type === 'bare_string' ? e.text : symbol(e);
    if (s === null) return null;
    out.push(s);
  }
  return out;
}

function boolOf(node: SyntaxNode | undefined): boolean | null {
  if (node?.type === 'true') return true;
  if (node?.type === 'false') return false;
  return null;
}

function intOf(node: SyntaxNode | undefined): number | null {
  return node?.type === 'integer' ? Number(node.text.replace(/_/g, '')) : null;
}

/** A Rails column type with its options → the type a Postgres database gets. */
function railsType(type: string | null, options: Options): string | null {
  if (type === null) return null;
  const limit = intOf(options.get('limit'));
  switch (type) {
    case 'string':
      return limit === null ? 'varchar' : `varchar(${limit})`;
    case 'text':
      return 'text';
    case 'integer':
      return limit !== null && limit >= 8 ? 'bigint' : limit !== null && limit <= 2 ? 'smallint' : 'integer';
    case 'bigint':
    case 'references':
    case 'belongs_to':
      return 'bigint';
    case 'datetime':
    case 'timestamp':
      return 'timestamp';
    case 'decimal':
    case 'numeric': {
      const p = intOf(options.get('precision'));
      const s = intOf(options.get('scale'));
      return p === null ? 'numeric' : `numeric(${p},${s ?? 0})`;
    }
    case 'float':
      return 'double precision';
    case 'binary':
    case 'blob':
      return 'bytea';
    default:
      return type;
  }
}

function columnOf(name: string, type: string | null, options: Options): ColumnInfo {
  const nullOpt = boolOf(options.get('null'));
  const def = options.get('default');
  const info: ColumnInfo = { name, type: railsType(type, options), notNull: nullOpt === false, hasDefault: def !== undefined && def.type !== 'nil' };
  if (boolOf(options.get('primary_key')) === true) info.primaryKey = true;
  return info;
}

function parseRails(input: CodeInput): ParsedFile {
  const { root, dialect } = input;
  const reader = new RailsReader(dialect, root);
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  // `db/schema.rb` (a baseline, read before the base's migrations): `ActiveRecord::Schema[7.1].define(…) do … end`.
  for (const call of root.descendantsOfType('call')) {
    if (!call || call.childForFieldName('method')?.text !== 'define' || !/^(?:::)?ActiveRecord::Schema\b/.test(call.childForFieldName('receiver')?.text ?? '')) continue;
    const body = call.childForFieldName('block')?.childForFieldName('body');
    if (body) reader.block(body, forward, downSections, null, 0);
  }
  for (const cls of root.descendantsOfType('class')) {
    if (!cls) continue;
    const superclass = cls.childForFieldName('superclass')?.text ?? '';
    if (!/ActiveRecord::Migration\b/.test(superclass) && !/Migration/.test(superclass)) continue;
    const body = cls.childForFieldName('body');
    for (const def of body?.namedChildren ?? []) {
      if (!def || (def.type !== 'method' && def.type !== 'singleton_method')) continue;
      const name = def.childForFieldName('name')?.text;
      const methodBody = def.childForFieldName('body');
      if (!methodBody) continue;
      if (name === 'change' || name === 'up') reader.block(methodBody, forward, downSections, null, 0);
      else if (name === 'down' && methodBody.namedChildren.some((c) => c && c.type !== 'comment')) downSections.push({ line: def.startPosition.row + 1, endLine: def.endPosition.row + 1 });
    }
  }
  return { downSections, forward };
}

class RailsReader {
  private readonly heredocs: SyntaxNode[];
  private heredocAt = 0;

  constructor(
    private readonly dialect: Dialect,
    root: SyntaxNode,
  ) {
    this.heredocs = root.descendantsOfType('heredoc_body').filter((h): h is SyntaxNode => h !== null);
  }

  /** The statements of a body or block; `table`: the block variable of a `change_table` and its table. */
  block(body: SyntaxNode, out: Statement[], down: ParsedFile['downSections'], table: { alias: string; name: string } | null, depth: number): void {
    for (const stmt of body.namedChildren) {
      if (!stmt || stmt.type === 'comment' || stmt.type === 'heredoc_body') continue;
      this.statement(stmt, out, down, table, depth);
    }
  }

  private statement(node: SyntaxNode, out: Statement[], down: ParsedFile['downSections'], table: { alias: string; name: string } | null, depth: number): void {
    const unread = (why: string): void => {
      out.push(unreadStatement(node, why, this.dialect));
    };
    if (depth > MAX_DEPTH) return unread('blocks nested too deep to read');
    if (node.type !== 'call') {
      // `if`/`unless`/`begin` and the like: their statements run (conditionally), so they are read.
      if (['if', 'unless', 'if_modifier', 'unless_modifier', 'begin', 'then', 'else', 'elsif', 'ensure', 'rescue', 'body_statement', 'parenthesized_statements', 'case', 'when'].includes(node.type)) {
        for (const c of node.namedChildren) {
          if (!c || c.type === 'comment' || c.type === 'heredoc_body') continue;
          // The condition of an `if` is an expression, not a statement.
          if (sameNode(c, node.childForFieldName('condition')) || sameNode(c, node.childForFieldName('value')) || c.type === 'pattern') continue;
          this.statement(c, out, down, table, depth + 1);
        }
        return;
      }
      if (node.type === 'identifier' && HARMLESS.has(node.text)) return;
      if (['assignment', 'operator_assignment', 'string', 'integer', 'nil', 'true', 'false', 'simple_symbol', 'constant', 'return', 'next', 'break'].includes(node.type)) return;
      return unread(`${node.text.split('\n')[0].slice(0, 60)} is code the gate does not read`);
    }
    const method = node.childForFieldName('method')?.text ?? '';
    const receiver = node.childForFieldName('receiver');
    const blockNode = node.childForFieldName('block');
    const blockBody = blockNode?.childForFieldName('body') ?? null;
    const blockParam = blockNode?.childForFieldName('parameters')?.namedChildren[0]?.text ?? null;
    const args = argsOf(node);
    const name = receiver ? `${receiver.text}.${method}` : method;
    const emit = (ops: Operation[]): void => {
      out.push(callStatement(node, ops, this.dialect));
    };

    if (receiver) {
      if (table && receiver.text === table.alias) {
        const ops = this.tableOperation(method, args, table.name);
        if (ops === null) return unread(`${name} is not an operation the gate reads`);
        if (typeof ops === 'string') return unread(`${name} ${ops}`);
        return emit(ops);
      }
      // `dir.up { … }` / `dir.down { … }` of `reversible do |dir|`.
      if (receiver.type === 'identifier' && (method === 'up' || method === 'down') && blockBody) {
        if (method === 'up') this.block(blockBody, out, down, table, depth + 1);
        else down.push({ line: node.startPosition.row + 1, endLine: node.endPosition.row + 1 });
        return;
      }
      if (HARMLESS.has(method)) return;
      return unread(`${name} runs application code that the gate does not read`);
    }

    switch (method) {
      case 'reversible':
      case 'say_with_time':
      case 'transaction':
      case 'up_only':
      case 'with_lock_retries':
        if (blockBody) this.block(blockBody, out, down, table, depth + 1);
        return;
      case 'change_table': {
        const t = symbol(args.positional[0]);
        if (t === null) return unread(`${name} with a table name that is not a literal`);
        if (boolOf(args.options.get('bulk')) !== null || blockBody) {
          if (blockBody && blockParam) this.block(blockBody, out, down, { alias: blockParam, name: t }, depth + 1);
        }
        return;
      }
      case 'execute': {
        const literal = this.sqlLiteral(args.positional[0] ?? null);
        if (!literal) return unread(`${name} runs SQL that is not a string literal, which the gate cannot read`);
        out.push(...sqlStatements(literal, this.dialect, name));
        return;
      }
      case 'revert':
        return unread(`${name} runs another migration (or block) backwards, which the gate does not read`);
      default: {
        if (HARMLESS.has(method)) return;
        const ops = this.schemaOperation(method, args, blockBody, blockParam);
        if (ops === null) return unread(`${name} is not an operation the gate reads`);
        if (typeof ops === 'string') return unread(`${name} ${ops}`);
        return emit(ops);
      }
    }
  }

  /** A string literal or a heredoc (`execute <<~SQL … SQL`: its body follows the call's line). */
  private sqlLiteral(arg: SyntaxNode | null): StringLiteral | null {
    if (!arg) return null;
    if (arg.type !== 'heredoc_beginning') return stringLiteral(arg);
    while (this.heredocAt < this.heredocs.length && this.heredocs[this.heredocAt].startIndex < arg.endIndex) this.heredocAt++;
    const body = this.heredocs[this.heredocAt++];
    if (!body) return null;
    const end = body.namedChildren.find((c) => c?.type === 'heredoc_end') ?? null;
    const to = end ? end.startIndex : body.endIndex;
    // The body node starts at the end of the `<<~SQL` line; its content starts on the next line.
    const text = body.text.slice(0, to - body.startIndex);
    const nl = text.indexOf('\n');
    const skip = nl === -1 ? 0 : nl + 1;
    const interpolated = body.namedChildren.some((c) => c?.type === 'interpolation');
    const quoted = /^<<[~-]?'/.test(arg.text);
    return { value: text.slice(skip), interpolated: interpolated && !quoted, exact: true, offset: body.startIndex + skip, row: body.startPosition.row + (nl === -1 ? 0 : 1), column: nl === -1 ? body.startPosition.column : 0, node: body };
  }

  /** Migration methods on the connection (`remove_column :t, :c`…); null: not mapped; a string: why unread. */
  private schemaOperation(method: string, args: Args, blockBody: SyntaxNode | null, blockParam: string | null): Operation[] | string | null {
    const p = args.positional;
    const o = args.options;
    const notLiteral = 'with a table or column name that is not a literal';
    const t = symbol(p[0]);
    switch (method) {
      case 'create_table': {
        if (t === null) return notLiteral;
        const columns: ColumnInfo[] = [];
        const indexes: { name: string; unique: boolean; columns?: string[] }[] = [];
        const id = o.get('id');
        // `primary_key: [:a, :b]`: a composite key of columns the block defines, no `id`.
        const composite = o.get('primary_key')?.type === 'array';
        if (!(id && id.type === 'false') && !composite) columns.push({ name: symbol(o.get('primary_key')) ?? 'id', type: id && symbol(id) ? railsType(symbol(id), new Map()) : 'bigint', notNull: true, hasDefault: true, primaryKey: true });
        if (blockBody && blockParam) {
          for (const s of blockBody.namedChildren) {
            if (s?.type !== 'call' || s.childForFieldName('receiver')?.text !== blockParam) continue;
            const method = s.childForFieldName('method')?.text ?? '';
            const args = argsOf(s);
            const ops = this.tableOperation(method, args, t);
            if (Array.isArray(ops)) {
              for (const op of ops) {
                if (op.kind === 'add-column') columns.push(op.column);
                // `t.index` inside the block: an index the table is created with (the catalog knows it; no index build on a live table).
                else if (op.kind === 'create-index' && op.name !== null) indexes.push({ name: op.name, unique: op.unique, ...(op.expressions ? {} : { columns: op.columns }) });
              }
            } else if (ops === null && !NOT_COLUMNS.has(method)) {
              // `t.geometry "home"`, `t.st_point …` (adapter and gem types, as schema.rb writes them): a column of that type.
              const c = symbol(args.positional[0]);
              if (c !== null) columns.push(columnOf(c, method, args.options));
            }
          }
        }
        return [{ kind: 'create-table', table: t, columns, ...(indexes.length > 0 ? { indexes } : {}), ...(o.has('if_not_exists') ? { ifNotExists: boolOf(o.get('if_not_exists')) === true } : {}) }];
      }
      case 'drop_table':
      case 'drop_join_table': {
        if (method === 'drop_join_table') {
          const u = symbol(p[1]);
          if (t === null || u === null) return notLiteral;
          return [{ kind: 'drop-table', table: symbol(o.get('table_name')) ?? [t, u].sort().join('_') }];
        }
        if (t === null) return notLiteral;
        return p.map((n) => symbol(n)).map((n) => (n === null ? null : ({ kind: 'drop-table', table: n }) as Operation)).filter((op): op is Operation => op !== null);
      }
      case 'rename_table': {
        const to = symbol(p[1]);
        if (t === null || to === null) return notLiteral;
        return [{ kind: 'rename-table', table: t, newName: to }];
      }
      case 'create_join_table': {
        const u = symbol(p[1]);
        if (t === null || u === null) return notLiteral;
        return [{ kind: 'create-table', table: symbol(o.get('table_name')) ?? [t, u].sort().join('_'), columns: [] }];
      }
      case 'add_column': {
        const c = symbol(p[1]);
        if (t === null || c === null) return notLiteral;
        return [{ kind: 'add-column', table: t, column: columnOf(c, symbol(p[2]), o), ...(boolOf(o.get('if_not_exists')) ? { ifNotExists: true } : {}) }];
      }
      case 'remove_column':
      case 'remove_columns': {
        if (t === null) return notLiteral;
        const cols = method === 'remove_column' ? [symbol(p[1])] : p.slice(1).map((n) => symbol(n));
        if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
        return (cols as string[]).map((c) => ({ kind: 'drop-column', table: t, column: c }));
      }
      case 'rename_column': {
        const c = symbol(p[1]);
        const to = symbol(p[2]);
        if (t === null || c === null || to === null) return notLiteral;
        return [{ kind: 'rename-column', table: t, column: c, newName: to }];
      }
      case 'change_column': {
        const c = symbol(p[1]);
        if (t === null || c === null) return notLiteral;
        return changeColumn(t, c, symbol(p[2]), o);
      }
      case 'change_column_null': {
        const c = symbol(p[1]);
        const allow = boolOf(p[2]);
        if (t === null || c === null || allow === null) return notLiteral;
        // `change_column_null :t, :c, false, 0` first fills NULLs with 0 (an UPDATE), then sets NOT NULL.
        return allow ? [{ kind: 'drop-not-null', table: t, column: c }] : [...(p[3] ? [{ kind: 'update', table: t, columns: [c] } as Operation] : []), { kind: 'set-not-null', table: t, column: c }];
      }
      case 'change_column_default': {
        const c = symbol(p[1]);
        if (t === null || c === null) return notLiteral;
        const to = o.has('to') ? o.get('to') : p[2];
        return [to === undefined || to.type === 'nil' ? { kind: 'drop-default', table: t, column: c } : { kind: 'set-default', table: t, column: c }];
      }
      case 'add_reference':
      case 'add_belongs_to': {
        const ref = symbol(p[1]);
        if (t === null || ref === null) return notLiteral;
        return referenceColumns(ref, o).map((column) => ({ kind: 'add-column', table: t, column }));
      }
      case 'remove_reference':
      case 'remove_belongs_to': {
        const ref = symbol(p[1]);
        if (t === null || ref === null) return notLiteral;
        return referenceColumns(ref, o).map((c) => ({ kind: 'drop-column', table: t, column: c.name }));
      }
      case 'add_timestamps':
        if (t === null) return notLiteral;
        return timestamps(o).map((column) => ({ kind: 'add-column', table: t, column }));
      case 'remove_timestamps':
        if (t === null) return notLiteral;
        return ['created_at', 'updated_at'].map((c) => ({ kind: 'drop-column', table: t, column: c }));
      case 'add_index': {
        if (t === null) return notLiteral;
        return [addIndex(t, p[1], o)];
      }
      case 'remove_index': {
        if (t === null) return notLiteral;
        const index = indexName(t, p[1] ?? o.get('column') ?? null, o);
        if (index === null) return notLiteral;
        return [{ kind: 'drop-index', name: index, table: t }];
      }
      case 'rename_index': {
        const from = symbol(p[1]);
        const to = symbol(p[2]);
        if (t === null || from === null || to === null) return notLiteral;
        return [{ kind: 'rename-object', objectKind: 'index', name: from, newName: to, table: t }];
      }
      case 'add_foreign_key': {
        const to = symbol(p[1]);
        if (t === null || to === null) return notLiteral;
        const column = symbol(o.get('column')) ?? `${singular(to)}_id`;
        return [{ kind: 'add-constraint', table: t, constraint: 'foreign-key', name: symbol(o.get('name')), columns: [column], notValid: boolOf(o.get('validate')) === false, references: to }];
      }
      case 'add_check_constraint':
        if (t === null) return notLiteral;
        return [{ kind: 'add-constraint', table: t, constraint: 'check', name: symbol(o.get('name')), columns: [], notValid: boolOf(o.get('validate')) === false }];
      case 'remove_check_constraint':
      case 'remove_foreign_key': {
        if (t === null) return notLiteral;
        const cname = symbol(o.get('name'));
        return cname === null ? [{ kind: 'other', what: method }] : [{ kind: 'drop-constraint', table: t, name: cname, constraint: method === 'remove_foreign_key' ? 'foreign-key' : 'check' }];
      }
      case 'validate_foreign_key':
      case 'validate_check_constraint':
      case 'enable_extension':
      case 'change_column_comment':
      case 'change_table_comment':
      case 'add_index_options':
        return [{ kind: 'other', what: method }];
      case 'create_enum': {
        const values = names(p[1]);
        if (t === null || values === null) return notLiteral;
        return [{ kind: 'create-enum', type: t, values }];
      }
      case 'add_enum_value': {
        const v = symbol(p[1]);
        if (t === null || v === null) return notLiteral;
        return [{ kind: 'add-enum-value', type: t, value: v }];
      }
      case 'rename_enum_value': {
        const from = symbol(o.get('from'));
        const to = symbol(o.get('to'));
        if (t === null || from === null || to === null) return notLiteral;
        return [{ kind: 'rename-enum-value', type: t, oldValue: from, newValue: to }];
      }
      case 'drop_enum':
        if (t === null) return notLiteral;
        return [{ kind: 'drop-object', objectKind: 'type', name: t }];
      default:
        return null;
    }
  }

  /** `t.<method>` inside `change_table :t do |t|` (and `create_table`'s column definitions). */
  private tableOperation(method: string, args: Args, table: string): Operation[] | string | null {
    const p = args.positional;
    const o = args.options;
    const notLiteral = 'with a column name that is not a literal';
    if (COLUMN_TYPES.has(method)) {
      const cols = method === 'column' ? [symbol(p[0])] : p.map((n) => symbol(n));
      if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
      const type = method === 'column' ? symbol(p[1]) : method;
      return (cols as string[]).map((c) => ({ kind: 'add-column', table, column: columnOf(c, type, o) }));
    }
    switch (method) {
      case 'remove': {
        const cols = p.map((n) => symbol(n));
        if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
        return (cols as string[]).map((c) => ({ kind: 'drop-column', table, column: c }));
      }
      case 'rename': {
        const from = symbol(p[0]);
        const to = symbol(p[1]);
        if (from === null || to === null) return notLiteral;
        return [{ kind: 'rename-column', table, column: from, newName: to }];
      }
      case 'change': {
        const c = symbol(p[0]);
        if (c === null) return notLiteral;
        return changeColumn(table, c, symbol(p[1]), o);
      }
      case 'change_null': {
        const c = symbol(p[0]);
        const allow = boolOf(p[1]);
        if (c === null || allow === null) return notLiteral;
        return [{ kind: allow ? 'drop-not-null' : 'set-not-null', table, column: c }];
      }
      case 'change_default': {
        const c = symbol(p[0]);
        if (c === null) return notLiteral;
        const to = o.has('to') ? o.get('to') : p[1];
        return [{ kind: to === undefined || to.type === 'nil' ? 'drop-default' : 'set-default', table, column: c }];
      }
      case 'references':
      case 'belongs_to': {
        const refs = p.map((n) => symbol(n));
        if (refs.length === 0 || refs.some((r) => r === null)) return notLiteral;
        return (refs as string[]).flatMap((r) => referenceColumns(r, o).map((column) => ({ kind: 'add-column', table, column }) as Operation));
      }
      case 'remove_references':
      case 'remove_belongs_to': {
        const refs = p.map((n) => symbol(n));
        if (refs.length === 0 || refs.some((r) => r === null)) return notLiteral;
        return (refs as string[]).flatMap((r) => referenceColumns(r, o).map((c) => ({ kind: 'drop-column', table, column: c.name }) as Operation));
      }
      case 'timestamps':
        return timestamps(o).map((column) => ({ kind: 'add-column', table, column }));
      case 'remove_timestamps':
        return ['created_at', 'updated_at'].map((c) => ({ kind: 'drop-column', table, column: c }));
      case 'index':
        return [addIndex(table, p[0], o)];
      case 'remove_index': {
        const index = indexName(table, p[0] ?? o.get('column') ?? null, o);
        if (index === null) return notLiteral;
        return [{ kind: 'drop-index', name: index, table }];
      }
      case 'rename_index': {
        const from = symbol(p[0]);
        const to = symbol(p[1]);
        if (from === null || to === null) return notLiteral;
        return [{ kind: 'rename-object', objectKind: 'index', name: from, newName: to, table }];
      }
      case 'check_constraint':
        return [{ kind: 'add-constraint', table, constraint: 'check', name: symbol(o.get('name')), columns: [], notValid: boolOf(o.get('validate')) === false }];
      case 'foreign_key': {
        const to = symbol(p[0]);
        if (to === null) return notLiteral;
        return [{ kind: 'add-constraint', table, constraint: 'foreign-key', name: symbol(o.get('name')), columns: [symbol(o.get('column')) ?? `${singular(to)}_id`], notValid: false, references: to }];
      }
      case 'comment':
      case 'remove_foreign_key':
      case 'remove_check_constraint':
        return [{ kind: 'other', what: `t.${method}` }];
      default:
        return null;
    }
  }
}

function changeColumn(table: string, column: string, type: string | null, o: Options): Operation[] {
  const ops: Operation[] = [{ kind: 'alter-column-type', table, column, oldType: null, newType: railsType(type, o) }];
  const allow = boolOf(o.get('null'));
  if (allow === false) ops.push({ kind: 'set-not-null', table, column });
  if (allow === true) ops.push({ kind: 'drop-not-null', table, column });
  if (o.has('default')) ops.push({ kind: o.get('default')?.type === 'nil' ? 'drop-default' : 'set-default', table, column });
  return ops;
}

/** `add_reference :posts, :user` → `user_id` (and `user_type` when polymorphic). */
function referenceColumns(ref: string, o: Options): ColumnInfo[] {
  const options = new Map(o);
  const cols = [columnOf(`${ref}_id`, symbol(o.get('type')) ?? 'bigint', options)];
  if (boolOf(o.get('polymorphic')) === true) cols.push(columnOf(`${ref}_type`, 'string', options));
  return cols;
}

/** `created_at` and `updated_at`: NOT NULL unless `null: true` (Rails 5 and later). */
function timestamps(o: Options): ColumnInfo[] {
  return ['created_at', 'updated_at'].map((c) => {
    const column = columnOf(c, 'datetime', o);
    if (!o.has('null')) column.notNull = true;
    return column;
  });
}

function addIndex(table: string, columnsNode: SyntaxNode | undefined, o: Options): Operation {
  const columns = names(columnsNode);
  const algorithm = symbol(o.get('algorithm'));
  return {
    kind: 'create-index',
    table,
    name: symbol(o.get('name')) ?? (columns ? `index_${table}_on_${columns.join('_and_')}` : null),
    unique: boolOf(o.get('unique')) === true,
    concurrently: algorithm === 'concurrently',
    columns: columns ?? [],
    expressions: columns === null,
    partial: o.has('where'),
    ...(boolOf(o.get('if_not_exists')) ? { ifNotExists: true } : {}),
  };
}

/** The index `remove_index` drops: `name:`, else Rails' default name from its columns. */
function indexName(table: string, columnsNode: SyntaxNode | null, o: Options): string | null {
  const named = symbol(o.get('name'));
  if (named !== null) return named;
  const columns = names(columnsNode);
  return columns ? `index_${table}_on_${columns.join('_and_')}` : null;
}

/** A table name's singular, as Rails' foreign key column guess reads it (`users` → `user`). */
function singular(table: string): string {
  if (/ies$/.test(table)) return `${table.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(table)) return table;
  if (/(?:ches|shes|xes|ses)$/.test(table)) return table.slice(0, -2);
  return table.replace(/s$/, '');
}
