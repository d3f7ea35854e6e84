/** Schema history: the base commit's migrations replayed into a catalog, best effort, never fatal. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import { analyse, analyseTrees, rulesAt } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const REBUILD = `PRAGMA foreign_keys=OFF;
CREATE TABLE \`__new_page_subscriber\` (
  \`id\` integer PRIMARY KEY NOT NULL,
  \`email\` text NOT NULL,
  \`token\` text
);
INSERT INTO \`__new_page_subscriber\`("id", "email", "token") SELECT "id", "email", "token" FROM \`page_subscriber\`;
DROP TABLE \`page_subscriber\`;
ALTER TABLE \`__new_page_subscriber\` RENAME TO \`page_subscriber\`;
PRAGMA foreign_keys=ON;`;

describe('SQLite table rebuilds', () => {
  const base = 'CREATE TABLE page_subscriber (id integer PRIMARY KEY NOT NULL, email text, token text, legacy text);';

  test('a rebuild is judged column by column against the history', () => {
    const findings = analyse(REBUILD, { base, dialect: 'sqlite' });
    const rules = findings.map((f) => `${f.rule}:${f.line}:${f.object}`);
    // On the replacement's definition: the CREATE TABLE that lacks the column, the column's own line.
    expect(rules).toContain('drop-column:2:page_subscriber.legacy');
    expect(rules).toContain('set-not-null:4:page_subscriber.email');
    expect(rules.filter((r) => r.startsWith('drop-table') || r.startsWith('rename-table'))).toEqual([]);
  });

  test('a rebuild that keeps every column is quiet', () => {
    const same = 'CREATE TABLE page_subscriber (id integer PRIMARY KEY NOT NULL, email text NOT NULL, token text);';
    expect(analyse(REBUILD, { base: same, dialect: 'sqlite' })).toEqual([]);
  });

  test('without history the table stays a drop (the gate cannot prove the rebuild keeps everything)', () => {
    expect(rulesAt(analyse(REBUILD, { dialect: 'sqlite' }), 'drop-table')).toEqual([8]);
  });
});

describe('replaying base migrations', () => {
  test('versions apply in order across folders of one framework: the latest type wins', () => {
    const base = {
      'db/migrations/0001_init.sql': 'CREATE TABLE items (name varchar(50));',
      'db/migrations/0002_widen.sql': 'ALTER TABLE items ALTER COLUMN name TYPE varchar(100);',
    };
    const head = { ...base, 'db/migrations/0003_more.sql': 'ALTER TABLE items ALTER COLUMN name TYPE varchar(80);' };
    const findings = analyseTrees(base, head);
    expect(findings.find((f) => f.rule === 'change-column-type')?.message).toContain('from varchar(100) to varchar(80)');
  });

  test('goose Down sections of base files are not replayed', () => {
    const base = { 'db/migrations/00001_init.sql': '-- +goose Up\nCREATE TABLE t (a int);\n-- +goose Down\nDROP TABLE t;\n' };
    const head = { ...base, 'db/migrations/00002_widen.sql': '-- +goose Up\nALTER TABLE t ALTER COLUMN a TYPE bigint;\n' };
    expect(rulesAt(analyseTrees(base, head), 'widen-column-type')).toEqual([2]);
  });

  test('a base migration that does not parse is skipped, never fatal', () => {
    const base = {
      'db/migrations/0001_init.sql': 'CREATE TABLE t (a int);\nTHIS IS NOT SQL (((;\n',
      'db/migrations/0002_more.sql': "CREATE TYPE mood AS ENUM ('a');",
    };
    const head = { ...base, 'db/migrations/0003_x.sql': 'ALTER TABLE t ALTER COLUMN a TYPE bigint;' };
    expect(rulesAt(analyseTrees(base, head), 'widen-column-type')).toEqual([1]);
  });

  test('MySQL ENUM values come from the history', () => {
    const base = { 'db/migrations/0001_init.sql': "CREATE TABLE orders (status ENUM('new','paid') NOT NULL);" };
    const head = { ...base, 'db/migrations/0002_x.sql': "ALTER TABLE orders MODIFY status ENUM('new','paid','void') NOT NULL;" };
    const findings = analyseTrees(base, head, { dialect: 'mysql' });
    expect(rulesAt(findings, 'add-enum-value')).toEqual([1]);
    expect(rulesAt(findings, 'rename-enum-value')).toEqual([]);
    expect(rulesAt(findings, 'change-column-type')).toEqual([]);
  });

  test('sqitch deploy scripts are forward migrations, revert scripts down migrations', () => {
    const findings = analyseTrees({}, { 'sqitch/deploy/drop_users.sql': 'DROP TABLE users;', 'sqitch/revert/drop_users.sql': 'CREATE TABLE users (id int);' });
    expect(findings.filter((f) => f.rule === 'drop-table').map((f) => f.file)).toEqual(['sqitch/deploy/drop_users.sql']);
    expect(findings.filter((f) => f.rule === 'down-migration').map((f) => f.file)).toEqual(['sqitch/revert/drop_users.sql']);
  });
});
