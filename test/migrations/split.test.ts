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
    // The mysql client sends everything up to the custom delimiter as one statement, until `DELIMITER ;`.
    ['DELIMITER without DELIMITER ; (MySQL: still the custom one)', 'mysql', 'DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nCALL p();\nSELECT 2;//', ['CREATE PROCEDURE p() BEGIN SELECT 1; END', 'CALL p();\nSELECT 2;']],
    // Postgres splits a script at `;` itself: a script runner's `delimiter d//` (DolphinScheduler) only adds a terminator.
    ['delimiter d// in a Postgres script, never reset', 'postgres', "delimiter d//\nCREATE FUNCTION f() RETURNS void AS $$ BEGIN DELETE FROM t; END; $$ LANGUAGE plpgsql;\nd//\nselect f();\nDROP FUNCTION f();\n-- next\ndelimiter d//\nDO $$ BEGIN PERFORM 1; END $$\nd//\nSELECT 2;", ['CREATE FUNCTION f() RETURNS void AS $$ BEGIN DELETE FROM t; END; $$ LANGUAGE plpgsql', 'select f()', 'DROP FUNCTION f()', 'DO $$ BEGIN PERFORM 1; END $$', 'SELECT 2']],
    ['DELIMITER in a SQLite script: `;` still ends statements, a trigger body aside', 'sqlite', 'DELIMITER //\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM u; END;\n//\nSELECT 1;\nSELECT 2;', ['CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM u; END', 'SELECT 1', 'SELECT 2']],
    ['a goose StatementBegin/End block', 'postgres', '-- +goose StatementBegin\nCREATE FUNCTION f() AS $$ x $$;\nSELECT 1;\n-- +goose StatementEnd\nSELECT 2;', ['CREATE FUNCTION f() AS $$ x $$;\nSELECT 1;', 'SELECT 2']],
    ['an unterminated string runs to the end', 'postgres', "SELECT 'open; SELECT 2", ["SELECT 'open; SELECT 2"]],
    // Each dialect's lexer (docs/dialects.md, "Lexical rules").
    ['a lone CR ends a Postgres -- comment', 'postgres', 'SELECT 1; -- c\rDROP TABLE users;\n', ['SELECT 1', 'DROP TABLE users']],
    ['a lone CR ends a CockroachDB -- comment (the Postgres reading)', 'cockroach', 'SELECT 1; -- c\rDROP TABLE users;', ['SELECT 1', 'DROP TABLE users']],
    ['a lone CR ends a T-SQL -- comment (the reading with more code)', 'mssql', 'SELECT 1; -- c\rDROP TABLE users;', ['SELECT 1', 'DROP TABLE users']],
    ['a lone CR does not end a MySQL -- comment', 'mysql', 'SELECT 1; -- c\rDROP TABLE users;\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['a lone CR does not end a MySQL # comment', 'mariadb', 'SELECT 1; # c\rDROP TABLE users;\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['a lone CR does not end a SQLite -- comment', 'sqlite', 'SELECT 1; -- c\rDROP TABLE users;\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['CRLF ends every -- comment', 'mysql', 'SELECT 1; -- c;\r\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['MySQL: -- without a blank after it is two minus signs', 'mysql', 'SELECT 1 --1;\nSELECT 2', ['SELECT 1 --1', 'SELECT 2']],
    ['MySQL: -- before a tab or a control character is a comment', 'mysql', 'SELECT 1; --\tx;\n--\u0001y;\nSELECT 2', ['SELECT 1', 'SELECT 2']],
    ['MySQL: --- x is a minus, then a comment', 'mysql', 'SELECT 1 --- x;\n;SELECT 2', ['SELECT 1 --- x;', 'SELECT 2']],
    ['Postgres: -- always starts a comment', 'postgres', 'SELECT 1 --1;\n;SELECT 2', ['SELECT 1 --1;', 'SELECT 2']],
    ['# is no comment outside MySQL', 'postgres', "SELECT '{}'::jsonb #- '{a}'; SELECT 2", ["SELECT '{}'::jsonb #- '{a}'", 'SELECT 2']],
    ['MySQL block comments do not nest', 'mysql', 'SELECT /* a /* b */ 1; SELECT 2', ['SELECT /* a /* b */ 1', 'SELECT 2']],
    ['SQLite block comments do not nest', 'sqlite', 'SELECT /* a /* b */ 1; SELECT 2', ['SELECT /* a /* b */ 1', 'SELECT 2']],
    ['T-SQL block comments nest', 'mssql', 'SELECT /* a /* b */ 1; */ 1; SELECT 2', ['SELECT /* a /* b */ 1; */ 1', 'SELECT 2']],
    ['MySQL /*! … */ holds code: its ; ends a statement', 'mysql', '/*!50001 DROP TABLE a; DROP TABLE b */;', ['/*!50001 DROP TABLE a', 'DROP TABLE b */']],
    ['MariaDB /*M! … */ holds code', 'mariadb', '/*M!100100 DROP TABLE a; */ SELECT 2', ['/*M!100100 DROP TABLE a', 'SELECT 2']],
    ['inside /*! */ a /* comment */ is a comment', 'mysql', "/*!50001 SELECT /* x; */ 1 */; SELECT 2", ['/*!50001 SELECT /* x; */ 1 */', 'SELECT 2']],
    ['SQLite [names] end at the first ]', 'sqlite', 'CREATE TABLE [a;b] (x); SELECT 2', ['CREATE TABLE [a;b] (x)', 'SELECT 2']],
    ['a Postgres E string continued after a line break keeps its escapes', 'postgres', "SELECT E'a'\n'\\';'; SELECT 2", ["SELECT E'a'\n'\\';'", 'SELECT 2']],
    ['a plain Postgres string continued after a line break has none', 'postgres', "SELECT 'a'\n'\\'; SELECT 2", ["SELECT 'a'\n'\\'", 'SELECT 2']],
    ['an E after a word is part of the word', 'postgres', "SELECT abcE'\\'; SELECT 2", ["SELECT abcE'\\'", 'SELECT 2']],
    ['a dollar quote after an integer or a parameter', 'postgres', 'SELECT 1$$;$$, $1$a$;$a$; SELECT 2', ['SELECT 1$$;$$, $1$a$;$a$', 'SELECT 2']],
    ['a dollar quote tag may hold non-ASCII letters', 'postgres', 'SELECT $é$;$é$; SELECT 2', ['SELECT $é$;$é$', 'SELECT 2']],
    ['a $ after a non-ASCII letter continues the name', 'postgres', 'SELECT é$$; SELECT 2', ['SELECT é$$', 'SELECT 2']],
    ['no dollar quotes in MySQL (more text read as code)', 'mysql', 'SELECT $$; DROP TABLE t; $$', ['SELECT $$', 'DROP TABLE t', '$$']],
    ['T-SQL BEGIN … END is one statement', 'mssql', 'IF NOT EXISTS (SELECT 1) BEGIN ALTER TABLE a DROP COLUMN b; END; SELECT 2', ['IF NOT EXISTS (SELECT 1) BEGIN ALTER TABLE a DROP COLUMN b; END', 'SELECT 2']],
    ['T-SQL BEGIN TRANSACTION and CASE … END open no block', 'mssql', "BEGIN TRANSACTION; SELECT CASE WHEN 'end' = x THEN 1 END; COMMIT;", ['BEGIN TRANSACTION', "SELECT CASE WHEN 'end' = x THEN 1 END", 'COMMIT']],
    ['T-SQL GO lines end a batch', 'mssql', 'CREATE TABLE a (id int)\nGO\nDROP TABLE b\ngo 2\nSELECT 1', ['CREATE TABLE a (id int)', 'DROP TABLE b', 'SELECT 1']],
  ])('%s', (_, dialect, sql, expected) => {
    expect(texts(sql, dialect)).toEqual(expected);
  });

  test('a long string with many doubled quotes and backslashes', () => {
    const body = "it''s \\ a ''quote'' ".repeat(5000);
    expect(texts(`SELECT '${body}'; SELECT 2`)).toEqual([`SELECT '${body}'`, 'SELECT 2']);
    expect(texts(`SELECT 'a${'\\\\'.repeat(3000)}'; SELECT 2`, 'mysql')).toEqual([`SELECT 'a${'\\\\'.repeat(3000)}'`, 'SELECT 2']);
  });
});

describe('what cannot be read as SQL is flagged, never skipped', () => {
  const flagged = (sql: string, dialect: Dialect = 'postgres') => splitStatements(sql, { dialect }).map((s) => [s.text, s.lexical ?? null]);
  test.each<[string, Dialect, string, [string, string | null][]]>([
    ['a NUL between statements starts one', 'postgres', 'SELECT 1;\0DROP TABLE users;', [['SELECT 1', null], ['\0DROP TABLE users', expect.stringContaining('NUL') as unknown as string]]],
    ['a NUL inside a string', 'mysql', "SELECT 'a\0'; SELECT 2", [["SELECT 'a\0'", expect.stringContaining('NUL') as unknown as string], ['SELECT 2', null]]],
    ['a NUL inside a comment is ignored', 'postgres', 'DROP TABLE users;\n-- \0\n/* \0 */ SELECT 1', [['DROP TABLE users', null], ['SELECT 1', null]]],
    ['an unterminated block comment becomes a statement', 'postgres', 'SELECT 1; /* DROP TABLE users;', [['SELECT 1', null], ['/* DROP TABLE users;', expect.stringContaining('/* comment is never closed') as unknown as string]]],
    ['an unterminated string', 'sqlite', "SELECT 'abc; DROP TABLE users;", [["SELECT 'abc; DROP TABLE users;", expect.stringContaining('string is never closed') as unknown as string]]],
    ['an unterminated dollar quote', 'postgres', 'DO $x$ DROP TABLE users;', [['DO $x$ DROP TABLE users;', expect.stringContaining('$x$ quote is never closed') as unknown as string]]],
    ['an unterminated MySQL executable comment is code, not a flag', 'mysql', '/*!50001 DROP TABLE users', [['/*!50001 DROP TABLE users', null]]],
  ])('%s (%s)', (_, dialect, sql, expected) => {
    expect(flagged(sql, dialect)).toEqual(expected);
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
