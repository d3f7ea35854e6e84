/**
 * Django migrations (`<app>/migrations/NNNN_name.py`): the `operations` list of `class Migration`.
 *
 * Tables are Django's default `<app_label>_<model name lower-cased>` unless the history (a
 * `CreateModel` / `AlterModelTable` of base or of the PR) gave the model a `db_table`. A field's
 * column is its name (`<name>_id` for ForeignKey / OneToOneField) unless `db_column` says
 * otherwise. Django keeps no database default for `default=` (it fills existing rows, then drops
 * the default): only `db_default=` is one, so a NOT NULL field without it is a required column.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import type { RuleHit } from '../rules/types.js';
import { arg, bool, callArgs, callName, deref, dict, elements, int, isNone, readConstants, str, strings, type PyArgs } from './python.js';
import type { CodeAdapter, CodeInput } from './registry.js';
import { callStatement, sqlArgument, unreadStatement } from './statements.js';
import type { SyntaxNode } from './tree-sitter.js';

/** Django loads every module of an app's `migrations/` package but `__init__` and names starting with `_` or `~`. */
const PATH = /(?:^|\/)([^/]+)\/migrations\/([^/_~][^/]*)\.py$/;
const IMPORT = /\bfrom\s+django\.db\s+import\b[^\n]*\bmigrations\b|\bimport\s+django\.db\.migrations\b|\bdjango\.db\.migrations\b/;

interface FieldState {
  column: string;
  relation: boolean;
}
interface ModelState {
  table: string;
  fields: Map<string, FieldState>;
  unique: string[][];
}
/** A migration's node in Django's graph: `app.name`, and the same-app nodes it depends on or replaces. */
interface GraphNode {
  app: string;
  name: string;
  dependencies: string[];
  replaces: string[];
  line: number;
}
interface DjangoState {
  models: Map<string, ModelState>;
  /** Base's migrations (replayed). */
  base: Map<string, GraphNode>;
  /** The PR's migrations, by path. */
  pr: Map<string, GraphNode>;
}

/** Django's model field classes → the column type a Postgres backend creates (for type comparisons). */
function fieldType(cls: string, args: PyArgs): string | null {
  const n = (name: string): number | null => int(args.keyword.get(name));
  switch (cls) {
    case 'CharField':
      return `varchar(${n('max_length') ?? 255})`;
    case 'SlugField':
      return `varchar(${n('max_length') ?? 50})`;
    case 'EmailField':
      return `varchar(${n('max_length') ?? 254})`;
    case 'URLField':
      return `varchar(${n('max_length') ?? 200})`;
    case 'FileField':
    case 'ImageField':
    case 'FilePathField':
      return `varchar(${n('max_length') ?? 100})`;
    case 'TextField':
      return 'text';
    case 'AutoField':
    case 'IntegerField':
    case 'PositiveIntegerField':
      return 'integer';
    case 'BigAutoField':
    case 'BigIntegerField':
    case 'PositiveBigIntegerField':
      return 'bigint';
    case 'SmallAutoField':
    case 'SmallIntegerField':
    case 'PositiveSmallIntegerField':
      return 'smallint';
    case 'BooleanField':
    case 'NullBooleanField':
      return 'boolean';
    case 'DateField':
      return 'date';
    case 'DateTimeField':
      return 'timestamp with time zone';
    case 'TimeField':
      return 'time';
    case 'DurationField':
      return 'interval';
    case 'DecimalField':
      return `numeric(${n('max_digits') ?? ''},${n('decimal_places') ?? ''})`;
    case 'FloatField':
      return 'double precision';
    case 'UUIDField':
      return 'uuid';
    case 'JSONField':
      return 'jsonb';
    case 'BinaryField':
      return 'bytea';
    case 'GenericIPAddressField':
    case 'IPAddressField':
      return 'inet';
    case 'ForeignKey':
    case 'OneToOneField':
      return null; // the referenced key's type, which the history may not tell
    default:
      return cls.toLowerCase();
  }
}

const RELATIONS = new Set(['ForeignKey', 'OneToOneField', 'ParentalKey']);

/** A field definition (`models.CharField(max_length=10, null=True)`) as a column; null for a ManyToManyField or no literal call. */
function readField(name: string, field: SyntaxNode | null): { column: ColumnInfo; relation: boolean } | 'm2m' | null {
  if (!field || field.type !== 'call') return null;
  const cls = (callName(field) ?? '').split('.').pop() ?? '';
  if (cls === 'ManyToManyField' || cls === 'ParentalManyToManyField') return 'm2m';
  const args = callArgs(field);
  const relation = RELATIONS.has(cls);
  const dbColumn = str(args.keyword.get('db_column'));
  const column = dbColumn ?? (relation ? `${name}_id` : name);
  const nullable = bool(args.keyword.get('null')) === true || cls === 'NullBooleanField';
  const primaryKey = bool(args.keyword.get('primary_key')) === true || /AutoField$/.test(cls);
  const hasDefault = args.keyword.has('db_default') || /AutoField$/.test(cls);
  const info: ColumnInfo = { name: column.toLowerCase(), type: fieldType(cls, args), notNull: !nullable || primaryKey, hasDefault };
  if (primaryKey) info.primaryKey = true;
  if (bool(args.keyword.get('unique')) === true) info.unique = true;
  return { column: info, relation };
}

function modelKey(app: string, model: string): string {
  return `${app}.${model.toLowerCase()}`;
}

export const djangoAdapter: CodeAdapter = {
  framework: 'django',
  extensions: ['.py'],
  language: () => 'python',
  conventionalPath: (path) => PATH.test(path),
  detect(path, text, configured) {
    const m = PATH.exec(path);
    // Django orders by the dependency graph, not by number (two `0044_…` of one app and a merge
    // migration are fine): no version, so the number rules stay quiet; fileFindings judges the graph.
    const version = null;
    if (text === null) return m || configured ? { version, reason: 'a Django migration by its path' } : null;
    if (!IMPORT.test(text.slice(0, 16384)) && !(configured && /class\s+Migration\b/.test(text))) return null;
    return { version, reason: `a Django migration (${m ? `app ${m[1]}, ` : ''}imports django.db.migrations)` };
  },
  parse: parseDjango,
  fileFindings(input) {
    const state = input.history.state<DjangoState>('django', newState);
    const node = state.pr.get(input.file.path);
    if (input.status !== 'added' || !node || state.base.size === 0) return [];
    const leaves = leavesOf(node.app, [...state.base.values(), ...state.pr.values()]);
    if (leaves.length <= 1 || !leaves.includes(`${node.app}.${node.name}`)) return [];
    const others = leaves.filter((l) => l !== `${node.app}.${node.name}`).map((l) => l.slice(node.app.length + 1));
    const hit: RuleHit = {
      line: node.line,
      endLine: node.line,
      message: `${input.file.path} is a second leaf of app ${node.app}'s migration graph (beside ${others.slice(0, 3).join(', ')}): its dependencies are not the app's latest migration, and Django refuses to migrate ("Conflicting migrations detected") until a merge migration joins them.`,
      object: input.file.path,
      tables: [],
    };
    return [{ rule: 'out-of-order-migration', hit }];
  },
};

function newState(): DjangoState {
  return { models: new Map(), base: new Map(), pr: new Map() };
}

/** The leaves of an app's graph: its migrations no other migration of the app depends on (a squash stands for those it replaces). */
function leavesOf(app: string, nodes: GraphNode[]): string[] {
  const own = nodes.filter((n) => n.app === app);
  const replaced = new Set(own.flatMap((n) => n.replaces));
  const alias = new Map<string, string>();
  for (const n of own) for (const r of n.replaces) alias.set(r, `${app}.${n.name}`);
  const hasChild = new Set<string>();
  for (const n of own) for (const d of n.dependencies) hasChild.add(alias.get(d) ?? d).add(d);
  return [...new Set(own.map((n) => `${app}.${n.name}`))].filter((id) => !replaced.has(id) && !hasChild.has(id));
}

function migrationName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.py$/, '');
}

/** The app label a migration belongs to: the folder above `migrations/`. */
function appOf(path: string): string {
  const parts = path.split('/');
  const i = parts.lastIndexOf('migrations');
  return (i > 0 ? parts[i - 1] : parts[parts.length - 2] ?? 'app').toLowerCase();
}

function parseDjango(input: CodeInput): ParsedFile {
  const { root, dialect } = input;
  const history = input.history.state<DjangoState>('django', newState);
  const state = history.models;
  const app = appOf(input.file.path);
  const forward: Statement[] = [];
  let operations: SyntaxNode | null = null;
  const scopes = [root];
  for (const cls of root.descendantsOfType('class_definition')) {
    if (cls?.childForFieldName('name')?.text !== 'Migration') continue;
    const body = cls.childForFieldName('body');
    if (body) scopes.push(body);
    const node: GraphNode = { app, name: migrationName(input.file.path), dependencies: [], replaces: [], line: cls.startPosition.row + 1 };
    for (const stmt of body?.namedChildren ?? []) {
      const assign = stmt?.type === 'expression_statement' ? stmt.namedChildren[0] : null;
      if (assign?.type !== 'assignment') continue;
      const left = assign.childForFieldName('left')?.text;
      if (left === 'operations') operations = assign.childForFieldName('right');
      if (left === 'dependencies' || left === 'replaces') {
        node.line = left === 'dependencies' ? assign.startPosition.row + 1 : node.line;
        // Same-app pairs only: another app's migrations never make this app's leaves.
        for (const pair of elements(assign.childForFieldName('right')) ?? []) {
          const [a, n] = strings(pair) ?? [];
          if (a?.toLowerCase() === app && n) node[left].push(`${app}.${n}`);
        }
      }
    }
    (input.replay ? history.base : history.pr).set(input.replay ? `${app}.${node.name}` : input.file.path, node);
  }
  readConstants(...scopes);
  if (!operations) return { downSections: [], forward: [] };
  const list = elements(operations);
  if (!list) {
    forward.push(unreadStatement(operations, 'the operations are not a list literal: computed when Django loads the migration', dialect));
    return { downSections: [], forward };
  }
  const reader = new DjangoReader(app, state, dialect);
  for (const op of list) reader.operation(op, forward, 0);
  return { downSections: [], forward };
}

/** SeparateDatabaseAndState can nest; deeper than this is read as unread code. */
const MAX_NESTING = 4;

class DjangoReader {
  constructor(
    private readonly app: string,
    private readonly state: Map<string, ModelState>,
    private readonly dialect: Dialect,
  ) {}

  private model(name: string): ModelState {
    const key = modelKey(this.app, name);
    let m = this.state.get(key);
    if (!m) this.state.set(key, (m = { table: `${this.app}_${name.toLowerCase()}`, fields: new Map(), unique: [] }));
    return m;
  }

  private column(model: ModelState, field: string): string {
    return model.fields.get(field)?.column ?? field.toLowerCase();
  }

  /** One element of `operations`: its statement(s) appended to `out`; `stateOnly`: update the history alone. */
  operation(written: SyntaxNode, out: Statement[], depth: number, stateOnly = false): void {
    // An operation bound to a module-level name is read where it was written.
    const node = deref(written) ?? written;
    const unread = (why: string): void => {
      if (!stateOnly) out.push(unreadStatement(node, why, this.dialect));
    };
    if (node.type !== 'call') return unread('an operation that is not a call written in the migration (a variable or an expression), so what it does is unknown');
    const name = callName(node) ?? node.childForFieldName('function')?.text ?? '?';
    const op = /Extension$/.test(name) ? (name.split('.').pop() ?? name) : name.replace(/^(?:django\.db\.)?migrations\./, '');
    const args = callArgs(node);
    const emit = (ops: Operation[]): void => {
      if (!stateOnly) out.push(callStatement(node, ops, this.dialect));
    };
    const modelName = (i: number, kw = 'model_name'): string | null => str(arg(args, i, kw));
    switch (op) {
      case 'CreateModel': {
        const model = str(arg(args, 0, 'name'));
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const options = dict(arg(args, 2, 'options'));
        const table = str(options?.get('db_table')) ?? `${this.app}_${model.toLowerCase()}`;
        const m: ModelState = { table: table.toLowerCase(), fields: new Map(), unique: [] };
        this.state.set(modelKey(this.app, model), m);
        const columns: ColumnInfo[] = [];
        for (const f of elements(arg(args, 1, 'fields')) ?? []) {
          const pair = elements(f);
          const fname = str(pair?.[0]);
          if (!pair || fname === null) continue;
          const read = readField(fname, pair[1] ?? null);
          if (read === 'm2m' || read === null) continue;
          m.fields.set(fname, { column: read.column.name, relation: read.relation });
          columns.push(read.column);
        }
        for (const u of elements(options?.get('unique_together')) ?? []) {
          const cols = strings(u);
          if (cols) m.unique.push(cols);
        }
        return emit([{ kind: 'create-table', table: m.table, columns }]);
      }
      case 'DeleteModel': {
        const model = str(arg(args, 0, 'name'));
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const m = this.model(model);
        this.state.delete(modelKey(this.app, model));
        return emit([{ kind: 'drop-table', table: m.table }]);
      }
      case 'RenameModel': {
        const from = str(arg(args, 0, 'old_name'));
        const to = str(arg(args, 1, 'new_name'));
        if (from === null || to === null) return unread(`${name} with names that are not literals`);
        const m = this.model(from);
        const defaultTable = `${this.app}_${from.toLowerCase()}`;
        this.state.delete(modelKey(this.app, from));
        // A model with its own db_table keeps its table: Django renames only default-named ones.
        if (m.table !== defaultTable) {
          this.state.set(modelKey(this.app, to), m);
          return emit([{ kind: 'other', what: 'RenameModel of a model with db_table' }]);
        }
        const renamed: ModelState = { ...m, table: `${this.app}_${to.toLowerCase()}` };
        this.state.set(modelKey(this.app, to), renamed);
        return emit([{ kind: 'rename-table', table: m.table, newName: renamed.table }]);
      }
      case 'AlterModelTable': {
        const model = str(arg(args, 0, 'name'));
        const tableNode = arg(args, 1, 'table');
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const m = this.model(model);
        const table = isNone(tableNode) ? `${this.app}_${model.toLowerCase()}` : str(tableNode);
        if (table === null) return unread(`${name} with a table name that is not a literal`);
        const from = m.table;
        m.table = table.toLowerCase();
        return emit(from === m.table ? [{ kind: 'other', what: 'AlterModelTable to the same table' }] : [{ kind: 'rename-table', table: from, newName: m.table }]);
      }
      case 'AddField':
      case 'AlterField': {
        const model = modelName(0);
        const field = str(arg(args, 1, 'name'));
        if (model === null || field === null) return unread(`${name} with names that are not literals`);
        const m = this.model(model);
        const read = readField(field, arg(args, 2, 'field'));
        if (read === 'm2m') return emit([{ kind: 'other', what: `${op} of a ManyToManyField (a join table)` }]);
        if (read === null) return unread(`${name} with a field that is not a literal call, so its column is unknown`);
        if (op === 'AddField') {
          m.fields.set(field, { column: read.column.name, relation: read.relation });
          return emit([{ kind: 'add-column', table: m.table, column: read.column }]);
        }
        const before = this.column(m, field);
        m.fields.set(field, { column: read.column.name, relation: read.relation });
        return emit([{ kind: 'redefine-column', table: m.table, column: before, def: read.column }]);
      }
      case 'RemoveField': {
        const model = modelName(0);
        const field = str(arg(args, 1, 'name'));
        if (model === null || field === null) return unread(`${name} with names that are not literals`);
        const m = this.model(model);
        const column = this.column(m, field);
        m.fields.delete(field);
        return emit([{ kind: 'drop-column', table: m.table, column }]);
      }
      case 'RenameField': {
        const model = modelName(0);
        const from = str(arg(args, 1, 'old_name'));
        const to = str(arg(args, 2, 'new_name'));
        if (model === null || from === null || to === null) return unread(`${name} with names that are not literals`);
        const m = this.model(model);
        const known = m.fields.get(from);
        const column = this.column(m, from);
        m.fields.delete(from);
        // A field with its own db_column keeps it; a relation's `<name>_id` follows the name.
        const renamed = known && known.column !== from.toLowerCase() && !(known.relation && known.column === `${from.toLowerCase()}_id`) ? known.column : known?.relation ? `${to.toLowerCase()}_id` : to.toLowerCase();
        m.fields.set(to, { column: renamed, relation: known?.relation ?? false });
        return emit(renamed === column ? [{ kind: 'other', what: 'RenameField of a field with db_column' }] : [{ kind: 'rename-column', table: m.table, column, newName: renamed }]);
      }
      case 'AlterUniqueTogether': {
        const model = str(arg(args, 0, 'name'));
        if (model === null) return unread(`${name} with a name that is not a literal`);
        const m = this.model(model);
        const node2 = arg(args, 1, 'unique_together');
        const groups: string[][] = [];
        const els = elements(node2);
        // `unique_together=('a', 'b')` is one group; `{('a', 'b'), ('c',)}` several.
        if (els && els.length > 0 && els.every((e) => str(e) !== null)) groups.push(els.map((e) => str(e) as string));
        else for (const e of els ?? []) {
          const cols = strings(e);
          if (cols) groups.push(cols);
        }
        if (!els && !isNone(node2)) return unread(`${name} with a value that is not a literal`);
        const had = new Set(m.unique.map((g) => g.join('\0')));
        const added = groups.filter((g) => !had.has(g.join('\0')));
        m.unique = groups;
        const ops: Operation[] = added.map((g) => ({ kind: 'add-constraint', table: m.table, constraint: 'unique', name: null, columns: g.map((f) => this.column(m, f)), notValid: false }));
        return emit(ops.length > 0 ? ops : [{ kind: 'other', what: 'AlterUniqueTogether that adds no group' }]);
      }
      case 'AddConstraint': {
        const model = modelName(0);
        const c = arg(args, 1, 'constraint');
        if (model === null || !c || c.type !== 'call') return unread(`${name} with a constraint that is not a literal call`);
        const m = this.model(model);
        const cls = (callName(c) ?? '').split('.').pop();
        const cargs = callArgs(c);
        const cname = str(cargs.keyword.get('name'));
        if (cls === 'UniqueConstraint') {
          const fields = strings(cargs.keyword.get('fields')) ?? [];
          const partial = cargs.keyword.has('condition');
          if (cargs.positional.length > 0 || partial) {
            return emit([{ kind: 'create-index', table: m.table, name: cname, unique: true, concurrently: false, columns: fields.map((f) => this.column(m, f)), partial, expressions: cargs.positional.length > 0 }]);
          }
          return emit([{ kind: 'add-constraint', table: m.table, constraint: 'unique', name: cname, columns: fields.map((f) => this.column(m, f)), notValid: false }]);
        }
        if (cls === 'CheckConstraint') return emit([{ kind: 'add-constraint', table: m.table, constraint: 'check', name: cname, columns: [], notValid: false }]);
        if (cls === 'ExclusionConstraint') return emit([{ kind: 'add-constraint', table: m.table, constraint: 'exclusion', name: cname, columns: [], notValid: false }]);
        return unread(`${name} with ${cls ?? 'a constraint'} the gate does not know`);
      }
      case 'RemoveConstraint': {
        const model = modelName(0);
        const cname = str(arg(args, 1, 'name'));
        if (model === null || cname === null) return unread(`${name} with names that are not literals`);
        return emit([{ kind: 'drop-constraint', table: this.model(model).table, name: cname }]);
      }
      case 'AddIndex':
      case 'AddIndexConcurrently': {
        const model = modelName(0);
        const idx = arg(args, 1, 'index');
        if (model === null || !idx || idx.type !== 'call') return unread(`${name} with an index that is not a literal call`);
        const m = this.model(model);
        const iargs = callArgs(idx);
        const fields = (strings(iargs.keyword.get('fields')) ?? []).map((f) => this.column(m, f.replace(/^-/, '')));
        return emit([{ kind: 'create-index', table: m.table, name: str(iargs.keyword.get('name')), unique: false, concurrently: op === 'AddIndexConcurrently', columns: fields, partial: iargs.keyword.has('condition'), expressions: iargs.positional.length > 0 }]);
      }
      case 'RemoveIndex':
      case 'RemoveIndexConcurrently': {
        const model = modelName(0);
        const iname = str(arg(args, 1, 'name'));
        if (model === null || iname === null) return unread(`${name} with names that are not literals`);
        return emit([{ kind: 'drop-index', name: iname, table: this.model(model).table }]);
      }
      case 'RenameIndex': {
        const model = modelName(0);
        const to = str(arg(args, 1, 'new_name'));
        const from = str(args.keyword.get('old_name'));
        if (model === null || to === null) return unread(`${name} with names that are not literals`);
        if (from === null) return emit([{ kind: 'other', what: 'RenameIndex of an unnamed index (old_fields)' }]);
        return emit([{ kind: 'rename-object', objectKind: 'index', name: from, newName: to, table: this.model(model).table }]);
      }
      case 'RunSQL': {
        if (stateOnly) return;
        const sql = deref(arg(args, 0, 'sql'));
        if (sql && /(?:^|\.)RunSQL\.noop$/.test(sql.text)) return emit([{ kind: 'other', what: 'RunSQL.noop' }]);
        // A list of statements (`["…", "…"]`, or `("…", params)` pairs): each read.
        const items = elements(sql);
        if (items && sql?.type === 'list') {
          for (const item of items) {
            const pair = item.type === 'tuple' ? elements(item) : null;
            out.push(...sqlArgument(deref(pair ? (pair[0] ?? null) : item), node, this.dialect, name));
          }
          return;
        }
        out.push(...sqlArgument(sql, node, this.dialect, name));
        return;
      }
      case 'RunPython':
        return unread(`${name} runs Python code, which the gate does not execute`);
      case 'SeparateDatabaseAndState': {
        if (depth >= MAX_NESTING) return unread(`${name} nested too deep`);
        const database = elements(args.keyword.get('database_operations') ?? args.positional[0]);
        const stateOps = elements(args.keyword.get('state_operations') ?? args.positional[1]);
        // Only database_operations run; state_operations change Django's model state (table names).
        for (const d of database ?? []) this.operation(d, out, depth + 1, stateOnly);
        for (const s of stateOps ?? []) this.operation(s, [], depth + 1, true);
        if (!database && (args.keyword.has('database_operations') || args.positional[0])) unread(`${name} with database operations that are not a list literal`);
        return;
      }
      // django.contrib.postgres.operations: CREATE EXTENSION (IF NOT EXISTS) breaks nothing the previous release uses.
      case 'CreateExtension':
      case 'BloomExtension':
      case 'BtreeGinExtension':
      case 'BtreeGistExtension':
      case 'CITextExtension':
      case 'CryptoExtension':
      case 'HStoreExtension':
      case 'TrigramExtension':
      case 'UnaccentExtension':
      case 'AlterModelOptions':
      case 'AlterModelManagers':
      case 'AlterIndexTogether':
      case 'AlterModelTableComment':
        return emit([{ kind: 'other', what: op }]);
      default:
        return unread(`${name} is not an operation the gate reads`);
    }
  }
}
