/**
 * Audit of the schema history (the base commit's migrations replayed in the framework's order) and of
 * the type comparison (same / widen / change) per dialect, through the whole engine: findings on the
 * exact file and line of the PR's migration.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import { prepareEngine } from '../../src/engine.js';
import { analyse, analyseTrees, expectFires, expectQuiet, rulesAt, type CaseOptions } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

type Verdict = 'same' | 'widen' | 'change';

/** The PR's migration that retypes column `c` of table `t`, and the line its finding belongs on. */
function retype(dialect: Dialect, type: string): { sql: string; line: number } {
  if (dialect === 'postgres') return { sql: `-- retype\nALTER TABLE t ALTER COLUMN c TYPE ${type};`, line: 2 };
  if (dialect === 'mysql') return { sql: `-- retype\nALTER TABLE t MODIFY c ${type} NOT NULL;`, line: 2 };
  // SQLite: a table rebuild; the finding is on the column's line in the replacement.
  return {
    sql: `CREATE TABLE t_new (\n  id integer PRIMARY KEY,\n  c ${type}\n);\nINSERT INTO t_new (id, c) SELECT id, c FROM t;\nDROP TABLE t;\nALTER TABLE t_new RENAME TO t;`,
    line: 3,
  };
}

function baseWith(dialect: Dialect, type: string): Record<string, string> {
  const c = dialect === 'mysql' ? `c ${type} NOT NULL` : `c ${type}`;
  return {
    'db/migrations/0001_init.sql': `CREATE TABLE t (id ${dialect === 'sqlite' ? 'integer PRIMARY KEY' : 'int'}, ${c});`,
    'db/migrations/0002_other.sql': 'CREATE TABLE other (id int);',
  };
}

function expectVerdict(dialect: Dialect, oldType: string, newType: string, verdict: Verdict, base?: Record<string, string>): void {
  const { sql, line } = retype(dialect, newType);
  const options: CaseOptions = { base: base ?? baseWith(dialect, oldType), dialect, path: 'db/migrations/0003_pr.sql' };
  const findings = analyse(sql, options).filter((f) => f.rule === 'change-column-type' || f.rule === 'widen-column-type');
  const got = findings.map((f) => `${f.rule}:${f.line}:${f.file}`);
  const expected = verdict === 'same' ? [] : [`${verdict}-column-type:${line}:db/migrations/0003_pr.sql`];
  expect(got, `${dialect}: ${oldType} -> ${newType}`).toEqual(expected);
}

describe('type comparison: Postgres', () => {
  test.each<[string, string, Verdict]>([
    ['int', 'integer', 'same'],
    ['int4', 'int', 'same'],
    ['integer', 'int4', 'same'],
    ['bigint', 'int8', 'same'],
    ['int', 'bigint', 'widen'],
    ['smallint', 'int', 'widen'],
    ['bigint', 'int', 'change'],
    ['varchar(10)', 'character varying(10)', 'same'],
    ['character varying(10)', 'varchar(20)', 'widen'],
    ['varchar(20)', 'varchar(10)', 'change'],
    ['varchar(20)', 'text', 'widen'],
    ['text', 'varchar(20)', 'change'],
    // Unbounded varchar and text are the same string type (binary-coercible, no rewrite).
    ['varchar', 'text', 'same'],
    ['text', 'character varying', 'same'],
    ['timestamp', 'timestamp without time zone', 'same'],
    ['timestamptz', 'timestamp with time zone', 'same'],
    // Lemmy: `ALTER COLUMN published TYPE timestamptz`. Existing values are reinterpreted in the
    // session's time zone and drivers map the two to different types: a change, not a widening.
    ['timestamp', 'timestamptz', 'change'],
    ['timestamptz', 'timestamp', 'change'],
    ['timestamp', 'timestamp(6)', 'same'],
    ['timestamp(3)', 'timestamp(6)', 'widen'],
    ['timestamp(6)', 'timestamp(3)', 'change'],
    ['timestamp(3)', 'timestamptz(3)', 'change'],
    ['time', 'time without time zone', 'same'],
    ['numeric(10,2)', 'numeric(12,2)', 'widen'],
    // Same precision, more scale: fewer integer digits.
    ['numeric(10,2)', 'numeric(10,3)', 'change'],
    // More scale reads back differently (1.50 becomes 1.500).
    ['numeric(10,2)', 'numeric(12,4)', 'change'],
    ['numeric(12,2)', 'numeric(10,2)', 'change'],
    ['decimal(10,2)', 'numeric(10,2)', 'same'],
    ['numeric(10,2)', 'decimal(12,2)', 'widen'],
    ['decimal', 'numeric', 'same'],
    ['numeric(10,2)', 'numeric', 'widen'],
    ['real', 'double precision', 'widen'],
    ['float8', 'double precision', 'same'],
    ['bool', 'boolean', 'same'],
    ['char(3)', 'character(3)', 'same'],
    ['text[]', 'text[]', 'same'],
    ['varchar(10)[]', 'varchar(20)[]', 'widen'],
    ['int[]', 'bigint[]', 'widen'],
    ['bigint[]', 'int[]', 'change'],
    ['text', 'text[]', 'change'],
    ['varbit(4)', 'bit varying(8)', 'widen'],
    ['json', 'jsonb', 'change'],
    ['uuid', 'text', 'change'],
    ['citext', 'public.citext', 'same'],
    ['"public"."citext"', 'citext', 'same'],
  ])('%s -> %s: %s', (oldType, newType, verdict) => {
    expectVerdict('postgres', oldType, newType, verdict);
  });

  test('a domain is compared by name: the gate does not read its base type or checks', () => {
    const base = {
      'db/migrations/0001_domain.sql': "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');",
      'db/migrations/0002_t.sql': 'CREATE TABLE t (id int, c email);',
    };
    expectVerdict('postgres', 'email', 'text', 'change', base);
    expectVerdict('postgres', 'email', 'public.email', 'same', base);
  });
});

describe('type comparison: MySQL', () => {
  test.each<[string, string, Verdict]>([
    // Display widths mean nothing for storage.
    ['int(11)', 'int', 'same'],
    ['int', 'integer', 'same'],
    ['bigint(20)', 'bigint', 'same'],
    ['int(10) unsigned', 'int unsigned', 'same'],
    ['int', 'int unsigned', 'change'],
    ['int unsigned', 'int', 'change'],
    ['int unsigned', 'bigint', 'widen'],
    ['int unsigned', 'bigint unsigned', 'widen'],
    ['tinyint unsigned', 'smallint', 'widen'],
    ['int', 'mediumint', 'change'],
    // BOOLEAN is TINYINT(1). Drivers (Connector/J tinyInt1isBit, Rails, Sequelize) read that one
    // width as a boolean and any other as a number: TINYINT(1) to TINYINT is a change.
    ['tinyint(1)', 'boolean', 'same'],
    ['boolean', 'tinyint(1)', 'same'],
    ['bool', 'boolean', 'same'],
    ['tinyint(1)', 'tinyint', 'change'],
    ['tinyint(4)', 'tinyint(1)', 'change'],
    ['varchar(50)', 'varchar(255)', 'widen'],
    ['varchar(255)', 'varchar(50)', 'change'],
    ['varchar(255)', 'text', 'widen'],
    ['varchar(20000)', 'text', 'change'],
    ['varchar(20000)', 'mediumtext', 'widen'],
    ['text', 'mediumtext', 'widen'],
    ['text', 'longtext', 'widen'],
    ['mediumtext', 'text', 'change'],
    ['blob', 'mediumblob', 'widen'],
    ['varbinary(16)', 'varbinary(32)', 'widen'],
    ['decimal(10,2)', 'decimal(12,2)', 'widen'],
    ['decimal(10,2)', 'decimal(10,3)', 'change'],
    // DECIMAL means DECIMAL(10,0).
    ['decimal', 'decimal(10,0)', 'same'],
    ['decimal', 'numeric(10)', 'same'],
    // FLOAT is single precision in MySQL (double in Postgres).
    ['float', 'double', 'widen'],
    ['double', 'float', 'change'],
    ['double', 'real', 'same'],
    ['datetime', 'datetime(3)', 'widen'],
    ['datetime(6)', 'datetime', 'change'],
    ['datetime(0)', 'datetime', 'same'],
    ['datetime', 'timestamp', 'change'],
    ['json', 'longtext', 'change'],
    // The gate does not model character sets or collations: a clause is not a type change.
    ['varchar(255)', 'varchar(255) CHARACTER SET utf8mb4', 'same'],
    ['varchar(255) CHARACTER SET utf8mb4', 'varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci', 'same'],
    ['varchar(255) CHARACTER SET latin1', 'varchar(255) CHARACTER SET utf8mb4', 'same'],
    ['varchar(255)', 'varchar(512) COLLATE utf8_bin', 'widen'],
  ])('%s -> %s: %s', (oldType, newType, verdict) => {
    expectVerdict('mysql', oldType, newType, verdict);
  });

  test('CHANGE with the same name and type is quiet; with a bigger type, a widening on its line', () => {
    const base = { 'db/migrations/0001_t.sql': 'CREATE TABLE t (id int, c int(11) NOT NULL);' };
    expectQuiet('ALTER TABLE t CHANGE c c int NOT NULL;', 'change-column-type', { base, dialect: 'mysql' });
    expectFires('\nALTER TABLE t CHANGE COLUMN `c` `c` bigint(20) NOT NULL;', 'widen-column-type', 2, { base, dialect: 'mysql' });
  });
});

describe('type comparison: SQLite (affinity; lengths are not enforced)', () => {
  test.each<[string, string, Verdict]>([
    ['INTEGER', 'INT', 'same'],
    ['int', 'INTEGER', 'same'],
    ['bigint', 'integer', 'same'],
    // INTEGER and NUMERIC affinity store values alike.
    ['boolean', 'integer', 'same'],
    ['numeric', 'decimal(10,2)', 'same'],
    ['datetime', 'timestamp', 'same'],
    ['TEXT', 'VARCHAR(10)', 'same'],
    ['varchar(100)', 'varchar(50)', 'same'],
    ['TEXT', 'CLOB', 'same'],
    ['REAL', 'DOUBLE', 'same'],
    // A declared type that grows is a notice: the previous release may read longer values than it declares.
    ['VARCHAR(10)', 'TEXT', 'widen'],
    ['varchar(50)', 'varchar(255)', 'widen'],
    ['int', 'bigint', 'widen'],
    // Another affinity converts values on write (and the copy): a change.
    ['TEXT', 'INTEGER', 'change'],
    ['int', 'text', 'change'],
    ['INTEGER', 'REAL', 'change'],
    ['BLOB', 'TEXT', 'change'],
    ['text', 'blob', 'change'],
  ])('%s -> %s: %s', (oldType, newType, verdict) => {
    expectVerdict('sqlite', oldType, newType, verdict);
  });

  test('a column declared without a type (BLOB affinity) given one is a change', () => {
    const base = { 'db/migrations/0001_t.sql': 'CREATE TABLE t (id integer PRIMARY KEY, c);' };
    expectVerdict('sqlite', '', 'text', 'change', base);
  });
});

describe('history: base files replayed in the framework order', () => {
  const golang = {
    'db/migrations/1_init.up.sql': 'CREATE TABLE t (c varchar(10));',
    'db/migrations/1_init.down.sql': 'DROP TABLE t;',
    'db/migrations/2_widen.up.sql': 'ALTER TABLE t ALTER COLUMN c TYPE varchar(100);',
    'db/migrations/2_widen.down.sql': 'ALTER TABLE t ALTER COLUMN c TYPE varchar(10);',
    'db/migrations/10_narrow.up.sql': 'ALTER TABLE t ALTER COLUMN c TYPE varchar(20);',
    'db/migrations/10_narrow.down.sql': 'ALTER TABLE t ALTER COLUMN c TYPE varchar(100);',
  };

  test('golang-migrate 1_, 2_, 10_ apply numerically (10_ last), down files never', () => {
    const findings = analyse('ALTER TABLE t ALTER COLUMN c TYPE varchar(50);', { base: golang, path: 'db/migrations/11_more.up.sql' });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['widen-column-type:1']);
    expect(findings[0].message).toContain('from varchar(20) to varchar(50)');
  });

  test('several PR files apply numerically too: 10_ drops what 9_ added', () => {
    const base = { 'db/migrations/1_init.up.sql': 'CREATE TABLE t (c int);', 'db/migrations/8_x.up.sql': 'CREATE INDEX t_c ON t (c);' };
    const head = {
      ...base,
      'db/migrations/9_add.up.sql': 'ALTER TABLE t ADD COLUMN d int;',
      'db/migrations/10_drop.up.sql': '-- d was a mistake\nALTER TABLE t DROP COLUMN d;\nALTER TABLE t DROP COLUMN c;',
    };
    const findings = analyseTrees(base, head);
    expect(findings.map((f) => `${f.rule}:${f.file}:${f.line}`)).toEqual(['drop-column:db/migrations/10_drop.up.sql:3']);
  });

  test('a later base file changes a type an earlier one created (Flyway V1, V2, V10)', () => {
    const base = {
      'db/migration/V1__init.sql': 'CREATE TABLE items (price numeric(8,2));',
      'db/migration/V2__wider.sql': 'ALTER TABLE items ALTER COLUMN price TYPE numeric(10,2);',
      'db/migration/V10__wider_still.sql': 'ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);',
    };
    expectQuiet('ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);', 'change-column-type', { base, path: 'db/migration/V11__same.sql' });
    expectQuiet('ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);', 'widen-column-type', { base, path: 'db/migration/V11__same.sql' });
    const hit = expectFires('\n\nALTER TABLE items ALTER COLUMN price TYPE numeric(11,2);', 'change-column-type', 3, { base, path: 'db/migration/V11__narrow.sql' });
    expect(hit.message).toContain('from numeric(12,2)');
  });

  test('diesel folders apply by their timestamp; their down.sql files never', () => {
    const base = {
      'migrations/2020-01-01-000000_init/up.sql': 'CREATE TABLE post (id serial PRIMARY KEY, published timestamp NOT NULL DEFAULT now());',
      'migrations/2020-01-01-000000_init/down.sql': 'DROP TABLE post;',
      'migrations/2021-06-01-000000_tz/up.sql': 'ALTER TABLE post ALTER COLUMN published TYPE timestamptz;',
      'migrations/2021-06-01-000000_tz/down.sql': 'ALTER TABLE post ALTER COLUMN published TYPE timestamp;',
    };
    const path = 'migrations/2022-01-01-000000_again/up.sql';
    expectQuiet('ALTER TABLE post ALTER COLUMN published TYPE timestamp with time zone;', 'change-column-type', { base, path });
    expectFires('ALTER TABLE post ALTER COLUMN published TYPE timestamp;', 'change-column-type', 1, { base, path });
  });

  test('dbmate and goose down sections in base are not replayed', () => {
    const base = {
      'db/migrations/20240101000000_init.sql': '-- migrate:up\nCREATE TABLE t (c int NOT NULL DEFAULT 0);\n\n-- migrate:down\nDROP TABLE t;\n',
      'db/migrations/20240201000000_more.sql': '-- migrate:up\nALTER TABLE t ADD COLUMN d text;\n\n-- migrate:down\nALTER TABLE t DROP COLUMN d;\nALTER TABLE t ALTER COLUMN c DROP DEFAULT;\n',
    };
    const sql = '-- migrate:up\nALTER TABLE t ALTER COLUMN d TYPE varchar(10);\nALTER TABLE t ALTER COLUMN c TYPE bigint;\n\n-- migrate:down\n';
    const findings = analyse(sql, { base, path: 'db/migrations/20240301000000_pr.sql' });
    expect(rulesAt(findings, 'change-column-type')).toEqual([2]);
    expect(rulesAt(findings, 'widen-column-type')).toEqual([3]);
    expect(findings.find((f) => f.rule === 'change-column-type')?.message).toContain('from text to varchar(10)');
  });

  test('Flyway undo files (U2__) in base are not replayed', () => {
    const base = {
      'db/migration/V1__init.sql': 'CREATE TABLE t (c int);',
      'db/migration/V2__add.sql': 'ALTER TABLE t ADD COLUMN d text NOT NULL DEFAULT \'\';',
      'db/migration/U2__add.sql': 'ALTER TABLE t DROP COLUMN d;',
    };
    const hit = expectFires('ALTER TABLE t ALTER COLUMN d TYPE varchar(5);', 'change-column-type', 1, { base, path: 'db/migration/V3__pr.sql' });
    expect(hit.message).toContain('from text to varchar(5)');
  });

  test('a column renamed in base is changed by the PR under its new name', () => {
    const base = {
      'db/migrations/0001_users.sql': "CREATE TABLE users (id int, name varchar(50) NOT NULL DEFAULT '');",
      'db/migrations/0002_rename.sql': 'ALTER TABLE users RENAME COLUMN name TO full_name;',
    };
    const findings = analyse('ALTER TABLE users ALTER COLUMN full_name TYPE varchar(20);\nALTER TABLE users ALTER COLUMN full_name DROP DEFAULT;', { base, path: 'db/migrations/0003_pr.sql' });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['change-column-type:1', 'drop-default:2']);
    expect(findings[0].message).toContain('from varchar(50) to varchar(20)');
  });

  test('MySQL: a column renamed in base by CHANGE, then MODIFY without its default', () => {
    const base = {
      'db/migrations/0001_users.sql': "CREATE TABLE users (id int, name varchar(50) NOT NULL DEFAULT '');",
      'db/migrations/0002_rename.sql': "ALTER TABLE users CHANGE name full_name varchar(50) NOT NULL DEFAULT '';",
    };
    const findings = analyse('ALTER TABLE users\n  MODIFY full_name varchar(100) NOT NULL;', { base, dialect: 'mysql', path: 'db/migrations/0003_pr.sql' });
    expect(findings.map((f) => `${f.rule}:${f.line}`).sort()).toEqual(['drop-default:2', 'widen-column-type:2']);
  });

  test('a table renamed in base is known under its new name (Postgres, MySQL RENAME TABLE, SQLite)', () => {
    const pg = { 'db/migrations/0001_a.sql': 'CREATE TABLE old_t (c int);', 'db/migrations/0002_b.sql': 'ALTER TABLE old_t RENAME TO new_t;' };
    expect(rulesAt(analyse('ALTER TABLE new_t ALTER COLUMN c TYPE bigint;', { base: pg, path: 'db/migrations/0003_pr.sql' }), 'widen-column-type')).toEqual([1]);
    const my = { 'db/migrations/0001_a.sql': 'CREATE TABLE old_t (c int);', 'db/migrations/0002_b.sql': 'RENAME TABLE old_t TO new_t;' };
    const mysqlFindings = analyse('ALTER TABLE new_t MODIFY c smallint;', { base: my, dialect: 'mysql', path: 'db/migrations/0003_pr.sql' });
    expect(mysqlFindings.find((f) => f.rule === 'change-column-type')?.message).toContain('from int to smallint');
    const lite = { 'db/migrations/0001_a.sql': 'CREATE TABLE old_t (id integer PRIMARY KEY, c int NOT NULL DEFAULT 0);', 'db/migrations/0002_b.sql': 'ALTER TABLE old_t RENAME TO new_t;' };
    const rebuild = 'CREATE TABLE x (\n  id integer PRIMARY KEY,\n  c int NOT NULL\n);\nINSERT INTO x (id, c) SELECT id, c FROM new_t;\nDROP TABLE new_t;\nALTER TABLE x RENAME TO new_t;';
    const sqliteFindings = analyse(rebuild, { base: lite, dialect: 'sqlite', path: 'db/migrations/0003_pr.sql' });
    expect(sqliteFindings.map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-default:3']);
  });

  test('a column dropped in base and added again has its new type', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (c int);',
      'db/migrations/0002_b.sql': 'ALTER TABLE t DROP COLUMN c;',
      'db/migrations/0003_c.sql': 'ALTER TABLE t ADD COLUMN c text;',
    };
    const pg = expectFires('ALTER TABLE t ALTER COLUMN c TYPE bigint USING c::bigint;', 'change-column-type', 1, { base, path: 'db/migrations/0004_pr.sql' });
    expect(pg.message).toContain('from text to');
    const my = expectFires('ALTER TABLE t MODIFY c bigint;', 'change-column-type', 1, { base, dialect: 'mysql', path: 'db/migrations/0004_pr.sql' });
    expect(my.message).toContain('from text to bigint');
  });

  test('a table dropped in base and created again has its new columns', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (c int, d int);',
      'db/migrations/0002_b.sql': 'DROP TABLE t;',
      'db/migrations/0003_c.sql': 'CREATE TABLE t (c varchar(10));',
    };
    expectFires('ALTER TABLE t ALTER COLUMN c TYPE varchar(40);', 'widen-column-type', 1, { base, path: 'db/migrations/0004_pr.sql' });
    // d went with the old table: its type is not known.
    const hit = expectFires('ALTER TABLE t ALTER COLUMN d TYPE bigint;', 'change-column-type', 1, { base, path: 'db/migrations/0004_pr.sql' });
    expect(hit.message).toContain('previous type is not known');
  });

  test('ADD COLUMN IF NOT EXISTS in base of a column base has does nothing: the column keeps its type', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (c int NOT NULL DEFAULT 0);',
      'db/migrations/0002_b.sql': 'ALTER TABLE t ADD COLUMN IF NOT EXISTS c text;\nALTER TABLE t ADD COLUMN IF NOT EXISTS d text;',
    };
    const path = 'db/migrations/0003_pr.sql';
    expect(analyse('ALTER TABLE t ALTER COLUMN c TYPE bigint;', { base, path }).map((f) => `${f.rule}:${f.line}`)).toEqual(['widen-column-type:1']);
    expectFires('ALTER TABLE t ALTER COLUMN d TYPE varchar(9);', 'change-column-type', 1, { base, path });
  });

  test('schema-qualified names: public. is dropped, other schemas are kept', () => {
    const base = { 'db/migrations/0001_a.sql': 'CREATE TABLE public.users (n int);\nCREATE TABLE app.users (n varchar(10));' };
    expect(rulesAt(analyse('ALTER TABLE users ALTER COLUMN n TYPE bigint;', { base }), 'widen-column-type')).toEqual([1]);
    expect(rulesAt(analyse('ALTER TABLE "public"."users" ALTER COLUMN n TYPE bigint;', { base }), 'widen-column-type')).toEqual([1]);
    expect(rulesAt(analyse('ALTER TABLE app.users ALTER COLUMN n TYPE varchar(20);', { base }), 'widen-column-type')).toEqual([1]);
  });
});

describe('history: enums', () => {
  const moods = {
    'db/migrations/0001_a.sql': "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE t (m mood);",
    'db/migrations/0002_b.sql': "ALTER TYPE mood ADD VALUE 'c';",
  };

  test('a value added in base is one of the type values: ADD VALUE IF NOT EXISTS of it adds nothing', () => {
    expectQuiet("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'c';", 'add-enum-value', { base: moods, path: 'db/migrations/0003_pr.sql' });
    expectFires("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'c';\nALTER TYPE mood ADD VALUE IF NOT EXISTS 'd';", 'add-enum-value', 2, { base: moods, path: 'db/migrations/0003_pr.sql' });
  });

  test('an enum swapped for a new type without the value base added loses it (on the ALTER COLUMN)', () => {
    const sql = "CREATE TYPE mood_new AS ENUM ('a', 'b');\nALTER TABLE t ALTER COLUMN m TYPE mood_new USING m::text::mood_new;\nDROP TYPE mood;\nALTER TYPE mood_new RENAME TO mood;";
    const findings = analyse(sql, { base: moods, path: 'db/migrations/0003_pr.sql' });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['rename-enum-value:2']);
    expect(findings[0].message).toContain("'c'");
  });

  test('a value renamed in base: the swap keeps the new name, adds one', () => {
    const base = { ...moods, 'db/migrations/0002_b.sql': "ALTER TYPE mood RENAME VALUE 'b' TO 'bb';" };
    const sql = "CREATE TYPE mood_new AS ENUM ('a', 'bb', 'c');\nALTER TABLE t ALTER COLUMN m TYPE mood_new USING m::text::mood_new;\nDROP TYPE mood;\nALTER TYPE mood_new RENAME TO mood;";
    expect(analyse(sql, { base, path: 'db/migrations/0003_pr.sql' }).map((f) => `${f.rule}:${f.line}`)).toEqual(['add-enum-value:2']);
  });

  test('an enum renamed in base keeps its values under the new name', () => {
    const base = { ...moods, 'db/migrations/0003_c.sql': 'ALTER TYPE mood RENAME TO feeling;' };
    const path = 'db/migrations/0004_pr.sql';
    expectQuiet("ALTER TYPE feeling ADD VALUE IF NOT EXISTS 'b';", 'add-enum-value', { base, path });
    expectFires("ALTER TYPE feeling RENAME VALUE 'c' TO 'cc';", 'rename-enum-value', 1, { base, path });
  });

  test('a PR that renames or adds a value of a base enum', () => {
    const path = 'db/migrations/0003_pr.sql';
    expectFires("\nALTER TYPE mood RENAME VALUE 'c' TO 'see';", 'rename-enum-value', 2, { base: moods, path });
    expectFires("ALTER TYPE mood ADD VALUE 'd' AFTER 'c';", 'add-enum-value', 1, { base: moods, path });
  });

  test('MySQL: an ENUM column redefined in base is judged against its last definition', () => {
    const base = {
      'db/migrations/0001_a.sql': "CREATE TABLE o (status ENUM('new','paid') NOT NULL);",
      'db/migrations/0002_b.sql': "ALTER TABLE o MODIFY status ENUM('new','paid','void') NOT NULL;",
    };
    const path = 'db/migrations/0003_pr.sql';
    expectFires("ALTER TABLE o MODIFY status ENUM('new','paid') NOT NULL;", 'rename-enum-value', 1, { base, dialect: 'mysql', path });
    const grown = analyse("ALTER TABLE o MODIFY status ENUM('new','paid','void','refunded') NOT NULL;", { base, dialect: 'mysql', path });
    expect(grown.map((f) => `${f.rule}:${f.line}`)).toEqual(['add-enum-value:1']);
    expect(grown[0].message).toContain("'refunded'");
    expect(analyse("ALTER TABLE o MODIFY status ENUM('new','paid','void') NOT NULL;", { base, dialect: 'mysql', path })).toEqual([]);
  });

  test('MySQL: an ENUM column renamed in base by CHANGE keeps its values', () => {
    const base = {
      'db/migrations/0001_a.sql': "CREATE TABLE o (status ENUM('new','paid') NOT NULL);",
      'db/migrations/0002_b.sql': "ALTER TABLE o CHANGE status state ENUM('new','paid','void') NOT NULL;",
    };
    const path = 'db/migrations/0003_pr.sql';
    expect(analyse("ALTER TABLE o MODIFY state ENUM('new','paid','void') NOT NULL;", { base, dialect: 'mysql', path })).toEqual([]);
    expectFires("ALTER TABLE o MODIFY state ENUM('new','void') NOT NULL;", 'rename-enum-value', 1, { base, dialect: 'mysql', path });
  });
});

describe('history: nullability and defaults', () => {
  const path = 'db/migrations/0003_pr.sql';
  const pg = {
    'db/migrations/0001_a.sql': 'CREATE TABLE t (id int, c int NOT NULL DEFAULT 0);',
    'db/migrations/0002_b.sql': 'ALTER TABLE t ADD COLUMN d int;',
  };

  test('Postgres: DROP DEFAULT of a base default, SET NOT NULL of a base nullable column, DROP NOT NULL of a base NOT NULL column', () => {
    expect(analyse('ALTER TABLE t ALTER COLUMN c DROP DEFAULT;\nALTER TABLE t ALTER COLUMN d SET NOT NULL;', { base: pg, path }).map((f) => `${f.rule}:${f.line}`)).toEqual([
      'drop-default:1',
      'set-not-null:2',
    ]);
    // d is nullable in base already: nothing changes for the previous release.
    expect(analyse('ALTER TABLE t ALTER COLUMN c DROP NOT NULL;\nALTER TABLE t ALTER COLUMN d DROP NOT NULL;', { base: pg, path }).map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-not-null:1']);
  });

  test('MySQL: MODIFY without the default base gave, MODIFY NOT NULL of a nullable column', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (id int, c int NOT NULL DEFAULT 0, d int, e int NOT NULL);',
      'db/migrations/0002_b.sql': 'ALTER TABLE t ALTER COLUMN e SET DEFAULT 5;',
    };
    const findings = analyse('ALTER TABLE t MODIFY c int NOT NULL;\nALTER TABLE t MODIFY d int NOT NULL DEFAULT 1;\nALTER TABLE t MODIFY e int NOT NULL;', { base, dialect: 'mysql', path });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-default:1', 'set-not-null:2', 'drop-default:3']);
  });

  test('MySQL: what base already relaxed is not relaxed again', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (id int, c int NOT NULL DEFAULT 0, d int NOT NULL);',
      'db/migrations/0002_b.sql': 'ALTER TABLE t ALTER COLUMN c DROP DEFAULT;\nALTER TABLE t MODIFY d int NULL;',
    };
    expect(analyse('ALTER TABLE t MODIFY c int NOT NULL;\nALTER TABLE t MODIFY d int NULL;', { base, dialect: 'mysql', path })).toEqual([]);
    // d is nullable since 0002: NOT NULL again is a set-not-null.
    expectFires('ALTER TABLE t MODIFY c int NOT NULL;\nALTER TABLE t MODIFY d int NOT NULL DEFAULT 0;', 'set-not-null', 2, { base, dialect: 'mysql', path });
  });

  test('SQLite: a rebuild judged against columns base added later', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (id integer PRIMARY KEY);',
      'db/migrations/0002_b.sql': 'ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0;\nALTER TABLE t ADD COLUMN d int;',
    };
    const sql = 'CREATE TABLE t2 (\n  id integer PRIMARY KEY,\n  c int NOT NULL,\n  d int NOT NULL\n);\nINSERT INTO t2 (id, c, d) SELECT id, c, d FROM t;\nDROP TABLE t;\nALTER TABLE t2 RENAME TO t;';
    expect(analyse(sql, { base, dialect: 'sqlite', path }).map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-default:3', 'set-not-null:4']);
  });
});

describe('history: unique and plain indexes and constraints', () => {
  const path = 'db/migrations/0003_pr.sql';

  test('Postgres: unique index, unique constraint and inline UNIQUE are errors, a plain index a warning, a CHECK quiet', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (a text UNIQUE, b text, d text);\nCREATE UNIQUE INDEX t_b_ux ON t (b);\nCREATE INDEX t_d_ix ON t (d);',
      'db/migrations/0002_b.sql': "ALTER TABLE t ADD CONSTRAINT t_bd_key UNIQUE (b, d);\nALTER TABLE t ADD CONSTRAINT t_d_check CHECK (d <> '');",
    };
    const sql = 'DROP INDEX t_b_ux;\nDROP INDEX t_d_ix;\nALTER TABLE t DROP CONSTRAINT t_bd_key;\nALTER TABLE t DROP CONSTRAINT t_a_key;\nALTER TABLE t DROP CONSTRAINT t_d_check;';
    const findings = analyse(sql, { base, path }).filter((f) => f.rule === 'drop-index');
    expect(findings.map((f) => `${f.line}:${f.severity}`)).toEqual(['1:error', '2:warning', '3:error', '4:error']);
  });

  test('Postgres: an index renamed in base, a unique index replaced by a plain one in base', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (a text, b text);\nCREATE UNIQUE INDEX t_a_ux ON t (a);\nCREATE UNIQUE INDEX t_b_ux ON t (b);',
      'db/migrations/0002_b.sql': 'ALTER INDEX t_a_ux RENAME TO t_a_uniq;\nDROP INDEX t_b_ux;\nCREATE INDEX t_b_ux ON t (b);',
    };
    const findings = analyse('DROP INDEX t_a_uniq;\nDROP INDEX t_b_ux;', { base, path }).filter((f) => f.rule === 'drop-index');
    expect(findings.map((f) => `${f.line}:${f.severity}`)).toEqual(['1:error', '2:warning']);
  });

  test('Postgres: a primary key and unique constraints of a table renamed in base keep their kind', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (id int, a int, b int);\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\nALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);',
      'db/migrations/0002_b.sql': 'ALTER TABLE t RENAME TO t2;',
    };
    const findings = analyse('ALTER TABLE t2 DROP CONSTRAINT t_pkey;\nALTER TABLE t2 DROP CONSTRAINT t_a_key;', { base, path }).filter((f) => f.rule === 'drop-index');
    expect(findings.map((f) => `${f.line}:${f.severity}:${f.object}`)).toEqual(['1:error:t2.t_pkey', '2:error:t2.t_a_key']);
    expect(findings[0].message).toContain('primary key');
  });

  test('CREATE [UNIQUE] INDEX IF NOT EXISTS of an index the history has leaves it as it was (Postgres, SQLite)', () => {
    for (const dialect of ['postgres', 'sqlite'] as const) {
      const plain = { 'db/migrations/0001_a.sql': 'CREATE TABLE t (a int);\nCREATE INDEX ix ON t (a);', 'db/migrations/0002_b.sql': 'CREATE UNIQUE INDEX IF NOT EXISTS ix ON t (a);' };
      const unique = { 'db/migrations/0001_a.sql': 'CREATE TABLE t (a int);\nCREATE UNIQUE INDEX ix ON t (a);', 'db/migrations/0002_b.sql': 'CREATE INDEX IF NOT EXISTS ix ON t (a);' };
      expect(analyse('DROP INDEX ix;', { base: plain, dialect, path }).map((f) => `${f.rule}:${f.line}:${f.severity}`), dialect).toEqual(['drop-index:1:warning']);
      expect(analyse('DROP INDEX ix;', { base: unique, dialect, path }).map((f) => `${f.rule}:${f.line}:${f.severity}`), dialect).toEqual(['drop-index:1:error']);
      // The PR's own IF NOT EXISTS over base's index does not make it new.
      const own = analyse('CREATE INDEX IF NOT EXISTS ix ON t (a);\nDROP INDEX ix;', { base: { 'db/migrations/0001_a.sql': unique['db/migrations/0001_a.sql'] }, dialect, path });
      expect(own.map((f) => `${f.rule}:${f.line}:${f.severity}`), dialect).toEqual(['drop-index:2:error']);
      expectQuiet('CREATE INDEX IF NOT EXISTS iy ON t (a);\nDROP INDEX iy;', 'drop-index', { base: plain, dialect, path });
    }
  });

  test('MySQL: UNIQUE KEY in CREATE TABLE, ADD UNIQUE INDEX, CREATE UNIQUE INDEX are errors; KEY a warning', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (a varchar(10), b varchar(10), c int, UNIQUE KEY uk_a (a), KEY ix_b (b));',
      'db/migrations/0002_b.sql': 'ALTER TABLE t ADD UNIQUE INDEX uk_c (c);\nCREATE UNIQUE INDEX uk_bc ON t (b, c);',
    };
    const sql = 'ALTER TABLE t DROP INDEX uk_a;\nALTER TABLE t DROP INDEX ix_b;\nDROP INDEX uk_c ON t;\nALTER TABLE t DROP KEY uk_bc;';
    const findings = analyse(sql, { base, dialect: 'mysql', path }).filter((f) => f.rule === 'drop-index');
    expect(findings.map((f) => `${f.line}:${f.severity}`)).toEqual(['1:error', '2:warning', '3:error', '4:error']);
  });

  test('SQLite: a unique index is an error, a plain one a warning', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (a text, b text);',
      'db/migrations/0002_b.sql': 'CREATE UNIQUE INDEX t_a_ux ON t (a);\nCREATE INDEX t_b_ix ON t (b);',
    };
    const findings = analyse('DROP INDEX t_a_ux;\nDROP INDEX IF EXISTS t_b_ix;', { base, dialect: 'sqlite', path }).filter((f) => f.rule === 'drop-index');
    expect(findings.map((f) => `${f.line}:${f.severity}`)).toEqual(['1:error', '2:warning']);
  });
});

describe('history: views, functions and types', () => {
  const path = 'db/migrations/0003_pr.sql';

  test('Postgres: objects from base are drop-object; the same created earlier in the PR are quiet', () => {
    const objects =
      "CREATE VIEW v AS SELECT a FROM t;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';\nCREATE TYPE ty AS (x int);\nCREATE DOMAIN dm AS text;\nCREATE SEQUENCE sq;";
    const drops = 'DROP VIEW v;\nDROP FUNCTION f();\nDROP TYPE ty;\nDROP DOMAIN dm;\nDROP SEQUENCE sq;';
    const base = { 'db/migrations/0001_a.sql': 'CREATE TABLE t (a text);', 'db/migrations/0002_b.sql': objects };
    expect(rulesAt(analyse(drops, { base, path }), 'drop-object')).toEqual([1, 2, 3, 4, 5]);
    expect(analyse(`${objects}\n${drops}`, { base: { 'db/migrations/0001_a.sql': 'CREATE TABLE t (a text);' }, path })).toEqual([]);
  });

  test('CREATE OR REPLACE of a base view is not a new view (Postgres, MySQL)', () => {
    const base = { 'db/migrations/0001_a.sql': 'CREATE TABLE t (a text);', 'db/migrations/0002_b.sql': 'CREATE VIEW v AS SELECT a FROM t;' };
    const sql = 'CREATE OR REPLACE VIEW v AS SELECT a FROM t;\nDROP VIEW v;';
    expectFires(sql, 'drop-object', 2, { base, path });
    expectFires(sql, 'drop-object', 2, { base, dialect: 'mysql', path });
  });

  test('a view dropped in base and created again by the PR is new', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (a text);\nCREATE VIEW v AS SELECT a FROM t;',
      'db/migrations/0002_b.sql': 'DROP VIEW v;',
    };
    expectQuiet('CREATE OR REPLACE VIEW v AS SELECT a FROM t;\nDROP VIEW v;', 'drop-object', { base, path });
  });

  test('SQLite: a view and a trigger from base are drop-object; created in the PR, quiet', () => {
    const base = { 'db/migrations/0001_a.sql': 'CREATE TABLE t (a text);', 'db/migrations/0002_b.sql': 'CREATE VIEW v AS SELECT a FROM t;\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;' };
    expect(rulesAt(analyse('DROP VIEW v;\nDROP TRIGGER tr;', { base, dialect: 'sqlite', path }), 'drop-object')).toEqual([1, 2]);
    const own = 'CREATE VIEW w AS SELECT a FROM t;\nCREATE TRIGGER tw AFTER INSERT ON t BEGIN SELECT 1; END;\nDROP VIEW w;\nDROP TRIGGER tw;';
    expectQuiet(own, 'drop-object', { base, dialect: 'sqlite', path });
  });

  test('Flyway: a view from a base R__ repeatable is known; its CREATE OR REPLACE in the PR keeps it old', () => {
    const base = {
      'db/migration/V1__init.sql': 'CREATE TABLE t (a text);',
      'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT a FROM t;',
    };
    expectFires('DROP VIEW v;', 'drop-object', 1, { base, path: 'db/migration/V2__drop.sql' });
    // The repeatable edited in the PR re-runs: its statements are analysed against the history.
    const head = { ...base, 'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT a, 1 AS b FROM t;\nDROP VIEW IF EXISTS old_v;' };
    const findings = analyseTrees(base, head);
    expect(findings.filter((f) => f.rule === 'edited-migration')).toEqual([]);
    expect(rulesAt(findings, 'drop-object')).toEqual([2]);
  });

  test('Flyway: repeatables apply after every versioned migration', () => {
    const base = {
      'db/migration/R__types.sql': 'CREATE OR REPLACE VIEW v AS SELECT a FROM t;',
      'db/migration/V1__init.sql': 'CREATE TABLE t (a varchar(10));',
      'db/migration/V2__wider.sql': 'ALTER TABLE t ALTER COLUMN a TYPE varchar(20);',
    };
    expectFires('ALTER TABLE t ALTER COLUMN a TYPE varchar(15);', 'change-column-type', 1, { base, path: 'db/migration/V3__pr.sql' });
  });
});

describe('history: base migrations that fail to parse', () => {
  test('Postgres: a file of garbage is skipped, the files after it still apply', () => {
    const base = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (c varchar(10));',
      'db/migrations/0002_broken.sql': 'ALTER TABLE t ALTER COLUMN c TYPE ((( varchar;\nTHIS IS NOT SQL;',
      'db/migrations/0003_c.sql': 'ALTER TABLE t ALTER COLUMN c TYPE varchar(30);',
    };
    expectFires('ALTER TABLE t ALTER COLUMN c TYPE varchar(20);', 'change-column-type', 1, { base, path: 'db/migrations/0004_pr.sql' });
  });

  test('MySQL and SQLite: an unparsable statement does not stop the rest of its file or the history', () => {
    const mysql = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (c int NOT NULL DEFAULT 0);\nCREATE TABLE garbage ((( ;\nALTER TABLE t ADD COLUMN d varchar(10);',
      'db/migrations/0002_b.sql': 'DELIMITER ;;\nNOT SQL AT ALL ;;\nDELIMITER ;',
      'db/migrations/0003_c.sql': 'ALTER TABLE t MODIFY d varchar(40);',
    };
    const my = analyse('ALTER TABLE t MODIFY d varchar(20);\nALTER TABLE t MODIFY c int NOT NULL;', { base: mysql, dialect: 'mysql', path: 'db/migrations/0004_pr.sql' });
    expect(my.map((f) => `${f.rule}:${f.line}`)).toEqual(['change-column-type:1', 'drop-default:2']);
    const sqlite = {
      'db/migrations/0001_a.sql': 'CREATE TABLE t (id integer PRIMARY KEY, c text);',
      'db/migrations/0002_b.sql': 'CREATE TABLE ((( broken;\nCREATE UNIQUE INDEX t_c ON t (c);',
    };
    const lite = analyse('DROP INDEX t_c;', { base: sqlite, dialect: 'sqlite', path: 'db/migrations/0003_pr.sql' });
    expect(lite.map((f) => `${f.rule}:${f.line}:${f.severity}`)).toEqual(['drop-index:1:error']);
  });
});
