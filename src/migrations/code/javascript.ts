/**
 * Knex, Sequelize and TypeORM migrations (JavaScript and TypeScript): `up` runs forward, `down` is
 * the down section, found wherever these frameworks write them (`exports.up = …`,
 * `export async function up(knex)`, `module.exports = { up: async (queryInterface, Sequelize) => … }`,
 * a TypeORM `MigrationInterface` class's `up(queryRunner)`). Calls on the migration API (the `up`
 * function's first parameter: `knex`, `queryInterface`, `queryRunner`) map onto operations; SQL
 * strings (`knex.raw`, `queryInterface.sequelize.query`, `queryRunner.query`) go through the SQL path
 * and template literals with `${…}` are unread code. Anything else is unread, named at its line.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import type { CodeAdapter, CodeFramework, CodeInput } from './registry.js';
import { callStatement, sqlStatements, stringLiteral, unreadStatement } from './statements.js';
import type { CodeLanguage, SyntaxNode } from './tree-sitter.js';

const MAX_DEPTH = 12;

function languageOf(path: string): CodeLanguage {
  return /\.tsx$/.test(path) ? 'tsx' : /\.[cm]?ts$/.test(path) ? 'typescript' : 'javascript';
}

const EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'];

/**
 * `migrations/20240101120000_add_x.js` (Knex's default), `migrations/20240101120000-add-x.js` (Sequelize's),
 * either separator for both (the content decides), `1700000000000-AddX.ts` (TypeORM).
 */
const KNEX_PATH = /(?:^|\/)migrations?\/(?:[^/]+\/)*(\d{14})[-_][^/]*\.[cm]?[jt]s$/;
/**
 * Knex's directory and names are the project's (`migrations.directory` in its knexfile): a folder
 * named `…migrations` (`knex_migrations/`, `db_migrations/`) with files named by a dashed date and
 * time (`2023-08-16-0000-create-uptime.js`, and `2024-10-1315-rabbitmq-monitor.js` beside them in
 * louislam/uptime-kuma). The content still decides.
 */
const KNEX_DATED_PATH = /(?:^|\/)[\w-]*migrations\/(?:[^/]+\/)*(\d{4}-\d{2}-\d{2}(?:[-_]?\d{2,6})?)[-_][^/]*\.[cm]?[jt]s$/;
/**
 * Knex applies migrations in the order of their file names: a dashed stamp's digits, padded to the
 * 14 of Knex's own `YYYYMMDDHHMMSS` (`2024-10-1315` → 20241013150000 sorts before `2024-10-31-0000`).
 */
const datedVersion = (stamp: string): string => stamp.replace(/\D/g, '').padEnd(14, '0');
const SEQUELIZE_PATH = KNEX_PATH;
const TYPEORM_PATH = /(?:^|\/)migrations?\/(?:[^/]+\/)*(\d{13})-[^/]*\.[cm]?[jt]s$/;

export const knexAdapter: CodeAdapter = {
  framework: 'knex',
  extensions: EXTENSIONS,
  language: languageOf,
  conventionalPath: (path) => (KNEX_PATH.test(path) || KNEX_DATED_PATH.test(path)) && !/\.d\.ts$/.test(path),
  detect(path, text, configured) {
    const dated = KNEX_DATED_PATH.exec(path)?.[1];
    const version = dated !== undefined ? datedVersion(dated) : ((KNEX_PATH.exec(path) ?? /(?:^|\/)(\d{8,})[_-][^/]*$/.exec(path))?.[1] ?? null);
    if (text === null) return KNEX_PATH.test(path) || dated !== undefined || configured ? { version, reason: 'a Knex migration by its path' } : null;
    if (!/\bknex\b/i.test(text) || !/\bup\b/.test(text) || /\bqueryInterface\b/.test(text)) return null;
    return { version, reason: 'a Knex migration (exports up(knex))' };
  },
  parse: (input) => parseJs(input, 'knex'),
};

export const sequelizeAdapter: CodeAdapter = {
  framework: 'sequelize',
  extensions: EXTENSIONS,
  language: languageOf,
  conventionalPath: (path) => SEQUELIZE_PATH.test(path) && !/\.d\.ts$/.test(path),
  detect(path, text, configured) {
    const version = (SEQUELIZE_PATH.exec(path) ?? /(?:^|\/)(\d{8,})[_-][^/]*$/.exec(path))?.[1] ?? null;
    if (text === null) return SEQUELIZE_PATH.test(path) || configured ? { version, reason: 'a Sequelize migration by its path' } : null;
    if (!/\bqueryInterface\b|\bQueryInterface\b/.test(text)) return null;
    return { version, reason: 'a Sequelize migration (up(queryInterface, Sequelize))' };
  },
  parse: (input) => parseJs(input, 'sequelize'),
};

export const typeormAdapter: CodeAdapter = {
  framework: 'typeorm',
  extensions: EXTENSIONS,
  language: languageOf,
  conventionalPath: (path) => TYPEORM_PATH.test(path) && !/\.d\.ts$/.test(path),
  detect(path, text, configured) {
    const version = TYPEORM_PATH.exec(path)?.[1] ?? (text ? /class\s+\w*?(\d{13})\b/.exec(text)?.[1] : undefined) ?? null;
    if (text === null) return TYPEORM_PATH.test(path) || configured ? { version, reason: 'a TypeORM migration by its path' } : null;
    if (!/\bMigrationInterface\b/.test(text) && !/\bQueryRunner\b/.test(text)) return null;
    return { version, reason: 'a TypeORM migration (implements MigrationInterface)' };
  },
  parse: (input) => parseJs(input, 'typeorm'),
};

/** A function-like node's body and first parameter's name. */
function fnParts(node: SyntaxNode | null | undefined): { body: SyntaxNode; param: string | null } | null {
  if (!node || !['function_expression', 'function', 'arrow_function', 'function_declaration', 'method_definition', 'generator_function'].includes(node.type)) return null;
  const body = node.childForFieldName('body');
  if (!body) return null;
  const single = node.childForFieldName('parameter');
  const first = single ?? node.childForFieldName('parameters')?.namedChildren.find((p) => p !== null && p.type !== 'comment') ?? null;
  const id = first?.type === 'identifier' ? first : (first?.childForFieldName('pattern') ?? null);
  return { body, param: id?.type === 'identifier' ? id.text : null };
}

/** The `up` and `down` functions of a file, wherever the frameworks put them. */
function upAndDown(root: SyntaxNode): { name: 'up' | 'down'; node: SyntaxNode; fn: { body: SyntaxNode; param: string | null } }[] {
  const out: { name: 'up' | 'down'; node: SyntaxNode; fn: { body: SyntaxNode; param: string | null } }[] = [];
  const add = (name: string | undefined, node: SyntaxNode, value: SyntaxNode | null | undefined): void => {
    if (name !== 'up' && name !== 'down') return;
    const fn = fnParts(value);
    if (fn) out.push({ name, node, fn });
  };
  for (const n of root.descendantsOfType(['function_declaration', 'method_definition', 'pair', 'assignment_expression', 'variable_declarator'])) {
    if (!n) continue;
    switch (n.type) {
      case 'function_declaration':
      case 'method_definition':
        add(n.childForFieldName('name')?.text, n, n);
        break;
      case 'pair':
        add(n.childForFieldName('key')?.text.replace(/['"]/g, ''), n, n.childForFieldName('value'));
        break;
      case 'assignment_expression': {
        const left = n.childForFieldName('left');
        if (left?.type === 'member_expression' && /^(?:module\.)?exports$/.test(left.childForFieldName('object')?.text ?? '')) add(left.childForFieldName('property')?.text, n, n.childForFieldName('right'));
        break;
      }
      case 'variable_declarator':
        // `export const up = async (knex) => …` (only at the module's top).
        if (n.parent?.parent?.type === 'export_statement' || n.parent?.parent?.type === 'program') add(n.childForFieldName('name')?.text, n, n.childForFieldName('value'));
        break;
    }
  }
  return out;
}

function parseJs(input: CodeInput, framework: CodeFramework): ParsedFile {
  const { root, dialect } = input;
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  for (const { name, node, fn } of upAndDown(root)) {
    if (name === 'down') {
      if (!doesNothing(fn.body)) downSections.push({ line: node.startPosition.row + 1, endLine: node.endPosition.row + 1 });
      continue;
    }
    if (fn.param === null) {
      forward.push(unreadStatement(node, `up() without a named first parameter (${framework}'s migration API), which the gate cannot follow`, dialect));
      continue;
    }
    new JsReader(dialect, framework, fn.param).body(fn.body, forward, null, 0);
  }
  return { downSections, forward };
}

/**
 * A `down` that undoes nothing: an empty body, an arrow returning nothing, or only `return;`,
 * `return null`, `return undefined`, `return Promise.resolve()` (Knex and Sequelize templates; a
 * no-op is not a down migration).
 */
function doesNothing(body: SyntaxNode): boolean {
  const nothing = (e: SyntaxNode | undefined): boolean =>
    e === undefined || e.type === 'null' || e.type === 'undefined' || (e.type === 'identifier' && e.text === 'undefined') || /^Promise\.resolve\(\s*(?:null|undefined)?\s*\)$/.test(e.text);
  if (body.type !== 'statement_block') return nothing(body);
  return body.namedChildren.every((c) => c === null || c.type === 'comment' || c.type === 'empty_statement' || (c.type === 'return_statement' && nothing(c.namedChildren.find((x) => x !== null && x.type !== 'comment') ?? undefined)));
}

/** One link of a call chain: `.method(args)`, or a property read (`.schema`). */
interface Link {
  name: string;
  args: SyntaxNode[] | null;
  node: SyntaxNode;
}

/** `knex.schema.alterTable('t', fn).dropTable('u')` → root `knex`, links schema, alterTable(…), dropTable(…). */
function jsChain(node: SyntaxNode): { root: SyntaxNode; links: Link[] } {
  const links: Link[] = [];
  let n = node;
  for (let i = 0; i < 256; i++) {
    if (n.type === 'await_expression' || n.type === 'parenthesized_expression' || n.type === 'non_null_expression') {
      const inner = n.namedChildren.find((c) => c !== null && c.type !== 'comment');
      if (!inner) break;
      n = inner;
      continue;
    }
    if (n.type === 'call_expression') {
      const fn = n.childForFieldName('function');
      const args = (n.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
      if (fn?.type === 'member_expression') {
        links.push({ name: fn.childForFieldName('property')?.text ?? '', args, node: n });
        n = fn.childForFieldName('object') ?? fn;
        continue;
      }
      if (fn) {
        // `knex('users').update(…)`: the root is a call of the API object itself.
        links.push({ name: '()', args, node: n });
        n = fn;
      }
      break;
    }
    if (n.type === 'member_expression') {
      links.push({ name: n.childForFieldName('property')?.text ?? '', args: null, node: n });
      n = n.childForFieldName('object') ?? n;
      continue;
    }
    break;
  }
  links.reverse();
  return { root: n, links };
}

function jsName(node: SyntaxNode | null | undefined): string | null {
  const lit = node ? stringLiteral(node) : null;
  return lit && !lit.interpolated ? lit.value : null;
}

function jsNames(node: SyntaxNode | null | undefined): string[] | null {
  if (!node) return null;
  const one = jsName(node);
  if (one !== null) return [one];
  if (node.type !== 'array') return null;
  const out: string[] = [];
  for (const e of node.namedChildren) {
    if (!e || e.type === 'comment') continue;
    const n = jsName(e);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

/** An object literal's properties (`{ allowNull: false, type: … }`); null when not a literal object. */
function jsObject(node: SyntaxNode | null | undefined): Map<string, SyntaxNode> | null {
  if (node?.type !== 'object') return null;
  const out = new Map<string, SyntaxNode>();
  for (const p of node.namedChildren) {
    if (p?.type === 'pair') {
      const key = p.childForFieldName('key');
      const value = p.childForFieldName('value');
      const k = key?.type === 'property_identifier' || key?.type === 'identifier' ? key.text : jsName(key);
      if (k !== null && value) out.set(k, value);
    } else if (p?.type === 'shorthand_property_identifier') out.set(p.text, p);
  }
  return out;
}

function jsBool(node: SyntaxNode | null | undefined): boolean | null {
  return node?.type === 'true' ? true : node?.type === 'false' ? false : null;
}

/** `new TableColumn({ … })` / `new Table({ … })` / a plain object → its properties. */
function newObject(node: SyntaxNode | null | undefined, cls: string): Map<string, SyntaxNode> | null {
  if (node?.type === 'new_expression' && node.childForFieldName('constructor')?.text === cls) {
    return jsObject(node.childForFieldName('arguments')?.namedChildren.find((c) => c !== null && c.type !== 'comment'));
  }
  return jsObject(node);
}

/** `Sequelize.STRING(100)` / `DataTypes.INTEGER` / `'varchar'` → a SQL type text. */
function jsType(node: SyntaxNode | null | undefined): string | null {
  if (!node) return null;
  const lit = jsName(node);
  if (lit !== null) return lit.toLowerCase();
  const m = /^(?:Sequelize|DataTypes|S|DataType)\.([A-Z_]+)(?:\((\d+)(?:\s*,\s*(\d+))?\))?$/.exec(node.text.replace(/\s+/g, ''));
  if (!m) return null;
  const [, t, a, b] = m;
  const args = a ? `(${a}${b ? `,${b}` : ''})` : '';
  switch (t) {
    case 'STRING':
      return `varchar(${a ?? 255})`;
    case 'CHAR':
      return `char(${a ?? 255})`;
    case 'TEXT':
      return 'text';
    case 'INTEGER':
      return 'integer';
    case 'BIGINT':
      return 'bigint';
    case 'SMALLINT':
      return 'smallint';
    case 'BOOLEAN':
      return 'boolean';
    case 'DATE':
      return 'timestamptz';
    case 'DATEONLY':
      return 'date';
    case 'UUID':
      return 'uuid';
    case 'DECIMAL':
      return `numeric${args}`;
    case 'FLOAT':
    case 'REAL':
      return 'real';
    case 'DOUBLE':
      return 'double precision';
    case 'JSON':
      return 'json';
    case 'JSONB':
      return 'jsonb';
    default:
      return t.toLowerCase() + args;
  }
}

/** Knex column builder methods and their SQL types. */
const KNEX_TYPES: Record<string, (args: SyntaxNode[]) => string> = {
  string: (a) => `varchar(${a[1]?.type === 'number' ? a[1].text : 255})`,
  text: () => 'text',
  integer: () => 'integer',
  bigInteger: () => 'bigint',
  bigint: () => 'bigint',
  tinyint: () => 'smallint',
  smallint: () => 'smallint',
  mediumint: () => 'integer',
  boolean: () => 'boolean',
  float: () => 'real',
  double: () => 'double precision',
  decimal: (a) => `numeric(${a[1]?.text ?? 8},${a[2]?.text ?? 2})`,
  date: () => 'date',
  datetime: () => 'timestamptz',
  dateTime: () => 'timestamptz',
  timestamptz: () => 'timestamptz',
  geometry: () => 'geometry',
  geography: () => 'geography',
  point: () => 'point',
  timestamp: () => 'timestamptz',
  time: () => 'time',
  json: () => 'json',
  jsonb: () => 'jsonb',
  uuid: () => 'uuid',
  binary: () => 'bytea',
  enu: () => 'text',
  enum: () => 'text',
  specificType: (a) => jsName(a[1])?.toLowerCase() ?? 'unknown',
};
const KNEX_INCREMENTS = new Set(['increments', 'bigIncrements']);
/** Query-builder methods that only read: a `knex(t)` chain of these alone is a SELECT. */
const KNEX_READS = new Set([
  'select', 'first', 'count', 'countDistinct', 'pluck', 'min', 'max', 'sum', 'avg', 'distinct', 'columns', 'column',
  'where', 'andWhere', 'orWhere', 'whereIn', 'whereNotIn', 'whereNull', 'whereNotNull', 'whereBetween', 'whereRaw', 'whereExists',
  'join', 'leftJoin', 'innerJoin', 'groupBy', 'having', 'orderBy', 'limit', 'offset', 'as',
]);
const KNEX_NEUTRAL_MODIFIERS = new Set([
  'unsigned', 'comment', 'collate', 'after', 'first', 'references', 'inTable', 'onDelete', 'onUpdate', 'withKeyName', 'deferrable', 'index', 'unique',
  'primary', 'notNullable', 'nullable', 'defaultTo', 'alter', 'checkPositive', 'checkIn', 'checkBetween', 'checkLength', 'checkRegex', 'useNative', 'enumName',
  'existingType', 'schemaName',
]);

class JsReader {
  constructor(
    private readonly dialect: Dialect,
    private readonly framework: CodeFramework,
    private readonly api: string,
  ) {}

  private unread(node: SyntaxNode, why: string, out: Statement[]): void {
    out.push(unreadStatement(node, why, this.dialect));
  }

  body(node: SyntaxNode, out: Statement[], table: { alias: string; name: string; creating: ColumnInfo[] | null } | null, depth: number): void {
    if (node.type !== 'statement_block') return this.expression(node, node, out, table, depth);
    for (const s of node.namedChildren) if (s && s.type !== 'comment') this.statement(s, out, table, depth);
  }

  private statement(node: SyntaxNode, out: Statement[], table: { alias: string; name: string; creating: ColumnInfo[] | null } | null, depth: number): void {
    if (depth > MAX_DEPTH) return this.unread(node, 'blocks nested too deep to read', out);
    switch (node.type) {
      case 'statement_block':
        return this.body(node, out, table, depth + 1);
      case 'if_statement': {
        for (const f of ['consequence', 'alternative']) {
          const c = f === 'alternative' ? node.childForFieldName(f)?.namedChildren.find((x) => x !== null && x.type !== 'comment') : node.childForFieldName(f);
          if (c) this.statement(c, out, table, depth + 1);
        }
        return;
      }
      case 'try_statement': {
        const b = node.childForFieldName('body');
        if (b) this.statement(b, out, table, depth + 1);
        return;
      }
      case 'lexical_declaration':
      case 'variable_declaration': {
        // `const rows = await queryRunner.query('…')`: a call on the migration API (or the table
        // builder) runs wherever its result goes; other values (helpers' results, constants) are data.
        for (const d of node.namedChildren) {
          const value = d?.type === 'variable_declarator' ? d.childForFieldName('value') : null;
          if (!value) continue;
          const { root, links } = jsChain(value);
          if (links.length > 0 && root.type === 'identifier' && (root.text === this.api || root.text === table?.alias)) this.expression(value, node, out, table, depth);
        }
        return;
      }
      case 'empty_statement':
      case 'throw_statement': // the migration stops; nothing runs
        return;
      case 'return_statement':
      case 'expression_statement': {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== 'comment');
        if (!expr) return;
        return this.expression(expr, node, out, table, depth);
      }
      default:
        return this.unread(node, `${firstLine(node)} is code the gate does not read`, out);
    }
  }

  private expression(expr: SyntaxNode, stmt: SyntaxNode, out: Statement[], table: { alias: string; name: string; creating: ColumnInfo[] | null } | null, depth: number): void {
    if (expr.type === 'assignment_expression' || expr.type === 'string') return;
    // `Promise.all([a, b])`: each element.
    if (expr.type === 'call_expression' && expr.childForFieldName('function')?.text === 'Promise.all') {
      const arr = expr.childForFieldName('arguments')?.namedChildren.find((c) => c?.type === 'array');
      if (arr) {
        for (const e of arr.namedChildren) if (e && e.type !== 'comment') this.expression(e, e, out, table, depth + 1);
        return;
      }
    }
    const { root, links } = jsChain(expr);
    if (links.length === 0) return this.unread(stmt, `${firstLine(expr)} is code the gate does not read`, out);
    if (table && root.type === 'identifier' && root.text === table.alias) return this.emit(this.knexTableCall(links, table), stmt, out, `${table.alias}.${links[0].name}`, table);
    if (root.type !== 'identifier' || root.text !== this.api) {
      if (root.type === 'identifier' && ['console', 'logger'].includes(root.text)) return;
      return this.unread(stmt, `${firstLine(expr).slice(0, 60)} runs application code that the gate does not read`, out);
    }
    if (this.framework === 'knex') return this.knexCall(links, stmt, out, depth);
    if (this.framework === 'sequelize') return this.sequelizeCall(links, stmt, out, depth);
    return this.typeormCall(links, stmt, out);
  }

  private emit(ops: Operation[] | string | null, stmt: SyntaxNode, out: Statement[], name: string, table?: { creating: ColumnInfo[] | null; name: string } | null): void {
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === 'string') return this.unread(stmt, `${name} ${ops}`, out);
    if (table?.creating) {
      const rest = ops.filter((op) => !(op.kind === 'add-column' && op.table === table.name && (table.creating!.push(op.column), true)));
      if (rest.length > 0) out.push(callStatement(stmt, rest, this.dialect));
      return;
    }
    out.push(callStatement(stmt, ops, this.dialect));
  }

  private sql(arg: SyntaxNode | undefined, stmt: SyntaxNode, out: Statement[], name: string): void {
    const literal = arg ? stringLiteral(arg) : null;
    if (!literal) return this.unread(stmt, `${name} runs SQL that is not a string literal (${arg ? 'a value computed at run time' : 'no argument'}), which the gate cannot read`, out);
    out.push(...sqlStatements(literal, this.dialect, name));
  }

  // ---------------------------------------------------------------- Knex

  private knexCall(links: Link[], stmt: SyntaxNode, out: Statement[], depth: number): void {
    const api = this.api;
    const [first] = links;
    if (first.name === 'raw' && links.length === 1) return this.sql(first.args?.[0], stmt, out, `${api}.raw`);
    if (first.name === '()') {
      const t = jsName(first.args?.[0]);
      const last = links[links.length - 1];
      if (t === null) return this.unread(stmt, `${api}(…) with a table name that is not a literal`, out);
      if (last.name === 'update') {
        const values = jsObject(last.args?.[0]);
        return this.emit(values ? [{ kind: 'update', table: t, columns: [...values.keys()] }] : 'with values that are not a literal object', stmt, out, `${api}('${t}').update`);
      }
      if (last.name === 'del' || last.name === 'delete') return this.emit([{ kind: 'delete', table: t }], stmt, out, `${api}('${t}').del`);
      if (last.name === 'truncate') return this.emit([{ kind: 'truncate', table: t }], stmt, out, `${api}('${t}').truncate`);
      if (last.name === 'insert') return this.emit([{ kind: 'other', what: 'insert' }], stmt, out, `${api}('${t}').insert`);
      // `const [{ count }] = await knex('visits').count('* as count')`: a query that only reads.
      if (links.slice(1).every((l) => KNEX_READS.has(l.name))) return;
      return this.unread(stmt, `${api}('${t}').${last.name} is not an operation the gate reads`, out);
    }
    // `knex.transaction(async (trx) => { … })`: the callback's statements, with `trx` as the API.
    if (first.name === 'transaction' && links.length === 1) {
      const fn = fnParts(first.args?.find((x) => fnParts(x) !== null));
      if (fn && fn.param !== null) return new JsReader(this.dialect, this.framework, fn.param).body(fn.body, out, null, depth + 1);
      return this.unread(stmt, `${api}.transaction without a callback with a named parameter, which the gate cannot follow`, out);
    }
    if (first.name !== 'schema') return this.unread(stmt, `${api}.${first.name} is not an operation the gate reads`, out);
    // `knex.schema.withSchema('s').alterTable(…).dropTable(…)`: each call of the chain, in order.
    for (const link of links.slice(1)) {
      const a = link.args ?? [];
      const name = `${api}.schema.${link.name}`;
      const t = jsName(a[0]);
      switch (link.name) {
        case 'withSchema':
          continue;
        case 'raw':
          this.sql(a[0], link.node, out, name);
          continue;
        case 'createTable':
        case 'createTableIfNotExists':
        case 'table':
        case 'alterTable': {
          const fn = fnParts(a[1]);
          if (t === null || !fn || fn.param === null) {
            this.unread(stmt, `${name} with a table name or callback that is not a literal`, out);
            continue;
          }
          if (link.name === 'table' || link.name === 'alterTable') {
            this.body(fn.body, out, { alias: fn.param, name: t, creating: null }, depth + 1);
            continue;
          }
          const columns: ColumnInfo[] = [];
          const inside: Statement[] = [];
          this.body(fn.body, inside, { alias: fn.param, name: t, creating: columns }, depth + 1);
          out.push(callStatement(stmt, [{ kind: 'create-table', table: t, columns, ...(link.name === 'createTableIfNotExists' ? { ifNotExists: true } : {}) }], this.dialect));
          out.push(...inside);
          continue;
        }
        case 'dropTable':
        case 'dropTableIfExists':
          this.emit(t === null ? 'with a table name that is not a literal' : [{ kind: 'drop-table', table: t }], stmt, out, name);
          continue;
        case 'renameTable': {
          const to = jsName(a[1]);
          this.emit(t === null || to === null ? 'with a table name that is not a literal' : [{ kind: 'rename-table', table: t, newName: to }], stmt, out, name);
          continue;
        }
        case 'hasTable':
        case 'hasColumn':
          continue;
        default:
          this.unread(stmt, `${name} is not an operation the gate reads`, out);
      }
    }
  }

  /** `t.<method>` inside `knex.schema.alterTable('t', (t) => { … })`. */
  private knexTableCall(links: Link[], table: { name: string }): Operation[] | string | null {
    const [first, ...mods] = links;
    const a = first.args ?? [];
    const t = table.name;
    const notLiteral = 'with a column name that is not a literal';
    const unknown = mods.find((m) => !KNEX_NEUTRAL_MODIFIERS.has(m.name));
    if (unknown) return `(…).${unknown.name} is not a modifier the gate reads`;
    const has = (m: string): Link | undefined => mods.find((l) => l.name === m);
    const typeOf = KNEX_TYPES[first.name];
    if (typeOf || KNEX_INCREMENTS.has(first.name)) {
      const c = jsName(a[0]) ?? (KNEX_INCREMENTS.has(first.name) && a.length === 0 ? 'id' : null);
      if (c === null) return notLiteral;
      const inc = KNEX_INCREMENTS.has(first.name);
      const column: ColumnInfo = { name: c, type: inc ? (first.name === 'bigIncrements' ? 'bigint' : 'integer') : typeOf(a), notNull: inc || has('notNullable') !== undefined || has('primary') !== undefined, hasDefault: inc || has('defaultTo') !== undefined };
      if (inc || has('primary')) column.primaryKey = true;
      const ops: Operation[] = [];
      if (has('alter')) ops.push({ kind: 'redefine-column', table: t, column: c, def: column });
      else ops.push({ kind: 'add-column', table: t, column: { ...column, ...(has('unique') ? { unique: true } : {}) } });
      if (has('alter') && has('unique')) ops.push({ kind: 'create-index', table: t, name: `${t}_${c}_unique`, unique: true, concurrently: false, columns: [c] });
      return ops;
    }
    switch (first.name) {
      case 'dropColumn':
      case 'dropColumns': {
        const cols = a.map((n) => jsNames(n));
        if (cols.length === 0 || cols.some((c) => c === null)) return notLiteral;
        return (cols as string[][]).flat().map((c) => ({ kind: 'drop-column', table: t, column: c }));
      }
      case 'renameColumn': {
        const from = jsName(a[0]);
        const to = jsName(a[1]);
        return from === null || to === null ? notLiteral : [{ kind: 'rename-column', table: t, column: from, newName: to }];
      }
      case 'setNullable':
      case 'dropNullable': {
        const c = jsName(a[0]);
        return c === null ? notLiteral : [{ kind: first.name === 'dropNullable' ? 'set-not-null' : 'drop-not-null', table: t, column: c }];
      }
      case 'unique':
      case 'index': {
        const cols = jsNames(a[0]);
        if (cols === null) return notLiteral;
        const named = jsName(a[1]) ?? jsName(jsObject(a[1])?.get('indexName'));
        return [{ kind: 'create-index', table: t, name: named ?? `${t}_${cols.join('_')}_${first.name}`.toLowerCase(), unique: first.name === 'unique', concurrently: false, columns: cols }];
      }
      case 'dropUnique':
      case 'dropIndex': {
        const cols = jsNames(a[0]);
        const named = jsName(a[1]);
        if (named === null && cols === null) return notLiteral;
        return [{ kind: 'drop-index', name: named ?? `${t}_${cols!.join('_')}_${first.name === 'dropUnique' ? 'unique' : 'index'}`.toLowerCase(), table: t }];
      }
      case 'dropForeign': {
        const cols = jsNames(a[0]);
        const named = jsName(a[1]);
        if (named === null && cols === null) return notLiteral;
        return [{ kind: 'drop-constraint', table: t, name: named ?? `${t}_${cols!.join('_')}_foreign`.toLowerCase(), constraint: 'foreign-key' }];
      }
      case 'dropPrimary':
        return [{ kind: 'drop-constraint', table: t, name: jsName(a[0]) ?? `${t}_pkey`, constraint: 'primary-key' }];
      case 'primary': {
        const cols = jsNames(a[0]);
        return cols === null ? notLiteral : [{ kind: 'add-constraint', table: t, constraint: 'primary-key', name: jsName(a[1]), columns: cols, notValid: false }];
      }
      case 'foreign': {
        const cols = jsNames(a[0]);
        const inTable = has('inTable') ?? mods.find((m) => m.name === 'references');
        return cols === null ? notLiteral : [{ kind: 'add-constraint', table: t, constraint: 'foreign-key', name: jsName(a[1]), columns: cols, notValid: false, ...(inTable && jsName(inTable.args?.[0]) ? { references: jsName(inTable.args?.[0])!.split('.')[0] } : {}) }];
      }
      case 'timestamps': {
        // `t.timestamps(true, true)`: NOT NULL with a default of now; plain `t.timestamps()`: nullable.
        const withDefault = jsBool(a[1]) === true;
        return ['created_at', 'updated_at'].map((c) => ({ kind: 'add-column', table: t, column: { name: c, type: 'timestamptz', notNull: withDefault, hasDefault: withDefault } }));
      }
      case 'dropTimestamps':
        return ['created_at', 'updated_at'].map((c) => ({ kind: 'drop-column', table: t, column: c }));
      case 'comment':
      case 'engine':
      case 'charset':
      case 'collate':
        return [{ kind: 'other', what: first.name }];
      default:
        return null;
    }
  }

  // ---------------------------------------------------------------- Sequelize

  private sequelizeCall(links: Link[], stmt: SyntaxNode, out: Statement[], depth: number): void {
    const api = this.api;
    const [first] = links;
    if (first.name === 'sequelize' && links.length === 2 && links[1].name === 'query') return this.sql(links[1].args?.[0], stmt, out, `${api}.sequelize.query`);
    if (first.name === 'sequelize' && links.length === 2 && links[1].name === 'transaction') {
      const fn = fnParts(links[1].args?.find((x) => fnParts(x) !== null));
      if (fn) return this.body(fn.body, out, null, depth + 1);
    }
    if (links.length !== 1) return this.unread(stmt, `${api}.${links.map((l) => l.name).join('.')} is not an operation the gate reads`, out);
    const a = first.args ?? [];
    const name = `${api}.${first.name}`;
    const t = jsName(a[0]);
    const notLiteral = 'with a table or column name that is not a literal';
    const column = (c: string, def: SyntaxNode | undefined): ColumnInfo => {
      const o = jsObject(def);
      const type = o ? jsType(o.get('type')) : jsType(def);
      const info: ColumnInfo = { name: c, type, notNull: o ? jsBool(o.get('allowNull')) === false || jsBool(o.get('primaryKey')) === true : false, hasDefault: o ? o.has('defaultValue') || jsBool(o.get('autoIncrement')) === true : false };
      if (o && jsBool(o.get('primaryKey')) === true) info.primaryKey = true;
      if (o && jsBool(o.get('unique')) === true) info.unique = true;
      return info;
    };
    switch (first.name) {
      case 'removeColumn': {
        const c = jsName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: 'drop-column', table: t, column: c }], stmt, out, name);
      }
      case 'renameColumn': {
        const c = jsName(a[1]);
        const to = jsName(a[2]);
        return this.emit(t === null || c === null || to === null ? notLiteral : [{ kind: 'rename-column', table: t, column: c, newName: to }], stmt, out, name);
      }
      case 'addColumn': {
        const c = jsName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: 'add-column', table: t, column: column(c, a[2]) }], stmt, out, name);
      }
      case 'changeColumn': {
        const c = jsName(a[1]);
        if (t === null || c === null) return this.emit(notLiteral, stmt, out, name);
        const def = column(c, a[2]);
        const ops: Operation[] = [{ kind: 'redefine-column', table: t, column: c, def: { ...def, unique: undefined } }];
        if (def.unique) ops.push({ kind: 'create-index', table: t, name: `${t}_${c}_key`, unique: true, concurrently: false, columns: [c] });
        return this.emit(ops, stmt, out, name);
      }
      case 'createTable': {
        const o = jsObject(a[1]);
        if (t === null || !o) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: 'create-table', table: t, columns: [...o].map(([c, def]) => column(c, def)) }], stmt, out, name);
      }
      case 'dropTable':
        return this.emit(t === null ? notLiteral : [{ kind: 'drop-table', table: t }], stmt, out, name);
      case 'renameTable': {
        const to = jsName(a[1]);
        return this.emit(t === null || to === null ? notLiteral : [{ kind: 'rename-table', table: t, newName: to }], stmt, out, name);
      }
      case 'addIndex': {
        const o = jsObject(a[2]) ?? jsObject(a[1]);
        const cols = jsNames(a[1]?.type === 'array' ? a[1] : o?.get('fields'));
        if (t === null || cols === null) return this.emit(notLiteral, stmt, out, name);
        const unique = jsBool(o?.get('unique')) === true;
        return this.emit([{ kind: 'create-index', table: t, name: jsName(o?.get('name')) ?? sequelizeIndexName(t, cols), unique, concurrently: o?.get('concurrently')?.type === 'true', columns: cols }], stmt, out, name);
      }
      case 'removeIndex': {
        const cols = jsNames(a[1]);
        if (t === null || cols === null) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: 'drop-index', name: a[1]?.type === 'array' ? sequelizeIndexName(t, cols) : cols[0], table: t }], stmt, out, name);
      }
      case 'addConstraint': {
        const o = jsObject(a[1]);
        const type = jsName(o?.get('type'))?.toLowerCase();
        const cols = jsNames(o?.get('fields'));
        if (t === null || !o || cols === null || !type) return this.emit(notLiteral, stmt, out, name);
        const constraint = type === 'unique' ? 'unique' : type === 'foreign key' ? 'foreign-key' : type === 'primary key' ? 'primary-key' : type === 'check' ? 'check' : null;
        if (constraint === null) return this.emit(`of type ${type}`, stmt, out, name);
        return this.emit([{ kind: 'add-constraint', table: t, constraint, name: jsName(o.get('name')), columns: cols, notValid: false }], stmt, out, name);
      }
      case 'removeConstraint': {
        const c = jsName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: 'drop-constraint', table: t, name: c }], stmt, out, name);
      }
      case 'bulkInsert':
        return this.emit([{ kind: 'other', what: 'insert' }], stmt, out, name);
      case 'bulkUpdate': {
        const o = jsObject(a[1]);
        return this.emit(t === null || !o ? notLiteral : [{ kind: 'update', table: t, columns: [...o.keys()] }], stmt, out, name);
      }
      case 'bulkDelete':
        return this.emit(t === null ? notLiteral : [{ kind: 'delete', table: t }], stmt, out, name);
      case 'describeTable':
      case 'showAllTables':
        return;
      default:
        return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    }
  }

  // ---------------------------------------------------------------- TypeORM

  private typeormCall(links: Link[], stmt: SyntaxNode, out: Statement[]): void {
    const api = this.api;
    // `queryRunner.manager.query('…')`: the EntityManager's raw SQL, the same as `queryRunner.query`.
    if (links.length === 2 && links[0].name === 'manager' && links[1].name === 'query') return this.sql(links[1].args?.[0], stmt, out, `${api}.manager.query`);
    if (links.length !== 1) return this.unread(stmt, `${api}.${links.map((l) => l.name).join('.')} is not an operation the gate reads`, out);
    const [first] = links;
    const a = first.args ?? [];
    const name = `${api}.${first.name}`;
    const tableName = (n: SyntaxNode | undefined): string | null => jsName(n) ?? jsName(newObject(n, 'Table')?.get('name'));
    const columnName = (n: SyntaxNode | undefined): string | null => jsName(n) ?? jsName(newObject(n, 'TableColumn')?.get('name'));
    const column = (n: SyntaxNode | undefined): ColumnInfo | null => {
      const o = newObject(n, 'TableColumn');
      const c = jsName(o?.get('name'));
      if (!o || c === null) return null;
      const info: ColumnInfo = { name: c, type: jsName(o.get('type'))?.toLowerCase() ?? null, notNull: jsBool(o.get('isNullable')) !== true, hasDefault: o.has('default') || o.has('generationStrategy') };
      if (jsBool(o.get('isPrimary')) === true) info.primaryKey = true;
      return info;
    };
    const t = tableName(a[0]);
    const notLiteral = 'with a table or column that is not a literal';
    switch (first.name) {
      case 'query':
        return this.sql(a[0], stmt, out, name);
      case 'dropColumn': {
        const c = columnName(a[1]);
        return this.emit(t === null || c === null ? notLiteral : [{ kind: 'drop-column', table: t, column: c }], stmt, out, name);
      }
      case 'dropColumns': {
        const cols = a[1]?.type === 'array' ? a[1].namedChildren.filter((x): x is SyntaxNode => x !== null && x.type !== 'comment').map((x) => columnName(x)) : [null];
        return this.emit(t === null || cols.some((c) => c === null) ? notLiteral : (cols as string[]).map((c) => ({ kind: 'drop-column', table: t, column: c })), stmt, out, name);
      }
      case 'renameColumn': {
        const c = columnName(a[1]);
        const to = columnName(a[2]);
        return this.emit(t === null || c === null || to === null ? notLiteral : [{ kind: 'rename-column', table: t, column: c, newName: to }], stmt, out, name);
      }
      case 'addColumn': {
        const col = column(a[1]);
        return this.emit(t === null || col === null ? notLiteral : [{ kind: 'add-column', table: t, column: col }], stmt, out, name);
      }
      case 'changeColumn': {
        const c = columnName(a[1]);
        const col = column(a[2]);
        if (t === null || c === null || col === null) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: 'redefine-column', table: t, column: c, def: col }], stmt, out, name);
      }
      case 'createTable': {
        const o = newObject(a[0], 'Table');
        const cols = o?.get('columns');
        const columns = cols?.type === 'array' ? cols.namedChildren.filter((x): x is SyntaxNode => x !== null && x.type !== 'comment').map((x) => column(x)) : null;
        if (t === null || columns === null || columns.some((c) => c === null)) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: 'create-table', table: t, columns: columns as ColumnInfo[] }], stmt, out, name);
      }
      case 'dropTable':
        return this.emit(t === null ? notLiteral : [{ kind: 'drop-table', table: t }], stmt, out, name);
      case 'renameTable': {
        const to = jsName(a[1]);
        return this.emit(t === null || to === null ? notLiteral : [{ kind: 'rename-table', table: t, newName: to }], stmt, out, name);
      }
      case 'createIndex': {
        const o = newObject(a[1], 'TableIndex');
        const cols = jsNames(o?.get('columnNames'));
        if (t === null || !o || cols === null) return this.emit(notLiteral, stmt, out, name);
        return this.emit([{ kind: 'create-index', table: t, name: jsName(o.get('name')), unique: jsBool(o.get('isUnique')) === true, concurrently: jsBool(o.get('isConcurrent')) === true, columns: cols, ...(o.has('where') ? { partial: true } : {}) }], stmt, out, name);
      }
      case 'dropIndex': {
        const n = jsName(a[1]) ?? jsName(newObject(a[1], 'TableIndex')?.get('name'));
        return this.emit(t === null || n === null ? notLiteral : [{ kind: 'drop-index', name: n, table: t }], stmt, out, name);
      }
      case 'createUniqueConstraint': {
        const o = newObject(a[1], 'TableUnique');
        const cols = jsNames(o?.get('columnNames'));
        return this.emit(t === null || cols === null ? notLiteral : [{ kind: 'add-constraint', table: t, constraint: 'unique', name: jsName(o?.get('name')), columns: cols, notValid: false }], stmt, out, name);
      }
      case 'dropForeignKey':
      case 'dropUniqueConstraint':
      case 'dropCheckConstraint': {
        const n = jsName(a[1]) ?? jsName(jsObject(a[1])?.get('name'));
        const constraint = first.name === 'dropForeignKey' ? 'foreign-key' : first.name === 'dropUniqueConstraint' ? 'unique' : 'check';
        return this.emit(t === null || n === null ? notLiteral : [{ kind: 'drop-constraint', table: t, name: n, constraint }], stmt, out, name);
      }
      case 'createForeignKey': {
        const o = newObject(a[1], 'TableForeignKey');
        const cols = jsNames(o?.get('columnNames'));
        return this.emit(t === null || cols === null ? notLiteral : [{ kind: 'add-constraint', table: t, constraint: 'foreign-key', name: jsName(o?.get('name')), columns: cols, notValid: false, ...(jsName(o?.get('referencedTableName')) ? { references: jsName(o?.get('referencedTableName'))! } : {}) }], stmt, out, name);
      }
      case 'hasTable':
      case 'hasColumn':
      case 'getTable':
      case 'startTransaction':
      case 'commitTransaction':
        return;
      default:
        return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    }
  }
}

/** Sequelize's default index name: `share_subscriptions` + `shareId` → `share_subscriptions_share_id`. */
function sequelizeIndexName(table: string, columns: string[]): string {
  return `${table}_${columns.join('_')}`.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
}

function firstLine(node: SyntaxNode): string {
  return node.text.split('\n')[0].slice(0, 60);
}
