/**
 * Format-only edits (issue 12): statements keep their keys through anything a formatter does
 * (blanks, line breaks, comments, keyword case, quotes a name does not need), and any change of a
 * token a database reads gives another key. Property tests on generated statements (fixed seed),
 * then the cases a property cannot state.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import { sqlTokens, statementKey, statementKeys } from '../../src/migrations/tokens.js';

const SEED = 20261205;

type Token = { kind: 'word'; text: string } | { kind: 'number'; text: string } | { kind: 'string'; text: string } | { kind: 'punct'; text: string } | { kind: 'op'; text: string };

const WORDS = ['alter', 'table', 'users', 'add', 'column', 'email', 'text', 'not', 'null', 'default', 'create', 'index', 'on', 'drop', 'orders', 'id', 'bigint', 'primary', 'key', 'references', 'update', 'set', 'where', 'name'];
const word = fc.constantFrom(...WORDS).map((text): Token => ({ kind: 'word', text }));
const number = fc.integer({ min: 0, max: 100000 }).map((n): Token => ({ kind: 'number', text: String(n) }));
const string = fc.stringMatching(/^[a-zA-Z0-9 _.,-]{0,12}$/).map((s): Token => ({ kind: 'string', text: s }));
const punct = fc.constantFrom('(', ')', ',').map((text): Token => ({ kind: 'punct', text }));
const op = fc.constantFrom('=', '<>', '>=', '+').map((text): Token => ({ kind: 'op', text }));
const token = fc.oneof({ arbitrary: word, weight: 5 }, { arbitrary: number, weight: 1 }, { arbitrary: string, weight: 1 }, { arbitrary: punct, weight: 2 }, { arbitrary: op, weight: 1 });
const statement = fc.array(token, { minLength: 1, maxLength: 20 });

/** How the formatter writes one gap between two tokens, and each word. */
const gap = fc.constantFrom(' ', '  ', '\n', '\n    ', '\t', ' /* note */ ', ' -- a remark\n', '\n-- line comment\n  ');
const wordCase = fc.constantFrom('lower', 'upper', 'title', 'quoted');

function render(tokens: Token[], gaps: string[], cases: string[], dialect: Dialect): string {
  return tokens
    .map((t, i) => {
      let text = t.text;
      if (t.kind === 'string') text = `'${t.text}'`;
      if (t.kind === 'word') {
        const c = cases[i % cases.length];
        if (c === 'upper') text = text.toUpperCase();
        else if (c === 'title') text = text[0].toUpperCase() + text.slice(1);
        // A name in quotes: `"users"` (Postgres, SQLite) or `` `users` `` (MySQL).
        else if (c === 'quoted') text = dialect === 'mysql' ? `\`${text}\`` : `"${text}"`;
      }
      return (i === 0 ? '' : gaps[(i - 1) % gaps.length]) + text;
    })
    .join('');
}

describe.each<Dialect>(['postgres', 'mysql', 'sqlite'])('statement keys (%s)', (dialect) => {
  test('formatting leaves the key unchanged (blanks, line breaks, comments, keyword case, needless quotes)', () => {
    fc.assert(
      fc.property(statement, fc.array(gap, { minLength: 1, maxLength: 5 }), fc.array(wordCase, { minLength: 1, maxLength: 4 }), (tokens, gaps, cases) => {
        const plain = render(tokens, [' '], ['lower'], dialect);
        const formatted = render(tokens, gaps, cases, dialect);
        expect(statementKey(formatted, dialect)).toBe(statementKey(plain, dialect));
        expect(statementKeys(`${formatted};\n`, dialect)).toEqual(statementKeys(plain, dialect));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('changing, removing or adding any token changes the key', () => {
    const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom('replace', 'remove', 'insert'), with: token });
    fc.assert(
      fc.property(statement, mutation, (tokens, m) => {
        const i = m.at % tokens.length;
        const changed = [...tokens];
        if (m.kind === 'remove') changed.splice(i, 1);
        else if (m.kind === 'insert') changed.splice(i, 0, m.with);
        else changed[i] = m.with;
        fc.pre(m.kind !== 'replace' || m.with.kind !== tokens[i].kind || m.with.text !== tokens[i].text);
        fc.pre(changed.length > 0);
        expect(statementKey(render(changed, [' '], ['lower'], dialect), dialect)).not.toBe(statementKey(render(tokens, [' '], ['lower'], dialect), dialect));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('what a formatter may not change', () => {
  test.each<[string, string, string, Dialect]>([
    ['a string literal: its blanks are data', "INSERT INTO t VALUES ('a b')", "INSERT INTO t VALUES ('a  b')", 'postgres'],
    ['a string literal: its case is data', "INSERT INTO t VALUES ('Draft')", "INSERT INTO t VALUES ('draft')", 'postgres'],
    ['a quoted Postgres name with capitals is another name', 'CREATE TABLE "Users" (id int)', 'CREATE TABLE users (id int)', 'postgres'],
    ['a number', 'ALTER TABLE t ALTER COLUMN c TYPE varchar(10)', 'ALTER TABLE t ALTER COLUMN c TYPE varchar(100)', 'postgres'],
    ['a MySQL double-quoted text is a string', 'INSERT INTO t VALUES ("a")', 'INSERT INTO t VALUES (a)', 'mysql'],
    ['dollar-quoted data keeps its blanks', 'INSERT INTO t VALUES ($$a b$$)', 'INSERT INTO t VALUES ($$a  b$$)', 'postgres'],
    ['the version of a MySQL executable comment', '/*!50001 CREATE VIEW v AS SELECT 1 */', '/*!80001 CREATE VIEW v AS SELECT 1 */', 'mysql'],
    ['an operator split in two', 'SELECT a >= b', 'SELECT a > = b', 'postgres'],
  ])('%s', (_name, before, after, dialect) => {
    expect(statementKey(after, dialect)).not.toBe(statementKey(before, dialect));
  });

  test.each<[string, string, string, Dialect]>([
    ['a routine body reformatted (blanks, case, comments inside $$)', 'CREATE FUNCTION f() RETURNS int AS $$ select 1 $$ LANGUAGE sql', 'create function f() returns int as $body$\n  SELECT 1; -- one\n$body$ language sql', 'postgres'],
    ['a DO block reindented', 'DO $$ BEGIN PERFORM 1; END $$', 'DO $$\nBEGIN\n    PERFORM 1;\nEND\n$$', 'postgres'],
    ['SQLite names are case-insensitive, quoted or not', 'CREATE TABLE [Users] (id int)', 'create table users (ID INT)', 'sqlite'],
    ['MySQL backticks around a plain name', 'ALTER TABLE `users` ADD `email` text', 'alter table users add email TEXT', 'mysql'],
  ])('the same statement: %s', (_name, before, after, dialect) => {
    expect(statementKey(after, dialect)).toBe(statementKey(before, dialect));
  });

  test('statements are compared one by one: a trailing ; or a goose block changes nothing, moving text across statements does', () => {
    const base = 'CREATE TABLE t (a int);\nALTER TABLE t ADD COLUMN b int';
    expect(statementKeys('-- +goose StatementBegin\ncreate table t (a int);\n-- +goose StatementEnd\nalter table t\n  add column b int;\n', 'postgres')).toEqual(statementKeys(base, 'postgres'));
    expect(statementKeys('CREATE TABLE t (a int)\nALTER TABLE t ADD COLUMN b int;', 'postgres')).not.toEqual(statementKeys(base, 'postgres'));
  });

  test('routine bodies nested deeper than the bound stay as written (no unbounded recursion)', () => {
    let sql = 'SELECT 1';
    for (let i = 0; i < 2_000; i++) sql = `DO $t${i}$ ${sql} $t${i}$`;
    expect(sqlTokens(sql, 'postgres').length).toBeGreaterThan(0);
  });
});
