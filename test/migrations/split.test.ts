import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import { splitStatements } from '../../src/migrations/split.js';

const texts = (sql: string, dialect: Dialect = 'postgres') => splitStatements(sql, { dialect }).map((s) => s.text);

describe('splitStatements: what ends a statement and what does not', () => {
  test.each<[string, Dialect, string, string[]]>([
    ['a semicolon in a string', 'postgres', "INSERT INTO t VALUES ('a;b'); SELECT 1;", ["INSERT INTO t VALUES ('a;b')", 'SELECT 1']],
    ['a doubled quote in a string', 'postgres', "SELECT 'it''s; fine'; SELECT 2", ["SELECT 'it''s; fine'", 'SELECT 2']],
    ["a backslash in a Postgres E'' string", 'postgres', "SELECT E'a\\';b'; SELECT 2", ["SELECT E'a\\';b'", 'SELECT 2']],
    ['a backslash in a plain Postgres string is a character', 'postgres', "SELECT 'a\\'; SELECT 2", ["SELECT 'a\\'", 'SELECT 2']],
    ['a backslash escapes in MySQL strings', 'mysql', "SELECT 'a\\';b'; SELECT 2", ["SELECT 'a\\';b'", 'SELECT 2']],
    ['a backslash in a MySQL double-quoted string', 'mysql', 'SELECT "a\\";b"; SELECT 2', ['SELECT "a\\";b"', 'SELECT 2']],
    ['a semicolon in a quoted identifier', 'postgres', 'CREATE TABLE "a;b" (x int); SELECT 1', ['CREATE TABLE "a;b" (x int)', 'SELECT 1']],
    ['a semicolon in a backquoted MySQL identifier', 'mysql', 'CREATE TABLE `a;b` (x int); SELECT 1', ['CREATE TABLE `a;b` (x int)', 'SELECT 1']],
    ['a semicolon in an MS SQL bracketed name', 'mssql', 'CREATE TABLE [a;]]b] (x int); SELECT 1', ['CREATE TABLE [a;]]b] (x int)', 'SELECT 1']],
    ['a dollar-quoted body', 'postgres', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2', ['CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql', 'SELECT 2']],
    ['a tagged dollar quote holding $$', 'postgres', 'DO $body$ BEGIN PERFORM $$x;$$; END $body$; SELECT 2', ['DO $body$ BEGIN PERFORM $$x;$$; END $body$', 'SELECT 2']],
    ['a $ inside an identifier (Postgres allows it after the first character) opens no dollar quote', 'postgres', 'CREATE TABLE x$$y$z (a int); DROP TABLE u', ['CREATE TABLE x$$y$z (a int)', 'DROP TABLE u']],
    ['comments, nested block comments', 'postgres', '-- a; b\nSELECT /* x /* y; */ z; */ 1; SELECT 2', ['SELECT /* x /* y; */ z; */ 1', 'SELECT 2']],
    ['a MySQL # comment', 'mysql', '# drop; it\nSELECT 1;', ['SELECT 1']],
    ['DELIMITER', 'mysql', 'DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\nCALL p();', ['CREATE PROCEDURE p() BEGIN SELECT 1; END', 'CALL p()']],
    ['a goose StatementBegin/End block', 'postgres', '-- +goose StatementBegin\nCREATE FUNCTION f() AS $$ x $$;\nSELECT 1;\n-- +goose StatementEnd\nSELECT 2;', ['CREATE FUNCTION f() AS $$ x $$;\nSELECT 1;', 'SELECT 2']],
    ['an unterminated string runs to the end', 'postgres', "SELECT 'open; SELECT 2", ["SELECT 'open; SELECT 2"]],
  ])('%s', (_, dialect, sql, expected) => {
    expect(texts(sql, dialect)).toEqual(expected);
  });

  test('a long string with many doubled quotes and backslashes', () => {
    const body = "it''s \\ a ''quote'' ".repeat(5000);
    expect(texts(`SELECT '${body}'; SELECT 2`)).toEqual([`SELECT '${body}'`, 'SELECT 2']);
    expect(texts(`SELECT 'a${'\\\\'.repeat(3000)}'; SELECT 2`, 'mysql')).toEqual([`SELECT 'a${'\\\\'.repeat(3000)}'`, 'SELECT 2']);
  });
});

test('positions: offsets, line, column and end line of each statement', () => {
  const sql = '-- header\nSELECT 1;\n\n  ALTER TABLE t\n    ADD COLUMN c int;\n';
  expect(splitStatements(sql, { dialect: 'postgres' })).toEqual([
    { text: 'SELECT 1', start: 10, end: 18, line: 2, column: 1, endLine: 2 },
    { text: 'ALTER TABLE t\n    ADD COLUMN c int', start: 23, end: 57, line: 4, column: 3, endLine: 5 },
  ]);
  // A section (from/to) keeps file offsets and lines.
  expect(splitStatements(sql, { dialect: 'postgres', from: 20 }).map((s) => [s.start, s.line])).toEqual([[23, 4]]);
});

test('any text: statements in order, inside the range, their text at their offsets, lines as counted', () => {
  const piece = fc.constantFrom("'", '"', '`', '[', ']', '$', '$a$', '$$', '--', '#', '/*', '*/', '\n', '\\', ';', 'E', 'x', ' ', 'DELIMITER //\n', '//', '-- +goose StatementBegin\n', '-- +goose StatementEnd\n');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.constantFrom<Dialect>('postgres', 'mysql', 'sqlite', 'mssql'), fc.nat(200), (sql, dialect, cut) => {
      const from = Math.min(cut, sql.length);
      let previousEnd = from;
      for (const s of splitStatements(sql, { dialect, from })) {
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(sql.length);
        expect(sql.slice(s.start, s.end)).toBe(s.text);
        expect(s.line).toBe(sql.slice(0, s.start).split('\n').length);
        expect(s.endLine).toBe(sql.slice(0, s.end - 1).split('\n').length);
        previousEnd = s.end;
      }
    }),
    { numRuns: 3000 },
  );
});
