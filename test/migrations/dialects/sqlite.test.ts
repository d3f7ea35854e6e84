/**
 * SPEC 7.1 rule by rule, in SQLite: what fires (on the line of the statement or of its part) and what
 * stays quiet. SQLite's ALTER TABLE only renames a table, renames, adds or drops a column; everything
 * else (a column's type, nullability, default, a constraint) is changed by the table rebuild that
 * Drizzle, Prisma, Django, Room, sqldelight and pop generate, so those rules are tested through it:
 * `CREATE TABLE new_t (…)`, `INSERT INTO new_t … SELECT … FROM t`, `DROP TABLE t`,
 * `ALTER TABLE new_t RENAME TO t`, judged against the table the base history knows.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyse, analyseTrees, ruleTable, type FireCase, type QuietCase } from '../helpers.js';

const dialect = 'sqlite' as const;

beforeAll(async () => {
  await prepareEngine();
});

/** The columns of `users` in base, one per line as Drizzle writes them. */
const USERS = [
  '`id` integer PRIMARY KEY NOT NULL',
  '`email` text',
  '`name` varchar(50)',
  '`age` integer',
  "`status` text DEFAULT 'active' CHECK (`status` IN ('active', 'banned'))",
  '`team_id` integer',
];
const USER_COLUMNS = ['id', 'email', 'name', 'age', 'status', 'team_id'];

const BASE = `CREATE TABLE \`users\` (
  ${USERS.join(',\n  ')}
);
CREATE TABLE teams (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE sessions (id text PRIMARY KEY, user_id integer, expires_at integer);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_name_idx ON users (name);
CREATE VIEW active_users AS SELECT * FROM users WHERE status = 'active';
CREATE TRIGGER users_touch AFTER UPDATE ON users
BEGIN
  UPDATE users SET age = age WHERE id = NEW.id;
END;
`;

/**
 * A Drizzle rebuild of `users` with these definitions (line 3 is the first one, line 2 the CREATE
 * TABLE, each definition one line). `copy`: the columns the INSERT … SELECT fills, `[new, old]`;
 * by default every new column that base has, from itself. It creates the table's indexes (like
 * Drizzle) and trigger again at the end (DROP TABLE dropped them), unless `recreate` is false.
 */
function rebuildUsers(defs: string[], copy?: [string, string][], recreate = true): string {
  const names = defs.map((d) => /^`(\w+)`/.exec(d)?.[1]).filter((n): n is string => n !== undefined);
  const pairs = copy ?? names.filter((n) => USER_COLUMNS.includes(n)).map((n): [string, string] => [n, n]);
  return `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_users\` (
  ${defs.join(',\n  ')}
);
--> statement-breakpoint
INSERT INTO \`__new_users\`(${pairs.map(([n]) => `"${n}"`).join(', ')}) SELECT ${pairs.map(([, o]) => `"${o}"`).join(', ')} FROM \`users\`;--> statement-breakpoint
DROP TABLE \`users\`;--> statement-breakpoint
ALTER TABLE \`__new_users\` RENAME TO \`users\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;${recreate ? RECREATE : ''}`;
}

const RECREATE = `--> statement-breakpoint
CREATE UNIQUE INDEX \`users_email_key\` ON \`users\` (\`email\`);--> statement-breakpoint
CREATE INDEX \`users_name_idx\` ON \`users\` (\`name\`);--> statement-breakpoint
CREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN UPDATE users SET age = age WHERE id = NEW.id; END;`;

/** `USERS` with the definition of `column` replaced (or removed, with `null`). */
function usersWith(column: string, def: string | null): string[] {
  return USERS.flatMap((d) => (d.startsWith(`\`${column}\``) ? (def === null ? [] : [def]) : [d]));
}

/** Line of the definition of `column` in `rebuildUsers(defs)`. */
function lineOf(defs: string[], column: string): number {
  return 3 + defs.findIndex((d) => d.startsWith(`\`${column}\``));
}

/** The rebuild's DROP TABLE line for `defs`. */
function dropLine(defs: string[]): number {
  return 2 + defs.length + 4;
}

/** The first line after `rebuildUsers(defs)`, joined with a line break. */
function afterRebuild(defs: string[]): number {
  return dropLine(defs) + 6;
}

/**
 * Every case runs in SQLite, on the base schema above unless it says otherwise; and every statement
 * of it is read (no case is quiet because nothing understood it).
 */
function table(rule: string, cases: { fires: FireCase[]; quiet: QuietCase[] }): void {
  const withDefaults = <T extends QuietCase>(c: T): T => ({ base: BASE, ...c, dialect });
  const fires = cases.fires.map(withDefaults);
  const quiet = cases.quiet.map(withDefaults);
  ruleTable(rule, { fires, quiet });
  if (rule === 'unparsed-statement') return;
  test.each([...fires, ...quiet])(`${rule}: every statement is read: $name`, (c) => {
    expect(analyse(c.sql, c).filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
  });
}

const NOT_NULL_EMAIL = usersWith('email', '`email` text NOT NULL');
const TEXT_AGE = usersWith('age', '`age` text');
const WIDE_NAME = usersWith('name', '`name` varchar(255)');
const NO_DEFAULT = usersWith('status', "`status` text CHECK (`status` IN ('active', 'banned'))");
const NO_AGE = usersWith('age', null);
const FULL_NAME = usersWith('name', '`full_name` varchar(50)');
const NULLABLE_BIO = [...USERS, '`bio` text'];

table('drop-table', {
  fires: [
    { name: 'DROP TABLE', sql: 'BEGIN TRANSACTION;\nDROP TABLE sessions;\nCOMMIT;', line: 2 },
    { name: 'DROP TABLE IF EXISTS, quoted', sql: 'PRAGMA foreign_keys=OFF;\nDROP TABLE IF EXISTS "sessions";', line: 2 },
    { name: 'a rebuild the history does not know stays a drop', sql: rebuildUsers(USERS), base: undefined, line: dropLine(USERS) },
    { name: 'a sqldelight .sqm migration', sql: '-- drop the cache\nDROP TABLE sessions;', path: 'app/src/main/sqldelight/migrations/3.sqm', line: 2 },
  ],
  quiet: [
    { name: 'a table created in this PR', sql: 'CREATE TABLE tmp_import (id integer);\nDROP TABLE IF EXISTS tmp_import;' },
    { name: 'a rebuild of a table the history knows', sql: rebuildUsers(NOT_NULL_EMAIL) },
    { name: 'DROP VIEW is not a table', sql: 'DROP VIEW active_users;' },
  ],
});

table('drop-column', {
  fires: [
    { name: 'ALTER TABLE … DROP COLUMN', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users DROP COLUMN age;', line: 2 },
    { name: 'DROP without COLUMN, quoted', sql: 'ALTER TABLE "users" DROP "age";', line: 1 },
    { name: 'a rebuild without the column (on its CREATE TABLE)', sql: rebuildUsers(NO_AGE), line: 2 },
    {
      name: 'a rebuild without the column, INSERT … SELECT mapping another old column',
      sql: rebuildUsers(NO_AGE, [['id', 'id'], ['email', 'email'], ['name', 'age']]),
      line: 2,
    },
  ],
  quiet: [
    { name: 'a column added in this PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users DROP COLUMN nick;' },
    { name: 'a rebuild that keeps every column', sql: rebuildUsers(USERS) },
    { name: 'a rebuild that renames the column (the copy step maps it)', sql: rebuildUsers(FULL_NAME, USER_COLUMNS.map((c): [string, string] => [c === 'name' ? 'full_name' : c, c])) },
    { name: 'DROP INDEX is not a column', sql: 'DROP INDEX users_name_idx;' },
  ],
});

// drop-schema: SQLite has no schemas, no DROP SCHEMA and no DROP DATABASE; an attached database
// file is left with DETACH, which destroys nothing.
table('drop-schema', {
  fires: [],
  quiet: [{ name: 'DETACH DATABASE', sql: "ATTACH DATABASE 'archive.db' AS archive;\nDETACH DATABASE archive;" }],
});

test('DETACH DATABASE is read (no unparsed-statement)', async () => {
  await prepareEngine();
  expect(analyse('DETACH DATABASE archive;', { base: BASE, dialect })).toEqual([]);
});

// drop-object: SQLite has views and triggers (no functions, procedures, sequences, types, domains).
table('drop-object', {
  fires: [
    { name: 'DROP VIEW IF EXISTS', sql: 'BEGIN;\nDROP VIEW IF EXISTS active_users;\nCOMMIT;', line: 2 },
    { name: 'DROP TRIGGER', sql: '-- no more touch\nDROP TRIGGER users_touch;', line: 2 },
    { name: 'a rebuild that does not create the trigger again (DROP TABLE dropped it)', sql: rebuildUsers(NOT_NULL_EMAIL, undefined, false), line: dropLine(NOT_NULL_EMAIL) },
  ],
  quiet: [
    { name: 'a view created in this PR', sql: 'CREATE VIEW banned AS SELECT id FROM users;\nDROP VIEW banned;' },
    { name: 'a rebuild that creates the trigger again', sql: rebuildUsers(NOT_NULL_EMAIL) },
    {
      name: 'a view changed the SQLite way: dropped and created again',
      sql: 'DROP VIEW IF EXISTS active_users;\nCREATE VIEW active_users AS SELECT id, email FROM users WHERE status = \'active\';',
    },
    {
      name: 'a trigger replaced in the same migration (sqldelight, mihon)',
      sql: 'DROP TRIGGER IF EXISTS users_touch;\nCREATE TRIGGER users_touch AFTER UPDATE ON users\nBEGIN\n  UPDATE users SET age = age + 1 WHERE id = NEW.id;\nEND;',
      path: 'data/src/main/sqldelight/migrations/2.sqm',
    },
  ],
});

table('drop-index', {
  fires: [
    { name: 'DROP INDEX of a plain index', sql: 'ALTER TABLE users ADD COLUMN nick text;\nDROP INDEX users_name_idx;', line: 2 },
    { name: 'DROP INDEX IF EXISTS of a unique index', sql: 'DROP INDEX IF EXISTS "users_email_key";', line: 1 },
    // Without IF EXISTS: `IF EXISTS` of a name no base text writes is never-created (rules/history-classes-s7.test.ts).
    { name: 'an index the history does not know', sql: 'DROP INDEX idx_legacy;', line: 1 },
    { name: 'a unique index created again on more columns: its own are no longer unique', sql: 'DROP INDEX users_email_key;\nCREATE UNIQUE INDEX users_email_key ON users (email, name);', line: 1 },
    { name: 'a unique index created again as a plain one', sql: 'DROP INDEX users_email_key;\nCREATE INDEX users_email_key ON users (email);', line: 1 },
    { name: 'a rebuild that does not create the indexes again (DROP TABLE dropped them)', sql: rebuildUsers(NOT_NULL_EMAIL, undefined, false), line: dropLine(NOT_NULL_EMAIL) },
  ],
  quiet: [
    { name: 'an index created in this PR', sql: 'CREATE INDEX users_age_idx ON users (age);\nDROP INDEX users_age_idx;' },
    { name: 'dropped and created again in the same migration', sql: 'DROP INDEX users_name_idx;\nCREATE INDEX users_name_idx ON users (name, email);' },
    { name: 'a rebuild that creates the indexes again', sql: rebuildUsers(NOT_NULL_EMAIL) },
  ],
});

describe('drop-index severity', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('a rebuild that forgets them: the unique one an error, the plain one a warning, on the DROP TABLE', () => {
    const findings = analyse(rebuildUsers(NOT_NULL_EMAIL, undefined, false), { base: BASE, dialect });
    const line = dropLine(NOT_NULL_EMAIL);
    expect(findings.filter((f) => f.rule === 'drop-index').map((f) => `${f.line}:${f.object}:${f.severity}`)).toEqual([`${line}:users_email_key:error`, `${line}:users_name_idx:warning`]);
  });
  test('a unique index from base is an error, a plain one a warning', () => {
    const findings = analyse('DROP INDEX IF EXISTS users_email_key;\nDROP INDEX users_name_idx;', { base: BASE, dialect });
    expect(findings.filter((f) => f.rule === 'drop-index').map((f) => `${f.line}:${f.severity}`)).toEqual(['1:error', '2:warning']);
  });
});

table('rename-table', {
  fires: [
    { name: 'ALTER TABLE … RENAME TO', sql: 'ALTER TABLE `users`\n  RENAME TO `members`;', line: 1 },
    { name: 'after a transaction start', sql: 'BEGIN TRANSACTION;\nALTER TABLE sessions RENAME TO user_sessions;\nCOMMIT;', line: 2 },
  ],
  quiet: [
    { name: 'the last step of a rebuild', sql: rebuildUsers(NOT_NULL_EMAIL) },
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer);\nALTER TABLE imports RENAME TO import_jobs;' },
  ],
});

table('rename-column', {
  fires: [
    { name: 'RENAME COLUMN', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN name TO full_name;', line: 2 },
    { name: 'RENAME without COLUMN', sql: 'ALTER TABLE "users" RENAME "name" TO "full_name";', line: 1 },
    {
      name: 'a rebuild whose copy step fills a new name from the old one (on the new column)',
      sql: rebuildUsers(FULL_NAME, USER_COLUMNS.map((c): [string, string] => [c === 'name' ? 'full_name' : c, c])),
      line: lineOf(FULL_NAME, 'full_name'),
    },
  ],
  quiet: [
    { name: 'a column added in this PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO nickname;' },
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer, src text);\nALTER TABLE imports RENAME COLUMN src TO source;' },
    { name: 'a rebuild that keeps every name', sql: rebuildUsers(WIDE_NAME) },
  ],
});

// rename-object: SQLite cannot rename a view, trigger or index (ALTER TABLE … RENAME TO renames tables only).
table('rename-object', {
  fires: [],
  quiet: [{ name: 'renaming a table is rename-table', sql: 'ALTER TABLE sessions RENAME TO user_sessions;' }],
});

// change-column-type, widen-column-type, set-not-null, drop-default: SQLite has no ALTER COLUMN; the
// column is redefined by a table rebuild.
table('change-column-type', {
  fires: [{ name: 'a rebuild that changes the type (on the column)', sql: rebuildUsers(TEXT_AGE), line: lineOf(TEXT_AGE, 'age') }],
  quiet: [
    { name: 'a rebuild that only widens', sql: rebuildUsers(WIDE_NAME) },
    {
      name: 'a rebuild from text(4) to text',
      base: 'CREATE TABLE reports (id integer PRIMARY KEY, status text(4) NOT NULL);',
      sql: 'CREATE TABLE `__new_reports` (\n  `id` integer PRIMARY KEY,\n  `status` text NOT NULL\n);\nINSERT INTO `__new_reports`("id", "status") SELECT "id", "status" FROM `reports`;\nDROP TABLE `reports`;\nALTER TABLE `__new_reports` RENAME TO `reports`;',
    },
    { name: 'a rebuild that keeps the types', sql: rebuildUsers(NOT_NULL_EMAIL) },
    {
      name: 'a rebuild that keeps a type the parser does not know, on another line',
      base: 'CREATE TABLE devices (id integer PRIMARY KEY, token citext, kind "device_kind")',
      sql: 'CREATE TABLE new_devices (\n  id integer PRIMARY KEY,\n  label text,\n  token citext,\n  kind "device_kind"\n);\nINSERT INTO new_devices (id, token, kind) SELECT id, token, kind FROM devices;\nDROP TABLE devices;\nALTER TABLE new_devices RENAME TO devices;',
    },
    { name: 'ADD COLUMN', sql: 'ALTER TABLE users ADD COLUMN score real;' },
  ],
});

table('widen-column-type', {
  fires: [
    { name: 'a rebuild from varchar(50) to varchar(255)', sql: rebuildUsers(WIDE_NAME), line: lineOf(WIDE_NAME, 'name') },
    {
      // drizzle `text('status', { length: 4 })` → `text('status')` (openstatus 0042_great_epoch.sql).
      name: 'a rebuild from text(4) to text',
      base: 'CREATE TABLE reports (id integer PRIMARY KEY, status text(4) NOT NULL);',
      sql: 'CREATE TABLE `__new_reports` (\n  `id` integer PRIMARY KEY,\n  `status` text NOT NULL\n);\nINSERT INTO `__new_reports`("id", "status") SELECT "id", "status" FROM `reports`;\nDROP TABLE `reports`;\nALTER TABLE `__new_reports` RENAME TO `reports`;',
      line: 3,
    },
  ],
  quiet: [
    { name: 'a rebuild that changes a type (not a widening)', sql: rebuildUsers(TEXT_AGE) },
    { name: 'a rebuild of a table created in this PR', sql: `CREATE TABLE users (id integer PRIMARY KEY, name varchar(50));\n${rebuildUsers(WIDE_NAME)}`, base: undefined },
  ],
});

table('set-not-null', {
  fires: [
    { name: 'a rebuild that makes a column NOT NULL (on the column)', sql: rebuildUsers(NOT_NULL_EMAIL), line: lineOf(NOT_NULL_EMAIL, 'email') },
    {
      name: 'a rebuild inside a transaction, in a sqldelight .sqm file',
      sql: `BEGIN TRANSACTION;\n${rebuildUsers(NOT_NULL_EMAIL)}\nCOMMIT;`,
      path: 'app/src/main/sqldelight/migrations/7.sqm',
      line: lineOf(NOT_NULL_EMAIL, 'email') + 1,
    },
  ],
  quiet: [
    { name: 'a rebuild that keeps the column nullable', sql: rebuildUsers(NULLABLE_BIO) },
    { name: 'a column already NOT NULL', sql: rebuildUsers(usersWith('id', '`id` integer PRIMARY KEY NOT NULL')) },
    {
      name: 'a column added in this PR, then made NOT NULL by a rebuild',
      sql: `ALTER TABLE users ADD COLUMN nick text;\n${rebuildUsers([...USERS, '`nick` text NOT NULL'], [...USER_COLUMNS.map((c): [string, string] => [c, c]), ['nick', 'nick']])}`,
    },
  ],
});

table('add-required-column', {
  fires: [
    { name: 'ADD COLUMN … NOT NULL without a default (on the column)', sql: 'ALTER TABLE users\n  ADD COLUMN tenant_id integer NOT NULL;', line: 2 },
    { name: 'a rebuild that adds a required column', sql: rebuildUsers([...USERS, '`tenant_id` integer NOT NULL']), line: 3 + USERS.length },
  ],
  quiet: [
    { name: 'NOT NULL with a default (what SQLite accepts)', sql: 'ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 0;' },
    { name: 'a nullable column', sql: 'ALTER TABLE users ADD COLUMN nick text;' },
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer);\nALTER TABLE imports ADD COLUMN source text NOT NULL;' },
    { name: 'a rebuild that adds a nullable column', sql: rebuildUsers(NULLABLE_BIO) },
  ],
});

table('drop-default', {
  fires: [{ name: 'a rebuild without the default (on the column)', sql: rebuildUsers(NO_DEFAULT), line: lineOf(NO_DEFAULT, 'status') }],
  quiet: [
    { name: 'a rebuild that keeps the default', sql: rebuildUsers(NOT_NULL_EMAIL) },
    { name: 'a rebuild that gives a column a default', sql: rebuildUsers(usersWith('age', '`age` integer DEFAULT 0')) },
  ],
});

const UNIQUE_NAME = [...USERS, 'UNIQUE(`name`)'];
const INLINE_UNIQUE = usersWith('name', '`name` varchar(50) UNIQUE');
table('add-unique-constraint', {
  fires: [
    { name: 'CREATE UNIQUE INDEX', sql: 'CREATE UNIQUE INDEX users_name_key\n  ON users (name);', line: 1 },
    { name: 'a unique index dropped and created again on other columns', sql: 'DROP INDEX users_email_key;\nCREATE UNIQUE INDEX users_email_key ON users (name);', line: 2 },
    { name: 'CREATE UNIQUE INDEX IF NOT EXISTS after other statements', sql: 'ALTER TABLE users ADD COLUMN nick text;\nCREATE UNIQUE INDEX IF NOT EXISTS `users_name_unique` ON `users` (`name`);', line: 2 },
    { name: 'a rebuild with a table UNIQUE (on the constraint)', sql: rebuildUsers(UNIQUE_NAME), line: 3 + USERS.length },
    { name: 'a rebuild with a column UNIQUE (on the column)', sql: rebuildUsers(INLINE_UNIQUE), line: lineOf(INLINE_UNIQUE, 'name') },
    {
      name: 'a new unique index after a rebuild (the rebuilt table is not new)',
      sql: `${rebuildUsers(NULLABLE_BIO)}\nCREATE UNIQUE INDEX users_name_key ON users (name);`,
      line: afterRebuild(NULLABLE_BIO),
    },
  ],
  quiet: [
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer, key text);\nCREATE UNIQUE INDEX imports_key ON imports (key);' },
    { name: 'a column added in this PR', sql: 'ALTER TABLE users ADD COLUMN handle text;\nCREATE UNIQUE INDEX users_handle_key ON users (handle);' },
    { name: 'a plain index', sql: 'CREATE INDEX IF NOT EXISTS users_age_idx ON users (age);' },
    {
      name: 'a rebuild re-creating the unique index DROP TABLE dropped',
      sql: `${rebuildUsers(NULLABLE_BIO)}\nCREATE UNIQUE INDEX users_email_key ON users (email);\nCREATE INDEX users_name_idx ON users (name);`,
    },
    { name: 'a rebuild with a UNIQUE on a column it adds', sql: rebuildUsers([...USERS, '`handle` text UNIQUE']) },
    // Looser than the unique email of base (drop-index reports that email alone is no longer unique).
    { name: 'a unique index dropped and created again on more columns', sql: 'DROP INDEX users_email_key;\nCREATE UNIQUE INDEX users_email_key ON users (email, name);' },
    // flipt 7_namespaces_relationships: `key` was unique, (namespace_key, key) cannot reject more.
    { name: 'a rebuild whose new UNIQUE covers an old unique column', sql: rebuildUsers([...USERS, 'UNIQUE(`team_id`, `id`)']) },
    {
      // drizzle/libsql 0064_dusty_sunfire.sql: every index dropped, the column altered, the indexes created again.
      name: 'a unique index dropped and created again as it was',
      sql: 'DROP INDEX "users_email_key";--> statement-breakpoint\nALTER TABLE `users` ADD `nick` text;--> statement-breakpoint\nCREATE UNIQUE INDEX `users_email_key` ON `users` (`email`);',
    },
  ],
});

const CHECK_AGE = [...USERS, 'CONSTRAINT "users_age_check" CHECK(age >= 0)'];
const INLINE_CHECK = usersWith('age', '`age` integer CHECK (`age` >= 0)');
// SQLite has no ALTER TABLE … ADD CONSTRAINT: a CHECK comes with a rebuild (or with a new column).
table('add-check-constraint', {
  fires: [
    { name: 'a rebuild with a table CHECK (on the constraint)', sql: rebuildUsers(CHECK_AGE), line: 3 + USERS.length },
    { name: 'a rebuild with a column CHECK (on the column)', sql: rebuildUsers(INLINE_CHECK), line: lineOf(INLINE_CHECK, 'age') },
  ],
  quiet: [
    { name: 'a rebuild that keeps the CHECK as it was', sql: rebuildUsers(NOT_NULL_EMAIL) },
    { name: 'ADD COLUMN with a CHECK on the new column', sql: 'ALTER TABLE users ADD COLUMN score integer CHECK (score >= 0);' },
    { name: 'a rebuild with a CHECK on a column it adds', sql: rebuildUsers([...USERS, '`score` integer CHECK (`score` >= 0)']) },
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer, n integer CHECK (n > 0));' },
  ],
});

const FK_TEAM = [...USERS, 'FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade'];
const INLINE_FK = usersWith('team_id', '`team_id` integer REFERENCES `teams`(`id`)');
// SQLite has no ALTER TABLE … ADD CONSTRAINT: a FOREIGN KEY comes with a rebuild (or with a new column).
table('add-foreign-key', {
  fires: [
    { name: 'a rebuild with a table FOREIGN KEY (on the constraint)', sql: rebuildUsers(FK_TEAM), line: 3 + USERS.length },
    { name: 'a rebuild with a column REFERENCES (on the column)', sql: rebuildUsers(INLINE_FK), line: lineOf(INLINE_FK, 'team_id') },
  ],
  quiet: [
    { name: 'ADD COLUMN … REFERENCES (the new column is NULL in old rows)', sql: 'ALTER TABLE sessions ADD COLUMN team_id integer NULL REFERENCES teams(id) ON DELETE CASCADE;' },
    {
      name: 'a rebuild that keeps a REFERENCES that ADD COLUMN declared in base',
      base: `${BASE}ALTER TABLE sessions ADD COLUMN team_id integer REFERENCES teams(id);\n`,
      sql: 'CREATE TABLE new_sessions (\n  id text PRIMARY KEY,\n  user_id integer,\n  expires_at integer,\n  team_id integer REFERENCES teams(id)\n);\nINSERT INTO new_sessions (id, user_id, expires_at, team_id) SELECT id, user_id, expires_at, team_id FROM sessions;\nDROP TABLE sessions;\nALTER TABLE new_sessions RENAME TO sessions;',
    },
    { name: 'a rebuild with a FOREIGN KEY on a column it adds', sql: rebuildUsers([...USERS, '`org_id` integer REFERENCES `teams`(`id`)']) },
    {
      // flipt 11_segment_anding_tables: the replacement refers to the other replacement, renamed after.
      name: 'two rebuilds, one referring to the other by its temporary name',
      base: 'CREATE TABLE rules (id text PRIMARY KEY, rank integer);\nCREATE TABLE distributions (id text PRIMARY KEY, rule_id text NOT NULL REFERENCES rules ON DELETE CASCADE);',
      sql: 'CREATE TABLE rules_temp (id text PRIMARY KEY, rank integer);\nINSERT INTO rules_temp (id, rank) SELECT id, rank FROM rules;\nCREATE TABLE distributions_temp (\n  id text PRIMARY KEY,\n  rule_id text NOT NULL REFERENCES rules_temp ON DELETE CASCADE\n);\nINSERT INTO distributions_temp (id, rule_id) SELECT id, rule_id FROM distributions;\nDROP TABLE distributions;\nALTER TABLE distributions_temp RENAME TO distributions;\nDROP TABLE rules;\nALTER TABLE rules_temp RENAME TO rules;',
    },
    {
      // flipt 7 then 15: base history where a FOREIGN KEY named a table by its temporary name.
      name: 'a FOREIGN KEY the history saw renamed with its target table',
      base: 'CREATE TABLE flags_temp (key text PRIMARY KEY);\nCREATE TABLE variants (id text PRIMARY KEY, flag_key text REFERENCES flags_temp);\nALTER TABLE flags_temp RENAME TO flags;',
      sql: 'CREATE TABLE variants_temp (id text PRIMARY KEY, flag_key text REFERENCES flags, label text);\nINSERT INTO variants_temp (id, flag_key) SELECT id, flag_key FROM variants;\nDROP TABLE variants;\nALTER TABLE variants_temp RENAME TO variants;',
    },
    { name: 'a table created in this PR', sql: 'CREATE TABLE memberships (user_id integer REFERENCES users(id));' },
  ],
});

table('update-rows', {
  fires: [
    { name: 'UPDATE in a transaction', sql: "BEGIN TRANSACTION;\nUPDATE users\n  SET status = 'banned'\n  WHERE age < 13;\nCOMMIT;", line: 2 },
    { name: 'UPDATE … FROM', sql: 'UPDATE users SET name = teams.name\nFROM teams WHERE teams.id = users.team_id;', line: 1 },
    { name: 'UPDATE OR IGNORE', sql: "UPDATE OR IGNORE users SET email = lower(email);", line: 1 },
    // Upserts rewrite the colliding rows, as MySQL's REPLACE / ON DUPLICATE KEY UPDATE and Postgres's ON CONFLICT.
    { name: 'INSERT … ON CONFLICT DO UPDATE', sql: "INSERT INTO teams (id, name) VALUES (1, 'core')\n  ON CONFLICT (id) DO UPDATE SET name = excluded.name;", line: 1 },
    { name: 'INSERT OR REPLACE', sql: "ALTER TABLE users ADD COLUMN nick text;\nINSERT OR REPLACE INTO teams (id, name) VALUES (1, 'core');", line: 2 },
    { name: 'REPLACE INTO', sql: "REPLACE INTO teams (id, name) VALUES (2, 'ops');", line: 1 },
    { name: 'WITH … UPDATE', sql: 'WITH kids AS (SELECT id FROM users WHERE age < 13)\nUPDATE users SET status = \'banned\' WHERE id IN (SELECT id FROM kids);', line: 1 },
    {
      name: 'an old column after a rebuild (the rebuilt table is not new)',
      sql: `${rebuildUsers(NULLABLE_BIO)}\nUPDATE users SET name = trim(name);`,
      line: afterRebuild(NULLABLE_BIO),
    },
  ],
  quiet: [
    { name: 'backfill of a column added in this PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name;' },
    { name: 'backfill of a column a rebuild added', sql: `${rebuildUsers(NULLABLE_BIO)}\nUPDATE users SET bio = '';` },
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer, done integer);\nUPDATE imports SET done = 1;' },
    {
      // A trigger's body runs on later writes, not when the migration runs.
      name: 'UPDATE inside a CREATE TRIGGER body',
      sql: 'CREATE TRIGGER update_user_version AFTER UPDATE ON users\nWHEN new.age != old.age\nBEGIN\n  -- bump\n  UPDATE users SET age = age WHERE id = new.id;\n  UPDATE teams SET name = name WHERE id = new.team_id;\nEND;',
    },
    { name: 'INSERT … ON CONFLICT DO NOTHING, INSERT OR IGNORE', sql: "INSERT INTO teams (id, name) VALUES (1, 'core') ON CONFLICT DO NOTHING;\nINSERT OR IGNORE INTO teams (id, name) VALUES (2, 'ops');" },
    { name: 'ON CONFLICT DO UPDATE SET id = id (insert if missing)', sql: "INSERT INTO teams (id, name) VALUES (1, 'core') ON CONFLICT (id) DO UPDATE SET id = id;" },
    { name: 'an upsert into a table created in this PR', sql: "CREATE TABLE settings (k text PRIMARY KEY, v text);\nINSERT OR REPLACE INTO settings VALUES ('a', 'b');" },
    { name: 'an upsert that only sets a column added in this PR', sql: "ALTER TABLE teams ADD COLUMN plan text;\nINSERT INTO teams (id, plan) VALUES (1, 'pro') ON CONFLICT (id) DO UPDATE SET plan = excluded.plan;" },
  ],
});

table('delete-rows', {
  fires: [
    { name: 'DELETE with WHERE', sql: 'ALTER TABLE users ADD COLUMN nick text;\nDELETE FROM sessions\n  WHERE expires_at < 1700000000;', line: 2 },
    { name: 'DELETE of every row (SQLite has no TRUNCATE)', sql: 'DELETE FROM "sessions";', line: 1 },
    { name: 'WITH … DELETE', sql: 'WITH old AS (SELECT id FROM sessions WHERE expires_at < 0)\nDELETE FROM sessions WHERE id IN (SELECT id FROM old);', line: 1 },
    { name: 'DELETE … RETURNING in a .sqm file', sql: 'DELETE FROM sessions WHERE user_id IS NULL RETURNING id;', path: 'db/src/main/sqldelight/migrations/4.sqm', line: 1 },
  ],
  quiet: [
    { name: 'a table created in this PR', sql: 'CREATE TABLE imports (id integer);\nDELETE FROM imports;' },
    {
      // synapse 79/05_read_write_locks_triggers.sql.sqlite: the DELETE runs on later inserts.
      name: 'DELETE inside a CREATE TRIGGER body',
      sql: 'CREATE TRIGGER IF NOT EXISTS sessions_cleanup\nBEFORE INSERT ON sessions\nFOR EACH ROW\nBEGIN\n  DELETE FROM sessions WHERE user_id = NEW.user_id;\nEND;',
    },
    { name: 'INSERT OR REPLACE', sql: "INSERT OR REPLACE INTO teams (id, name) VALUES (1, 'core');" },
  ],
});

// truncate-table: SQLite has no TRUNCATE; `DELETE FROM t` without WHERE is the way (delete-rows above).

// rename-enum-value, add-enum-value: SQLite has no ENUM type; the stand-in is
// `CHECK (column IN ('a', 'b'))`, changed by a table rebuild, judged value by value.
const STATUS_PENDING = usersWith('status', "`status` text DEFAULT 'active' CHECK (`status` IN ('active', 'banned', 'pending'))");
const STATUS_NO_BANNED = usersWith('status', "`status` text DEFAULT 'active' CHECK (`status` IN ('active'))");
const STATUS_REORDERED = usersWith('status', "`status` text DEFAULT 'active' CHECK (`status` IN ('banned', 'active'))");
table('rename-enum-value', {
  fires: [{ name: 'a rebuild whose CHECK … IN loses a value', sql: rebuildUsers(STATUS_NO_BANNED), line: lineOf(STATUS_NO_BANNED, 'status') }],
  quiet: [
    { name: 'a rebuild whose CHECK … IN gains a value', sql: rebuildUsers(STATUS_PENDING) },
    { name: 'the same values in another order', sql: rebuildUsers(STATUS_REORDERED) },
  ],
});

table('add-enum-value', {
  fires: [{ name: 'a rebuild whose CHECK … IN gains a value', sql: rebuildUsers(STATUS_PENDING), line: lineOf(STATUS_PENDING, 'status') }],
  quiet: [
    { name: 'the same values in another order', sql: rebuildUsers(STATUS_REORDERED) },
    { name: 'a value dropped (rename-enum-value, not add)', sql: rebuildUsers(STATUS_NO_BANNED) },
  ],
});

describe('CHECK … IN changes are not reported as a new CHECK', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test.each([
    { name: 'a value added', defs: STATUS_PENDING },
    { name: 'a value removed', defs: STATUS_NO_BANNED },
    { name: 'the values reordered', defs: STATUS_REORDERED },
  ])('$name', ({ defs }) => {
    expect(analyse(rebuildUsers(defs), { base: BASE, dialect }).filter((f) => f.rule === 'add-check-constraint')).toEqual([]);
  });
});

// revoke-privilege: SQLite has no users, roles, GRANT, REVOKE or row policies.

table('unparsed-statement', {
  fires: [
    // A MySQL habit SQLite rejects: no parser reads it, and it says DELETE (an error).
    { name: 'a statement no parser reads', sql: 'ALTER TABLE users ADD COLUMN nick text;\nDELETE users WHERE id = 1;', line: 2 },
    { name: 'an unknown statement', sql: 'UPSERT users;', line: 1 },
  ],
  quiet: [
    { name: 'PRAGMA, VACUUM, ANALYZE, REINDEX', sql: 'PRAGMA foreign_keys=OFF;\nPRAGMA user_version = 3;\nVACUUM;\nANALYZE;\nREINDEX users;\nPRAGMA foreign_keys=ON;' },
    { name: 'a STRICT, WITHOUT ROWID table', sql: 'CREATE TABLE kv (k text PRIMARY KEY, v blob) STRICT, WITHOUT ROWID;' },
    { name: 'a trigger with WHEN and a multi-statement body', sql: 'CREATE TRIGGER t AFTER INSERT ON users FOR EACH ROW WHEN new.age IS NULL\nBEGIN\n  UPDATE users SET age = 0 WHERE id = new.id;\n  SELECT RAISE(IGNORE);\nEND;' },
    { name: 'the BEGIN/COMMIT wrapper', sql: 'BEGIN TRANSACTION;\nALTER TABLE users ADD COLUMN nick text;\nCOMMIT;' },
  ],
});

describe('SQLite rebuilds: the whole report', () => {
  beforeAll(async () => {
    await prepareEngine();
  });

  test('a rebuild that keeps everything, or only adds a nullable column, reports nothing', () => {
    expect(analyse(rebuildUsers(USERS), { base: BASE, dialect })).toEqual([]);
    expect(analyse(rebuildUsers(NULLABLE_BIO), { base: BASE, dialect })).toEqual([]);
  });

  test('a rename through the copy step is one rename, not a drop and an add', () => {
    const sql = rebuildUsers(FULL_NAME, USER_COLUMNS.map((c): [string, string] => [c === 'name' ? 'full_name' : c, c]));
    expect(analyse(sql, { base: BASE, dialect }).map((f) => `${f.rule}:${f.object}`)).toEqual(['rename-column:users.name']);
  });

  test('a rebuild split over files (pop, kratos) reports in the DROP TABLE file, on its line', () => {
    const base = { 'db/migrations/0001_init.sql': BASE };
    const head = {
      ...base,
      'db/migrations/0002_a.sql': 'CREATE TABLE "_users_tmp" (\n"id" integer PRIMARY KEY NOT NULL,\n"email" text NOT NULL\n);',
      'db/migrations/0003_b.sql': 'INSERT INTO "_users_tmp" (id, email) SELECT id, email FROM "users";',
      'db/migrations/0004_c.sql': '-- the old table\nDROP TABLE "users";',
      'db/migrations/0005_d.sql': 'ALTER TABLE "_users_tmp" RENAME TO "users";',
    };
    const findings = analyseTrees(base, head, { dialect }).map((f) => `${f.rule}:${f.file}:${f.line}:${f.object}`);
    expect(findings).toContain('set-not-null:db/migrations/0004_c.sql:2:users.email');
    expect(findings).toContain('drop-column:db/migrations/0004_c.sql:2:users.name');
    expect(findings.filter((f) => f.startsWith('drop-table') || f.startsWith('rename-table'))).toEqual([]);
  });

  test('indexes created again in a later file of the PR are not dropped (kratos)', () => {
    const base = { 'db/migrations/0001_init.sql': BASE };
    const head = {
      ...base,
      'db/migrations/0002_a.sql': rebuildUsers(NOT_NULL_EMAIL, undefined, false),
      'db/migrations/0003_b.sql': 'CREATE UNIQUE INDEX "users_email_key" ON "users" (email);',
      'db/migrations/0004_c.sql': 'CREATE INDEX "users_name_idx" ON "users" (name);\nCREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN SELECT 1; END;',
    };
    const findings = analyseTrees(base, head, { dialect });
    expect(findings.filter((f) => ['drop-index', 'add-unique-constraint', 'drop-object'].includes(f.rule))).toEqual([]);
    expect(findings.map((f) => f.rule)).toContain('set-not-null');
  });
});

describe('SPEC 6 suppression in SQLite', () => {
  beforeAll(async () => {
    await prepareEngine();
  });

  test('a comment before the statement suppresses its finding', () => {
    const sql = '-- rollback-guard-ignore drop-column: unused since 2.3 (expand/contract step 2)\nALTER TABLE users DROP COLUMN age;';
    const hits = analyse(sql, { base: BASE, dialect }).filter((f) => f.rule === 'drop-column');
    expect(hits.map((f) => [f.line, f.suppressed])).toEqual([[2, true]]);
  });

  test('a comment before a rebuild CREATE TABLE suppresses what its columns change', () => {
    const sql = rebuildUsers(NOT_NULL_EMAIL).replace('CREATE TABLE', '-- rollback-guard-ignore set-not-null: every release writes email\nCREATE TABLE');
    const hits = analyse(sql, { base: BASE, dialect }).filter((f) => f.rule === 'set-not-null');
    expect(hits.map((f) => [f.line, f.suppressed])).toEqual([[lineOf(NOT_NULL_EMAIL, 'email') + 1, true]]);
  });
});
