/**
 * Doctrine migrations (`migrations/Version<14 digits>.php`, a class extending `AbstractMigration`):
 * `preUp`, `up` and `postUp` run forward, `down` is the down section. `$this->addSql('SQL')` (what
 * `doctrine:migrations:diff` writes) and `$this->connection->executeStatement('SQL')` go through
 * the SQL path; the Schema API is read where it names its tables (`$schema->dropTable('t')`,
 * `$schema->renameTable`, `$schema->getTable('t')->dropColumn('c')`, a `$table` variable holding
 * `$schema->getTable('t')` or `createTable('t')`). Anything else is unread, named at its line.
 */
import type { Dialect } from '../../config/types.js';
import type { ColumnInfo, Operation, Statement } from '../model.js';
import type { ParsedFile } from '../parse-files.js';
import { phpArg, phpBool, phpChain, phpMethods, phpName, phpNames, phpSql, phpStatements, type ChainLink } from './php.js';
import type { CodeAdapter, CodeInput } from './registry.js';
import { callStatement, unreadStatement } from './statements.js';
import type { SyntaxNode } from './tree-sitter.js';

const PATH = /(?:^|\/)[^/]*[Mm]igrations\/(?:[^/]+\/)*Version(\d{14})\w*\.php$/;

export const doctrineAdapter: CodeAdapter = {
  framework: 'doctrine',
  extensions: ['.php'],
  language: () => 'php',
  conventionalPath: (path) => PATH.test(path),
  detect(path, text, configured) {
    const version = (PATH.exec(path) ?? /(?:^|\/)Version(\d{14})\w*\.php$/.exec(path))?.[1] ?? null;
    if (text === null) return PATH.test(path) || configured ? { version, reason: 'a Doctrine migration by its path' } : null;
    // Projects put their own base class between (wallabag's `WallabagMigration`): a `Version…` class
    // beside Doctrine's imports is one too.
    const direct = /\bextends\s+\\?(?:[\w\\]+\\)?AbstractMigration\b/.test(text);
    if (!direct && !(/\bDoctrine\\(?:Migrations|DBAL\\Schema)\\/.test(text) && /\bclass\s+Version\d+\w*\s+extends\s/.test(text))) return null;
    return { version, reason: direct ? 'a Doctrine migration (extends AbstractMigration)' : 'a Doctrine migration (a Version class with Doctrine imports)' };
  },
  parse: parseDoctrine,
};

const MAX_DEPTH = 12;
/** `$this->…` calls that change nothing (`abortIf`, `skipIf`, `write`…). */
const HARMLESS_THIS = new Set(['abortIf', 'skipIf', 'warnIf', 'write', 'throwIrreversibleMigrationException', 'getDescription', 'isTransactional']);
/** `$this->connection->…` calls that run their first argument as SQL. */
const CONNECTION_SQL = new Set(['executeStatement', 'executeQuery', 'executeUpdate', 'exec', 'query']);
const CONNECTION_READS = new Set(['fetchAllAssociative', 'fetchAssociative', 'fetchOne', 'fetchFirstColumn', 'fetchAllNumeric', 'getDatabasePlatform', 'createSchemaManager', 'getSchemaManager', 'quote', 'quoteIdentifier']);

function parseDoctrine(input: CodeInput): ParsedFile {
  const { root, dialect } = input;
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  // Detection checked the file; its migration class may extend the project's own base class.
  for (const { methods } of phpMethods(root, /\bextends\b/)) {
    for (const name of ['preup', 'up', 'postup']) {
      const body = methods.get(name)?.childForFieldName('body');
      if (body) new DoctrineReader(dialect).body(phpStatements(body), forward, 0);
    }
    const down = methods.get('down');
    const downBody = down?.childForFieldName('body');
    if (down && downBody && phpStatements(downBody).length > 0) downSections.push({ line: down.startPosition.row + 1, endLine: down.endPosition.row + 1 });
  }
  return { downSections, forward };
}

class DoctrineReader {
  /** `$table = $schema->getTable('t')` → `$table` names `t`. */
  private readonly tables = new Map<string, string>();

  constructor(private readonly dialect: Dialect) {}

  body(statements: SyntaxNode[], out: Statement[], depth: number): void {
    for (const s of statements) this.statement(s, out, depth);
  }

  private unread(node: SyntaxNode, why: string, out: Statement[]): void {
    out.push(unreadStatement(node, why, this.dialect));
  }

  private statement(node: SyntaxNode, out: Statement[], depth: number): void {
    if (depth > MAX_DEPTH) return this.unread(node, 'blocks nested too deep to read', out);
    switch (node.type) {
      case 'comment':
      case 'empty_statement':
      case 'return_statement':
      case 'echo_statement':
      case 'throw_expression':
        return;
      case 'compound_statement':
        return this.body(phpStatements(node), out, depth + 1);
      case 'if_statement':
      case 'else_clause':
      case 'else_if_clause': {
        const condition = node.childForFieldName('condition');
        for (const c of node.namedChildren) {
          if (!c || c.type === 'comment' || (condition && c.startIndex === condition.startIndex && c.type === condition.type)) continue;
          this.statement(c, out, depth + 1);
        }
        return;
      }
      case 'expression_statement': {
        const expr = node.namedChildren.find((c) => c !== null && c.type !== 'comment');
        if (!expr || expr.type === 'throw_expression') return;
        if (expr.type === 'assignment_expression') return this.assignment(expr, node, out);
        return this.expression(expr, node, out);
      }
      default:
        return this.unread(node, `${node.text.split('\n')[0].slice(0, 60)} is code the gate does not read`, out);
    }
  }

  /** `$table = $schema->getTable('users');` / `createTable('t')` (the latter creates it). */
  private assignment(expr: SyntaxNode, stmt: SyntaxNode, out: Statement[]): void {
    const left = expr.childForFieldName('left');
    const right = expr.childForFieldName('right');
    if (left?.type !== 'variable_name' || !right) return;
    this.tables.delete(left.text);
    const chain = right.type === 'member_call_expression' ? phpChain(right) : null;
    if (!chain || chain.root.text !== '$schema' || chain.links.length !== 1) return;
    const [link] = chain.links;
    if (link.method !== 'getTable' && link.method !== 'createTable') return;
    const t = phpName(phpArg(link.args, 0, 'name'));
    if (t === null) return this.unread(stmt, `$schema->${link.method} with a table name that is not a literal`, out);
    this.tables.set(left.text, t);
    if (link.method === 'createTable') out.push(callStatement(stmt, [{ kind: 'create-table', table: t, columns: [] }], this.dialect));
  }

  private expression(expr: SyntaxNode, stmt: SyntaxNode, out: Statement[]): void {
    const chain = expr.type === 'member_call_expression' || expr.type === 'scoped_call_expression' ? phpChain(expr) : null;
    if (!chain || chain.links.length === 0) return this.unread(stmt, `${expr.text.split('\n')[0].slice(0, 60)} is code the gate does not read`, out);
    const { root, links } = chain;
    const first = links[0];
    if (root.text === '$this') {
      if (first.method === 'addSql' && links.length === 1) {
        out.push(...phpSql(phpArg(first.args, 0, 'sql'), stmt, this.dialect, '$this->addSql'));
        return;
      }
      if (HARMLESS_THIS.has(first.method) && links.length === 1) return;
      return this.unread(stmt, `$this->${first.method} is not an operation the gate reads`, out);
    }
    // `$this->connection->executeStatement('SQL')`: the chain's root is the property read.
    if (/^\$this->connection$/.test(root.text)) {
      if (CONNECTION_SQL.has(first.method) && links.length === 1) {
        out.push(...phpSql(phpArg(first.args, 0, 'sql'), stmt, this.dialect, `$this->connection->${first.method}`));
        return;
      }
      if (CONNECTION_READS.has(first.method)) return;
      return this.unread(stmt, `$this->connection->${first.method} is not an operation the gate reads`, out);
    }
    if (root.text === '$schema') {
      if (first.method === 'getTable' && links.length === 2) {
        const t = phpName(phpArg(first.args, 0, 'name'));
        if (t === null) return this.unread(stmt, '$schema->getTable with a table name that is not a literal', out);
        return this.emit(this.tableCall(links[1], t), stmt, out, `$schema->getTable('${t}')->${links[1].method}`);
      }
      if (links.length !== 1) return this.unread(stmt, `$schema->${links.map((l) => l.method).join('->')} is not an operation the gate reads`, out);
      const t = phpName(phpArg(first.args, 0, 'name'));
      switch (first.method) {
        case 'dropTable':
          return this.emit(t === null ? 'with a table name that is not a literal' : [{ kind: 'drop-table', table: t }], stmt, out, '$schema->dropTable');
        case 'renameTable': {
          const to = phpName(phpArg(first.args, 1, 'newName'));
          return this.emit(t === null || to === null ? 'with a table name that is not a literal' : [{ kind: 'rename-table', table: t, newName: to }], stmt, out, '$schema->renameTable');
        }
        case 'createTable':
          return this.emit(t === null ? 'with a table name that is not a literal' : [{ kind: 'create-table', table: t, columns: [] }], stmt, out, '$schema->createTable');
        case 'hasTable':
        case 'getTable':
          return;
        default:
          return this.unread(stmt, `$schema->${first.method} is not an operation the gate reads`, out);
      }
    }
    const held = this.tables.get(root.text);
    if (held !== undefined && links.length >= 1) {
      // `$table->addColumn('c', 'string')->setNotnull(false)`: the column call with its setters.
      return this.emit(this.tableCall(first, held, links.slice(1)), stmt, out, `${root.text}->${first.method}`);
    }
    return this.unread(stmt, `${root.text.split('\n')[0].slice(0, 40)}->${first.method} runs application code that the gate does not read`, out);
  }

  private emit(ops: Operation[] | string | null, stmt: SyntaxNode, out: Statement[], name: string): void {
    if (ops === null) return this.unread(stmt, `${name} is not an operation the gate reads`, out);
    if (typeof ops === 'string') return this.unread(stmt, `${name} ${ops}`, out);
    out.push(callStatement(stmt, ops, this.dialect));
  }

  /** A `Table` method on table `t` (Doctrine DBAL's Schema API). */
  private tableCall(link: ChainLink, t: string, setters: ChainLink[] = []): Operation[] | string | null {
    const a = link.args;
    const notLiteral = 'with a name that is not a literal';
    switch (link.method) {
      case 'dropColumn': {
        const c = phpName(phpArg(a, 0, 'name'));
        return c === null ? notLiteral : [{ kind: 'drop-column', table: t, column: c }];
      }
      case 'renameColumn': {
        const c = phpName(phpArg(a, 0, 'oldName'));
        const to = phpName(phpArg(a, 1, 'newName'));
        return c === null || to === null ? notLiteral : [{ kind: 'rename-column', table: t, column: c, newName: to }];
      }
      case 'addColumn': {
        const c = phpName(phpArg(a, 0, 'name'));
        const type = phpName(phpArg(a, 1, 'typeName'));
        if (c === null) return notLiteral;
        const options = new Map<string, SyntaxNode>();
        const opt = phpArg(a, 2, 'options');
        for (const e of opt?.type === 'array_creation_expression' ? opt.namedChildren : []) {
          const k = e?.type === 'array_element_initializer' && e.namedChildren.length === 2 ? phpName(e.namedChildren[0]) : null;
          if (k !== null && e?.namedChildren[1]) options.set(k, e.namedChildren[1]);
        }
        for (const s of setters) {
          const m = /^set(\w+)$/.exec(s.method);
          const v = s.args.positional[0];
          if (m && v) options.set(m[1][0].toLowerCase() + m[1].slice(1), v);
        }
        // DBAL columns are NOT NULL unless `notnull => false`.
        const column: ColumnInfo = { name: c, type: type?.toLowerCase() ?? null, notNull: phpBool(options.get('notnull')) !== false, hasDefault: options.has('default') || phpBool(options.get('autoincrement')) === true };
        return [{ kind: 'add-column', table: t, column }];
      }
      case 'addUniqueIndex':
      case 'addIndex': {
        const cols = phpNames(phpArg(a, 0, 'columnNames'));
        if (cols === null) return notLiteral;
        return [{ kind: 'create-index', table: t, name: phpName(phpArg(a, 1, 'indexName')), unique: link.method === 'addUniqueIndex', concurrently: false, columns: cols }];
      }
      case 'dropIndex': {
        const n = phpName(phpArg(a, 0, 'name'));
        return n === null ? notLiteral : [{ kind: 'drop-index', name: n, table: t }];
      }
      case 'dropPrimaryKey':
        return [{ kind: 'drop-constraint', table: t, name: `${t}_pkey`, constraint: 'primary-key' }];
      case 'setPrimaryKey': {
        const cols = phpNames(phpArg(a, 0, 'columnNames'));
        return cols === null ? notLiteral : [{ kind: 'add-constraint', table: t, constraint: 'primary-key', name: null, columns: cols, notValid: false }];
      }
      case 'removeForeignKey': {
        const n = phpName(phpArg(a, 0, 'name'));
        return n === null ? notLiteral : [{ kind: 'drop-constraint', table: t, name: n, constraint: 'foreign-key' }];
      }
      case 'addForeignKeyConstraint': {
        const to = phpName(phpArg(a, 0, 'foreignTable'));
        const cols = phpNames(phpArg(a, 1, 'localColumnNames'));
        return to === null || cols === null ? notLiteral : [{ kind: 'add-constraint', table: t, constraint: 'foreign-key', name: phpName(phpArg(a, 4, 'name')), columns: cols, notValid: false, references: to }];
      }
      case 'hasColumn':
      case 'hasIndex':
      case 'getColumn':
        return [];
      default:
        return null;
    }
  }
}
