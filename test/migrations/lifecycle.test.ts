/**
 * Issue 12, the migration-lifecycle classes: format-only edits, down files as the repository's
 * convention, renames that keep the framework's identity, and "shipped means released". Each
 * class starts from its reproduction in bench/history/repros/<class>/ and has variants of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { changeSetFromTrees, type ChangeSet, type ReleaseStatus } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { GIT_TEST_ENV } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine();
});

const REPROS = join(import.meta.dirname, '../../bench/history/repros');

/** Every file under `dir`, by path relative to it. */
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(join(dir, rel)).isDirectory()) Object.assign(out, tree(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

const repro = (name: string): { base: Record<string, string>; head: Record<string, string> } => ({
  base: tree(join(REPROS, name, 'base')),
  head: tree(join(REPROS, name, 'head')),
});

function run(changes: ChangeSet, edit: (c: Config) => void = () => {}): Finding[] {
  const config = defaultConfig();
  edit(config);
  return runEngine({ changes, config }, { today: '2026-12-05' }).findings;
}

const of = (findings: Finding[], rule: string): Finding[] => findings.filter((f) => f.rule === rule);
const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.severity} ${f.rule} ${f.file}:${f.line}`);

/** A change set of `base` → `head` in which `renames` (old → new) are renames, as git reports them. */
function withRenames(base: Record<string, string>, head: Record<string, string>, renames: [string, string][]): ChangeSet {
  const cs = changeSetFromTrees(base, head);
  const gone = new Set(renames.flatMap(([a, b]) => [a, b]));
  cs.files = [...cs.files.filter((f) => !gone.has(f.path)), ...renames.map(([oldPath, path]) => ({ path, oldPath, status: 'renamed' as const }))];
  return cs;
}

/** A change set whose release lookup says `unreleased` paths are in no release tag. */
function withReleases(base: Record<string, string>, head: Record<string, string>, unreleased: string[]): ChangeSet {
  const cs = changeSetFromTrees(base, head);
  cs.released = (paths) =>
    new Map<string, ReleaseStatus>(paths.map((p) => [p, unreleased.includes(p) ? { released: false, reason: 'it is in no release tag (test)' } : { released: true, reason: 'a release tag has it (test)' }]));
  return cs;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A git repository: `pre` (tagged `tag`) when given, then base, then head, as check.mjs builds the repros. */
function gitRepo(base: Record<string, string>, head: Record<string, string>, pre?: { files: Record<string, string>; tag: string }, baseTag?: string): ChangeSet {
  const dir = mkdtempSync(join(tmpdir(), 'rg-lifecycle-'));
  dirs.push(dir);
  const env = { ...process.env, ...GIT_TEST_ENV };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env }).trim();
  const commit = (files: Record<string, string>, message: string): void => {
    git('rm', '-rq', '--ignore-unmatch', '.');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  git('init', '-q', '-b', 'main');
  if (pre) {
    commit(pre.files, 'pre');
    git('tag', pre.tag);
  }
  commit(base, 'base');
  if (baseTag) git('tag', baseTag);
  commit(head, 'head');
  return gitChangeSet('HEAD~1', 'HEAD', { cwd: dir });
}

describe('format-only edits', () => {
  test('repro: pg_format reflowed a shipped migration and upper-cased its keywords: no edited-migration', () => {
    const { base, head } = repro('format-only-edit');
    expect(of(run(changeSetFromTrees(base, head)), 'edited-migration')).toEqual([]);
  });

  test('a comment, a trailing semicolon, a quoted lower-case name and a goose StatementBegin block change nothing', () => {
    const path = 'db/migrations/00001_init.sql';
    const base = { [path]: '-- +goose Up\nCREATE TABLE users (id int, name text DEFAULT \'a  b\');\n-- +goose Down\nDROP TABLE users;\n' };
    const head = { [path]: '-- +goose Up\n-- +goose StatementBegin\n/* users */\ncreate table "users" (\n  id   INT,\n  name TEXT default \'a  b\'\n)\n-- +goose StatementEnd\n-- +goose Down\ndrop table users;\n' };
    const findings = run(changeSetFromTrees(base, head));
    expect(brief(of(findings, 'edited-migration'))).toEqual([]);
    expect(brief(of(findings, 'down-migration'))).toEqual([]);
  });

  test('what a database would see fires: a string literal\'s blanks, a quoted name with capitals, one more statement', () => {
    const path = 'db/migrations/001_init.sql';
    const base = { [path]: "CREATE TABLE t (a text DEFAULT 'a b');\n" };
    for (const [after, line] of [["CREATE TABLE t (a text DEFAULT 'a  b');\n", 1], ["CREATE TABLE \"T\" (a text DEFAULT 'a b');\n", 1], ["CREATE TABLE t (a text DEFAULT 'a b');\nDROP TABLE x;\n", 2]] as const) {
      expect(brief(of(run(changeSetFromTrees(base, { [path]: after })), 'edited-migration')), after).toEqual([`error edited-migration ${path}:${line}`]);
    }
  });

  test('Flyway checksums what it applied: a format-only edit is still edited-migration, saying so', () => {
    const path = 'src/main/resources/db/migration/V1__init.sql';
    const findings = of(run(changeSetFromTrees({ [path]: 'create table t (a int);\n' }, { [path]: 'CREATE TABLE t (\n  a int\n);\n' })), 'edited-migration');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('checksums');
  });
});

describe('down files as a convention', () => {
  test('repro: base keeps diesel down.sql files, the PR adds one more: a warning, exit 0', () => {
    const { base, head } = repro('down-convention');
    const report = runEngine({ changes: changeSetFromTrees(base, head), config: defaultConfig() }, { today: '2026-12-05' });
    expect(brief(of(report.findings, 'down-migration'))).toEqual(['warning down-migration migrations/002_email/down.sql:1']);
    expect(of(report.findings, 'down-migration')[0].message).toContain('rollback runbook never runs it');
  });

  test('goose Down sections in base: a new file\'s Down section is a warning; in a set with none it stays an error', () => {
    const file = (n: string, down: string): string => `-- +goose Up\nCREATE TABLE t${n} (a int);\n-- +goose Down\n${down}\n`;
    const head = { 'db/migrations/00002_b.sql': file('2', 'DROP TABLE t2;') };
    const keeps = run(changeSetFromTrees({ 'db/migrations/00001_a.sql': file('1', 'DROP TABLE t1;') }, { 'db/migrations/00001_a.sql': file('1', 'DROP TABLE t1;'), ...head }));
    expect(brief(of(keeps, 'down-migration'))).toEqual(['warning down-migration db/migrations/00002_b.sql:3']);
    // Base's Down section is empty: the repository does not keep down migrations.
    const none = run(changeSetFromTrees({ 'db/migrations/00001_a.sql': file('1', '') }, { 'db/migrations/00001_a.sql': file('1', ''), ...head }));
    expect(brief(of(none, 'down-migration'))).toEqual(['error down-migration db/migrations/00002_b.sql:3']);
    // Another set's down files are not this set's convention.
    const other = run(changeSetFromTrees({ 'other/migrations/1_a.down.sql': 'DROP TABLE t1;', 'other/migrations/1_a.up.sql': 'CREATE TABLE t1 (a int);' }, { 'other/migrations/1_a.down.sql': 'DROP TABLE t1;', 'other/migrations/1_a.up.sql': 'CREATE TABLE t1 (a int);', 'db/migrations/2_b.down.sql': 'DROP TABLE t2;', 'db/migrations/2_b.up.sql': 'CREATE TABLE t2 (a int);' }));
    expect(brief(of(other, 'down-migration'))).toEqual(['error down-migration db/migrations/2_b.down.sql:1']);
  });

  test('editing a shipped down file: a new drop or delete is an error, anything else a warning, formatting nothing', () => {
    const { base } = repro('down-convention');
    const path = 'migrations/001_users/down.sql';
    const edit = (text: string): string[] => brief(of(run(changeSetFromTrees(base, { ...base, [path]: text })), 'down-migration'));
    expect(edit('DROP TABLE users;\nDELETE FROM audit WHERE kind = \'user\';\n')).toEqual([`error down-migration ${path}:1`]);
    expect(edit('DROP TABLE IF EXISTS users;\n')).toEqual([`error down-migration ${path}:1`]);
    expect(edit('DROP TABLE users;\nSELECT 1;\n')).toEqual([`warning down-migration ${path}:1`]);
    expect(edit('-- undo 001\ndrop table users\n')).toEqual([]);
  });

  test('down-migrations: forbid, warn and allow override the convention', () => {
    const { base, head } = repro('down-convention');
    const with_ = (value: Config['downMigrations']): string[] => brief(of(run(changeSetFromTrees(base, head), (c) => (c.downMigrations = value)), 'down-migration'));
    expect(with_('forbid')).toEqual(['error down-migration migrations/002_email/down.sql:1']);
    expect(with_('warn')).toEqual(['warning down-migration migrations/002_email/down.sql:1']);
    expect(with_('allow')).toEqual([]);
    const fresh = { 'db/migrations/2_b.down.sql': 'DROP TABLE t2;', 'db/migrations/2_b.up.sql': 'CREATE TABLE t2 (a int);' };
    expect(brief(of(run(changeSetFromTrees({}, fresh), (c) => (c.downMigrations = 'warn')), 'down-migration'))).toEqual(['warning down-migration db/migrations/2_b.down.sql:1']);
  });
});

describe('renames that keep the framework identity', () => {
  test('repro: git mv db/postgresql/migrations prisma/migrations keeps the folder name Prisma records', () => {
    const { base, head } = repro('identity-rename');
    const findings = run(gitRepo(base, head, undefined, 'v1'));
    expect(brief(findings)).toEqual([]);
  });

  test('goose and golang-migrate keep the version: quiet; a new version is a deleted migration; a kept identity with new statements is an edit', () => {
    const sql = '-- +goose Up\nCREATE TABLE t (a int);\n';
    const quiet = run(withRenames({ 'db/migrations/00003_a.sql': sql }, { 'db/migrations/00003_create_t.sql': sql }, [['db/migrations/00003_a.sql', 'db/migrations/00003_create_t.sql']]));
    expect(brief(quiet)).toEqual([]);
    const up = 'CREATE TABLE t (a int);\n';
    const padded = run(withRenames({ 'db/migrations/3_a.up.sql': up }, { 'db/migrations/000003_a.up.sql': up }, [['db/migrations/3_a.up.sql', 'db/migrations/000003_a.up.sql']]));
    expect(brief(padded)).toEqual([]);
    const renumbered = run(withRenames({ 'db/migrations/3_a.up.sql': up }, { 'db/migrations/4_a.up.sql': up }, [['db/migrations/3_a.up.sql', 'db/migrations/4_a.up.sql']]));
    expect(brief(of(renumbered, 'deleted-migration'))).toEqual(['error deleted-migration db/migrations/4_a.up.sql:1']);
    const changed = run(withRenames({ 'db/migrations/00003_a.sql': sql }, { 'db/migrations/00003_b.sql': `${sql}DROP TABLE x;\n` }, [['db/migrations/00003_a.sql', 'db/migrations/00003_b.sql']]));
    expect(brief(changed)).toEqual(['error edited-migration db/migrations/00003_b.sql:3']);
  });
});

describe('shipped means released', () => {
  test('repro (git, tags): 0190 was created after v2.15.0: its appended DROP COLUMN is analysed, no edited-migration', () => {
    const { base, head } = repro('shipped-means-released');
    const released = 'make/migrations/postgresql/0180_2.15.0_schema.up.sql';
    const findings = run(gitRepo(base, head, { files: { [released]: base[released] }, tag: 'v2.15.0' }));
    expect(brief(findings)).toEqual(['error drop-column make/migrations/postgresql/0190_2.16.0_schema.up.sql:3']);
  });

  test('a released file edited the same way is edited-migration, its reason saying which tag has it; `released: merged` restores that for all', () => {
    const { base, head } = repro('shipped-means-released');
    const first = 'make/migrations/postgresql/0180_2.15.0_schema.up.sql';
    const changes = gitRepo(base, head, { files: { [first]: base[first] }, tag: 'v2.15.0' }, 'v2.16.0-rc1');
    const findings = run(changes);
    expect(brief(findings)).toEqual(['error edited-migration make/migrations/postgresql/0190_2.16.0_schema.up.sql:2']);
    expect(findings[0].message).toContain('Counted as shipped: a release tag has it (the newest release is v2.');
    // The rc tag is not a release by `release-tags`: v2.15.0 is the newest, and 0190 is in none.
    expect(brief(run(changes, (c) => (c.releaseTags = ['v*', '!*-rc*'])))).toEqual(['error drop-column make/migrations/postgresql/0190_2.16.0_schema.up.sql:3']);
    const unreleased = withReleases(base, head, ['make/migrations/postgresql/0190_2.16.0_schema.up.sql']);
    expect(brief(run(unreleased, (c) => (c.released = 'merged')))).toEqual(['error edited-migration make/migrations/postgresql/0190_2.16.0_schema.up.sql:2']);
  });

  test('changed statements of an unreleased goose file run as new; unchanged ones and its Down section do not; deleting it is no deleted-migration', () => {
    const path = 'db/migrations/00005_cycle.sql';
    const base = { 'db/migrations/00001_a.sql': '-- +goose Up\nCREATE TABLE users (id int, email text, note text);\n', [path]: '-- +goose Up\nALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET note = \'x\' WHERE id = 1;\n-- +goose Down\nSELECT 1;\n' };
    const head = { ...base, [path]: '-- +goose Up\nalter table users add column nick text;\nUPDATE users SET note = \'y\';\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\n-- +goose Down\nSELECT 1;\n' };
    const findings = run(withReleases(base, head, [path]));
    expect(of(findings, 'edited-migration')).toEqual([]);
    expect(of(findings, 'add-column')).toEqual([]);
    expect(brief(findings)).toEqual([`error update-rows ${path}:3`, `error set-not-null ${path}:4`]);
    const deleted = { ...base };
    delete (deleted as Record<string, string>)[path];
    expect(of(run(withReleases(base, deleted, [path])), 'deleted-migration')).toEqual([]);
    expect(brief(of(run(withReleases(base, deleted, [])), 'deleted-migration'))).toEqual([`error deleted-migration ${path}:null`]);
  });

  test('a rename of a file no release has (hatchet, reportportal renumbering before the release): no deleted-migration, and a new identity runs as a new migration', () => {
    const old = 'db/migrations/00092_round_last_login.sql';
    const moved = 'db/migrations/00095_round_last_login.sql';
    const body = '-- +goose Up\nALTER TABLE users DROP COLUMN last_login;\n';
    const base = { 'db/migrations/00001_a.sql': '-- +goose Up\nCREATE TABLE users (id int, last_login text);\n', [old]: body };
    const head = { 'db/migrations/00001_a.sql': base['db/migrations/00001_a.sql'], [moved]: body };
    const renamed = (unreleased: string[]): ChangeSet => {
      const cs = withRenames(base, head, [[old, moved]]);
      cs.released = (paths) => new Map<string, ReleaseStatus>(paths.map((p) => [p, unreleased.includes(p) ? { released: false, reason: 'it is in no release tag (test)' } : { released: true, reason: 'a release tag has it (test)' }]));
      return cs;
    };
    // No release has 00092: no deleted-migration. Renumbered unchanged (reportportal 6a9085c698):
    // its DROP COLUMN is base's, reported when 00092 was added, not this PR's.
    expect(brief(run(renamed([old])))).toEqual([]);
    // Released: the rename is what breaks (databases that applied version 92 run 95 again); its statements ran long ago.
    expect(brief(run(renamed([])))).toEqual([`error deleted-migration ${moved}:1`]);
  });

  test('restated-unreleased (variant): a renumbered unreleased file that also gains a statement runs only that one', () => {
    const old = 'migrations/92_round_last_login.up.sql';
    const moved = 'migrations/95_round_last_login.up.sql';
    const first = 'migrations/1_init.up.sql';
    const base = { [first]: 'CREATE TABLE users (id int, last_login numeric, note text);\n', [old]: 'UPDATE users SET last_login = round(last_login);\n' };
    const head = { [first]: base[first], [moved]: 'UPDATE users SET last_login = round(last_login);\nALTER TABLE users DROP COLUMN note;\n' };
    const cs = withRenames(base, head, [[old, moved]]);
    cs.released = (paths) => new Map<string, ReleaseStatus>(paths.map((p) => [p, p === old ? { released: false, reason: 'it is in no release tag (test)' } : { released: true, reason: 'a release tag has it (test)' }]));
    expect(brief(run(cs))).toEqual([`error drop-column ${moved}:2`]);
  });

  test('restated-unreleased (repro, dolphinscheduler 25e841a228): `DROP "x"` rewritten as `DROP COLUMN IF EXISTS "x"` in an unreleased file is not the PR\'s drop; a new drop is', () => {
    const path = 'sql/upgrade/3.2.0_schema/postgresql/dolphinscheduler_ddl_post.sql';
    const init = 'sql/upgrade/3.1.0_schema/postgresql/dolphinscheduler_ddl.sql';
    // The tables come from a schema dump the history does not read (as in DolphinScheduler): a drop
    // of their columns is reported whether or not base already dropped them.
    const base = {
      [init]: 'CREATE TABLE t_ds_other (id int);\n',
      [path]: 'ALTER TABLE "t_ds_process_definition" DROP "tenant_id";\nALTER TABLE "t_ds_process_instance" DROP "tenant_id";\n',
    };
    const head = {
      [init]: base[init],
      [path]: 'ALTER TABLE "t_ds_process_definition" DROP COLUMN IF EXISTS "tenant_id";\nALTER TABLE "t_ds_process_instance" DROP COLUMN IF EXISTS "tenant_id";\nALTER TABLE "t_ds_fav_task" DROP COLUMN IF EXISTS "task_name";\n',
    };
    const config = (c: Config): void => {
      c.migrations = [{ paths: ['sql/upgrade/**/*.sql'], dialect: 'postgres', framework: 'plain' }];
    };
    const findings = run(withReleases(base, head, [path]), config);
    expect(brief(findings)).toEqual([`error drop-column ${path}:3`]);
  });

  test('restated-unreleased (variant): `public.` and IF NOT EXISTS are restatements in Postgres; another column or table is not', () => {
    const path = 'db/migrations/00005_cycle.sql';
    const init = 'db/migrations/00001_a.sql';
    const base = {
      [init]: '-- +goose Up\nCREATE TABLE launch (id int, retention_policy text, mode text);\n',
      [path]: "-- +goose Up\nUPDATE public.launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;\nALTER TABLE public.launch ALTER COLUMN retention_policy SET NOT NULL;\nALTER TABLE launch ADD COLUMN IF NOT EXISTS locked boolean NOT NULL;\n",
    };
    const head = {
      [init]: base[init],
      [path]: "-- +goose Up\nUPDATE launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;\nALTER TABLE launch ALTER COLUMN retention_policy SET NOT NULL;\nALTER TABLE launch ADD locked boolean NOT NULL;\nALTER TABLE launch ALTER COLUMN mode SET NOT NULL;\n",
    };
    expect(brief(run(withReleases(base, head, [path])))).toEqual([`error set-not-null ${path}:5`]);
  });

  test('restated-unreleased (repro, dolphinscheduler e3bef81214 "merge schema 330 into 321"): statements moved from a file the PR deletes into an unreleased file are not new; others are', () => {
    const init = 'db/migrations/00001_a.sql';
    const into = 'db/migrations/00321_schema.sql';
    const gone = 'db/migrations/00330_schema.sql';
    const base = {
      [init]: '-- +goose Up\nCREATE TABLE t_ds_dq_rule_input_entry (id int, value text, value_type int, note text);\n',
      [into]: '-- +goose Up\nCREATE TABLE t_ds_listener (id int);\n',
      [gone]: '-- +goose Up\nALTER TABLE t_ds_dq_rule_input_entry RENAME COLUMN value TO data;\n',
    };
    const head = {
      [init]: base[init],
      [into]: '-- +goose Up\nCREATE TABLE t_ds_listener (id int);\nALTER TABLE t_ds_dq_rule_input_entry RENAME COLUMN value TO data;\nALTER TABLE t_ds_dq_rule_input_entry RENAME COLUMN value_type TO data_type;\n',
    };
    const findings = run(withReleases(base, head, [into, gone]));
    expect(brief(findings)).toEqual([`error rename-column ${into}:4`]);
  });

  test('shipped-means-released (repro, reportportal 2ef0d9bcc3 / dolphinscheduler e3bef81214): an edit that makes the file what the release holding it shipped is no edited-migration; what it adds to base runs as new', () => {
    const path = 'migrations/110_retention_non_null.up.sql';
    const init = 'migrations/1_init.up.sql';
    const released = "DROP TRIGGER IF EXISTS trg_launch ON launch;\nUPDATE launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;\nALTER TABLE launch ALTER COLUMN retention_policy SET NOT NULL;\nALTER TABLE launch DROP COLUMN mode;\n";
    const files = { [init]: 'CREATE TABLE launch (id int, retention_policy text, mode text);\n' };
    // The release (5.15.1) holds `released`; base (develop) has an older draft of the file; head merges the release back.
    const base = { ...files, [path]: "UPDATE public.launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;\nALTER TABLE public.launch ALTER COLUMN retention_policy SET NOT NULL;\n" };
    const head = { ...files, [path]: released };
    const findings = run(gitRepo(base, head, { files: { ...files, [path]: released }, tag: '5.15.1' }));
    expect(of(findings, 'edited-migration')).toEqual([]);
    // The statements base's draft did not have run as new (the trigger drop, the column drop); the restated two do not.
    expect(brief(findings)).toEqual([`error drop-object ${path}:1`, `error drop-column ${path}:4`]);
  });

  test('shipped-means-released (variant): when another release ran another version, or the edit makes a version no release has, it stays edited-migration', () => {
    const path = 'migrations/110_retention_non_null.up.sql';
    const init = 'migrations/1_init.up.sql';
    const files = { [init]: 'CREATE TABLE launch (id int, retention_policy text, mode text);\n' };
    const v1 = { ...files, [path]: 'ALTER TABLE launch ALTER COLUMN retention_policy SET NOT NULL;\n' };
    const v2 = { ...files, [path]: 'ALTER TABLE launch ALTER COLUMN retention_policy SET NOT NULL;\nALTER TABLE launch DROP COLUMN mode;\n' };
    // Base is the release itself; head makes a version no release has.
    expect(brief(of(run(gitRepo(v1, v2, undefined, '5.15.0')), 'edited-migration'))).toEqual([`error edited-migration ${path}:2`]);
    // Two releases, two versions (5.15.0 ran v1, 5.15.1 ran v2): head = v2 still diverges from 5.15.0's databases.
    const dir = mkdtempSync(join(tmpdir(), 'rg-lifecycle-'));
    dirs.push(dir);
    const env = { ...process.env, ...GIT_TEST_ENV };
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env }).trim();
    const commit = (tree: Record<string, string>, message: string): void => {
      git('rm', '-rq', '--ignore-unmatch', '.');
      for (const [p, t] of Object.entries(tree)) {
        mkdirSync(dirname(join(dir, p)), { recursive: true });
        writeFileSync(join(dir, p), t);
      }
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    };
    git('init', '-q', '-b', 'main');
    commit(v1, 'v1');
    git('tag', '5.15.0');
    commit(v2, 'v2');
    git('tag', '5.15.1');
    commit({ ...files, [path]: 'SELECT 1;\n' }, 'base');
    commit(v2, 'head');
    const findings = run(gitChangeSet('HEAD~1', 'HEAD', { cwd: dir }));
    expect(brief(of(findings, 'edited-migration'))).toEqual([`error edited-migration ${path}:1`]);
  }, 120_000);

  test('a rename that keeps the identity of an unreleased file (a Prisma folder moved) with an edit: its new statements run, no edited-migration', () => {
    const old = 'db/postgresql/migrations/02_more/migration.sql';
    const moved = 'prisma/migrations/02_more/migration.sql';
    const first = 'prisma/migrations/01_init/migration.sql';
    const base = { [first]: 'CREATE TABLE users (id int, email text, note text);\n', [old]: 'ALTER TABLE users ADD COLUMN nick text;\n' };
    const head = { [first]: base[first], [moved]: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users DROP COLUMN note;\n' };
    const cs = withRenames(base, head, [[old, moved]]);
    cs.released = (paths) => new Map<string, ReleaseStatus>(paths.map((p) => [p, p === old ? { released: false, reason: 'it is in no release tag (test)' } : { released: true, reason: 'a release tag has it (test)' }]));
    expect(brief(run(cs))).toEqual([`error drop-column ${moved}:2`]);
  });

  test('GitHub API mode and in-memory change sets cannot tell: the edit stays edited-migration', () => {
    const { base, head } = repro('shipped-means-released');
    expect(brief(run(changeSetFromTrees(base, head)))).toEqual(['error edited-migration make/migrations/postgresql/0190_2.16.0_schema.up.sql:2']);
  });
});

describe('moved-to-new-file: guarded statements taken out of a shipped file into a new one that runs after it', () => {
  // harbor b173fc3f0a: `ALTER TABLE registry ADD COLUMN IF NOT EXISTS ca_certificate TEXT` moved from
  // the released 0171_2.14.1 to the new 0180_2.15.0. Databases that ran the old 0171 have the column
  // and skip it in 0180; new ones get it from 0180.
  const dir = 'make/migrations/postgresql';
  const init = `${dir}/0001_init.up.sql`;
  const shipped = `${dir}/0171_2.14.1_schema.up.sql`;
  const next = `${dir}/0180_2.15.0_schema.up.sql`;
  const moved = 'ALTER TABLE registry ADD COLUMN IF NOT EXISTS ca_certificate TEXT;\n';
  const base = {
    [init]: 'CREATE TABLE registry (id int PRIMARY KEY, url text);\n',
    [shipped]: `CREATE TABLE IF NOT EXISTS job_queue (id int);\n\n${moved}`,
  };
  const edited = (statement: string, into = next, shippedText = 'CREATE TABLE IF NOT EXISTS job_queue (id int);\n') =>
    run(withReleases(base, { ...base, [shipped]: shippedText, [into]: statement }, [into]));

  test('the reproduction: no edited-migration, nothing else', () => {
    expect(brief(edited(moved))).toEqual([]);
  });

  test('variant: a CREATE OR REPLACE moved beside other new statements of the new file', () => {
    const fn = 'CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;\n';
    const withFn = { ...base, [shipped]: `${base[shipped]}${fn}` };
    const head = { ...withFn, [shipped]: base[shipped], [next]: `CREATE TABLE audit (id int);\n${fn}` };
    expect(brief(of(run(withReleases(withFn, head, [next])), 'edited-migration'))).toEqual([]);
  });

  test('still edited-migration: unguarded, changed on the way, not re-added, moved to an earlier file, another edit beside it, a checksumming tool', () => {
    const unguarded = 'ALTER TABLE registry ADD COLUMN ca_certificate TEXT;\n';
    const fromUnguarded = (head: Record<string, string>) => brief(of(run(withReleases({ ...base, [shipped]: unguarded }, head, [next])), 'edited-migration'));
    expect(fromUnguarded({ ...base, [shipped]: '', [next]: unguarded })).toEqual([`error edited-migration ${shipped}:1`]);
    expect(brief(of(edited('ALTER TABLE registry ADD COLUMN IF NOT EXISTS ca_certificate VARCHAR(64);\n'), 'edited-migration'))).toEqual([`error edited-migration ${shipped}:1`]);
    expect(brief(of(edited('CREATE TABLE IF NOT EXISTS other (id int);\n'), 'edited-migration'))).toEqual([`error edited-migration ${shipped}:1`]);
    expect(brief(of(edited(moved, `${dir}/0100_2.10.0_schema.up.sql`), 'edited-migration'))).toEqual([`error edited-migration ${shipped}:1`]);
    expect(brief(of(edited(moved, next, 'CREATE TABLE IF NOT EXISTS job_queue (id bigint);\n'), 'edited-migration'))).toEqual([`error edited-migration ${shipped}:1`]);
    const flyway = { 'db/migration/V1__init.sql': base[init], 'db/migration/V2__queue.sql': base[shipped] };
    const flywayHead = { ...flyway, 'db/migration/V2__queue.sql': 'CREATE TABLE IF NOT EXISTS job_queue (id int);\n', 'db/migration/V3__ca.sql': moved };
    expect(brief(of(run(withReleases(flyway, flywayHead, ['db/migration/V3__ca.sql'])), 'edited-migration'))).toEqual(['error edited-migration db/migration/V2__queue.sql:1']);
  });
});
