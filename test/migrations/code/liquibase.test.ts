/**
 * Liquibase XML, YAML and JSON changelogs (issue 16): every mapped change type fires its rule on its
 * exact line and stays quiet where it is safe, in the three formats; changeset identity (edited,
 * removed, runOnChange), rollback blocks, unknown change types, preconditions, sqlFile, hostile XML.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../../src/changes/types.js';
import { defaultConfig } from '../../../src/config/types.js';
import { prepareEngine, runEngine } from '../../../src/engine.js';
import type { Finding } from '../../../src/findings.js';
import { changelogOrder } from '../../../src/migrations/code/liquibase.js';
import { changeMarker, EXT, FORMATS, lineOf, render, type Change, type ChangesetSpec, type Format } from './liquibase-render.js';

beforeAll(async () => {
  await prepareEngine();
});

const col = (name: string, attrs: Record<string, string> = {}, constraints?: Record<string, string>): Change => ({
  name: 'column',
  attrs: { name, ...attrs },
  ...(constraints ? { children: [{ name: 'constraints', attrs: constraints }] } : {}),
});

/** The history every case runs over: base's changelog (XML), read into the schema history. */
const HISTORY: ChangesetSpec[] = [
  {
    id: '1',
    changes: [
      {
        name: 'createTable',
        attrs: { tableName: 'users' },
        children: [
          col('id', { type: 'bigint' }, { primaryKey: 'true', nullable: 'false' }),
          col('email', { type: 'varchar(100)' }),
          col('name', { type: 'varchar(50)', defaultValue: 'x' }, { nullable: 'false' }),
          col('legacy', { type: 'text' }),
        ],
      },
      { name: 'createIndex', attrs: { tableName: 'users', indexName: 'users_email_uq', unique: 'true' }, children: [col('email')] },
      { name: 'createView', attrs: { viewName: 'active_users' }, text: 'SELECT id FROM users' },
      { name: 'createSequence', attrs: { sequenceName: 'user_seq' } },
    ],
  },
];
const BASE_PATH = 'db/changelog/001-base.xml';

function run(base: Record<string, string>, head: Record<string, string>): Finding[] {
  return runEngine({ changes: changeSetFromTrees(base, head), config: defaultConfig() }, { today: '2026-11-24' }).findings;
}

function show(findings: Finding[]): string {
  return findings.map((f) => `  ${f.rule} line ${f.line}: ${f.message}`).join('\n') || '(no findings)';
}

/** The PR adds one changelog with one changeset of `changes`; base has HISTORY. */
function analysePr(format: Format, changes: Change[], extra: Partial<ChangesetSpec> = {}): { text: string; findings: Finding[] } {
  const base = { [BASE_PATH]: render('xml', HISTORY) };
  const text = render(format, [{ id: '2', changes, ...extra }]);
  return { text, findings: run(base, { ...base, [`db/changelog/002-pr.${EXT[format]}`]: text }) };
}

interface Case {
  name: string;
  rule: string;
  changes: Change[];
  /** The change whose line the finding is on (default: the first change's name); `marker` overrides. */
  marker?: Partial<Record<Format, string>>;
  /** The finding is this many lines above the marker. */
  above?: Partial<Record<Format, number>>;
}

const fires: Case[] = [
  { name: 'dropColumn', rule: 'drop-column', changes: [{ name: 'dropColumn', attrs: { tableName: 'users', columnName: 'legacy' } }] },
  {
    name: 'dropColumn of a nested column list (second column)',
    rule: 'drop-column',
    changes: [{ name: 'dropColumn', attrs: { tableName: 'users' }, children: [col('email'), col('legacy')] }],
    // The column element: `<column` in XML, its `column:` key in YAML and JSON (the line above its name).
    marker: { xml: 'name="legacy"', yaml: 'name: "legacy"', json: '"name": "legacy"' },
    above: { yaml: 1, json: 1 },
  },
  { name: 'renameColumn', rule: 'rename-column', changes: [{ name: 'renameColumn', attrs: { tableName: 'users', oldColumnName: 'legacy', newColumnName: 'old_legacy' } }] },
  { name: 'modifyDataType narrowing', rule: 'change-column-type', changes: [{ name: 'modifyDataType', attrs: { tableName: 'users', columnName: 'email', newDataType: 'VARCHAR(20)' } }] },
  { name: 'addNotNullConstraint', rule: 'set-not-null', changes: [{ name: 'addNotNullConstraint', attrs: { tableName: 'users', columnName: 'email' } }] },
  { name: 'dropNotNullConstraint', rule: 'drop-not-null', changes: [{ name: 'dropNotNullConstraint', attrs: { tableName: 'users', columnName: 'name' } }] },
  { name: 'dropTable', rule: 'drop-table', changes: [{ name: 'dropTable', attrs: { tableName: 'users' } }] },
  { name: 'renameTable', rule: 'rename-table', changes: [{ name: 'renameTable', attrs: { oldTableName: 'users', newTableName: 'members' } }] },
  { name: 'dropIndex of a unique index', rule: 'drop-index', changes: [{ name: 'dropIndex', attrs: { tableName: 'users', indexName: 'users_email_uq' } }] },
  { name: 'addUniqueConstraint', rule: 'add-unique-constraint', changes: [{ name: 'addUniqueConstraint', attrs: { tableName: 'users', columnNames: 'legacy', constraintName: 'users_legacy_uq' } }] },
  { name: 'createIndex unique', rule: 'add-unique-constraint', changes: [{ name: 'createIndex', attrs: { tableName: 'users', indexName: 'users_legacy_uq', unique: 'true' }, children: [col('legacy')] }] },
  {
    name: 'addColumn NOT NULL without a default',
    rule: 'add-required-column',
    changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' }, { nullable: 'false' })] }],
    marker: { xml: 'name="tenant"', yaml: 'name: "tenant"', json: '"name": "tenant"' },
    above: { yaml: 1, json: 1 },
  },
  { name: 'dropDefaultValue', rule: 'drop-default', changes: [{ name: 'dropDefaultValue', attrs: { tableName: 'users', columnName: 'name' } }] },
  { name: 'delete', rule: 'delete-rows', changes: [{ name: 'delete', attrs: { tableName: 'users' }, children: [{ name: 'where', text: 'legacy IS NULL' }] }] },
  { name: 'update', rule: 'update-rows', changes: [{ name: 'update', attrs: { tableName: 'users' }, children: [col('legacy', { value: 'x' })] }] },
  { name: 'dropView', rule: 'drop-object', changes: [{ name: 'dropView', attrs: { viewName: 'active_users' } }] },
  { name: 'dropSequence', rule: 'drop-object', changes: [{ name: 'dropSequence', attrs: { sequenceName: 'user_seq' } }] },
  {
    name: 'sql: a statement on the third line of the SQL text',
    rule: 'drop-column',
    changes: [{ name: 'sql', text: 'UPDATE users SET legacy = NULL;\n-- gone\nALTER TABLE users DROP COLUMN legacy;' }],
    // A JSON string writes its lines as `\n`: all its statements are on its line.
    marker: { xml: 'ALTER TABLE', yaml: 'ALTER TABLE', json: 'ALTER TABLE' },
  },
  { name: 'customChange is unread', rule: 'unparsed-statement', changes: [{ name: 'customChange', attrs: { class: 'com.example.Migrate' } }] },
  { name: 'executeCommand is unread', rule: 'unparsed-statement', changes: [{ name: 'executeCommand', attrs: { executable: 'psql' } }] },
  { name: 'loadData is unread', rule: 'unparsed-statement', changes: [{ name: 'loadData', attrs: { tableName: 'users', file: 'users.csv' } }] },
  { name: 'an unknown change type is unread', rule: 'unparsed-statement', changes: [{ name: 'frobnicateTable', attrs: { tableName: 'users' } }] },
];

const quiet: Case[] = [
  { name: 'dropColumn of a column added earlier in the PR', rule: 'drop-column', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tmp', { type: 'int' })] }, { name: 'dropColumn', attrs: { tableName: 'users', columnName: 'tmp' } }] },
  { name: 'dropTable of a table created in the PR', rule: 'drop-table', changes: [{ name: 'createTable', attrs: { tableName: 'scratch' }, children: [col('id', { type: 'int' })] }, { name: 'dropTable', attrs: { tableName: 'scratch' } }] },
  { name: 'renameColumn of a new column', rule: 'rename-column', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tmp', { type: 'int' })] }, { name: 'renameColumn', attrs: { tableName: 'users', oldColumnName: 'tmp', newColumnName: 'tmp2' } }] },
  { name: 'modifyDataType widening', rule: 'change-column-type', changes: [{ name: 'modifyDataType', attrs: { tableName: 'users', columnName: 'email', newDataType: 'VARCHAR(200)' } }] },
  { name: 'addNotNullConstraint on a new column', rule: 'set-not-null', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tmp', { type: 'int', defaultValueNumeric: '0' })] }, { name: 'addNotNullConstraint', attrs: { tableName: 'users', columnName: 'tmp' } }] },
  { name: 'dropNotNullConstraint of a nullable column', rule: 'drop-not-null', changes: [{ name: 'dropNotNullConstraint', attrs: { tableName: 'users', columnName: 'legacy' } }] },
  { name: 'dropIndex of an index created in the PR', rule: 'drop-index', changes: [{ name: 'createIndex', attrs: { tableName: 'users', indexName: 'tmp_idx' }, children: [col('legacy')] }, { name: 'dropIndex', attrs: { tableName: 'users', indexName: 'tmp_idx' } }] },
  { name: 'createIndex not unique', rule: 'add-unique-constraint', changes: [{ name: 'createIndex', attrs: { tableName: 'users', indexName: 'users_legacy_idx' }, children: [col('legacy')] }] },
  { name: 'addColumn NOT NULL with a default', rule: 'add-required-column', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint', defaultValueNumeric: '1' }, { nullable: 'false' })] }] },
  { name: 'addColumn nullable', rule: 'add-required-column', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' })] }] },
  { name: 'createTable with NOT NULL columns', rule: 'add-required-column', changes: [{ name: 'createTable', attrs: { tableName: 'orders' }, children: [col('id', { type: 'bigint' }, { nullable: 'false' })] }] },
  { name: 'delete from a table created in the PR', rule: 'delete-rows', changes: [{ name: 'createTable', attrs: { tableName: 'scratch' }, children: [col('id', { type: 'int' })] }, { name: 'delete', attrs: { tableName: 'scratch' } }] },
  { name: 'dropView of a view created in the PR', rule: 'drop-object', changes: [{ name: 'createView', attrs: { viewName: 'tmp_v' }, text: 'SELECT 1' }, { name: 'dropView', attrs: { viewName: 'tmp_v' } }] },
  { name: 'dropForeignKeyConstraint is read (no finding, nothing unread)', rule: 'unparsed-statement', changes: [{ name: 'dropForeignKeyConstraint', attrs: { baseTableName: 'users', constraintName: 'fk_x' } }] },
  { name: 'sql that only adds', rule: 'drop-column', changes: [{ name: 'sql', text: 'ALTER TABLE users ADD COLUMN note text;' }] },
  { name: 'tagDatabase is no change', rule: 'unparsed-statement', changes: [{ name: 'tagDatabase', attrs: { tag: 'v1' } }] },
  { name: 'modifySql edits the SQL of the changes beside it (read as written)', rule: 'unparsed-statement', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' })] }, { name: 'modifySql', attrs: { dbms: 'mysql' }, children: [{ name: 'append', attrs: { value: ' FIRST' } }] }] },
  { name: 'every mapped change of a safe changeset is read', rule: 'unparsed-statement', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' })] }, { name: 'createIndex', attrs: { tableName: 'users', indexName: 'i' }, children: [col('tenant')] }, { name: 'addForeignKeyConstraint', attrs: { baseTableName: 'users', baseColumnNames: 'tenant', referencedTableName: 'users', referencedColumnNames: 'id', constraintName: 'fk_t' } }] },
];

describe.each(FORMATS)('Liquibase %s changelog', (format) => {
  test.each(fires)('fires: $name', (c) => {
    const { text, findings } = analysePr(format, c.changes);
    const start = lineOf(text, changeMarker(format, c.changes[0].name));
    const line = (c.marker?.[format] ? lineOf(text, c.marker[format] as string, start) : start) - (c.above?.[format] ?? 0);
    const hit = findings.find((f) => f.rule === c.rule && f.line === line);
    if (!hit) expect.fail(`expected ${c.rule} on line ${line} of:\n${text}\nbut got:\n${show(findings)}`);
    expect(hit.file).toBe(`db/changelog/002-pr.${EXT[format]}`);
  });
  test.each(quiet)('quiet: $name', (c) => {
    const { text, findings } = analysePr(format, c.changes);
    const hits = findings.filter((f) => f.rule === c.rule);
    if (hits.length > 0) expect.fail(`expected no ${c.rule} in:\n${text}\nbut got:\n${show(hits)}`);
  });

  test('the unread change is named in the finding', () => {
    const { findings } = analysePr(format, [{ name: 'customChange', attrs: { class: 'com.example.Migrate' } }]);
    expect(findings.find((f) => f.rule === 'unparsed-statement')?.message).toContain('customChange');
  });

  test('a rollback block is the down section: it does not run forward, and it is reported as one', () => {
    const rollback: Change[] = [{ name: 'dropColumn', attrs: { tableName: 'users', columnName: 'tenant' } }];
    const { text, findings } = analysePr(format, [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' })] }], { rollback });
    expect(findings.filter((f) => f.rule === 'drop-column'), show(findings)).toEqual([]);
    const down = findings.filter((f) => f.rule === 'down-migration');
    expect(down.map((f) => f.line), show(findings)).toEqual([lineOf(text, format === 'xml' ? '<rollback' : format === 'yaml' ? 'rollback:' : '"rollback"')]);
  });

  test('rollback SQL is not run forward either', () => {
    const { findings } = analysePr(format, [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' })] }], { rollback: 'ALTER TABLE users DROP COLUMN tenant' });
    expect(findings.filter((f) => f.rule === 'drop-column'), show(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'down-migration').length, show(findings)).toBe(1);
  });

  test('preConditions onFail="MARK_RAN": a table created under it is not proved new (no history says it is)', () => {
    const changes: Change[] = [{ name: 'createTable', attrs: { tableName: 'orders' }, children: [col('id', { type: 'int' })] }, { name: 'dropTable', attrs: { tableName: 'orders' } }];
    const alone = (extra: Partial<ChangesetSpec>): { findings: Finding[] } => ({ findings: run({}, { [`db/changelog/002-pr.${EXT[format]}`]: render(format, [{ id: '2', changes, ...extra }]) }) });
    const guarded = alone({ preConditions: { onFail: 'MARK_RAN', check: { name: 'not', children: [{ name: 'tableExists', attrs: { tableName: 'orders' } }] } } });
    const plain = alone({});
    expect(plain.findings.filter((f) => f.rule === 'drop-table'), show(plain.findings)).toEqual([]);
    expect(guarded.findings.filter((f) => f.rule === 'drop-table').length, show(guarded.findings)).toBe(1);
  });

  test('a changeset for another database (dbms) is not read on this history', () => {
    const other = analysePr(format, [{ name: 'dropColumn', attrs: { tableName: 'users', columnName: 'legacy' } }], { attrs: { dbms: 'oracle' } });
    const mine = analysePr(format, [{ name: 'dropColumn', attrs: { tableName: 'users', columnName: 'legacy' } }], { attrs: { dbms: 'postgresql, h2' } });
    expect(other.findings.filter((f) => f.rule === 'drop-column')).toEqual([]);
    expect(mine.findings.filter((f) => f.rule === 'drop-column').length).toBe(1);
  });
});

describe('changeset identity (author:id in the changelog path), as for formatted SQL', () => {
  const path = 'src/main/resources/db/changelog/changes.yaml';
  const one: ChangesetSpec = { id: '1', changes: [{ name: 'createTable', attrs: { tableName: 't' }, children: [col('a', { type: 'int' }), col('b', { type: 'int' })] }] };
  const two: ChangesetSpec = { id: '2', changes: [{ name: 'dropColumn', attrs: { tableName: 't', columnName: 'b' } }] };

  test.each(FORMATS)('%s: a new changeset in a grown changelog runs; the old ones do not', (format) => {
    const p = path.replace('.yaml', `.${EXT[format]}`);
    const base = { [p]: render(format, [one]) };
    const head = { [p]: render(format, [one, two]) };
    const findings = run(base, head);
    expect(findings.filter((f) => f.rule === 'edited-migration'), show(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => f.line), show(findings)).toEqual([lineOf(head[p], changeMarker(format, 'dropColumn'))]);
    // The old changeset is not run again: its table is not new, so dropping its column fires.
    expect(findings.some((f) => f.rule === 'add-required-column')).toBe(false);
  });

  test.each(FORMATS)('%s: an edited changeset is edited-migration at its line; a layout-only edit is not', (format) => {
    const p = path.replace('.yaml', `.${EXT[format]}`);
    const base = { [p]: render(format, [one, two]) };
    const edited = render(format, [{ ...one, changes: [{ name: 'createTable', attrs: { tableName: 't' }, children: [col('a', { type: 'bigint' }), col('b', { type: 'int' })] }] }, two]);
    const findings = run(base, { [p]: edited });
    const hits = findings.filter((f) => f.rule === 'edited-migration');
    expect(hits.map((f) => f.line), show(findings)).toEqual([lineOf(edited, format === 'xml' ? '<changeSet id="1"' : format === 'yaml' ? 'changeSet:' : '"changeSet"')]);
    expect(hits[0].message).toContain('dev:1');
    // Re-indented, a comment added: what Liquibase checksums is the same.
    const layout = format === 'xml' ? base[p].replace('<changeSet id="1"', '<!-- the first -->\n  <changeSet   id="1"') : format === 'yaml' ? `# header\n${base[p]}` : base[p].replace(/\n\s*/g, '\n    ');
    expect(run(base, { [p]: layout }).filter((f) => f.rule === 'edited-migration')).toEqual([]);
  });

  test.each(FORMATS)('%s: a removed changeset is reported; runOnChange changesets run again when edited', (format) => {
    const p = path.replace('.yaml', `.${EXT[format]}`);
    const base = { [p]: render(format, [one, two]) };
    const removed = run(base, { [p]: render(format, [one]) }).filter((f) => f.rule === 'edited-migration');
    expect(removed.length).toBe(1);
    expect(removed[0].message).toContain('removed');
    // A changeset with no change (a placeholder, as openmrs keeps one per file): its removal takes nothing away.
    expect(run({ [p]: render(format, [one, { id: 'placeholder', changes: [] }]) }, { [p]: render(format, [one]) }).filter((f) => f.rule === 'edited-migration')).toEqual([]);
    const view = (sql: string): ChangesetSpec => ({ id: 'v', attrs: { runOnChange: 'true' }, changes: [{ name: 'sql', text: sql }] });
    const rerun = run({ [p]: render(format, [one, view('CREATE OR REPLACE VIEW v AS SELECT a, b FROM t;')]) }, { [p]: render(format, [one, view('CREATE OR REPLACE VIEW v AS SELECT a FROM t;\nALTER TABLE t DROP COLUMN b;')]) });
    expect(rerun.filter((f) => f.rule === 'edited-migration'), show(rerun)).toEqual([]);
    expect(rerun.filter((f) => f.rule === 'drop-column').length, show(rerun)).toBe(1);
  });

  test.each(FORMATS)('%s: an edit of a precondition, a comment or the rollback is not in the checksum: no edited-migration', (format) => {
    const p = path.replace('.yaml', `.${EXT[format]}`);
    const base = { [p]: render(format, [one, two]) };
    const guarded = render(format, [one, { ...two, rollback: 'SELECT 1', preConditions: { onFail: 'MARK_RAN', check: { name: 'columnExists', attrs: { tableName: 't', columnName: 'b' } } } }]);
    const findings = run(base, { [p]: guarded });
    expect(findings.filter((f) => f.rule === 'edited-migration'), show(findings)).toEqual([]);
  });

  test('a master changelog of includes is no migration: deleting or editing it is not reported', () => {
    const master = '<databaseChangeLog>\n  <include file="parts/0001_init.xml" relativeToChangelogFile="true"/>\n</databaseChangeLog>\n';
    expect(run({ 'db/changelog/master.xml': master }, {}).filter((f) => f.file === 'db/changelog/master.xml'), 'deleted').toEqual([]);
    // (The changelogs it includes exist: an include of a missing file is a finding, liquibase-includes.test.ts.)
    const parts = { 'db/changelog/parts/0001_init.xml': render('xml', [one]), 'db/changelog/parts/0002_init.xml': render('xml', [two]) };
    expect(run({ 'db/changelog/master.xml': master, ...parts }, { 'db/changelog/master.xml': master.replace('0001', '0002'), ...parts }).filter((f) => f.file === 'db/changelog/master.xml'), 'edited').toEqual([]);
  });

  test('a changelog that lost its last changeset still reports the removal (openmrs 2d97239bc5)', () => {
    const p = 'db/changelog/update-2.8.x.xml';
    const findings = run({ [p]: render('xml', [two]) }, { [p]: render('xml', []) });
    expect(findings.filter((f) => f.rule === 'edited-migration').map((f) => f.message), show(findings)).toEqual([expect.stringContaining('removed')]);
  });

  test('a deleted changelog is deleted-migration', () => {
    const p = 'db/changelog/changes.xml';
    const findings = run({ [p]: render('xml', [one]), 'db/changelog/other.xml': render('xml', [two]) }, { 'db/changelog/other.xml': render('xml', [two]) });
    expect(findings.filter((f) => f.rule === 'deleted-migration').map((f) => f.file)).toEqual([p]);
  });
});

describe('detection', () => {
  const cl = render('yaml', [{ id: '1', changes: [{ name: 'dropTable', attrs: { tableName: 'users' } }] }]);
  const drops = (head: Record<string, string>, config = defaultConfig()): Finding[] =>
    runEngine({ changes: changeSetFromTrees({}, head), config }, { today: '2026-11-24' }).findings.filter((f) => f.rule === 'drop-table' || f.rule === 'unparsed-statement');

  test('a changelog in a conventional folder is read; the same file elsewhere, or without the root, is not', () => {
    expect(drops({ 'src/main/resources/db/changelog/db.changelog-master.yaml': cl }).length).toBe(1);
    expect(drops({ 'config/liquibase/changelog/001.yaml': cl }).length).toBe(1);
    expect(drops({ 'config/app.yaml': cl })).toEqual([]);
    expect(drops({ 'db/changelog/app.yaml': 'server:\n  port: 80\n' })).toEqual([]);
    expect(drops({ 'src/test/resources/db/changelog/x.yaml': cl })).toEqual([]);
  });

  test('a snapshot generateChangeLog wrote (authors "(generated)") is the whole schema, not a change', () => {
    const snapshot = render('xml', [{ id: '1700000000-1', author: 'rafal (generated)', changes: [{ name: 'dropTable', attrs: { tableName: 'users' } }] }]);
    expect(drops({ 'api/src/main/resources/liquibase/snapshots/schema-only-2.9.x.xml': snapshot })).toEqual([]);
    expect(drops({ 'api/src/main/resources/liquibase/updates/update-2.9.x.xml': snapshot.replace('rafal (generated)', 'rafal') }).length).toBe(1);
  });

  test('configured paths read a changelog anywhere; framework: liquibase takes what they match', () => {
    const config = defaultConfig();
    config.migrations[0].paths = ['schema/**'];
    expect(drops({ 'schema/app.yaml': cl }, config).length).toBe(1);
    const forced = defaultConfig();
    forced.migrations[0].paths = ['schema/**'];
    forced.migrations[0].framework = 'liquibase';
    // Not a changelog, but the configuration says it is one: reported unread, never passed.
    expect(drops({ 'schema/app.yaml': 'server: 80\n' }, forced).map((f) => f.rule)).toEqual(['unparsed-statement']);
  });

  test('a changelog is not taken as a contract, and an OpenAPI file in db/ is not taken as a changelog', () => {
    const report = runEngine({ changes: changeSetFromTrees({}, { 'db/changelog/changes.json': render('json', [{ id: '1', changes: [{ name: 'dropTable', attrs: { tableName: 'users' } }] }]).replace('{', '{\n  "$schema": "https://json.schemastore.org/liquibase-3.2.json",'), 'db/openapi.yaml': 'openapi: 3.0.3\ninfo: {title: a, version: "1"}\npaths: {}\n' }), config: defaultConfig() }, { today: '2026-11-24' });
    expect(report.findings.filter((f) => f.file === 'db/openapi.yaml' && f.rule.startsWith('unparsed')).length).toBe(0);
    expect(report.findings.filter((f) => f.file === 'db/changelog/changes.json').map((f) => f.rule)).toContain('drop-table');
    expect(report.findings.filter((f) => f.file === 'db/changelog/changes.json' && f.rule === 'invalid-contract')).toEqual([]);
  });
});

describe('changelog parameters', () => {
  test.each(FORMATS)('%s: ${prefix} names in attributes and in SQL are the same table, and the SQL parses', (format) => {
    const base = { 'db/changelog/001.yaml': render('yaml', [{ id: '1', changes: [{ name: 'createTable', attrs: { tableName: '${prefix}users' }, children: [col('id', { type: 'int' }), col('legacy', { type: 'text' })] }] }]) };
    const pr = render(format, [{ id: '2', changes: [{ name: 'sql', text: 'UPDATE ${prefix}users SET legacy = NULL;\nALTER TABLE ${prefix}users DROP COLUMN legacy;' }] }]);
    const findings = run(base, { ...base, [`db/changelog/002.${EXT[format]}`]: pr });
    expect(findings.filter((f) => f.rule === 'unparsed-statement'), show(findings)).toEqual([]);
    const drop = findings.find((f) => f.rule === 'drop-column');
    expect(drop?.message, show(findings)).toContain('prefixusers.legacy');
  });
});

describe('order of changelogs', () => {
  test('numbers in their paths compare as numbers', () => {
    const paths = ['changelogs/v4_12_0/00_a.yml', 'changelogs/v4_9_0/01_b.yml', 'changelogs/v4_9_0/00_c.yml', 'changelogs/v1_18_0/10_d.yml', 'changelogs/v1_18_0/9_e.yml'];
    expect([...paths].sort(changelogOrder)).toEqual(['changelogs/v1_18_0/9_e.yml', 'changelogs/v1_18_0/10_d.yml', 'changelogs/v4_9_0/00_c.yml', 'changelogs/v4_9_0/01_b.yml', 'changelogs/v4_12_0/00_a.yml']);
    expect(changelogOrder('update-2.9.x.xml', 'update-2.10.x.xml')).toBeLessThan(0);
  });

  test('the history replays changelogs in that order (a column added in v4_12 exists when v4_13 drops it)', () => {
    const add = render('yaml', [{ id: 'a', changes: [{ name: 'addColumn', attrs: { tableName: 'users' }, children: [col('tenant', { type: 'bigint' })] }] }]);
    const base = { [BASE_PATH]: render('xml', HISTORY), 'db/changelog/v4_12_0/00_add.yml': add, 'db/changelog/v4_9_0/00_noop.yml': render('yaml', [{ id: 'n', changes: [{ name: 'tagDatabase', attrs: { tag: 'x' } }] }]) };
    const drop = render('yaml', [{ id: 'd', changes: [{ name: 'dropNotNullConstraint', attrs: { tableName: 'users', columnName: 'tenant' } }] }]);
    // tenant is nullable in the history: dropping NOT NULL from it is nothing to report; it must be known first.
    const findings = run(base, { ...base, 'db/changelog/v4_13_0/00_drop.yml': drop });
    expect(findings.filter((f) => f.rule === 'drop-not-null'), show(findings)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'out-of-order-migration'), show(findings)).toEqual([]);
  });
});

describe('sqlFile', () => {
  const changelog = (path: string, relative: boolean): string =>
    render('xml', [{ id: '1', changes: [{ name: 'sqlFile', attrs: { path, ...(relative ? { relativeToChangelogFile: 'true' } : {}) } }] }]);

  test('a file inside the repository is read, its statements reported at the sqlFile change', () => {
    const text = changelog('sql/drop.sql', true);
    const findings = run({}, { 'db/changelog/c.xml': text, 'db/changelog/sql/drop.sql': 'SELECT 1;\nDROP TABLE users;\n' });
    expect(findings.filter((f) => f.rule === 'drop-table' && f.file === 'db/changelog/c.xml').map((f) => f.line), show(findings)).toEqual([lineOf(text, '<sqlFile')]);
  });

  test('a file outside the repository (or missing) is unread, never read from disk', () => {
    for (const target of ['../../../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', 'missing.sql']) {
      const findings = run({}, { 'db/changelog/c.xml': changelog(target, target === 'missing.sql' || target.startsWith('..')) });
      const unread = findings.filter((f) => f.rule === 'unparsed-statement');
      expect(unread.length, `${target}\n${show(findings)}`).toBe(1);
      expect(unread[0].message).toMatch(/sqlFile/);
    }
  });
});

describe('hostile XML and YAML stay inert', () => {
  const xxe = `<?xml version="1.0"?>
<!DOCTYPE databaseChangeLog [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<databaseChangeLog>
  <changeSet id="1" author="a">
    <sql>&xxe;&lol2;</sql>
  </changeSet>
</databaseChangeLog>
`;

  test('an external or internal entity is never expanded: the file is unread at the reference', () => {
    const findings = run({}, { 'db/changelog/x.xml': xxe });
    expect(findings.map((f) => f.rule), show(findings)).toEqual(['unparsed-statement']);
    expect(findings[0].line).toBe(8);
    expect(findings[0].message).toMatch(/not well-formed XML/);
    expect(findings[0].message).not.toContain('root:');
  });

  test('YAML aliases that multiply are bounded', () => {
    let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) yaml += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
    yaml += 'databaseChangeLog:\n  - changeSet:\n      id: "1"\n      author: a\n      changes:\n        - dropTable:\n            tableName: users\n            bomb: *a11\n';
    const started = Date.now();
    const findings = run({}, { 'db/changelog/bomb.yaml': yaml });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(findings.some((f) => f.rule === 'unparsed-statement' || f.rule === 'drop-table'), show(findings)).toBe(true);
  });

  test('malformed XML is unread at its line, not passed', () => {
    const findings = run({}, { 'db/changelog/x.xml': '<databaseChangeLog>\n  <changeSet id="1" author="a">\n    <dropTable tableName="users">\n  </changeSet>\n</databaseChangeLog>\n' });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['unparsed-statement:4']);
  });
});

describe('suppressions in changelog comments', () => {
  test.each(FORMATS.filter((f) => f !== 'json'))('%s', (format) => {
    const text = render(format, [{ id: '1', changes: [{ name: 'dropTable', attrs: { tableName: 'users' } }] }]);
    const comment = format === 'xml' ? '    <!-- rollback-guard-ignore drop-table: retired in 2.0 -->' : '        # rollback-guard-ignore drop-table: retired in 2.0';
    const lines = text.split('\n');
    const at = lineOf(text, changeMarker(format, 'dropTable'));
    lines.splice(at - 1, 0, comment);
    const report = runEngine({ changes: changeSetFromTrees({}, { [`db/changelog/c.${EXT[format]}`]: lines.join('\n') }), config: defaultConfig() }, { today: '2026-11-24' });
    const drop = report.findings.find((f) => f.rule === 'drop-table');
    expect(drop?.suppressed, show(report.findings)).toBeTruthy();
  });
});
