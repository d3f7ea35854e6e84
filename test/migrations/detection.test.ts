/**
 * Issue 12, the detector classes (docs/detection.md): schema dumps and other SQL files that are
 * not migrations; the dialect of each file and one schema history per set and dialect; baselines
 * read into a history. Each class starts from its reproduction in bench/history/repros/<class>/
 * (read from disk as it is), then variants written here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { detectionLines } from '../../src/cli.js';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/errors.js';
import { defaultConfig, type Config, type MigrationSet } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Report } from '../../src/findings.js';
import { renderJson } from '../../src/report/json.js';

beforeAll(async () => {
  await prepareEngine(['postgres', 'mysql', 'sqlite', 'clickhouse']);
});

type Tree = Record<string, string>;
const REPROS = new URL('../../bench/history/repros/', import.meta.url).pathname;

/** A reproduction's base/ or head/ tree, as path → text. */
function treeOf(dir: string, prefix = ''): Tree {
  const out: Tree = {};
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, treeOf(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

function repro(name: string): { base: Tree; head: Tree } {
  return { base: treeOf(join(REPROS, name, 'base')), head: treeOf(join(REPROS, name, 'head')) };
}

function run(base: Tree, head: Tree, sets?: Partial<MigrationSet>[] | Config): Report {
  let config: Config;
  if (sets && !Array.isArray(sets)) config = sets;
  else {
    config = defaultConfig();
    if (sets) config.migrations = sets.map((s) => ({ framework: 'auto', ...s }));
  }
  return runEngine({ changes: changeSetFromTrees(base, head), config }, { today: '2026-11-24' });
}

const rules = (r: Report): string[] => r.findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort();
const entry = (r: Report, file: string) => r.detection?.find((d) => d.file === file);

const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, name text, legacy text);\n';

describe('schema dumps and non-migrations are not migrations', () => {
  test('reproduction (hatchet): sql/schema/v1-core.sql beside goose migrations is left, with why', () => {
    const { base, head } = repro('not-a-migration');
    const report = run(base, head);
    expect(rules(report).filter((r) => r.startsWith('edited-migration'))).toEqual([]);
    expect(report.findings.filter((f) => f.file === 'sql/schema/v1-core.sql')).toEqual([]);
    expect(entry(report, 'sql/schema/v1-core.sql')).toMatchObject({ taken: false, as: 'schema' });
    expect(entry(report, 'sql/schema/v1-core.sql')?.reason).toMatch(/cmd\/migrate\/migrations/);
    expect(entry(report, 'cmd/migrate/migrations/20260102000000_v1_0_2.sql')).toMatchObject({ taken: true, as: 'migration', framework: 'goose' });
  });

  test('variant: a pg_dump file under db/ is left by its header, whatever its name', () => {
    const dump = (cols: string) =>
      `--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n\nCREATE TABLE public.users (\n    id bigint NOT NULL${cols}\n);\n`;
    const base = { 'db/migrations/0001_users.sql': USERS, 'db/current.sql': dump(',\n    legacy text') };
    const head = { 'db/migrations/0001_users.sql': USERS, 'db/current.sql': dump('') };
    const report = run(base, head);
    expect(rules(report)).toEqual([]);
    expect(entry(report, 'db/current.sql')).toMatchObject({ taken: false, as: 'schema' });
    expect(entry(report, 'db/current.sql')?.reason).toContain('PostgreSQL database dump');
  });

  test('variant: test fixtures, seeds, a structure.sql and an unversioned file beside versioned ones are left', () => {
    const base = { 'db/migrations/0001_users.sql': USERS, 'db/structure.sql': USERS };
    const head = {
      ...base,
      'db/structure.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
      'internal/store/testdata/migrations/0002_drop.sql': 'DROP TABLE users;\n',
      'db/seeds/users.sql': 'DELETE FROM users;\n',
      'db/migrations/cleanup.sql': 'ALTER TABLE users DROP COLUMN legacy;\n',
    };
    const report = run(base, head);
    expect(rules(report)).toEqual([]);
    expect(entry(report, 'db/structure.sql')).toMatchObject({ taken: false, as: 'schema' });
    expect(entry(report, 'internal/store/testdata/migrations/0002_drop.sql')).toMatchObject({ taken: false, as: 'test' });
    expect(entry(report, 'db/seeds/users.sql')).toMatchObject({ taken: false, as: 'seed' });
    expect(entry(report, 'db/migrations/cleanup.sql')).toMatchObject({ taken: false, as: 'not-run' });
  });

  test('variant: configured paths decide alone (a schema file they name is read as a migration)', () => {
    const base = { 'db/migrations/0001_users.sql': USERS, 'db/structure.sql': USERS };
    const head = { ...base, 'db/structure.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n' };
    const report = run(base, head, [{ paths: ['db/**'] }]);
    expect(rules(report)).toContain('edited-migration db/structure.sql:1');
    expect(entry(report, 'db/structure.sql')?.reason).toBe('matches migrations.paths (db/**); postgres by the default (nothing in its name, folder or content says otherwise)');
  });

  test('init folders: a Docker initdb script is left, versioned migrations in a folder named init/ are taken', () => {
    const base = { 'db/migration/init/V1__users.sql': USERS, 'db/initdb/01-schema.sql': USERS };
    const head = {
      ...base,
      'db/migration/init/V2__drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n',
      'db/initdb/01-schema.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
    };
    const report = run(base, head);
    expect(rules(report)).toEqual(['drop-column db/migration/init/V2__drop.sql:1']);
    expect(entry(report, 'db/initdb/01-schema.sql')).toMatchObject({ taken: false, as: 'schema' });
  });

  test('an unversioned file is still a migration where no migration is versioned (hand-run scripts)', () => {
    const base = { 'sql/migrations/users.sql': USERS };
    const head = { ...base, 'sql/migrations/drop.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' };
    const report = run(base, head);
    expect(rules(report)).toContain('drop-column sql/migrations/drop.sql:1');
    expect(entry(report, 'sql/migrations/drop.sql')).toMatchObject({ taken: true, as: 'migration' });
  });
});

describe('dialect per file, one history per set and dialect', () => {
  test('reproduction (ory): *.mysql.up.sql is read as MySQL (AFTER, MODIFY parsed, nothing unparsed)', () => {
    const { base, head } = repro('dialect-per-file');
    const report = run(base, head);
    const file = 'persistence/sql/migrations/sql/20260201000000_note.mysql.up.sql';
    expect(report.findings.filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
    // MODIFY … NULL read as what it is.
    expect(rules(report)).toEqual([`drop-not-null ${file}:2`]);
    expect(entry(report, file)).toMatchObject({ taken: true, dialect: 'mysql' });
    expect(entry(report, file)?.reason).toContain('mysql by its name (.mysql.)');
  });

  test('variant: db/{postgresql,mysql}/migrations keep separate histories (a MODIFY is judged against the MySQL table)', () => {
    const base = {
      'db/postgresql/migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n',
      'db/mysql/migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(10));\n',
    };
    const head = { ...base, 'db/mysql/migrations/0002_name.sql': 'ALTER TABLE users MODIFY name varchar(20);\n' };
    const report = run(base, head);
    // One shared Postgres history would say text → varchar(20) (a narrowing), or not parse MODIFY.
    expect(rules(report)).toEqual(['widen-column-type db/mysql/migrations/0002_name.sql:1']);
    expect(entry(report, 'db/mysql/migrations/0002_name.sql')).toMatchObject({ dialect: 'mysql' });
  });

  test('variant: a folder of backtick migrations makes an unmarked neighbour MySQL too', () => {
    const base = { 'migrations/0001_users.sql': 'CREATE TABLE `users` (`id` bigint PRIMARY KEY, `name` text);\n' };
    const head = { ...base, 'migrations/0002_nick.sql': 'ALTER TABLE users ADD COLUMN nick text AFTER name;\n' };
    const report = run(base, head);
    expect(report.findings.filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
    expect(entry(report, 'migrations/0002_nick.sql')).toMatchObject({ dialect: 'mysql' });
  });

  test('killbill (f9a2582ccc, 18e9e70526): a MySQL table written with `serial` and `/*! unsigned */` joins its MySQL history, so a MODIFY knows the previous type', () => {
    const dir = 'catalog/src/main/resources/org/killbill/billing/catalog/migration';
    const base = {
      [`${dir}/V20161220000000__unit_price_override.sql`]: 'create table catalog_override_usage_definition (\nrecord_id serial unique,\nfixed_price decimal(15,9) NULL,\ntenant_record_id bigint /*! unsigned */ not null default 0,\nPRIMARY KEY(record_id)\n);\n',
    };
    const head = { ...base, [`${dir}/V20220208000000__change_usage_attrs_type.sql`]: 'alter table catalog_override_usage_definition modify fixed_price decimal(18, 9) NULL;\n' };
    const report = run(base, head);
    expect(entry(report, `${dir}/V20220208000000__change_usage_attrs_type.sql`)).toMatchObject({ dialect: 'mysql' });
    expect(rules(report)).toEqual([`widen-column-type ${dir}/V20220208000000__change_usage_attrs_type.sql:1`]);
  });

  test('variant: `serial` alone says no dialect (MySQL has it too): an unmarked table follows its MySQL neighbour', () => {
    const base = { 'db/migration/V1__t.sql': 'create table t (record_id serial, amount decimal(15,9) NULL);\n' };
    const head = { ...base, 'db/migration/V2__amount.sql': 'alter table t modify amount decimal(18, 9) null;\n' };
    const report = run(base, head);
    expect(report.findings.map((f) => f.rule)).toEqual(['widen-column-type']);
    // and a Postgres history with serial stays Postgres (the default, and its own marks)
    const pg = { 'db/migration/V1__t.sql': 'create table t (id serial primary key, at timestamptz);\n' };
    const pgReport = run(pg, { ...pg, 'db/migration/V2__x.sql': 'alter table t alter column at type timestamp;\n' });
    expect(entry(pgReport, 'db/migration/V2__x.sql')).toMatchObject({ dialect: 'postgres' });
  });

  test('the list form: each set its own dialect and history', () => {
    const base = {
      'pg/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n',
      'lite/0001_users.sql': 'CREATE TABLE users (id integer PRIMARY KEY, name text);\n',
    };
    const head = { ...base, 'lite/0002_rename.sql': 'ALTER TABLE users RENAME COLUMN name TO full_name;\n', 'pg/0002_drop.sql': 'ALTER TABLE users DROP COLUMN name;\n' };
    const report = run(base, head, [
      { paths: ['pg/*.sql'], dialect: 'postgres' },
      { paths: ['lite/*.sql'], dialect: 'sqlite' },
    ]);
    expect(rules(report)).toEqual(['drop-column pg/0002_drop.sql:1', 'rename-column lite/0002_rename.sql:1'].sort());
    expect(entry(report, 'lite/0002_rename.sql')).toMatchObject({ dialect: 'sqlite' });
    expect(entry(report, 'lite/0002_rename.sql')?.reason).toContain('migrations[1].paths');
  });

  test('config: the list form is valid, the single form stays valid, errors name the set', () => {
    const list = parseConfig('migrations:\n  - paths: ["a/**"]\n    dialect: mysql\n  - paths: ["b/**"]\n', 'c.yml');
    expect(list.migrations).toEqual([
      { paths: ['a/**'], dialect: 'mysql', framework: 'auto' },
      { paths: ['b/**'], framework: 'auto' },
    ]);
    expect(parseConfig('migrations:\n  dialect: sqlite\n', 'c.yml').migrations).toEqual([{ dialect: 'sqlite', framework: 'auto' }]);
    const error = (text: string): string => {
      try {
        parseConfig(text, 'c.yml');
      } catch (e) {
        if (e instanceof ConfigError) return e.message;
        throw e;
      }
      return '';
    };
    expect(error('migrations:\n  - paths: ["a/**"]\n  - paths: ["b/**"]\n    dialect: oracle\n')).toContain("'migrations[1].dialect'");
    expect(error('migrations:\n  - dialect: mysql\n')).toContain("'migrations[0].paths' is required");
  });

  test('ClickHouse files are not read as Postgres: column changes are read, table settings are not column changes', () => {
    const base = { 'migrations/clickhouse/0001_events.sql': 'CREATE TABLE events (id UInt64, name String, y String) ENGINE = MergeTree ORDER BY id;\n' };
    const head = {
      ...base,
      'migrations/clickhouse/0002_x.sql': [
        'ALTER TABLE events DROP COLUMN y;',
        'ALTER TABLE events MODIFY COLUMN name UInt64;',
        'ALTER TABLE events MODIFY TTL toDate(id) + INTERVAL 1 DAY;',
        'ALTER TABLE events ADD COLUMN z LowCardinality(String);',
        '',
      ].join('\n'),
    };
    const report = run(base, head);
    expect(rules(report)).toEqual(['change-column-type migrations/clickhouse/0002_x.sql:2', 'drop-column migrations/clickhouse/0002_x.sql:1']);
    expect(entry(report, 'migrations/clickhouse/0002_x.sql')).toMatchObject({ dialect: 'clickhouse' });
  });
});

describe('baselines: a schema file read into the history', () => {
  test('reproduction (killbill): ddl.sql gives the previous type, varchar(256) → text is a widening', () => {
    const { base, head } = repro('widening-unknown-baseline');
    const report = run(base, head);
    expect(rules(report)).toEqual(['widen-column-type payment/src/main/resources/org/killbill/billing/payment/migration/V20170302005722__enlarge_gateway_error_msg.sql:1']);
  });

  test('variant: a Postgres schema.sql above a Flyway folder; a configured baseline; none for configured paths without one', () => {
    const schema = 'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(50));\n';
    const widen = 'ALTER TABLE users ALTER COLUMN name TYPE varchar(100);\n';
    const auto = run(
      { 'app/db/schema.sql': schema, 'app/db/migration/V1__noop.sql': 'SELECT 1;\n' },
      { 'app/db/schema.sql': schema, 'app/db/migration/V1__noop.sql': 'SELECT 1;\n', 'app/db/migration/V2__widen.sql': widen },
    );
    expect(rules(auto)).toEqual(['widen-column-type app/db/migration/V2__widen.sql:1']);

    const base = { 'store/base.sql': schema, 'store/changes/0001.sql': 'SELECT 1;\n' };
    const head = { ...base, 'store/changes/0002.sql': widen };
    expect(rules(run(base, head, [{ paths: ['store/changes/*.sql'], baseline: ['store/base.sql'] }]))).toEqual(['widen-column-type store/changes/0002.sql:1']);
    expect(rules(run(base, head, [{ paths: ['store/changes/*.sql'] }]))).toEqual(['change-column-type store/changes/0002.sql:1']);
  });
});

describe('the detection field and --debug', () => {
  test('the JSON report carries it, --debug prints one line per file', () => {
    const { base, head } = repro('not-a-migration');
    const report = run(base, head);
    const json = JSON.parse(renderJson(report)) as { detection?: { file: string; taken: boolean; as: string; reason: string }[] };
    expect(json.detection?.map((d) => [d.file, d.taken, d.as])).toEqual([
      ['cmd/migrate/migrations/20260102000000_v1_0_2.sql', true, 'migration'],
      ['sql/schema/v1-core.sql', false, 'schema'],
    ]);
    const lines = detectionLines(report);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^rollback-guard: detection: sql\/schema\/v1-core\.sql: left \(schema\): unversioned/);
    expect(lines[0]).toMatch(/taken as migration \(goose, postgres\)/);
  });

  test('absent when the PR changes no SQL file', () => {
    const report = run({ 'a.txt': 'x' }, { 'a.txt': 'y' });
    expect(report.detection).toBeUndefined();
    expect(JSON.parse(renderJson(report))).not.toHaveProperty('detection');
  });
});
