/**
 * Issue 12, the catalog / history / idiom classes of the session-6 replay (s6c) that session 7 fixed:
 * each test starts from the replay's reproduction (the commit is named) and adds variants written
 * here, including what must still fire.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import type { Finding } from '../../../src/findings.js';
import { analyse, analyseTrees } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const lines = (...rows: string[]): string => rows.join('\n');
/** `rule:line object` of every finding of the rules asked for, sorted. */
const hits = (findings: Finding[], rules: string[]): string[] =>
  findings
    .filter((f) => rules.includes(f.rule))
    .map((f) => `${f.rule}:${f.line} ${f.object ?? ''}`.trim())
    .sort();

describe('never-created: DROP INDEX IF EXISTS of a name this dialect\'s history never wrote (dolphinscheduler 25e841a228)', () => {
  const mysqlBase = 'CREATE TABLE t_ds_process_task_relation (id int PRIMARY KEY, project_code bigint, process_definition_code bigint);\nALTER TABLE t_ds_process_task_relation ADD KEY idx_code (project_code, process_definition_code);\n';
  const pgBase = 'CREATE TABLE t_ds_process_task_relation (id int PRIMARY KEY, project_code bigint, process_definition_code bigint);\nCREATE INDEX idx_relation_project_code ON t_ds_process_task_relation (project_code);\n';
  const base = {
    'sql/upgrade/3.1.0_schema/mysql/dolphinscheduler_ddl.sql': mysqlBase,
    'sql/upgrade/3.1.0_schema/postgresql/dolphinscheduler_ddl.sql': pgBase,
  };

  test('the reproduction: the Postgres script drops the MySQL script\'s index names: quiet there, the MySQL drop still fires', () => {
    const head = {
      ...base,
      'sql/upgrade/3.2.0_schema/postgresql/dolphinscheduler_ddl.sql': lines('DROP INDEX IF EXISTS idx_code;', 'DROP INDEX IF EXISTS idx_process_code_version;', 'DROP INDEX IF EXISTS idx_relation_project_code;', ''),
      'sql/upgrade/3.2.0_schema/mysql/dolphinscheduler_ddl.sql': 'ALTER TABLE t_ds_process_task_relation DROP INDEX idx_code;\n',
    };
    expect(hits(analyseTrees(base, head), ['drop-index'])).toEqual(['drop-index:1 idx_code', 'drop-index:3 idx_relation_project_code']);
  });

  test('variant: what still fires — no IF EXISTS, a name base writes, an implicit Postgres name, a history without a replay', () => {
    const pg = 'CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, name text);\nCREATE INDEX ON users (name);\n';
    // Without IF EXISTS the drop is reported as before (it fails where the index is missing).
    expect(hits(analyse('DROP INDEX idx_never;', { base: pg }), ['drop-index'])).toEqual(['drop-index:1 idx_never']);
    // Names Postgres generates (users_name_idx) are in no text of the history.
    expect(hits(analyse('DROP INDEX IF EXISTS users_name_idx;', { base: pg }), ['drop-index'])).toEqual(['drop-index:1 users_name_idx']);
    // No base history to tell: reported.
    expect(hits(analyse('DROP INDEX IF EXISTS idx_never;'), ['drop-index'])).toEqual(['drop-index:1 idx_never']);
    // A name the history writes (in a comment, a string, anywhere): reported.
    expect(hits(analyse('DROP INDEX IF EXISTS idx_legacy;', { base: `${pg}-- idx_legacy was created by hand\n` }), ['drop-index'])).toEqual(['drop-index:1 idx_legacy']);
    // Quiet: a name nothing of this history writes.
    expect(hits(analyse('DROP INDEX IF EXISTS idx_never;', { base: pg }), ['drop-index'])).toEqual([]);
  });
});

describe('superseded-in-pr: a CHECK the same PR drops again later (lemmy 90fc5cca34)', () => {
  const base = { 'migrations/2025-01-01-000000_init/up.sql': 'CREATE TABLE modlog (id int PRIMARY KEY, kind text NOT NULL, target_person_id int, target_post_id int);\n' };
  const first = 'migrations/2026-02-03-235249-0000_add_moderator_warn_constraint_check/up.sql';
  const second = 'migrations/2026-04-22-005541-0000_update_modlog_check_constraint/up.sql';
  const check = (kinds: string): string => `ALTER TABLE modlog\n    ADD CHECK ((kind = 'AdminAdd' AND num_nonnulls (target_person_id) = 1) OR (kind IN (${kinds}) AND num_nonnulls (target_post_id, target_person_id) = 2));\n`;

  test('the reproduction: the first CHECK (Postgres names it modlog_check) is dropped by the later migration; the later CHECK still fires', () => {
    const head = {
      ...base,
      [first]: `ALTER TABLE modlog\n    DROP CONSTRAINT IF EXISTS modlog_check;\n\n${check("'ModWarnPost'")}`,
      [second]: `ALTER TABLE modlog DROP CONSTRAINT IF EXISTS modlog_check;\n\n${check("'ModWarnPost', 'ModRemovePost'")}`,
    };
    const found = analyseTrees(base, head).filter((f) => f.rule === 'add-check-constraint').map((f) => `${f.file === second ? 'second' : 'first'}:${f.line}`);
    expect(found).toEqual(['second:4']);
  });

  test('variant: a one-column CHECK is named <table>_<column>_check; a named one by its name; a later drop of another constraint keeps it', () => {
    const pr = (sql: string): string[] => hits(analyse(sql, { base: base['migrations/2025-01-01-000000_init/up.sql'] }), ['add-check-constraint']);
    expect(pr(lines('ALTER TABLE modlog ADD CHECK (target_post_id > 0);', 'ALTER TABLE modlog DROP CONSTRAINT modlog_target_post_id_check;'))).toEqual([]);
    expect(pr(lines('ALTER TABLE modlog ADD CONSTRAINT kind_known CHECK (kind <> \'\');', 'ALTER TABLE modlog DROP CONSTRAINT kind_known;'))).toEqual([]);
    expect(pr(lines('ALTER TABLE modlog ADD CHECK (target_post_id > 0);', 'ALTER TABLE modlog DROP CONSTRAINT modlog_check;'))).toEqual(['add-check-constraint:1 modlog']);
    // Dropped before, not after: the CHECK stays.
    expect(pr(lines('ALTER TABLE modlog DROP CONSTRAINT IF EXISTS modlog_check;', 'ALTER TABLE modlog ADD CHECK (kind <> \'\' OR target_post_id > 0);'))).toEqual(['add-check-constraint:2 modlog']);
  });
});

describe('if-not-exists-branch: what follows a plain ADD in its IF NOT EXISTS branch runs only where the column is new (dolphinscheduler f0881b65a1)', () => {
  const base = "CREATE TABLE t_ds_schedules (id int PRIMARY KEY, tenant_code varchar(64) DEFAULT 'default');\n";
  const block = (...body: string[]): string =>
    lines(
      'delimiter d//',
      'CREATE OR REPLACE FUNCTION add_t_ds_schedules_tenant_code() RETURNS void AS $$',
      'BEGIN',
      "IF NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME='t_ds_schedules' AND COLUMN_NAME ='tenant_code')",
      '      THEN',
      ...body,
      'END IF;',
      'END;',
      '$$ LANGUAGE plpgsql;',
      'd//',
      'delimiter ;',
      'select add_t_ds_schedules_tenant_code();',
      'DROP FUNCTION add_t_ds_schedules_tenant_code();',
    );

  test('the reproduction: SET DEFAULT NULL right after the ADD in the branch drops no default', () => {
    const sql = block('ALTER TABLE t_ds_schedules ADD tenant_code varchar(64);', 'ALTER TABLE t_ds_schedules alter column tenant_code  set DEFAULT NULL;', "comment on column t_ds_schedules.tenant_code is 'tenant code';");
    expect(hits(analyse(sql, { base }), ['drop-default'])).toEqual([]);
  });

  test('variant: in the ELSE branch, after an ADD … IF NOT EXISTS, or in a DO block and a MySQL procedure', () => {
    // The ELSE branch runs where the column exists: its default is dropped there.
    const inElse = block('ALTER TABLE t_ds_schedules ADD tenant_code varchar(64);', 'ELSE', 'ALTER TABLE t_ds_schedules ALTER COLUMN tenant_code SET DEFAULT NULL;');
    expect(hits(analyse(inElse, { base }), ['drop-default'])).toEqual(['drop-default:8 t_ds_schedules.tenant_code']);
    // ADD COLUMN IF NOT EXISTS succeeds where the column exists: what follows runs there too.
    const ownGuard = block('ALTER TABLE t_ds_schedules ADD COLUMN IF NOT EXISTS tenant_code varchar(64);', 'ALTER TABLE t_ds_schedules ALTER COLUMN tenant_code SET DEFAULT NULL;');
    expect(hits(analyse(ownGuard, { base }), ['drop-default'])).toEqual(['drop-default:7 t_ds_schedules.tenant_code']);
    // A DO block: the same branch, quiet; another column of the branch is not covered by the ADD.
    const doBlock = lines(
      'DO $$',
      'BEGIN',
      "  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 't_ds_schedules' AND column_name = 'tenant_code') THEN",
      '    ALTER TABLE t_ds_schedules ADD tenant_code varchar(64);',
      '    ALTER TABLE t_ds_schedules ALTER COLUMN tenant_code DROP DEFAULT;',
      '    ALTER TABLE t_ds_schedules ALTER COLUMN id DROP DEFAULT;',
      '  END IF;',
      'END $$;',
    );
    const pgBase = "CREATE TABLE t_ds_schedules (id serial PRIMARY KEY, tenant_code varchar(64) DEFAULT 'default');\n";
    expect(hits(analyse(doBlock, { base: pgBase }), ['drop-default'])).toEqual(['drop-default:6 t_ds_schedules.id']);
    const mysql = lines(
      'drop PROCEDURE if EXISTS add_tenant_code;',
      'delimiter d//',
      'CREATE PROCEDURE add_tenant_code()',
      'BEGIN',
      "  IF NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME='t_ds_schedules' AND COLUMN_NAME='tenant_code')",
      '  THEN',
      '    ALTER TABLE t_ds_schedules ADD `tenant_code` varchar(64);',
      '    ALTER TABLE t_ds_schedules ALTER COLUMN `tenant_code` DROP DEFAULT;',
      '  ELSE',
      '    ALTER TABLE t_ds_schedules ALTER COLUMN `tenant_code` DROP DEFAULT;',
      '  END IF;',
      'END;',
      'd//',
      'delimiter ;',
      'CALL add_tenant_code;',
      'DROP PROCEDURE add_tenant_code;',
    );
    expect(hits(analyse(mysql, { base, dialect: 'mysql' }), ['drop-default'])).toEqual(['drop-default:10 t_ds_schedules.tenant_code']);
  });
});

describe('constraint-on-new-columns (SQLite rebuild): a CHECK every old insert passes, the new columns at their defaults (openstatus 4ce1431854)', () => {
  const base = lines(
    'CREATE TABLE `page_subscriber` (',
    '\t`id` integer PRIMARY KEY NOT NULL,',
    '\t`email` text NOT NULL,',
    '\t`page_id` integer NOT NULL,',
    '\t`token` text',
    ');',
    '',
  );
  const rebuild = (columns: string[], check: string): string =>
    lines(
      'PRAGMA foreign_keys=OFF;--> statement-breakpoint',
      'CREATE TABLE `__new_page_subscriber` (',
      '\t`id` integer PRIMARY KEY NOT NULL,',
      ...columns,
      '\t`page_id` integer NOT NULL,',
      '\t`token` text,',
      `\tCONSTRAINT "page_subscriber_channel_check" CHECK(${check})`,
      ');',
      '--> statement-breakpoint',
      'INSERT INTO `__new_page_subscriber`("id", "email", "page_id", "channel_type", "webhook_url", "token") SELECT "id", "email", "page_id", \'email\', NULL, "token" FROM `page_subscriber`;--> statement-breakpoint',
      'DROP TABLE `page_subscriber`;--> statement-breakpoint',
      'ALTER TABLE `__new_page_subscriber` RENAME TO `page_subscriber`;--> statement-breakpoint',
      'PRAGMA foreign_keys=ON;',
    );
  const check = '("__new_page_subscriber"."channel_type" = \'email\' AND "__new_page_subscriber"."email" IS NOT NULL AND "__new_page_subscriber"."webhook_url" IS NULL) OR ("__new_page_subscriber"."channel_type" = \'webhook\' AND "__new_page_subscriber"."webhook_url" IS NOT NULL AND "__new_page_subscriber"."email" IS NULL)';
  const run = (columns: string[], expression = check): string[] => hits(analyse(rebuild(columns, expression), { base, dialect: 'sqlite', path: 'packages/db/drizzle/0056_violet_shotgun.sql' }), ['add-check-constraint']);

  test('the reproduction: channel_type defaults to email, webhook_url is NULL, email was NOT NULL: every old insert passes', () => {
    expect(run(['\t`email` text NOT NULL,', "\t`channel_type` text DEFAULT 'email' NOT NULL,", '\t`webhook_url` text,'])).toEqual([]);
  });

  test('variant: a default the CHECK rejects, an old column that was nullable, a default that is not a literal: reported', () => {
    expect(run(['\t`email` text NOT NULL,', "\t`channel_type` text DEFAULT 'webhook' NOT NULL,", '\t`webhook_url` text,'])).toEqual(['add-check-constraint:9 page_subscriber.page_subscriber_channel_check']);
    const nullableBase = base.replace('`email` text NOT NULL', '`email` text');
    expect(hits(analyse(rebuild(['\t`email` text,', "\t`channel_type` text DEFAULT 'email' NOT NULL,", '\t`webhook_url` text,'], check), { base: nullableBase, dialect: 'sqlite' }), ['add-check-constraint'])).toEqual(['add-check-constraint:9 page_subscriber.page_subscriber_channel_check']);
    expect(run(['\t`email` text NOT NULL,', '\t`channel_type` text DEFAULT (lower(\'EMAIL\')) NOT NULL,', '\t`webhook_url` text,'])).toEqual(['add-check-constraint:9 page_subscriber.page_subscriber_channel_check']);
    // NOT of a sure-true branch, and a CHECK on the old column alone: reported.
    expect(run(['\t`email` text NOT NULL,', "\t`channel_type` text DEFAULT 'email' NOT NULL,", '\t`webhook_url` text,'], `NOT (${check})`)).toEqual(['add-check-constraint:9 page_subscriber.page_subscriber_channel_check']);
    expect(run(['\t`email` text NOT NULL,', "\t`channel_type` text DEFAULT 'email' NOT NULL,", '\t`webhook_url` text,'], '"email" <> \'\'')).toEqual(['add-check-constraint:9 page_subscriber.page_subscriber_channel_check']);
  });
});
