import { describe, expect, test } from 'vitest';
import { searchWordsIn } from '../../src/changes/types.js';

// The in-memory search must leave out what git's word search leaves out (word-search.ts: `:(exclude,glob)**/<dir>/**`), no more.
describe('searchWordsIn: the never-searched folders', () => {
  test('a file inside one of them, at any depth, is left out', () => {
    const found = searchWordsIn(
      [
        ['vendor/lib/a.go', 'x := avatar_url'],
        ['web/node_modules/p/index.js', 'avatar_url'],
        ['src/app.ts', 'const a = avatar_url;'],
      ],
      ['avatar_url'],
    );
    expect(found.lines.map((l) => l.path)).toEqual(['src/app.ts']);
  });

  test('variant: a file named like one of them is searched (git excludes folders only)', () => {
    const found = searchWordsIn(
      [
        ['src/vendor', 'avatar_url = 1'],
        ['node_modules', 'avatar_url'],
        ['myvendor/a.go', 'avatar_url'],
      ],
      ['avatar_url'],
    );
    expect(found.lines.map((l) => l.path)).toEqual(['src/vendor', 'node_modules', 'myvendor/a.go']);
  });
});
