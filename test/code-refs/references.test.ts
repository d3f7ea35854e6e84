/**
 * Issue 14: code-aware verdicts. Each finding that names a column, table, view or property looks
 * for the base commit's application code that uses it: found, the finding lists where; not found
 * (and nothing reads the table wholesale), a drop or rename is step 2 of expand/contract and
 * becomes a warning. One case per ORM declaration style the issue names, each with a variant.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository, type WordSearch } from '../../src/changes/types.js';
import { gitChangeSet } from '../../src/changes/git.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { prepareEngine, runEngine, runEngineAsync, startCodeSearch } from '../../src/engine.js';
import { likelyCodeWords } from '../../src/code-refs/predict.js';
import type { Finding, Report } from '../../src/findings.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { allRules } from '../../src/rules.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

const SCHEMA = 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text, email text);\n';
const MIGRATIONS = { 'db/migrations/001_users.sql': SCHEMA };
const DROP = { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n' };

function check(code: Record<string, string>, head: Record<string, string> = DROP, configure: (c: Config) => void = () => {}): Report {
  const base = { ...MIGRATIONS, ...code };
  const changes = changeSetFromTrees(base, { ...base, ...head });
  changes.baseTree = memoryRepository(base);
  const config = defaultConfig();
  configure(config);
  return runEngine({ changes, config }, { today: '2026-12-05' });
}

function only(report: Report, rule = 'drop-column'): Finding {
  const found = report.findings.filter((f) => f.rule === rule);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The finding keeps its error and names where base code uses the column. */
function expectUsedAt(code: Record<string, string>, file: string, line: number): Finding {
  const f = only(check(code));
  expect(f.severity).toBe('error');
  expect(f.references?.[0]).toMatchObject({ file, line });
  expect(f.message).toContain(`Still used in the previous release's code at \`${file}:${line}\``);
  return f;
}

/** Nothing uses it: a warning that says why. */
function expectDowngraded(code: Record<string, string>, head: Record<string, string> = DROP, rule = 'drop-column'): Finding {
  const f = only(check(code, head), rule);
  expect(f.severity).toBe('warning');
  expect(f.message).toMatch(/nothing in the previous release's code uses it \(.*\d+ files? searched\)/);
  expect(f.message).toContain('step 2 of expand/contract');
  expect(f.references).toBeUndefined();
  return f;
}

const UNRELATED = { 'app/orders.go': 'package app\n\ntype Order struct {\n\tID int `db:"id"`\n}\n' };

describe('declarations that name a column, per ORM', () => {
  test.each([
    ['Go struct tag db:', 'internal/users/user.go', 'package users\n\ntype User struct {\n\tLegacyName string `db:"legacy_name"`\n}\n', 4],
    ['gorm column:', 'models/user.go', 'package models\n\ntype User struct {\n\tName string `gorm:"column:legacy_name;size:64"`\n}\n', 4],
    ['bun tag', 'store/user.go', 'package store\n\ntype User struct {\n\tbun.BaseModel\n\tName string `bun:"legacy_name,nullzero"`\n}\n', 5],
    ['Prisma @map', 'prisma/schema.prisma', 'model User {\n  id   BigInt @id\n  name String @map("legacy_name")\n  @@map("users")\n}\n', 3],
    ['Prisma field named like the column (camelCase)', 'prisma/schema.prisma', 'model User {\n  id         BigInt @id\n  legacyName String\n}\n', 3],
    ['TypeORM @Column({ name })', 'src/entity/User.ts', "@Entity('users')\nexport class User {\n  @Column({ name: 'legacy_name' })\n  name: string;\n}\n", 3],
    ['SQLAlchemy Column("…")', 'app/models.py', 'class User(Base):\n    __tablename__ = "users"\n    name = Column("legacy_name", String)\n', 3],
    ['SQLAlchemy mapped_column', 'app/models.py', 'class User(Base):\n    __tablename__ = "users"\n    legacy_name: Mapped[str] = mapped_column(String(64))\n', 3],
    ['Django model field', 'accounts/models.py', 'class User(models.Model):\n    email = models.EmailField()\n    legacy_name = models.CharField(max_length=64)\n', 3],
    ['Django db_column', 'accounts/models.py', "class User(models.Model):\n    name = models.CharField(db_column='legacy_name', max_length=64)\n", 2],
    ['Diesel column path', 'src/users.rs', 'pub fn names(conn: &mut PgConnection) -> QueryResult<Vec<String>> {\n    users::table.select(users::legacy_name).load(conn)\n}\n', 2],
    ['Diesel derived struct field', 'src/models/user.rs', '#[derive(Queryable, Selectable)]\n#[diesel(table_name = users)]\npub struct User {\n    pub id: i64,\n    pub legacy_name: Option<String>,\n}\n', 5],
    ['Ecto schema', 'lib/app/user.ex', 'defmodule App.User do\n  schema "users" do\n    field :legacy_name, :string\n  end\nend\n', 3],
    ['Hibernate @Column(name=…)', 'src/main/java/app/User.java', '@Entity\n@Table(name = "users")\npublic class User {\n    @Column(name = "legacy_name")\n    private String name;\n}\n', 4],
    ['EF Core HasColumnName', 'src/App/Data/UserConfiguration.cs', 'builder.Property(u => u.Name)\n    .HasColumnName("legacy_name");\n', 2],
    ['a SQL string in code', 'internal/users/repo.go', 'package users\n\nconst byID = `SELECT id, legacy_name FROM users WHERE id = $1`\n', 3],
    ['a sqlc query file', 'internal/db/queries/users.sql', '-- name: GetUser :one\nSELECT id, legacy_name FROM users WHERE id = $1;\n', 2],
    ['a Java accessor', 'src/main/java/app/UserDto.java', 'public class UserDto {\n  public String getLegacyName() { return n; }\n}\n', 2],
    ['a TypeScript property (camelCase) in a file that talks to the database', 'web/src/api.ts', "import { db } from './db';\nexport const label = async (id: number) => (await db.user.get(id)).legacyName;\n", 2],
  ])('%s: the error stays, with the line', (_name, file, text, line) => {
    expectUsedAt({ ...UNRELATED, [file]: text }, file, line);
  });

  test('a foreign key column is used through its relation (Django ForeignKey, Rails/Ecto belongs_to)', () => {
    const fk = { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN manager_id;\n' };
    const base = { 'db/migrations/000_fk.sql': 'ALTER TABLE users ADD COLUMN manager_id bigint;\n' };
    const django = only(check({ ...base, 'accounts/models.py': 'class User(models.Model):\n    manager = models.ForeignKey("self", null=True, on_delete=models.SET_NULL)\n' }, fk));
    expect(django).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'accounts/models.py', line: 2 })] });
    const ecto = only(check({ ...base, 'lib/app/user.ex': 'schema "users" do\n  belongs_to :manager, App.User\nend\n' }, fk));
    expect(ecto.references?.[0]).toMatchObject({ file: 'lib/app/user.ex', line: 2 });
  });

  test("Diesel's table! (schema.rs) declares the column, it does not use it (crates.io aac10ea0e2: schema.rs, a snapshot and migrations only)", () => {
    const schema = {
      'crates/crates_io_database/src/schema.rs':
        '// @generated automatically by Diesel CLI.\n\ndiesel::table! {\n    use diesel::sql_types::*;\n\n    /// Representation of the `users` table.\n    users (id) {\n        id -> Int8,\n        /// The `legacy_name` column of the `users` table.\n        legacy_name -> Nullable<Text>,\n        email -> Text,\n    }\n}\n\ndiesel::joinable!(users -> teams (legacy_name));\ndiesel::allow_tables_to_appear_in_same_query!(users, teams,);\n',
      'crates/crates_io_database/src/schema.patch': '@@ -1,3 +1,3 @@\n-        legacy_name -> Nullable<Text>,\n+        legacy_name -> Nullable<Varchar>,\n',
      'src/tests/snapshots/user__me.snap': 'legacy_name: ~\n',
      'src/controllers/user.rs': 'pub async fn me(user: User) -> Json<EncodableUser> {\n    Json(user.into())\n}\n',
    };
    const f = expectDowngraded(schema);
    expect(f.message).toMatch(/\d+ files searched/);
    // A SQL function declared for Diesel (crates.io's fns.rs) is no call of it either; a call is.
    const fns = { 'crates/crates_io_diesel_helpers/src/fns.rs': 'use diesel::sql_types::*;\n\ndefine_sql_function!(fn legacy_name(num: Text) -> Nullable<Jsonb>);\nsql_function! {\n    fn legacyName(num: Text) -> Text;\n}\n' };
    expectDowngraded({ ...schema, ...fns });
    const called = only(check({ ...schema, ...fns, 'src/sort.rs': 'query.order(legacy_name(versions::num))\n' }));
    expect(called.references?.map((r) => r.file)).toEqual(['src/sort.rs']);
    // The same schema with a use outside the macro: the use is named, not the declaration.
    const used = only(check({ ...schema, 'src/controllers/user.rs': 'users::table.filter(users::legacy_name.is_null()).count()\n' }));
    expect(used.severity).toBe('error');
    expect(used.references?.map((r) => r.file)).toEqual(['src/controllers/user.rs']);
  });

  test('a table! declared by hand in code (a temporary table) is no use either; one never closed keeps the lines after it as uses', () => {
    const temp = { 'src/worker/process_log.rs': 'table! {\n    /// Diesel table definition for the temporary (`temp_downloads`) table.\n    users (id) {\n        id -> Int8,\n        legacy_name -> Text,\n    }\n}\n\nfn run() {}\n' };
    expectDowngraded({ ...UNRELATED, ...temp });
    const broken = { 'src/worker/process_log.rs': 'table! {\n    users (id) {\n        id -> Int8,\n\nfn run(u: &User) -> &str { &u.legacy_name }\n' };
    const f = only(check({ ...UNRELATED, ...broken }));
    expect(f).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'src/worker/process_log.rs', line: 5 })] });
  });

  test('a Django table <app>_<model> is used by its model class', () => {
    const drop = { 'db/migrations/002_drop.sql': 'DROP TABLE accounts_profile;\n' };
    const base = { 'db/migrations/000_p.sql': 'CREATE TABLE accounts_profile (id int);\n' };
    const f = only(check({ ...base, 'accounts/models.py': 'class Profile(models.Model):\n    pass\n' }, drop), 'drop-table');
    expect(f).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'accounts/models.py', line: 1 })] });
  });

  test('a table without its first word counts only where the line or path names that word (kestra 3d82f1435a: worker_instance "used" by every INSTANCE)', () => {
    const drop = { 'jdbc-postgres/src/main/resources/migrations/postgres/V1_20__drop_worker_instance.sql': 'DROP TABLE IF EXISTS worker_instance;\n' };
    const base = {
      'jdbc-postgres/src/main/resources/migrations/postgres/V1_1__initial.sql': 'CREATE TABLE worker_instance (key varchar(250) NOT NULL PRIMARY KEY, value jsonb NOT NULL);\n',
      'core/src/main/java/io/kestra/core/contexts/KestraContext.java': 'public abstract class KestraContext {\n    private static final AtomicReference<KestraContext> INSTANCE = new AtomicReference<>();\n    public static KestraContext getContext() { return INSTANCE.get(); }\n}\n',
      'cli/src/main/java/io/kestra/cli/App.java': 'public class App {\n    static Object call(Method method, Object instance) throws Exception { return method.invoke(instance); }\n}\n',
    };
    const f = expectDowngraded(base, drop, 'drop-table');
    expect(f.message).toMatch(/^Dropping table worker_instance: nothing in the previous release's code uses it \(worker_instance, workerInstance, WorkerInstance, WORKER_INSTANCE…/);
    // The whole name still counts anywhere, the class named like it where a mapping ties it to the table (identity.test.ts).
    const model = only(check({ ...base, 'core/src/main/java/io/kestra/core/runners/WorkerInstance.java': '@Entity\npublic class WorkerInstance {\n}\n' }, drop), 'drop-table');
    expect(model).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'core/src/main/java/io/kestra/core/runners/WorkerInstance.java', line: 2 })] });
  });

  test('Django and prefixed tables: the model counts in its app, on an import that names the app, under a path with the prefix', () => {
    const drop = { 'db/migrations/002_drop.sql': 'DROP TABLE accounts_profile;\n' };
    const base = { 'db/migrations/000_p.sql': 'CREATE TABLE accounts_profile (id int);\n' };
    const imported = only(check({ ...base, 'billing/views.py': 'from accounts.models import Profile\n\ndef show(request):\n    return Profile.objects.get(pk=1)\n' }, drop), 'drop-table');
    expect(imported.severity).toBe('error');
    expect(imported.references?.map((r) => r.line)).toEqual([1]);
    // Elsewhere, a word of the name alone (a profile of something else) is no use.
    expectDowngraded({ ...base, 'tools/perf.py': 'def profile(fn):\n    return cProfile.run(fn)\n', ...UNRELATED }, drop, 'drop-table');
    const wp = { 'db/migrations/002_drop.sql': 'DROP TABLE wp_posts;\n' };
    const posts = only(check({ 'db/migrations/000_wp.sql': 'CREATE TABLE wp_posts (id int);\n', 'wp-includes/post.php': '<?php\n$rows = $wpdb->get_results("SELECT ID FROM $wpdb->posts");\n' }, wp), 'drop-table');
    expect(posts).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'wp-includes/post.php', line: 2 })] });
  });

  test('the evidence reaches the JSON report and SARIF relatedLocations', () => {
    const report = check({ 'internal/users/user.go': 'package users\n\ntype User struct {\n\tLegacyName string `db:"legacy_name"`\n}\n' });
    const json = JSON.parse(renderJson(report)) as { findings: { references?: unknown }[] };
    expect(json.findings[0]!.references).toEqual([{ file: 'internal/users/user.go', line: 4, text: 'LegacyName string `db:"legacy_name"`' }]);
    const sarif = JSON.parse(renderSarif(report, allRules)) as { runs: { results: { relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const related = sarif.runs[0]!.results[0]!.relatedLocations!;
    expect(related[0]!.physicalLocation.artifactLocation.uri).toBe('internal/users/user.go');
    expect(related[0]!.physicalLocation.region.startLine).toBe(4);
  });

  test('more than five uses: five named, then "and N more"; files that name the table first', () => {
    const code: Record<string, string> = { 'lib/a.py': 'x = row.legacy_name\n' };
    for (let i = 0; i < 7; i++) code[`app/part${i}.py`] = `print(obj.legacy_name)\n`;
    code['app/users/view.py'] = 'name = user.legacy_name\n';
    const f = only(check(code));
    expect(f.references?.[0]?.file).toBe('app/users/view.py');
    expect(f.references).toHaveLength(9);
    expect(f.message).toMatch(/`app\/users\/view\.py:1`, (`[^`]+`, ){3}`[^`]+` and 4 more\.$/);
  });
});

describe('no use in the previous release: step 2 of expand/contract', () => {
  test('nothing names the column: a warning that says how much was searched', () => {
    const f = expectDowngraded(UNRELATED);
    expect(f.message).toMatch(/^Dropping column users\.legacy_name: nothing in the previous release's code uses it \(legacy_name, legacyName, LegacyName, LEGACY_NAME…; 1 file searched\)/);
  });

  test('uses only in tests, docs, other migrations, vendored code and comments do not count', () => {
    expectDowngraded({
      ...UNRELATED,
      'internal/users/user_test.go': 'package users\n\nvar row = User{LegacyName: "x"}\n',
      'spec/models/user_spec.rb': 'it { expect(user.legacy_name).to be_nil }\n',
      'docs/schema.md': 'The `legacy_name` column is gone.\n',
      'db/migrations/000_old.sql': 'ALTER TABLE users ADD COLUMN legacy_name text;\n',
      'vendor/github.com/x/y/y.go': 'var legacy_name = 1\n',
      'app/users.go': 'package app\n\n// legacy_name: dropped in 2.4, see the migration\nfunc F() {}\n',
      'app/users.py': '# TODO: remove legacy_name\nx = 1\n',
    });
  });

  test('test helpers, examples, stories, CI settings, styles and infrastructure are not application code either (real-history false evidence)', () => {
    // lemmy api_tests/, crates.io crates_io_test_utils/, flipt examples/, Storybook stories, .woodpecker.yml, CSS modules, terraform.
    expectDowngraded({
      ...UNRELATED,
      'api_tests/src/user.spec.ts': 'expect(u.legacy_name).toBe(null);\n',
      'crates/crates_io_test_utils/src/builders.rs': 'legacy_name: None,\n',
      'examples/basic/main.go': 'fmt.Println(u.LegacyName)\n',
      'web/src/User.stories.tsx': 'export const Legacy = { args: { legacyName: "x" } };\n',
      '.woodpecker.yml': 'steps: [{commands: ["echo legacy_name"]}]\n',
      '.github/workflows/ci.yaml': 'env: {LEGACY_NAME: 1}\n',
      'web/src/user.module.css': '.legacyName { color: red; }\n',
      'deploy/db.tf': 'column { name = "legacy_name" }\n',
    });
  });

  test('a Java package named example (Spring Initializr com.example) is searched: its use keeps the error', () => {
    const f = only(check({ ...UNRELATED, 'src/main/java/com/example/demo/UserRepository.java': 'public interface UserRepository {\n    @Query("SELECT u.legacy_name FROM users u")\n    List<String> names();\n}\n' }));
    expect(f).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'src/main/java/com/example/demo/UserRepository.java', line: 2 })] });
  });

  test('a Java package named example (Spring Initializr com.example) is searched: its use keeps the error', () => {
    const f = only(check({ ...UNRELATED, 'src/main/java/com/example/demo/UserRepository.java': 'public interface UserRepository {\n    @Query("SELECT u.legacy_name FROM users u")\n    List<String> names();\n}\n' }));
    expect(f).toMatchObject({ severity: 'error', references: [expect.objectContaining({ file: 'src/main/java/com/example/demo/UserRepository.java', line: 2 })] });
  });

  test('references: source code first, then data and settings files', () => {
    const f = only(check({ 'config/columns.yaml': 'hidden: [legacy_name]\n', 'internal/users/user.go': 'package users\n\nvar col = "legacy_name"\n' }));
    expect(f.references?.map((r) => r.file)).toEqual(['internal/users/user.go', 'config/columns.yaml']);
  });

  test('ActiveRecord: the model lists the column in ignored_columns (one line or several) — not a use', () => {
    expectDowngraded({ 'app/models/user.rb': 'class User < ApplicationRecord\n  self.ignored_columns += ["legacy_name"]\nend\n' });
    const f = expectDowngraded({ 'app/models/user.rb': 'class User < ApplicationRecord\n  self.ignored_columns = %w[\n    old_flag\n    legacy_name\n  ]\nend\n' });
    expect(f.message).toContain('`app/models/user.rb:4` lists it in ignored_columns');
  });

  test('ActiveRecord: a model of the table without ignored_columns loads every column at boot — the error stays', () => {
    const f = only(check({ 'app/models/user.rb': 'class User < ApplicationRecord\n  has_many :orders\nend\n' }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('`app/models/user.rb:1` does: an ActiveRecord model of users loads every column at boot');
    // A model of another table changes nothing.
    expectDowngraded({ 'app/models/order.rb': 'class Order < ApplicationRecord\nend\n' });
  });

  test.each([
    ['SELECT * on one line', 'app/repo.py', 'rows = db.execute("SELECT * FROM users WHERE id = %s", [i])\n', 1],
    ['SELECT * with FROM on a later line', 'app/repo.go', 'package app\n\nconst q = `\n  SELECT *\n  FROM public.users\n  WHERE id = $1`\n', 4],
    ['a qualified star', 'app/report.sql.ts', 'const q = sql`SELECT users.*, o.total FROM users JOIN orders o ON o.user_id = users.id`;\n', 1],
    ['RETURNING *', 'app/create.ts', 'await db.query("INSERT INTO users (id) VALUES ($1) RETURNING *", [id]);\n', 1],
    ['an INSERT without a column list', 'app/copy.py', 'cur.execute("INSERT INTO users VALUES (%s, %s, %s)", row)\n', 1],
  ])('%s on the table keeps the error, and says why', (_name, file, text, line) => {
    const f = only(check({ [file]: text }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain(`but \`${file}:${line}\` does: it reads or writes every column of users without naming them, so the error stands`);
    expect(f.references).toEqual([expect.objectContaining({ file, line })]);
  });

  test('SELECT * of another table does not keep the error', () => {
    expectDowngraded({ 'app/repo.py': 'rows = db.execute("SELECT * FROM orders")\nq = """\n  SELECT *\n  FROM orders\n"""\n' });
  });

  test('shell scripts are not application code: a migrations-only repository keeps the error (reportportal/migrations 25b19b076e)', () => {
    // Its only other files were entrypoint.sh and index-template-setup.sh: "2 files searched", and 9 drops became warnings.
    const f = only(check({ 'entrypoint.sh': '#!/bin/sh\nexec migrate -path /migrations "$@"\n', 'index-template-setup.sh': '#!/bin/bash\nTEMPLATE_NAME="logs"\n' }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('No application code here to search');
    // Variant: deploy scripts and a compose file beside the migrations.
    const g = only(check({ 'scripts/deploy.sh': 'psql -f db/migrations/001_users.sql\n', 'docker-compose.yml': 'services: {}\n' }));
    expect(g.severity).toBe('error');
    expect(g.message).toContain('No application code here to search');
  });

  test('a repository with no application code keeps the error and says so', () => {
    const f = only(check({ 'README.md': 'legacy_name\n', 'docs/x.txt': 'hi\n' }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('No application code here to search for uses of it (only migrations, tests, docs).');
  });

  test('a mission-critical table is never downgraded', () => {
    const f = only(check(UNRELATED, DROP, (c) => (c.critical.tables = ['users'])));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('Nothing in the previous release\'s code uses it');
    expect(f.message).toContain('It stays an error: it is mission-critical');
  });

  test('evidence-only: the same sentence, the error stays; off: no search at all', () => {
    const evidence = only(check(UNRELATED, DROP, (c) => (c.codeReferences.mode = 'evidence-only')));
    expect(evidence.severity).toBe('error');
    expect(evidence.message).toContain("Nothing in the previous release's code uses it (legacy_name");
    const off = only(check({ 'internal/users/user.go': 'x := `db:"legacy_name"`\n' }, DROP, (c) => (c.codeReferences.mode = 'off')));
    expect(off).toMatchObject({ severity: 'error', message: 'Dropping column users.legacy_name breaks the previous release, which still reads it.' });
    expect(off.references).toBeUndefined();
  });

  test('code-references.paths and .ignore decide what is application code', () => {
    const code = { 'services/api/user.go': 'package api\n\nvar col = "legacy_name"\n', 'tools/gen/main.go': 'package main\n\nvar col = "legacy_name"\n' };
    expect(only(check(code)).references?.map((r) => r.file)).toEqual(['services/api/user.go', 'tools/gen/main.go']);
    expect(only(check(code, DROP, (c) => (c.codeReferences.paths = ['services/**']))).references?.map((r) => r.file)).toEqual(['services/api/user.go']);
    expect(only(check(code, DROP, (c) => (c.codeReferences.ignore = ['tools/**']))).references?.map((r) => r.file)).toEqual(['services/api/user.go']);
    const f = only(check(code, DROP, (c) => (c.codeReferences.paths = ['web/**'])));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('No application code here to search');
  });

  test('a column added in the same PR is new: no finding, no search', () => {
    const report = check(UNRELATED, { 'db/migrations/002_x.sql': 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp;\n' });
    expect(report.findings.filter((f) => f.rule === 'drop-column')).toEqual([]);
  });
});

describe('renames, tables, views and evidence-only rules', () => {
  test('rename-column: the old name is what breaks; its uses are listed, none is a warning', () => {
    const rename = { 'db/migrations/002_rename.sql': 'ALTER TABLE users RENAME COLUMN legacy_name TO display_name;\n' };
    const used = only(check({ 'app/models.py': 'class User(Model):\n    legacy_name = CharField()\n' }, rename), 'rename-column');
    expect(used.severity).toBe('error');
    expect(used.references?.[0]).toMatchObject({ file: 'app/models.py', line: 2 });
    const f = expectDowngraded({ 'app/models.py': 'class User(Model):\n    display_name = CharField()\n' }, rename, 'rename-column');
    expect(f.message).toMatch(/^Renaming column users\.legacy_name: nothing/);
  });

  test('drop-table and rename-table: the model named after the table (singular, PascalCase) is a use', () => {
    const drop = { 'db/migrations/002_drop.sql': 'DROP TABLE audit_entries;\n' };
    const base = { 'db/migrations/000_audit.sql': 'CREATE TABLE audit_entries (id int);\n' };
    const used = only(check({ ...base, 'app/models/audit.ts': "import { Model } from 'objection';\nexport class AuditEntry extends Model {}\n" }, drop), 'drop-table');
    expect(used.severity).toBe('error');
    expect(used.references?.[0]).toMatchObject({ file: 'app/models/audit.ts', line: 2 });
    const f = expectDowngraded({ ...base, ...UNRELATED }, drop, 'drop-table');
    expect(f.message).toMatch(/^Dropping table audit_entries: nothing .*AuditEntries|^Dropping table audit_entries: nothing/);
    const rename = { 'db/migrations/002_rename.sql': 'ALTER TABLE audit_entries RENAME TO audit_log;\n' };
    expect(only(check({ ...base, 'app/q.sql.go': 'const q = "DELETE FROM audit_entries WHERE id = $1"\n' }, rename), 'rename-table').severity).toBe('error');
    expectDowngraded({ ...base, ...UNRELATED }, rename, 'rename-table');
  });

  test('drop-object: a view nothing reads is a warning; a function stays an error (called from other functions unseen)', () => {
    const base = { 'db/migrations/000_view.sql': 'CREATE VIEW active_users AS SELECT id FROM users;\nCREATE FUNCTION user_count() RETURNS int AS $$ SELECT count(*)::int FROM users $$ LANGUAGE sql;\n' };
    const view = only(check({ ...base, ...UNRELATED }, { 'db/migrations/002_v.sql': 'DROP VIEW active_users;\n' }), 'drop-object');
    expect(view.severity).toBe('warning');
    const read = only(check({ ...base, 'app/stats.py': 'db.execute("SELECT id FROM active_users")\n' }, { 'db/migrations/002_v.sql': 'DROP VIEW active_users;\n' }), 'drop-object');
    expect(read.severity).toBe('error');
    expect(read.references?.[0]?.file).toBe('app/stats.py');
    const fn = only(check({ ...base, ...UNRELATED }, { 'db/migrations/002_f.sql': 'DROP FUNCTION user_count();\n' }), 'drop-object');
    expect(fn.severity).toBe('error');
    expect(fn.message).not.toContain('Nothing in the previous release');
  });

  test('rename-object of sequences nothing names (dolphinscheduler fee4955724): a notice; a sequence code names stays an error', () => {
    // The sequences back serial ids: the columns' defaults bind them by OID (nextval('…'::regclass)),
    // so a rename reaches only code that names them. The SQL dump and other upgrade scripts that
    // name them are not code.
    const base = {
      'dolphinscheduler-dao/src/main/resources/sql/upgrade/3.2.0_schema/postgresql/dolphinscheduler_ddl.sql': 'CREATE SEQUENCE t_ds_process_instance_id_sequence;\nCREATE TABLE t_ds_process_instance (id int NOT NULL DEFAULT nextval(\'t_ds_process_instance_id_sequence\'::regclass) PRIMARY KEY);\n',
      'dolphinscheduler-dao/src/main/resources/sql/dolphinscheduler_postgresql.sql': "CREATE SEQUENCE t_ds_process_instance_id_sequence;\nSELECT setval('t_ds_process_instance_id_sequence', 1);\n",
      'dolphinscheduler-dao/src/main/java/org/apache/dolphinscheduler/dao/entity/ProcessInstance.java': '@TableName("t_ds_process_instance")\npublic class ProcessInstance {\n    @TableId(value = "id", type = IdType.AUTO)\n    private Integer id;\n}\n',
    };
    const rename = { 'dolphinscheduler-dao/src/main/resources/sql/upgrade/3.3.0_schema/postgresql/dolphinscheduler_ddl.sql': 'ALTER SEQUENCE t_ds_process_instance_id_sequence RENAME TO t_ds_workflow_instance_id_sequence;\n' };
    const f = only(check(base, rename), 'rename-object');
    expect(f.severity).toBe('notice');
    expect(f.message).toMatch(/^Renaming sequence t_ds_process_instance_id_sequence: nothing in the previous release's code uses it \(t_ds_process_instance_id_sequence, .*\d+ files? searched\)\. The database reaches a sequence by its OID/);
    const named = only(check({ ...base, 'app/src/Ids.java': 'long next = jdbc.queryForObject("SELECT nextval(\'t_ds_process_instance_id_sequence\')", Long.class);\n' }, rename), 'rename-object');
    expect(named.severity).toBe('error');
    expect(named.references?.[0]).toMatchObject({ file: 'app/src/Ids.java', line: 1 });
  });

  test('rename-object: views are warnings, constraints notices when nothing names them; functions and schemas stay errors (named from other functions and settings unseen)', () => {
    const base = { 'db/migrations/000_objects.sql': 'CREATE VIEW active_users AS SELECT id FROM users;\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);\nCREATE FUNCTION user_count() RETURNS int AS $$ SELECT count(*)::int FROM users $$ LANGUAGE sql;\nCREATE SCHEMA billing;\n' };
    const view = { 'db/migrations/002_v.sql': 'ALTER VIEW active_users RENAME TO live_users;\n' };
    expectDowngraded({ ...base, ...UNRELATED }, view, 'rename-object');
    expect(only(check({ ...base, 'app/stats.py': 'db.execute("SELECT id FROM active_users")\n' }, view), 'rename-object').severity).toBe('error');
    const constraint = { 'db/migrations/002_c.sql': 'ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_uq;\n' };
    // A constraint is enforced by OID: only code names it, so no use of its name is a notice.
    expect(only(check({ ...base, ...UNRELATED }, constraint), 'rename-object')).toMatchObject({ severity: 'notice' });
    const upsert = only(check({ ...base, 'app/signup.go': 'const q = `INSERT INTO users (email) VALUES ($1) ON CONFLICT ON CONSTRAINT users_email_key DO NOTHING`\n' }, constraint), 'rename-object');
    expect(upsert).toMatchObject({ severity: 'error', references: [{ file: 'app/signup.go', line: 1 }] });
    for (const sql of ['ALTER FUNCTION user_count() RENAME TO users_total;\n', 'ALTER SCHEMA billing RENAME TO invoicing;\n']) {
      const f = only(check({ ...base, ...UNRELATED }, { 'db/migrations/002_r.sql': sql }), 'rename-object');
      expect(f.severity, sql).toBe('error');
      expect(f.message, sql).not.toContain('Nothing in the previous release');
    }
  });

  test('set-not-null and add-required-column: the code that writes the table is listed, never a downgrade', () => {
    const code = { 'app/signup.py': 'def signup(db, email):\n    db.execute("INSERT INTO users (id, email) VALUES (%s, %s)", (1, email))\n' };
    const notNull = only(check(code, { 'db/migrations/002_nn.sql': 'ALTER TABLE users ALTER COLUMN legacy_name SET NOT NULL;\n' }), 'set-not-null');
    expect(notNull.severity).toBe('error');
    expect(notNull.references?.[0]).toMatchObject({ file: 'app/signup.py', line: 2 });
    expect(notNull.message).toContain("The previous release's code that uses legacy_name or writes users: `app/signup.py:2`.");
    const required = only(check(code, { 'db/migrations/002_req.sql': 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;\n' }), 'add-required-column');
    expect(required.references?.[0]).toMatchObject({ file: 'app/signup.py', line: 2 });
    // An ORM write call names the table's model; a list's add() and prose do not write it.
    const orm = only(check({ 'app/signup.rb': 'User.create(email: email)\n', 'app/report.java': 'users.add(next); // collect users\n' }, { 'db/migrations/002_req.sql': 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;\n' }), 'add-required-column');
    expect(orm.references?.map((r) => r.file)).toEqual(['app/signup.rb']);
    const quiet = only(check(UNRELATED, { 'db/migrations/002_nn.sql': 'ALTER TABLE users ALTER COLUMN legacy_name SET NOT NULL;\n' }), 'set-not-null');
    expect(quiet).toMatchObject({ severity: 'error', message: 'Making users.legacy_name NOT NULL breaks the previous release, whose inserts and updates may still leave it NULL. It stays an error: not every insert of the previous release can be shown to write legacy_name (no insert into users found in the previous release\'s code).' });
  });

  test('an event property removed: the code that names it is listed as evidence', () => {
    const schema = (props: Record<string, unknown>) => JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: props }, null, 2);
    const base = { 'events/user-created.schema.json': schema({ id: { type: 'string' }, legacy_name: { type: 'string' } }), 'consumer/handler.ts': 'export const name = (e: UserCreated) => e.legacyName;\n' };
    const changes = changeSetFromTrees(base, { ...base, 'events/user-created.schema.json': schema({ id: { type: 'string' } }) });
    changes.baseTree = memoryRepository(base);
    const report = runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' });
    const f = only(report, 'schema-property-removed');
    expect(f.severity).toBe('error');
    expect(f.references?.[0]).toMatchObject({ file: 'consumer/handler.ts', line: 1 });
  });

  test('a PR whose findings name more spellings than one search takes: not searched, the errors stand and say so', () => {
    const many = Array.from({ length: 300 }, (_, i) => `ALTER TABLE users DROP COLUMN col_${i};`).join('\n');
    const base = { 'db/migrations/001_users.sql': `CREATE TABLE users (id int, ${Array.from({ length: 300 }, (_, i) => `col_${i} text`).join(', ')});\n`, ...UNRELATED };
    const changes = changeSetFromTrees(base, { ...base, 'db/migrations/002_drop.sql': `${many}\n` });
    changes.baseTree = memoryRepository(base);
    const drops = runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'drop-column');
    expect(drops).toHaveLength(300);
    expect(drops.every((f) => f.severity === 'error' && f.message.includes('was not searched'))).toBe(true);
  });

  test('a search cut at its output bound never downgrades', () => {
    const base = { ...MIGRATIONS, ...UNRELATED };
    const changes = changeSetFromTrees(base, { ...base, ...DROP });
    const tree = memoryRepository(base);
    tree.searchWords = (): WordSearch => ({ lines: [], truncated: true });
    changes.baseTree = tree;
    const f = only(runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('did not complete');
  });
});

describe('in a git repository (git grep on the base commit)', () => {
  let repo: TempRepo | null = null;
  afterEach(() => {
    repo?.remove();
    repo = null;
  });

  test('uses in base are found by git grep; vendored and binary files are not searched; head-only code does not count', () => {
    repo = makeRepo(
      {
        ...MIGRATIONS,
        'internal/users/user.go': 'package users\n\ntype User struct {\n\tLegacyName string `db:"legacy_name"`\n}\n',
        'node_modules/x/index.js': 'module.exports = { legacy_name: 1 };\n',
        'assets/blob.bin': Buffer.from('legacy_name\u0000\u0001binary'),
      },
      { ...DROP, 'internal/users/user.go': 'package users\n\ntype User struct{}\n' },
    );
    const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const f = only(runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }));
    expect(f.severity).toBe('error');
    expect(f.references).toEqual([{ file: 'internal/users/user.go', line: 4, text: 'LegacyName string `db:"legacy_name"`' }]);
  });

  test('git grep: identifiers in one -E alternation, words with other characters as fixed strings (documenso 7f09ba72f4 timed out)', () => {
    repo = makeRepo(
      {
        ...MIGRATIONS,
        'db/migrations/001b_status.sql': "CREATE TYPE queue_type AS ENUM ('io.kestra.Flow', 'other');\n",
        'app/a.ts': 'const u = user.legacyName;\nconst v = legacyNames;\nexport const all = () => db.select().from(users);\n',
        'app/b.ts': 'const t = "ioXkestraXFlow";\n',
        'app/c.ts': 'const t = "io.kestra.Flow";\n',
      },
      { ...DROP, 'db/migrations/003_enum.sql': "ALTER TYPE queue_type RENAME VALUE 'io.kestra.Flow' TO 'io.kestra.flows.Flow';\n" },
    );
    const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const report = runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' });
    // A whole word only (legacyNames is another word), and a dotted value read as text, not as a regex.
    expect(only(report).references).toEqual([{ file: 'app/a.ts', line: 1, text: 'const u = user.legacyName;' }]);
    expect(only(report, 'rename-enum-value').references?.map((r) => r.file)).toEqual(['app/c.ts']);
  });

  test('whole words among words that prefix each other (PCRE tries alternatives left to right), in the foreground and the background', async () => {
    const text = 'userss users\nuser-name\nusers_x\n_user\nuser_id user\n';
    repo = makeRepo({ ...MIGRATIONS, 'app/a.txt': text }, DROP);
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    const inApp = (search: WordSearch): string[] => search.lines.filter((l) => l.path === 'app/a.txt').map((l) => `${l.line}:${l.text}`);
    // Line 1 holds `users` after `userss` (the first alternative `user` fails the word check there).
    const want = ['1:userss users', '2:user-name', '5:user_id user'];
    expect(inApp(tree.searchWords!(['user', 'users']))).toEqual(want);
    expect(inApp(tree.searchWords!(['users', 'user']))).toEqual(want);
    const early = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    await early.prefetchWords!(['user', 'users']);
    expect(inApp(early.searchWords!(['user', 'users']))).toEqual(want);
  });

  test('an alternation too large for PCRE is searched with -E: the same lines', () => {
    repo = makeRepo({ ...MIGRATIONS, 'app/a.txt': 'x legacy_name y\n' }, DROP);
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    const many = Array.from({ length: 3000 }, (_, i) => `word_${i}_abcdefghijklmnopqrstuvwxyz`);
    const found = tree.searchWords!([...many, 'legacy_name']);
    expect(found.truncated).toBe(false);
    expect(found.lines.filter((l) => l.path === 'app/a.txt').map((l) => l.line)).toEqual([1]);
  });

  test('a blob git cannot read (a partial clone): the search is incomplete, nothing is called unused, the check does not fail', async () => {
    repo = makeRepo({ ...MIGRATIONS, 'cmd/main.go': 'package main\n\nfunc main() {}\n', 'web/big.ts': 'export const x = 1;\n' }, DROP);
    const oid = repo.git('rev-parse', `${repo.base}:web/big.ts`);
    rmSync(join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const f = only(runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('did not complete');
    // The same through the background search (CLI check, Action).
    const input = { changes: gitChangeSet(repo.base, repo.head, { cwd: repo.dir }), config: defaultConfig() };
    startCodeSearch(input);
    const g = only(await runEngineAsync(input, { today: '2026-12-05' }));
    expect(g).toMatchObject({ severity: 'error', message: f.message });
  });

  test('nothing in base uses it (the PR removed the last use earlier): a warning counting the files searched', () => {
    repo = makeRepo({ ...MIGRATIONS, 'cmd/main.go': 'package main\n\nfunc main() {}\n', 'web/app.ts': 'export {};\n' }, DROP);
    const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const f = only(runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('2 files searched');
  });

  test('the search started in the background (before the analysis) answers as the foreground one; words it did not cover are searched then', async () => {
    repo = makeRepo(
      { ...MIGRATIONS, 'internal/users/user.go': 'package users\n\ntype User struct {\n\tLegacyName string `db:"legacy_name"`\n\tEmail string `db:"email"`\n}\n' },
      { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\nALTER TABLE users DROP COLUMN email;\n' },
    );
    const foreground = runEngine({ changes: gitChangeSet(repo.base, repo.head, { cwd: repo.dir }), config: defaultConfig() }, { today: '2026-12-05' });
    const input = { changes: gitChangeSet(repo.base, repo.head, { cwd: repo.dir }), config: defaultConfig() };
    startCodeSearch(input);
    const background = await runEngineAsync(input, { today: '2026-12-05' });
    expect(background).toEqual(foreground);
    expect(background.findings.map((f) => f.references?.[0]?.line)).toEqual([4, 5]);

    // A background search that covered only some of the words: the rest are searched in the foreground.
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    await tree.prefetchWords!(['legacy_name']);
    const inCode = (search: WordSearch): string[] => search.lines.map((l) => `${l.path}:${l.line}`).sort();
    expect(inCode(tree.searchWords!(['legacy_name', 'Email']))).toEqual(['db/migrations/001_users.sql:1', 'internal/users/user.go:4', 'internal/users/user.go:5']);
    expect(inCode(tree.searchWords!(['legacy_name']))).toEqual(['db/migrations/001_users.sql:1', 'internal/users/user.go:4']);
  });
});

describe('the names guessed from the changed SQL before parsing', () => {
  test('drops, renames and alters of columns, tables, views and enum values; quoted names keep their case', () => {
    const changes = changeSetFromTrees(
      {},
      {
        'db/migrations/002.sql':
          'ALTER TABLE public.Users DROP COLUMN IF EXISTS legacy_name, RENAME COLUMN old_flag TO new_flag;\nALTER TABLE "Orders" ALTER COLUMN "TotalCents" SET NOT NULL;\nDROP VIEW IF EXISTS active_users;\nALTER TYPE mood RENAME VALUE \'sad\' TO \'blue\';\nRENAME TABLE audit_entries TO audit_log;\n',
        'app/x.go': 'package app // DROP COLUMN not_sql\n',
      },
    );
    const words = likelyCodeWords({ changes, config: defaultConfig() });
    for (const w of ['legacy_name', 'legacyName', 'LegacyName', 'old_flag', 'users', 'User', 'Orders', 'Order', 'TotalCents', 'totalCents', 'active_users', 'ActiveUsers', 'sad', 'AuditEntry', 'audit_entries']) {
      expect(words, w).toContain(w);
    }
    expect(words).not.toContain('not_sql');
  });

  test('columns added NOT NULL (add-required-column asks who inserts them), on one line, through type arguments; not constraints or nullable columns', () => {
    // dolphinscheduler f99d3f1ed3: `add model_id bigint NOT NULL,` in a DO block, and MySQL's backquoted form.
    const changes = changeSetFromTrees(
      {},
      {
        'db/migrations/003.sql':
          'ALTER TABLE t_ds_audit_log\n  drop resource_type,\n  add model_id bigint NOT NULL,\n  add `operation_type` varchar(100) NOT NULL COMMENT \'x\',\n  ADD COLUMN IF NOT EXISTS "PriceCents" numeric(10, 2) not null default 0,\n  add detail varchar(255) DEFAULT NULL,\n  ADD CONSTRAINT chk CHECK (latency IS NOT NULL),\n  add nullable_one int,\n  add later int\n    NOT NULL;\n',
      },
    );
    const words = likelyCodeWords({ changes, config: defaultConfig() });
    for (const w of ['model_id', 'modelId', 'ModelId', 'operation_type', 'operationType', 'PriceCents', 'resource_type', 't_ds_audit_log']) expect(words, w).toContain(w);
    for (const w of ['detail', 'chk', 'latency', 'nullable_one', 'constraint', 'CONSTRAINT']) expect(words, w).not.toContain(w);
    // A definition split over lines is no guess (its finding asks for it): the guess reads one line.
    expect(words).not.toContain('later');
  });

  test('a modified file: only its new lines (a changelog of thousands of changesets gains one); too many names: no guess', () => {
    const old = Array.from({ length: 2000 }, (_, i) => `ALTER TABLE t${i} DROP COLUMN c${i};`).join('\n');
    const changes = changeSetFromTrees({ 'db/changelog.sql': `${old}\n` }, { 'db/changelog.sql': `${old}\nALTER TABLE users DROP COLUMN legacy_name;\n` });
    const words = likelyCodeWords({ changes, config: defaultConfig() });
    expect(words).toContain('legacyName');
    expect(words).not.toContain('t7');
    // An added file of 2,000 drops names far more than one search should guess at: the findings ask for their own.
    expect(likelyCodeWords({ changes: changeSetFromTrees({}, { 'db/new.sql': old }), config: defaultConfig() })).toEqual([]);
  });
});

