/**
 * Issue 12, the catalog and rule classes the session-5 replay still showed (bench/history/README.md):
 * each starts from its reproduction in bench/history/repros/<case>/ and adds variants written here,
 * including what must still fire.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, type ChangeSet, type ReleaseStatus } from '../../../src/changes/types.js';
import { defaultConfig } from '../../../src/config/types.js';
import { prepareEngine, runEngine } from '../../../src/engine.js';
import type { Finding } from '../../../src/findings.js';
import { analyse, analyseTrees, reproTrees } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const lines = (...rows: string[]): string => rows.join('\n');
/** `rule:line object` of every finding, sorted. */
const hits = (findings: Finding[], rules?: string[]): string[] =>
  findings
    .filter((f) => !rules || rules.includes(f.rule))
    .map((f) => `${f.rule}:${f.line} ${f.object ?? ''}`.trim())
    .sort();
const SCHEMA_RULES = ['add-foreign-key', 'add-unique-constraint', 'add-check-constraint', 'drop-index', 'set-not-null', 'drop-default', 'change-column-type', 'widen-column-type'];

describe('constraint-on-new-columns (MySQL): the foreign keys of a CREATE TABLE reach the history', () => {
  test('the flipt reproduction: a key widened by namespace_key is compared with base\'s FOREIGN KEY (flag_key)', () => {
    const { base, head } = reproTrees('constraint-on-new-columns-mysql');
    expect(hits(analyseTrees(base, head), ['add-foreign-key'])).toEqual([]);
  });

  const flags = 'CREATE TABLE flags (`key` varchar(255) NOT NULL, PRIMARY KEY (`key`));';
  const widen = lines(
    "ALTER TABLE flags ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';",
    "ALTER TABLE variants ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';",
    'ALTER TABLE variants ADD FOREIGN KEY (namespace_key, flag_key) REFERENCES flags (namespace_key, `key`) ON DELETE CASCADE;',
  );

  test('variant: a named key of a plain CREATE TABLE, read by either MySQL reader, then a column added', () => {
    const base = lines(flags, 'CREATE TABLE variants (id int NOT NULL, flag_key varchar(255) NOT NULL, PRIMARY KEY (id), CONSTRAINT fk_flag FOREIGN KEY (flag_key) REFERENCES flags (`key`) ON DELETE CASCADE);', 'ALTER TABLE variants ADD COLUMN note text;');
    expect(hits(analyse(widen, { base, dialect: 'mysql' }), ['add-foreign-key'])).toEqual([]);
  });

  test('variant (still fires): base dropped the key again (`DROP FOREIGN KEY variants_ibfk_1`, InnoDB\'s name for it)', () => {
    const base = lines(flags, 'CREATE TABLE variants (id int NOT NULL, flag_key varchar(255) NOT NULL, PRIMARY KEY (id), FOREIGN KEY (flag_key) REFERENCES flags (`key`) ON DELETE CASCADE);', 'ALTER TABLE variants DROP FOREIGN KEY `variants_ibfk_1`;');
    expect(hits(analyse(widen, { base, dialect: 'mysql' }), ['add-foreign-key'])).toEqual(['add-foreign-key:3 variants(namespace_key, flag_key)']);
  });

  test('variant (still fires): a column\'s own REFERENCES, which MySQL ignores, is no key', () => {
    const base = lines(flags, 'CREATE TABLE variants (id int NOT NULL, flag_key varchar(255) NOT NULL REFERENCES flags (`key`), PRIMARY KEY (id));');
    expect(hits(analyse(widen, { base, dialect: 'mysql' }), ['add-foreign-key'])).toEqual(['add-foreign-key:3 variants(namespace_key, flag_key)']);
  });
});

describe('unique-replaced: the keys of a CREATE TABLE IF NOT EXISTS reach the history', () => {
  test('the flipt Cockroach reproduction: UNIQUE (namespace_key, flag_key, key) over base\'s UNIQUE (flag_key, key)', () => {
    const { base, head } = reproTrees('unique-replaced-if-not-exists');
    expect(hits(analyseTrees(base, head), ['add-unique-constraint'])).toEqual([]);
  });

  const base = 'CREATE TABLE IF NOT EXISTS variants (id varchar(255) PRIMARY KEY, flag_key varchar(255) NOT NULL, key varchar(255) NOT NULL, CONSTRAINT variants_flag_key_key UNIQUE (flag_key, key));';
  const widen = lines("ALTER TABLE variants ADD COLUMN namespace_key varchar(255) NOT NULL DEFAULT 'default';", 'ALTER TABLE variants ADD CONSTRAINT variants_ns_key UNIQUE (namespace_key, flag_key, key);');

  test('variant: an unnamed table UNIQUE, and a primary key widened the same way', () => {
    const unnamed = 'CREATE TABLE IF NOT EXISTS variants (id varchar(255) NOT NULL, flag_key varchar(255) NOT NULL, key varchar(255) NOT NULL, UNIQUE (flag_key, key));';
    expect(hits(analyse(widen, { base: unnamed }), ['add-unique-constraint'])).toEqual([]);
  });

  test('variant (still fires): base dropped the key (DROP CONSTRAINT, or DROP INDEX as Cockroach does)', () => {
    for (const drop of ['ALTER TABLE variants DROP CONSTRAINT variants_flag_key_key;', 'DROP INDEX IF EXISTS variants_flag_key_key CASCADE;']) {
      expect(hits(analyse(widen, { base: lines(base, drop) }), ['add-unique-constraint'])).toEqual(['add-unique-constraint:2 variants(namespace_key, flag_key, key)']);
    }
  });

  test('variant (still fires): a key renamed in base and then dropped under its new name', () => {
    const renamed = lines(base, 'ALTER TABLE variants RENAME CONSTRAINT variants_flag_key_key TO variants_fk_k;', 'ALTER TABLE variants DROP CONSTRAINT variants_fk_k;');
    expect(hits(analyse(widen, { base: renamed }), ['add-unique-constraint'])).toEqual(['add-unique-constraint:2 variants(namespace_key, flag_key, key)']);
  });
});

describe('drop-and-recreate-index: an index replaced on the same leading column', () => {
  test('the dolphinscheduler reproduction: inside a CALLed procedure, dropped after or beside its replacement', () => {
    const { base, head } = reproTrees('drop-and-recreate-index');
    expect(hits(analyseTrees(base, head), ['drop-index'])).toEqual([]);
  });

  const base = 'CREATE TABLE rel (id int NOT NULL, a int, b int, PRIMARY KEY (id), KEY idx_a (a), KEY idx_ab (a, b));';

  test('variant: a replacement an earlier statement created (before the drop, in another file too)', () => {
    expect(hits(analyse(lines('ALTER TABLE rel ADD INDEX idx_a2 (a, id);', 'ALTER TABLE rel DROP INDEX idx_a;'), { base, dialect: 'mysql' }), ['drop-index'])).toEqual([]);
  });

  test('variant (still fires): the new index leads with another column, or is partial', () => {
    expect(hits(analyse('ALTER TABLE rel DROP INDEX idx_a, ADD INDEX idx_b (b, a);', { base, dialect: 'mysql' }), ['drop-index'])).toEqual(['drop-index:1 idx_a']);
    const pg = 'CREATE TABLE rel (id int PRIMARY KEY, a int, b int);\nCREATE INDEX idx_a ON rel (a);';
    expect(hits(analyse(lines('CREATE INDEX idx_a_live ON rel (a) WHERE b IS NULL;', 'DROP INDEX idx_a;'), { base: pg }), ['drop-index'])).toEqual(['drop-index:2 idx_a']);
  });
});

describe('not-null-since-create: SET NOT NULL of a column NOT NULL since base', () => {
  test('the dolphinscheduler reproduction: NOT NULL since the CREATE TABLE of the schema dump', () => {
    const { base, head } = reproTrees('not-null-since-create');
    expect(hits(analyseTrees(base, head), ['set-not-null'])).toEqual([]);
  });

  const pg = 'CREATE TABLE jobs (id int PRIMARY KEY, code bigint NOT NULL, note text);';

  test('variant: NOT NULL from an older ALTER, and a MySQL MODIFY that says NOT NULL again', () => {
    expect(hits(analyse('ALTER TABLE jobs ALTER COLUMN note SET NOT NULL;', { base: lines(pg, "UPDATE jobs SET note = '' WHERE note IS NULL;", 'ALTER TABLE jobs ALTER COLUMN note SET NOT NULL;') }), ['set-not-null'])).toEqual([]);
    const my = 'CREATE TABLE jobs (id int NOT NULL, code bigint NOT NULL, PRIMARY KEY (id));';
    expect(hits(analyse('ALTER TABLE jobs MODIFY code bigint NOT NULL;', { base: my, dialect: 'mysql' }), ['set-not-null'])).toEqual([]);
  });

  test('variant (still fires): the column was nullable in base', () => {
    expect(hits(analyse('ALTER TABLE jobs ALTER COLUMN note SET NOT NULL;', { base: pg }), ['set-not-null'])).toEqual(['set-not-null:1 jobs.note']);
  });

  test('variant (still fires): only the base version of the unreleased file the PR edits made it NOT NULL', () => {
    const create = 'db/migrations/0001_create.sql';
    const edited = 'db/migrations/0002_edit.sql';
    // The statement is rewritten (a changed statement of an unreleased file runs as new).
    const base = { [create]: pg, [edited]: 'ALTER TABLE jobs ALTER COLUMN note SET NOT NULL, ALTER COLUMN code TYPE bigint;' };
    const head = { [create]: pg, [edited]: lines("UPDATE jobs SET note = '' WHERE note IS NULL;", 'ALTER TABLE jobs ALTER COLUMN note SET NOT NULL;') };
    const changes: ChangeSet = changeSetFromTrees(base, head);
    changes.released = (paths) => new Map<string, ReleaseStatus>(paths.map((p) => [p, p === edited ? { released: false, reason: 'in no release tag (test)' } : { released: true, reason: 'a release tag has it (test)' }]));
    const findings = runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings;
    expect(hits(findings, ['set-not-null'])).toEqual(['set-not-null:2 jobs.note']);
  });
});

describe('null-default: DROP DEFAULT of a column whose only default is NULL', () => {
  test('the dolphinscheduler reproduction: `DEFAULT NULL` and `DEFAULT NULL::character varying`', () => {
    const { base, head } = reproTrees('null-default');
    expect(hits(analyseTrees(base, head), ['drop-default'])).toEqual([]);
  });

  test('variant: a column with no default at all, in Postgres and MySQL', () => {
    expect(hits(analyse('ALTER TABLE t ALTER COLUMN c DROP DEFAULT;', { base: 'CREATE TABLE t (id int PRIMARY KEY, c text);' }), ['drop-default'])).toEqual([]);
    expect(hits(analyse('ALTER TABLE t ALTER COLUMN c DROP DEFAULT;', { base: 'CREATE TABLE t (id int NOT NULL, c varchar(20) DEFAULT NULL, PRIMARY KEY (id));', dialect: 'mysql' }), ['drop-default'])).toEqual([]);
  });

  test('variant (still fires): a real default, dropped or set to NULL (the same thing)', () => {
    const base = "CREATE TABLE t (id int PRIMARY KEY, c text DEFAULT 'x');";
    expect(hits(analyse('ALTER TABLE t ALTER COLUMN c DROP DEFAULT;', { base }), ['drop-default'])).toEqual(['drop-default:1 t.c']);
    expect(hits(analyse('ALTER TABLE t ALTER COLUMN c SET DEFAULT NULL::text;', { base }), ['drop-default'])).toEqual(['drop-default:1 t.c']);
  });

  test('variant (still fires): a default some databases got from an IF NOT EXISTS the history skipped (a dump read first)', () => {
    const base = lines('CREATE TABLE k8s (id int PRIMARY KEY, code bigint NOT NULL);', "ALTER TABLE k8s ADD COLUMN IF NOT EXISTS code bigint NOT NULL DEFAULT '0';");
    expect(hits(analyse('ALTER TABLE k8s ALTER COLUMN code DROP DEFAULT;', { base }), ['drop-default'])).toEqual(['drop-default:1 k8s.code']);
  });

  test('variant (still fires): a table the history does not know', () => {
    expect(hits(analyse('ALTER TABLE other ALTER COLUMN c DROP DEFAULT;', { base: 'CREATE TABLE t (id int PRIMARY KEY);' }), ['drop-default'])).toEqual(['drop-default:1 other.c']);
  });
});

describe('widening-unknown-baseline: a date becomes a datetime', () => {
  test('the killbill reproduction: record_date date (the baseline ddl.sql) to datetime is a widening', () => {
    const { base, head } = reproTrees('widening-date-datetime');
    expect(hits(analyseTrees(base, head), SCHEMA_RULES)).toEqual(['widen-column-type:1 rolled_up_usage.record_date']);
  });

  test('variant: Postgres date to timestamp', () => {
    expect(hits(analyse('ALTER TABLE t ALTER COLUMN d TYPE timestamp;', { base: 'CREATE TABLE t (id int PRIMARY KEY, d date);' }), SCHEMA_RULES)).toEqual(['widen-column-type:1 t.d']);
  });

  test('variant (still fires): MySQL TIMESTAMP starts in 1970, and a datetime to a date loses the time', () => {
    const my = 'CREATE TABLE t (id int NOT NULL, d date, at datetime, PRIMARY KEY (id));';
    expect(hits(analyse('ALTER TABLE t MODIFY d timestamp NULL;', { base: my, dialect: 'mysql' }), SCHEMA_RULES)).toEqual(['change-column-type:1 t.d']);
    expect(hits(analyse('ALTER TABLE t MODIFY at date NULL;', { base: my, dialect: 'mysql' }), SCHEMA_RULES)).toEqual(['change-column-type:1 t.at']);
  });
});

describe('consolidated-baseline: DROP INDEX IF EXISTS of an index the history already dropped IF EXISTS', () => {
  test('the kestra reproduction: V1_1__initial drops queues_offset again, as V22 did', () => {
    const { base, head } = reproTrees('consolidated-baseline-never-known-index');
    expect(hits(analyseTrees(base, head), ['drop-index'])).toEqual([]);
  });

  test('variant (still fires): an index created after that drop, or dropped without IF EXISTS in base', () => {
    const table = 'CREATE TABLE q (id int PRIMARY KEY, type text);';
    expect(hits(analyse('DROP INDEX IF EXISTS q_type;', { base: lines(table, 'DROP INDEX IF EXISTS q_type;', 'CREATE INDEX q_type ON q (type);') }), ['drop-index'])).toEqual(['drop-index:1 q_type']);
    // An index the history does not know but names (here in a comment; a name no base text writes is never-created, history-classes-s7.test.ts).
    expect(hits(analyse('DROP INDEX IF EXISTS q_other;', { base: lines(table, 'DROP INDEX IF EXISTS q_type;', '-- q_other is created by hand') }), ['drop-index'])).toEqual(['drop-index:1 q_other']);
  });
});

describe('drop-not-null (the dolphinscheduler miss): a MySQL MODIFY … NULL of a column the history has NOT NULL', () => {
  const modify = "ALTER TABLE `t_ds_user` MODIFY COLUMN `tenant_id` int NULL DEFAULT -1 COMMENT 'tenant id';";

  test('fires where the history has the column NOT NULL', () => {
    const base = "CREATE TABLE t_ds_user (id int NOT NULL, tenant_id int(11) NOT NULL DEFAULT '-1', PRIMARY KEY (id));";
    expect(hits(analyse(modify, { base, dialect: 'mysql' }), ['drop-not-null'])).toEqual(['drop-not-null:1 t_ds_user.tenant_id']);
  });

  test('variant: quiet where it was nullable all along (dolphinscheduler\'s t_ds_user.tenant_id in every MySQL script of base)', () => {
    const base = "CREATE TABLE t_ds_user (id int NOT NULL, tenant_id int(11) DEFAULT -1 COMMENT 'tenant id', PRIMARY KEY (id));";
    expect(hits(analyse(modify, { base, dialect: 'mysql' }), ['drop-not-null'])).toEqual([]);
  });
});
