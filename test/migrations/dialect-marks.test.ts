/**
 * The content reading's one-pass pre-test (`ANY_MARK`, dialect-inference.ts): a file it does not
 * match must have none of the marks, so skipping the ~40 tests there changes no reading.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ANY_MARK, dialectFromContent, MARKS } from '../../src/migrations/dialect-inference.js';
import { maskSql } from '../../src/migrations/parse/mask.js';

/** What the pre-test must never miss: a text where some mark matches. */
const marked = (code: string) => MARKS.filter(([, , re]) => re.test(code)).map(([, mark]) => mark);

describe('the marks in one pattern', () => {
  test('each mark can be joined without changing what it matches: flags i and m only, no backreference or named group', () => {
    for (const [, mark, re] of MARKS) {
      expect(re.flags.replace(/[im]/g, ''), mark).toBe('');
      expect(re.source, mark).not.toMatch(/\\[1-9k]|\(\?</);
    }
    expect(ANY_MARK.flags).toBe('im');
  });

  test('a file with any one mark (each written as the mark expects) passes the pre-test and is read as before', () => {
    const samples: [string, string][] = [
      ['mysql', 'CREATE TABLE t (id int) ENGINE=InnoDB;'],
      ['mysql', 'CREATE TABLE t (id int AUTO_INCREMENT);'],
      ['postgres', 'SELECT 1::text;'],
      ['postgres', 'CREATE EXTENSION pgcrypto;'],
      ['sqlite', 'CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT);'],
      ['sqlite', 'CREATE TABLE t (id int);\n  PRAGMA foreign_keys = ON;'],
      // Case-sensitive marks (ClickHouse's types) and the multi-line ones (MS SQL's `GO` line).
      ['clickhouse', 'CREATE TABLE t (s LowCardinality(String)) ENGINE = MergeTree ORDER BY s;'],
      ['clickhouse', 'CREATE TABLE t (n UInt64);'],
      ['mssql', 'CREATE TABLE t (id int);\nGO\n'],
      ['mssql', 'CREATE TABLE [dbo].[t] (id int);'],
    ];
    for (const [dialect, text] of samples) {
      expect(ANY_MARK.test(maskSql(text, 'postgres')), text).toBe(true);
      expect(dialectFromContent(text)?.dialect, text).toBe(dialect);
    }
    // Not marks: the same words in another case where the mark is case-sensitive, in a comment, in a string.
    for (const text of ['CREATE TABLE t (n uint64);', '-- ENGINE=InnoDB\nCREATE TABLE t (id int);', "INSERT INTO t VALUES ('AUTO_INCREMENT');", 'CREATE TABLE go (id int);']) {
      expect(marked(maskSql(text, 'postgres')), text).toEqual([]);
      expect(dialectFromContent(text), text).toBeUndefined();
    }
  });

  const CORPUS = new URL('../../../shared/corpus/sql/', import.meta.url);
  test.skipIf(!existsSync(CORPUS))('over every corpus SQL file (each whole, and each line alone): where a mark matches, so does the pre-test', () => {
    let files = 0;
    let withMarks = 0;
    const walk = (dir: URL): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(new URL(`${e.name}/`, dir));
        else if (e.name.endsWith('.sql')) {
          const text = readFileSync(new URL(e.name, dir), 'utf8');
          files++;
          for (const piece of [text, ...text.split('\n').slice(0, 200)]) {
            const code = maskSql(piece, 'postgres');
            if (ANY_MARK.test(code)) continue;
            expect(marked(code), `${e.name}: ${piece.slice(0, 80)}`).toEqual([]);
          }
          if (marked(maskSql(text, 'postgres')).length > 0) withMarks++;
        }
      }
    };
    walk(CORPUS);
    expect(files).toBeGreaterThan(1000);
    // The corpus has files of every dialect: many show marks, so the test is not vacuous.
    expect(withMarks).toBeGreaterThan(300);
  });
});
