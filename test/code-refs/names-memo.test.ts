/**
 * Session 10 (issue 18's 1,000-file PR): the spellings of a name are kept once computed (names.ts
 * `memo`), and the guess of names from the PR's SQL stops once it is past its limit (predict.ts).
 * The first must give the same lists, which no caller can change; the second the same answer.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, memoryRepository } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { likelyCodeWords } from '../../src/code-refs/predict.js';
import { fieldSpellings, spellings, tableSpellings, tableSpellingsByKind } from '../../src/code-refs/names.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

describe('spellings kept once computed', () => {
  test('the same answers, asked again and after the map was emptied', () => {
    const want = {
      spellings: ['legacy_name', 'legacyName', 'LegacyName', 'LEGACY_NAME'],
      field: ['author_id', 'authorId', 'AuthorId', 'AUTHOR_ID', 'getAuthorId', 'setAuthorId', 'isAuthorId', 'hasAuthorId', 'author', 'Author', 'AUTHOR'],
      table: ['accounts_user', 'accountsUser', 'AccountsUser', 'ACCOUNTS_USER', 'accounts_users', 'accountsUsers', 'AccountsUsers', 'ACCOUNTS_USERS', 'user', 'User', 'USER', 'users', 'Users', 'USERS'],
    };
    const ask = (): unknown => ({ spellings: [...spellings('legacy_name')], field: [...fieldSpellings('author_id')], table: [...tableSpellings('accounts_user')] });
    expect(ask()).toEqual(want);
    expect(ask()).toEqual(want);
    // 10,001 other names: the map is emptied on the way (memory bounded), the answers stay.
    for (let i = 0; i <= 10_000; i++) spellings(`name_${i}`);
    expect(ask()).toEqual(want);
    expect(tableSpellingsByKind('accounts_user')).toEqual({ full: want.table.slice(0, 8), unprefixed: want.table.slice(8), prefix: 'accounts' });
  });

  test('a kept list is shared, so it is frozen: changing it throws', () => {
    const a = tableSpellings('wide');
    expect(tableSpellings('wide')).toBe(a);
    expect(() => (a as string[]).push('x')).toThrow(TypeError);
    const byKind = tableSpellingsByKind('worker_instance');
    expect(() => (byKind.unprefixed as string[]).push('x')).toThrow(TypeError);
    expect(() => (byKind.full as string[]).pop()).toThrow(TypeError);
    expect(() => (tableSpellingsByKind('users').unprefixed as string[]).push('x')).toThrow(TypeError);
    expect(tableSpellings('wide')).toEqual(['wide', 'Wide', 'WIDE', 'wides', 'Wides', 'WIDES']);
  });
});

describe('the guess of names stops past its limit', () => {
  /** bench/scaling's pr-migrations-1000: each file creates a table and an index and drops a column of `wide`. */
  const prFiles = (n: number, from = 0): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, k) => {
        const i = from + k;
        return [`db/migrations/${String(i + 1).padStart(6, '0')}_pr.sql`, `CREATE TABLE n${i} (id bigint PRIMARY KEY, v text);\nCREATE INDEX n${i}_v ON n${i} (v);\nALTER TABLE wide DROP COLUMN c${i};\n`];
      }),
    );
  const guess = (head: Record<string, string>): string[] => likelyCodeWords({ changes: changeSetFromTrees({}, head), config: defaultConfig() });

  test('the 1,000-file PR: no guess, as when every file was read, from its first 85 files', () => {
    const changes = changeSetFromTrees({}, prFiles(1000));
    const read = changes.headTree.read.bind(changes.headTree);
    let reads = 0;
    changes.headTree.read = (path) => (reads++, read(path));
    expect(likelyCodeWords({ changes, config: defaultConfig() })).toEqual([]);
    // 6 spellings of `wide`, 6 of each column: past 512 with the 85th file; none read after it.
    expect(reads).toBe(85);
  });

  test('below the limit every file counts; crossed by the last file alone, no guess', () => {
    // 40 files: `wide`'s 6 spellings and 6 of each column (c0, C0, getC0, setC0, isC0, hasC0).
    const words = guess(prFiles(40));
    expect(words).toHaveLength(246);
    expect(words).toEqual(expect.arrayContaining(['wide', 'Wide', 'c0', 'getC39']));
    // 84 files (510 ≤ 512), then one file dropping one column more than fits (8 spellings).
    expect(guess(prFiles(84))).toHaveLength(510);
    expect(guess({ ...prFiles(84), 'db/migrations/000085_pr.sql': 'ALTER TABLE wide DROP COLUMN last_one;' })).toEqual([]);
    // Past the limit in the middle: the files after it are not read, and the answer is the same.
    expect(guess({ ...prFiles(90), 'db/migrations/000091_pr.sql': 'ALTER TABLE wide DROP COLUMN last_one;' })).toEqual([]);
  });
});

describe('must still fire: findings on one table each keep their own references', () => {
  test('two dropped columns of one table: each names the code that reads it', () => {
    const base = {
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text, nick text);\n',
      'app/user.go': 'package app\n\ntype User struct {\n\tLegacyName string `db:"legacy_name"`\n\tNick string `db:"nick"`\n}\n',
    };
    const changes = changeSetFromTrees(base, { ...base, 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\nALTER TABLE users DROP COLUMN nick;\n' });
    changes.baseTree = memoryRepository(base);
    const found = runEngine({ changes, config: defaultConfig() }, { today: '2026-12-06' }).findings.filter((f) => f.rule === 'drop-column');
    expect(found.map((f) => [f.object, f.severity, f.references?.map((r) => r.line)])).toEqual([
      ['users.legacy_name', 'error', [4]],
      ['users.nick', 'error', [5]],
    ]);
  });
});
