/**
 * Migration idioms that keep the schema the previous release uses, and the history facts the rules
 * compare a statement with (issue 12, the real-history classes). Each class starts from its
 * reproduction in bench/history/repros/<class>/ and adds variants: the idiom in other dialects,
 * and what must still be reported when it is not the idiom.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { analyse, analyseTrees } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const lines = (...rows: string[]): string => rows.join('\n');
/** `rule:line` of every finding (notices included), in report order. */
const hits = (findings: Finding[]): string[] => findings.map((f) => `${f.rule}:${f.line}`);

describe('drop-recreate-new-table: DROP TABLE IF EXISTS x; CREATE TABLE x of a table base never had', () => {
  const base = { 'invoice/migration/V1__init.sql': 'CREATE TABLE invoices (id int PRIMARY KEY);' };
  const history = lines('DROP TABLE IF EXISTS invoice_history;', 'CREATE TABLE invoice_history (id int PRIMARY KEY, invoice_id int);');

  test.each(['postgres', 'mysql', 'sqlite'] as const)('the killbill reproduction is quiet (%s)', (dialect) => {
    expect(hits(analyseTrees(base, { ...base, 'invoice/migration/V2__history.sql': history }, { dialect }))).toEqual([]);
  });

  test('a table base created is dropped, even when created again', () => {
    const withIt = { ...base, 'invoice/migration/V1_1__history.sql': 'CREATE TABLE invoice_history (id int);' };
    expect(hits(analyseTrees(withIt, { ...withIt, 'invoice/migration/V2__history.sql': history }))).toEqual(['drop-table:1']);
  });

  test('a table a base migration mentions in a statement the gate cannot read is dropped (it may exist)', () => {
    const unread = { ...base, 'invoice/migration/V1_1__history.sql': 'CREATE TABLE invoice_history (id int) PARTITION OF nothing WITH (((;' };
    expect(hits(analyseTrees(unread, { ...unread, 'invoice/migration/V2__history.sql': history })).filter((h) => h.startsWith('drop-table'))).toEqual(['drop-table:1']);
  });

  test('without IF EXISTS the statement says the table exists: reported', () => {
    const sql = lines('DROP TABLE invoice_history;', 'CREATE TABLE invoice_history (id int PRIMARY KEY);');
    expect(hits(analyseTrees(base, { ...base, 'invoice/migration/V2__history.sql': sql }))).toEqual(['drop-table:1']);
  });

  test('not created again: reported', () => {
    expect(hits(analyseTrees(base, { ...base, 'invoice/migration/V2__history.sql': 'DROP TABLE IF EXISTS invoice_history;' }))).toEqual(['drop-table:1']);
  });

  test('without any base migration the gate cannot tell: reported', () => {
    expect(hits(analyseTrees({}, { 'invoice/migration/V2__history.sql': history }))).toEqual(['drop-table:1']);
  });
});

describe('drop-and-readd-column: a generated column dropped and added again under its name', () => {
  // kestra V1_13__log_fulltext.sql.
  const base = "CREATE TABLE logs (value jsonb, fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', value->>'message')) STORED);";
  const readd = (definition: string): string => lines('ALTER TABLE logs DROP COLUMN fulltext;', `ALTER TABLE logs ADD COLUMN fulltext ${definition};`);

  test('the kestra reproduction is quiet', () => {
    expect(hits(analyse(readd("tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(value->>'message', ''))) STORED"), { base }))).toEqual([]);
  });

  test('re-added as a generated column of another type: judged as a type change, on the DROP', () => {
    expect(hits(analyse(readd("text GENERATED ALWAYS AS (value->>'message') STORED"), { base }))).toEqual(['change-column-type:1']);
  });

  test('re-added as a written column: its values are gone', () => {
    expect(hits(analyse(readd('tsvector'), { base }))).toEqual(['drop-column:1']);
  });

  test('a written column re-added as a generated one: the previous release still writes it', () => {
    const written = 'CREATE TABLE logs (value jsonb, fulltext tsvector);';
    expect(hits(analyse(readd("tsvector GENERATED ALWAYS AS (to_tsvector('simple', value->>'message')) STORED"), { base: written }))).toEqual(['drop-column:1']);
  });

  test('MySQL, both in one ALTER TABLE', () => {
    const mysqlBase = 'CREATE TABLE logs (v varchar(20), ft varchar(20) AS (upper(v)) STORED);';
    const sql = lines('ALTER TABLE logs', '  DROP COLUMN ft,', '  ADD COLUMN ft varchar(20) AS (lower(v)) STORED;');
    expect(hits(analyse(sql, { base: mysqlBase, dialect: 'mysql' }))).toEqual([]);
  });

  test('SQLite (a virtual generated column)', () => {
    const sqliteBase = 'CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a + 1) VIRTUAL);';
    const sql = lines('ALTER TABLE t DROP COLUMN g;', 'ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (a + 2) VIRTUAL;');
    expect(hits(analyse(sql, { base: sqliteBase, dialect: 'sqlite' }))).toEqual([]);
  });
});

describe('constraint-recreated: a constraint dropped and added again on the same columns', () => {
  // documenso 20250714060452_update_folder_delete_cascade.
  const base = lines(
    'CREATE TABLE "Folder" ("id" TEXT PRIMARY KEY);',
    'CREATE TABLE "Document" ("id" SERIAL PRIMARY KEY, "folderId" TEXT, "ownerId" TEXT);',
    'CREATE TABLE "Owner" ("id" TEXT PRIMARY KEY);',
    'ALTER TABLE "Document" ADD CONSTRAINT "Document_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE CASCADE;',
  );
  const readd = (key: string): string => lines('ALTER TABLE "Document" DROP CONSTRAINT "Document_folderId_fkey";', `ALTER TABLE "Document" ADD CONSTRAINT "Document_folderId_fkey" ${key};`);

  test('the documenso reproduction (another ON DELETE action) is quiet', () => {
    expect(hits(analyse(readd('FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET NULL'), { base }))).toEqual([]);
  });

  // umami 03_remove_cascade_delete: CASCADE → RESTRICT, the previous release's deletes of a folder with documents now fail.
  test('re-added with an ON DELETE that rejects what the old one did not: reported', () => {
    expect(hits(analyse(readd('FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE RESTRICT ON UPDATE CASCADE'), { base }))).toEqual(['add-foreign-key:2']);
    expect(hits(analyse(readd('FOREIGN KEY ("folderId") REFERENCES "Folder"("id")'), { base }))).toEqual(['add-foreign-key:2']);
  });

  test('re-added on other columns: reported', () => {
    expect(hits(analyse(readd('FOREIGN KEY ("ownerId") REFERENCES "Owner"("id")'), { base }))).toEqual(['add-foreign-key:2']);
  });

  test('re-added to another table: reported', () => {
    expect(hits(analyse(readd('FOREIGN KEY ("folderId") REFERENCES "Owner"("id")'), { base }))).toEqual(['add-foreign-key:2']);
  });

  test('MySQL: DROP FOREIGN KEY, ADD CONSTRAINT … FOREIGN KEY on the same column', () => {
    const mysqlBase = lines('CREATE TABLE folders (id int PRIMARY KEY);', 'CREATE TABLE documents (id int PRIMARY KEY, folder_id int);', 'ALTER TABLE documents ADD CONSTRAINT fk_folder FOREIGN KEY (folder_id) REFERENCES folders (id);');
    const sql = lines('ALTER TABLE documents DROP FOREIGN KEY fk_folder;', 'ALTER TABLE documents ADD CONSTRAINT fk_folder FOREIGN KEY (folder_id) REFERENCES folders (id) ON DELETE SET NULL;');
    expect(hits(analyse(sql, { base: mysqlBase, dialect: 'mysql' }))).toEqual([]);
    const restrict = lines('ALTER TABLE documents DROP FOREIGN KEY fk_folder;', 'ALTER TABLE documents ADD CONSTRAINT fk_folder FOREIGN KEY (folder_id) REFERENCES folders (id) ON UPDATE RESTRICT;');
    const cascading = mysqlBase.replace('REFERENCES folders (id);', 'REFERENCES folders (id) ON UPDATE CASCADE;');
    expect(hits(analyse(restrict, { base: cascading, dialect: 'mysql' }))).toEqual(['add-foreign-key:2']);
  });

  // openvsx V1_43__Defer_Public_Id_Unique_Constraint.
  const unique = 'CREATE TABLE extension (id bigint PRIMARY KEY, public_id varchar(128));\nALTER TABLE extension ADD CONSTRAINT unique_extension_public_id UNIQUE (public_id);';
  test('a unique constraint re-added as it was is quiet', () => {
    const sql = lines('ALTER TABLE extension', '  DROP CONSTRAINT unique_extension_public_id,', '  ADD CONSTRAINT unique_extension_public_id UNIQUE (public_id);');
    expect(hits(analyse(sql, { base: unique }))).toEqual([]);
  });

  test('a unique constraint re-added DEFERRABLE: no new uniqueness rule, but ON CONFLICT can no longer use it', () => {
    const sql = lines('ALTER TABLE extension', '  DROP CONSTRAINT unique_extension_public_id,', '  ADD CONSTRAINT unique_extension_public_id UNIQUE (public_id) DEFERRABLE INITIALLY DEFERRED;');
    const findings = analyse(sql, { base: unique });
    expect(hits(findings)).toEqual(['drop-index:2']);
    expect(findings[0].message).toContain('DEFERRABLE');
    expect(findings[0].severity).toBe('error');
  });
});

describe('drop-and-recreate-index: an index replaced in the same migration', () => {
  // killbill V20240909171435__catalog_override_phase_usage_idx.sql (MySQL).
  const base = lines(
    'CREATE TABLE catalog_override_phase_usage (record_id int PRIMARY KEY, tenant_record_id int, usage_number int, usage_def_record_id int, target_phase_def_record_id int);',
    'CREATE INDEX catalog_override_phase_usage_idx ON catalog_override_phase_usage(tenant_record_id, usage_number, usage_def_record_id);',
  );
  test('replaced by one on the same leading column: quiet', () => {
    const sql = lines(
      'drop index catalog_override_phase_usage_idx on catalog_override_phase_usage;',
      'create index catalog_override_phase_usage_idx1 on catalog_override_phase_usage(usage_def_record_id);',
      'create index catalog_override_phase_usage_idx2 on catalog_override_phase_usage(tenant_record_id, target_phase_def_record_id);',
    );
    expect(hits(analyse(sql, { base, dialect: 'mysql' }))).toEqual([]);
  });

  test('replaced only by indexes on other leading columns: reported', () => {
    const sql = lines('drop index catalog_override_phase_usage_idx on catalog_override_phase_usage;', 'create index catalog_override_phase_usage_idx1 on catalog_override_phase_usage(usage_def_record_id);');
    expect(hits(analyse(sql, { base, dialect: 'mysql' }))).toEqual(['drop-index:1']);
  });

  test('an index the history does not know is reported whatever replaces it (it may have been unique)', () => {
    const sql = lines('drop index legacy_idx on catalog_override_phase_usage;', 'create index catalog_override_phase_usage_idx1 on catalog_override_phase_usage(usage_def_record_id);');
    expect(hits(analyse(sql, { base, dialect: 'mysql' }))).toEqual(['drop-index:1']);
  });

  test('an index created again in another migration of the PR does not count as its replacement', () => {
    const base2 = { 'db/migrations/0001_base.sql': base };
    const head = {
      ...base2,
      'db/migrations/0002_drop.sql': 'drop index catalog_override_phase_usage_idx on catalog_override_phase_usage;',
      'db/migrations/0003_add.sql': 'create index catalog_override_phase_usage_idx2 on catalog_override_phase_usage(tenant_record_id);',
    };
    expect(hits(analyseTrees(base2, head, { dialect: 'mysql' }))).toEqual(['drop-index:1']);
  });

  // killbill V20190717122114__rename_table_invoice_payment_control_plugin_auto_pay_off.sql.
  test('the table renamed in between, the index created again on the new name (Postgres)', () => {
    const pg = 'CREATE TABLE _auto_pay_off (account_id uuid);\nCREATE INDEX _auto_pay_off_account ON _auto_pay_off(account_id);';
    const sql = lines('DROP INDEX _auto_pay_off_account;', 'ALTER TABLE _auto_pay_off RENAME TO auto_pay_off;', 'CREATE INDEX auto_pay_off_account ON auto_pay_off(account_id);');
    expect(hits(analyse(sql, { base: pg }))).toEqual(['rename-table:2']);
  });
});

describe('column-swap: add tmp, copy, drop old, rename tmp to the old name', () => {
  // kratos 20250505150900000000_code_address_type.sqlite.autocommit.up.sql.
  const swap = (type: string): string =>
    lines(
      `ALTER TABLE codes ADD COLUMN address_type_old ${type};`,
      'UPDATE codes SET address_type_old = address_type;',
      'ALTER TABLE codes DROP COLUMN address_type;',
      'ALTER TABLE codes RENAME COLUMN address_type_old TO address_type;',
    );
  const base = 'CREATE TABLE codes (id TEXT PRIMARY KEY, address_type CHAR(36));';

  test('the kratos reproduction (SQLite, char(36) to varchar(36)) is a widening of the column, on the DROP', () => {
    expect(hits(analyse(swap('VARCHAR(36)'), { base, dialect: 'sqlite' }))).toEqual(['widen-column-type:3']);
  });

  test('Postgres: the same swap to an incompatible type is a type change', () => {
    expect(hits(analyse(swap('integer'), { base }))).toEqual(['change-column-type:3']);
  });

  test('MySQL: a swap to varchar(36) is a widening', () => {
    expect(hits(analyse(swap('varchar(36)'), { base: 'CREATE TABLE codes (id varchar(36) PRIMARY KEY, address_type char(36));', dialect: 'mysql' }))).toEqual(['widen-column-type:3']);
  });

  test('the new column made NOT NULL before the rename: the swap makes the column required', () => {
    const sql = lines(
      'ALTER TABLE codes ADD COLUMN address_type_old varchar(36);',
      "UPDATE codes SET address_type_old = coalesce(address_type, '');",
      'ALTER TABLE codes ALTER COLUMN address_type_old SET NOT NULL;',
      'ALTER TABLE codes DROP COLUMN address_type;',
      'ALTER TABLE codes RENAME COLUMN address_type_old TO address_type;',
    );
    expect(hits(analyse(sql, { base }))).toEqual(['set-not-null:4', 'widen-column-type:4']);
  });

  test('after the swap the column is the old one, not a new one: a later drop of it is reported', () => {
    const head = {
      'db/migrations/0001_base.sql': base,
      'db/migrations/0002_swap.sql': swap('varchar(36)'),
      'db/migrations/0003_drop.sql': 'ALTER TABLE codes DROP COLUMN address_type;',
    };
    const findings = analyseTrees({ 'db/migrations/0001_base.sql': base }, head);
    expect(findings.map((f) => `${f.rule}:${f.file}:${f.line}`)).toEqual(['widen-column-type:db/migrations/0002_swap.sql:3', 'drop-column:db/migrations/0003_drop.sql:1']);
  });

  test('an old column renamed over a dropped one is not a swap: both are reported', () => {
    const sql = lines('ALTER TABLE codes ADD COLUMN kind text;', 'ALTER TABLE codes DROP COLUMN address_type;', 'ALTER TABLE codes RENAME COLUMN id TO address_type;');
    expect(hits(analyse(sql, { base }))).toEqual(['drop-column:2', 'rename-column:3']);
  });
});

describe('sqlite-rebuild-rename-first: the old table renamed away, the new one created under its name', () => {
  const base = 'CREATE TABLE tokens (id TEXT PRIMARY KEY, address_id TEXT NOT NULL, expires_at int);';
  // kratos 20260413000000000000_make_verification_token_address_nullable.sqlite3.up.sql.
  const renameFirst = (columns: string, old = '_tokens_old'): string =>
    lines(
      `ALTER TABLE tokens RENAME TO ${old};`,
      `CREATE TABLE tokens (${columns});`,
      `INSERT INTO tokens (id, address_id) SELECT id, address_id FROM ${old};`,
      `DROP TABLE ${old};`,
    );

  test.each(['sqlite', 'postgres'] as const)('the kratos reproduction reports only what changes (address_id loses NOT NULL) (%s)', (dialect) => {
    expect(hits(analyse(renameFirst('id TEXT PRIMARY KEY, address_id TEXT, expires_at int'), { base, dialect }))).toEqual(['drop-not-null:2']);
  });

  test("Django's t__old form, a column left out: drop-column on the new CREATE TABLE", () => {
    expect(hits(analyse(renameFirst('id TEXT PRIMARY KEY, address_id TEXT NOT NULL', 'tokens__old'), { base, dialect: 'sqlite' }))).toEqual(['drop-column:2']);
  });

  test("Django's new__t form (create first, rename last) is a rebuild too", () => {
    const sql = lines(
      'CREATE TABLE new__tokens (id TEXT PRIMARY KEY, address_id TEXT NOT NULL, expires_at int);',
      'INSERT INTO new__tokens (id, address_id, expires_at) SELECT id, address_id, expires_at FROM tokens;',
      'DROP TABLE tokens;',
      'ALTER TABLE new__tokens RENAME TO tokens;',
    );
    expect(hits(analyse(sql, { base, dialect: 'sqlite' }))).toEqual([]);
  });

  test('without the copy step the new table starts empty: the rename is reported', () => {
    const sql = lines('ALTER TABLE tokens RENAME TO _tokens_old;', 'CREATE TABLE tokens (id TEXT PRIMARY KEY, address_id TEXT NOT NULL, expires_at int);', 'DROP TABLE _tokens_old;');
    expect(hits(analyse(sql, { base, dialect: 'sqlite' }))).toEqual(['rename-table:1', 'drop-table:3']);
  });

  test('without a history of the table it stays a rename and a drop', () => {
    expect(hits(analyse(renameFirst('id TEXT PRIMARY KEY, address_id TEXT, expires_at int'), { dialect: 'sqlite' }))).toEqual(['rename-table:1', 'drop-table:4']);
  });

  // umami db/clickhouse 03_session_data.sql, in a dialect the gate reads.
  const swap = (columns: string): string =>
    lines(
      `CREATE TABLE tokens_new (${columns});`,
      'INSERT INTO tokens_new (id, address_id) SELECT id, address_id FROM tokens;',
      'ALTER TABLE tokens RENAME TO tokens_old;',
      'ALTER TABLE tokens_new RENAME TO tokens;',
      'DROP TABLE tokens_old;',
    );
  test.each(['sqlite', 'postgres'] as const)('the swap form (new table built beside, renamed into place) is a rebuild (%s)', (dialect) => {
    expect(hits(analyse(swap('id TEXT PRIMARY KEY, address_id TEXT NOT NULL, expires_at int'), { base, dialect }))).toEqual([]);
  });

  test('the swap form judges the columns: one left out is dropped', () => {
    expect(hits(analyse(swap('id TEXT PRIMARY KEY, address_id TEXT NOT NULL'), { base, dialect: 'sqlite' }))).toEqual(['drop-column:1']);
  });

  // umami db/postgresql 02_add_event_data (Prisma): the indexes renamed with the old table, the new table's own.
  test('Prisma: the old indexes renamed away with the table, the new ones created under the old names', () => {
    const pgBase = 'CREATE TABLE event (event_id serial PRIMARY KEY, url varchar(500) NOT NULL, created_at timestamptz);\nCREATE INDEX event_created_at_idx ON event(created_at);';
    const sql = lines(
      'ALTER INDEX "event_pkey" RENAME TO "event_old_pkey";',
      'ALTER INDEX "event_created_at_idx" RENAME TO "event_old_created_at_idx";',
      'ALTER TABLE "event" RENAME TO "_event_old";',
      'CREATE TABLE "event" ("event_id" SERIAL NOT NULL, "url" VARCHAR(500) NOT NULL, "created_at" TIMESTAMPTZ(6), PRIMARY KEY ("event_id"));',
      'INSERT INTO "event" ("event_id", "url", "created_at") SELECT "event_id", "url", "created_at" FROM "_event_old";',
      'CREATE INDEX "event_created_at_idx" ON "event"("created_at");',
    );
    expect(hits(analyse(sql, { base: pgBase }))).toEqual([]);
  });
});

describe('unique-duplicates-pk: a unique index that duplicates the primary key', () => {
  // umami 17_remove_duplicate_key.
  const base = 'CREATE TABLE "link" ("link_id" UUID NOT NULL, "slug" TEXT, CONSTRAINT "link_pkey" PRIMARY KEY ("link_id"));\nCREATE UNIQUE INDEX "link_link_id_key" ON "link"("link_id");\nCREATE UNIQUE INDEX "link_slug_key" ON "link"("slug");';

  test('the umami reproduction is quiet', () => {
    expect(hits(analyse('DROP INDEX "link_link_id_key";', { base }))).toEqual([]);
  });

  test('a unique index on other columns than the primary key is reported', () => {
    expect(hits(analyse('DROP INDEX "link_slug_key";', { base }))).toEqual(['drop-index:1']);
  });

  test('the primary key dropped while the duplicate index stays: ON CONFLICT ON CONSTRAINT names it, reported', () => {
    expect(hits(analyse('ALTER TABLE "link" DROP CONSTRAINT "link_pkey";', { base }))).toEqual(['drop-index:1']);
  });

  test('MySQL: a unique index on the column of an inline primary key', () => {
    const mysqlBase = 'CREATE TABLE link (link_id int NOT NULL, PRIMARY KEY (link_id));\nCREATE UNIQUE INDEX link_link_id_key ON link (link_id);';
    expect(hits(analyse('DROP INDEX link_link_id_key ON link;', { base: mysqlBase, dialect: 'mysql' }))).toEqual([]);
  });

  test('SQLite: a unique index on the INTEGER PRIMARY KEY column', () => {
    const sqliteBase = 'CREATE TABLE link (link_id integer PRIMARY KEY, slug text);\nCREATE UNIQUE INDEX link_link_id_key ON link (link_id);';
    expect(hits(analyse('DROP INDEX link_link_id_key;', { base: sqliteBase, dialect: 'sqlite' }))).toEqual([]);
  });
});

describe('unique-replaced: a unique key replaced by a looser one', () => {
  // flipt 7_namespaces_relationships.up.sql.
  const base = 'CREATE TABLE flags (key varchar(255) NOT NULL, name text, CONSTRAINT flags_pkey PRIMARY KEY (key));';
  test('the flipt reproduction: the new primary key adds a new column to the old one; only the drop of the old key is reported', () => {
    const sql = lines(
      "ALTER TABLE flags ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';",
      'ALTER TABLE flags DROP CONSTRAINT flags_pkey;',
      'ALTER TABLE flags ADD CONSTRAINT flags_pkey PRIMARY KEY (namespace_key, key);',
    );
    expect(hits(analyse(sql, { base }))).toEqual(['drop-index:2']);
  });

  test('MySQL: DROP PRIMARY KEY, ADD PRIMARY KEY over a new column and the old key', () => {
    const mysqlBase = 'CREATE TABLE flags (`key` varchar(255) NOT NULL, PRIMARY KEY (`key`));';
    const sql = lines("ALTER TABLE flags ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';", 'ALTER TABLE flags DROP PRIMARY KEY, ADD PRIMARY KEY (namespace_key, `key`);');
    expect(hits(analyse(sql, { base: mysqlBase, dialect: 'mysql' }))).toEqual(['drop-index:2']);
  });

  // reportportal 202_update_project_table: unique (name) → unique (name, organization_id), an old column.
  test('a unique key widened by an old column is quiet', () => {
    const rp = 'CREATE TABLE project (id bigint PRIMARY KEY, name varchar(256) NOT NULL, organization_id bigint, CONSTRAINT project_name_key UNIQUE (name));';
    const sql = lines('ALTER TABLE project DROP CONSTRAINT project_name_key;', 'ALTER TABLE project ADD CONSTRAINT project_name_org_key UNIQUE (name, organization_id);');
    expect(hits(analyse(sql, { base: rp }))).toEqual(['drop-index:1']);
  });

  test('a partial or expression unique index of base is no key to be looser than', () => {
    const partial = 'CREATE TABLE subs (id int PRIMARY KEY, email text, page_id int, gone_at int);\nCREATE UNIQUE INDEX subs_page ON subs (page_id) WHERE gone_at IS NULL;\nCREATE UNIQUE INDEX subs_email ON subs (lower(email));';
    expect(hits(analyse('CREATE UNIQUE INDEX subs_page_email ON subs (page_id, email);', { base: partial }))).toEqual(['add-unique-constraint:1']);
    expect(hits(analyse('CREATE UNIQUE INDEX subs_email_page ON subs (email, page_id);', { base: partial }))).toEqual(['add-unique-constraint:1']);
    // A new expression index over a base key's column is looser all the same.
    expect(hits(analyse('CREATE UNIQUE INDEX subs_id_email ON subs (id, lower(email));', { base: partial }))).toEqual([]);
  });

  // openstatus 0064_dusty_sunfire: drizzle drops every index and creates them again around a libSQL ALTER COLUMN.
  test('SQLite: a unique index created again as it was is quiet, partial and with expressions included', () => {
    const sqliteBase = 'CREATE TABLE subs (id integer PRIMARY KEY, email text, page_id integer, gone_at integer);\nCREATE UNIQUE INDEX subs_email_page ON subs (lower(email), page_id) WHERE gone_at IS NULL;';
    const sql = lines('DROP INDEX subs_email_page;', 'CREATE UNIQUE INDEX subs_email_page ON subs (lower(email), page_id) WHERE gone_at IS NULL;');
    expect(hits(analyse(sql, { base: sqliteBase, dialect: 'sqlite' }))).toEqual([]);
    // Created again partial where it was whole: rows outside the WHERE are no longer kept unique.
    const whole = 'CREATE TABLE subs (id integer PRIMARY KEY, email text, gone_at integer);\nCREATE UNIQUE INDEX subs_email ON subs (email);';
    expect(hits(analyse(lines('DROP INDEX subs_email;', 'CREATE UNIQUE INDEX subs_email ON subs (email) WHERE gone_at IS NULL;'), { base: whole, dialect: 'sqlite' }))).toEqual(['drop-index:1']);
  });

  test('a unique key on columns that were not unique is reported', () => {
    const sql = lines("ALTER TABLE flags ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';", 'ALTER TABLE flags ADD CONSTRAINT flags_name_key UNIQUE (namespace_key, name);');
    expect(hits(analyse(sql, { base }))).toEqual(['add-unique-constraint:2']);
  });
});

describe('unique-on-new-column and constraint-on-new-columns: keys over columns the PR adds', () => {
  // kratos 20250708190000000001_identities_external_id_index.
  const base = 'CREATE TABLE identities (id uuid PRIMARY KEY, nid uuid);';
  test('the kratos reproduction: a unique index over a new column old writes leave NULL is quiet', () => {
    const sql = lines('ALTER TABLE identities ADD COLUMN external_id varchar(64);', 'CREATE UNIQUE INDEX identities_nid_external_id_idx ON identities (nid, external_id) WHERE external_id IS NOT NULL;');
    expect(hits(analyse(sql, { base }))).toEqual([]);
  });

  test('the new column with a default old writes get: the key is the old columns for them, reported', () => {
    const sql = lines("ALTER TABLE identities ADD COLUMN external_id varchar(64) NOT NULL DEFAULT '';", 'CREATE UNIQUE INDEX identities_nid_external_id_idx ON identities (nid, external_id);');
    expect(hits(analyse(sql, { base }))).toEqual(['add-unique-constraint:2']);
  });

  // killbill V20190712115638__subscription_external_key.sql: the column is made NOT NULL without a
  // default; old inserts fail on that (add-required-column), not on the key.
  test('MySQL: the new column made required; add-required-column says why old inserts fail, not the key', () => {
    const mysqlBase = 'CREATE TABLE subscriptions (id varchar(36) NOT NULL, tenant_record_id bigint NOT NULL, PRIMARY KEY (id));';
    const sql = lines(
      'alter table subscriptions add column external_key varchar(255) after id;',
      'update subscriptions set external_key=id;',
      'alter table subscriptions modify external_key varchar(255) not null;',
      'create unique index subscriptions_external_key on subscriptions(external_key, tenant_record_id);',
    );
    expect(hits(analyse(sql, { base: mysqlBase, dialect: 'mysql' }))).toEqual(['add-required-column:3']);
  });

  // flipt 7_namespaces_relationships: variants(flag_key) → flags(key) becomes
  // variants(namespace_key, flag_key) → flags(namespace_key, key); namespace_key is new, with a default.
  const flipt = lines(
    'CREATE TABLE flags (key varchar(255) PRIMARY KEY);',
    'CREATE TABLE segments (key varchar(255) PRIMARY KEY);',
    'CREATE TABLE variants (id varchar(255) PRIMARY KEY, flag_key varchar(255) NOT NULL REFERENCES flags ON DELETE CASCADE, segment_key varchar(255));',
  );
  const namespaced = (key: string): string =>
    lines(
      "ALTER TABLE flags ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';",
      "ALTER TABLE segments ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';",
      "ALTER TABLE variants ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';",
      `ALTER TABLE variants ADD FOREIGN KEY ${key} ON DELETE CASCADE;`,
    );
  test('the flipt reproduction: a foreign key base had, widened by new columns with a default, is quiet', () => {
    expect(hits(analyse(namespaced('(namespace_key, flag_key) REFERENCES flags(namespace_key, key)'), { base: flipt }))).toEqual([]);
  });

  test('a foreign key through a new column over an old column base did not constrain is reported', () => {
    expect(hits(analyse(namespaced('(namespace_key, segment_key) REFERENCES segments(namespace_key, key)'), { base: flipt }))).toEqual(['add-foreign-key:4']);
  });

  test('a foreign key over a new column old writes leave NULL is quiet (MATCH SIMPLE skips the row)', () => {
    const sql = lines('ALTER TABLE variants ADD COLUMN parent_id varchar(255);', 'ALTER TABLE variants ADD FOREIGN KEY (parent_id, segment_key) REFERENCES variants (id, segment_key);');
    expect(hits(analyse(sql, { base: flipt }))).toEqual([]);
  });

  // openstatus 0056_violet_shotgun.sql: a SQLite rebuild adds webhook_url, then a unique index over it.
  test('SQLite: a unique index over a column a rebuild adds', () => {
    const sqliteBase = 'CREATE TABLE page_subscriber (id integer PRIMARY KEY NOT NULL, email text NOT NULL, page_id integer NOT NULL);';
    const sql = lines(
      'CREATE TABLE `__new_page_subscriber` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `page_id` integer NOT NULL, `webhook_url` text);',
      'INSERT INTO `__new_page_subscriber`("id", "email", "page_id", "webhook_url") SELECT "id", "email", "page_id", NULL FROM `page_subscriber`;',
      'DROP TABLE `page_subscriber`;',
      'ALTER TABLE `__new_page_subscriber` RENAME TO `page_subscriber`;',
      'CREATE UNIQUE INDEX `idx_page_subscriber_webhook_page` ON `page_subscriber` (`webhook_url`,`page_id`);',
    );
    expect(hits(analyse(sql, { base: sqliteBase, dialect: 'sqlite' }))).toEqual([]);
  });
});

describe('enum-swap: rename the old type, create the new one under its name, convert, drop the old', () => {
  // reportportal 200_migrate_org_roles.up.sql.
  const base = "CREATE TYPE project_role_enum AS ENUM ('MEMBER', 'OPERATOR');\nCREATE TABLE project_user (user_id bigint, project_role project_role_enum);";
  const swap = (values: string): string =>
    lines(
      'ALTER TYPE project_role_enum RENAME TO project_role_enum_old;',
      `CREATE TYPE project_role_enum AS ENUM (${values});`,
      'ALTER TABLE project_user ALTER COLUMN project_role TYPE project_role_enum USING project_role::text::project_role_enum;',
      'DROP TYPE project_role_enum_old;',
    );
  test('the reportportal reproduction: only the value added is reported', () => {
    expect(hits(analyse(swap("'MEMBER', 'OPERATOR', 'VIEWER'"), { base }))).toEqual(['add-enum-value:3']);
  });

  test('a value removed is reported as such', () => {
    expect(hits(analyse(swap("'MEMBER', 'VIEWER'"), { base }))).toEqual(['add-enum-value:3', 'rename-enum-value:3']);
  });

  test('the same values: quiet', () => {
    expect(hits(analyse(swap("'MEMBER', 'OPERATOR'"), { base }))).toEqual([]);
  });

  test('a type renamed and not created again is a rename', () => {
    expect(hits(analyse('ALTER TYPE project_role_enum RENAME TO project_role;', { base }))).toEqual(['rename-object:1']);
  });
});

describe('type-change-compatible: char(n) to a string type that holds n characters', () => {
  // kratos 20250505150900000000_code_address_type.up.sql.
  test.each([
    ['postgres', 'CREATE TABLE codes (id uuid PRIMARY KEY, address_type char(36));', 'ALTER TABLE codes ALTER COLUMN address_type TYPE VARCHAR(36);'],
    ['postgres', 'CREATE TABLE codes (id uuid PRIMARY KEY, address_type char(36));', 'ALTER TABLE codes ALTER COLUMN address_type TYPE text;'],
    ['mysql', 'CREATE TABLE codes (id int PRIMARY KEY, address_type char(36));', 'ALTER TABLE codes MODIFY address_type varchar(64);'],
  ] as const)('%s: %s → a widening (notice)', (dialect, base, sql) => {
    expect(hits(analyse(sql, { base, dialect }))).toEqual(['widen-column-type:1']);
  });

  test('char(36) to varchar(10) is a change', () => {
    expect(hits(analyse('ALTER TABLE codes ALTER COLUMN address_type TYPE varchar(10);', { base: 'CREATE TABLE codes (address_type char(36));' }))).toEqual(['change-column-type:1']);
  });
});

describe('implicit serial sequence of a PR-new table', () => {
  test('renaming or dropping the sequence of a serial column the PR creates is quiet', () => {
    const sql = lines('CREATE TABLE jobs (id serial PRIMARY KEY, name text);', 'ALTER SEQUENCE jobs_id_seq RENAME TO job_ids;', 'CREATE TABLE audit.events (id bigserial);', 'DROP SEQUENCE audit.events_id_seq CASCADE;');
    expect(hits(analyse(sql))).toEqual([]);
  });

  test('a serial column the PR adds to an existing table: its sequence is new too', () => {
    const sql = lines('ALTER TABLE users ADD COLUMN seq_no bigserial;', 'ALTER SEQUENCE users_seq_no_seq RESTART WITH 100;', 'DROP SEQUENCE users_seq_no_seq CASCADE;');
    expect(hits(analyse(sql, { base: 'CREATE TABLE users (id int);' }))).toEqual([]);
  });

  test('the sequence of a table base has is reported', () => {
    const base = 'CREATE TABLE jobs (id serial PRIMARY KEY);';
    expect(hits(analyse('ALTER SEQUENCE jobs_id_seq RENAME TO job_ids;\nDROP SEQUENCE job_ids;', { base }))).toEqual(['rename-object:1', 'drop-object:2']);
  });
});

describe('add-then-require on a table the history does not know', () => {
  // Django: `ADD COLUMN … DEFAULT x NOT NULL`, then `ALTER COLUMN … DROP DEFAULT`, on a table created outside the migrations.
  const base = 'CREATE TABLE other (id int);';
  test('ADD … NOT NULL DEFAULT, then DROP DEFAULT: add-required-column on the DROP DEFAULT', () => {
    const sql = lines('ALTER TABLE "app_user" ADD COLUMN "age" integer DEFAULT 0 NOT NULL;', 'ALTER TABLE "app_user" ALTER COLUMN "age" DROP DEFAULT;');
    expect(hits(analyse(sql, { base }))).toEqual(['add-required-column:2']);
  });

  test('ADD, backfill, SET NOT NULL: add-required-column on the SET NOT NULL', () => {
    const sql = lines('ALTER TABLE app_user ADD COLUMN age integer;', 'UPDATE app_user SET age = 0;', 'ALTER TABLE app_user ALTER COLUMN age SET NOT NULL;');
    expect(hits(analyse(sql, { base }))).toEqual(['add-required-column:3']);
  });

  test('MySQL: ADD, then MODIFY … NOT NULL', () => {
    const sql = lines('ALTER TABLE app_user ADD COLUMN age int;', 'ALTER TABLE app_user MODIFY age int NOT NULL;');
    expect(hits(analyse(sql, { base, dialect: 'mysql' })).filter((h) => h.startsWith('add-required-column'))).toEqual(['add-required-column:2']);
  });

  // cal.com 20210814175645_custom_inputs_type_enum: the old column renamed away, one of its name added.
  test.each([
    ['a table the history does not know', base],
    ['a table base has', 'CREATE TABLE "EventTypeCustomInput" (id int, "type" text NOT NULL);'],
  ])('the name of an old column renamed away: the previous release writes it (%s)', (_name, history) => {
    const sql = lines(
      'ALTER TABLE "EventTypeCustomInput" RENAME COLUMN "type" TO "type_old";',
      'ALTER TABLE "EventTypeCustomInput" ADD COLUMN "type" text;',
      'UPDATE "EventTypeCustomInput" SET "type" = "type_old";',
      'ALTER TABLE "EventTypeCustomInput" ALTER COLUMN "type" SET NOT NULL;',
    );
    expect(hits(analyse(sql, { base: history })).filter((h) => h.startsWith('add-required-column'))).toEqual([]);
  });

  test('the default kept, or the column nullable: quiet', () => {
    expect(hits(analyse('ALTER TABLE app_user ADD COLUMN age integer DEFAULT 0 NOT NULL;', { base }))).toEqual([]);
    expect(hits(analyse('ALTER TABLE app_user ADD COLUMN age integer;\nUPDATE app_user SET age = 0;', { base }))).toEqual([]);
  });
});

describe('bookkeeping tables: a migration tool keeps its own state there', () => {
  test.each([
    ['postgres', "UPDATE alembic_version SET version_num = 'ae1027a6acf';"],
    ['postgres', "DELETE FROM public.schema_migrations WHERE version = '20240101';"],
    ['postgres', 'UPDATE flyway_schema_history SET checksum = 123 WHERE version = \'1\';'],
    ['mysql', 'DELETE FROM `goose_db_version` WHERE version_id = 3;'],
    ['sqlite', 'UPDATE __diesel_schema_migrations SET version = 1;'],
  ] as const)('%s: %s is quiet', (dialect, sql) => {
    expect(hits(analyse(sql, { dialect }))).toEqual([]);
  });

  test('the same statements on an application table are reported', () => {
    expect(hits(analyse("UPDATE app_version SET version_num = 'x';\nDELETE FROM migrations_log;"))).toEqual(['update-rows:1', 'delete-rows:2']);
  });
});

describe('function-signature-change: a routine created again with another signature', () => {
  // chef-server src/oc_erchef/schema/deploy/create_and_update_users.sql (sqitch).
  const base = {
    'schema/deploy/users.sql': "CREATE FUNCTION add_user(p_name text) RETURNS void AS $$ BEGIN INSERT INTO users(name) VALUES (p_name); END $$ LANGUAGE plpgsql;",
    'schema/sqitch.plan': '%project=x\nusers 2020-01-01T00:00:00Z a <a@x> # users\n',
  };
  const head = (sql: string): Record<string, string> => ({ ...base, 'schema/deploy/users_email.sql': sql, 'schema/sqitch.plan': `${base['schema/sqitch.plan']}users_email 2021-01-01T00:00:00Z a <a@x> # email\n` });
  const create = (params: string): string => `CREATE FUNCTION add_user(${params}) RETURNS void AS $$ BEGIN NULL; END $$ LANGUAGE plpgsql;`;

  test('the chef-server reproduction: the old signature is gone, reported on the DROP', () => {
    const findings = analyseTrees(base, head(lines('DROP FUNCTION IF EXISTS add_user(text);', create('p_name text, p_email text'))));
    expect(hits(findings)).toEqual(['drop-object:1']);
    expect(findings[0].message).toContain('add_user(text)');
    expect(findings[0].message).toContain('add_user(text, text)');
  });

  test.each([
    ['the same signature', 'p_name text'],
    ['the same signature with another length', 'p_name varchar(200)'],
    ['a new argument with a default: old calls still resolve', 'p_name text, p_email text DEFAULT NULL'],
    ['an OUT parameter is not part of the call', 'p_name text, OUT created boolean'],
  ])('created again with %s: quiet', (_name, params) => {
    const drop = params.startsWith('p_name varchar') ? 'DROP FUNCTION add_user(varchar);' : 'DROP FUNCTION add_user(text);';
    expect(hits(analyseTrees(base, head(lines(drop, create(params)))))).toEqual([]);
  });

  test('DROP FUNCTION without an argument list: compared by name (the single routine of that name)', () => {
    expect(hits(analyseTrees(base, head(lines('DROP FUNCTION add_user;', create('p_name text, p_email text')))))).toEqual([]);
  });

  test('a procedure with another signature is reported too', () => {
    const sql = lines('DROP PROCEDURE IF EXISTS archive(int);', 'CREATE PROCEDURE archive(days int, dry_run boolean) LANGUAGE sql AS $$ SELECT 1 $$;');
    expect(hits(analyse(sql, { base: 'CREATE PROCEDURE archive(days int) LANGUAGE sql AS $$ SELECT 1 $$;' }))).toEqual(['drop-object:1']);
  });
});

describe('sqlite-rebuild-rename-first: the copy step without a column list (kratos 951cf3cac5)', () => {
  const base = 'CREATE TABLE tokens (id TEXT PRIMARY KEY, address_id TEXT NOT NULL, expires_at int);';
  const rebuild = (columns: string, copy: string): string =>
    lines('ALTER TABLE tokens\nRENAME TO _tokens_old;', `CREATE TABLE "tokens" (${columns});`, copy, 'DROP TABLE _tokens_old;');

  test.each(['sqlite', 'postgres'] as const)('the reproduction: INSERT INTO t SELECT * FROM _t_old is the copy step (%s)', (dialect) => {
    expect(hits(analyse(rebuild('"id" TEXT PRIMARY KEY, "address_id" TEXT, "expires_at" int', 'INSERT INTO tokens\nSELECT * FROM _tokens_old;'), { base, dialect }))).toEqual(['drop-not-null:3']);
  });

  test('variant: SELECT * copies by position, so a column renamed in the new definition is a rename', () => {
    expect(hits(analyse(rebuild('id TEXT PRIMARY KEY, address TEXT NOT NULL, expires_at int', 'INSERT INTO tokens SELECT * FROM _tokens_old;'), { base, dialect: 'sqlite' }))).toEqual(['rename-column:3']);
  });

  test('variant: a SELECT list without a column list maps by position; a list of another length maps nothing', () => {
    const sql = rebuild('id TEXT PRIMARY KEY, address TEXT NOT NULL, expires_at int', 'INSERT INTO tokens SELECT id, address_id, expires_at FROM _tokens_old;');
    expect(hits(analyse(sql, { base, dialect: 'sqlite' }))).toEqual(['rename-column:3']);
    const short = rebuild('id TEXT PRIMARY KEY, address TEXT NOT NULL, expires_at int', 'INSERT INTO tokens SELECT id, address_id FROM _tokens_old;');
    expect(hits(analyse(short, { base, dialect: 'sqlite' })).sort()).toEqual(['add-required-column:3', 'drop-column:3']);
  });
});
