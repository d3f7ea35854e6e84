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
