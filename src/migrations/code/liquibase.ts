/**
 * Liquibase XML, YAML and JSON changelogs (issue 16): which files are changelogs, their changesets
 * (the identity Liquibase records: author, id and the changelog's path, as for formatted SQL), and
 * what each change does, as the same `Statement`s and `Operation`s the SQL parsers produce, so every
 * migration rule, the schema history and the reports work unchanged.
 *
 * - A change type this module maps becomes one statement at the change's line, with one operation
 *   per thing it does (a `dropColumn` of three `column`s is three, each at its column's line).
 * - `sql` goes through the SQL path (`parseFile`) with its lines moved to where the text is in the
 *   changelog; `sqlFile` reads the named file when it is inside the repository, else it is unread.
 * - `rollback` blocks are the changeset's down section: they never run forward.
 * - Any other change type (`customChange`, `executeCommand`, `loadData`, an extension's) is an
 *   unparsed statement at its line, naming it: never a silent pass.
 * - `preConditions onFail="MARK_RAN"|"CONTINUE"` (or `onError`) and `failOnError="false"`: the
 *   changeset may not run, so what it creates is not proved new (`conditional`).
 * - `dbms` on a changeset or a `sql`/`sqlFile`: it runs only on those databases; one that excludes
 *   the history's dialect does not run on its databases and is not read.
 */
import type { Dialect } from '../../config/types.js';
import { LineIndex } from '../../text/lines.js';
import { liquibaseChangesets, type Changeset, type MigrationFile } from '../detect.js';
import { conditional, normalizeName, type ColumnInfo, type Operation, type Statement } from '../model.js';
import { parseFile, type ParsedFile } from '../parse-files.js';
import { changelogFormat } from './liquibase-files.js';
import type { ChangelogNode, ChangelogTree } from './liquibase-tree.js';

/**
 * The tree reader (sax, yaml) is loaded with the SQL parsers (`prepareMigrations`), never at start-up:
 * a PR that touches no migration loads neither.
 */
let reader: typeof import('./liquibase-tree.js').readChangelog | undefined;
export async function loadChangelogReader(): Promise<void> {
  reader ??= (await import('./liquibase-tree.js')).readChangelog;
}

export function treeOf(path: string, text: string): ChangelogTree {
  const format = changelogFormat(path) ?? 'xml';
  // Not loaded (a caller that skipped prepareMigrations): the changelog is reported unread, never passed.
  return reader ? reader(text, format) : { format, root: null, problem: { line: 1, message: 'the changelog reader was not loaded' } };
}

/** A Liquibase file read as a changelog tree (XML, YAML, JSON), not as formatted SQL. */
export function isChangelogMigration(file: Pick<MigrationFile, 'path' | 'framework'>): boolean {
  return file.framework === 'liquibase' && changelogFormat(file.path) !== null;
}

/**
 * The changesets of a Liquibase file, formatted SQL or changelog alike: the identity (author:id in
 * the file) and the text Liquibase checksums (`body` for changelogs, else the changeset's text).
 */
export function changesetsOf(file: Pick<MigrationFile, 'path' | 'framework'>, text: string): Changeset[] {
  return isChangelogMigration(file) ? changelogChangesets(file.path, text) : liquibaseChangesets(text);
}

/** The changesets of the changelog, in file order, each with its comparison key (`body`). */
export function changelogChangesets(path: string, text: string): Changeset[] {
  const root = treeOf(path, text).root;
  if (!root) return [];
  return root.children.filter((n) => n.name === 'changeSet').map((n) => ({
    id: changesetId(n),
    start: n.start,
    end: n.end,
    line: n.line,
    runOnChange: truthy(n.attrs.get('runOnChange')) || truthy(n.attrs.get('runAlways')),
    body: canonical(n, 0),
    ...(n.children.every((c) => NOT_CHANGES.has(c.name)) ? { empty: true } : {}),
  }));
}

/** `author:id`, as formatted SQL writes it after `--changeset`. */
function changesetId(n: ChangelogNode): string {
  return `${n.attrs.get('author') ?? ''}:${n.attrs.get('id') ?? ''}`;
}

/**
 * What Liquibase's checksum sees of a changeset, roughly: its changes, their attributes and texts
 * (blanks collapsed); not comments, attribute order or the file's layout. An edit of this is an edit.
 */
function canonical(n: ChangelogNode, depth: number): string {
  if (depth > 40) return '';
  // A changeset's own attributes (id, author, context, runOnChange…) are not in its checksum either.
  const attrs = [...n.attrs].filter(([k]) => k !== 'comment' && depth > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: string[] = [n.name, ...attrs.map(([k, v]) => `${k}=${v}`), n.text.replace(/\s+/g, ' ').trim()];
  // Of a changeset, its changes only: Liquibase's checksum leaves out preconditions, rollback and comments.
  for (const c of n.children) if (depth === 0 ? !NOT_CHANGES.has(c.name) : c.name !== 'comment') parts.push(`(${canonical(c, depth + 1)})`);
  return parts.join('\u0001');
}

/**
 * The order changelogs are replayed in when none names its version: their paths with the numbers
 * compared as numbers (`v4_9_0/01_x.yml` before `v4_12_0/00_x.yml`, `2.9.x.xml` before `2.10.x.xml`),
 * which is how projects name the files their master changelog includes in turn.
 */
export function changelogOrder(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Whether a changelog has a rollback block that undoes something (for the down-migrations convention). */
export function changelogHasRollback(path: string, text: string): boolean {
  const root = treeOf(path, text).root;
  return root !== null && root.children.some((c) => c.name === 'changeSet' && c.children.some(undoes));
}

function undoes(n: ChangelogNode): boolean {
  if (n.name !== 'rollback') return false;
  if (n.children.some((c) => c.name !== 'comment')) return true;
  if (n.attrs.has('changeSetId')) return true;
  // An empty rollback (or "not required", as formatted SQL writes it) undoes nothing.
  return !/^\s*(?:not\s+required\s*|empty\s*)?$/i.test(n.text);
}

export interface ChangelogParse {
  /** Offsets of the changesets to read ([from, to)); all when absent. */
  only?: [number, number][];
  /** Reads a repository file (`sqlFile`); null when it is absent or unreadable. */
  read?: (path: string) => string | null;
}

/** Liquibase's database names → the dialects they run on. */
const DBMS: Record<string, Dialect[]> = {
  postgresql: ['postgres', 'cockroach'],
  postgres: ['postgres'],
  cockroachdb: ['cockroach'],
  mysql: ['mysql', 'mariadb'],
  mariadb: ['mariadb', 'mysql'],
  sqlite: ['sqlite'],
  mssql: ['mssql'],
  h2: ['h2'],
  clickhouse: ['clickhouse'],
};

/** Whether a `dbms` list (`postgresql, mysql`, `!h2`, `all`, `none`) includes the dialect's databases. */
function runsOn(dbms: string | undefined, dialect: Dialect): boolean {
  if (dbms === undefined || dbms.trim() === '') return true;
  const names = dbms.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  if (names.includes('none')) return false;
  const positive = names.filter((s) => !s.startsWith('!'));
  const excluded = names.filter((s) => s.startsWith('!')).map((s) => s.slice(1));
  if (excluded.some((s) => DBMS[s]?.includes(dialect))) return false;
  if (positive.length === 0 || positive.includes('all')) return true;
  return positive.some((s) => DBMS[s]?.includes(dialect));
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v.trim().toLowerCase() === 'true';
}

/** A changelog's forward statements (its changesets' changes) and down sections (their rollback blocks). */
export function parseChangelog(path: string, text: string, dialect: Dialect, options: ChangelogParse = {}): ParsedFile {
  const tree = treeOf(path, text);
  const lines = new LineIndex(text);
  const reader = new ChangeReader(path, text, lines, dialect, options.read);
  const forward: Statement[] = [];
  const downSections: ParsedFile['downSections'] = [];
  if (!tree.root) {
    const line = tree.problem?.line ?? 1;
    forward.push(reader.unread({ line, start: 0, end: 0 }, `the changelog could not be read: ${tree.problem?.message ?? 'no databaseChangeLog root'}`, text.slice(0, 2000)));
    return { forward, downSections };
  }
  if (tree.problem) forward.push(reader.unread({ line: tree.problem.line, start: 0, end: 0 }, `part of the changelog could not be read: ${tree.problem.message}`, ''));
  const wanted = (n: ChangelogNode): boolean => !options.only || options.only.some(([from, to]) => n.start < to && n.end > from && n.start >= from);
  for (const n of tree.root.children) {
    if (n.name !== 'changeSet') continue;
    if (!wanted(n)) continue;
    for (const c of n.children) if (undoes(c)) downSections.push({ line: c.line, endLine: lines.line(Math.max(c.start, c.end - 1)) });
    if (!runsOn(n.attrs.get('dbms'), dialect)) continue;
    const pre = n.children.find((c) => c.name === 'preConditions');
    const onFail = `${pre?.attrs.get('onFail') ?? ''} ${pre?.attrs.get('onError') ?? ''}`.toUpperCase();
    const mayNotRun = /\b(?:MARK_RAN|CONTINUE)\b/.test(onFail) || n.attrs.get('failOnError')?.trim().toLowerCase() === 'false';
    for (const change of n.children) {
      if (NOT_CHANGES.has(change.name)) continue;
      for (const stmt of reader.read(change)) {
        forward.push(mayNotRun ? { ...stmt, ops: stmt.ops.map(conditional) } : stmt);
      }
    }
  }
  return { forward, downSections };
}

/** Children of a changeset that are not changes. */
const NOT_CHANGES = new Set(['comment', 'preConditions', 'validCheckSum', 'rollback']);
/** Changes that do nothing to the schema or its rows. */
const NO_OPS = new Set(['tagDatabase', 'empty', 'setTableRemarks', 'setColumnRemarks', 'insert']);
const DEFAULT_ATTRS = ['defaultValue', 'defaultValueNumeric', 'defaultValueBoolean', 'defaultValueDate', 'defaultValueComputed', 'defaultValueSequenceNext'];

class ChangeReader {
  constructor(
    private readonly path: string,
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly dialect: Dialect,
    private readonly readFile?: (path: string) => string | null,
  ) {}

  /** A statement for a change node, with these operations. */
  private statement(n: ChangelogNode, ops: Operation[], text?: string): Statement {
    const endLine = this.lines.line(Math.max(n.start, n.end - 1));
    return {
      text: text ?? describe(n),
      start: n.start,
      end: n.end,
      line: n.line,
      endLine,
      column: n.start - (this.lines.lineStarts[n.line - 1] ?? 0) + 1,
      dialect: this.dialect,
      status: 'parsed',
      ops,
    };
  }

  unread(n: Pick<ChangelogNode, 'line' | 'start' | 'end'>, why: string, text: string): Statement {
    const stmt = this.statement({ ...node0, ...n }, [], text);
    return { ...stmt, status: 'unparsed', error: why };
  }

  read(n: ChangelogNode): Statement[] {
    if (n.name === 'sql') return this.sql(n);
    if (n.name === 'sqlFile') return this.sqlFile(n);
    if (NO_OPS.has(n.name)) return [this.statement(n, [{ kind: 'other', what: `Liquibase ${n.name}` }])];
    // `modifySql` edits the SQL Liquibase generates for the changes beside it (`replace` a placeholder,
    // `append` a table option), per database: those changes are read as written.
    if (n.name === 'modifySql') return runsOn(n.attrs.get('dbms'), this.dialect) ? [this.statement(n, [{ kind: 'other', what: 'Liquibase modifySql' }])] : [];
    const mapped = changeOperations(n);
    if (typeof mapped === 'string') return [this.unread(n, mapped, this.text.slice(n.start, Math.min(n.end, n.start + 4000)))];
    return [this.statement(n, mapped)];
  }

  /** `<sql>`: the text goes through the SQL path, its lines moved into the changelog. */
  private sql(n: ChangelogNode): Statement[] {
    if (!runsOn(n.attrs.get('dbms'), this.dialect)) return [this.statement(n, [{ kind: 'other', what: `SQL for ${n.attrs.get('dbms')} only` }])];
    const sql = withParameters(n.text);
    if (sql.trim() === '') return [this.statement(n, [{ kind: 'other', what: 'empty sql change' }])];
    const firstLine = n.textBlock ? this.lines.line(n.textStart) + 1 : this.lines.line(n.textStart);
    const lastLine = this.lines.line(Math.max(n.start, n.end - 1));
    // As written (XML CDATA or text without entities, a JSON string without escapes): offsets are exact.
    const exact = sql === n.text && this.text.startsWith(sql, n.textStart);
    // Line k of the SQL is line k of the text as written (XML, a YAML literal block), unless the
    // format joins or escapes its lines (a quoted string with `\n`, a folded block): then all at its first line.
    const lineBreaks = (s: string): number => s.split('\n').length - 1;
    const maps = n.textBlock === 'literal' || (n.textBlock === undefined && lineBreaks(this.text.slice(n.textStart, n.textEnd)) === lineBreaks(sql));
    const place = (line: number): number => (maps ? Math.min(Math.max(firstLine + line - 1, n.line), lastLine) : firstLine);
    const parsed = parseFile({ text: sql, sections: [{ part: 'up', start: 0, end: sql.length, line: 1 }] }, this.dialect);
    return parsed.forward.map((s) => moved(s, place, exact ? { start: n.textStart + s.start, end: n.textStart + s.end } : { start: n.start, end: n.end }));
  }

  /** `<sqlFile path="…">`: read when the file is inside the repository; its statements are reported at the change. */
  private sqlFile(n: ChangelogNode): Statement[] {
    if (!runsOn(n.attrs.get('dbms'), this.dialect)) return [this.statement(n, [{ kind: 'other', what: `SQL file for ${n.attrs.get('dbms')} only` }])];
    const target = n.attrs.get('path') ?? '';
    const paths = sqlFilePaths(this.path, target, truthy(n.attrs.get('relativeToChangelogFile')));
    let sql: string | null = null;
    for (const p of paths) {
      sql = this.readFile?.(p) ?? null;
      if (sql !== null) break;
    }
    if (sql === null) {
      const why = paths.length === 0 ? `sqlFile ${target} is outside the repository` : `sqlFile ${target} was not found in the repository (looked for ${paths.join(', ')})`;
      return [this.unread(n, `${why}, so its statements were not read`, describe(n))];
    }
    const place = (): number => n.line;
    sql = withParameters(sql);
    const parsed = parseFile({ text: sql, sections: [{ part: 'up', start: 0, end: sql.length, line: 1 }] }, this.dialect);
    return parsed.forward.map((s) => moved(s, place, { start: n.start, end: n.end }));
  }
}

const node0: ChangelogNode = { name: '', attrs: new Map(), children: [], text: '', textStart: 0, textEnd: 0, line: 1, start: 0, end: 0 };

/** A statement of SQL text moved into the changelog: its lines (and its operations', columns', constraints') placed, its offsets given. */
function moved(s: Statement, place: (line: number) => number, at: { start: number; end: number }): Statement {
  const ops = s.ops.map((op): Operation => {
    const out = { ...op } as Operation;
    if (op.line !== undefined) out.line = place(op.line);
    if (out.kind === 'create-table' || out.kind === 'add-column') {
      if (out.kind === 'create-table') out.columns = out.columns.map((c) => (c.line === undefined ? c : { ...c, line: place(c.line) }));
      else if (out.column.line !== undefined) out.column = { ...out.column, line: place(out.column.line) };
      if (out.constraints) out.constraints = out.constraints.map((c) => (c.line === undefined ? c : { ...c, line: place(c.line) }));
    }
    return out;
  });
  return { ...s, line: place(s.line), endLine: Math.max(place(s.line), place(s.endLine)), start: at.start, end: at.end, ops };
}

/**
 * Where a `sqlFile` path points in the repository: beside the changelog (`relativeToChangelogFile`),
 * else on Liquibase's search path (the repository root, the changelog's resources root). Paths that
 * leave the repository (absolute outside it, `..` above the root, URLs) are none.
 */
export function sqlFilePaths(changelog: string, target: string, relative: boolean): string[] {
  let p = target.trim().replace(/\\/g, '/').replace(/^classpath\*?:/i, '');
  if (p === '' || /^[a-z][a-z0-9+.-]*:/i.test(p)) return [];
  const dir = changelog.slice(0, Math.max(0, changelog.lastIndexOf('/')));
  const bases: string[] = [];
  if (relative) bases.push(dir);
  else {
    p = p.replace(/^\/+/, '');
    const resources = /^(.*?\/src\/main\/resources)\//.exec(`/${changelog}`);
    if (resources) bases.push(resources[1].slice(1));
    bases.push('');
    bases.push(dir);
  }
  const out: string[] = [];
  for (const base of bases) {
    const joined = normalizePath(base === '' ? p : `${base}/${p}`);
    if (joined !== null && !out.includes(joined)) out.push(joined);
  }
  return out;
}

/** `a/./b/../c` → `a/c`; null when `..` climbs above the root. */
function normalizePath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.length === 0 ? null : out.join('/');
}

/** A one-line description of a change, for rules that read a statement's text. */
function describe(n: ChangelogNode): string {
  const attrs = [...n.attrs].slice(0, 12).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${n.name} ${attrs.join(' ')}`.trim().slice(0, 2000);
}

/**
 * Changelog parameters (`${prefix}users`, `${schema}.t`, `DEFAULT ${uuid_function}`) are not known
 * here: each is read as its name (`prefixusers`, `schema.t`), the same in attributes and in SQL, so
 * the SQL parses and the names still match across changesets.
 */
export function withParameters(text: string): string {
  return text.includes('${') ? text.replace(/\$\{([A-Za-z_][\w.-]*)\}/g, (_m, name: string) => name.replace(/[.-]/g, '_')) : text;
}

function lower(name: string): string {
  return withParameters(name.trim()).toLowerCase();
}

/** `schemaName` + `tableName` (or another attribute) → the model's table name; null when absent. */
function tableOf(n: ChangelogNode, attr = 'tableName', schemaAttr = 'schemaName'): string | null {
  const table = withParameters(n.attrs.get(attr)?.trim() ?? '');
  if (!table) return null;
  const schema = withParameters(n.attrs.get(schemaAttr)?.trim() ?? '');
  return normalizeName(schema ? [schema, table] : [table]);
}

/** `VARCHAR(255)`, `java.sql.Types.VARCHAR(255)` → `varchar(255)`. */
function typeOf(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  return withParameters(raw.trim()).replace(/^java\.sql\.types\./i, '').replace(/\s+/g, ' ').toLowerCase();
}

function columnInfo(c: ChangelogNode): ColumnInfo {
  const cons = c.children.find((k) => k.name === 'constraints');
  const primaryKey = truthy(cons?.attrs.get('primaryKey'));
  const info: ColumnInfo = {
    name: lower(c.attrs.get('name') ?? ''),
    type: typeOf(c.attrs.get('type')),
    notNull: primaryKey || cons?.attrs.get('nullable')?.trim().toLowerCase() === 'false',
    hasDefault: DEFAULT_ATTRS.some((k) => c.attrs.has(k)) || truthy(c.attrs.get('autoIncrement')),
    line: c.line,
  };
  if (truthy(cons?.attrs.get('unique'))) info.unique = true;
  if (primaryKey) info.primaryKey = true;
  if (c.attrs.has('computed') && truthy(c.attrs.get('computed'))) info.generated = true;
  return info;
}

function columns(n: ChangelogNode): ChangelogNode[] {
  return n.children.filter((c) => c.name === 'column');
}

function names(list: string | undefined): string[] {
  return (list ?? '').split(',').map(lower).filter((s) => s !== '');
}

/** The operations of a change the model maps, or why it is not read. */
export function changeOperations(n: ChangelogNode): Operation[] | string {
  const at = { line: n.line };
  const table = tableOf(n);
  const column = lower(n.attrs.get('columnName') ?? '');
  const needTable = (): string | null => (table === null ? `a Liquibase ${n.name} without a tableName` : null);
  const needColumn = (): string | null => needTable() ?? (column === '' ? `a Liquibase ${n.name} without a columnName` : null);
  switch (n.name) {
    case 'createTable':
      return needTable() ?? [{ kind: 'create-table', table: table as string, columns: columns(n).map(columnInfo), ...at }];
    case 'addColumn': {
      const cols = columns(n);
      if (needTable() || cols.length === 0) return needTable() ?? `a Liquibase addColumn without a column`;
      return cols.map((c) => ({ kind: 'add-column', table: table as string, column: columnInfo(c), line: c.line }));
    }
    case 'dropColumn': {
      if (needTable()) return needTable() as string;
      const ops: Operation[] = [];
      if (column !== '') ops.push({ kind: 'drop-column', table: table as string, column, ...at });
      for (const c of columns(n)) ops.push({ kind: 'drop-column', table: table as string, column: lower(c.attrs.get('name') ?? ''), line: c.line });
      return ops.length > 0 ? ops : `a Liquibase dropColumn without a columnName`;
    }
    case 'renameColumn': {
      const from = lower(n.attrs.get('oldColumnName') ?? '');
      const to = lower(n.attrs.get('newColumnName') ?? '');
      if (needTable() || from === '' || to === '') return needTable() ?? 'a Liquibase renameColumn without oldColumnName and newColumnName';
      return [{ kind: 'rename-column', table: table as string, column: from, newName: to, ...at }];
    }
    case 'modifyDataType':
      return needColumn() ?? [{ kind: 'alter-column-type', table: table as string, column, oldType: null, newType: typeOf(n.attrs.get('newDataType')), ...at }];
    case 'addNotNullConstraint':
      return needColumn() ?? [{ kind: 'set-not-null', table: table as string, column, ...at }];
    case 'dropNotNullConstraint':
      return needColumn() ?? [{ kind: 'drop-not-null', table: table as string, column, ...at }];
    case 'addDefaultValue':
    case 'addAutoIncrement':
      return needColumn() ?? [{ kind: 'set-default', table: table as string, column, ...at }];
    case 'dropDefaultValue':
      return needColumn() ?? [{ kind: 'drop-default', table: table as string, column, ...at }];
    case 'dropTable':
      return needTable() ?? [{ kind: 'drop-table', table: table as string, ...at }];
    case 'renameTable': {
      const from = tableOf(n, 'oldTableName');
      const to = tableOf(n, 'newTableName');
      if (from === null || to === null) return 'a Liquibase renameTable without oldTableName and newTableName';
      return [{ kind: 'rename-table', table: from, newName: to, ...at }];
    }
    case 'dropIndex': {
      const name = lower(n.attrs.get('indexName') ?? '');
      return name === '' ? 'a Liquibase dropIndex without an indexName' : [{ kind: 'drop-index', name, table, ...at }];
    }
    case 'createIndex': {
      if (needTable()) return needTable() as string;
      const cols = columns(n);
      const name = lower(n.attrs.get('indexName') ?? '');
      const expressions = cols.some((c) => truthy(c.attrs.get('computed')));
      return [
        {
          kind: 'create-index',
          table: table as string,
          name: name === '' ? null : name,
          unique: truthy(n.attrs.get('unique')),
          concurrently: false,
          columns: cols.filter((c) => !truthy(c.attrs.get('computed'))).map((c) => lower(c.attrs.get('name') ?? '')),
          ...(expressions ? { expressions: true } : {}),
          ...at,
        },
      ];
    }
    case 'addUniqueConstraint':
    case 'addPrimaryKey':
      if (needTable()) return needTable() as string;
      return [
        {
          kind: 'add-constraint',
          table: table as string,
          constraint: n.name === 'addPrimaryKey' ? 'primary-key' : 'unique',
          name: n.attrs.get('constraintName') ? lower(n.attrs.get('constraintName') as string) : null,
          columns: names(n.attrs.get('columnNames')),
          notValid: false,
          ...at,
        },
      ];
    case 'addForeignKeyConstraint': {
      const base = tableOf(n, 'baseTableName', 'baseTableSchemaName');
      if (base === null) return 'a Liquibase addForeignKeyConstraint without a baseTableName';
      const references = tableOf(n, 'referencedTableName', 'referencedTableSchemaName');
      return [
        {
          kind: 'add-constraint',
          table: base,
          constraint: 'foreign-key',
          name: n.attrs.get('constraintName') ? lower(n.attrs.get('constraintName') as string) : null,
          columns: names(n.attrs.get('baseColumnNames')),
          notValid: n.attrs.get('validate')?.trim().toLowerCase() === 'false',
          ...(references ? { references } : {}),
          ...at,
        },
      ];
    }
    case 'dropForeignKeyConstraint':
    case 'dropUniqueConstraint':
    case 'dropPrimaryKey': {
      const on = n.name === 'dropForeignKeyConstraint' ? tableOf(n, 'baseTableName', 'baseTableSchemaName') : table;
      if (on === null) return `a Liquibase ${n.name} without a table name`;
      const constraint = n.name === 'dropForeignKeyConstraint' ? 'foreign-key' : n.name === 'dropPrimaryKey' ? 'primary-key' : 'unique';
      const name = lower(n.attrs.get('constraintName') ?? '');
      if (name === '' && n.name !== 'dropPrimaryKey') return `a Liquibase ${n.name} without a constraintName`;
      return [{ kind: 'drop-constraint', table: on, name: name === '' ? `${on.split('.').pop()}_pkey` : name, constraint, ...at }];
    }
    case 'delete':
      return needTable() ?? [{ kind: 'delete', table: table as string, ...at }];
    case 'update':
      return needTable() ?? [{ kind: 'update', table: table as string, columns: columns(n).map((c) => lower(c.attrs.get('name') ?? '')), ...at }];
    case 'mergeColumns': {
      const first = lower(n.attrs.get('column1Name') ?? '');
      const second = lower(n.attrs.get('column2Name') ?? '');
      const final = lower(n.attrs.get('finalColumnName') ?? '');
      if (needTable() || !first || !second || !final) return needTable() ?? 'a Liquibase mergeColumns without its column names';
      const t = table as string;
      return [
        { kind: 'add-column', table: t, column: { name: final, type: typeOf(n.attrs.get('finalColumnType')), notNull: false, hasDefault: false }, ...at },
        { kind: 'update', table: t, columns: [final], ...at },
        { kind: 'drop-column', table: t, column: first, ...at },
        { kind: 'drop-column', table: t, column: second, ...at },
      ];
    }
    default:
      return objectOperations(n) ?? `a Liquibase ${n.name} change, which the gate does not read`;
  }
}

/** Views, sequences, procedures, functions, triggers: create, drop, rename. */
function objectOperations(n: ChangelogNode): Operation[] | string | null {
  const m = /^(create|drop|rename)(View|Sequence|Procedure|Function|Trigger)$/.exec(n.name);
  if (!m) return n.name === 'alterSequence' ? [{ kind: 'other', what: 'Liquibase alterSequence', line: n.line }] : null;
  const objectKind = ({ View: 'view', Sequence: 'sequence', Procedure: 'procedure', Function: 'function', Trigger: 'trigger' } as const)[m[2] as 'View'];
  const attr = `${m[2].charAt(0).toLowerCase()}${m[2].slice(1)}Name`;
  const schema = n.attrs.get('schemaName')?.trim();
  const qualified = (name: string | undefined): string | null => (name?.trim() ? normalizeName(schema ? [withParameters(schema), withParameters(name.trim())] : [withParameters(name.trim())]) : null);
  const at = { line: n.line };
  if (m[1] === 'rename') {
    const from = qualified(n.attrs.get(`old${m[2]}Name`));
    const to = qualified(n.attrs.get(`new${m[2]}Name`));
    return from && to ? [{ kind: 'rename-object', objectKind, name: from, newName: to, ...at }] : `a Liquibase ${n.name} without its old and new names`;
  }
  const name = qualified(n.attrs.get(attr));
  if (name === null) return `a Liquibase ${n.name} without a ${attr}`;
  return [{ kind: m[1] === 'create' ? 'create-object' : 'drop-object', objectKind, name, ...at }];
}

/**
 * Suppression comments as a changelog writes them (`<!-- rollback-guard-ignore rule: reason -->`,
 * `# rollback-guard-ignore rule: reason`), rewritten to SQL's `--` form on the same lines so the
 * SQL suppression reader reads them; everything else is blanked.
 */
export function changelogCommentsAsSql(path: string, text: string): string {
  const format = changelogFormat(path);
  const re = format === 'xml' ? /^([ \t]*)<!--[ \t]*(rollback-guard-ignore(?:-file)?\b[^\n]*?)[ \t]*(?:-->)?[ \t]*$/gm : /^([ \t]*)#[ \t]*(rollback-guard-ignore(?:-file)?\b[^\n]*)$/gm;
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += text.slice(last, m.index).replace(/[^\n]/g, ' ');
    out += `${m[1]}-- ${m[2]}`;
    last = m.index + m[0].length;
  }
  out += text.slice(last).replace(/[^\n]/g, ' ');
  // SQL comments inside `<sql>` blocks keep their own `--` suppressions.
  return mergeSqlComments(out, text);
}

/** `-- rollback-guard-ignore` lines of the original text (inside SQL blocks) kept in the rewritten one. */
function mergeSqlComments(rewritten: string, text: string): string {
  const re = /^[ \t]*--[ \t]*rollback-guard-ignore[^\n]*$/gm;
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out += rewritten.slice(last, m.index) + m[0];
    last = m.index + m[0].length;
  }
  return out + rewritten.slice(last);
}

export type { ChangelogNode };
