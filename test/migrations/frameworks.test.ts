/**
 * Migration frameworks (SPEC 5 auto-detection, `migrations.paths` / `migrations.framework`) and the
 * file-level rules (SPEC 7.1: down-migration, edited-migration, deleted-migration,
 * out-of-order-migration), on whole base and head trees shaped like real projects.
 *
 * Every case lists, for each rule it names in `fires`, every finding that rule must give (file and
 * line, nothing more), and for each rule in `quiet`, that it gives none.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, type ChangeSet } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';

beforeAll(async () => {
  await prepareEngine();
});

type Tree = Record<string, string>;
type Expected = [rule: string, file: string, line: number | null];

interface TreeCase {
  name: string;
  base?: Tree;
  head: Tree;
  /** Overrides of `migrations` in the config. */
  migrations?: Partial<Config['migrations'][number]>;
  /** Renames as git reports them (`-M`): head path → base path. */
  renames?: Record<string, string>;
  fires?: Expected[];
  quiet?: string[];
}

function run(c: Pick<TreeCase, 'base' | 'head' | 'migrations' | 'renames'>): Finding[] {
  const base = c.base ?? {};
  const changes: ChangeSet = changeSetFromTrees(base, c.head);
  for (const [to, from] of Object.entries(c.renames ?? {})) {
    changes.files = changes.files.filter((f) => f.path !== from && f.path !== to);
    changes.files.push({ path: to, oldPath: from, status: 'renamed' });
  }
  const config = defaultConfig();
  Object.assign(config.migrations[0], c.migrations ?? {});
  return runEngine({ changes, config }, { today: '2026-11-24' }).findings;
}

const show = (findings: Finding[]): string =>
  findings.length === 0 ? '(no findings)' : findings.map((f) => `  ${f.rule} ${f.file}:${f.line}${f.suppressed ? ' (suppressed)' : ''}`).join('\n');

function check(c: TreeCase): void {
  const findings = run(c);
  const rules = new Set((c.fires ?? []).map(([rule]) => rule));
  for (const rule of rules) {
    const want = (c.fires ?? []).filter(([r]) => r === rule).map(([, file, line]) => `${file}:${line}`).sort();
    const got = findings.filter((f) => f.rule === rule).map((f) => `${f.file}:${f.line}`).sort();
    expect(got, `${rule} in\n${show(findings)}`).toEqual(want);
  }
  for (const rule of c.quiet ?? []) {
    expect(findings.filter((f) => f.rule === rule), `${rule} should be quiet in\n${show(findings)}`).toEqual([]);
  }
  expect(rules.size + (c.quiet ?? []).length, 'a case asserts something').toBeGreaterThan(0);
}

const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy text);\n';
const DROP = 'ALTER TABLE users DROP COLUMN legacy;\n';

// ---------------------------------------------------------------------------------------------
// SPEC 5: which files are migrations
// ---------------------------------------------------------------------------------------------

/** A PR file that drops a column of a base table: drop-column on line 1 when it is a migration. */
const detected = (path: string, base = 'db/migrations/0001_users.sql'): TreeCase => ({
  name: path,
  base: { [base]: USERS },
  head: { [base]: USERS, [path]: DROP },
  fires: [['drop-column', path, 1]],
});
const notDetected = (path: string): TreeCase => ({
  name: path,
  base: { 'db/migrations/0001_users.sql': USERS },
  head: { 'db/migrations/0001_users.sql': USERS, [path]: DROP },
  quiet: ['drop-column', 'unparsed-statement', 'out-of-order-migration'],
});

describe('auto-detection (SPEC 5)', () => {
  test.each([
    detected('db/migrations/0002_drop.sql'),
    detected('migration/0002_drop.sql'),
    detected('internal/store/migrate/0002_drop.sql'),
    detected('db/0002_drop.sql'),
    detected('schema/0002_drop.sql'),
    detected('sql/0002_drop.sql'),
    detected('services/billing/src/main/resources/db/migration/V2__drop.sql'),
    detected('Migrations/0002_drop.sql'),
    // Flyway names anywhere
    detected('src/main/resources/flyway/V2__drop_legacy.sql'),
    detected('resources/R__drop_legacy.sql'),
    detected('prisma/migrations/20240201000000_drop/migration.sql'),
    detected('migrations/2024-02-01-000000_drop/up.sql', 'migrations/2024-01-01-000000_users/up.sql'),
    // sqitch: deploy/ outside any migrations folder
    detected('deploy/drop_legacy.sql', 'deploy/users.sql'),
  ])('a migration: $name', check);

  test.each([
    notDetected('scripts/report.sql'),
    notDetected('src/queries/users.sql'),
    notDetected('tools/seed.sql'),
    notDetected('docs/examples/drop.sql'),
    notDetected('db/migrations/README.md'),
    notDetected('src/main/resources/V2_drop.sql'),
  ])('not a migration: $name', check);

  // sqlc keeps the application's queries in .sql files, often under db/ (hatchet: sql/queries/*.sql).
  const QUERIES = '-- name: DeleteUser :exec\nDELETE FROM users WHERE id = $1;\n\n-- name: RenameUser :one\nUPDATE users SET email = $2 WHERE id = $1 RETURNING *;\n';
  test.each<TreeCase>([
    {
      name: 'sqlc query files under db/ are not migrations',
      base: { 'db/migrations/0001_users.sql': USERS },
      head: { 'db/migrations/0001_users.sql': USERS, 'internal/db/queries/users.sql': QUERIES, 'sql/queries/users.sql': QUERIES },
      quiet: ['delete-rows', 'update-rows', 'unparsed-statement', 'out-of-order-migration'],
    },
    {
      name: 'unless migrations.paths names them',
      base: { 'db/migrations/0001_users.sql': USERS },
      head: { 'db/migrations/0001_users.sql': USERS, 'db/queries/users.sql': QUERIES },
      migrations: { paths: ['db/**'] },
      fires: [
        ['delete-rows', 'db/queries/users.sql', 2],
        ['update-rows', 'db/queries/users.sql', 5],
      ],
    },
    {
      name: "a migration that mentions 'name:' in a comment is still one",
      base: { 'db/migrations/0001_users.sql': USERS },
      head: { 'db/migrations/0001_users.sql': USERS, 'db/migrations/0002_drop.sql': '-- name: drop the legacy column\n' + DROP },
      fires: [['drop-column', 'db/migrations/0002_drop.sql', 2]],
    },
  ])('$name', check);
});

describe('migrations.paths and migrations.framework', () => {
  test.each<TreeCase>([
    {
      name: 'configured paths replace auto-detection: a file under them is a migration',
      base: { 'database/changes/0001_users.sql': USERS },
      head: { 'database/changes/0001_users.sql': USERS, 'database/changes/0002_drop.sql': DROP },
      migrations: { paths: ['database/changes/**'] },
      fires: [['drop-column', 'database/changes/0002_drop.sql', 1]],
    },
    {
      name: 'configured paths replace auto-detection: db/migrations is no longer read',
      base: { 'database/changes/0001_users.sql': USERS },
      head: { 'database/changes/0001_users.sql': USERS, 'db/migrations/0002_drop.sql': DROP },
      migrations: { paths: ['database/changes/**'] },
      quiet: ['drop-column'],
    },
    {
      name: 'configured paths: the base history under them is replayed (a column added in base is not new)',
      base: { 'database/changes/0001_users.sql': USERS, 'database/changes/0002_nick.sql': 'ALTER TABLE users ADD COLUMN nick text;\n' },
      head: {
        'database/changes/0001_users.sql': USERS,
        'database/changes/0002_nick.sql': 'ALTER TABLE users ADD COLUMN nick text;\n',
        'database/changes/0003_rename.sql': 'ALTER TABLE users RENAME COLUMN nick TO handle;\n',
      },
      migrations: { paths: ['database/changes/*.sql'] },
      fires: [['rename-column', 'database/changes/0003_rename.sql', 1]],
    },
    {
      name: 'framework: goose forced on a folder that is not auto-detected',
      base: { 'store/0001_users.sql': `-- +goose Up\n${USERS}` },
      head: { 'store/0001_users.sql': `-- +goose Up\n${USERS}`, 'store/0002_drop.sql': `-- +goose Up\n${DROP}\n-- +goose Down\nALTER TABLE users ADD COLUMN legacy text;\n` },
      migrations: { paths: ['store/*.sql'], framework: 'goose' },
      fires: [
        ['drop-column', 'store/0002_drop.sql', 2],
        ['down-migration', 'store/0002_drop.sql', 4],
      ],
    },
    {
      name: 'framework: flyway forced: an edited V file is an edit',
      base: { 'db/migration/V1__users.sql': USERS },
      head: { 'db/migration/V1__users.sql': `${USERS}CREATE INDEX users_email ON users (email);\n` },
      migrations: { framework: 'flyway' },
      fires: [['edited-migration', 'db/migration/V1__users.sql', 2]],
    },
  ])('$name', check);
});

// ---------------------------------------------------------------------------------------------
// Frameworks
// ---------------------------------------------------------------------------------------------

describe('golang-migrate and sqlx', () => {
  const base = { 'db/migrations/000001_users.up.sql': USERS, 'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n' };
  test.each<TreeCase>([
    {
      name: 'a new up/down pair: the up is analysed, the down is a down migration and is not',
      base,
      head: { ...base, 'db/migrations/000002_drop_legacy.up.sql': DROP, 'db/migrations/000002_drop_legacy.down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n' },
      fires: [
        ['drop-column', 'db/migrations/000002_drop_legacy.up.sql', 1],
        ['down-migration', 'db/migrations/000002_drop_legacy.down.sql', 1],
      ],
      quiet: ['out-of-order-migration', 'add-required-column'],
    },
    {
      name: 'a down file that drops a table is not read as forward SQL',
      base,
      head: { ...base, 'db/migrations/000002_t.up.sql': 'CREATE TABLE t (a int);\n', 'db/migrations/000002_t.down.sql': 'DROP TABLE users;\n' },
      fires: [['down-migration', 'db/migrations/000002_t.down.sql', 1]],
      quiet: ['drop-table'],
    },
    {
      name: 'a PR that only adds a down file for an old up: down-migration, not out-of-order',
      base: { ...base, 'db/migrations/000002_a.up.sql': 'SELECT 1;\n', 'db/migrations/000003_b.up.sql': 'SELECT 1;\n' },
      head: { ...base, 'db/migrations/000002_a.up.sql': 'SELECT 1;\n', 'db/migrations/000003_b.up.sql': 'SELECT 1;\n', 'db/migrations/000002_a.down.sql': 'SELECT 1;\n' },
      fires: [['down-migration', 'db/migrations/000002_a.down.sql', 1]],
      quiet: ['out-of-order-migration', 'edited-migration'],
    },
    {
      name: 'a changed down file is a down migration (not an edit: no database applied it)',
      base,
      head: { ...base, 'db/migrations/000001_users.down.sql': 'DROP TABLE users CASCADE;\n' },
      fires: [['down-migration', 'db/migrations/000001_users.down.sql', 1]],
      quiet: ['drop-table', 'edited-migration'],
    },
    {
      name: 'sqlx reversible pair with timestamps (atuin style)',
      base: { 'crates/atuin-server/migrations/20240101000000_users.up.sql': USERS },
      head: {
        'crates/atuin-server/migrations/20240101000000_users.up.sql': USERS,
        'crates/atuin-server/migrations/20240301120000_drop.up.sql': DROP,
        'crates/atuin-server/migrations/20240301120000_drop.down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n',
      },
      fires: [
        ['drop-column', 'crates/atuin-server/migrations/20240301120000_drop.up.sql', 1],
        ['down-migration', 'crates/atuin-server/migrations/20240301120000_drop.down.sql', 1],
      ],
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'sqlx simple (no down) files',
      base: { 'migrations/20240101000000_users.sql': USERS },
      head: { 'migrations/20240101000000_users.sql': USERS, 'migrations/20240301000000_drop.sql': DROP },
      fires: [['drop-column', 'migrations/20240301000000_drop.sql', 1]],
      quiet: ['down-migration', 'out-of-order-migration'],
    },
  ])('$name', check);
});

describe('diesel', () => {
  const init = 'migrations/00000000000000_diesel_initial_setup';
  const base = { [`${init}/up.sql`]: 'CREATE FUNCTION diesel_manage_updated_at(_tbl regclass) RETURNS VOID AS $$ BEGIN END; $$ LANGUAGE plpgsql;\n', [`${init}/down.sql`]: 'DROP FUNCTION IF EXISTS diesel_manage_updated_at(_tbl regclass);\n', 'migrations/2019-02-26-002946_create_user/up.sql': USERS, 'migrations/2019-02-26-002946_create_user/down.sql': 'DROP TABLE users;\n' };
  test.each<TreeCase>([
    {
      name: 'a new migration folder: up.sql analysed, down.sql is a down migration',
      base,
      head: { ...base, 'migrations/2024-01-02-000000_drop_legacy/up.sql': DROP, 'migrations/2024-01-02-000000_drop_legacy/down.sql': 'ALTER TABLE users ADD COLUMN legacy text;\n' },
      fires: [
        ['drop-column', 'migrations/2024-01-02-000000_drop_legacy/up.sql', 1],
        ['down-migration', 'migrations/2024-01-02-000000_drop_legacy/down.sql', 1],
      ],
      quiet: ['out-of-order-migration', 'drop-object'],
    },
    {
      name: 'an older diesel version than the newest in base is out of order',
      base: { ...base, 'migrations/2024-03-01-000000_b/up.sql': 'SELECT 1;\n' },
      head: { ...base, 'migrations/2024-03-01-000000_b/up.sql': 'SELECT 1;\n', 'migrations/2024-01-02-000000_a/up.sql': 'SELECT 1;\n', 'migrations/2024-01-02-000000_a/down.sql': 'SELECT 1;\n' },
      fires: [
        ['out-of-order-migration', 'migrations/2024-01-02-000000_a/up.sql', 1],
        ['down-migration', 'migrations/2024-01-02-000000_a/down.sql', 1],
      ],
    },
    {
      name: 'an edited diesel up.sql',
      base,
      head: { ...base, 'migrations/2019-02-26-002946_create_user/up.sql': `${USERS}CREATE INDEX users_email ON users (email);\n` },
      fires: [['edited-migration', 'migrations/2019-02-26-002946_create_user/up.sql', 2]],
      quiet: ['down-migration'],
    },
  ])('$name', check);
});

describe('goose', () => {
  const path = 'cmd/hatchet-migrate/migrate/migrations/20240215162148_v0_10_2.sql';
  const basePath = 'cmd/hatchet-migrate/migrate/migrations/20240115180414_init.sql';
  const base = { [basePath]: `-- +goose Up\n${USERS}\n-- +goose Down\nDROP TABLE users;\n` };
  const pr = (sql: string): Tree => ({ ...base, [path]: sql });
  test.each<TreeCase>([
    {
      name: 'Up analysed, Down with statements is a down migration at its marker',
      base,
      head: pr(`-- +goose Up\n${DROP}\n-- +goose Down\nALTER TABLE users ADD COLUMN legacy text;\n`),
      fires: [
        ['drop-column', path, 2],
        ['down-migration', path, 4],
      ],
    },
    {
      name: 'an empty Down section is not a down migration',
      base,
      head: pr(`-- +goose Up\n${DROP}\n-- +goose Down\n`),
      fires: [['drop-column', path, 2]],
      quiet: ['down-migration'],
    },
    {
      name: 'a Down section with only comments is not a down migration',
      base,
      head: pr(`-- +goose Up\n${DROP}\n-- +goose Down\n-- irreversible: restore from backup\n`),
      quiet: ['down-migration'],
    },
    {
      name: 'an empty StatementBegin/End block in Down is not a down migration',
      base,
      head: pr(`-- +goose Up\n${DROP}\n-- +goose Down\n-- +goose StatementBegin\n-- +goose StatementEnd\n`),
      quiet: ['down-migration'],
    },
    {
      name: "goose's template Down (SELECT 'down SQL query') undoes nothing: not a down migration",
      base,
      head: pr(`-- +goose Up\n-- +goose StatementBegin\n${DROP}-- +goose StatementEnd\n\n-- +goose Down\n-- +goose StatementBegin\nSELECT 'down SQL query';\n-- +goose StatementEnd\n`),
      fires: [['drop-column', path, 3]],
      quiet: ['down-migration'],
    },
    {
      name: 'a Down that calls a function is a down migration',
      base,
      head: pr(`-- +goose Up\n${DROP}\n-- +goose Down\nSELECT drop_partitions('users');\n`),
      fires: [['down-migration', path, 4]],
    },
    {
      name: 'StatementBegin/End around a function: one statement, the table after it is analysed',
      base,
      head: pr(
        '-- +goose Up\n-- +goose StatementBegin\nCREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n-- +goose StatementEnd\n\nALTER TABLE users DROP COLUMN legacy;\n\n-- +goose Down\n-- +goose StatementBegin\nDROP FUNCTION touch();\n-- +goose StatementEnd\n',
      ),
      fires: [
        ['drop-column', path, 11],
        ['down-migration', path, 13],
      ],
      quiet: ['unparsed-statement', 'drop-object'],
    },
    {
      name: 'NO TRANSACTION and CONCURRENTLY',
      base: { [basePath]: `-- +goose Up\n${USERS}CREATE INDEX users_email ON users (email);\n` },
      head: { [basePath]: `-- +goose Up\n${USERS}CREATE INDEX users_email ON users (email);\n`, [path]: '-- +goose NO TRANSACTION\n\n-- +goose Up\nDROP INDEX CONCURRENTLY users_email;\n\n-- +goose Down\n' },
      fires: [['drop-index', path, 4]],
      quiet: ['down-migration', 'unparsed-statement'],
    },
    {
      name: 'ENVSUB: a statement with a ${VAR} placeholder is still reported on its line',
      base,
      head: pr('-- +goose Up\n-- +goose ENVSUB ON\nALTER TABLE users DROP COLUMN legacy;\nGRANT SELECT ON users TO ${APP_ROLE};\n-- +goose ENVSUB OFF\n'),
      fires: [['drop-column', path, 3]],
    },
    {
      name: 'an edited goose file: edited-migration on the first changed line; its unchanged Down is not a new down migration',
      base,
      head: { [basePath]: `-- +goose Up\n${USERS}CREATE INDEX users_email ON users (email);\n\n-- +goose Down\nDROP TABLE users;\n` },
      fires: [['edited-migration', basePath, 3]],
      quiet: ['down-migration', 'drop-table'],
    },
    {
      name: 'an edited goose file whose Down changed',
      base,
      head: { [basePath]: `-- +goose Up\n${USERS}\n-- +goose Down\nDROP TABLE users CASCADE;\n` },
      fires: [
        ['edited-migration', basePath, 5],
        ['down-migration', basePath, 4],
      ],
    },
    {
      name: 'goose sequential numbers after timestamps in base: out of order (goose orders by number)',
      base,
      head: { ...base, 'cmd/hatchet-migrate/migrate/migrations/00002_next.sql': '-- +goose Up\nSELECT 1;\n' },
      fires: [['out-of-order-migration', 'cmd/hatchet-migrate/migrate/migrations/00002_next.sql', 1]],
    },
    {
      name: 'goose timestamps after sequential numbers in base: newest, quiet',
      base: { 'db/migrations/00001_users.sql': `-- +goose Up\n${USERS}`, 'db/migrations/00002_b.sql': '-- +goose Up\nSELECT 1;\n' },
      head: { 'db/migrations/00001_users.sql': `-- +goose Up\n${USERS}`, 'db/migrations/00002_b.sql': '-- +goose Up\nSELECT 1;\n', 'db/migrations/20240101000000_c.sql': '-- +goose Up\nSELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
  ])('$name', check);
});

describe('dbmate', () => {
  const basePath = 'db/migrations/20211118015519_create-users.sql';
  const path = 'db/migrations/20220404205710_drop-legacy.sql';
  const base = { [basePath]: `-- migrate:up\n${USERS}\n-- migrate:down\nDROP TABLE users;\n` };
  test.each<TreeCase>([
    {
      name: 'migrate:down with statements',
      base,
      head: { ...base, [path]: `-- migrate:up\n${DROP}\n-- migrate:down\nALTER TABLE users ADD COLUMN legacy text;\n` },
      fires: [
        ['drop-column', path, 2],
        ['down-migration', path, 4],
      ],
    },
    {
      name: 'migrate:down with only a comment (supabase style) is not a down migration',
      base,
      head: { ...base, [path]: `-- migrate:up\n${DROP}\n-- migrate:down\n-- nothing to do\n` },
      fires: [['drop-column', path, 2]],
      quiet: ['down-migration'],
    },
    {
      name: 'migrate:up transaction:false',
      base,
      head: { ...base, [path]: '-- migrate:up transaction:false\nALTER TABLE users DROP COLUMN legacy;\n\n-- migrate:down\n' },
      fires: [['drop-column', path, 2]],
      quiet: ['down-migration'],
    },
  ])('$name', check);
});

describe('Flyway', () => {
  const dir = 'src/main/resources/db/migration';
  const base = { [`${dir}/V1__users.sql`]: USERS, [`${dir}/V1_1__email_index.sql`]: 'CREATE INDEX users_email ON users (email);\n' };
  test.each<TreeCase>([
    {
      name: 'V2__ after V1_1: analysed, in order',
      base,
      head: { ...base, [`${dir}/V2__drop_legacy.sql`]: DROP },
      fires: [['drop-column', `${dir}/V2__drop_legacy.sql`, 1]],
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'V1.10 after V1.9',
      base: { ...base, [`${dir}/V1.9__x.sql`]: 'SELECT 1;\n' },
      head: { ...base, [`${dir}/V1.9__x.sql`]: 'SELECT 1;\n', [`${dir}/V1.10__y.sql`]: 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'V1_2 (1.2) when base has V2: out of order',
      base: { ...base, [`${dir}/V2__x.sql`]: 'SELECT 1;\n' },
      head: { ...base, [`${dir}/V2__x.sql`]: 'SELECT 1;\n', [`${dir}/V1_2__late.sql`]: 'SELECT 1;\n' },
      fires: [['out-of-order-migration', `${dir}/V1_2__late.sql`, 1]],
    },
    {
      name: 'V1.9 when base has V1.10: out of order',
      base: { ...base, [`${dir}/V1.10__x.sql`]: 'SELECT 1;\n' },
      head: { ...base, [`${dir}/V1.10__x.sql`]: 'SELECT 1;\n', [`${dir}/V1.9__late.sql`]: 'SELECT 1;\n' },
      fires: [['out-of-order-migration', `${dir}/V1.9__late.sql`, 1]],
    },
    {
      name: 'an undo U file is a down migration, not out of order',
      base: { ...base, [`${dir}/V2__x.sql`]: 'SELECT 1;\n' },
      head: { ...base, [`${dir}/V2__x.sql`]: 'SELECT 1;\n', [`${dir}/U1_1__email_index.sql`]: 'DROP INDEX users_email;\n' },
      fires: [['down-migration', `${dir}/U1_1__email_index.sql`, 1]],
      quiet: ['out-of-order-migration', 'drop-index'],
    },
    {
      name: 'editing R__ is not an edit; its new statements are analysed',
      base: { ...base, [`${dir}/R__views.sql`]: 'CREATE OR REPLACE VIEW legacy_users AS SELECT id FROM users;\nCREATE OR REPLACE VIEW active_users AS SELECT id FROM users;\n' },
      head: { ...base, [`${dir}/R__views.sql`]: 'DROP VIEW legacy_users;\nCREATE OR REPLACE VIEW active_users AS SELECT id, email FROM users;\n' },
      fires: [['drop-object', `${dir}/R__views.sql`, 1]],
      quiet: ['edited-migration', 'out-of-order-migration'],
    },
    {
      name: 'a new R__ file is never out of order',
      base,
      head: { ...base, [`${dir}/R__views.sql`]: 'CREATE VIEW v AS SELECT 1;\n' },
      quiet: ['out-of-order-migration', 'edited-migration'],
    },
    {
      name: 'editing a V file fires on the first changed line',
      base,
      head: { ...base, [`${dir}/V1__users.sql`]: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(200), legacy text);\n' },
      fires: [['edited-migration', `${dir}/V1__users.sql`, 1]],
      quiet: ['change-column-type'],
    },
    {
      name: 'Flyway reads a location recursively: subfolders are one sequence',
      base: { [`${dir}/2024/V20240301__a.sql`]: 'SELECT 1;\n' },
      head: { [`${dir}/2024/V20240301__a.sql`]: 'SELECT 1;\n', [`${dir}/2023/V20231201__late.sql`]: 'SELECT 1;\n' },
      fires: [['out-of-order-migration', `${dir}/2023/V20231201__late.sql`, 1]],
    },
    {
      name: 'Flyway: two modules are two sequences',
      base: { 'account/src/main/resources/org/killbill/billing/account/migration/V20240301__a.sql': 'SELECT 1;\n' },
      head: {
        'account/src/main/resources/org/killbill/billing/account/migration/V20240301__a.sql': 'SELECT 1;\n',
        'invoice/src/main/resources/org/killbill/billing/invoice/migration/V20231201__b.sql': 'SELECT 1;\n',
      },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'Flyway versions are timestamps too (killbill)',
      base: { 'account/src/main/resources/org/killbill/billing/account/migration/V20160822115745__account_notes.sql': 'SELECT 1;\n' },
      head: {
        'account/src/main/resources/org/killbill/billing/account/migration/V20160822115745__account_notes.sql': 'SELECT 1;\n',
        'account/src/main/resources/org/killbill/billing/account/migration/V20150101000000__older.sql': 'SELECT 1;\n',
      },
      fires: [['out-of-order-migration', 'account/src/main/resources/org/killbill/billing/account/migration/V20150101000000__older.sql', 1]],
    },
  ])('$name', check);
});

describe('sqitch', () => {
  const base = { 'sqitch/deploy/users.sql': `BEGIN;\n${USERS}COMMIT;\n`, 'sqitch/revert/users.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n', 'sqitch/verify/users.sql': 'SELECT id FROM users WHERE false;\n', 'sqitch/sqitch.plan': '%project=app\n\nusers 2024-01-01T00:00:00Z Ana <ana@example.com> # users\n' };
  test.each<TreeCase>([
    {
      name: 'a new change: deploy analysed, revert is a down migration, verify is nothing',
      base,
      head: {
        ...base,
        'sqitch/deploy/drop_legacy.sql': `BEGIN;\n${DROP}COMMIT;\n`,
        'sqitch/revert/drop_legacy.sql': 'BEGIN;\nALTER TABLE users ADD COLUMN legacy text;\nCOMMIT;\n',
        'sqitch/verify/drop_legacy.sql': 'SELECT 1/0 FROM information_schema.columns WHERE column_name = \'legacy\';\n',
        'sqitch/sqitch.plan': `${base['sqitch/sqitch.plan']}drop_legacy [users] 2024-02-01T00:00:00Z Ana <ana@example.com> # drop legacy\n`,
      },
      fires: [
        ['drop-column', 'sqitch/deploy/drop_legacy.sql', 2],
        ['down-migration', 'sqitch/revert/drop_legacy.sql', 1],
      ],
      quiet: ['out-of-order-migration', 'unparsed-statement', 'edited-migration'],
    },
    {
      name: 'an edited deploy script',
      base,
      head: { ...base, 'sqitch/deploy/users.sql': `BEGIN;\n${USERS}CREATE INDEX users_email ON users (email);\nCOMMIT;\n` },
      fires: [['edited-migration', 'sqitch/deploy/users.sql', 3]],
    },
    {
      name: 'sqitch rework: deploy/users@v1.0.sql keeps the deployed script, deploy/users.sql is a new change',
      base: { ...base, 'sqitch/deploy/touch.sql': 'CREATE OR REPLACE FUNCTION touch() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n', 'sqitch/revert/touch.sql': 'DROP FUNCTION touch();\n' },
      head: {
        ...base,
        'sqitch/deploy/touch@v1.0.sql': 'CREATE OR REPLACE FUNCTION touch() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n',
        'sqitch/revert/touch@v1.0.sql': 'DROP FUNCTION touch();\n',
        'sqitch/deploy/touch.sql': `CREATE OR REPLACE FUNCTION touch() RETURNS int AS $$ SELECT 2 $$ LANGUAGE sql;\n${DROP}`,
        'sqitch/revert/touch.sql': 'CREATE OR REPLACE FUNCTION touch() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n',
      },
      fires: [
        ['drop-column', 'sqitch/deploy/touch.sql', 2],
        ['down-migration', 'sqitch/revert/touch.sql', 1],
      ],
      quiet: ['edited-migration', 'drop-object'],
    },
    {
      name: 'a deleted deploy script',
      base,
      head: { 'sqitch/revert/users.sql': base['sqitch/revert/users.sql'], 'sqitch/verify/users.sql': base['sqitch/verify/users.sql'] },
      fires: [['deleted-migration', 'sqitch/deploy/users.sql', null]],
    },
  ])('$name', check);
});

describe('Prisma', () => {
  const base = { 'prisma/migrations/20240101000000_init/migration.sql': USERS, 'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n' };
  test.each<TreeCase>([
    {
      name: 'a new migration folder, newest',
      base,
      head: { ...base, 'prisma/migrations/20240301000000_drop_legacy/migration.sql': `-- AlterTable\n${DROP}` },
      fires: [['drop-column', 'prisma/migrations/20240301000000_drop_legacy/migration.sql', 2]],
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'an older folder timestamp: out of order',
      base: { ...base, 'prisma/migrations/20240301000000_b/migration.sql': 'SELECT 1;\n' },
      head: { ...base, 'prisma/migrations/20240301000000_b/migration.sql': 'SELECT 1;\n', 'prisma/migrations/20240201000000_a/migration.sql': 'SELECT 1;\n' },
      fires: [['out-of-order-migration', 'prisma/migrations/20240201000000_a/migration.sql', 1]],
    },
    {
      name: 'umami-style numbered folders per provider are separate sequences',
      base: { 'db/mysql/migrations/01_init/migration.sql': USERS, 'db/postgresql/migrations/05_x/migration.sql': USERS },
      head: { 'db/mysql/migrations/01_init/migration.sql': USERS, 'db/postgresql/migrations/05_x/migration.sql': USERS, 'db/mysql/migrations/02_y/migration.sql': 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'an edited migration.sql',
      base,
      head: { ...base, 'prisma/migrations/20240101000000_init/migration.sql': `${USERS}\n-- CreateIndex\nCREATE INDEX users_email ON users (email);\n` },
      fires: [['edited-migration', 'prisma/migrations/20240101000000_init/migration.sql', 2]],
    },
  ])('$name', check);
});

describe('Liquibase formatted SQL', () => {
  const path = 'src/main/resources/db/changelog/changelog.sql';
  const v1 = '--liquibase formatted sql\n\n--changeset ana:1\nCREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n--rollback DROP TABLE users;\n';
  test.each<TreeCase>([
    {
      name: 'a new changelog: --rollback lines are down migrations',
      head: { [path]: `${v1}\n--changeset ana:2\nCREATE INDEX users_legacy ON users (legacy);\n--rollback DROP INDEX users_legacy;\n` },
      fires: [
        ['down-migration', path, 5],
        ['down-migration', path, 9],
      ],
      quiet: ['drop-table', 'drop-index'],
    },
    {
      name: '--rollback not required is not a down migration',
      head: { [path]: '--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE t (a int);\n--rollback not required\n' },
      quiet: ['down-migration'],
    },
    {
      name: 'a changelog that only grows: not an edit; the new changeset and its rollback are analysed',
      base: { [path]: v1 },
      head: { [path]: `${v1}\n--changeset ana:2\nALTER TABLE users DROP COLUMN legacy;\n--rollback ALTER TABLE users ADD COLUMN legacy text;\n` },
      fires: [
        ['drop-column', path, 8],
        ['down-migration', path, 9],
      ],
      quiet: ['edited-migration'],
    },
    {
      name: 'an existing changeset changed: edited-migration at its changeset',
      base: { [path]: v1 },
      head: { [path]: v1.replace('legacy text', 'legacy varchar(10)') },
      fires: [['edited-migration', path, 3]],
      quiet: ['down-migration', 'change-column-type'],
    },
    {
      name: 'a changeset removed from the changelog: edited-migration where it was',
      base: { [path]: `${v1}\n--changeset ana:2\nCREATE INDEX users_legacy ON users (legacy);\n\n--changeset ana:3\nCREATE TABLE t (a int);\n` },
      head: { [path]: `${v1}\n--changeset ana:3\nCREATE TABLE t (a int);\n` },
      fires: [['edited-migration', path, 7]],
    },
    {
      name: 'the last changeset removed: on the last line',
      base: { [path]: `${v1}\n--changeset ana:2\nCREATE INDEX users_legacy ON users (legacy);\n` },
      head: { [path]: `${v1}\n` },
      fires: [['edited-migration', path, 5]],
    },
    {
      name: 'a changeset id changed: it runs again (analysed) and the old one is reported',
      base: { [path]: `${v1}\n--changeset ana:2\nALTER TABLE users DROP COLUMN legacy;\n` },
      head: { [path]: `${v1}\n--changeset bob:2\nALTER TABLE users DROP COLUMN legacy;\n` },
      fires: [
        ['edited-migration', path, 8],
        ['drop-column', path, 8],
      ],
    },
    {
      name: 'a runOnChange changeset is meant to be edited (like Flyway R__), and re-runs',
      base: { [path]: `${v1}\n--changeset ana:views runOnChange:true\nCREATE OR REPLACE VIEW old_v AS SELECT id FROM users;\nCREATE OR REPLACE VIEW v AS SELECT id FROM users;\n` },
      head: { [path]: `${v1}\n--changeset ana:views runOnChange:true\nDROP VIEW old_v;\nCREATE OR REPLACE VIEW v AS SELECT id, legacy FROM users;\n` },
      fires: [['drop-object', path, 8]],
      quiet: ['edited-migration'],
    },
    {
      name: 'a runOnChange changeset that did not change does not run again',
      base: { [path]: `${v1}\n--changeset ana:views runOnChange:true\nDROP VIEW IF EXISTS old_v;\n` },
      head: { [path]: `${v1}\n--changeset ana:views runOnChange:true\nDROP VIEW IF EXISTS old_v;\n\n--changeset ana:3\nCREATE TABLE t (a int);\n` },
      quiet: ['drop-object', 'edited-migration'],
    },
  ])('$name', check);
});

describe('plain folders', () => {
  test.each<TreeCase>([
    {
      name: 'numbered files (supabase storage style)',
      base: { 'migrations/tenant/0001-initialmigration.sql': USERS },
      head: { 'migrations/tenant/0001-initialmigration.sql': USERS, 'migrations/tenant/0002-drop-legacy.sql': DROP },
      fires: [['drop-column', 'migrations/tenant/0002-drop-legacy.sql', 1]],
      quiet: ['out-of-order-migration', 'down-migration'],
    },
    {
      name: 'golang-migrate without zero padding: 10 after 9',
      base: { 'db/migrations/9_x.up.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/9_x.up.sql': 'SELECT 1;\n', 'db/migrations/10_y.up.sql': 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'golang-migrate without zero padding: 9 before 10',
      base: { 'db/migrations/10_x.up.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/10_x.up.sql': 'SELECT 1;\n', 'db/migrations/9_y.up.sql': 'SELECT 1;\n' },
      fires: [['out-of-order-migration', 'db/migrations/9_y.up.sql', 1]],
    },
    {
      name: 'golang-migrate: a new up with the version of the newest base migration (two branches) is a duplicate',
      base: { 'db/migrations/000004_a.up.sql': 'SELECT 1;\n', 'db/migrations/000005_a.up.sql': 'SELECT 1;\n', 'db/migrations/000005_a.down.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/000004_a.up.sql': 'SELECT 1;\n', 'db/migrations/000005_a.up.sql': 'SELECT 1;\n', 'db/migrations/000005_a.down.sql': 'SELECT 1;\n', 'db/migrations/000005_b.up.sql': 'SELECT 1;\n' },
      fires: [['out-of-order-migration', 'db/migrations/000005_b.up.sql', 1]],
    },
    {
      name: 'Flyway: a second V5 is a duplicate',
      base: { 'db/migration/V5__a.sql': 'SELECT 1;\n' },
      head: { 'db/migration/V5__a.sql': 'SELECT 1;\n', 'db/migration/V5__b.sql': 'SELECT 1;\n' },
      fires: [['out-of-order-migration', 'db/migration/V5__b.sql', 1]],
    },
    {
      name: 'plain (unknown tool, synapse-style deltas): files that share a number are fine',
      base: { 'synapse/storage/schema/main/delta/25/00background_updates.sql': 'SELECT 1;\n' },
      head: { 'synapse/storage/schema/main/delta/25/00background_updates.sql': 'SELECT 1;\n', 'synapse/storage/schema/main/delta/25/00guest_access.sql': 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'golang-migrate: an up added for a base down of the same version (an orphan) is not a duplicate',
      base: { 'db/migrations/000005_a.down.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/000005_a.down.sql': 'SELECT 1;\n', 'db/migrations/000005_a.up.sql': 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'two new files, both newer than base',
      base: { 'db/migrations/0001_a.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/0001_a.sql': 'SELECT 1;\n', 'db/migrations/0002_b.sql': 'SELECT 1;\n', 'db/migrations/0003_c.sql': 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
    {
      name: 'per folder: a sequence of its own (flipt per database)',
      base: { 'config/migrations/postgres/5_x.up.sql': 'SELECT 1;\n', 'config/migrations/sqlite3/3_x.up.sql': 'SELECT 1;\n' },
      head: { 'config/migrations/postgres/5_x.up.sql': 'SELECT 1;\n', 'config/migrations/sqlite3/3_x.up.sql': 'SELECT 1;\n', 'config/migrations/sqlite3/4_y.up.sql': 'SELECT 1;\n' },
      quiet: ['out-of-order-migration'],
    },
  ])('$name', check);
});

// ---------------------------------------------------------------------------------------------
// File-level rules
// ---------------------------------------------------------------------------------------------

describe('edited-migration: which line', () => {
  const path = 'db/migrations/0001_init.sql';
  const v1 = `${USERS}CREATE INDEX users_email ON users (email);\nCREATE TABLE orders (id bigint);\n`;
  test.each<TreeCase>([
    {
      name: 'a statement appended: its line',
      base: { [path]: v1 },
      head: { [path]: `${v1}ALTER TABLE orders ADD COLUMN total int;\n` },
      fires: [['edited-migration', path, 4]],
    },
    {
      name: 'a line changed in the middle',
      base: { [path]: v1 },
      head: { [path]: v1.replace('ON users (email)', 'ON users (lower(email))') },
      fires: [['edited-migration', path, 2]],
    },
    {
      name: 'trailing lines removed: the last line of head',
      base: { [path]: v1 },
      head: { [path]: `${USERS}CREATE INDEX users_email ON users (email);\n` },
      fires: [['edited-migration', path, 2]],
    },
    {
      name: 'emptied file: line 1',
      base: { [path]: v1 },
      head: { [path]: '' },
      fires: [['edited-migration', path, 1]],
    },
    {
      name: 'a comment changed: not an edit where the runner does not checksum the file (issue 12, format-only edits)',
      base: { [path]: `-- users\n${v1}` },
      head: { [path]: `-- the users table\n${v1}` },
      quiet: ['edited-migration'],
    },
    {
      name: 'a comment changed: still an edit for Flyway, which checksums the file',
      base: { 'db/migration/V1__init.sql': `-- users\n${v1}` },
      head: { 'db/migration/V1__init.sql': `-- the users table\n${v1}` },
      fires: [['edited-migration', 'db/migration/V1__init.sql', 1]],
    },
  ])('$name', check);
});

describe('deleted-migration', () => {
  test.each<TreeCase>([
    {
      name: 'deleted: line null',
      base: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_b.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/0001_a.sql': USERS },
      fires: [['deleted-migration', 'db/migrations/0002_b.sql', null]],
    },
    {
      name: 'a deleted down file (what down-migration advises) is neither a deleted nor a down migration',
      base: { 'db/migrations/0001_a.up.sql': USERS, 'db/migrations/0001_a.down.sql': 'DROP TABLE users;\n' },
      head: { 'db/migrations/0001_a.up.sql': USERS },
      quiet: ['deleted-migration', 'down-migration'],
    },
    {
      name: 'a deleted diesel down.sql and Flyway undo file',
      base: { 'migrations/2024-01-01-000000_a/up.sql': USERS, 'migrations/2024-01-01-000000_a/down.sql': 'DROP TABLE users;\n', 'db/migration/V1__a.sql': 'SELECT 1;\n', 'db/migration/U1__a.sql': 'SELECT 1;\n' },
      head: { 'migrations/2024-01-01-000000_a/up.sql': USERS, 'db/migration/V1__a.sql': 'SELECT 1;\n' },
      quiet: ['deleted-migration', 'down-migration'],
    },
    {
      name: 'a deleted diesel migration folder: the up.sql is the deleted migration',
      base: { 'migrations/2024-01-01-000000_a/up.sql': USERS, 'migrations/2024-01-01-000000_a/down.sql': 'DROP TABLE users;\n' },
      head: {},
      fires: [['deleted-migration', 'migrations/2024-01-01-000000_a/up.sql', null]],
      quiet: ['down-migration'],
    },
    {
      name: 'a deleted sqitch verify script is not a deleted migration',
      base: { 'db/deploy/users.sql': USERS, 'db/verify/users.sql': 'SELECT id FROM users WHERE false;\n' },
      head: { 'db/deploy/users.sql': USERS },
      quiet: ['deleted-migration'],
    },
    {
      name: 'renamed with no content change (git -M): fires once, on the new path, no re-analysis',
      base: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_b.sql': DROP },
      head: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0003_b.sql': DROP },
      renames: { 'db/migrations/0003_b.sql': 'db/migrations/0002_b.sql' },
      fires: [['deleted-migration', 'db/migrations/0003_b.sql', 1]],
      quiet: ['drop-column', 'edited-migration', 'out-of-order-migration'],
    },
    {
      name: 'renamed, seen as a delete and an add: the delete fires with no line',
      base: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_b.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0003_b.sql': 'SELECT 1;\n' },
      fires: [['deleted-migration', 'db/migrations/0002_b.sql', null]],
    },
    {
      name: 'a migration moved out of the migrations folder is deleted as a migration',
      base: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_b.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/0001_a.sql': USERS, 'archive/0002_b.sql': 'SELECT 1;\n' },
      renames: { 'archive/0002_b.sql': 'db/migrations/0002_b.sql' },
      fires: [['deleted-migration', 'db/migrations/0002_b.sql', null]],
    },
    {
      name: 'a draft moved into the migrations folder is a new migration, analysed',
      base: { 'db/migrations/0001_a.sql': USERS, 'drafts/0002_drop.sql': DROP },
      head: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_drop.sql': DROP },
      renames: { 'db/migrations/0002_drop.sql': 'drafts/0002_drop.sql' },
      fires: [['drop-column', 'db/migrations/0002_drop.sql', 1]],
      quiet: ['deleted-migration', 'edited-migration'],
    },
    {
      name: 'a down file renamed as is: nothing (no database recorded it, and it did not change)',
      base: { 'db/migrations/0001_a.up.sql': USERS, 'db/migrations/0001_a.down.sql': 'DROP TABLE users;\n' },
      head: { 'db/migrations/0001_a.up.sql': USERS, 'db/migrations/0001_users.down.sql': 'DROP TABLE users;\n' },
      renames: { 'db/migrations/0001_users.down.sql': 'db/migrations/0001_a.down.sql' },
      quiet: ['deleted-migration', 'down-migration'],
    },
    {
      name: 'a down file renamed and changed is a changed down migration',
      base: { 'db/migrations/0001_a.up.sql': USERS, 'db/migrations/0001_a.down.sql': 'DROP TABLE users;\n' },
      head: { 'db/migrations/0001_a.up.sql': USERS, 'db/migrations/0001_users.down.sql': 'DROP TABLE users CASCADE;\n' },
      renames: { 'db/migrations/0001_users.down.sql': 'db/migrations/0001_a.down.sql' },
      fires: [['down-migration', 'db/migrations/0001_users.down.sql', 1]],
      quiet: ['deleted-migration'],
    },
    {
      name: 'a migration renamed to another extension is deleted as a migration',
      base: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_b.sql': 'SELECT 1;\n' },
      head: { 'db/migrations/0001_a.sql': USERS, 'db/migrations/0002_b.sql.bak': 'SELECT 1;\n' },
      renames: { 'db/migrations/0002_b.sql.bak': 'db/migrations/0002_b.sql' },
      fires: [['deleted-migration', 'db/migrations/0002_b.sql', null]],
    },
  ])('$name', check);
});

// ---------------------------------------------------------------------------------------------
// Suppressions in framework files
// ---------------------------------------------------------------------------------------------

describe('suppressions in framework files', () => {
  const base = { 'db/migrations/00001_users.sql': `-- +goose Up\n${USERS}` };
  const finding = (c: Pick<TreeCase, 'base' | 'head'>, rule: string): Finding[] => run(c).filter((f) => f.rule === rule);

  test('ignore-file down-migration in a down file', () => {
    const c = { base, head: { ...base, 'db/migrations/00002_x.down.sql': '-- rollback-guard-ignore-file down-migration: local dev only, never run in production\nDROP TABLE users;\n' } };
    expect(finding(c, 'down-migration').map((f) => [f.line, f.suppressed])).toEqual([[1, true]]);
    expect(finding(c, 'unused-suppression')).toEqual([]);
    expect(finding(c, 'suppression-without-reason')).toEqual([]);
  });

  test('ignore before a statement inside a goose Up section', () => {
    const sql = `-- +goose Up\n-- rollback-guard-ignore drop-column: unused since 2.3\n${DROP}ALTER TABLE users DROP COLUMN email;\n\n-- +goose Down\n`;
    const c = { base, head: { ...base, 'db/migrations/00002_x.sql': sql } };
    expect(finding(c, 'drop-column').map((f) => [f.line, f.suppressed])).toEqual([
      [3, true],
      [4, false],
    ]);
    expect(finding(c, 'unused-suppression')).toEqual([]);
  });

  test('ignore down-migration just before a goose Down marker', () => {
    const sql = `-- +goose Up\n${DROP}\n-- rollback-guard-ignore down-migration: dev databases only\n-- +goose Down\nALTER TABLE users ADD COLUMN legacy text;\n`;
    const c = { base, head: { ...base, 'db/migrations/00002_x.sql': sql } };
    expect(finding(c, 'down-migration').map((f) => [f.line, f.suppressed])).toEqual([[5, true]]);
    expect(finding(c, 'unused-suppression')).toEqual([]);
  });

  test('a suppression without a reason warns, on its line (and still suppresses)', () => {
    const c = { base, head: { ...base, 'db/migrations/00002_x.down.sql': '-- generated\n-- rollback-guard-ignore-file down-migration\nDROP TABLE users;\n' } };
    const warn = finding(c, 'suppression-without-reason');
    expect(warn.map((f) => [f.file, f.line, f.severity])).toEqual([['db/migrations/00002_x.down.sql', 2, 'warning']]);
    expect(finding(c, 'down-migration').map((f) => f.suppressed)).toEqual([true]);
  });

  test('a suppression that matches nothing is a notice, on its line', () => {
    const sql = `-- +goose Up\n-- rollback-guard-ignore drop-table: not needed\n${DROP}\n-- +goose Down\n`;
    const c = { base, head: { ...base, 'db/migrations/00002_x.sql': sql } };
    expect(finding(c, 'unused-suppression').map((f) => [f.line, f.severity])).toEqual([[2, 'notice']]);
    expect(finding(c, 'drop-column').map((f) => f.suppressed)).toEqual([false]);
  });

  test('a statement suppression in a migration base has (not run again) is not reported unused', () => {
    const path = 'db/migrations/00002_x.sql';
    const old = `-- +goose Up\n-- rollback-guard-ignore drop-column: unused since 2.3\n${DROP}`;
    const c = { base: { ...base, [path]: old }, head: { ...base, [path]: `${old}SELECT 1;\n` } };
    expect(finding(c, 'edited-migration').map((f) => [f.line, f.suppressed])).toEqual([[4, false]]);
    expect(finding(c, 'unused-suppression')).toEqual([]);
    expect(finding(c, 'drop-column')).toEqual([]);
  });

  test('a suppression in an old Liquibase changeset does not reach a new changeset', () => {
    const path = 'db/changelog/changelog.sql';
    const v1 = `--liquibase formatted sql\n--changeset ana:1\n${USERS}--changeset ana:2\n-- rollback-guard-ignore drop-column: unused since 2.3\nALTER TABLE users DROP COLUMN email;\n`;
    const c = { head: { [path]: `${v1}--changeset ana:3\n${DROP}` }, base: { [path]: v1 } };
    expect(finding(c, 'drop-column').map((f) => [f.line, f.suppressed])).toEqual([[8, false]]);
    expect(finding(c, 'unused-suppression')).toEqual([]);
  });

  test('ignore-file edited-migration in an edited migration', () => {
    const path = 'db/migrations/00001_users.sql';
    const c = { base, head: { [path]: `-- rollback-guard-ignore-file edited-migration: index fix only\n${base[path]}CREATE INDEX users_a ON users (a);\n` } };
    expect(finding(c, 'edited-migration').map((f) => f.suppressed)).toEqual([true]);
    expect(finding(c, 'unused-suppression')).toEqual([]);
  });
});
