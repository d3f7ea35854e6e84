/**
 * Issue 14's speed budget (≤ 1 s added in a 100,000-file repository, bench/code-refs): the
 * mechanisms that keep the search of base code cheap must not change what it finds. The PCRE
 * alternation with shared prefixes factored out matches the same lines as the flat word list; the
 * background search is stopped, not waited for, when no finding names anything; the guess of names
 * from the PR's SQL leaves out the statements' own keywords.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { wholeWords } from '../../src/changes/types.js';
import { gitChangeSet } from '../../src/changes/git.js';
import { factoredAlternation } from '../../src/changes/word-search.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine, runEngineAsync, startCodeSearch } from '../../src/engine.js';
import { likelyCodeWords } from '../../src/code-refs/predict.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

/** What git's PCRE pass is given, as a JavaScript regular expression (the same syntax for this subset). */
const factored = (words: string[]): RegExp => new RegExp(`(?<![A-Za-z0-9_])(?:${factoredAlternation(words) || '(?!)'})(?![A-Za-z0-9_])`);

describe('the identifiers as one alternation with shared prefixes factored out', () => {
  test('words that prefix each other, a word of one letter, the benchmark’s spellings', () => {
    expect(factoredAlternation(['users', 'user', 'User', 'Users'])).toBe('(?:users?|Users?)');
    expect(factoredAlternation(['a', 'ab', 'abc'])).toBe('a(?:bc?)?');
    expect(factoredAlternation(['getNickname', 'getAvatarUrl', 'nickname'])).toBe('(?:get(?:Nickname|AvatarUrl)|nickname)');
    const re = factored(['user', 'users', 'legacy_name', 'legacyName']);
    for (const [text, hit] of [
      ['SELECT users.id', true],
      ['u := user', true],
      ['superuser', false],
      ['user_id', false],
      ['usersTable', false],
      ['x.legacyName = 1', true],
      ['legacy_names', false],
      ['legacy_name_old legacy_name', true],
    ] as const) {
      expect(re.test(text), text).toBe(hit);
      expect(wholeWords(['user', 'users', 'legacy_name', 'legacyName']).test(text), text).toBe(hit);
    }
  });

  test('the same lines as the flat alternation, on generated words and lines', () => {
    const letters = fc.constantFrom('a', 'b', 'u', 's', 'U', '_', '1');
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
    const line = fc.array(fc.oneof(letters, fc.constantFrom(' ', '.', '"', '-', 'é')), { maxLength: 30 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(line, { minLength: 1, maxLength: 8 }), (words, lines) => {
        const flat = wholeWords(words);
        const ours = factored(words);
        for (const text of lines) expect(ours.test(text), `${words.join('|')} on ${text}`).toBe(flat.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('long shared prefixes: the recursion stops at its bound and the rest is listed', () => {
    const stem = 'x'.repeat(100);
    const words = [`${stem}a`, `${stem}b`, stem, 'y'];
    const re = factored(words);
    for (const w of words) expect(re.test(`(${w})`), w).toBe(true);
    for (const w of [`${stem}c`, `${stem}ab`, 'x'.repeat(99), 'yy']) expect(re.test(`(${w})`), w).toBe(false);
  });
});

describe('the background search', () => {
  let repo: TempRepo | null = null;
  afterEach(() => {
    repo?.remove();
    repo = null;
    vi.restoreAllMocks();
  });

  const BASE = {
    'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text, email text);\n',
    'internal/users/user.go': 'package users\n\ntype User struct {\n\tEmail string `db:"email"`\n}\n',
    'web/app.ts': 'export {};\n',
  };

  async function both(head: Record<string, string>): Promise<{ stopped: number; background: unknown; foreground: unknown }> {
    repo = makeRepo(BASE, head);
    const foreground = runEngine({ changes: gitChangeSet(repo.base, repo.head, { cwd: repo.dir }), config: defaultConfig() }, { today: '2026-12-05' });
    const input = { changes: gitChangeSet(repo.base, repo.head, { cwd: repo.dir }), config: defaultConfig() };
    const stop = vi.spyOn(input.changes.baseTree, 'stopPrefetch');
    const prefetch = vi.spyOn(input.changes.baseTree, 'prefetchWords');
    startCodeSearch(input);
    expect(prefetch).toHaveBeenCalledTimes(1); // `ALTER TABLE users`: a guess was searched for
    const background = await runEngineAsync(input, { today: '2026-12-05' });
    return { stopped: stop.mock.calls.length, background, foreground };
  }

  test('no finding names anything (an added column): the search is stopped, the report is the same', async () => {
    const run = await both({ 'db/migrations/002_add.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n' });
    expect(run.stopped).toBe(1);
    expect(run.background).toEqual(run.foreground);
  });

  test('a finding names a column: the search is waited for, the count of searched files is the same as in the foreground', async () => {
    const run = await both({ 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n' });
    expect(run.stopped).toBe(0);
    expect(run.background).toEqual(run.foreground);
    const [f] = (run.background as { findings: { severity: string; message: string }[] }).findings;
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toContain('2 files searched');
  });

  test('a stopped search leaves searchWords whole: it searches itself', async () => {
    repo = makeRepo(BASE, { 'db/migrations/002_add.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n' });
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    const pending = tree.prefetchWords!(['Email', 'email']);
    tree.stopPrefetch!();
    await pending;
    expect(tree.searchWords!(['email']).lines.map((l) => `${l.path}:${l.line}`).sort()).toEqual(['db/migrations/001_users.sql:1', 'internal/users/user.go:4']);
  });
});

describe('the names guessed from the changed SQL', () => {
  test('the statements’ keywords are not guessed as columns (`ALTER TABLE`, `DROP CONSTRAINT`, `DROP NOT NULL`)', () => {
    const sql = 'ALTER TABLE users DROP CONSTRAINT users_email_key;\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\nDROP INDEX users_idx;\n';
    const words = likelyCodeWords({ changes: changeSetFromTrees({}, { 'db/migrations/002.sql': sql }), config: defaultConfig() });
    expect(words).toContain('users');
    expect(words).toContain('email');
    for (const w of ['table', 'Table', 'getTable', 'constraint', 'CONSTRAINT', 'not', 'index', 'Index']) expect(words, w).not.toContain(w);
  });

  test('a column that is called so, quoted or after COLUMN, is guessed', () => {
    const sql = 'ALTER TABLE events DROP COLUMN type;\nALTER TABLE events DROP "key";\nALTER TABLE events RENAME COLUMN check TO verified;\n';
    const words = likelyCodeWords({ changes: changeSetFromTrees({}, { 'db/migrations/002.sql': sql }), config: defaultConfig() });
    for (const w of ['type', 'getType', 'key', 'check']) expect(words, w).toContain(w);
    expect(words).not.toContain('table');
  });
});
