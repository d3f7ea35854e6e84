/**
 * One answer whatever ran: the lines of a word search come in the order one `git grep` of all
 * the words prints them (by path in git's byte order, then by line), whether a background search
 * guessed some of the words and a second pass found the rest, or a `-F` pass added words that are
 * not identifiers. What reads the first matching line (readsWholesale, ignored_columns) then names
 * the same line however the guess went.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { searchWordsIn, type WordSearch } from '../../src/changes/types.js';
import { comparePaths, unionInGitOrder, wordSearcher } from '../../src/changes/word-search.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

// Paths whose byte order differs from a plain string sort or from a folder-first walk: `a-b/` and
// `a.ts` before `a/`, a private-use character (3 UTF-8 bytes) before an emoji (4 bytes) although
// its UTF-16 unit is larger.
const FILES: Record<string, string> = {
  'a/b.ts': 'const x = lateWord;\nconst y = earlyWord;\n',
  'a-b/x.ts': 'earlyWord();\n',
  'a.ts': 'lateWord();\nearlyWord(); lateWord();\n',
  'b.ts': 'en.um only\n',
  'src/\u{1F600}/z.ts': 'lateWord\n',
  'src/\uE000/z.ts': 'earlyWord\n',
  'src/\u00FC.ts': 'x\nlateWord and en.um value\n',
  'z.ts': 'en.um\nearlyWord\n',
};

const shown = (r: { lines: WordSearch['lines'] }): string[] => r.lines.map((l) => `${l.path}:${l.line}:${l.text}`);

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

/** The oracle: every file of the commit in `git ls-tree`'s order, searched in memory. */
function inTreeOrder(r: TempRepo, words: string[]): string[] {
  const paths = execFileSync('git', ['ls-tree', '-r', '-z', '--name-only', r.base], { cwd: r.dir, encoding: 'utf8' }).split('\0').filter(Boolean);
  const files = paths.map((p): [string, string] => [p, execFileSync('git', ['cat-file', 'blob', `${r.base}:${p}`], { cwd: r.dir, encoding: 'utf8' })]);
  return shown(searchWordsIn(files, words));
}

describe('the order of a word search', () => {
  test('a background search of some words, then the rest: the same lines in the same order as one search of all', async () => {
    repo = makeRepo(FILES);
    const words = ['earlyWord', 'lateWord'];
    const expected = inTreeOrder(repo, words);
    expect(expected.length).toBe(9);
    const alone = wordSearcher(repo.dir, repo.base).searchWords(words);
    expect(shown(alone)).toEqual(expected);
    for (const guessed of [['earlyWord'], ['lateWord'], ['somethingElse']]) {
      const searcher = wordSearcher(repo.dir, repo.base);
      await searcher.prefetchWords(guessed);
      expect(shown(searcher.searchWords(words)), guessed.join()).toEqual(expected);
    }
  });

  test('variant: a word that is not an identifier (its own -F pass) lands where one search would put it', async () => {
    repo = makeRepo(FILES);
    const words = ['lateWord', 'en.um'];
    const expected = inTreeOrder(repo, words);
    expect(expected).toContain('src/\u00FC.ts:2:lateWord and en.um value');
    expect(expected.indexOf('b.ts:1:en.um only')).toBeLessThan(expected.indexOf('src/\u00FC.ts:2:lateWord and en.um value'));
    expect(shown(wordSearcher(repo.dir, repo.base).searchWords(words))).toEqual(expected);
    const searcher = wordSearcher(repo.dir, repo.base);
    await searcher.prefetchWords(['lateWord']);
    expect(shown(searcher.searchWords(words))).toEqual(expected);
  });

  test('each line once, the first pass\'s copy kept', () => {
    const a = [{ path: 'b', line: 2, text: 'first' }];
    const b = [
      { path: 'a', line: 9, text: 'x' },
      { path: 'b', line: 2, text: 'second' },
      { path: 'b', line: 1, text: 'y' },
    ];
    expect(shown({ lines: unionInGitOrder(a, b) })).toEqual(['a:9:x', 'b:1:y', 'b:2:first']);
  });

  test('paths compare as git compares them: by their UTF-8 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 }), (a, b) => {
        expect(Math.sign(comparePaths(a, b))).toBe(Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
      }),
      { numRuns: 2000 },
    );
    expect(comparePaths('\uE000', '\u{1F600}')).toBeLessThan(0);
    expect('\uE000' < '\u{1F600}').toBe(false); // what a plain string comparison would get wrong
  });
});
