import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import type { Dialect } from '../../../src/config/types.js';
import type { DialectReading } from '../../../src/migrations/dialect-inference.js';
import { hiddenByDialect } from '../../../src/migrations/rules/unparsed-statement.js';
import { analyse } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const RULE = 'unparsed-statement';

describe(RULE, () => {
  test.each([
    ['a syntax error mentioning DROP is an error', 'SELECT 1;\nALTER TABLE t DROP COLUM x y;', 2, 'error'],
    ['a syntax error without dangerous words is a warning', 'CREATE TABEL t (a int);', 1, 'warning'],
    ['dynamic EXECUTE in a DO block is opaque', "DO $$\nBEGIN\n  EXECUTE 'DROP TABLE ' || quote_ident('users');\nEND $$;", 1, 'error'],
    ['a DO block in another language', "DO LANGUAGE plperl $$ print 'hi' $$;", 1, 'warning'],
  ])('%s', (_name, sql, line, severity) => {
    const hit = analyse(sql).find((f) => f.rule === RULE);
    expect(hit?.line).toBe(line);
    expect(hit?.severity).toBe(severity);
  });

  // The danger of what runs unread is in SQL the statement's own text does not show.
  test.each([
    ['EXECUTE of prepared SQL built with CONCAT (the strings say DROP)', "SET @s = CONCAT('ALTER TABLE ', 'users', ' DROP COLUMN a');\nPREPARE st FROM @s;\nEXECUTE st;", 3, 'error'],
    ['EXECUTE of prepared SQL that only adds', "SET @s = CONCAT('ALTER TABLE ', 'users', ' ADD COLUMN a int');\nPREPARE st FROM @s;\nEXECUTE st;", 3, 'warning'],
    [
      'CALL of a procedure whose unreadable statement drops',
      'DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  ALTER TABLE users DROP COLUMN a b c;\nEND$$\nDELIMITER ;\nCALL p();',
      7,
      'error',
    ],
  ])('MySQL: %s', (_name, sql, line, severity) => {
    const hit = analyse(sql, { dialect: 'mysql' }).find((f) => f.rule === RULE);
    expect(hit?.line).toBe(line);
    expect(hit?.severity).toBe(severity);
  });

  test.each([
    ['valid SQL', 'ALTER TABLE users ADD COLUMN a int;'],
    ['a DO block without dynamic SQL', 'DO $$ BEGIN PERFORM 1; END $$;'],
    ['a plpgsql function with EXECUTE (runs later)', "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'DROP TABLE x'; END $$;"],
  ])('quiet: %s', (_name, sql) => {
    expect(analyse(sql).filter((f) => f.rule === RULE)).toEqual([]);
  });
});

describe('unparsed-statement severity in linear time', () => {
  // An unterminated quote can make one statement megabytes long: ALTER … TYPE used to be one
  // pattern that backtracked from every ALTER to the end of the text (512 KB took 9 s).
  const alters = 'ALTER TABLE a ADD COLUMN b int;\n'.repeat(60_000);
  test.each([
    ['2 MB of ALTERs without TYPE stay a warning, fast', `INSERT INTO t VALUES ('${alters}`, 'warning'],
    ['a TYPE after the ALTERs makes it an error', `INSERT INTO t VALUES ('${alters}ALTER COLUMN c TYPE text`, 'error'],
  ])('%s', (_name, sql, severity) => {
    const started = performance.now();
    const hit = analyse(sql).find((f) => f.rule === 'unparsed-statement');
    expect(hit?.severity).toBe(severity);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  test('TYPE before the first ALTER does not count', () => {
    const hit = analyse("SELECT TYPE FROM x WHERE y = 'ALTER TABLE t").find((f) => f.rule === 'unparsed-statement');
    expect(hit?.severity).toBe('warning');
  });
});

describe('the keyword fallback in linear time', () => {
  // `ON … FROM` of a REVOKE and `AS ENUM (…)` of a CREATE TYPE were lazy/greedy patterns that
  // scanned from every start to the end of the text: 220 KB of `AS ENUM (a` took 5 s.
  test.each([
    ['a REVOKE of 100k ON clauses with no FROM', `REVOKE a${' ON x'.repeat(100_000)};`, ['revoke-privilege', 'unparsed-statement']],
    ['a CREATE TYPE of 40k AS ENUM ( with no )', `CREATE TYPE t${' AS ENUM (a'.repeat(40_000)};`, []],
  ])('%s', (_name, sql, rules) => {
    const started = performance.now();
    expect(analyse(sql).map((f) => f.rule)).toEqual(rules);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

/**
 * The second reading of a PR file whose content dialect is not its folder's (`hiddenByDialect`,
 * session 13 audit): a statement the folder's dialect runs and the content's reading keeps in a
 * string or a comment, with a dangerous word, is an error on its line; the same code both ways is
 * nothing.
 */
describe('hiddenByDialect', () => {
  const reading = (dialect: Dialect, other: Dialect): DialectReading => ({ dialect, by: 'its content (x)', neighbours: { dialect: other, by: 'the other migrations of its folder (2 read as x by their content)' } });
  const whole = (t: string) => [{ start: 0, end: t.length }];
  test.each([
    ['MySQL `#` comment opens a Postgres string (audit)', "CREATE TABLE plpgsql (id int);\nSELECT 1 # it's\n;\nALTER TABLE users DROP COLUMN note;\n# '\n", 'postgres', 'mysql', [4]],
    ['Postgres `\\\'` ends a string MySQL keeps open (audit)', "CREATE TABLE auto_increment (id int);\nSELECT 'a\\';\nALTER TABLE users DROP COLUMN note;\n-- ';\n", 'mysql', 'postgres', [3]],
    ['a `#` comment to MySQL, XOR to Postgres', 'SELECT 1;\nSELECT 1 # 2; TRUNCATE orders;\n;\n', 'mysql', 'postgres', [2]],
    ['ALTER … TYPE hidden', "SELECT 'a\\';\nALTER TABLE t ALTER COLUMN c TYPE int;\n-- ';\n", 'mysql', 'postgres', [2]],
    ['a Postgres routine body hidden in a MySQL string', "SELECT 'a\\';\nDO $$ BEGIN DROP TABLE t; END $$;\n-- ';\n", 'mysql', 'postgres', [2]],
    ['an invisible character in the hidden word', "SELECT 'a\\';\nDR\u200BOP TABLE t;\n-- ';\n", 'mysql', 'postgres', [2]],
  ] as const)('%s', (_name, text, chosen, other, lines) => {
    const hits = hiddenByDialect(text, reading(chosen, other), whole(text));
    expect(hits.map((h) => [h.line, h.severity])).toEqual(lines.map((l) => [l, 'error']));
    expect(hits[0].message).toContain(`read as ${chosen} by its content (x)`);
    expect(hits[0].message).toContain(`the migrations beside it are ${other}`);
  });
  test.each([
    ['the same code both ways', 'CREATE TABLE t (id int, data JSONB);\nALTER TABLE users DROP COLUMN note;\n', 'postgres', 'mysql'],
    ['a string both ways', "INSERT INTO t VALUES ('DROP TABLE users');\n", 'postgres', 'mysql'],
    ['hidden, but nothing dangerous', "SELECT 'a\\';\nALTER TABLE t ADD COLUMN c int;\n-- ';\n", 'mysql', 'postgres'],
    ['what the chosen reading runs and the other hides', "SELECT 'a\\';\nALTER TABLE users DROP COLUMN note;\n-- ';\n", 'postgres', 'mysql'],
    ['MySQL `--x` lines (they run nothing)', "SELECT 1;\n--DROP TABLE t;\n", 'postgres', 'mysql'],
    ['no other reading', "SELECT 'a\\';\nDROP TABLE t;\n-- ';\n", 'mysql', 'mysql'],
  ] as const)('nothing for %s', (_name, text, chosen, other) => {
    expect(hiddenByDialect(text, reading(chosen, other), whole(text))).toEqual([]);
  });
  test('only the sections given (the parts that run)', () => {
    const text = "SELECT 'a\\';\nDROP TABLE t;\n-- ';\n";
    expect(hiddenByDialect(text, reading('mysql', 'postgres'), [])).toEqual([]);
  });
});
