import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { leadingBlanks, maskSql } from '../../src/migrations/parse/mask.js';

describe('maskSql', () => {
  test.each([
    ['postgres', "SELECT 'DROP TABLE x' FROM t", "SELECT '            ' FROM t"],
    ['postgres', 'a -- drop table\nb', `a${' '.repeat(14)}\nb`],
    ['postgres', 'a /* x /* nested */ y */ b', 'a                        b'],
    ['postgres', 'DO $$ BEGIN DROP TABLE t; END $$;', `DO $$${' '.repeat(25)}$$;`],
    ['postgres', 'DO $body$ x $y$ z $body$', `DO $body$${' '.repeat(9)}$body$`],
    ['postgres', 'SELECT "DROP--it" FROM t', 'SELECT "DROP--it" FROM t'],
    ['postgres', "E'it\\'s' x", "E'     ' x"],
    ['postgres', "'it\\' x", "'   ' x"],
    ['postgres', 'SELECT $1, x$y', 'SELECT $1, x$y'],
    ['mysql', "SELECT 'it\\'s' # note\nx", "SELECT '     '       \nx"],
    ['mysql', '/*!40101 SET NAMES utf8 */;', `${' '.repeat(8)} SET NAMES utf8   ;`],
    ['mysql', 'SELECT `a--b` FROM t', 'SELECT `a--b` FROM t'],
    ['mysql', 'SELECT $$x$$', 'SELECT $$x$$'],
    ['sqlite', "x 'a\r\nb' y", "x ' \r\n ' y"],
    // What an unterminated comment or string swallowed stays visible to keyword scans.
    ['postgres', "unterminated 'str", "unterminated 'str"],
    ['postgres', 'a /* open DROP', 'a /* open DROP'],
    // Each dialect's own lexer: a lone CR ends a Postgres `--` comment, not a MySQL or SQLite one;
    // MySQL needs a blank after `--`; MySQL and SQLite comments do not nest.
    ['postgres', '-- c\rDROP', '    \rDROP'],
    ['mysql', '-- c\rDROP\nx', '    \r    \nx'],
    ['sqlite', '-- c\rDROP\nx', '    \r    \nx'],
    ['mysql', 'a--b -- c', 'a--b     '],
    ['mysql', '/* a /* b */ c */', '             c */'],
    ['sqlite', '/* a /* b */ c */', '             c */'],
    ['sqlite', "[a'b] 'c'", "[a'b] ' '"],
    ['postgres', "E'a'\n'\\'b' x", "E'  \n    ' x"],
    ['postgres', 'plain text, nothing to blank', 'plain text, nothing to blank'],
  ] as const)('%s: %j', (dialect, text, masked) => {
    expect(maskSql(text, dialect)).toBe(masked);
  });

  test('same length and line breaks; every other character kept or blanked (random SQL-ish text)', () => {
    const piece = fc.constantFrom("'", '"', '`', '$', '$a$', '--', '#', '/*', '*/', '/*!50003', '\n', '\r\n', 'E', '\\', 'DROP', ' ', '😀', ';');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom('postgres', 'mysql', 'sqlite'), (text, dialect) => {
        const masked = maskSql(text, dialect as 'postgres');
        expect(masked.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\n' || text[i] === '\r') expect(masked[i]).toBe(text[i]);
          else expect(masked[i] === text[i] || masked[i] === ' ').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('leadingBlanks', () => {
  test.each([
    ['ALTER TABLE t', 0],
    ['  \n\tALTER', 4],
    ['-- note\n  ALTER', 10],
    ['/* a /* b */ c */ ALTER', 18],
    ['-- only a comment', 17],
    ['/* unterminated', 0],
    ["'not blank'", 0],
    ['$$ body $$', 0],
  ])('%j -> %i', (text, length) => {
    expect(leadingBlanks(text)).toBe(length);
  });

  test('agrees with the leading white space of the masked text', () => {
    const piece = fc.constantFrom(' ', '\n', '\t', '\u00a0', '--', '/*', '*/', "'", '$$', 'x', '-', '/');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        expect(leadingBlanks(text)).toBe(/^\s*/.exec(maskSql(text, 'postgres'))?.[0].length ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});
