/**
 * Hostile input never crashes or hangs: random and mutated SQL, unbalanced quotes and dollar tags,
 * garbage, lone surrogates, deep nesting, a huge statement and a huge file. The result is findings
 * (often `unparsed-statement`), never an exception.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import { prepareEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { analyse } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const DIALECTS: Dialect[] = ['postgres', 'mysql', 'sqlite'];

const SEEDS = [
  'ALTER TABLE users DROP COLUMN legacy_name;',
  "DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$;",
  "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;",
  "DELIMITER //\nCREATE PROCEDURE p() BEGIN ALTER TABLE t DROP COLUMN c; END //\nDELIMITER ;\nCALL p();",
  "UPDATE users SET name = 'it''s' WHERE id = 1; -- comment",
  "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID, ALTER COLUMN b TYPE varchar(20);",
  '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose StatementEnd\n-- +goose Down\nDROP TABLE t;',
  "ALTER TABLE `t` MODIFY `s` ENUM('a','b') NOT NULL, CHANGE a b int;",
  '/* nested /* comment */ still */ DROP TABLE "q""uoted";',
];

/** Every finding is well-formed: a rule, a line inside the file (or null), a message. */
function checkFindings(sql: string, findings: Finding[]): void {
  const lines = sql.split('\n').length;
  for (const f of findings) {
    expect(typeof f.rule).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    if (f.line !== null) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(lines);
    }
  }
}

const sqlAlphabet = fc.constantFrom(
  ...["'", '"', '`', '$', '$$', '$a$', '(', ')', ';', '--', '/*', '*/', '#', '\n', ' ', 'E\'', '\\', 'DROP', 'TABLE', 'ALTER', 'COLUMN', 'DO', 'BEGIN', 'END', 'DELIMITER', 'x', ',', 'CALL', 'SELECT', '\uD800', '\u0000', 'é'],
);
const sqlish = fc.array(sqlAlphabet, { maxLength: 60 }).map((parts) => parts.join(''));
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }))
  .map(([seed, at, len, insert]) => {
    const i = at % (seed.length + 1);
    return seed.slice(0, i) + insert + seed.slice(Math.min(seed.length, i + (len % 12)));
  });

describe('hostile SQL', () => {
  test.each(DIALECTS)('random SQL-ish text never throws (%s)', (dialect) => {
    fc.assert(
      fc.property(sqlish, (sql) => {
        checkFindings(sql, analyse(sql, { dialect }));
      }),
      { numRuns: 150 },
    );
  });

  test.each(DIALECTS)('mutated real statements never throw (%s)', (dialect) => {
    fc.assert(
      fc.property(mutated, (sql) => {
        checkFindings(sql, analyse(sql, { dialect }));
      }),
      { numRuns: 150 },
    );
  });

  test('arbitrary unicode, lone surrogates and NUL bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (sql) => {
        checkFindings(sql, analyse(sql));
      }),
      { numRuns: 100 },
    );
  });

  test.each(DIALECTS)('10,000 nested parentheses never overflow the stack (%s)', (dialect) => {
    const sql = `SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nDROP TABLE users;`;
    const findings = analyse(sql, { dialect });
    checkFindings(sql, findings);
    expect(findings.some((f) => f.rule === 'drop-table' && f.line === 2)).toBe(true);
  });

  test('a 1 MB statement is analysed in bounded time', () => {
    const sql = `INSERT INTO t (a) VALUES ${Array.from({ length: 150_000 }, (_, i) => `(${i})`).join(',')};\nDROP TABLE users;`;
    expect(sql.length).toBeGreaterThan(1_000_000);
    const start = Date.now();
    const findings = analyse(sql);
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(findings.find((f) => f.rule === 'drop-table')?.line).toBe(2);
  });

  test('a 50 MB file that never closes its comment or string is read in one linear pass', () => {
    const comment = `SELECT 1;\n/* ${'x'.repeat(50 * 1024 * 1024)}`;
    const start = Date.now();
    checkFindings(comment, analyse(comment));
    const quote = `SELECT 1;\nDROP TABLE '${'y'.repeat(5 * 1024 * 1024)}`;
    const findings = analyse(quote);
    expect(findings.map((f) => f.rule)).toContain('unparsed-statement');
    expect(Date.now() - start).toBeLessThan(8_000);
  });

  test('unbalanced dollar tags and DELIMITER without end', () => {
    for (const sql of ['DO $a$ BEGIN DROP TABLE x; END $b$;', 'DELIMITER //\nDROP TABLE x;', "CREATE FUNCTION f() AS $$ SELECT 'x"]) {
      for (const dialect of DIALECTS) checkFindings(sql, analyse(sql, { dialect }));
    }
  });
});

describe('other dialects', () => {
  test('MS SQL bracket identifiers are read (sqlparser-rs, else the keyword fallback)', async () => {
    const { parseStatement } = await import('../../src/migrations/parse/index.js');
    const stmt = parseStatement({ text: 'DROP TABLE [dbo].[users]', start: 0, end: 24, line: 1, column: 1, endLine: 1 }, 'mssql');
    expect(['parsed', 'unparsed']).toContain(stmt.status);
    expect(stmt.ops.some((op) => op.kind === 'drop-table')).toBe(true);
  });
});
