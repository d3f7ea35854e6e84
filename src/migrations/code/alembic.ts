/**
 * Alembic revisions (`versions/*.py` with `revision` and `down_revision`): `upgrade()` runs
 * forward, `downgrade()` is the down section. The `op.*` calls of `upgrade()` (and `batch_op.*`
 * inside `with op.batch_alter_table(…) as batch_op:`) map onto operations; `*.execute("SQL")` goes
 * through the SQL path; any other `op.*` call, and SQL that is not a literal, is unread code.
 *
 * Identity is the revision id; a new revision whose `down_revision` is not a head of base's graph
 * makes a second head (`alembic upgrade head` refuses to run): `out-of-order-migration`.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import type { RuleHit } from '../rules/types.js';
import { arg, bool, callArgs, callName, deref, dotted, emptyBlock, functionBody, int, isNone, readConstants, str, strings, type PyArgs } from './python.js';
import type { CodeAdapter, CodeInput } from './registry.js';
import { callStatement, sqlArgument, stringLiteral, unreadStatement } from './statements.js';
import { sameNode, type SyntaxNode } from './tree-sitter.js';

const PATH = /(?:^|\/)versions\/(?:[^/]+\/)*[^/]+\.py$/;
const REVISION = /^revision\s*(?::[^=\n]+)?=\s*['"]([^'"]+)['"]/m;
const DOWN_REVISION = /^down_revision\s*(?::[^=\n]+)?=\s*([^\n]+)/m;

/** Base's revision graph (filled by the replay) and the PR's new revisions. */
interface AlembicState {
  revisions: Set<string>;
  /** Revisions some base revision names as its down_revision (so not heads). */
  parents: Set<string>;
  /** Files the replay read (base), by path. */
  replayed: Set<string>;
}

export function revisionOf(text: string): { revision: string | null; down: string[] | null } {
  const rev = REVISION.exec(text)?.[1] ?? null;
  const downText = DOWN_REVISION.exec(text)?.[1]?.trim() ?? null;
  if (downText === null) return { revision: rev, down: null };
  if (/^None\b/.test(downText)) return { revision: rev, down: [] };
  const ids = [...downText.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return { revision: rev, down: ids.length > 0 ? ids : null };
}

export const alembicAdapter: CodeAdapter = {
  framework: 'alembic',
  extensions: ['.py'],
  language: () => 'python',
  conventionalPath: (path) => PATH.test(path) && !path.endsWith('/__init__.py'),
  detect(path, text, configured) {
    if (text === null) return PATH.test(path) || configured ? { version: null, reason: 'an Alembic revision by its path' } : null;
    const m = REVISION.exec(text);
    if (!m || !DOWN_REVISION.test(text)) return null;
    return { version: null, reason: `an Alembic revision (revision ${m[1]})` };
  },
  parse: parseAlembic,
  fileFindings(input) {
    const state = stateOf(input.history);
    if (input.status !== 'added' || state.revisions.size === 0) return [];
    const { revision, down } = revisionOf(input.text);
    if (revision === null || down === null) return [];
    const stale = down.filter((d) => state.revisions.has(d) && state.parents.has(d));
    if (stale.length === 0) return [];
    const heads = [...state.revisions].filter((r) => !state.parents.has(r)).sort();
    const line = input.text.slice(0, DOWN_REVISION.exec(input.text)?.index ?? 0).split('\n').length;
    const hit: RuleHit = {
      line,
      endLine: line,
      message: `Revision ${revision} of ${input.file.path} revises ${stale.join(', ')}, which is not a head of base's revision graph (head${heads.length === 1 ? '' : 's'}: ${heads.slice(0, 3).join(', ')}): databases at base get a second head and \`alembic upgrade head\` refuses to run until a merge revision joins them.`,
      object: input.file.path,
      tables: [],
    };
    return [{ rule: 'out-of-order-migration', hit }];
  },
};

function stateOf(history: CodeInput['history']): AlembicState {
  return history.state<AlembicState>('alembic', () => ({ revisions: new Set(), parents: new Set(), replayed: new Set() }));
}

function parseAlembic(input: CodeInput): ParsedFile {
  const { root, dialect } = input;
  if (input.replay) {
    const state = stateOf(input.history);
    const { revision, down } = revisionOf(input.text);
    if (revision !== null) state.revisions.add(revision);
    for (const d of down ?? []) state.parents.add(d);
  }
  readConstants(root);
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  const downgrade = functionBody(root, 'downgrade');
  if (downgrade && !emptyBlock(downgrade)) downSections.push({ line: (downgrade.parent ?? downgrade).startPosition.row + 1, endLine: downgrade.endPosition.row + 1 });
  const upgrade = functionBody(root, 'upgrade');
  if (!upgrade) return { downSections, forward };
  const reader = new AlembicReader(dialect, upgrade);
  for (const call of upgrade.descendantsOfType('call')) if (call) reader.call(call, forward);
  return { downSections, forward };
}

/** Calls of the body that do nothing to the schema. */
const HARMLESS_CALLS = /^(?:print|logger\.\w+|log\.\w+|logging\.\w+|warnings\.warn)$/;

/** SQLAlchemy types → the column type a Postgres database gets (for type comparisons). */
function sqlType(node: SyntaxNode | null): string | null {
  if (!node) return null;
  const isCall = node.type === 'call';
  const name = ((isCall ? callName(node) : dotted(node)) ?? '').split('.').pop() ?? '';
  const args = isCall ? callArgs(node) : null;
  const n = args ? (int(args.positional[0]) ?? int(args.keyword.get('length'))) : null;
  switch (name.toLowerCase()) {
    case 'string':
    case 'unicode':
    case 'varchar':
      return n === null ? 'varchar' : `varchar(${n})`;
    case 'text':
    case 'unicodetext':
      return 'text';
    case 'integer':
    case 'int':
      return 'integer';
    case 'biginteger':
    case 'bigint':
      return 'bigint';
    case 'smallinteger':
    case 'smallint':
      return 'smallint';
    case 'boolean':
      return 'boolean';
    case 'datetime':
    case 'timestamp':
      return bool(args?.keyword.get('timezone')) ? 'timestamp with time zone' : 'timestamp';
    case 'date':
      return 'date';
    case 'time':
      return 'time';
    case 'float':
      return 'double precision';
    case 'numeric':
    case 'decimal': {
      const p = args ? (int(args.positional[0]) ?? int(args.keyword.get('precision'))) : null;
      const s = args ? (int(args.positional[1]) ?? int(args.keyword.get('scale'))) : null;
      return p === null ? 'numeric' : `numeric(${p},${s ?? 0})`;
    }
    case 'json':
      return 'json';
    case 'jsonb':
      return 'jsonb';
    case 'largebinary':
    case 'binary':
      return 'bytea';
    case 'uuid':
      return 'uuid';
    case 'interval':
      return 'interval';
    case '':
      return null;
    default:
      return name.toLowerCase();
  }
}

/** `sa.Column("name", sa.String(50), nullable=False, server_default="x")` as a column. */
function readColumn(node: SyntaxNode | null): ColumnInfo | null {
  if (!node || node.type !== 'call' || !/(?:^|\.)Column$/.test(callName(node) ?? '')) return null;
  const args = callArgs(node);
  const name = str(args.positional[0] ?? args.keyword.get('name'));
  if (name === null) return null;
  const typeNode = args.positional[1] && str(args.positional[1]) === null ? args.positional[1] : (args.keyword.get('type_') ?? null);
  const primaryKey = bool(args.keyword.get('primary_key')) === true;
  const nullable = bool(args.keyword.get('nullable'));
  const serverDefault = args.keyword.get('server_default');
  const info: ColumnInfo = {
    name,
    type: sqlType(typeNode),
    notNull: nullable === false || (primaryKey && nullable !== true),
    hasDefault: (serverDefault !== undefined && !isNone(serverDefault)) || args.keyword.has('server_onupdate') || args.keyword.has('autoincrement') || (primaryKey && /int/.test(sqlType(typeNode) ?? '')),
  };
  if (primaryKey) info.primaryKey = true;
  if (bool(args.keyword.get('unique')) === true) info.unique = true;
  return info;
}

class AlembicReader {
  /** `with op.batch_alter_table("t") as batch_op:` blocks: alias, table, range. */
  private readonly batches: { alias: string; table: string | null; start: number; end: number }[] = [];

  constructor(
    private readonly dialect: Dialect,
    private readonly body: SyntaxNode,
  ) {
    for (const w of body.descendantsOfType('with_statement')) {
      if (!w) continue;
      for (const item of w.descendantsOfType('with_item')) {
        const call = item?.descendantsOfType('call')[0];
        const target = item?.descendantsOfType('as_pattern_target')[0];
        if (!call || !target || !/\.batch_alter_table$/.test(callName(call) ?? '')) continue;
        const a = callArgs(call);
        const table = str(arg(a, 0, 'table_name'));
        const schema = str(a.keyword.get('schema'));
        this.batches.push({ alias: target.text, table: table === null ? null : schema ? `${schema}.${table}` : table, start: w.startIndex, end: w.endIndex });
      }
    }
  }

  /** Whether a call sits inside another call's arguments (`op.f("ix")` inside `op.create_index`): read with that call. */
  private nested(call: SyntaxNode): boolean {
    for (let p = call.parent, depth = 0; p && !sameNode(p, this.body) && depth < 200; p = p.parent, depth++) {
      if (p.type === 'argument_list' || p.type === 'call') return true;
      // `with op.batch_alter_table(…) as b:` is read as the block's table.
      if (p.type === 'with_item') return true;
    }
    return false;
  }

  call(call: SyntaxNode, out: Statement[]): void {
    if (this.nested(call)) return;
    const name = callName(call);
    const unread = (why: string): void => {
      out.push(unreadStatement(call, why, this.dialect));
    };
    // A call whose value is used (assigned, a condition, a loop's iterable) is read as part of that;
    // only one whose result is dropped is called for what it does.
    const forEffect = call.parent?.type === 'expression_statement';
    if (name === null) return forEffect ? unread(`${call.text.slice(0, 60)} is a call the gate cannot name`) : undefined;
    const dot = name.lastIndexOf('.');
    const receiver = dot === -1 ? '' : name.slice(0, dot);
    const method = name.slice(dot + 1);
    const args = callArgs(call);
    if (method === 'execute' && receiver !== '') {
      let sql = deref(arg(args, 0, receiver === 'op' ? 'sqltext' : 'statement'));
      // `sa.text("…")` / `text("…")` wraps the SQL.
      if (sql?.type === 'call' && /(?:^|\.)text$/.test(callName(sql) ?? '')) sql = deref(callArgs(sql).positional[0]);
      if (sql && stringLiteral(sql) === null) return unread(`${name} runs a statement built at run time (${sql.text.slice(0, 60)}), which the gate cannot read`);
      out.push(...sqlArgument(sql, call, this.dialect, name));
      return;
    }
    const batch = this.batches.find((b) => b.alias === receiver && call.startIndex >= b.start && call.endIndex <= b.end);
    if (receiver !== 'op' && !batch) {
      if (receiver === '' && forEffect && !HARMLESS_CALLS.test(name)) unread(`${name}() runs code of the migration that the gate does not read`);
      return;
    }
    if (batch && batch.table === null) return unread(`${name} inside a batch_alter_table whose table is not a literal`);
    const ops = this.operations(method, args, batch?.table ?? null, name);
    if (ops === null) return unread(`${name} is not an operation the gate reads`);
    if (typeof ops === 'string') return unread(`${name} ${ops}`);
    out.push(callStatement(call, ops, this.dialect));
  }

  /** The operations of `op.<method>(…)` (or `batch_op.<method>(…)` on `table`); null: not mapped; a string: why it is unread. */
  private operations(method: string, args: PyArgs, batchTable: string | null, name: string): Operation[] | string | null {
    const b = batchTable !== null;
    /** Positional argument `i` of the op form (the batch form has no table argument before it). */
    const at = (i: number, kw: string): SyntaxNode | null => arg(args, b && i > 0 ? i - 1 : i, kw);
    const schema = str(args.keyword.get('schema'));
    const tableAt = (i: number, kw = 'table_name'): string | null => {
      if (b) return batchTable;
      const t = str(arg(args, i, kw));
      return t === null ? null : schema ? `${schema}.${t}` : t;
    };
    const notLiteral = 'with a table or column name that is not a literal';
    switch (method) {
      case 'add_column': {
        const table = tableAt(0);
        const column = readColumn(b ? arg(args, 0, 'column') : arg(args, 1, 'column'));
        if (table === null || column === null) return notLiteral;
        return [{ kind: 'add-column', table, column }];
      }
      case 'drop_column': {
        const table = tableAt(0);
        const column = str(b ? arg(args, 0, 'column_name') : arg(args, 1, 'column_name'));
        if (table === null || column === null) return notLiteral;
        return [{ kind: 'drop-column', table, column }];
      }
      case 'alter_column': {
        const table = tableAt(0);
        const column = str(b ? arg(args, 0, 'column_name') : arg(args, 1, 'column_name'));
        if (table === null || column === null) return notLiteral;
        const ops: Operation[] = [];
        const nullable = bool(args.keyword.get('nullable'));
        if (nullable === false) ops.push({ kind: 'set-not-null', table, column });
        if (nullable === true) ops.push({ kind: 'drop-not-null', table, column });
        if (args.keyword.has('type_')) ops.push({ kind: 'alter-column-type', table, column, oldType: sqlType(args.keyword.get('existing_type') ?? null), newType: sqlType(args.keyword.get('type_') ?? null) });
        if (args.keyword.has('server_default')) {
          const d = args.keyword.get('server_default');
          ops.push(isNone(d) || bool(d) === false ? { kind: 'drop-default', table, column } : { kind: 'set-default', table, column });
        }
        const renamed = str(args.keyword.get('new_column_name'));
        if (renamed !== null && renamed !== column) ops.push({ kind: 'rename-column', table, column, newName: renamed });
        return ops.length > 0 ? ops : [{ kind: 'other', what: 'alter_column (comment or existing_* only)' }];
      }
      case 'create_table': {
        const table = tableAt(0);
        if (table === null || b) return notLiteral;
        const columns = args.positional.slice(1).map(readColumn).filter((c): c is ColumnInfo => c !== null);
        return [{ kind: 'create-table', table, columns }];
      }
      case 'drop_table': {
        const table = tableAt(0);
        if (table === null) return notLiteral;
        return [{ kind: 'drop-table', table }];
      }
      case 'rename_table': {
        const from = str(arg(args, 0, 'old_table_name'));
        const to = str(arg(args, 1, 'new_table_name'));
        if (from === null || to === null) return notLiteral;
        return [{ kind: 'rename-table', table: schema ? `${schema}.${from}` : from, newName: schema ? `${schema}.${to}` : to }];
      }
      case 'create_index': {
        const table = tableAt(1);
        const index = this.name(at(0, 'index_name'));
        const columns = strings(at(2, 'columns'));
        if (table === null) return notLiteral;
        const unique = bool(args.keyword.get('unique')) === true;
        const concurrently = bool(args.keyword.get('postgresql_concurrently')) === true;
        return [{ kind: 'create-index', table, name: index, unique, concurrently, columns: columns ?? [], expressions: columns === null, partial: args.keyword.has('postgresql_where') || args.keyword.has('sqlite_where') }];
      }
      case 'drop_index': {
        const index = this.name(arg(args, 0, 'index_name'));
        if (index === null) return notLiteral;
        const table = b ? batchTable : str(arg(args, 1, 'table_name'));
        return [{ kind: 'drop-index', name: index, table: table === null ? null : schema ? `${schema}.${table}` : table }];
      }
      case 'create_unique_constraint':
      case 'create_primary_key': {
        const table = tableAt(1, 'table_name');
        const columns = strings(at(2, 'columns'));
        if (table === null || columns === null) return notLiteral;
        return [{ kind: 'add-constraint', table, constraint: method === 'create_unique_constraint' ? 'unique' : 'primary-key', name: this.name(at(0, 'constraint_name')), columns, notValid: false }];
      }
      case 'create_foreign_key': {
        const table = tableAt(1, 'source_table');
        const referent = str(at(2, 'referent_table'));
        const columns = strings(at(3, 'local_cols'));
        if (table === null || columns === null) return notLiteral;
        return [{ kind: 'add-constraint', table, constraint: 'foreign-key', name: this.name(at(0, 'constraint_name')), columns, notValid: false, ...(referent ? { references: referent } : {}) }];
      }
      case 'create_check_constraint': {
        const table = tableAt(1, 'table_name');
        if (table === null) return notLiteral;
        return [{ kind: 'add-constraint', table, constraint: 'check', name: this.name(at(0, 'constraint_name')), columns: [], notValid: false }];
      }
      case 'drop_constraint': {
        const table = tableAt(1, 'table_name');
        const cname = this.name(at(0, 'constraint_name'));
        if (table === null || cname === null) return notLiteral;
        const type = str(args.keyword.get('type_'));
        const kind = type === 'unique' ? 'unique' : type === 'foreignkey' ? 'foreign-key' : type === 'primary' ? 'primary-key' : type === 'check' ? 'check' : undefined;
        return [{ kind: 'drop-constraint', table, name: cname, ...(kind ? { constraint: kind } : {}) }];
      }
      case 'bulk_insert':
      case 'get_bind':
      case 'get_context':
      case 'create_table_comment':
      case 'drop_table_comment':
      case 'inline_literal':
      case 'f':
        return [{ kind: 'other', what: name }];
      default:
        return null;
    }
  }

  /** A constraint or index name: a literal, or `op.f("name")`. */
  private name(node: SyntaxNode | null): string | null {
    if (!node) return null;
    if (node.type === 'call' && /(?:^|\.)f$/.test(callName(node) ?? '')) return str(callArgs(node).positional[0]);
    return str(node);
  }
}
