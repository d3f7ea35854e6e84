/**
 * Laravel migrations (`database/migrations/YYYY_MM_DD_HHMMSS_name.php`, a class extending
 * `Illuminate\Database\Migrations\Migration`, named or anonymous): `up()` runs forward, `down()` is
 * the down section. `Schema::table('t', function (Blueprint $table) { … })` reads each `$table->…`
 * call as its own statement at its own line (`dropColumn`, `renameColumn`, column definitions and
 * their `->change()`, indexes, foreign keys); `Schema::create/drop/dropIfExists/rename`;
 * `DB::statement('SQL')` / `DB::unprepared` through the SQL path; `DB::table('t')->update([…])` as
 * an update of its keys. Anything else in the migration's methods is unread code, named at its line.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import { isPhpNull, phpArg, phpArrayKeys, phpBool, phpChain, phpClosure, phpInt, phpMethods, phpName, phpNames, phpSql, phpStatements, type ChainLink, type PhpArgs } from './php.js';
import type { CodeAdapter, CodeInput } from './registry.js';
import { callStatement, unreadStatement } from './statements.js';
import { sameNode, type SyntaxNode } from './tree-sitter.js';

const PATH = /(?:^|\/)database\/migrations\/(?:[^/]+\/)*(\d{4}_\d{2}_\d{2}_\d{6})_[^/]*\.php$/;

export const laravelAdapter: CodeAdapter = {
  framework: 'laravel',
  extensions: ['.php'],
  language: () => 'php',
  conventionalPath: (path) => PATH.test(path),
  detect(path, text, configured) {
    const version = (PATH.exec(path) ?? /(?:^|\/)(\d{4}_\d{2}_\d{2}_\d{6})_[^/]*\.php$/.exec(path))?.[1] ?? null;
    if (text === null) return PATH.test(path) || configured ? { version, reason: 'a Laravel migration by its path' } : null;
    if (!/Illuminate\\Database\\Migrations\\Migration\b/.test(text) && !/\bextends\s+\\?Migration\b/.test(text)) return null;
    return { version, reason: 'a Laravel migration (extends Illuminate\\Database\\Migrations\\Migration)' };
  },
  parse: parseLaravel,
};

/** Nesting of blocks read (`if`, `try`, closures); deeper is unread code. */
const MAX_DEPTH = 12;

/** Functions and `Schema::` / `DB::` calls that change nothing in the schema. */
const HARMLESS_FUNCTIONS = new Set(['info', 'logger', 'dump', 'error_log', 'set_time_limit', 'ini_set', 'printf', 'print_r', 'var_dump', 'config', 'env']);
const SCHEMA_QUERIES = new Set([
  'hasTable', 'hasColumn', 'hasColumns', 'hasIndex', 'hasView', 'getColumnListing', 'getColumnType', 'getColumns', 'getIndexes', 'getForeignKeys', 'getTables',
  'getConnection', 'defaultStringLength', 'defaultMorphKeyType', 'morphUsingUuids', 'morphUsingUlids', 'disableForeignKeyConstraints', 'enableForeignKeyConstraints',
]);
const DB_READS = new Set(['select', 'selectOne', 'raw', 'getDriverName', 'getTablePrefix', 'getSchemaBuilder', 'getDoctrineSchemaManager', 'getPdo', 'commit', 'beginTransaction', 'rollBack', 'disableQueryLog', 'enableQueryLog']);
const QUERY_READS = new Set(['get', 'first', 'pluck', 'count', 'exists', 'doesntExist', 'value', 'max', 'min', 'sum', 'toSql', 'find']);

/** Column modifiers that change nothing the rules read (position, comment, character set…). */
const NEUTRAL_MODIFIERS = new Set([
  'after', 'first', 'comment', 'charset', 'collation', 'unsigned', 'invisible', 'from', 'startingValue', 'always', 'persisted', 'useCurrentOnUpdate',
  'onDelete', 'onUpdate', 'cascadeOnDelete', 'cascadeOnUpdate', 'restrictOnDelete', 'restrictOnUpdate', 'nullOnDelete', 'nullOnUpdate', 'noActionOnDelete',
  'noActionOnUpdate', 'deferrable', 'initiallyImmediate', 'notInitiallyImmediate', 'algorithm', 'language', 'lock', 'isGeometry', 'projection', 'srid', 'zerofill',
  'type', 'autoIncrement', 'references', 'on', 'spatialIndex', 'fulltext', 'fullText', 'constrained', 'storedAs', 'virtualAs', 'generatedAs', 'default', 'nullable',
  'useCurrent', 'unique', 'index', 'primary', 'change',
]);

/** Integer column types and what their `*Increments` counterparts are. */
const INTEGER_TYPES: Record<string, string> = {
  integer: 'integer', unsignedInteger: 'integer', increments: 'integer',
  tinyInteger: 'tinyint', unsignedTinyInteger: 'tinyint', tinyIncrements: 'tinyint',
  smallInteger: 'smallint', unsignedSmallInteger: 'smallint', smallIncrements: 'smallint',
  mediumInteger: 'mediumint', unsignedMediumInteger: 'mediumint', mediumIncrements: 'mediumint',
  bigInteger: 'bigint', unsignedBigInteger: 'bigint', bigIncrements: 'bigint', id: 'bigint', foreignId: 'bigint',
};
const INCREMENTS = new Set(['increments', 'tinyIncrements', 'smallIncrements', 'mediumIncrements', 'bigIncrements', 'id']);

/** The SQL type of a Blueprint column method (`string('c', 100)` → `varchar(100)`); undefined: not a column method. */
function columnType(method: string, args: PhpArgs): string | null | undefined {
  if (method in INTEGER_TYPES) return INTEGER_TYPES[method];
  const len = (i: number, name: string, dflt: number | null): string => {
    const n = phpArg(args, i, name);
    const v = n === undefined ? dflt : phpInt(n);
    return v === null ? '' : `(${v})`;
  };
  switch (method) {
    case 'string':
      return `varchar${len(1, 'length', 255)}`;
    case 'char':
      return `char${len(1, 'length', 255)}`;
    case 'text':
    case 'tinyText':
    case 'mediumText':
    case 'longText':
      return method === 'text' ? 'text' : method.toLowerCase();
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'dateTime':
    case 'timestamp':
      return 'timestamp';
    case 'dateTimeTz':
    case 'timestampTz':
      return 'timestamptz';
    case 'time':
      return 'time';
    case 'timeTz':
      return 'timetz';
    case 'year':
      return 'year';
    case 'decimal':
    case 'unsignedDecimal': {
      const p = phpArg(args, 1, 'total');
      const s = phpArg(args, 2, 'places');
      return `numeric(${p === undefined ? 8 : (phpInt(p) ?? 8)},${s === undefined ? 2 : (phpInt(s) ?? 2)})`;
    }
    case 'double':
      return 'double precision';
    case 'float':
      return 'float';
    case 'json':
      return 'json';
    case 'jsonb':
      return 'jsonb';
    case 'uuid':
    case 'foreignUuid':
      return 'uuid';
    case 'ulid':
    case 'foreignUlid':
      return 'char(26)';
    case 'binary':
      return 'blob';
    case 'ipAddress':
      return 'varchar(45)';
    case 'macAddress':
      return 'varchar(17)';
    case 'enum':
    case 'set': {
      const values = phpNames(phpArg(args, 1, 'allowed'));
      return values === null ? null : `${method}(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')})`;
    }
    case 'geometry':
    case 'geography':
    case 'point':
    case 'lineString':
    case 'polygon':
    case 'multiPoint':
    case 'multiLineString':
    case 'multiPolygon':
    case 'geometryCollection':
      return method.toLowerCase();
    case 'vector':
      return 'vector';
    case 'tsvector':
      return 'tsvector';
    default:
      return undefined;
  }
}

/** Laravel's default index name: `users_email_unique`. */
function indexName(table: string, columns: string[], type: string): string {
  return `${table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
}

/** `user_id` → `users` (what `constrained()` guesses). */
function guessTable(column: string): string {
  const base = column.replace(/_id$/, '');
  return /y$/.test(base) && !/[aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(base) ? `${base}es` : `${base}s`;
}

/** `User::class` → `user` (what `foreignIdFor` names its column after). */
function snakeClass(node: SyntaxNode | undefined): string | null {
  const m = node ? /^\\?(?:[\w\\]+\\)?(\w+)::class$/.exec(node.text) : null;
  return m ? m[1].replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : null;
}

interface TableContext {
  name: string;
  /** The closure's Blueprint variable (`$table`). */
  alias: string;
  /** Inside `Schema::create`: columns are collected into the create-table. */
  creating: ColumnInfo[] | null;
}

function parseLaravel(input: CodeInput): ParsedFile {
  const { root, dialect } = input;
  const reader = new LaravelReader(dialect);
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  for (const { methods } of phpMethods(root, /\bMigration\b/)) {
    const up = methods.get('up')?.childForFieldName('body');
    reader.closures.clear();
    if (up) reader.body(phpStatements(up), forward, null, 0);
    const down = methods.get('down');
    const downBody = down?.childForFieldName('body');
    if (down && downBody && phpStatements(downBody).length > 0) downSections.push({ line: down.startPosition.row + 1, endLine: down.endPosition.row + 1 });
  }
  return { downSections, forward };
}

class LaravelReader {
  /** Closures assigned to variables in the method read so far (`$addColumn = fn (Blueprint $t) => …`). */
  readonly closures = new Map<string, SyntaxNode>();

  constructor(private readonly dialect: Dialect) {}

  /** A closure argument, or a variable a closure was assigned to earlier in the method. */
  private closureOf(node: SyntaxNode | undefined): ReturnType<typeof phpClosure> {
    if (node?.type === 'variable_name') return phpClosure(this.closures.get(node.text));
    return phpClosure(node);
  }

  body(statements: SyntaxNode[], out: Statement[], table: TableContext | null, depth: number): void {
    for (const s of statements) this.statement(s, out, table, depth);
  }

  private unread(node: SyntaxNode, why: string, out: Statement[]): void {
    out.push(unreadStatement(node, why, this.dialect));
  }

  private statement(node: SyntaxNode, out: Statement[], table: TableContext | null, depth: number): void {
    if (depth > MAX_DEPTH) return this.unread(node, 'blocks nested too deep to read', out);
    switch (node.type) {
      case 'comment':
      case 'empty_statement':
      case 'return_statement':
      case 'echo_statement':
      case 'global_declaration':
      case 'function_static_declaration':
        return;
      case 'compound_statement':
        return this.body(phpStatements(node), out, table, depth + 1);
      case 'if_statement':
      case 'else_clause':
      case 'else_if_clause':
      case 'try_statement':
      case 'finally_clause': {
        // Their blocks run (conditionally): read; the condition is an expression, not a statement.
        const condition = node.childForFieldName('condition');
        for (const c of node.namedChildren) {
          if (!c || (condition && sameNode(c, condition)) || c.type === 'comment' || c.type === 'catch_clause') continue;
          this.statement(c, out, table, depth + 1);
        }
        return;
      }
      case 'expression_statement': {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== 'comment');
        if (!expr) return;
        // `$rows = DB::table('t')->get();` reads; assignments of computed values change nothing.
        if (expr.type === 'assignment_expression' || expr.type === 'augmented_assignment_expression') {
          // `$addColumn = fn (Blueprint $table) => …;` then `Schema::table('books', $addColumn);`
          const left = expr.childForFieldName('left');
          const closure = phpClosure(expr.childForFieldName('right'));
          if (left?.type === 'variable_name') {
            if (closure) this.closures.set(left.text, expr.childForFieldName('right')!);
            else this.closures.delete(left.text);
          }
          return;
        }
        return this.expression(expr, node, out, table, depth);
      }
      case 'member_call_expression':
      case 'scoped_call_expression':
      case 'nullsafe_member_call_expression':
      case 'function_call_expression':
        // An arrow function's body: one expression.
        return this.expression(node, node, out, table, depth);
      default:
        return this.unread(node, `${firstLine(node)} is code the gate does not read`, out);
    }
  }

  private expression(expr: SyntaxNode, stmt: SyntaxNode, out: Statement[], table: TableContext | null, depth: number): void {
    if (expr.type === 'function_call_expression') {
      const fn = expr.childForFieldName('function')?.text ?? '';
      if (HARMLESS_FUNCTIONS.has(fn)) return;
      return this.unread(stmt, `${fn}() runs application code that the gate does not read`, out);
    }
    const chain = expr.type === 'member_call_expression' || expr.type === 'scoped_call_expression' || expr.type === 'nullsafe_member_call_expression' ? phpChain(expr) : null;
    if (!chain || chain.links.length === 0) return this.unread(stmt, `${firstLine(expr)} is code the gate does not read`, out);
    const { scope, root } = chain;
    let links = chain.links;
    // `Schema::connection('x')->table(…)`, `DB::connection()->statement(…)`.
    if (scope !== null && links.length > 1 && (links[0].method === 'connection' || links[0].method === 'setConnection')) links = links.slice(1);
    if (table && scope === null && root.type === 'variable_name' && root.text === table.alias) return this.tableCall(links, stmt, out, table);
    if (scope === 'Schema' || (scope === null && /^\$this->schema$/.test(root.text))) return this.schemaCall(links, stmt, out, depth);
    if (scope === 'DB') return this.dbCall(links, stmt, out, depth);
    const name = scope !== null ? `${scope}::${links[0].method}` : `${root.text.split('\n')[0].slice(0, 40)}->${links[0].method}`;
    return this.unread(stmt, `${name} runs application code that the gate does not read`, out);
  }

  private schemaCall(links: ChainLink[], stmt: SyntaxNode, out: Statement[], depth: number): void {
    const [first] = links;
    const name = `Schema::${first.method}`;
    const emit = (ops: Operation[]): void => void out.push(callStatement(stmt, ops, this.dialect));
    if (SCHEMA_QUERIES.has(first.method) && links.length === 1) return;
    if (links.length > 1) return this.unread(stmt, `${name}(…)->${links[1].method} is not an operation the gate reads`, out);
    const a = first.args;
    const t = phpName(phpArg(a, 0, 'table'));
    const notLiteral = (): void => this.unread(stmt, `${name} with a table name that is not a literal`, out);
    switch (first.method) {
      case 'table':
      case 'create': {
        if (t === null) return notLiteral();
        const closure = this.closureOf(phpArg(a, 1, 'callback'));
        if (!closure || closure.param === null) return this.unread(stmt, `${name}('${t}') with a callback that is not a closure, which the gate cannot read`, out);
        if (first.method === 'table') return this.body(phpStatements(closure.body), out, { name: t, alias: closure.param, creating: null }, depth + 1);
        const columns: ColumnInfo[] = [];
        const inside: Statement[] = [];
        this.body(phpStatements(closure.body), inside, { name: t, alias: closure.param, creating: columns }, depth + 1);
        emit([{ kind: 'create-table', table: t, columns }]);
        out.push(...inside);
        return;
      }
      case 'drop':
      case 'dropIfExists':
        if (t === null) return notLiteral();
        return emit([{ kind: 'drop-table', table: t }]);
      case 'rename': {
        const to = phpName(phpArg(a, 1, 'to'));
        if (t === null || to === null) return notLiteral();
        return emit([{ kind: 'rename-table', table: t, newName: to }]);
      }
      case 'dropColumns': {
        const cols = phpNames(phpArg(a, 1, 'columns'));
        if (t === null || cols === null) return this.unread(stmt, `${name} with names that are not literals`, out);
        return emit(cols.map((c) => ({ kind: 'drop-column', table: t, column: c })));
      }
      case 'withoutForeignKeyConstraints': {
        const closure = phpClosure(phpArg(a, 0, 'callback'));
        if (!closure) return this.unread(stmt, `${name} with a callback that is not a closure`, out);
        return this.body(phpStatements(closure.body), out, null, depth + 1);
      }
      default:
        return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    }
  }

  private dbCall(links: ChainLink[], stmt: SyntaxNode, out: Statement[], depth: number): void {
    const [first] = links;
    const name = `DB::${first.method}`;
    const emit = (ops: Operation[]): void => void out.push(callStatement(stmt, ops, this.dialect));
    switch (first.method) {
      case 'statement':
      case 'unprepared':
      case 'update':
      case 'delete':
      case 'insert':
      case 'affectingStatement':
        if (links.length > 1) break;
        out.push(...phpSql(phpArg(first.args, 0, 'query'), stmt, this.dialect, name));
        return;
      case 'transaction': {
        const closure = phpClosure(phpArg(first.args, 0, 'callback'));
        if (!closure || links.length > 1) break;
        return this.body(phpStatements(closure.body), out, null, depth + 1);
      }
      case 'table': {
        const t = phpName(phpArg(first.args, 0, 'table'));
        const last = links[links.length - 1];
        if (links.length === 1 || QUERY_READS.has(last.method)) return;
        if (t === null) return this.unread(stmt, `${name} with a table name that is not a literal`, out);
        switch (last.method) {
          case 'update': {
            const columns = phpArrayKeys(phpArg(last.args, 0, 'values'));
            if (columns === null) return this.unread(stmt, `${name}('${t}')->update with values that are not a literal array`, out);
            return emit([{ kind: 'update', table: t, columns }]);
          }
          case 'insert':
          case 'insertOrIgnore':
          case 'insertGetId':
          case 'upsert':
            return emit([{ kind: 'other', what: 'insert' }]);
          case 'delete':
            return emit([{ kind: 'delete', table: t }]);
          case 'truncate':
            return emit([{ kind: 'truncate', table: t }]);
          default:
            return this.unread(stmt, `${name}('${t}')->${last.method} is not an operation the gate reads`, out);
        }
      }
      default:
        if (DB_READS.has(first.method) && links.length === 1) return;
    }
    return this.unread(stmt, `${name}${links.length > 1 ? `(…)->${links[links.length - 1].method}` : ''} is not an operation the gate reads`, out);
  }

  /** `$table->…` inside a Blueprint closure: one statement per call, at its line. */
  private tableCall(links: ChainLink[], stmt: SyntaxNode, out: Statement[], table: TableContext): void {
    const ops = this.tableOperation(links, table);
    const name = `$table->${links[0].method}`;
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === 'string') return this.unread(stmt, `${name} ${ops}`, out);
    if (table.creating) {
      const rest: Operation[] = [];
      for (const op of ops) {
        if (op.kind === 'add-column' && op.table === table.name) table.creating.push(op.column);
        else rest.push(op);
      }
      if (rest.length > 0) out.push(callStatement(stmt, rest, this.dialect));
      return;
    }
    out.push(callStatement(stmt, ops, this.dialect));
  }

  private tableOperation(links: ChainLink[], table: TableContext): Operation[] | string | null {
    const [first, ...modifiers] = links;
    const a = first.args;
    const t = table.name;
    const notLiteral = 'with a column name that is not a literal';
    const allNames = (): string[] | null => {
      if (a.spread) return null;
      const out: string[] = [];
      for (const p of a.positional) {
        const n = phpNames(p);
        if (n === null) return null;
        out.push(...n);
      }
      for (const v of a.named.values()) {
        const n = phpNames(v);
        if (n === null) return null;
        out.push(...n);
      }
      return out.length > 0 ? out : null;
    };
    const unknown = modifiers.find((m) => !NEUTRAL_MODIFIERS.has(m.method));
    if (unknown) return `(…)->${unknown.method} is not a modifier the gate reads`;
    const columns = this.columnDefinitions(first, modifiers, t);
    if (columns !== undefined) return columns;
    const named = (type: string): { columns: string[] | null; name: string | null } => {
      const target = phpArg(a, 0, 'columns');
      // `dropUnique('users_email_unique')` names the index; `dropUnique(['email'])` its columns.
      if (target?.type !== 'array_creation_expression' && /^(drop|rename)/.test(first.method)) return { columns: null, name: phpName(target) };
      const cols = phpNames(target);
      const explicit = phpName(phpArg(a, 1, 'index'));
      return { columns: cols, name: explicit ?? (cols ? indexName(t, cols, type) : null) };
    };
    switch (first.method) {
      case 'dropColumn': {
        const cols = allNames();
        return cols === null ? notLiteral : cols.map((c) => ({ kind: 'drop-column', table: t, column: c }));
      }
      case 'renameColumn': {
        const from = phpName(phpArg(a, 0, 'from'));
        const to = phpName(phpArg(a, 1, 'to'));
        return from === null || to === null ? notLiteral : [{ kind: 'rename-column', table: t, column: from, newName: to }];
      }
      case 'dropTimestamps':
      case 'dropTimestampsTz':
      case 'dropDatetimes':
        return ['created_at', 'updated_at'].map((c) => ({ kind: 'drop-column', table: t, column: c }));
      case 'dropSoftDeletes':
      case 'dropSoftDeletesTz': {
        const c = a.positional.length > 0 ? phpName(a.positional[0]) : 'deleted_at';
        return c === null ? notLiteral : [{ kind: 'drop-column', table: t, column: c }];
      }
      case 'dropRememberToken':
        return [{ kind: 'drop-column', table: t, column: 'remember_token' }];
      case 'dropMorphs': {
        const m = phpName(phpArg(a, 0, 'name'));
        return m === null ? notLiteral : [`${m}_type`, `${m}_id`].map((c) => ({ kind: 'drop-column', table: t, column: c }));
      }
      case 'dropConstrainedForeignId': {
        const c = phpName(phpArg(a, 0, 'column'));
        return c === null ? notLiteral : [{ kind: 'drop-constraint', table: t, name: indexName(t, [c], 'foreign'), constraint: 'foreign-key' }, { kind: 'drop-column', table: t, column: c }];
      }
      case 'dropForeign': {
        const { name } = named('foreign');
        const target = phpArg(a, 0, 'index');
        const cols = target?.type === 'array_creation_expression' ? phpNames(target) : null;
        const fk = cols ? indexName(t, cols, 'foreign') : name;
        return fk === null ? notLiteral : [{ kind: 'drop-constraint', table: t, name: fk, constraint: 'foreign-key' }];
      }
      case 'dropUnique':
      case 'dropIndex':
      case 'dropFullText':
      case 'dropSpatialIndex': {
        const type = first.method === 'dropUnique' ? 'unique' : first.method === 'dropFullText' ? 'fulltext' : first.method === 'dropSpatialIndex' ? 'spatialindex' : 'index';
        const target = phpArg(a, 0, 'index');
        const cols = target?.type === 'array_creation_expression' ? phpNames(target) : null;
        const idx = cols ? indexName(t, cols, type) : phpName(target);
        return idx === null ? notLiteral : [{ kind: 'drop-index', name: idx, table: t }];
      }
      case 'dropPrimary': {
        const target = phpArg(a, 0, 'index');
        const cols = target?.type === 'array_creation_expression' ? phpNames(target) : null;
        const pk = cols ? indexName(t, cols, 'primary') : target === undefined ? `${t}_pkey` : phpName(target);
        return pk === null ? notLiteral : [{ kind: 'drop-constraint', table: t, name: pk, constraint: 'primary-key' }];
      }
      case 'unique':
      case 'index':
      case 'fullText':
      case 'spatialIndex': {
        const { columns, name } = named(first.method === 'unique' ? 'unique' : first.method === 'index' ? 'index' : first.method.toLowerCase());
        if (columns === null) return notLiteral;
        return [{ kind: 'create-index', table: t, name, unique: first.method === 'unique', concurrently: false, columns }];
      }
      case 'rawIndex':
        return [{ kind: 'create-index', table: t, name: phpName(phpArg(a, 1, 'index')), unique: false, concurrently: false, columns: [], expressions: true }];
      case 'primary': {
        const { columns, name } = named('primary');
        if (columns === null) return notLiteral;
        return [{ kind: 'add-constraint', table: t, constraint: 'primary-key', name, columns, notValid: false }];
      }
      case 'foreign': {
        const { columns, name } = named('foreign');
        if (columns === null) return notLiteral;
        const on = modifiers.find((m) => m.method === 'on');
        const references = on ? phpName(phpArg(on.args, 0, 'table')) : null;
        return [{ kind: 'add-constraint', table: t, constraint: 'foreign-key', name, columns, notValid: false, ...(references !== null ? { references } : {}) }];
      }
      case 'renameIndex': {
        const from = phpName(phpArg(a, 0, 'from'));
        const to = phpName(phpArg(a, 1, 'to'));
        return from === null || to === null ? notLiteral : [{ kind: 'rename-object', objectKind: 'index', name: from, newName: to, table: t }];
      }
      case 'drop':
      case 'dropIfExists':
        return [{ kind: 'drop-table', table: t }];
      case 'rename': {
        const to = phpName(phpArg(a, 0, 'to'));
        return to === null ? 'with a table name that is not a literal' : [{ kind: 'rename-table', table: t, newName: to }];
      }
      case 'engine':
      case 'charset':
      case 'collation':
      case 'comment':
      case 'temporary':
        return [{ kind: 'other', what: `$table->${first.method}` }];
      default:
        return null;
    }
  }

  /**
   * Column definitions (`$table->string('c')->nullable()`), with `->change()` a redefinition of an
   * existing column; undefined when the call defines no column.
   */
  private columnDefinitions(first: ChainLink, modifiers: ChainLink[], t: string): Operation[] | string | undefined {
    const a = first.args;
    const has = (m: string): ChainLink | undefined => modifiers.find((l) => l.method === m);
    const specs: { name: string; type: string | null; notNull: boolean; hasDefault: boolean; primaryKey?: boolean }[] = [];
    const method = first.method;
    const nameArg = (dflt: string | null): string | null => (a.positional.length === 0 && !a.named.has('column') ? dflt : phpName(phpArg(a, 0, 'column')));
    if (INCREMENTS.has(method)) {
      const c = nameArg(method === 'id' ? 'id' : null);
      if (c === null) return 'with a column name that is not a literal';
      specs.push({ name: c, type: INTEGER_TYPES[method], notNull: true, hasDefault: true, primaryKey: true });
    } else if (method === 'timestamps' || method === 'timestampsTz' || method === 'nullableTimestamps' || method === 'datetimes') {
      for (const c of ['created_at', 'updated_at']) specs.push({ name: c, type: method === 'timestampsTz' ? 'timestamptz' : 'timestamp', notNull: false, hasDefault: false });
    } else if (method === 'softDeletes' || method === 'softDeletesTz' || method === 'softDeletesDatetime') {
      const c = nameArg('deleted_at');
      if (c === null) return 'with a column name that is not a literal';
      specs.push({ name: c, type: method === 'softDeletesTz' ? 'timestamptz' : 'timestamp', notNull: false, hasDefault: false });
    } else if (method === 'rememberToken') {
      specs.push({ name: 'remember_token', type: 'varchar(100)', notNull: false, hasDefault: false });
    } else if (/^(nullable)?(uuid|ulid)?Morphs$/i.test(method)) {
      const m = phpName(phpArg(a, 0, 'name'));
      if (m === null) return 'with a name that is not a literal';
      const nullable = method.startsWith('nullable');
      const idType = /uuid/i.test(method) ? 'uuid' : /ulid/i.test(method) ? 'char(26)' : 'bigint';
      specs.push({ name: `${m}_type`, type: 'varchar(255)', notNull: !nullable, hasDefault: false }, { name: `${m}_id`, type: idType, notNull: !nullable, hasDefault: false });
    } else if (method === 'foreignIdFor') {
      const c = phpName(phpArg(a, 1, 'column')) ?? (snakeClass(phpArg(a, 0, 'model')) === null ? null : `${snakeClass(phpArg(a, 0, 'model'))}_id`);
      if (c === null) return 'with a model or column that is not a literal';
      specs.push({ name: c, type: 'bigint', notNull: true, hasDefault: false });
    } else {
      const type = columnType(method, a);
      if (type === undefined) return undefined;
      const c = phpName(phpArg(a, 0, 'column'));
      if (c === null) return 'with a column name that is not a literal';
      specs.push({ name: c, type, notNull: true, hasDefault: false });
    }
    const nullable = has('nullable');
    if (nullable) {
      const v = nullable.args.positional.length === 0 ? true : phpBool(phpArg(nullable.args, 0, 'value'));
      if (v === null) return `(…)->nullable with a value that is not a literal`;
      for (const s of specs) s.notNull = !v;
    }
    const dflt = has('default');
    if (dflt || has('useCurrent') || has('autoIncrement') || has('storedAs') || has('virtualAs') || has('generatedAs')) {
      for (const s of specs) s.hasDefault = !(dflt && isPhpNull(phpArg(dflt.args, 0, 'value')) && !has('useCurrent'));
    }
    if (has('primary')) for (const s of specs) s.primaryKey = true;
    const unique = has('unique');
    const index = has('index');
    const ops: Operation[] = [];
    const change = has('change') !== undefined;
    for (const s of specs) {
      const column: ColumnInfo = { name: s.name, type: s.type, notNull: s.notNull, hasDefault: s.hasDefault };
      if (s.primaryKey) column.primaryKey = true;
      if (has('storedAs') || has('virtualAs')) column.generated = true;
      // Laravel 11 and later: `->change()` redefines the column whole; a modifier not repeated (nullable, default) is dropped.
      if (change) ops.push({ kind: 'redefine-column', table: t, column: s.name, def: column });
      else {
        if (unique && typeof unique.args.positional[0] === 'undefined') column.unique = true;
        ops.push({ kind: 'add-column', table: t, column });
      }
    }
    const cols = specs.map((s) => s.name);
    if (unique && (change || unique.args.positional.length > 0)) ops.push({ kind: 'create-index', table: t, name: phpName(unique.args.positional[0]) ?? indexName(t, cols, 'unique'), unique: true, concurrently: false, columns: cols });
    if (index) ops.push({ kind: 'create-index', table: t, name: phpName(index.args.positional[0]) ?? indexName(t, cols, 'index'), unique: false, concurrently: false, columns: cols });
    const constrained = has('constrained');
    if (constrained && cols.length === 1) {
      const to = phpName(phpArg(constrained.args, 0, 'table')) ?? guessTable(cols[0]);
      ops.push({ kind: 'add-constraint', table: t, constraint: 'foreign-key', name: phpName(phpArg(constrained.args, 2, 'indexName')) ?? indexName(t, cols, 'foreign'), columns: cols, notValid: false, references: to });
    }
    return ops;
  }
}

function firstLine(node: SyntaxNode): string {
  return node.text.split('\n')[0].slice(0, 60);
}
