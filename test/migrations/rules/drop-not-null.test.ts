import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyse, ruleTable } from '../helpers.js';

const mysql = 'mysql' as const;
const sqlite = 'sqlite' as const;
const pgBase = 'CREATE TABLE community (id bigint PRIMARY KEY, title text NOT NULL, description text);';
const mysqlBase = 'CREATE TABLE community (id int NOT NULL, title varchar(200) NOT NULL, description text, PRIMARY KEY (id));';
const sqliteBase = 'CREATE TABLE tokens (id text PRIMARY KEY, address_id text NOT NULL, note text);';

/** A drizzle-style SQLite rebuild of `tokens` with these column definitions (line 2 is the first). */
const rebuild = (...columns: string[]): string =>
  [
    'CREATE TABLE __new_tokens (',
    ...columns.map((c, i) => `  ${c}${i < columns.length - 1 ? ',' : ''}`),
    ');',
    'INSERT INTO __new_tokens (id, address_id, note) SELECT id, address_id, note FROM tokens;',
    'DROP TABLE tokens;',
    'ALTER TABLE __new_tokens RENAME TO tokens;',
  ].join('\n');

ruleTable('drop-not-null', {
  fires: [
    // lemmy 2026-06-01-130125_community-title-optional (the bench/history reproduction).
    { name: 'Postgres DROP NOT NULL', sql: 'ALTER TABLE community ALTER COLUMN title DROP NOT NULL;', line: 1, base: pgBase },
    { name: 'Postgres, a sub-command of a multi-action ALTER', sql: 'ALTER TABLE community\n  ADD COLUMN banner text,\n  ALTER COLUMN title DROP NOT NULL;', line: 3, base: pgBase },
    { name: 'Postgres, a column the history does not know (fail closed)', sql: 'ALTER TABLE legacy ALTER COLUMN name DROP NOT NULL;', line: 1, base: pgBase },
    { name: 'cockroach', sql: 'ALTER TABLE community ALTER COLUMN title DROP NOT NULL;', line: 1, base: pgBase, dialect: 'cockroach' as const },
    // dolphinscheduler 3.2.0 upgrade: `MODIFY COLUMN tenant_id int NULL`.
    { name: 'MySQL MODIFY … NULL', sql: 'ALTER TABLE community MODIFY title varchar(200) NULL;', line: 1, base: mysqlBase, dialect: mysql },
    { name: 'MySQL MODIFY without NOT NULL', sql: 'ALTER TABLE community\n  MODIFY COLUMN title varchar(250);', line: 2, base: mysqlBase, dialect: mysql },
    { name: 'MySQL CHANGE without NOT NULL', sql: 'ALTER TABLE community CHANGE title title varchar(200) DEFAULT NULL;', line: 1, base: mysqlBase, dialect: mysql },
    { name: 'MariaDB MODIFY … NULL', sql: 'ALTER TABLE community MODIFY title varchar(200) NULL;', line: 1, base: mysqlBase, dialect: 'mariadb' as const },
    // kratos 20260413…_make_verification_token_address_nullable.sqlite3: on the column's line.
    { name: 'SQLite rebuild without NOT NULL', sql: rebuild('id text PRIMARY KEY', 'address_id text', 'note text'), line: 3, base: sqliteBase, dialect: sqlite },
    {
      name: 'SQLite rebuild, old table renamed away first',
      sql: 'ALTER TABLE tokens RENAME TO _tokens_old;\nCREATE TABLE tokens (\n  id text PRIMARY KEY,\n  address_id text,\n  note text\n);\nINSERT INTO tokens (id, address_id, note) SELECT id, address_id, note FROM _tokens_old;\nDROP TABLE _tokens_old;',
      line: 4,
      base: sqliteBase,
      dialect: sqlite,
    },
  ],
  quiet: [
    { name: 'a column added in this PR', sql: 'ALTER TABLE community ADD COLUMN banner text NOT NULL DEFAULT \'\';\nALTER TABLE community ALTER COLUMN banner DROP NOT NULL;', base: pgBase },
    { name: 'a table created in this PR', sql: 'CREATE TABLE tags (name text NOT NULL);\nALTER TABLE tags ALTER COLUMN name DROP NOT NULL;', base: pgBase },
    { name: 'a column nullable in base already', sql: 'ALTER TABLE community ALTER COLUMN description DROP NOT NULL;', base: pgBase },
    { name: 'MySQL MODIFY keeping NOT NULL', sql: 'ALTER TABLE community MODIFY title varchar(250) NOT NULL;', base: mysqlBase, dialect: mysql },
    { name: 'MySQL MODIFY of a primary key column (it stays NOT NULL)', sql: 'ALTER TABLE community MODIFY id bigint;', base: mysqlBase, dialect: mysql },
    { name: 'MySQL MODIFY of a nullable column', sql: 'ALTER TABLE community MODIFY description mediumtext NULL;', base: mysqlBase, dialect: mysql },
    { name: 'MySQL MODIFY of a column the history does not know', sql: 'ALTER TABLE legacy MODIFY name varchar(10) NULL;', base: mysqlBase, dialect: mysql },
    { name: 'SQLite rebuild keeping NOT NULL', sql: rebuild('id text PRIMARY KEY', 'address_id text NOT NULL', 'note text'), base: sqliteBase, dialect: sqlite },
    { name: 'SET NOT NULL', sql: 'ALTER TABLE community ALTER COLUMN description SET NOT NULL;', base: pgBase },
  ],
});

describe('drop-not-null: the finding', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('a warning in the rollback direction, naming the column', () => {
    const hit = analyse('ALTER TABLE community ALTER COLUMN title DROP NOT NULL;', { base: pgBase }).find((f) => f.rule === 'drop-not-null');
    expect(hit).toMatchObject({ severity: 'warning', direction: 'rollback', object: 'community.title', category: 'migration' });
  });
  test('a MySQL MODIFY that makes a column nullable is no longer an unparsed statement alone: the finding says what it does', () => {
    const findings = analyse('ALTER TABLE community MODIFY title varchar(200) NULL;', { base: mysqlBase, dialect: mysql });
    expect(findings.map((f) => f.rule)).toEqual(['drop-not-null']);
  });
});
