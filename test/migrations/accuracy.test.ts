/**
 * Issue 12, the false-alarm classes the real-history replay still showed after session 2
 * (bench/history/README.md, "after session 3"). Each starts from its reproduction in
 * bench/history/repros/<case>/ and adds variants written here, including what must still fire.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, type ChangeSet, type ReleaseStatus } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { analyse, analyseTrees, reproTrees } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const lines = (...rows: string[]): string => rows.join('\n');
/** `rule:line object` of every finding (notices included), sorted. */
const hits = (findings: Finding[]): string[] => findings.map((f) => `${f.rule}:${f.line} ${f.object ?? ''}`.trim()).sort();

describe('change-then-modify: a CHANGE (or any relaxing step) netted against a later MODIFY of the same column', () => {
  test('the dolphinscheduler reproduction: only the renames are reported', () => {
    const { base, head } = reproTrees('change-then-modify');
    const ddl = 'dolphinscheduler-dao/src/main/resources/sql/upgrade/3.3.0_schema/mysql/dolphinscheduler_ddl.sql';
    const findings = analyseTrees(base, head).filter((f) => f.file === ddl);
    expect(hits(findings)).toEqual(['rename-column:7 t_ds_command.process_definition_code', 'rename-column:8 t_ds_command.process_instance_priority', 'rename-table:10 t_ds_process_instance']);
  });

  // A multi-action ALTER is one statement too: its actions are read in order.
  const base = 'CREATE TABLE jobs (id int PRIMARY KEY, code bigint NOT NULL, priority int DEFAULT 2, host varchar(135));';

  test('variant: one ALTER TABLE with CHANGE then MODIFY of the renamed column compares the MODIFY with what the CHANGE left', () => {
    const sql = 'ALTER TABLE jobs CHANGE code job_code bigint(20), MODIFY job_code bigint NOT NULL;';
    expect(hits(analyse(sql, { base, dialect: 'mysql' }))).toEqual(['rename-column:1 jobs.code']);
  });

  test('variant: a real type change after the rename is still reported, against the type the CHANGE set', () => {
    const sql = lines('ALTER TABLE jobs CHANGE code job_code bigint(20) NOT NULL;', 'RENAME TABLE jobs TO tasks;', 'ALTER TABLE tasks MODIFY job_code varchar(20) NOT NULL;');
    const findings = analyse(sql, { base, dialect: 'mysql' });
    expect(hits(findings)).toEqual(['change-column-type:3 tasks.job_code', 'rename-column:1 jobs.code', 'rename-table:2 jobs']);
    expect(findings.find((f) => f.rule === 'change-column-type')?.message).toContain('bigint');
  });

  test('variant (Postgres): DROP NOT NULL / DROP DEFAULT restored by later statements of the PR, across a rename, is quiet', () => {
    const pg = 'CREATE TABLE jobs (id int PRIMARY KEY, code bigint NOT NULL, priority int NOT NULL DEFAULT 2);';
    const sql = lines(
      'ALTER TABLE jobs ALTER COLUMN code DROP NOT NULL;',
      'ALTER TABLE jobs ALTER COLUMN priority DROP DEFAULT;',
      'ALTER TABLE jobs RENAME COLUMN code TO job_code;',
      'ALTER TABLE jobs RENAME TO tasks;',
      'ALTER TABLE tasks ALTER COLUMN job_code SET NOT NULL;',
      'ALTER TABLE tasks ALTER COLUMN priority SET DEFAULT 3;',
    );
    expect(hits(analyse(sql, { base: pg }))).toEqual(['rename-column:3 jobs.code', 'rename-table:4 jobs']);
  });

  test('what must still fire: not restored, restored on another column, or NOT NULL made where base allowed NULL', () => {
    const pg = 'CREATE TABLE jobs (id int PRIMARY KEY, code bigint NOT NULL, other bigint, priority int DEFAULT 2);';
    const sql = lines('ALTER TABLE jobs ALTER COLUMN code DROP NOT NULL;', 'ALTER TABLE jobs ALTER COLUMN priority DROP DEFAULT;', 'ALTER TABLE jobs ALTER COLUMN other SET NOT NULL;');
    expect(hits(analyse(sql, { base: pg }))).toEqual(['drop-default:2 jobs.priority', 'drop-not-null:1 jobs.code', 'set-not-null:3 jobs.other']);
    // Restored, then relaxed again: the net effect is what the previous release meets.
    const again = lines('ALTER TABLE jobs ALTER COLUMN code DROP NOT NULL;', 'ALTER TABLE jobs ALTER COLUMN code SET NOT NULL;', 'ALTER TABLE jobs ALTER COLUMN code DROP NOT NULL;');
    expect(hits(analyse(again, { base: pg }))).toEqual(['drop-not-null:1 jobs.code', 'drop-not-null:3 jobs.code']);
    // NOT NULL said again with no relaxing step before it, where an older file made it so: a no-op
    // (not-null-since-create; an edited file's own base version is test/migrations/rules/history-classes.test.ts's).
    expect(hits(analyse('ALTER TABLE jobs ALTER COLUMN code SET NOT NULL;', { base: pg }))).toEqual([]);
    // MySQL: a CHANGE that drops NOT NULL and no later MODIFY.
    expect(hits(analyse('ALTER TABLE jobs CHANGE code job_code bigint(20);', { base, dialect: 'mysql' }))).toEqual(['drop-not-null:1 jobs.job_code', 'rename-column:1 jobs.code']);
  });

  test('a column dropped and added again under the renamed name is new, not restored', () => {
    const pg = 'CREATE TABLE jobs (id int PRIMARY KEY, code bigint NOT NULL);';
    const sql = lines('ALTER TABLE jobs ALTER COLUMN code DROP NOT NULL;', 'ALTER TABLE jobs DROP COLUMN code;', 'ALTER TABLE jobs ADD COLUMN code bigint NOT NULL DEFAULT 0;');
    expect(hits(analyse(sql, { base: pg })).filter((h) => h.startsWith('drop-not-null'))).toEqual(['drop-not-null:1 jobs.code']);
  });
});

describe('format-only-edit / delimiter-postgres: a statement unchanged in an edited unreleased file, behind a script runner\'s `delimiter d//`', () => {
  const ddl = 'dolphinscheduler-dao/src/main/resources/sql/upgrade/3.3.0_schema/postgresql/dolphinscheduler_ddl.sql';
  /** The change set with `ddl` in no release (shipped-means-released: its new statements run). */
  const unreleased = (base: Record<string, string>, head: Record<string, string>): ChangeSet => {
    const changes = changeSetFromTrees(base, head);
    changes.released = (paths) => new Map<string, ReleaseStatus>(paths.map((p) => [p, p === ddl ? { released: false, reason: 'in no release tag (test)' } : { released: true, reason: 'a release tag has it (test)' }]));
    return changes;
  };
  const run = (changes: ChangeSet): Finding[] => runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings;

  test('the dolphinscheduler reproduction (20a0e50cce): the appended DROP TABLE only, not the helper\'s unchanged DROP FUNCTION', () => {
    const { base, head } = reproTrees('delimiter-postgres');
    expect(hits(run(unreleased(base, head)))).toEqual(['drop-table:20 t_ds_trigger_relation']);
  });

  test('variant (fee4955724): a second delimiter block after it is read, not glued to the statements before into one unparsed statement', () => {
    const { base, head } = reproTrees('delimiter-postgres');
    const more = lines(
      head[ddl].trimEnd(),
      '',
      '-- Rename fields from process to workflow',
      'delimiter d//',
      'CREATE OR REPLACE FUNCTION rename_process_to_workflow() RETURNS void AS $$',
      'BEGIN',
      'ALTER TABLE t_ds_alert_plugin_instance RENAME COLUMN instance_type TO plugin_type;',
      'END;',
      '$$ LANGUAGE plpgsql;',
      'd//',
      '',
      'select rename_process_to_workflow();',
      'DROP FUNCTION IF EXISTS rename_process_to_workflow();',
      '',
    );
    expect(hits(run(unreleased(base, { ...head, [ddl]: more })))).toEqual(['drop-table:20 t_ds_trigger_relation', 'rename-column:26 t_ds_alert_plugin_instance.instance_type']);
  });

  test('what must still fire: the unchanged helper, when the edit changes it, and the whole file when a release has it', () => {
    const { base, head } = reproTrees('delimiter-postgres');
    const edited = head[ddl].replace('DROP FUNCTION IF EXISTS drop_column_t_ds_alert_plugin_instance();', 'DROP FUNCTION IF EXISTS drop_column_t_ds_alert_plugin_instance() CASCADE;');
    expect(hits(run(unreleased(base, { ...head, [ddl]: edited })))).toEqual(['drop-object:18 drop_column_t_ds_alert_plugin_instance', 'drop-table:20 t_ds_trigger_relation']);
    expect(hits(run(changeSetFromTrees(base, head))).map((h) => h.split(':')[0])).toEqual(['edited-migration']);
  });
});

describe('check-widened-rebuild: a SQLite rebuild re-creating a CHECK with more OR branches', () => {
  test('the openstatus reproduction (d940385d34 0078): no add-check-constraint', () => {
    const { base, head } = reproTrees('check-widened-rebuild');
    expect(hits(analyseTrees(base, head))).toEqual([]);
  });

  const base = { 'db/migrations/0001_init.sql': "CREATE TABLE subs (id integer PRIMARY KEY, kind text NOT NULL, email text, url text, CHECK ((kind = 'email' AND email IS NOT NULL) OR (kind = 'webhook' AND url IS NOT NULL)));" };
  const rebuild = (check: string): Record<string, string> => ({
    ...base,
    'db/migrations/0002_rebuild.sql': lines(
      `CREATE TABLE new_subs (id integer PRIMARY KEY, kind text NOT NULL, email text, url text, slack text, CONSTRAINT subs_kind CHECK (${check}));`,
      'INSERT INTO new_subs (id, kind, email, url) SELECT id, kind, email, url FROM subs;',
      'DROP TABLE subs;',
      'ALTER TABLE new_subs RENAME TO subs;',
    ),
  });

  test('variant: branches reordered, table-qualified in the rebuild, the old CHECK unnamed: quiet', () => {
    const widened = "(new_subs.kind = 'slack' AND new_subs.slack IS NOT NULL) OR (new_subs.kind = 'webhook' AND new_subs.url IS NOT NULL) OR ((new_subs.kind = 'email' AND new_subs.email IS NOT NULL))";
    expect(hits(analyseTrees(base, rebuild(widened), { dialect: 'sqlite' }))).toEqual([]);
  });

  test('what must still fire: a branch dropped, a branch tightened', () => {
    const narrowed = "(kind = 'email' AND email IS NOT NULL)";
    expect(hits(analyseTrees(base, rebuild(narrowed), { dialect: 'sqlite' }))).toEqual(['add-check-constraint:1 subs.subs_kind']);
    const tightened = "(kind = 'email' AND email IS NOT NULL AND url IS NULL) OR (kind = 'webhook' AND url IS NOT NULL) OR (kind = 'slack')";
    expect(hits(analyseTrees(base, rebuild(tightened), { dialect: 'sqlite' }))).toEqual(['add-check-constraint:1 subs.subs_kind']);
  });
});

describe('view-as-table: a (materialized) view dropped or renamed with TABLE statements', () => {
  test('the umami reproduction (ClickHouse): the swapped, dropped and re-created materialized view is a replaced view', () => {
    const { base, head } = reproTrees('view-as-table');
    expect(hits(analyseTrees(base, head))).toEqual([]);
  });

  const mv = (name: string): string => `CREATE MATERIALIZED VIEW ${name} TO stats AS SELECT id, count() AS n FROM events GROUP BY id;`;
  const chBase = lines('CREATE TABLE events (id UInt64) ENGINE = MergeTree ORDER BY id;', 'CREATE TABLE stats (id UInt64, n UInt64) ENGINE = SummingMergeTree ORDER BY id;', mv('stats_mv'));

  test('what must still fire (ClickHouse): a view dropped or renamed away for good is drop-object / rename-object, not a table finding', () => {
    expect(hits(analyse('DROP TABLE stats_mv;', { base: chBase, dialect: 'clickhouse' }))).toEqual(['drop-object:1 stats_mv']);
    expect(hits(analyse('RENAME TABLE stats_mv TO stats_mv_old;', { base: chBase, dialect: 'clickhouse' }))).toEqual(['rename-object:1 stats_mv']);
    // A table is still a table.
    expect(hits(analyse('DROP TABLE stats;', { base: chBase, dialect: 'clickhouse' }))).toEqual(['drop-table:1 stats']);
  });

  test('variant (MySQL): RENAME TABLE of a view, and of a view replaced under its name', () => {
    const base = lines('CREATE TABLE users (id int PRIMARY KEY, name text);', 'CREATE VIEW active_users AS SELECT id, name FROM users;');
    expect(hits(analyse('RENAME TABLE active_users TO current_users;', { base, dialect: 'mysql' }))).toEqual(['rename-object:1 active_users']);
    const swap = lines('CREATE VIEW active_users_new AS SELECT id, name FROM users WHERE id > 0;', 'RENAME TABLE active_users TO active_users_old;', 'RENAME TABLE active_users_new TO active_users;', 'DROP VIEW active_users_old;');
    expect(hits(analyse(swap, { base, dialect: 'mysql' }))).toEqual([]);
  });
});

describe('drop-and-recreate-index: an index replaced on a column renamed earlier in the PR', () => {
  // dolphinscheduler fee4955724: CHANGE parent_process_instance_id parent_workflow_instance_id, then
  // DROP INDEX idx_parent_process_task, ADD INDEX idx_parent_workflow_task on the renamed column.
  const base = 'CREATE TABLE rel (id int PRIMARY KEY, parent_process_instance_id int, parent_task_instance_id int, KEY idx_parent_process_task (parent_process_instance_id, parent_task_instance_id));';
  const rename = 'ALTER TABLE rel CHANGE parent_process_instance_id parent_workflow_instance_id int(11);';

  test('the index follows the column rename: replaced by one on the same leading column, quiet', () => {
    const sql = lines(rename, 'ALTER TABLE rel DROP INDEX idx_parent_process_task, ADD INDEX idx_parent_workflow_task (parent_workflow_instance_id, parent_task_instance_id);');
    expect(hits(analyse(sql, { base, dialect: 'mysql' }))).toEqual(['rename-column:1 rel.parent_process_instance_id']);
  });

  test('variant (Postgres, RENAME COLUMN): the same; and what must still fire: replaced on another leading column', () => {
    const pg = 'CREATE TABLE rel (id int PRIMARY KEY, parent_id int, task_id int);\nCREATE INDEX idx_parent ON rel (parent_id, task_id);';
    const renamed = 'ALTER TABLE rel RENAME COLUMN parent_id TO parent_workflow_id;';
    expect(hits(analyse(lines(renamed, 'DROP INDEX idx_parent;', 'CREATE INDEX idx_parent_workflow ON rel (parent_workflow_id, task_id);'), { base: pg }))).toEqual(['rename-column:1 rel.parent_id']);
    expect(hits(analyse(lines(renamed, 'DROP INDEX idx_parent;', 'CREATE INDEX idx_task ON rel (task_id);'), { base: pg }))).toEqual(['drop-index:2 idx_parent', 'rename-column:1 rel.parent_id']);
  });
});
