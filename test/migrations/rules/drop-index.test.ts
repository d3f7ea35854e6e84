import { expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyse, analyseTrees, ruleTable } from '../helpers.js';

const base = 'CREATE TABLE users (id int, email text);\nCREATE UNIQUE INDEX users_email ON users (email);\nCREATE INDEX users_id ON users (id);';

ruleTable('drop-index', {
  fires: [
    { name: 'MySQL ALTER TABLE … DROP INDEX', sql: 'ALTER TABLE users DROP INDEX idx_a;', line: 1, dialect: 'mysql' as const },
    { name: 'MySQL DROP INDEX … ON', sql: 'DROP INDEX idx_a ON users;', line: 1, dialect: 'mysql' as const },
    { name: 'SQLite DROP INDEX', sql: 'DROP INDEX idx_a;', line: 1, dialect: 'sqlite' as const },
    { name: 'plain index', sql: 'DROP INDEX users_id;', line: 1, base },
    { name: 'unknown index', sql: 'DROP INDEX CONCURRENTLY IF EXISTS idx_orders_created;', line: 1 },
    { name: 'unique index', sql: '\nDROP INDEX users_email;', line: 2, base },
    { name: 'unique constraint', sql: 'ALTER TABLE users DROP CONSTRAINT users_email_uq;', line: 1, base: 'CREATE TABLE users (id int, email text, CONSTRAINT x CHECK (true));\nALTER TABLE users ADD CONSTRAINT users_email_uq UNIQUE (email);' },
  ],
  quiet: [
    { name: 'index created earlier in the PR', sql: 'CREATE INDEX tmp ON users (id);\nDROP INDEX tmp;' },
    { name: 'index rebuilt under the same name', sql: 'DROP INDEX users_id;\nCREATE INDEX users_id ON users (id, email);', base },
    { name: 'dropping a CHECK constraint loosens', sql: 'ALTER TABLE users DROP CONSTRAINT positive;', base: 'CREATE TABLE users (id int);\nALTER TABLE users ADD CONSTRAINT positive CHECK (id > 0);' },
  ],
});

test('a unique index is an error, a plain one a warning', async () => {
  const { prepareEngine } = await import('../../../src/engine.js');
  await prepareEngine();
  const unique = analyse('DROP INDEX users_email;', { base }).find((f) => f.rule === 'drop-index');
  const plain = analyse('DROP INDEX users_id;', { base }).find((f) => f.rule === 'drop-index');
  expect(unique?.severity).toBe('error');
  expect(plain?.severity).toBe('warning');
});

test('drop-index: an index dropped in one file and created again in a later file of the PR is quiet', async () => {
  await prepareEngine();
  const base = { 'db/migrations/0001_base.sql': 'CREATE TABLE users (id int, email text);\nCREATE INDEX users_email_idx ON users (email);\n' };
  const head: Record<string, string> = {
    ...base,
    'db/migrations/0002_drop.sql': 'DROP INDEX IF EXISTS users_email_idx;\n',
    'db/migrations/0003_create.sql': 'CREATE INDEX users_email_idx ON users (lower(email));\n',
  };
  expect(analyseTrees(base, head).filter((f) => f.rule === 'drop-index')).toEqual([]);
  delete head['db/migrations/0003_create.sql'];
  expect(analyseTrees(base, head).filter((f) => f.rule === 'drop-index').map((f) => [f.file, f.line])).toEqual([['db/migrations/0002_drop.sql', 1]]);
});

// kestra d95f1003b9 (V1_3__postgres-queues-pkey.sql): the primary key of a SERIAL column is dropped
// for a hash index. The sequence keeps the previous release's inserts unique; only upserts on the
// column or writes that set it would notice: a warning that says so, not an error.
test('drop-index: a key whose only column a sequence fills is a warning (kestra queues_pkey), other keys stay errors', async () => {
  await prepareEngine();
  const of = (sql: string, base: string, dialect?: 'mysql') => analyse(sql, { base, ...(dialect ? { dialect } : {}) }).filter((f) => f.rule === 'drop-index').map((f) => [f.severity, f.message.includes('filled by a sequence')]);
  const kestra = 'CREATE TABLE IF NOT EXISTS queues (\n    "offset" SERIAL PRIMARY KEY,\n    type text NOT NULL,\n    key VARCHAR(250) NOT NULL\n);';
  expect(of('ALTER TABLE queues DROP CONSTRAINT IF EXISTS queues_pkey;\nCREATE INDEX IF NOT EXISTS queues_offset ON queues USING hash ("offset");', kestra)).toEqual([['warning', true]]);
  // Variants: a named key over an identity column; a unique index over a bigserial; MySQL AUTO_INCREMENT.
  expect(of('ALTER TABLE jobs DROP CONSTRAINT jobs_pk;', 'CREATE TABLE jobs (id bigint GENERATED ALWAYS AS IDENTITY, name text, CONSTRAINT jobs_pk PRIMARY KEY (id));')).toEqual([['warning', true]]);
  expect(of('DROP INDEX events_id_uq;', 'CREATE TABLE events (id bigserial, body text);\nCREATE UNIQUE INDEX events_id_uq ON events (id);')).toEqual([['warning', true]]);
  // (MySQL wants its AUTO_INCREMENT column indexed: the unique key gives way to a plain one.)
  expect(of('ALTER TABLE tokens DROP INDEX tokens_id_uq, ADD INDEX tokens_id (id);', 'CREATE TABLE tokens (id int NOT NULL AUTO_INCREMENT, v text, UNIQUE KEY tokens_id_uq (id));', 'mysql')).toEqual([['warning', true]]);
  // Still errors: a plain integer key (the previous release chooses its values); a key over two
  // columns; a serial column whose default the history dropped; an email key.
  expect(of('ALTER TABLE queues DROP CONSTRAINT queues_pkey;', 'CREATE TABLE queues ("offset" integer PRIMARY KEY, type text);')).toEqual([['error', false]]);
  expect(of('ALTER TABLE q DROP CONSTRAINT q_pk;', 'CREATE TABLE q (id serial, tenant int, CONSTRAINT q_pk PRIMARY KEY (id, tenant));')).toEqual([['error', false]]);
  expect(of('ALTER TABLE q DROP CONSTRAINT q_pkey;', 'CREATE TABLE q (id serial PRIMARY KEY, v text);\nALTER TABLE q ALTER COLUMN id DROP DEFAULT;')).toEqual([['error', false]]);
  expect(of('DROP INDEX users_email;', base)).toEqual([['error', false]]);
});

// A silent miss found in session 8: the keys of a `CREATE TABLE IF NOT EXISTS` are declared on the
// table, not registered as constraints of the history, so dropping them by name passed in silence.
test('drop-index: the primary key or a named unique constraint of a CREATE TABLE IF NOT EXISTS table is reported when dropped', async () => {
  await prepareEngine();
  const of = (sql: string, base: string) => analyse(sql, { base }).filter((f) => f.rule === 'drop-index').map((f) => [f.line, f.severity, f.object]);
  const flags = 'CREATE TABLE IF NOT EXISTS flags (id int, key text, CONSTRAINT flags_key_uq UNIQUE (key));';
  expect(of('ALTER TABLE queues DROP CONSTRAINT IF EXISTS queues_pkey;', 'CREATE TABLE IF NOT EXISTS queues ("offset" integer PRIMARY KEY, type text NOT NULL);')).toEqual([[1, 'error', 'queues.queues_pkey']]);
  expect(of('\nALTER TABLE flags DROP CONSTRAINT flags_key_uq;', flags)).toEqual([[2, 'error', 'flags.flags_key_uq']]);
  // Put back on the same columns in the PR: nothing is lost.
  expect(of('ALTER TABLE flags DROP CONSTRAINT flags_key_uq;\nALTER TABLE flags ADD CONSTRAINT flags_key_uq UNIQUE (key);', flags)).toEqual([]);
  // The kestra case, with the table created IF NOT EXISTS as kestra's V1_1__initial.sql does.
  expect(of('ALTER TABLE queues DROP CONSTRAINT IF EXISTS queues_pkey;', 'CREATE TABLE IF NOT EXISTS queues (\n "offset" SERIAL PRIMARY KEY,\n type text NOT NULL\n);')).toEqual([[1, 'warning', 'queues.queues_pkey']]);
});

// flipt 1eb27508ff: `key VARCHAR(255) PRIMARY KEY UNIQUE` in a CREATE TABLE IF NOT EXISTS, then the
// primary key dropped. The column's own UNIQUE stays: no duplicate gets in and ON CONFLICT (key)
// still finds a key; only statements naming the key break, so the code search for its name decides.
test('drop-index: a primary key whose column keeps its own UNIQUE is judged by the code that names it', async () => {
  await prepareEngine();
  const of = (sql: string, base: string) => analyse(sql, { base }).filter((f) => f.rule === 'drop-index');
  const both = of('ALTER TABLE flags DROP CONSTRAINT IF EXISTS flags_pkey CASCADE;', 'CREATE TABLE IF NOT EXISTS flags (\n  key varchar(255) PRIMARY KEY UNIQUE NOT NULL,\n  name text\n);');
  // (No code search in this harness: the error stays; `check` over git makes it a warning when no code names flags_pkey.)
  expect(both.map((f) => [f.severity, f.message.includes('keeps its own UNIQUE')])).toEqual([['error', true]]);
  // Variant: a plain CREATE TABLE. Must still break as before: a primary key alone (no UNIQUE) is evidence only.
  const plain = of('ALTER TABLE flags DROP CONSTRAINT flags_pkey;', 'CREATE TABLE flags (key text PRIMARY KEY UNIQUE, name text);');
  expect(plain.map((f) => [f.severity, f.message.includes('keeps its own UNIQUE')])).toEqual([['error', true]]);
  const alone = of('ALTER TABLE flags DROP CONSTRAINT flags_pkey;', 'CREATE TABLE flags (key text PRIMARY KEY, name text);');
  expect(alone.map((f) => [f.severity, f.message.includes('duplicates it never expected')])).toEqual([['error', true]]);
});

test('drop-index: that primary key, with the previous release\'s code searched: a warning when nothing names it, an error where something does', async () => {
  await prepareEngine();
  const { changeSetFromTrees, memoryRepository } = await import('../../../src/changes/types.js');
  const { defaultConfig } = await import('../../../src/config/types.js');
  const { runEngine } = await import('../../../src/engine.js');
  const base = { 'db/migrations/0_initial.up.sql': 'CREATE TABLE IF NOT EXISTS flags (\n  key varchar(255) PRIMARY KEY UNIQUE NOT NULL,\n  name text\n);\n' };
  const run = (code: string) => {
    const before = { ...base, 'internal/storage/flags.go': code };
    const changes = changeSetFromTrees(before, { ...before, 'db/migrations/1_drop.up.sql': 'ALTER TABLE flags DROP CONSTRAINT IF EXISTS flags_pkey CASCADE;\n' });
    changes.baseTree = memoryRepository(before);
    return runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'drop-index').map((f) => f.severity);
  };
  expect(run('package storage\nconst q = "INSERT INTO flags (key, name) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING"\n')).toEqual(['warning']);
  expect(run('package storage\nconst q = "INSERT INTO flags (key, name) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT flags_pkey DO NOTHING"\n')).toEqual(['error']);
});
