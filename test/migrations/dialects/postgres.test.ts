/**
 * Every statement-level rule of SPEC 7.1 in PostgreSQL (libpg-query), with the forms real Postgres
 * migrations use: ONLY / IF EXISTS / schema-qualified and quoted names, multi-action ALTER TABLE,
 * DO blocks, CTEs, MERGE, upserts. Lines are those where the statement or its sub-command starts.
 * A few cases run as `cockroach`, which shares the Postgres adapter.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyse, expectFires, ruleTable } from '../helpers.js';

const sql = (...lines: string[]): string => lines.join('\n');

/** The base release's schema history. */
const BASE = sql(
  'CREATE SCHEMA billing;',
  "CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');",
  "CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');",
  'CREATE TABLE users (',
  '  id bigserial PRIMARY KEY,',
  '  email varchar(50) NOT NULL,',
  '  name text,',
  '  nickname varchar(255),',
  "  status text NOT NULL DEFAULT 'active',",
  '  balance numeric(10,2),',
  '  score numeric,',
  '  visits int,',
  "  mood mood DEFAULT 'happy',",
  '  created_at timestamptz NOT NULL DEFAULT now()',
  ');',
  'CREATE UNIQUE INDEX users_email_key ON users (email);',
  'CREATE INDEX users_name_idx ON users (name);',
  'CREATE TABLE orgs (id bigint PRIMARY KEY, slug text, CONSTRAINT orgs_slug_uniq UNIQUE (slug));',
  'CREATE TABLE billing.invoices (id bigint NOT NULL, user_id bigint, total numeric(12,2));',
  'CREATE TABLE "AuditLog" ("Id" int, "Message" text);',
  "CREATE VIEW active_users AS SELECT id, email FROM users WHERE status = 'active';",
  'CREATE MATERIALIZED VIEW user_counts AS SELECT status, count(*) FROM users GROUP BY status;',
  'CREATE SEQUENCE invoice_numbers;',
  'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_at = now(); RETURN NEW; END $$;',
  'CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();',
  'CREATE POLICY users_self ON users USING (id = 1);',
  'CREATE ROLE reporting;',
  'ALTER TABLE users ADD CONSTRAINT users_visits_positive CHECK (visits >= 0);',
);
const base = BASE;
const cockroach = 'cockroach' as const;

ruleTable('drop-table', {
  fires: [
    { name: 'DROP TABLE after a comment', sql: sql('-- the legacy table goes', 'DROP TABLE users;'), line: 2, base },
    { name: 'schema-qualified, in a BEGIN/COMMIT wrapper', sql: sql('BEGIN;', '', 'DROP TABLE billing.invoices;', 'COMMIT;'), line: 3, base },
    { name: 'quoted name', sql: 'DROP TABLE IF EXISTS "AuditLog";', line: 1, base },
    { name: 'public-qualified', sql: sql('SELECT 1;', 'DROP TABLE public.orgs CASCADE;'), line: 2, base },
    { name: 'inside a DO block', sql: sql('DO $$', 'BEGIN', '  DROP TABLE orgs;', 'END $$;'), line: 3, base },
    { name: 'cockroach', sql: sql('SET sql_safe_updates = false;', 'DROP TABLE users;'), line: 2, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a table created earlier in the PR', sql: sql('CREATE TABLE import_tmp (id int);', 'DROP TABLE import_tmp;'), base },
    { name: 'a schema-qualified table created in the PR', sql: sql('CREATE TABLE billing.tmp (id int);', 'DROP TABLE IF EXISTS billing.tmp;'), base },
    { name: 'created as public.t, dropped as t', sql: sql('CREATE TABLE public.tmp (id int);', 'DROP TABLE tmp;'), base },
    { name: 'a quoted table created in the PR', sql: sql('CREATE TABLE "Imports" (id int);', 'DROP TABLE "Imports";'), base },
    { name: 'CREATE TABLE AS then DROP', sql: sql('CREATE TABLE snapshot AS SELECT * FROM users;', 'DROP TABLE snapshot;'), base },
    { name: 'look-alike: DROP VIEW, DROP INDEX', sql: sql('DROP VIEW active_users;', 'DROP INDEX users_name_idx;'), base },
  ],
});

describe('drop-table, several tables in one statement', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('DROP TABLE IF EXISTS a, b CASCADE: one finding per table', () => {
    const findings = analyse(sql('DROP TABLE IF EXISTS users,', '  billing.invoices CASCADE;'), { base }).filter((f) => f.rule === 'drop-table');
    expect(findings.map((f) => [f.object, f.line]).sort()).toEqual([
      ['billing.invoices', 1],
      ['users', 1],
    ]);
  });
});

ruleTable('drop-column', {
  fires: [
    { name: 'ALTER TABLE ONLY public.t', sql: sql('ALTER TABLE ONLY public.users', '  DROP COLUMN name;'), line: 2, base },
    { name: 'IF EXISTS, COLUMN IF EXISTS, CASCADE', sql: 'ALTER TABLE IF EXISTS users DROP COLUMN IF EXISTS nickname CASCADE;', line: 1, base },
    {
      name: 'the second action of a multi-action ALTER TABLE',
      sql: sql('ALTER TABLE users', '  ADD COLUMN full_name text,', '  DROP COLUMN name,', '  ALTER COLUMN visits SET DEFAULT 0;'),
      line: 3,
      base,
    },
    { name: 'DROP without COLUMN', sql: sql('ALTER TABLE users', '  DROP nickname;'), line: 2, base },
    { name: 'quoted names', sql: sql('ALTER TABLE "AuditLog"', '  DROP COLUMN "Message";'), line: 2, base },
    { name: 'schema-qualified table', sql: sql('ALTER TABLE billing.invoices', '  DROP COLUMN total;'), line: 2, base },
    {
      name: 'inside a DO block guarded by IF EXISTS (on its own line)',
      sql: sql(
        'DO $$',
        'BEGIN',
        "  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'name') THEN",
        '    ALTER TABLE users DROP COLUMN name;',
        '  END IF;',
        'END $$;',
      ),
      line: 4,
      base,
    },
    { name: 'cockroach', sql: sql('ALTER TABLE users', '  DROP COLUMN name;'), line: 2, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a column added earlier in the PR', sql: sql('ALTER TABLE users ADD COLUMN tmp int;', 'ALTER TABLE users DROP COLUMN tmp;'), base },
    { name: 'added and dropped in one ALTER TABLE', sql: sql('ALTER TABLE users', '  ADD COLUMN tmp int,', '  DROP COLUMN tmp;'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int, b int);', 'ALTER TABLE t DROP COLUMN b;'), base },
    {
      name: 'a DO block with only IF NOT EXISTS checks and ADD COLUMN',
      sql: sql(
        'DO $$',
        'BEGIN',
        "  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'nick') THEN",
        '    ALTER TABLE users ADD COLUMN nick text;',
        '  END IF;',
        'END $$;',
      ),
      base,
    },
    {
      name: 'DDL inside a plpgsql function body runs later, not in the migration',
      sql: sql('CREATE FUNCTION cleanup() RETURNS void LANGUAGE plpgsql AS $$', 'BEGIN', '  ALTER TABLE users DROP COLUMN name;', 'END $$;'),
      base,
    },
    { name: 'look-alike: DROP CONSTRAINT, DROP DEFAULT', sql: sql('ALTER TABLE users', '  DROP CONSTRAINT users_visits_positive,', '  ALTER COLUMN visits DROP DEFAULT;'), base },
    { name: 'look-alike: the words in a comment and a string', sql: sql('-- DROP COLUMN name later', "COMMENT ON COLUMN users.name IS 'DROP COLUMN soon';"), base },
  ],
});

ruleTable('drop-schema', {
  fires: [
    { name: 'DROP SCHEMA … CASCADE', sql: sql('-- billing moved out', 'DROP SCHEMA billing CASCADE;'), line: 2, base },
    { name: 'DROP SCHEMA IF EXISTS', sql: 'DROP SCHEMA IF EXISTS billing;', line: 1, base },
    { name: 'DROP DATABASE', sql: sql('SELECT 1;', 'DROP DATABASE IF EXISTS legacy_app;'), line: 2 },
  ],
  quiet: [
    { name: 'a schema created in the PR', sql: sql('CREATE SCHEMA staging;', 'DROP SCHEMA staging CASCADE;'), base },
    { name: 'look-alike: a table in a schema', sql: 'DROP TABLE billing.invoices;', base },
    { name: 'look-alike: ALTER SCHEMA … OWNER', sql: 'ALTER SCHEMA billing OWNER TO reporting;', base },
  ],
});

ruleTable('drop-object', {
  fires: [
    { name: 'DROP VIEW IF EXISTS', sql: sql('SELECT 1;', 'DROP VIEW IF EXISTS active_users;'), line: 2, base },
    { name: 'DROP MATERIALIZED VIEW', sql: 'DROP MATERIALIZED VIEW user_counts;', line: 1, base },
    { name: 'DROP FUNCTION with arguments', sql: sql('DROP FUNCTION IF EXISTS', '  touch() CASCADE;'), line: 1, base },
    { name: 'DROP TRIGGER … ON', sql: 'DROP TRIGGER users_touch ON users;', line: 1, base },
    { name: 'DROP SEQUENCE', sql: 'DROP SEQUENCE invoice_numbers;', line: 1, base },
    { name: 'DROP TYPE', sql: sql('ALTER TABLE users DROP COLUMN mood;', 'DROP TYPE mood;'), line: 2, base },
    { name: 'DROP DOMAIN', sql: 'DROP DOMAIN email_address;', line: 1, base },
    { name: 'DROP PROCEDURE', sql: 'DROP PROCEDURE archive_users(int);', line: 1, base },
    { name: 'a view replaced (CREATE OR REPLACE) and then dropped', sql: sql('CREATE OR REPLACE VIEW active_users AS SELECT id FROM users;', 'DROP VIEW active_users;'), line: 2, base },
    { name: 'cockroach DROP VIEW', sql: 'DROP VIEW active_users;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a view dropped and created again in the same migration', sql: sql('DROP VIEW active_users;', 'CREATE VIEW active_users AS SELECT id FROM users;'), base },
    { name: 'a function created in the PR', sql: sql('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', 'DROP FUNCTION f();'), base },
    { name: 'a type created in the PR', sql: sql("CREATE TYPE color AS ENUM ('red');", 'DROP TYPE color;'), base },
    { name: 'a domain created in the PR', sql: sql('CREATE DOMAIN pos AS int CHECK (VALUE > 0);', 'DROP DOMAIN pos;'), base },
    {
      name: 'an enum swapped and renamed back (the name exists again)',
      sql: sql(
        "CREATE TYPE mood_new AS ENUM ('happy', 'sad', 'meh', 'angry');",
        'ALTER TABLE users',
        '  ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;',
        'DROP TYPE mood;',
        'ALTER TYPE mood_new RENAME TO mood;',
      ),
      base,
    },
    { name: 'CREATE OR REPLACE VIEW alone', sql: 'CREATE OR REPLACE VIEW active_users AS SELECT id, email, name FROM users;', base },
  ],
});

describe('drop-index severities', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('DROP INDEX CONCURRENTLY IF EXISTS of a unique index from base is an error', () => {
    expect(expectFires(sql('-- no longer needed', 'DROP INDEX CONCURRENTLY IF EXISTS users_email_key;'), 'drop-index', 2, { base }).severity).toBe('error');
  });
  test('a plain index is a warning', () => {
    expect(expectFires('DROP INDEX CONCURRENTLY IF EXISTS public.users_name_idx;', 'drop-index', 1, { base }).severity).toBe('warning');
  });
  test('a table-level UNIQUE constraint from base, dropped as an index, is an error', () => {
    expect(expectFires('DROP INDEX orgs_slug_uniq;', 'drop-index', 1, { base }).severity).toBe('error');
  });
  test('a unique constraint renamed through its index, then dropped under the new name, is an error', () => {
    const hit = expectFires(sql('ALTER INDEX orgs_slug_uniq RENAME TO orgs_slug_key;', 'DROP INDEX orgs_slug_key;'), 'drop-index', 2, { base });
    expect(hit.severity).toBe('error');
  });
  test('the primary key of a base table (its Postgres name t_pkey) is an error', () => {
    expect(expectFires(sql('ALTER TABLE orgs', '  DROP CONSTRAINT orgs_pkey;'), 'drop-index', 2, { base }).severity).toBe('error');
  });
});

ruleTable('drop-index', {
  fires: [
    { name: 'a unique constraint declared in CREATE TABLE', sql: sql('ALTER TABLE orgs', '  DROP CONSTRAINT orgs_slug_uniq;'), line: 2, base },
    { name: 'an unnamed UNIQUE (col) added by ALTER TABLE in base', sql: 'ALTER TABLE billing.invoices DROP CONSTRAINT invoices_user_id_key;', line: 1, base: sql(BASE, 'ALTER TABLE billing.invoices ADD UNIQUE (user_id);') },
    // Without IF EXISTS: `IF EXISTS` of a name no base text writes is never-created (rules/history-classes-s7.test.ts).
    { name: 'an index unknown to the history', sql: 'DROP INDEX some_index;', line: 1, base },
    { name: 'cockroach', sql: 'DROP INDEX users_name_idx;', line: 1, base, dialect: cockroach },
    { name: 'cockroach table@index', sql: sql('SELECT 1;', 'DROP INDEX users@users_email_key;'), line: 2, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'an index created earlier in the PR', sql: sql('CREATE INDEX CONCURRENTLY users_nick_idx ON users (nickname);', 'DROP INDEX CONCURRENTLY users_nick_idx;'), base },
    { name: 'an index dropped and created again (rebuild)', sql: sql('DROP INDEX users_name_idx;', 'CREATE INDEX users_name_idx ON users (lower(name));'), base },
    { name: 'a unique constraint added earlier in the PR (its default name)', sql: sql('ALTER TABLE users ADD UNIQUE (nickname);', 'ALTER TABLE users DROP CONSTRAINT users_nickname_key;'), base },
    {
      name: 'a unique constraint added in the PR, renamed, then dropped',
      sql: sql('ALTER TABLE users ADD CONSTRAINT c1 UNIQUE (nickname);', 'ALTER TABLE users RENAME CONSTRAINT c1 TO c2;', 'ALTER TABLE users DROP CONSTRAINT c2;'),
      base,
    },
    { name: 'look-alike: a CHECK constraint dropped', sql: 'ALTER TABLE users DROP CONSTRAINT users_visits_positive;', base },
  ],
});

ruleTable('rename-table', {
  fires: [
    { name: 'ALTER TABLE … RENAME TO (the action on its own line)', sql: sql('ALTER TABLE users', '  RENAME TO accounts;'), line: 2, base },
    { name: 'IF EXISTS ONLY, schema-qualified', sql: 'ALTER TABLE IF EXISTS ONLY billing.invoices RENAME TO bills;', line: 1, base },
    { name: 'quoted', sql: 'ALTER TABLE "AuditLog" RENAME TO audit_log;', line: 1, base },
    // The old release no longer finds billing.invoices: a move to another schema is a rename.
    { name: 'ALTER TABLE … SET SCHEMA', sql: sql('CREATE SCHEMA archive;', 'ALTER TABLE billing.invoices SET SCHEMA archive;'), line: 2, base },
    { name: 'ALTER TABLE IF EXISTS … SET SCHEMA on the next line', sql: sql('ALTER TABLE IF EXISTS "AuditLog"', '  SET SCHEMA billing;'), line: 2, base },
    { name: 'cockroach', sql: 'ALTER TABLE users RENAME TO accounts;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t RENAME TO t2;'), base },
    { name: 'a table created in the PR moved to another schema', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t SET SCHEMA billing;'), base },
    { name: 'look-alike: RENAME COLUMN', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', base },
    { name: 'look-alike: ALTER INDEX … RENAME', sql: 'ALTER INDEX users_name_idx RENAME TO users_name_ix;', base },
  ],
});

ruleTable('rename-column', {
  fires: [
    { name: 'RENAME COLUMN', sql: sql('ALTER TABLE users', '  RENAME COLUMN name TO full_name;'), line: 2, base },
    { name: 'RENAME without COLUMN, ONLY, quoted', sql: 'ALTER TABLE ONLY "AuditLog" RENAME "Message" TO message;', line: 1, base },
    { name: 'schema-qualified', sql: 'ALTER TABLE billing.invoices RENAME COLUMN total TO amount;', line: 1, base },
    { name: 'inside a DO block', sql: sql('DO $$', 'BEGIN', '  ALTER TABLE users RENAME COLUMN name TO full_name;', 'END $$;'), line: 3, base },
    { name: 'cockroach', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a column added in the PR', sql: sql('ALTER TABLE users ADD COLUMN nick text;', 'ALTER TABLE users RENAME COLUMN nick TO handle;'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t RENAME COLUMN a TO b;'), base },
    { name: 'look-alike: RENAME CONSTRAINT', sql: 'ALTER TABLE users RENAME CONSTRAINT users_visits_positive TO users_visits_nonneg;', base },
  ],
});

ruleTable('rename-object', {
  fires: [
    { name: 'ALTER VIEW … RENAME TO', sql: sql('SELECT 1;', 'ALTER VIEW active_users RENAME TO live_users;'), line: 2, base },
    { name: 'a view replaced (CREATE OR REPLACE) then renamed', sql: sql('CREATE OR REPLACE VIEW active_users AS SELECT id FROM users;', 'ALTER VIEW active_users RENAME TO live_users;'), line: 2, base },
    { name: 'ALTER MATERIALIZED VIEW … RENAME', sql: 'ALTER MATERIALIZED VIEW user_counts RENAME TO status_counts;', line: 1, base },
    { name: 'ALTER SEQUENCE … RENAME', sql: 'ALTER SEQUENCE invoice_numbers RENAME TO invoice_no;', line: 1, base },
    { name: 'ALTER FUNCTION … RENAME', sql: 'ALTER FUNCTION touch() RENAME TO touch_row;', line: 1, base },
    { name: 'ALTER SCHEMA … RENAME', sql: 'ALTER SCHEMA billing RENAME TO finance;', line: 1, base },
    { name: 'ALTER TYPE … RENAME TO', sql: 'ALTER TYPE mood RENAME TO feeling;', line: 1, base },
    { name: 'ALTER DOMAIN … RENAME TO', sql: 'ALTER DOMAIN email_address RENAME TO email;', line: 1, base },
    { name: 'ALTER TABLE … RENAME CONSTRAINT', sql: sql('ALTER TABLE users', '  RENAME CONSTRAINT users_visits_positive TO users_visits_nonneg;'), line: 2, base },
    { name: 'ALTER VIEW … SET SCHEMA', sql: 'ALTER VIEW active_users SET SCHEMA billing;', line: 1, base },
    { name: 'ALTER FUNCTION … SET SCHEMA', sql: 'ALTER FUNCTION touch() SET SCHEMA billing;', line: 1, base },
    { name: 'ALTER TYPE … SET SCHEMA', sql: 'ALTER TYPE public.mood SET SCHEMA billing;', line: 1, base },
    // Postgres renames a unique constraint together with its index: ON CONFLICT ON CONSTRAINT breaks.
    { name: 'ALTER INDEX … RENAME of a unique constraint\'s index', sql: sql('SELECT 1;', 'ALTER INDEX IF EXISTS public.orgs_slug_uniq RENAME TO orgs_slug_key;'), line: 2, base },
    { name: 'ALTER INDEX … RENAME of a primary key\'s index', sql: 'ALTER INDEX orgs_pkey RENAME TO orgs_pk;', line: 1, base },
    { name: 'cockroach ALTER VIEW … RENAME', sql: 'ALTER VIEW active_users RENAME TO live_users;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a view created in the PR', sql: sql('CREATE VIEW v AS SELECT 1;', 'ALTER VIEW v RENAME TO w;'), base },
    { name: 'a type created in the PR', sql: sql("CREATE TYPE color AS ENUM ('red');", 'ALTER TYPE color RENAME TO colour;'), base },
    { name: 'a constraint added in the PR', sql: sql('ALTER TABLE users ADD CONSTRAINT c CHECK (visits < 1000);', 'ALTER TABLE users RENAME CONSTRAINT c TO d;'), base },
    { name: 'a sequence created in the PR', sql: sql('CREATE SEQUENCE s;', 'ALTER SEQUENCE s RENAME TO t;'), base },
    // A plain index's name is not part of the application's contract (SPEC 7.1 lists no index rename).
    { name: 'ALTER INDEX … RENAME of a plain index', sql: 'ALTER INDEX users_name_idx RENAME TO users_name_ix;', base },
    { name: 'ALTER INDEX … RENAME of a unique index that backs no constraint', sql: 'ALTER INDEX users_email_key RENAME TO users_email_uniq;', base },
    { name: 'a unique constraint added in the PR, its index renamed', sql: sql('ALTER TABLE users ADD CONSTRAINT users_nick_uq UNIQUE (nickname);', 'ALTER INDEX users_nick_uq RENAME TO users_nick_key;'), base },
    { name: 'look-alike: ALTER VIEW … OWNER TO', sql: 'ALTER VIEW active_users OWNER TO reporting;', base },
  ],
});

ruleTable('change-column-type', {
  fires: [
    { name: 'numeric to integer, with USING', sql: sql('ALTER TABLE users', '  ALTER COLUMN score TYPE integer USING score::integer;'), line: 2, base },
    { name: 'text to varchar(10)', sql: sql('ALTER TABLE ONLY public.users', '  ALTER COLUMN name SET DATA TYPE varchar(10);'), line: 2, base },
    { name: 'varchar(255) to varchar(50)', sql: 'ALTER TABLE users ALTER nickname TYPE varchar(50);', line: 1, base },
    {
      name: 'the third action of a multi-action ALTER TABLE',
      sql: sql('ALTER TABLE users', '  ADD COLUMN age int,', "  ALTER COLUMN status SET DEFAULT 'new',", '  ALTER COLUMN visits TYPE text;'),
      line: 4,
      base,
    },
    { name: 'bigint to int (narrowing)', sql: 'ALTER TABLE billing.invoices ALTER COLUMN id TYPE int;', line: 1, base },
    { name: 'numeric(12,2) to numeric(12,4) (scale changes)', sql: 'ALTER TABLE billing.invoices ALTER COLUMN total TYPE numeric(12,4);', line: 1, base },
    { name: 'an unknown previous type', sql: 'ALTER TABLE unknown_table ALTER COLUMN c TYPE int;', line: 1 },
    { name: 'cockroach', sql: 'ALTER TABLE users ALTER COLUMN score TYPE integer;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a pure widening (widen-column-type instead)', sql: 'ALTER TABLE users ALTER COLUMN email TYPE varchar(255);', base },
    { name: 'a column added in the PR', sql: sql('ALTER TABLE users ADD COLUMN age smallint;', 'ALTER TABLE users ALTER COLUMN age TYPE text;'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t ALTER COLUMN a TYPE text;'), base },
    { name: 'the same type again', sql: 'ALTER TABLE users ALTER COLUMN visits TYPE integer;', base },
    {
      name: 'an enum swapped for one with every value (add-enum-value judges it)',
      sql: sql("CREATE TYPE mood_new AS ENUM ('happy', 'sad', 'meh', 'angry');", 'ALTER TABLE users ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;'),
      base,
    },
  ],
});

ruleTable('widen-column-type', {
  fires: [
    { name: 'varchar(50) to varchar(255)', sql: sql('ALTER TABLE users', '  ALTER COLUMN email TYPE varchar(255);'), line: 2, base },
    { name: 'varchar to text', sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE text;', line: 1, base },
    { name: 'int to bigint, with USING', sql: sql('ALTER TABLE users', '  ALTER COLUMN visits SET DATA TYPE bigint USING visits::bigint;'), line: 2, base },
    { name: 'numeric(10,2) to numeric(12,2)', sql: sql('ALTER TABLE users', '  ADD COLUMN x int,', '  ALTER COLUMN balance TYPE numeric(12,2);'), line: 3, base },
    { name: 'character varying spelled out', sql: 'ALTER TABLE users ALTER COLUMN email TYPE character varying(100);', line: 1, base },
    { name: 'cockroach', sql: 'ALTER TABLE users ALTER COLUMN visits TYPE bigint;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a narrowing (change-column-type instead)', sql: 'ALTER TABLE users ALTER COLUMN nickname TYPE varchar(50);', base },
    { name: 'a column added in the PR', sql: sql('ALTER TABLE users ADD COLUMN code varchar(5);', 'ALTER TABLE users ALTER COLUMN code TYPE varchar(10);'), base },
    { name: 'an unknown previous type', sql: 'ALTER TABLE unknown_table ALTER COLUMN c TYPE bigint;' },
  ],
});

ruleTable('set-not-null', {
  fires: [
    { name: 'SET NOT NULL', sql: sql('ALTER TABLE users', '  ALTER COLUMN name SET NOT NULL;'), line: 2, base },
    { name: 'among other actions', sql: sql('ALTER TABLE ONLY users', '  ALTER COLUMN email DROP NOT NULL,', '  ALTER COLUMN nickname SET NOT NULL;'), line: 3, base },
    { name: 'PG 18 ADD CONSTRAINT … NOT NULL col', sql: sql('ALTER TABLE users', '  ADD CONSTRAINT users_name_not_null NOT NULL name;'), line: 2, base },
    { name: 'quoted, schema-qualified', sql: 'ALTER TABLE billing.invoices ALTER COLUMN "user_id" SET NOT NULL;', line: 1, base },
    { name: 'cockroach', sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'DROP NOT NULL is safe', sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;', base },
    { name: 'a column added in the PR, backfilled, then made NOT NULL', sql: sql('ALTER TABLE users ADD COLUMN nick text;', 'UPDATE users SET nick = name;', 'ALTER TABLE users ALTER COLUMN nick SET NOT NULL;'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t ALTER COLUMN a SET NOT NULL;'), base },
    { name: 'a CHECK (col IS NOT NULL) NOT VALID is add-check-constraint, not set-not-null', sql: 'ALTER TABLE users ADD CONSTRAINT users_name_nn CHECK (name IS NOT NULL) NOT VALID;', base },
  ],
});

ruleTable('add-required-column', {
  fires: [
    { name: 'NOT NULL without a default', sql: sql('ALTER TABLE users', '  ADD COLUMN tenant_id bigint NOT NULL;'), line: 2, base },
    {
      name: 'one action of several',
      sql: sql('ALTER TABLE users', '  ADD COLUMN a int DEFAULT 0,', '  ADD COLUMN b text NOT NULL,', '  ADD COLUMN c int;'),
      line: 3,
      base,
    },
    { name: 'ADD COLUMN IF NOT EXISTS on an existing table', sql: 'ALTER TABLE IF EXISTS billing.invoices ADD COLUMN IF NOT EXISTS currency char(3) NOT NULL;', line: 1, base },
    { name: 'a NOT NULL REFERENCES column', sql: sql('ALTER TABLE billing.invoices', '  ADD COLUMN org_id bigint NOT NULL REFERENCES orgs (id);'), line: 2, base },
    { name: 'cockroach', sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'NOT NULL with a DEFAULT', sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';", base },
    { name: 'GENERATED … AS IDENTITY', sql: 'ALTER TABLE billing.invoices ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;', base },
    { name: 'GENERATED BY DEFAULT AS IDENTITY NOT NULL', sql: 'ALTER TABLE billing.invoices ADD COLUMN seq bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY;', base },
    { name: 'serial / bigserial', sql: sql('ALTER TABLE "AuditLog"', '  ADD COLUMN seq bigserial,', '  ADD COLUMN n serial NOT NULL;'), base },
    { name: 'GENERATED ALWAYS AS (…) STORED', sql: 'ALTER TABLE users ADD COLUMN email_lower text NOT NULL GENERATED ALWAYS AS (lower(email)) STORED;', base },
    { name: 'nullable', sql: 'ALTER TABLE users ADD COLUMN bio text;', base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t ADD COLUMN b int NOT NULL;'), base },
  ],
});

ruleTable('drop-default', {
  fires: [
    { name: 'DROP DEFAULT', sql: sql('ALTER TABLE users', '  ALTER COLUMN status DROP DEFAULT;'), line: 2, base },
    { name: 'among other actions', sql: sql('ALTER TABLE ONLY public.users', '  ALTER COLUMN email TYPE varchar(100),', '  ALTER created_at DROP DEFAULT;'), line: 3, base },
    { name: 'DROP IDENTITY (old inserts omit the id)', sql: sql('ALTER TABLE billing.invoices', '  ALTER COLUMN id DROP IDENTITY IF EXISTS;'), line: 2, base: sql(BASE, 'ALTER TABLE billing.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;') },
    { name: 'cockroach', sql: 'ALTER TABLE users ALTER COLUMN status DROP DEFAULT;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'SET DEFAULT', sql: "ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new';", base },
    { name: 'a column added in the PR with a default, then dropped', sql: sql('ALTER TABLE users ADD COLUMN plan text DEFAULT \'free\';', 'ALTER TABLE users ALTER COLUMN plan DROP DEFAULT;'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int DEFAULT 1);', 'ALTER TABLE t ALTER COLUMN a DROP DEFAULT;'), base },
    { name: 'DROP IDENTITY of an identity column added in the PR', sql: sql('ALTER TABLE billing.invoices ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;', 'ALTER TABLE billing.invoices ALTER COLUMN seq DROP IDENTITY;'), base },
    { name: 'look-alike: DROP EXPRESSION', sql: 'ALTER TABLE users ALTER COLUMN visits DROP EXPRESSION IF EXISTS;', base },
  ],
});

ruleTable('add-unique-constraint', {
  fires: [
    { name: 'ADD CONSTRAINT … UNIQUE', sql: sql('ALTER TABLE users', '  ADD CONSTRAINT users_nickname_key UNIQUE (nickname);'), line: 2, base },
    { name: 'CREATE UNIQUE INDEX CONCURRENTLY on an existing table', sql: sql('-- online', 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_nickname_key ON users (nickname);'), line: 2, base },
    { name: 'ADD PRIMARY KEY', sql: sql('ALTER TABLE billing.invoices', '  ADD PRIMARY KEY (id);'), line: 2, base },
    { name: 'ADD … EXCLUDE', sql: sql('ALTER TABLE billing.invoices', '  ADD CONSTRAINT one_per_user EXCLUDE USING gist (user_id WITH =);'), line: 2, base },
    {
      name: 'UNIQUE USING INDEX of an index the history does not know',
      sql: 'ALTER TABLE users ADD CONSTRAINT users_nickname_key UNIQUE USING INDEX users_nickname_idx;',
      line: 1,
      base,
    },
    // Every old write gets handle '': for the previous release the key is name's alone.
    { name: 'a unique index on an existing column and a new one with a default', sql: sql('ALTER TABLE users', "  ADD COLUMN handle text NOT NULL DEFAULT '',", '  ADD CONSTRAINT users_handle_name UNIQUE (handle, name);'), line: 3, base },
    { name: 'cockroach', sql: 'CREATE UNIQUE INDEX users_nickname_key ON users (nickname);', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'CREATE UNIQUE INDEX CONCURRENTLY on a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a);'), base },
    {
      name: 'UNIQUE USING INDEX of a unique index the base release already has',
      sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
      base,
    },
    { name: 'a column added in the same ALTER TABLE', sql: sql('ALTER TABLE users', '  ADD COLUMN handle text,', '  ADD CONSTRAINT users_handle_key UNIQUE (handle);'), base },
    { name: 'a UNIQUE column added in the PR', sql: 'ALTER TABLE users ADD COLUMN handle text UNIQUE;', base },
    // Old writes leave handle NULL, and NULLs are never equal: their rows never collide (kratos external_id).
    { name: 'an existing column and a new nullable one', sql: sql('ALTER TABLE users', '  ADD COLUMN handle text,', '  ADD CONSTRAINT users_handle_name UNIQUE (handle, name);'), base },
    { name: 'a plain CREATE INDEX on an existing table', sql: 'CREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);', base },
    { name: 'a table with its constraints created in the PR', sql: 'CREATE TABLE t (id int PRIMARY KEY, a text UNIQUE, CONSTRAINT t_a_b UNIQUE (a, id));', base },
  ],
});

describe('add-unique-constraint, the online recipe', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('CREATE UNIQUE INDEX CONCURRENTLY fires; the ADD CONSTRAINT … USING INDEX that adopts it does not fire again', () => {
    const findings = analyse(
      sql('CREATE UNIQUE INDEX CONCURRENTLY users_nick_key ON users (nickname);', 'ALTER TABLE users', '  ADD CONSTRAINT users_nick_key UNIQUE USING INDEX users_nick_key;'),
      { base },
    );
    expect(findings.filter((f) => f.rule === 'add-unique-constraint').map((f) => f.line)).toEqual([1]);
  });
});

ruleTable('add-check-constraint', {
  fires: [
    { name: 'ADD CONSTRAINT … CHECK', sql: sql('ALTER TABLE users', '  ADD CONSTRAINT users_balance_positive CHECK (balance >= 0);'), line: 2, base },
    { name: 'NOT VALID still fires', sql: sql('ALTER TABLE ONLY users', '  ADD CONSTRAINT users_name_len CHECK (char_length(name) < 200) NOT VALID;'), line: 2, base },
    { name: 'a CHECK over new and old columns', sql: sql('ALTER TABLE users', '  ADD COLUMN max_visits int,', '  ADD CHECK (visits <= max_visits);'), line: 3, base },
    { name: 'cockroach', sql: 'ALTER TABLE users ADD CONSTRAINT c CHECK (visits < 1000);', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    // The NOT VALID add already fired; VALIDATE only checks the rows already there, not new writes.
    { name: 'VALIDATE CONSTRAINT', sql: 'ALTER TABLE users VALIDATE CONSTRAINT users_visits_positive;', base },
    { name: 'a CHECK on a column added in the same ALTER TABLE', sql: sql('ALTER TABLE users', '  ADD COLUMN age int,', '  ADD CONSTRAINT users_age_positive CHECK (age > 0);'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;'), base },
    { name: 'a CHECK inline on a new column', sql: 'ALTER TABLE users ADD COLUMN age int CHECK (age > 0);', base },
  ],
});

ruleTable('add-foreign-key', {
  fires: [
    { name: 'ADD CONSTRAINT … FOREIGN KEY', sql: sql('ALTER TABLE billing.invoices', '  ADD CONSTRAINT invoices_user_fk FOREIGN KEY (user_id) REFERENCES users (id);'), line: 2, base },
    { name: 'NOT VALID still fires', sql: sql('ALTER TABLE ONLY billing.invoices', '  ADD FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;'), line: 2, base },
    {
      name: 'drizzle-kit DO $$ BEGIN … EXCEPTION WHEN duplicate_object block',
      sql: sql(
        'DO $$ BEGIN',
        ' ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;',
        'EXCEPTION',
        ' WHEN duplicate_object THEN null;',
        'END $$;',
      ),
      line: 2,
      base,
    },
    { name: 'cockroach', sql: 'ALTER TABLE billing.invoices ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'VALIDATE CONSTRAINT after NOT VALID', sql: 'ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_user_fk;', base },
    {
      name: 'drizzle-kit block on a table created in the PR',
      sql: sql(
        'CREATE TABLE "members" ("org_id" bigint);',
        '--> statement-breakpoint',
        'DO $$ BEGIN',
        ' ALTER TABLE "members" ADD CONSTRAINT "members_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id");',
        'EXCEPTION',
        ' WHEN duplicate_object THEN null;',
        'END $$;',
      ),
      base,
    },
    {
      name: 'a FOREIGN KEY on a column added in the same ALTER TABLE',
      sql: sql('ALTER TABLE users', '  ADD COLUMN org_id bigint,', '  ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID;'),
      base,
    },
    { name: 'an inline REFERENCES on a new nullable column', sql: 'ALTER TABLE users ADD COLUMN org_id bigint REFERENCES orgs (id);', base },
    { name: 'a table created in the PR', sql: 'CREATE TABLE memberships (user_id bigint REFERENCES users (id), org_id bigint, FOREIGN KEY (org_id) REFERENCES orgs (id));', base },
  ],
});

ruleTable('update-rows', {
  fires: [
    { name: 'UPDATE … FROM', sql: sql('UPDATE users u', '   SET name = o.slug', '  FROM orgs o', ' WHERE o.id = u.id;'), line: 1, base },
    { name: 'WITH … UPDATE (a CTE before the UPDATE)', sql: sql('WITH stale AS (SELECT id FROM users WHERE visits = 0)', "UPDATE users SET status = 'dormant' WHERE id IN (SELECT id FROM stale);"), line: 1, base },
    { name: 'an UPDATE inside a CTE', sql: sql('SELECT 1;', "WITH changed AS (UPDATE users SET status = 'x' RETURNING id)", 'SELECT count(*) FROM changed;'), line: 2, base },
    { name: 'a backfill that also sets an existing column', sql: sql('ALTER TABLE users ADD COLUMN nick text;', "UPDATE users SET nick = name, name = '';"), line: 2, base },
    { name: 'MERGE … WHEN MATCHED THEN UPDATE', sql: sql('MERGE INTO users u', 'USING orgs o ON o.id = u.id', 'WHEN MATCHED THEN UPDATE SET name = o.slug;'), line: 1, base },
    // An upsert rewrites the existing rows it conflicts with.
    { name: 'INSERT … ON CONFLICT DO UPDATE', sql: sql('INSERT INTO orgs (id, slug) VALUES (1, \'acme\')', '  ON CONFLICT (id) DO UPDATE SET slug = excluded.slug;'), line: 1, base },
    { name: 'inside a DO block', sql: sql('DO $$', 'BEGIN', "  UPDATE users SET status = 'active' WHERE status IS NULL;", 'END $$;'), line: 3, base },
    { name: 'cockroach', sql: "UPDATE users SET status = 'x';", line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a backfill of a column added in this PR', sql: sql('ALTER TABLE users ADD COLUMN nick text;', 'UPDATE users SET nick = name WHERE nick IS NULL;'), base },
    { name: 'a backfill with UPDATE … FROM', sql: sql('ALTER TABLE billing.invoices ADD COLUMN org_slug text;', 'UPDATE billing.invoices i SET org_slug = o.slug FROM orgs o WHERE o.id = i.user_id;'), base },
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'UPDATE t SET a = 1;'), base },
    { name: 'INSERT … ON CONFLICT DO NOTHING', sql: "INSERT INTO orgs (id, slug) VALUES (1, 'acme') ON CONFLICT DO NOTHING;", base },
    { name: 'a plain INSERT … SELECT', sql: 'INSERT INTO billing.invoices (id, user_id) SELECT id, id FROM users;', base },
    { name: 'an upsert into a table created in the PR', sql: sql('CREATE TABLE settings (k text PRIMARY KEY, v text);', "INSERT INTO settings VALUES ('a', 'b') ON CONFLICT (k) DO UPDATE SET v = excluded.v;"), base },
    { name: 'an upsert that only sets a column added in the PR', sql: sql('ALTER TABLE orgs ADD COLUMN plan text;', "INSERT INTO orgs (id, plan) VALUES (1, 'pro') ON CONFLICT (id) DO UPDATE SET plan = excluded.plan;"), base },
    { name: 'MERGE that only inserts', sql: sql('MERGE INTO orgs o', 'USING users u ON u.id = o.id', 'WHEN NOT MATCHED THEN INSERT (id, slug) VALUES (u.id, u.name);'), base },
  ],
});

ruleTable('delete-rows', {
  fires: [
    { name: 'DELETE', sql: sql('BEGIN;', "DELETE FROM users WHERE status = 'banned';", 'COMMIT;'), line: 2, base },
    { name: 'DELETE … USING', sql: sql('DELETE FROM billing.invoices i', '  USING users u', ' WHERE u.id = i.user_id;'), line: 1, base },
    { name: 'DELETE in a CTE (move rows)', sql: sql('WITH moved AS (DELETE FROM users WHERE visits = 0 RETURNING *)', 'INSERT INTO billing.invoices (id) SELECT id FROM moved;'), line: 1, base },
    { name: 'MERGE … WHEN MATCHED THEN DELETE', sql: sql('MERGE INTO users u', 'USING orgs o ON o.id = u.id', 'WHEN MATCHED THEN DELETE;'), line: 1, base },
    { name: 'inside a DO block', sql: sql('DO $$', 'BEGIN', '  DELETE FROM orgs;', 'END $$;'), line: 3, base },
    { name: 'cockroach', sql: 'DELETE FROM users;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'DELETE FROM t;'), base },
    { name: 'look-alike: ON DELETE CASCADE', sql: 'ALTER TABLE users ADD COLUMN org_id bigint REFERENCES orgs (id) ON DELETE CASCADE;', base },
  ],
});

ruleTable('truncate-table', {
  fires: [
    { name: 'TRUNCATE inside BEGIN/COMMIT', sql: sql('BEGIN;', 'TRUNCATE users;', 'COMMIT;'), line: 2, base },
    { name: 'TRUNCATE TABLE ONLY … RESTART IDENTITY CASCADE', sql: 'TRUNCATE TABLE ONLY billing.invoices RESTART IDENTITY CASCADE;', line: 1, base },
    { name: 'cockroach', sql: 'TRUNCATE users;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a table created in the PR', sql: sql('CREATE TABLE t (a int);', 'TRUNCATE t;'), base },
    { name: 'look-alike: a function named truncate', sql: "SELECT date_trunc('day', now());", base },
  ],
});

describe('truncate-table, several tables', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('TRUNCATE a, b: one finding per existing table, none for one created in the PR', () => {
    const findings = analyse(sql('CREATE TABLE t (a int);', 'TRUNCATE users, t, billing.invoices;'), { base }).filter((f) => f.rule === 'truncate-table');
    expect(findings.map((f) => [f.object, f.line]).sort()).toEqual([
      ['billing.invoices', 2],
      ['users', 2],
    ]);
  });
});

ruleTable('rename-enum-value', {
  fires: [
    { name: 'ALTER TYPE … RENAME VALUE', sql: sql('SELECT 1;', "ALTER TYPE mood RENAME VALUE 'meh' TO 'neutral';"), line: 2, base },
    {
      name: 'an enum recreated without a value (CREATE TYPE new, ALTER COLUMN … TYPE new USING, DROP, RENAME)',
      sql: sql(
        "CREATE TYPE mood_new AS ENUM ('happy', 'sad');",
        'ALTER TABLE users',
        '  ALTER COLUMN mood DROP DEFAULT,',
        '  ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;',
        'DROP TYPE mood;',
        'ALTER TYPE mood_new RENAME TO mood;',
      ),
      line: 4,
      base,
    },
    {
      name: 'a public-qualified enum swapped for a smaller one',
      sql: sql("CREATE TYPE public.mood_v2 AS ENUM ('happy', 'meh');", 'ALTER TABLE users ALTER COLUMN mood TYPE public.mood_v2 USING mood::text::public.mood_v2;'),
      line: 2,
      base,
    },
    { name: 'cockroach', sql: "ALTER TYPE mood RENAME VALUE 'meh' TO 'neutral';", line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a type created in the PR', sql: sql("CREATE TYPE color AS ENUM ('red');", "ALTER TYPE color RENAME VALUE 'red' TO 'crimson';"), base },
    {
      name: 'an enum recreated with every value (and one more)',
      sql: sql("CREATE TYPE mood_new AS ENUM ('happy', 'sad', 'meh', 'angry');", 'ALTER TABLE users ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;'),
      base,
    },
    { name: 'look-alike: ALTER TYPE … RENAME TO', sql: 'ALTER TYPE mood RENAME TO feeling;', base },
  ],
});

ruleTable('add-enum-value', {
  fires: [
    { name: 'ADD VALUE', sql: sql('SELECT 1;', "ALTER TYPE mood ADD VALUE 'angry';"), line: 2, base },
    { name: 'ADD VALUE IF NOT EXISTS … BEFORE', sql: "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'angry' BEFORE 'sad';", line: 1, base },
    { name: 'ADD VALUE … AFTER', sql: "ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';", line: 1, base },
    {
      name: 'an enum recreated with one more value',
      sql: sql("CREATE TYPE mood_new AS ENUM ('happy', 'sad', 'meh', 'angry');", 'ALTER TABLE users', '  ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;'),
      line: 3,
      base,
    },
    { name: 'cockroach', sql: "ALTER TYPE mood ADD VALUE 'angry';", line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'a type created in the PR', sql: sql("CREATE TYPE color AS ENUM ('red');", "ALTER TYPE color ADD VALUE 'blue';"), base },
    { name: 'an enum recreated with fewer values (rename-enum-value instead)', sql: sql("CREATE TYPE mood_new AS ENUM ('happy', 'sad');", 'ALTER TABLE users ALTER COLUMN mood TYPE mood_new USING mood::text::mood_new;'), base },
  ],
});

ruleTable('revoke-privilege', {
  fires: [
    { name: 'REVOKE … ON … FROM', sql: sql('-- reporting reads through views only', 'REVOKE SELECT ON users FROM reporting;'), line: 2, base },
    { name: 'REVOKE ALL ON ALL TABLES IN SCHEMA', sql: 'REVOKE ALL ON ALL TABLES IN SCHEMA billing FROM reporting;', line: 1, base },
    { name: 'REVOKE role membership', sql: 'REVOKE reporting FROM app_user;', line: 1, base },
    { name: 'DROP POLICY', sql: sql('SELECT 1;', 'DROP POLICY IF EXISTS users_self ON users;'), line: 2, base },
    { name: 'DROP ROLE', sql: 'DROP ROLE IF EXISTS reporting;', line: 1, base },
    { name: 'cockroach REVOKE', sql: 'REVOKE SELECT ON users FROM reporting;', line: 1, base, dialect: cockroach },
  ],
  quiet: [
    { name: 'GRANT', sql: 'GRANT SELECT, INSERT ON users TO reporting;', base },
    { name: 'a role created in the PR', sql: sql('CREATE ROLE etl;', 'DROP ROLE etl;'), base },
    { name: 'a policy created in the PR', sql: sql('CREATE POLICY p ON users USING (true);', 'DROP POLICY p ON users;'), base },
    { name: 'look-alike: COMMENT ON', sql: "COMMENT ON TABLE users IS 'REVOKE nothing';", base },
  ],
});

ruleTable('unparsed-statement', {
  fires: [
    {
      name: 'EXECUTE format(…) dynamic SQL in a DO block',
      sql: sql('DO $$', 'BEGIN', "  EXECUTE format('ALTER TABLE %I DROP COLUMN name', 'users');", 'END $$;'),
      line: 1,
      base,
    },
    // MySQL's MODIFY would make the file read as MySQL: the repository says postgres.
    { name: 'a statement libpg-query rejects', sql: sql('SELECT 1;', 'ALTER TABLE users MODIFY name varchar(10);'), line: 2, base, dialect: 'postgres' },
    { name: 'a DO block in another language', sql: "DO LANGUAGE plv8 $$ plv8.execute('DELETE FROM users') $$;", line: 1, base },
  ],
  quiet: [
    { name: 'a DO block with static SQL only', sql: sql('DO $$', 'BEGIN', '  CREATE INDEX IF NOT EXISTS users_nick_idx ON users (nickname);', 'END $$;'), base },
    { name: 'a plpgsql function with dynamic SQL (runs later)', sql: sql('CREATE FUNCTION f(t text) RETURNS void LANGUAGE plpgsql AS $$', 'BEGIN', "  EXECUTE format('TRUNCATE %I', t);", 'END $$;'), base },
    { name: 'COMMENT ON, GRANT, CREATE INDEX', sql: sql("COMMENT ON COLUMN users.name IS 'x';", 'GRANT SELECT ON users TO reporting;', 'CREATE INDEX users_visits_idx ON users (visits);'), base },
  ],
});

describe('unparsed-statement severities', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('dynamic SQL mentioning DROP is an error', () => {
    const hit = expectFires(sql('DO $$', 'BEGIN', "  EXECUTE 'DROP TABLE ' || 'users';", 'END $$;'), 'unparsed-statement', 1, { base });
    expect(hit.severity).toBe('error');
  });
  test('a harmless statement libpg-query rejects is a warning', () => {
    // A MySQL habit (`AFTER col`) that Postgres rejects; nothing in it drops or rewrites.
    const hit = expectFires(sql('SELECT 1;', 'ALTER TABLE users ADD COLUMN nick text AFTER name;'), 'unparsed-statement', 2, { base, dialect: 'postgres' });
    expect(hit.severity).toBe('warning');
  });
});

describe('SPEC 6 suppression in Postgres', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('a reasoned rollback-guard-ignore silences the next statement only', () => {
    const findings = analyse(
      sql(
        '-- rollback-guard-ignore drop-column: name was unused since release 41',
        'ALTER TABLE users',
        '  DROP COLUMN name;',
        'ALTER TABLE users DROP COLUMN nickname;',
      ),
      { base },
    );
    // The engine keeps suppressed findings, marked: the sub-command on line 3 is covered, line 4 is not.
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => [f.line, f.suppressed])).toEqual([
      [3, true],
      [4, false],
    ]);
  });
});

describe('SPEC 6 suppression without a reason', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  test('is itself reported, on the comment line', () => {
    const findings = analyse(sql('SELECT 1;', '-- rollback-guard-ignore truncate-table', 'TRUNCATE users;'), { base });
    expect(findings.filter((f) => f.rule === 'suppression-without-reason').map((f) => f.line)).toEqual([2]);
  });
});
