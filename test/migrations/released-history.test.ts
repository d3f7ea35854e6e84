/**
 * A column base's schema dump has but the previous release's does not (issue 12, class
 * shipped-means-released, dolphinscheduler 25e841a228): `ALTER TABLE "t_ds_fav_task" ADD COLUMN IF
 * NOT EXISTS "task_type" varchar(64) NOT NULL` in the unreleased 3.2.0 upgrade script. Base's
 * `dolphinscheduler_postgresql.sql` already says `task_type` (renamed on the development branch),
 * so the history skipped it as a restatement; 3.1.8's own dump creates `t_ds_fav_task` with
 * `task_name`, and 3.1.8's code inserts `task_name` only: a fresh 3.1.8 install gets the required
 * column added. Git repositories with release tags, as the replay sees them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import type { ChangeSet } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { GIT_TEST_ENV } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine();
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Commits `steps` in order (each the whole tree, tagged when it says so); the change set of the last two. */
function repo(steps: { files: Record<string, string>; tag?: string }[]): ChangeSet {
  const dir = mkdtempSync(join(tmpdir(), 'rg-release-baseline-'));
  dirs.push(dir);
  const env = { ...process.env, ...GIT_TEST_ENV };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env }).trim();
  git('init', '-q', '-b', 'main');
  for (const [i, step] of steps.entries()) {
    git('rm', '-rq', '--ignore-unmatch', '.');
    for (const [path, text] of Object.entries(step.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', `step ${i}`);
    if (step.tag) git('tag', step.tag);
  }
  return gitChangeSet('HEAD~1', 'HEAD', { cwd: dir });
}

const required = (changes: ChangeSet): Finding[] =>
  runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'add-required-column');

const SQL = 'dolphinscheduler-dao/src/main/resources/sql';
const DUMP = `${SQL}/dolphinscheduler_postgresql.sql`;
const UPGRADE_311 = `${SQL}/upgrade/3.1.1_schema/postgresql/dolphinscheduler_ddl.sql`;
const UPGRADE_320 = `${SQL}/upgrade/3.2.0_schema/postgresql/dolphinscheduler_ddl.sql`;

const dump = (column: string): string => `DROP TABLE IF EXISTS t_ds_fav_task;
CREATE TABLE t_ds_fav_task
(
    id        serial      NOT NULL,
    ${column} varchar(64) NOT NULL,
    user_id   int         NOT NULL,
    PRIMARY KEY (id)
);
DROP TABLE IF EXISTS t_ds_user;
CREATE TABLE t_ds_user (id serial NOT NULL, user_name varchar(64) NOT NULL, PRIMARY KEY (id));
`;

/** 3.1.1's rename, in a DO block the history cannot read (dynamic EXECUTE), as DolphinScheduler wrote it. */
const RENAME_311 = `DO $$
DECLARE
v_schema varchar;
BEGIN
    v_schema =current_schema();
  IF EXISTS(SELECT * FROM information_schema.columns WHERE table_name='t_ds_fav_task' and column_name='task_name')
  then
   EXECUTE 'ALTER TABLE IF EXISTS ' || quote_ident(v_schema) ||'.t_ds_fav_task RENAME COLUMN task_name TO task_type';
END IF;
END $$;
ALTER TABLE t_ds_user ADD COLUMN IF NOT EXISTS email varchar(64) DEFAULT NULL;
`;

const UPGRADE_320_BASE = 'ALTER TABLE t_ds_user ADD COLUMN IF NOT EXISTS phone varchar(64) DEFAULT NULL;\n';
const UPGRADE_320_HEAD = `${UPGRADE_320_BASE}CREATE TABLE if not exists "t_ds_fav_task" (
    "id" serial NOT NULL,
    "task_type" VARCHAR(64) NOT NULL,
    "user_id" integer NOT NULL,
    PRIMARY KEY ("id")
);
ALTER TABLE "t_ds_fav_task" ADD COLUMN IF NOT EXISTS "task_type" varchar(64) NOT NULL;
`;

describe('add-required-column: a column the previous release\'s schema dump lacks', () => {
  test('repro dolphinscheduler 25e841a228: 3.1.8\'s dump has task_name, base\'s task_type: ADD COLUMN IF NOT EXISTS task_type NOT NULL fires', () => {
    const released = { [DUMP]: dump('task_name'), [UPGRADE_311]: RENAME_311 };
    const base = { [DUMP]: dump('task_type'), [UPGRADE_311]: RENAME_311, [UPGRADE_320]: UPGRADE_320_BASE };
    const hits = required(repo([{ files: released, tag: '3.1.8' }, { files: base }, { files: { ...base, [UPGRADE_320]: UPGRADE_320_HEAD } }]));
    expect(hits.map((f) => `${f.file}:${f.line} ${f.object}`)).toEqual([`${UPGRADE_320}:8 t_ds_fav_task.task_type`]);
    expect(hits[0].message).toContain(`3.1.8's ${DUMP} creates t_ds_fav_task without task_type`);
  });

  test('no release tag: base\'s dump has the column, the restatement stays quiet', () => {
    const base = { [DUMP]: dump('task_type'), [UPGRADE_311]: RENAME_311, [UPGRADE_320]: UPGRADE_320_BASE };
    expect(required(repo([{ files: { [DUMP]: dump('task_name'), [UPGRADE_311]: RENAME_311 } }, { files: base }, { files: { ...base, [UPGRADE_320]: UPGRADE_320_HEAD } }]))).toEqual([]);
  });

  test('variant: the release\'s dump already has the column (a true restatement): quiet', () => {
    const base = { [DUMP]: dump('task_type'), [UPGRADE_311]: RENAME_311, [UPGRADE_320]: UPGRADE_320_BASE };
    const released = { ...base, [DUMP]: `${dump('task_type')}-- 3.1.8\n` };
    expect(required(repo([{ files: released, tag: '3.1.8' }, { files: base }, { files: { ...base, [UPGRADE_320]: UPGRADE_320_HEAD } }]))).toEqual([]);
  });

  test('variant: a table the release\'s dump does not have at all (no release code writes it): quiet', () => {
    const base = { [DUMP]: dump('task_type'), [UPGRADE_311]: RENAME_311, [UPGRADE_320]: UPGRADE_320_BASE };
    const released = { [DUMP]: 'CREATE TABLE t_ds_user (id serial NOT NULL, user_name varchar(64) NOT NULL, PRIMARY KEY (id));\n', [UPGRADE_311]: RENAME_311 };
    expect(required(repo([{ files: released, tag: 'v3.1.8' }, { files: base }, { files: { ...base, [UPGRADE_320]: UPGRADE_320_HEAD } }]))).toEqual([]);
  });

  test("variant: with a default in the statement, nullable, or a column the release's dump has: quiet", () => {
    const base = { [DUMP]: dump('task_type'), [UPGRADE_311]: RENAME_311, [UPGRADE_320]: UPGRADE_320_BASE };
    const released = { [DUMP]: dump('task_name'), [UPGRADE_311]: RENAME_311 };
    const head = (sql: string) => ({ ...base, [UPGRADE_320]: `${UPGRADE_320_BASE}${sql}` });
    expect(required(repo([{ files: released, tag: '3.1.8' }, { files: base }, { files: head("ALTER TABLE t_ds_fav_task ADD COLUMN IF NOT EXISTS task_type varchar(64) NOT NULL DEFAULT '';\n") }]))).toEqual([]);
    expect(required(repo([{ files: released, tag: '3.1.8' }, { files: base }, { files: head('ALTER TABLE t_ds_fav_task ADD COLUMN IF NOT EXISTS task_type varchar(64);\n') }]))).toEqual([]);
    expect(required(repo([{ files: released, tag: '3.1.8' }, { files: base }, { files: head('ALTER TABLE t_ds_fav_task ADD COLUMN IF NOT EXISTS user_id int NOT NULL;\n') }]))).toEqual([]);
  });
});

/**
 * reportportal 637171e95a: `1002_drop_tms_bts_ticket` drops a TMS table (and its index) that
 * `1000_tms_initial` created after the newest release tag: no release has it, so no previous release
 * reads it (class shipped-means-released).
 */
describe('drop-table, drop-index: a table no release has', () => {
  const INIT = 'migrations/1_init.up.sql';
  const TMS = 'migrations/1000_tms_initial.up.sql';
  const DROP = 'migrations/1002_drop_tms_bts_ticket.up.sql';
  const init = 'CREATE TABLE launch (id bigint PRIMARY KEY, name text);\n';
  const tms = `CREATE TABLE tms_test_case_execution_comment_bts_ticket (id bigint PRIMARY KEY, comment_id bigint NOT NULL);
CREATE INDEX idx_tms_test_case_execution_comment_bts_ticket_comment_id ON tms_test_case_execution_comment_bts_ticket (comment_id);
`;
  const drop = `DROP INDEX IF EXISTS idx_tms_test_case_execution_comment_bts_ticket_comment_id;
DROP TABLE IF EXISTS tms_test_case_execution_comment_bts_ticket;
`;
  const dropFindings = (changes: ChangeSet) =>
    runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'drop-table' || f.rule === 'drop-index');
  /** The drops reported (errors and warnings); a drop of what no release has is a notice, kept visible. */
  const drops = (changes: ChangeSet): string[] => dropFindings(changes).filter((f) => f.severity !== 'notice').map((f) => `${f.rule}:${f.line}`);

  test('repro: 1000_tms_initial came after the newest release (5.15.0): its table and index dropped, quiet', () => {
    const changes = repo([{ files: { [INIT]: init }, tag: '5.15.0' }, { files: { [INIT]: init, [TMS]: tms } }, { files: { [INIT]: init, [TMS]: tms, [DROP]: drop } }]);
    expect(drops(changes)).toEqual([]);
    // not silent: notices that say why, and what if the tags are not current
    const notices = dropFindings(changes).map((f) => [f.rule, f.severity, /which no release has \(.+\): the previous release never/.test(f.message), /deploy without tagging releases/.test(f.message)]);
    expect(notices).toEqual([
      ['drop-index', 'notice', true, true],
      ['drop-table', 'notice', true, true],
    ]);
  });

  test('the release has the creating migration: both reported', () => {
    expect(drops(repo([{ files: { [INIT]: init, [TMS]: tms }, tag: '5.15.0' }, { files: { [INIT]: init, [TMS]: tms } }, { files: { [INIT]: init, [TMS]: tms, [DROP]: drop } }]))).toEqual(['drop-index:1', 'drop-table:2']);
  });

  test('no release tag to ask: counted as released, both reported', () => {
    expect(drops(repo([{ files: { [INIT]: init } }, { files: { [INIT]: init, [TMS]: tms } }, { files: { [INIT]: init, [TMS]: tms, [DROP]: drop } }]))).toEqual(['drop-index:1', 'drop-table:2']);
  });

  test('variant: a released migration created the table first (the unreleased one restates it, adds the index): the table reported, the index not', () => {
    const older = 'CREATE TABLE tms_test_case_execution_comment_bts_ticket (id bigint PRIMARY KEY);\n';
    const restated = tms.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS');
    const files = { [INIT]: `${init}${older}` };
    expect(drops(repo([{ files, tag: 'v5.15.0' }, { files: { ...files, [TMS]: restated } }, { files: { ...files, [TMS]: restated, [DROP]: drop } }]))).toEqual(['drop-table:2']);
  });

  test('variant: a table of base, not of the unreleased migration, dropped beside it: only that one reported', () => {
    const sql = `${drop}DROP TABLE launch;\n`;
    expect(drops(repo([{ files: { [INIT]: init }, tag: '5.15.0' }, { files: { [INIT]: init, [TMS]: tms } }, { files: { [INIT]: init, [TMS]: tms, [DROP]: sql } }]))).toEqual(['drop-table:3']);
  });
});
