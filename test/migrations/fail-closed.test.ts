/**
 * Issue 11, items 2 and 7, and the NUL bytes the decoder now passes through: no comment, quote,
 * NUL or keyword trick lets a hazard through. Each case is a reproduction or a variant of one.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import { prepareEngine } from '../../src/engine.js';
import { analyse, expectFires, expectQuiet } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

/** The unparsed-statement finding on `line`, which must be an error. */
function expectUnparsedError(sql: string, line: number, dialect: Dialect, reason?: RegExp): void {
  const hits = analyse(sql, { dialect }).filter((f) => f.rule === 'unparsed-statement' && f.line === line && f.severity === 'error');
  if (hits.length === 0) expect.fail(`expected an unparsed-statement error on line ${line} of ${JSON.stringify(sql)} (${dialect})`);
  if (reason) expect(hits.some((h) => reason.test(h.message))).toBe(true);
}

describe('line ends in -- comments follow each database', () => {
  test.each<Dialect>(['postgres', 'cockroach', 'mssql'])('a lone CR ends the comment: the DROP after it is read (%s)', (dialect) => {
    expectFires('SELECT 1; -- c\rDROP TABLE users;\n', 'drop-table', 1, { dialect });
    // Variant: the comment in the middle of one statement.
    expectFires('ALTER TABLE users -- c\rDROP COLUMN email;\n', 'drop-column', 1, { dialect });
  });

  test.each<Dialect>(['mysql', 'mariadb', 'sqlite'])('a lone CR does not end the comment there: the rest of the line is a comment (%s)', (dialect) => {
    expectQuiet('SELECT 1; -- c\rDROP TABLE users;\nSELECT 2;\n', 'drop-table', { dialect });
    expectFires('SELECT 1; -- c\rx\nDROP TABLE users;\n', 'drop-table', 2, { dialect });
  });

  test('MySQL: --x is no comment, so what follows on the line is read', () => {
    expectFires('SELECT 1 --x\n; DROP TABLE users;\n', 'drop-table', 2, { dialect: 'mysql' });
    expectUnparsedError('SELECT 1 --DROP TABLE users\n;\n', 1, 'mysql');
  });

  test("one statement's comment that a parser would end elsewhere: the parser sees this dialect's reading", () => {
    // sqlparser-rs would run T-SQL's `-- c\rDROP …` to the LF and read a harmless SELECT.
    expectUnparsedError('SELECT 1 -- c\rDROP TABLE users\n', 1, 'mssql');
  });
});

describe('NUL bytes', () => {
  test('a NUL inside a comment is ignored: the DROP before it is read (issue 11 item 1)', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite', 'mssql'] as Dialect[]) {
      expectFires('DROP TABLE users;\n-- \0\n', 'drop-table', 1, { dialect });
      expectFires('ALTER TABLE users /* \0 */ DROP COLUMN email;\n', 'drop-column', 1, { dialect });
    }
  });

  test('a NUL outside comments makes its statement unparsed, judged by its words', () => {
    expectUnparsedError('SELECT 1;\0DROP TABLE users;', 1, 'postgres', /NUL byte/);
    expectUnparsedError("SELECT 1;\nINSERT INTO t VALUES ('\0'); DROP TABLE users\0;", 2, 'mysql', /NUL byte/);
    const quiet = analyse("SELECT 1;\nINSERT INTO t VALUES ('a\0b');\n", { dialect: 'sqlite' }).find((f) => f.rule === 'unparsed-statement');
    expect(quiet?.severity).toBe('warning');
    expect(quiet?.line).toBe(2);
  });
});

describe('an unterminated quote or comment swallows statements: judged by everything in it', () => {
  test.each<[string, Dialect, number]>([
    ["SELECT 'abc;\nDROP TABLE users;\n", 'postgres', 1],
    ["INSERT INTO t VALUES ('abc);\nDROP TABLE users;\n", 'mysql', 1],
    ['SELECT 1;\n/* a comment that swallows\nDROP TABLE users;\n', 'postgres', 2],
    ['SELECT 1;\n/* /* nested */ still open\nDROP TABLE users;\n', 'cockroach', 2],
    ['SELECT 1;\nDO $body$ BEGIN\nDROP TABLE users;\n', 'postgres', 2],
    ['SELECT "abc;\nDROP TABLE users;\n', 'sqlite', 1],
    ['SELECT [abc;\nDROP TABLE users;\n', 'mssql', 1],
  ])('%j (%s)', (sql, dialect, line) => {
    expectUnparsedError(sql, line, dialect, /never closed/);
  });
});

describe('the keyword fallback is sure only of what it read whole', () => {
  test('a T-SQL batch without semicolons is not a harmless CREATE TABLE', () => {
    expectUnparsedError('CREATE TABLE a (id int)\nDROP TABLE b\n', 1, 'mssql');
    // GO ends a batch: each statement is read on its own.
    expectFires('CREATE TABLE a (id int)\nGO\nDROP TABLE b\nGO\n', 'drop-table', 3, { dialect: 'mssql' });
  });

  test('an unreadable SELECT or INSERT holding a second statement is not harmless', () => {
    expectUnparsedError('INSERT INTO t VALUES (1) DROP TABLE users', 1, 'sqlite');
    expectUnparsedError('SELECT 1 WHERE DROP TABLE users', 1, 'mssql');
  });

  test('an upsert that no parser read is not a harmless INSERT', () => {
    expectUnparsedError('INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 1 LIMIT 2', 1, 'mysql');
  });
});

describe('T-SQL procedures that rename and run SQL (mssql stays an accepted dialect)', () => {
  test.each<[string, string, number]>([
    ["EXEC sp_rename 'dbo.users', 'people';", 'rename-table', 1],
    ["EXECUTE sys.sp_rename N'users.name', N'full_name', N'COLUMN';", 'rename-column', 1],
    ["EXEC sp_rename @objname = N'users.name', @newname = N'full_name', @objtype = 'COLUMN';", 'rename-column', 1],
    ["sp_rename 'users', 'people';", 'rename-table', 1],
    ["EXEC('DROP TABLE users');", 'drop-table', 1],
    ["EXEC sp_executesql N'ALTER TABLE users DROP COLUMN email';", 'drop-column', 1],
    ["DECLARE @sql nvarchar(max) = N'DROP TABLE users';\nEXEC (@sql);", 'drop-table', 1],
    ["IF OBJECT_ID('dbo.users', 'U') IS NOT NULL DROP TABLE dbo.users;", 'drop-table', 1],
    ['DROP TABLE IF EXISTS users;', 'drop-table', 1],
    ["IF EXISTS (SELECT 1 FROM sys.columns WHERE name = 'email') BEGIN ALTER TABLE users DROP COLUMN email; END", 'drop-column', 1],
  ])('%j -> %s', (sql, rule, line) => {
    expectFires(sql, rule, line, { dialect: 'mssql' });
  });

  test('an EF Core script: GO batches, IF NOT EXISTS … BEGIN … END blocks', () => {
    const script = [
      "IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20261201_Drop')",
      'BEGIN',
      '    ALTER TABLE [Users] DROP COLUMN [Email];',
      'END;',
      'GO',
      '',
      "IF NOT EXISTS(SELECT * FROM [__EFMigrationsHistory] WHERE [MigrationId] = N'20261201_Drop')",
      'BEGIN',
      "    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion]) VALUES (N'20261201_Drop', N'8.0.0');",
      'END;',
      'GO',
      '',
    ].join('\n');
    expectFires(script, 'drop-column', 3, { dialect: 'mssql' });
    expectQuiet(script, 'unparsed-statement', { dialect: 'mssql' });
  });

  test('ALTER TABLE actions the T-SQL adapter does not read go to the keyword reading, never pass as nothing', () => {
    const base = 'CREATE TABLE users (id int PRIMARY KEY, email nvarchar(100) NULL, code int NULL);\nALTER TABLE users ADD CONSTRAINT uq_email UNIQUE (email);\n';
    const rules = (sql: string): string[] => analyse(sql, { dialect: 'mssql', base }).map((f) => `${f.rule}/${f.severity}`);
    // each of these passed with no finding: sqlparser-rs read the action and the adapter called it `other`
    expect(rules('ALTER TABLE users ADD CONSTRAINT uq_code UNIQUE (code);')).toEqual(['add-unique-constraint/error']);
    expect(rules('ALTER TABLE users DROP CONSTRAINT uq_email;')).toEqual(['drop-index/error']);
    expect(rules('ALTER TABLE users ADD CONSTRAINT ck_code CHECK (code > 0);')).toEqual(['add-check-constraint/warning']);
    // what the keyword reading cannot read either stays unparsed; plain ADD/DROP COLUMN are still read by the parser
    expect(rules('ALTER TABLE users ALTER COLUMN email nvarchar(100) NOT NULL;')).toEqual(['unparsed-statement/warning']);
    expect(rules('ALTER TABLE users ADD nick nvarchar(20) NULL;')).toEqual([]);
    expect(rules('ALTER TABLE users DROP COLUMN code;')).toEqual(['drop-column/error']);
  });

  test('ClickHouse projections are derived data: dropping or materializing one is no unparsed statement (umami 06_update_subdivision)', () => {
    const base = 'CREATE TABLE website_event (website_id UUID, url_path String) ENGINE = MergeTree ORDER BY website_id;\n';
    const found = (sql: string) => analyse(sql, { dialect: 'clickhouse', base }).map((f) => f.rule);
    expect(found('ALTER TABLE website_event DROP PROJECTION p_url;')).toEqual([]);
    expect(found('ALTER TABLE website_event MATERIALIZE PROJECTION p_url;')).toEqual([]);
    expect(found('ALTER TABLE website_event DROP COLUMN url_path;')).toEqual(['drop-column']);
  });

  test('what it cannot read is reported, at error severity when it renames or drops', () => {
    expectUnparsedError('DECLARE @a sysname = N\'users\';\nEXEC sp_rename @a, N\'people\';', 2, 'mssql');
    expectUnparsedError('MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE;', 1, 'mssql');
    const proc = analyse('EXEC dbo.cleanup;', { dialect: 'mssql' }).find((f) => f.rule === 'unparsed-statement');
    expect(proc?.message).toMatch(/stored procedure dbo\.cleanup/);
    expectQuiet("EXEC sp_addextendedproperty 'MS_Description', 'Users', 'SCHEMA', 'dbo', 'TABLE', 'users';", 'unparsed-statement', { dialect: 'mssql' });
  });
});
