/**
 * SQLite's `DEFAULT NULL` is no default (as the Postgres and MySQL readers take it): a rebuild that
 * makes such a column NOT NULL breaks the previous release's inserts that leave it out, an error,
 * not set-not-null's "the column has a default" warning. Found by noise7 (session 7).
 */
import { beforeAll, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import { analyse } from './helpers.js';

beforeAll(async () => {
  await prepareEngine(['sqlite']);
});

const BASE = 'CREATE TABLE `t` (`id` integer PRIMARY KEY NOT NULL, `c` text);\n';
const rebuild = (column: string): string =>
  [
    `CREATE TABLE \`__new_t\` (\`id\` integer PRIMARY KEY NOT NULL, ${column});`,
    'INSERT INTO `__new_t`("id", "c") SELECT "id", "c" FROM `t`;',
    'DROP TABLE `t`;',
    'ALTER TABLE `__new_t` RENAME TO `t`;',
    '',
  ].join('\n');

const severityOf = (column: string): string[] =>
  analyse(rebuild(column), { base: BASE, dialect: 'sqlite'})
    .filter((f) => f.rule === 'set-not-null')
    .map((f) => f.severity);

test('NOT NULL DEFAULT NULL: an error (no default protects old inserts)', () => {
  expect(severityOf('`c` text NOT NULL DEFAULT NULL')).toEqual(['error']);
});

test("variant: NOT NULL DEFAULT 'x' keeps the warning; NOT NULL with no default is the error", () => {
  expect(severityOf("`c` text NOT NULL DEFAULT 'x'")).toEqual(['warning']);
  expect(severityOf('`c` text NOT NULL')).toEqual(['error']);
});
