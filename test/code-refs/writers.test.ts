/**
 * Issue 12: `set-not-null` judged by what the previous release writes (src/code-refs/writers.ts,
 * docs/rules/set-not-null.md). When every insert path of base's code into the table writes the
 * column with a value no type or literal lets be NULL, the error becomes a warning naming them;
 * one path that omits it, an Option/pointer/NULL, a trigger inserting without it, a writer not
 * understood, or no insert path at all keeps the error. Reproductions of crates.io 49dfd79c74,
 * 83b0580436, b170a34f3f, killbill 13427275a2, kratos 6bf18bf87e and lemmy 7ca237f0d7, each with
 * variants.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { cfgTestLines } from '../../src/code-refs/writers.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

function check(base: Record<string, string>, head: Record<string, string>, mode: 'downgrade' | 'evidence-only' = 'downgrade'): Finding[] {
  const changes = changeSetFromTrees(base, { ...base, ...head });
  changes.baseTree = memoryRepository(base);
  const config = defaultConfig();
  config.codeReferences.mode = mode;
  return runEngine({ changes, config }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'set-not-null');
}

function one(base: Record<string, string>, head: Record<string, string>): Finding {
  const found = check(base, head);
  expect(found).toHaveLength(1);
  return found[0]!;
}

function expectWarning(base: Record<string, string>, head: Record<string, string>, writer: string): Finding {
  const f = one(base, head);
  expect(f.severity, f.message).toBe('warning');
  expect(f.message).toContain(`\`${writer}\``);
  expect(f.message).toContain('so NOT NULL rejects none of its inserts; a warning, not an error');
  return f;
}

function expectError(base: Record<string, string>, head: Record<string, string>, why: string | RegExp): Finding {
  const f = one(base, head);
  expect(f.severity).toBe('error');
  if (typeof why === 'string') expect(f.message).toContain(why);
  else expect(f.message).toMatch(why);
  return f;
}

// ---------------------------------------------------------------- Diesel (crates.io)

const VERSIONS = { 'migrations/2020-01-01-000000_versions/up.sql': 'CREATE TABLE versions (id serial PRIMARY KEY, crate_id int NOT NULL, num text NOT NULL, tar_sha256 bytea);\n' };
const NOT_NULL = { 'migrations/2026-06-17-000000_not_null/up.sql': 'ALTER TABLE versions ALTER COLUMN tar_sha256 SET NOT NULL;\n' };

/** crates.io 49dfd79c74's base: one Insertable struct for versions, saved by `insert_into(versions::table).values(self)`. */
const newVersion = (field: string): string => `use crate::schema::versions;

#[derive(Insertable, Debug, Builder)]
#[diesel(table_name = versions, check_for_backend(diesel::pg::Pg))]
pub struct NewVersion<'a> {
    #[builder(start_fn)]
    crate_id: i32,
    #[builder(start_fn)]
    num: &'a str,
    created_at: Option<&'a DateTime<Utc>>,
    ${field}
    links: Option<&'a str>,
}

impl NewVersion<'_> {
    pub async fn save(&self, mut conn: &AsyncPgConnection) -> QueryResult<Version> {
        diesel::insert_into(versions::table)
            .values(self)
            .returning(Version::as_returning())
            .get_result(&mut conn)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn create_version(crate_id: i32, mut conn: &AsyncPgConnection) {
        diesel::insert_into(versions::table)
            .values((versions::crate_id.eq(crate_id), versions::num.eq("1.0.0")))
            .execute(&mut conn)
            .await
            .unwrap();
    }
}
`;

describe('Diesel', () => {
  test('crates.io 49dfd79c74: the Insertable struct writes a non-Option field; the tuple of a #[cfg(test)] module is no release path', () => {
    const f = expectWarning({ ...VERSIONS, 'src/models/version.rs': newVersion("tar_sha256: &'a [u8],") }, NOT_NULL, 'src/models/version.rs:11');
    expect(f.message).toContain('every insert into versions the previous release\'s code has writes tar_sha256');
    expect(f.message).toContain('another service or a script');
  });

  test('variant: insert tuples outside tests that set the column, and a struct field renamed by column_name', () => {
    const jobs = `pub async fn copy(conn: &mut AsyncPgConnection, id: i32, sum: Vec<u8>) -> QueryResult<usize> {
    diesel::insert_into(versions::table)
        .values((
            versions::crate_id.eq(id),
            versions::num.eq("0.0.0"),
            versions::tar_sha256.eq(sum),
        ))
        .execute(conn)
        .await
}
`;
    const renamed = `#[derive(Insertable)]
#[diesel(table_name = crate::schema::versions)]
pub struct Imported {
    pub crate_id: i32,
    pub num: String,
    #[diesel(column_name = tar_sha256)]
    pub sha: Vec<u8>,
}

pub fn import(conn: &mut PgConnection, rows: &[Imported]) -> QueryResult<usize> {
    diesel::insert_into(versions::table).values(rows).execute(conn)
}
`;
    const f = expectWarning({ ...VERSIONS, 'src/jobs/copy.rs': jobs, 'src/import.rs': renamed }, NOT_NULL, 'src/jobs/copy.rs:2');
    expect(f.message).toContain('`src/import.rs:7`');
  });

  test('crates.io 83b0580436 (users.username): the struct is saved by two methods, an upsert among them', () => {
    const base = {
      'migrations/2020-01-01-000000_users/up.sql': 'CREATE TABLE users (id serial PRIMARY KEY, gh_id int NOT NULL, username text);\n',
      'src/models/user.rs': `#[derive(Insertable, Debug, Builder)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub struct NewUser<'a> {
    pub gh_id: i32,
    pub username: &'a str,
    pub name: Option<&'a str>,
}

impl NewUser<'_> {
    pub async fn insert(&self, mut conn: &AsyncPgConnection) -> QueryResult<i32> {
        diesel::insert_into(users::table).values(self).returning(users::id).get_result(&mut conn).await
    }

    pub async fn insert_or_update(&self, mut conn: &AsyncPgConnection) -> QueryResult<i32> {
        diesel::insert_into(users::table)
            .values(self)
            .on_conflict(users::gh_id)
            .do_update()
            .set((users::username.eq(excluded(users::username)), users::name.eq(excluded(users::name))))
            .returning(users::id)
            .get_result(&mut conn)
            .await
    }
}
`,
    };
    expectWarning(base, { 'migrations/2026-06-06-000000_nn/up.sql': 'ALTER TABLE users ALTER COLUMN username SET NOT NULL;\n' }, 'src/models/user.rs:5');
  });

  test('an Option field keeps the error (None inserts NULL)', () => {
    expectError({ ...VERSIONS, 'src/models/version.rs': newVersion("tar_sha256: Option<&'a [u8]>,") }, NOT_NULL, /It stays an error: .*writes tar_sha256 as `Option<&'a \[u8\]>`/);
  });

  test('an Insertable struct without the column keeps the error', () => {
    expectError({ ...VERSIONS, 'src/models/version.rs': newVersion('') }, NOT_NULL, 'inserts into versions without tar_sha256');
  });

  test('an insert tuple without the column (release code) keeps the error', () => {
    const code = newVersion("tar_sha256: &'a [u8],").replace('#[cfg(test)]\nmod tests {', 'mod seed {');
    expectError({ ...VERSIONS, 'src/models/version.rs': code }, NOT_NULL, /`src\/models\/version\.rs:\d+` inserts into versions without tar_sha256/);
  });

  test('an explicit None in a tuple, and default_values(), keep the error', () => {
    const none = 'pub fn f(c: &mut PgConnection) {\n    diesel::insert_into(versions::table).values((versions::crate_id.eq(1), versions::num.eq("1"), versions::tar_sha256.eq(None::<Vec<u8>>))).execute(c);\n}\n';
    expectError({ ...VERSIONS, 'src/a.rs': none }, NOT_NULL, 'inserts NULL into versions.tar_sha256');
    const defaults = 'pub fn f(c: &mut PgConnection) {\n    diesel::insert_into(versions::table).default_values().execute(c);\n}\n';
    expectError({ ...VERSIONS, 'src/a.rs': defaults }, NOT_NULL, 'inserts default values into versions');
  });

  test('a struct insert whose Insertable struct is not found keeps the error', () => {
    const code = 'pub fn f(c: &mut PgConnection, v: &Row) {\n    diesel::insert_into(versions::table).values(v).execute(c);\n}\nfn g(sum: &[u8]) -> bool { sum.len() == 32 } // tar_sha256\n';
    expectError({ ...VERSIONS, 'src/a.rs': code }, NOT_NULL, 'whose Insertable struct for versions was not found');
  });

  test('no insert path at all keeps the error', () => {
    const reads = 'pub fn sums(c: &mut PgConnection) -> QueryResult<Vec<Vec<u8>>> {\n    versions::table.select(versions::tar_sha256).load(c)\n}\n';
    expectError({ ...VERSIONS, 'src/a.rs': reads }, NOT_NULL, 'no insert into versions found');
  });

  test('evidence-only mode: the error stays', () => {
    const [f] = check({ ...VERSIONS, 'src/models/version.rs': newVersion("tar_sha256: &'a [u8],") }, NOT_NULL, 'evidence-only');
    expect(f!.severity).toBe('error');
  });

  test('cfgTestLines: the lines of #[cfg(test)] modules, attributes between', () => {
    const text = 'fn a() {}\n#[cfg(test)]\n#[allow(unused)]\nmod tests {\n    fn b() { let x = "}"; }\n}\nfn c() {}\n';
    expect(cfgTestLines(text)).toEqual([[2, 6]]);
    expect(cfgTestLines('#[cfg(test)]\nfn only_a_fn() {}\n')).toEqual([]);
  });
});

// ---------------------------------------------------------------- Triggers (crates.io b170a34f3f, lemmy 7ca237f0d7)

const ORD = {
  ...VERSIONS,
  'migrations/2026-05-26-120000_semver_ord/up.sql': `ALTER TABLE versions ADD COLUMN IF NOT EXISTS semver_ord bytea;

create or replace function set_semver_ord() returns trigger as $$
begin
    new.semver_ord := semver_ord(new.num);
    return new;
end
$$ language 'plpgsql';

create or replace trigger trigger_set_semver_ord
    before insert on versions
    for each row
    execute procedure set_semver_ord();
`,
  'migrations/2026-05-26-120000_semver_ord/down.sql': 'drop trigger trigger_set_semver_ord on versions;\ndrop function set_semver_ord();\nalter table versions drop column semver_ord;\n',
  // Inserts that leave the column to the trigger.
  'src/publish.rs': 'pub fn publish(c: &mut PgConnection, id: i32) {\n    diesel::insert_into(versions::table).values((versions::crate_id.eq(id), versions::num.eq("1.0.0"))).execute(c);\n}\n',
};
const ORD_NOT_NULL = { 'migrations/2026-05-27-120000_semver_ord_nn/up.sql': 'ALTER TABLE versions ALTER COLUMN semver_ord SET NOT NULL;\n' };

describe('triggers of the schema\'s history', () => {
  test('crates.io b170a34f3f: a BEFORE INSERT row trigger sets the column on every insert, whatever code writes', () => {
    const f = expectWarning(ORD, ORD_NOT_NULL, 'migrations/2026-05-26-120000_semver_ord/up.sql:5');
    expect(f.message).toContain('a BEFORE INSERT trigger of the schema\'s history sets semver_ord on every row inserted into versions');
  });

  test('the trigger dropped by a later migration, or by the PR, or setting it only under an IF: the error stays', () => {
    const later = { ...ORD, 'migrations/2026-05-26-130000_drop/up.sql': 'DROP TRIGGER IF EXISTS trigger_set_semver_ord ON versions;\n' };
    expectError(later, ORD_NOT_NULL, 'inserts into versions without semver_ord');
    const byPr = { 'migrations/2026-05-27-120000_semver_ord_nn/up.sql': 'DROP FUNCTION set_semver_ord() CASCADE;\nALTER TABLE versions ALTER COLUMN semver_ord SET NOT NULL;\n' };
    expectError(ORD, byPr, 'inserts into versions without semver_ord');
    const conditional = { ...ORD, 'migrations/2026-05-26-120000_semver_ord/up.sql': ORD['migrations/2026-05-26-120000_semver_ord/up.sql'].replace('    new.semver_ord := semver_ord(new.num);', '    if new.num is not null then\n        new.semver_ord := semver_ord(new.num);\n    end if;') };
    expectError(conditional, ORD_NOT_NULL, 'inserts into versions without semver_ord');
  });

  test('a trigger function in the migrations that inserts without the column keeps the error, even when code writes it', () => {
    const base = {
      ...VERSIONS,
      'src/models/version.rs': newVersion("tar_sha256: &'a [u8],"),
      'migrations/2021-01-01-000000_mirror/up.sql': `CREATE FUNCTION mirror_crate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO versions (crate_id, num) VALUES (NEW.id, '0.0.0');
    RETURN NEW;
END $$;
CREATE TRIGGER mirror AFTER INSERT ON crates FOR EACH ROW EXECUTE FUNCTION mirror_crate();
`,
      // A one-off backfill that ran long ago is no insert path.
      'migrations/2021-02-01-000000_seed/up.sql': "INSERT INTO versions (crate_id, num) VALUES (1, '0.1.0');\n",
    };
    expectError(base, NOT_NULL, '`migrations/2021-01-01-000000_mirror/up.sql:3` inserts into versions without tar_sha256 (a function or trigger in the schema\'s history)');
    const { ['migrations/2021-01-01-000000_mirror/up.sql']: _mirror, ...seedOnly } = base;
    expectWarning(seedOnly, NOT_NULL, 'src/models/version.rs:11');
  });

  test('lemmy 7ca237f0d7: rows written by SQL triggers in a schema file of the code without post_id: the error stays', () => {
    const base = {
      'migrations/2025-01-01-000000_combined/up.sql': 'CREATE TABLE person_saved_combined (id serial PRIMARY KEY, saved_at timestamptz NOT NULL, person_id int NOT NULL, post_id int, comment_id int);\n',
      'crates/db_schema/src/source/combined/person_saved.rs': '#[derive(Queryable, Selectable)]\n#[diesel(table_name = person_saved_combined)]\npub struct PersonSavedCombined {\n    pub id: i32,\n    pub post_id: Option<i32>,\n    pub comment_id: Option<i32>,\n}\n',
      'crates/diesel_utils/replaceable_schema/triggers.sql': `CREATE PROCEDURE r.create_person_saved_combined_trigger (table_name text)
LANGUAGE plpgsql
AS $a$
BEGIN
    EXECUTE replace($b$ CREATE FUNCTION r.person_saved_combined_change_values_thing ( )
            RETURNS TRIGGER LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO person_saved_combined (saved_at, person_id, thing_id)
                SELECT NEW.saved_at, NEW.person_id, NEW.thing_id;
                RETURN NULL;
            END $$;
    $b$, 'thing', table_name);
END;
$a$;
`,
    };
    expectError(base, { 'migrations/2026-03-19-000000_joins/up.sql': 'ALTER TABLE person_saved_combined ALTER COLUMN post_id SET NOT NULL;\n' }, 'inserts into person_saved_combined without post_id');
  });
});

// ---------------------------------------------------------------- Go (kratos)

const IDENTIFIERS = { 'persistence/sql/migrations/sql/20250101000000_ici.postgres.up.sql': 'CREATE TABLE identity_credential_identifiers (id uuid PRIMARY KEY, identifier text NOT NULL, identity_id uuid, nid uuid);\n' };
const ICI_NOT_NULL = { 'persistence/sql/migrations/sql/20251105000000_nn.postgres.up.sql': 'ALTER TABLE identity_credential_identifiers ALTER COLUMN identity_id SET NOT NULL;\n' };
const credentials = (field: string): string => `package identity

type (
	// swagger:ignore
	CredentialIdentifier struct {
		ID         uuid.UUID  \`db:"id"\`
		Identifier string     \`db:"identifier"\`
		${field}
		NID        uuid.UUID  \`json:"-"  faker:"-" db:"nid"\`
	}
)

func (c CredentialIdentifier) TableName(context.Context) string {
	return "identity_credential_identifiers"
}
`;
const persister = 'package identity\n\nfunc (p *Persister) create(ctx context.Context, ids []*identity.CredentialIdentifier) error {\n\treturn p.GetConnection(ctx).Create(ids)\n}\n';

describe('Go (pop)', () => {
  test('a db-tagged field of a value type on the struct TableName maps to the table: a warning', () => {
    const f = expectWarning({ ...IDENTIFIERS, 'identity/credentials.go': credentials('IdentityID uuid.UUID `json:"-" db:"identity_id"`'), 'persistence/sql/identity/persister.go': persister }, ICI_NOT_NULL, 'identity/credentials.go:8');
    expect(f.message).toContain('writes identity_id');
  });

  test('variant: a struct named like the table (pop\'s default name), with a string field', () => {
    const base = {
      'migrations/20250101000000_devices.up.sql': 'CREATE TABLE session_devices (id uuid PRIMARY KEY, user_agent text);\n',
      'session/device.go': 'package session\n\ntype SessionDevice struct {\n\tID        uuid.UUID `db:"id"`\n\tUserAgent string    `db:"user_agent"`\n}\n',
    };
    expectWarning(base, { 'migrations/20251105000000_nn.up.sql': 'ALTER TABLE session_devices ALTER COLUMN user_agent SET NOT NULL;\n' }, 'session/device.go:5');
  });

  test('kratos 6bf18bf87e: the field is a pointer (nil inserts NULL): the error stays', () => {
    expectError({ ...IDENTIFIERS, 'identity/credentials.go': credentials('IdentityID *uuid.UUID `json:"-" db:"identity_id"`') }, ICI_NOT_NULL, 'writes identity_id as `*uuid.UUID` (`identity/credentials.go:8`), which may be NULL');
  });

  test('nulls.*, sql.Null*, read-only fields, a struct without the field and Create excluding it keep the error', () => {
    expectError({ ...IDENTIFIERS, 'identity/credentials.go': credentials('IdentityID nulls.UUID `db:"identity_id"`') }, ICI_NOT_NULL, 'as `nulls.UUID`');
    expectError({ ...IDENTIFIERS, 'identity/credentials.go': credentials('IdentityID sql.NullString `db:"identity_id"`') }, ICI_NOT_NULL, 'as `sql.NullString`');
    expectError({ ...IDENTIFIERS, 'identity/credentials.go': credentials('IdentityID uuid.UUID `db:"identity_id" rw:"r"`') }, ICI_NOT_NULL, 'read-only');
    expectError({ ...IDENTIFIERS, 'identity/credentials.go': credentials('Other uuid.UUID `db:"other"`') }, ICI_NOT_NULL, /has no identity_id field|with a `db:"identity_id"` field/);
    const excluding = 'package identity\n\nfunc (p *Persister) create(ctx context.Context, x *CredentialIdentifier) error {\n\treturn p.GetConnection(ctx).Create(x, "identity_id")\n}\n';
    expectError({ ...IDENTIFIERS, 'identity/credentials.go': credentials('IdentityID uuid.UUID `db:"identity_id"`'), 'identity/persister.go': excluding }, ICI_NOT_NULL, 'creates without identity_id');
  });
});

// ---------------------------------------------------------------- StringTemplate groups (killbill)

const ATTEMPTS = { 'payment/src/main/resources/org/killbill/billing/payment/migration/V1__attempts.sql': 'CREATE TABLE payment_attempts (record_id serial PRIMARY KEY, id varchar(36) NOT NULL, account_id varchar(36) NOT NULL, payment_external_key varchar(255), tenant_record_id bigint);\n' };
const ATTEMPTS_NOT_NULL = { 'payment/src/main/resources/org/killbill/billing/payment/migration/V20161130055443__keys.sql': 'ALTER TABLE payment_attempts ALTER COLUMN payment_external_key SET NOT NULL;\n' };
const ENTITY = `group EntitySqlDao;

tableName() ::= ""

tableFields(prefix) ::= ""

idField(prefix) ::= <<
<prefix>id
>>

tenantRecordIdFieldWithComma(prefix) ::= <<
, <prefix>tenant_record_id
>>

create() ::= <<
insert into <tableName()> (
  <idField()>
, <tableFields()>
<tenantRecordIdFieldWithComma()>
)
values (
  :id
, <tableValues()>
, :tenantRecordId
)
>>
`;
const attemptDao = (fields: string): string => `group PaymentAttemptSqlDao: EntitySqlDao;

tableName() ::= "payment_attempts"

tableFields(prefix) ::= <<
  <prefix>account_id
${fields}
>>

getByPaymentExternalKey() ::= <<
select * from <tableName()> where payment_external_key = :paymentExternalKey
>>
`;
const STG_ENTITY = 'util/src/main/resources/org/killbill/billing/util/entity/dao/EntitySqlDao.sql.stg';
const STG_ATTEMPT = 'payment/src/main/resources/org/killbill/billing/payment/dao/PaymentAttemptSqlDao.sql.stg';

describe('StringTemplate groups and SQL text', () => {
  test('killbill 13427275a2: the parent group\'s create() inserts the child group\'s tableFields, which list the column', () => {
    const f = expectWarning({ ...ATTEMPTS, [STG_ENTITY]: ENTITY, [STG_ATTEMPT]: attemptDao(', <prefix>payment_external_key') }, ATTEMPTS_NOT_NULL, `${STG_ENTITY}:16`);
    expect(f.message).toContain(`\`${STG_ATTEMPT}:3\``);
  });

  test('variant: SQL text in a Java string that lists the column', () => {
    const java = 'public class Dao {\n    void add(Handle h) {\n        h.execute("insert into payment_attempts (id, account_id, payment_external_key) values (?, ?, ?)", a, b, c);\n    }\n}\n';
    expectWarning({ ...ATTEMPTS, 'payment/src/main/java/org/killbill/Dao.java': java }, ATTEMPTS_NOT_NULL, 'payment/src/main/java/org/killbill/Dao.java:3');
  });

  test('tableFields without the column, the column only under <if(…)>, a missing parent group: the error stays', () => {
    expectError({ ...ATTEMPTS, [STG_ENTITY]: ENTITY, [STG_ATTEMPT]: attemptDao(', <prefix>other') }, ATTEMPTS_NOT_NULL, 'template create');
    expectError({ ...ATTEMPTS, [STG_ENTITY]: ENTITY, [STG_ATTEMPT]: attemptDao('<if(withKey)>, <prefix>payment_external_key<endif>') }, ATTEMPTS_NOT_NULL, 'without payment_external_key');
    expectError({ ...ATTEMPTS, [STG_ATTEMPT]: attemptDao(', <prefix>payment_external_key') }, ATTEMPTS_NOT_NULL, 'the StringTemplate group EntitySqlDao could not be found');
  });

  test('SQL text without the column, without a column list, or with NULL in its place keeps the error', () => {
    const sql = (s: string) => ({ ...ATTEMPTS, [STG_ENTITY]: ENTITY, [STG_ATTEMPT]: attemptDao(', <prefix>payment_external_key'), 'payment/src/main/java/org/killbill/Dao.java': `class Dao {\n  String q = "${s}";\n}\n` });
    expectError(sql('insert into payment_attempts (id, account_id) values (?, ?)'), ATTEMPTS_NOT_NULL, '`payment/src/main/java/org/killbill/Dao.java:2` inserts into payment_attempts without payment_external_key');
    expectError(sql('insert into payment_attempts values (?, ?, ?, ?, ?)'), ATTEMPTS_NOT_NULL, 'without a column list');
    expectError(sql('insert into payment_attempts (id, payment_external_key) values (?, NULL)'), ATTEMPTS_NOT_NULL, 'inserts NULL into payment_attempts.payment_external_key');
  });
});

// ---------------------------------------------------------------- Writers not judged

describe('writers of other frameworks keep the error', () => {
  test('an ORM write call or a model of the table in another language', () => {
    const base = { ...VERSIONS, 'src/models/version.rs': newVersion("tar_sha256: &'a [u8],") };
    expectError({ ...base, 'tools/import.py': 'def run(db):\n    Version.objects.create(crate_id=1, num="1.0.0")\n' }, NOT_NULL, 'may write versions through an ORM not judged here');
    expectError({ ...base, 'admin/app/models/version.rb': 'class Version < ApplicationRecord\nend\n' }, NOT_NULL, 'is a model of versions');
    expectError({ ...base, 'src/main/java/app/Version.java': '@Entity\n@Table(name = "versions")\npublic class Version {\n}\n' }, NOT_NULL, 'through an ORM not judged here');
  });

  test('a JavaScript `db.version.create(…)` is Prisma Client\'s only where a Prisma schema exists (crates.io\'s mock data)', () => {
    const base = { ...VERSIONS, 'src/models/version.rs': newVersion("tar_sha256: &'a [u8],"), 'packages/msw/fixtures.js': 'export function load(db) {\n  return db.version.create(it);\n}\n' };
    expectWarning(base, NOT_NULL, 'src/models/version.rs:11');
    expectError({ ...base, 'prisma/schema.prisma': 'model Version {\n  id Int @id\n}\n' }, NOT_NULL, '`packages/msw/fixtures.js:2` may write versions');
  });
});
