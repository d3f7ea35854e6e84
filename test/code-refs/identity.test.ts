/**
 * Issue 12, class expand-contract-step2: identity rules per framework (src/code-refs/identity.ts).
 * A word search finds every `gh_avatar` of a Rust repository and every `WorkerInstance` of a Java
 * one; these rules keep only the lines that are the column or the table. Reproductions from
 * crates.io 566d622277 / 1f43c5b2cb / aac10ea0e2 / f74fddcc1d and kestra 3d82f1435a, each with a
 * variant, in both directions (a model that does read the column keeps the error).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { jvmClassMapsTable, privateDumpColumnLines, rustColumnRoles } from '../../src/code-refs/identity.js';
import { fieldSpellings } from '../../src/code-refs/names.js';
import type { Finding, Report } from '../../src/findings.js';
import { makeRepo } from '../helpers/git-repo.js';
import { gitChangeSet } from '../../src/changes/git.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

const MIGRATIONS = { 'migrations/2020-01-01-000000_users/up.sql': 'CREATE TABLE oauth_github (account_id bigint PRIMARY KEY, avatar text);\nCREATE TABLE users (id int PRIMARY KEY, gh_login text NOT NULL, gh_avatar text NOT NULL);\n' };
const DROP = { 'migrations/2026-06-18-084149-0000_drop_users_gh_avatar/up.sql': 'ALTER TABLE users DROP COLUMN gh_avatar;\n' };
const NULLABLE = { 'migrations/2026-06-18-084149-0000_gh_avatar_optional/up.sql': 'ALTER TABLE users ALTER COLUMN gh_avatar DROP NOT NULL;\n' };

function check(code: Record<string, string>, head: Record<string, string> = DROP, base: Record<string, string> = MIGRATIONS): Report {
  const before = { ...base, ...code };
  const changes = changeSetFromTrees(before, { ...before, ...head });
  changes.baseTree = memoryRepository(before);
  return runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' });
}

function only(report: Report, rule = 'drop-column'): Finding {
  const found = report.findings.filter((f) => f.rule === rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** crates.io 566d622277's base: the models read `gh_avatar` from oauth_github, the API types copy a struct field. */
const MODEL = `use crate::schema::{oauth_github, users};

/// Public data for a crates.io user.
#[derive(Clone, Debug, HasQuery, Serialize)]
#[diesel(
    table_name = users,
    base_query = users::table.left_join(oauth_github::table),
)]
pub struct PublicUser {
    pub id: i32,
    pub gh_login: String,
    #[diesel(select_expression = oauth_github::avatar.nullable())]
    pub gh_avatar: Option<String>,
}

#[derive(Insertable, Debug)]
#[diesel(table_name = oauth_github)]
pub struct NewOauthGithub<'a> {
    pub account_id: i64,           // corresponds to users.gh_id
    pub avatar: Option<&'a str>,   // corresponds to users.gh_avatar
}
`;
const API = `impl From<Owner> for EncodableOwner {
    fn from(owner: Owner) -> Self {
        match owner {
            Owner::User(User {
                id,
                gh_login,
                gh_avatar,
                ..
            }) => Self {
                id,
                login: gh_login,
                avatar: gh_avatar,
            },
        }
    }
}

#[derive(Serialize, Debug, ToSchema)]
pub struct EncodablePublicUser {
    pub id: i32,
    #[schema(example = "https://avatars.example/u/1")]
    pub gh_avatar: Option<String>,
}

fn test_user() -> User {
    User { id: 1, gh_login: "octocat".into(), gh_avatar: None }
}
`;
const DUMP = `[users]
filter = """
id in (SELECT owner_id AS user_id FROM crate_owners)"""
[users.columns]
id = "public"
gh_login = "public"
gh_avatar = "private"
`;
const CODE = {
  'crates/crates_io_database/src/models/user.rs': MODEL,
  'crates/crates_io_api_types/src/lib.rs': API,
  'crates/crates_io_database_dump/src/dump-db.toml': DUMP,
};

describe('Rust: a column is read through the DSL, a model of its table, or SQL text (crates.io 566d622277)', () => {
  test('a model field read from another table (select_expression), a plain struct field, field uses, a trailing comment and a private dump column: no use', () => {
    const f = only(check(CODE));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/^Dropping column users\.gh_avatar: nothing in the previous release's code uses it/);
    expect(f.references).toBeUndefined();
  });

  test('a model of the table whose field has the column name, without an override: the error stays, at the field', () => {
    const model = MODEL.replace('    #[diesel(select_expression = oauth_github::avatar.nullable())]\n', '');
    const f = only(check({ ...CODE, 'crates/crates_io_database/src/models/user.rs': model }));
    expect(f.severity).toBe('error');
    expect(f.references?.map((r) => `${r.file}:${r.line}`)).toEqual(['crates/crates_io_database/src/models/user.rs:12']);
  });

  test.each([
    ['a DSL path', 'src/views.rs', 'fn avatars() {\n    users::table.select(users::gh_avatar).load(conn)\n}\n', 2],
    ['a columns:: path', 'src/views.rs', 'fn avatars() {\n    users::table.select(users::columns::gh_avatar)\n}\n', 2],
    ['a bare name under a dsl glob import', 'src/views.rs', 'use crate::schema::users::dsl::*;\n\nfn avatars() {\n    users.select(gh_avatar).load(conn)\n}\n', 4],
    ['SQL text in a raw string over several lines', 'src/views.rs', 'fn avatars() {\n    diesel::sql_query(r#"\n        SELECT gh_avatar\n        FROM users"#)\n}\n', 3],
    ['a column_name override', 'src/models/avatar.rs', '#[derive(Queryable, Selectable)]\n#[diesel(table_name = users)]\npub struct Avatar {\n    #[diesel(column_name = gh_avatar)]\n    pub url: String,\n}\n', 4],
    ['an Insertable for the table', 'src/models/new_user.rs', "#[derive(Insertable)]\n#[diesel(table_name = crate::schema::users)]\npub struct NewUser<'a> {\n    pub gh_login: &'a str,\n    pub gh_avatar: Option<&'a str>,\n}\n", 5],
    ['Queryable alone (by position: the field may be the column under any name)', 'src/models/row.rs', '#[derive(Queryable)]\n#[diesel(table_name = oauth_github)]\npub struct Row {\n    pub gh_avatar: Option<String>,\n}\n', 4],
    ['a derive we cannot read', 'src/models/row.rs', '#[derive(Debug, MyOrmModel)]\npub struct Row {\n    pub gh_avatar: Option<String>,\n}\n', 3],
    ['an attribute macro we cannot read', 'src/models/row.rs', '#[sea_orm::model]\npub struct Row {\n    pub gh_avatar: Option<String>,\n}\n', 3],
    ['a bare name inside an unknown macro', 'src/views.rs', 'fn avatars() {\n    my_select!(users, gh_avatar)\n}\n', 2],
    ['a struct for the table with no table_name (the default name is not ours to guess)', 'src/models/user.rs', '#[derive(Selectable)]\npub struct User {\n    pub gh_avatar: Option<String>,\n}\n', 3],
  ])('%s keeps the error', (_name, file, text, line) => {
    const f = only(check({ ...CODE, [file]: text }));
    expect(f.severity).toBe('error');
    expect(f.references?.map((r) => `${r.file}:${r.line}`)).toContain(`${file}:${line}`);
  });

  test('variant: a sqlx FromRow struct keeps the error, a serde DTO and a function parameter do not', () => {
    const fromRow = only(check({ ...CODE, 'src/db.rs': '#[derive(sqlx::FromRow)]\nstruct Row { gh_avatar: Option<String> }\n' }));
    expect(fromRow.severity).toBe('error');
    const dto = only(check({ ...CODE, 'src/api.rs': '#[derive(serde::Deserialize)]\nstruct Patch { gh_avatar: Option<String> }\n\nfn apply(gh_avatar: &str, p: Patch) -> usize { p.gh_avatar.map(|a| a.len()).unwrap_or(gh_avatar.len()) }\n' }));
    expect(dto.severity).toBe('warning');
  });

  test('a dump list column marked public, or in column_defaults (its import script names it in SQL), is a use (crates.io 1f43c5b2cb)', () => {
    const pub = only(check({ ...CODE, 'crates/crates_io_database_dump/src/dump-db.toml': DUMP.replace('gh_avatar = "private"', 'gh_avatar = "public"') }));
    expect(pub.severity).toBe('error');
    const defaults = only(check({ ...CODE, 'crates/crates_io_database_dump/src/dump-db.toml': `${DUMP}[users.column_defaults]\ngh_avatar = "''"\n` }));
    expect(defaults).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'crates/crates_io_database_dump/src/dump-db.toml', line: 9 })] });
    // Private under another table's section: that table's column, still a use of this name.
    const other = only(check({ ...CODE, 'crates/crates_io_database_dump/src/dump-db.toml': DUMP.replace('[users.columns]', '[teams.columns]') }));
    expect(other.severity).toBe('error');
  });

  test('drop-not-null: no code reads it, a notice; a model of the table reads it, the warning stays and says where (crates.io f74fddcc1d)', () => {
    const quiet = check(CODE, NULLABLE).findings.filter((f) => f.rule === 'drop-not-null');
    expect(quiet).toHaveLength(1);
    expect(quiet[0]).toMatchObject({ severity: 'notice' });
    expect(quiet[0]!.message).toMatch(/^Making users\.gh_avatar nullable: nothing in the previous release's code uses it .*a notice, not a warning/);
    const model = MODEL.replace('    #[diesel(select_expression = oauth_github::avatar.nullable())]\n', '');
    const loud = only(check({ ...CODE, 'crates/crates_io_database/src/models/user.rs': model }, NULLABLE), 'drop-not-null');
    expect(loud.severity).toBe('warning');
    expect(loud.message).toContain("Still used in the previous release's code at `crates/crates_io_database/src/models/user.rs:12`");
  });

  test('drop-not-null: code that reads the whole table (SELECT *) keeps the warning', () => {
    const f = only(check({ ...CODE, 'src/report.rs': 'fn all() {\n    diesel::sql_query("SELECT * FROM users")\n}\n' }, NULLABLE), 'drop-not-null');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('src/report.rs:2');
  });
});

describe('rustColumnRoles', () => {
  test('occurrences by place', () => {
    const text = [
      '// gh_avatar in a comment',
      'let gh_avatar = user.gh_avatar;',
      'let q = "SELECT gh_avatar FROM users";',
      'users::gh_avatar.eq(x)',
      '/* nested /* gh_avatar */ */ let x = 1;',
      "let c = 'g'; let l: &'a str = gh_avatar;",
    ].join('\n');
    const roles = rustColumnRoles(text, 'users', 'gh_avatar', fieldSpellings('gh_avatar'), [1, 2, 3, 4, 5, 6, 7]);
    expect(Object.fromEntries(roles)).toEqual({ 1: 'not-use', 2: 'not-use', 3: 'use', 4: 'use', 5: 'not-use', 6: 'not-use', 7: 'use' });
  });

  test('a file that includes generated code keeps every line a use', () => {
    const roles = rustColumnRoles('include!(concat!(env!("OUT_DIR"), "/models.rs"));\nlet a = u.gh_avatar;\n', 'users', 'gh_avatar', ['gh_avatar'], [2]);
    expect(roles.get(2)).toBe('use');
  });

  test('privateDumpColumnLines: only `column = "private"` under [<table>.columns]', () => {
    expect([...privateDumpColumnLines(DUMP, 'users', 'gh_avatar', [7])]).toEqual([7]);
    expect([...privateDumpColumnLines(DUMP, 'public.users', 'gh_login', [6])]).toEqual([]);
  });
});

describe('JVM: a class named like a table is the table only where a mapping says so (kestra 3d82f1435a)', () => {
  const drop = { 'jdbc-postgres/src/main/resources/migrations/postgres/V1_20__drop_worker_instance.sql': 'DROP TABLE IF EXISTS worker_instance;\n' };
  const base = { 'jdbc-postgres/src/main/resources/migrations/postgres/V1_1__initial.sql': 'CREATE TABLE worker_instance (key varchar(250) NOT NULL PRIMARY KEY, value jsonb NOT NULL);\n' };
  const queue = {
    'core/src/main/java/io/kestra/core/runners/WorkerInstance.java': 'package io.kestra.core.runners;\n\n@Value\n@Builder\npublic class WorkerInstance {\n    UUID workerUuid;\n}\n',
    'core/src/main/java/io/kestra/core/queues/QueueFactoryInterface.java': 'public interface QueueFactoryInterface {\n    QueueInterface<WorkerInstance> workerInstance();\n}\n',
    'jdbc-postgres/src/main/java/io/kestra/runner/postgres/PostgresQueueFactory.java': 'public class PostgresQueueFactory {\n    public QueueInterface<WorkerInstance> workerInstance() {\n        return new PostgresQueue<>(WorkerInstance.class, applicationContext);\n    }\n}\n',
  };

  test('a class serialised into a queue (no mapping): its name and camelCase uses are no use of the table', () => {
    const f = only(check(queue, drop, base), 'drop-table');
    expect(f.severity).toBe('warning');
    expect(f.references).toBeUndefined();
  });

  test.each([
    ['@Entity (default naming)', '@Entity\npublic class WorkerInstance {\n    UUID workerUuid;\n}\n'],
    ['@Table(name = "worker_instance")', '@Entity\n@Table(name = "worker_instance")\npublic class WorkerInstance {\n}\n'],
    ['MyBatis-Plus @TableName("worker_instance")', '@TableName("worker_instance")\npublic class WorkerInstance {\n}\n'],
  ])('a mapped class keeps the error: %s', (_name, declaration) => {
    const f = only(check({ ...queue, 'core/src/main/java/io/kestra/core/runners/WorkerInstance.java': declaration }, drop, base), 'drop-table');
    expect(f.severity).toBe('error');
    expect(f.references?.some((r) => r.file.endsWith('WorkerInstance.java'))).toBe(true);
  });

  test('variant: SQL text naming the table keeps the error; a class mapped to another table does not; no declaration found keeps it', () => {
    const sql = only(check({ ...queue, 'jdbc/src/main/java/io/kestra/jdbc/Cleanup.java': 'class Cleanup {\n    String q = "DELETE FROM worker_instance";\n}\n' }, drop, base), 'drop-table');
    expect(sql).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'jdbc/src/main/java/io/kestra/jdbc/Cleanup.java', line: 2 })] });
    const other = only(check({ ...queue, 'core/src/main/java/io/kestra/core/runners/WorkerInstance.java': '@Entity\n@Table(name = "service_instance")\npublic class WorkerInstance {\n}\n' }, drop, base), 'drop-table');
    expect(other.severity).toBe('warning');
    const { ['core/src/main/java/io/kestra/core/runners/WorkerInstance.java']: _gone, ...undeclared } = queue;
    const f = only(check(undeclared, drop, base), 'drop-table');
    expect(f.severity).toBe('error');
  });

  test('jvmClassMapsTable', () => {
    expect(jvmClassMapsTable('@Entity(name = "WorkerInstance")\nclass WorkerInstance {}', 'worker_instance')).toBe(true);
    expect(jvmClassMapsTable('@Entity(name = "ServiceInstance")\nclass WorkerInstance {}', 'worker_instance')).toBe(false);
    expect(jvmClassMapsTable('@javax.persistence.Table(name = "public.worker_instance")\nclass W {}', 'worker_instance')).toBe(true);
    expect(jvmClassMapsTable('class WorkerInstance extends TableImpl<WorkerInstanceRecord> {}', 'worker_instance')).toBe(true);
    expect(jvmClassMapsTable('@Value\nclass WorkerInstance {}', 'worker_instance')).toBe(false);
  });
});

describe('in a git repository (git grep on the base commit)', () => {
  test('crates.io 566d622277 end to end: no use, a warning; the model field without its select_expression, an error', () => {
    for (const [model, severity] of [[MODEL, 'warning'], [MODEL.replace('    #[diesel(select_expression = oauth_github::avatar.nullable())]\n', ''), 'error']] as const) {
      const repo = makeRepo({ ...MIGRATIONS, ...CODE, 'crates/crates_io_database/src/models/user.rs': model }, DROP);
      try {
        const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
        expect(only(runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' })).severity).toBe(severity);
      } finally {
        repo.remove();
      }
    }
  });
});

describe('renames the database follows by OID (issue 12, unreferenced-by-base)', () => {
  const base = { 'db/migrations/001_defs.sql': 'CREATE TABLE t_ds_process_definition (id int PRIMARY KEY, code bigint, version int);\nALTER TABLE t_ds_process_definition ADD CONSTRAINT process_definition_unique UNIQUE (code, version);\n', 'app/src/Defs.java': 'class Defs {}\n' };
  const rename = { 'db/migrations/002_rename.sql': 'ALTER INDEX process_definition_unique RENAME TO workflow_definition_unique;\n' };

  test("ALTER INDEX of a unique constraint's index nothing names (dolphinscheduler fee4955724 line 192): a notice", () => {
    const f = only(check({}, rename, base), 'rename-object');
    expect(f).toMatchObject({ severity: 'notice', object: 't_ds_process_definition.process_definition_unique' });
  });

  test('variant: code that names it (ON CONFLICT ON CONSTRAINT) keeps the error; a renamed view stays a warning', () => {
    const upsert = { 'app/src/Upsert.java': 'String q = "INSERT INTO t_ds_process_definition (code, version) VALUES (?, ?) ON CONFLICT ON CONSTRAINT process_definition_unique DO NOTHING";\n' };
    expect(only(check(upsert, rename, base), 'rename-object')).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'app/src/Upsert.java' })] });
    const view = only(check({}, { 'db/migrations/002_v.sql': 'ALTER VIEW active_definitions RENAME TO live_definitions;\n' }, { ...base, 'db/migrations/001b_v.sql': 'CREATE VIEW active_definitions AS SELECT id FROM t_ds_process_definition;\n' }), 'rename-object');
    expect(view.severity).toBe('warning');
  });
});

describe('a serial column\'s sequence whose default the PR dropped (dolphinscheduler 25e841a228)', () => {
  const base = { 'db/migrations/001_cmd.sql': 'CREATE TABLE t_ds_error_command (id serial PRIMARY KEY, command_type int);\n', 'app/src/ErrorCommand.java': 'class ErrorCommand { Integer id; }\n' };
  const drop = { 'db/migrations/002_cmd.sql': 'ALTER TABLE "t_ds_error_command" ALTER COLUMN "id" DROP DEFAULT;\nDROP SEQUENCE IF EXISTS "t_ds_error_command_id_seq";\n' };

  test('after DROP DEFAULT and with no code naming it: a notice', () => {
    const f = only(check({}, drop, base), 'drop-object');
    expect(f).toMatchObject({ severity: 'notice', object: 't_ds_error_command_id_seq' });
    expect(f.message).toContain('The column default it fed is gone already');
  });

  test('variant: the default still in place, or code naming the sequence, keeps the error', () => {
    const kept = only(check({}, { 'db/migrations/002_cmd.sql': 'DROP SEQUENCE IF EXISTS t_ds_error_command_id_seq CASCADE;\n' }, base), 'drop-object');
    expect(kept.severity).toBe('error');
    const named = only(check({ 'app/src/Ids.java': 'String q = "SELECT nextval(\'t_ds_error_command_id_seq\')";\n' }, drop, base), 'drop-object');
    expect(named).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'app/src/Ids.java' })] });
  });
});

describe('drop-not-null: only code that loads the value meets a NULL (crates.io f74fddcc1d)', () => {
  const writes = {
    'crates/crates_io_database/src/models/user.rs': `#[derive(Insertable, Debug, Builder)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct NewUser<'a> {
    pub gh_login: &'a str,
    pub gh_avatar: &'a str,
}

impl NewUser<'_> {
    pub async fn insert_or_update(&self, mut conn: &AsyncPgConnection) -> QueryResult<i32> {
        diesel::insert_into(users::table)
            .values(self)
            .on_conflict(users::gh_login)
            .do_update()
            .set((
                users::gh_avatar.eq(excluded(users::gh_avatar)),
            ))
            .returning(users::id)
            .get_result(&mut conn)
            .await
    }
}
`,
    'src/controllers/session.rs': 'fn save() {\n    diesel::update(users::table)\n        .filter(users::gh_avatar.is_null())\n        .set(users::gh_avatar.eq(avatar))\n        .execute(conn)\n}\n',
    'crates/crates_io_database_dump/src/dump-db.toml': `${DUMP}[users.column_defaults]\ngh_avatar = "''"\n`,
  };

  test('an Insertable, an upsert, a filter and a column default of the dump are writes: a notice', () => {
    const f = only(check(writes, NULLABLE), 'drop-not-null');
    expect(f.severity).toBe('notice');
  });

  test('variant: the same writes, plus a select of the column (a load), keep the warning; for a drop they are all uses', () => {
    const loads = only(check({ ...writes, 'src/views.rs': 'fn avatars() -> Vec<String> {\n    users::table.select(users::gh_avatar).load(conn)\n}\n' }, NULLABLE), 'drop-not-null');
    expect(loads).toMatchObject({ severity: 'warning' });
    expect(loads.message).toContain('src/views.rs:2');
    expect(loads.message).not.toContain('session.rs');
    const dropped = only(check(writes));
    expect(dropped.severity).toBe('error');
    expect(dropped.references?.map((r) => r.file)).toEqual(expect.arrayContaining(['src/controllers/session.rs', 'crates/crates_io_database/src/models/user.rs', 'crates/crates_io_database_dump/src/dump-db.toml']));
  });
});
