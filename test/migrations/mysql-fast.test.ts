/**
 * MySQL has two readers: sqlparser-rs through `mysql-fast.ts` first, node-sql-parser through
 * `mysql.ts` for the rest. A statement must give the same operations whichever reads it, or the
 * schema history would compare a `varchar(255)` from one with something else from the other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import type { Operation } from '../../src/migrations/model.js';
import { parseMysql } from '../../src/migrations/parse/mysql.js';
import { FALLBACK_FIRST, parseMysqlFast } from '../../src/migrations/parse/mysql-fast.js';
import { splitStatements } from '../../src/migrations/split.js';

beforeAll(async () => {
  await prepareEngine(['mysql']);
});

/** `other` operations say what they skipped in each parser's own words: compare only that they are there. */
const comparable = (ops: Operation[]) => ops.map((op) => (op.kind === 'other' ? { kind: 'other', line: op.line } : op));

function bothReaders(sql: string): { fast: unknown; slow: unknown } {
  const fast = parseMysqlFast(sql, 3);
  if (fast === FALLBACK_FIRST) throw new Error(`fallback first: ${sql}`);
  const slow = parseMysql(sql, 3);
  if (!slow.ok) throw new Error(`node-sql-parser does not read: ${sql}`);
  return { fast: fast && comparable(fast), slow: comparable(slow.ops) };
}

describe('the fast reader maps a statement exactly as node-sql-parser does', () => {
  test.each([
    'ALTER TABLE `Users` ADD COLUMN `nick` varchar(64) NOT NULL DEFAULT \'\' AFTER `name`',
    'ALTER TABLE users ADD COLUMN id bigint(20) unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY',
    'ALTER TABLE users ADD COLUMN c int UNIQUE, ADD COLUMN d decimal(10,2) NULL',
    'ALTER TABLE users\n  DROP COLUMN legacy,\n  MODIFY COLUMN state ENUM(\'a\',\'b\') NOT NULL,\n  CHANGE old_name new_name char(36) NOT NULL',
    'ALTER TABLE users MODIFY COLUMN created timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)',
    'ALTER TABLE users MODIFY COLUMN flags SET(\'x\',\'y\'), MODIFY body longtext, MODIFY at datetime(6)',
    'ALTER TABLE users RENAME COLUMN a TO b',
    'ALTER TABLE users RENAME TO people',
    'ALTER TABLE users ADD INDEX idx_a (a, b)',
    'ALTER TABLE users ADD UNIQUE KEY u_email (email)',
    'ALTER TABLE users ADD CONSTRAINT fk_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE',
    'ALTER TABLE users ADD PRIMARY KEY (id)',
    'ALTER TABLE users DROP INDEX idx_a',
    'ALTER TABLE users DROP FOREIGN KEY fk_org',
    'CREATE TABLE IF NOT EXISTS v (id int NOT NULL, f varchar(9) NOT NULL, g int, PRIMARY KEY (id), FOREIGN KEY (f) REFERENCES flags (`key`) ON DELETE CASCADE, CONSTRAINT fk_g FOREIGN KEY (g, f) REFERENCES s.o (id, k) ON UPDATE SET NULL, FOREIGN KEY (g) REFERENCES o (id))',
    'ALTER TABLE users DROP PRIMARY KEY',
    'CREATE TABLE IF NOT EXISTS `T` (id int(11) NOT NULL AUTO_INCREMENT, name varchar(255) DEFAULT NULL, ok tinyint(1) NOT NULL DEFAULT 0, j json, PRIMARY KEY (id)) ENGINE=InnoDB',
    'CREATE UNIQUE INDEX ux_name ON t (name, other)',
    'DROP TABLE IF EXISTS a, b',
    'DROP INDEX ix ON t',
    'DROP VIEW v',
    'UPDATE t SET a = 1, t.b = 2 WHERE x = 3',
    'DELETE FROM sessions WHERE expired = 1',
    'TRUNCATE TABLE t',
    "INSERT INTO t (a) VALUES (1), (2)",
    'SET @migrating = 1',
  ])('%s', (sql) => {
    const { fast, slow } = bothReaders(sql);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(slow);
  });
});

test.each([
  'DROP PROCEDURE IF EXISTS `add_column`',
  'DROP FUNCTION f',
  'ALTER TABLE `PREFIX_a` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci',
  'CALL migrate_users()',
  'CALL p(1, @a)',
  'ALTER TABLE `t` ADD COLUMN `forced` bool NOT NULL DEFAULT false',
  'CREATE TABLE t (id serial, name varchar(20))',
  'ALTER TABLE t MODIFY COLUMN b BOOL',
  'CREATE PROCEDURE p(IN a INT) BEGIN ALTER TABLE t ADD COLUMN c INT; END',
  'CREATE DEFINER=`root`@`%` PROCEDURE p() BEGIN SELECT 1; END',
  'CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1',
])('node-sql-parser adds nothing the keyword fallback does not say: %s', (sql) => {
  expect(parseMysqlFast(sql)).toBe(FALLBACK_FIRST);
  // The reason it is safe to ask the fallback first: node-sql-parser reads none of them.
  expect(parseMysql(sql, 1).ok).toBe(false);
});

describe('what the fast reader does not map is left to node-sql-parser', () => {
  test.each([
    ['a table option it cannot read', 'ALTER TABLE t COLLATE=utf8_unicode_ci'],
    ['an index on a column prefix', 'CREATE INDEX i ON t (name(10))'],
    ['EXECUTE of a prepared statement (dynamic SQL)', 'EXECUTE stmt'],
    ['a multi-table UPDATE', 'UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.b'],
    ['a type with no known spelling', 'ALTER TABLE t ADD COLUMN y YEAR'],
    ["an enum value with a quote (node-sql-parser keeps it doubled)", "ALTER TABLE t MODIFY s ENUM('a','it''s')"],
    ['RENAME TABLE (lines per pair come from the other adapter)', 'RENAME TABLE a TO b, c TO d'],
  ])('%s', (_, sql) => {
    expect(parseMysqlFast(sql)).toBeNull();
  });
});

const CORPUS = new URL('../../../shared/corpus/sql/', import.meta.url);
/** Every statement of the corpus's MySQL files, with the file it is in. */
function* corpusStatements(): Generator<{ file: string; text: string; line: number }> {
  const files = readFileSync(new URL('manifest.jsonl', CORPUS), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { file: string; dialect: string })
    .filter((e) => e.dialect === 'mysql');
  for (const { file } of files) {
    const text = readFileSync(new URL(file, CORPUS), 'utf8');
    for (const s of splitStatements(text, { dialect: 'mysql' })) yield { file, text: s.text, line: s.line };
  }
}

test.skipIf(!existsSync(new URL('manifest.jsonl', CORPUS)))('every MySQL statement of the corpus: both readers agree where both read it', () => {
  let compared = 0;
  const disagreements: string[] = [];
  for (const { file, text, line } of corpusStatements()) {
    const fast = parseMysqlFast(text, line);
    if (!fast || fast === FALLBACK_FIRST) continue;
    const slow = parseMysql(text, line);
    if (!slow.ok) continue;
    compared++;
    if (JSON.stringify(comparable(fast)) !== JSON.stringify(comparable(slow.ops))) disagreements.push(`${file}:${line}`);
  }
  expect(disagreements).toEqual([]);
  expect(compared).toBeGreaterThan(2000);
});

test.skipIf(!existsSync(new URL('manifest.jsonl', CORPUS)))('every MySQL statement of the corpus sent to the fallback first is one node-sql-parser does not read', () => {
  let routed = 0;
  const readBySlow: string[] = [];
  for (const { file, text, line } of corpusStatements()) {
    if (parseMysqlFast(text, line) !== FALLBACK_FIRST) continue;
    routed++;
    if (parseMysql(text, line).ok) readBySlow.push(`${file}:${line}`);
  }
  expect(readBySlow).toEqual([]);
  expect(routed).toBeGreaterThan(400);
});
