/**
 * How the code search runs git once the base commit is listed (issue 18's monorepo row, session 9):
 * one thread where the blobs are small, no NEVER_SEARCHED_DIRS excludes where no listed path lies in
 * one of their folders. Which lines are found never changes: only how git is asked.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { gitPlan, listingFacts, ONE_THREAD_BELOW_BYTES, wordSearcher } from '../../src/changes/word-search.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

let repo: TempRepo | null = null;
const dirs: string[] = [];
// No replay cache: each change set's search runs git (a kept answer would hide how git is asked).
const cacheSetting = process.env.ROLLBACK_GUARD_CACHE;
beforeEach(() => {
  process.env.ROLLBACK_GUARD_CACHE = 'off';
});
afterEach(() => {
  if (cacheSetting === undefined) delete process.env.ROLLBACK_GUARD_CACHE;
  else process.env.ROLLBACK_GUARD_CACHE = cacheSetting;
  repo?.remove();
  repo = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env.GIT_TRACE;
});

/** Every git grep over a commit that git traces while `run` runs (whole command lines). */
async function tracedGreps(run: () => unknown): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-trace-'));
  dirs.push(dir);
  const file = join(dir, 'trace');
  process.env.GIT_TRACE = file;
  try {
    await run();
  } finally {
    delete process.env.GIT_TRACE;
  }
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => / built-in: git grep .* -n /.test(l))
    .map((l) => l.slice(l.indexOf('git grep')));
}

const sorted = (r: { lines: { path: string; line: number; text: string }[] }): string[] => r.lines.map((l) => `${l.path}:${l.line}:${l.text}`).sort();

/** `ls-tree -r -l -z` records as git prints them. */
const record = (path: string, size: number | '-', type = 'blob', mode = '100644'): string => `${mode} ${type} ${'a'.repeat(40)} ${String(size).padStart(7)}\t${path}\0`;

describe('listingFacts', () => {
  test('a folder of NEVER_SEARCHED_DIRS anywhere in a path, at the top or under another folder; the mean blob size', () => {
    expect(listingFacts(record('src/a.ts', 10) + record('vendor/lib/x.go', 30))).toEqual({ meanBlobBytes: 20, neverSearchedDirs: true });
    expect(listingFacts(record('web/node_modules/p/index.js', 5)).neverSearchedDirs).toBe(true);
    expect(listingFacts(record('a/b/.git/config', 5)).neverSearchedDirs).toBe(true);
    expect(listingFacts(record('x/.yarn/releases/y.cjs', 5)).neverSearchedDirs).toBe(true);
  });

  test('variant: names that only contain one, or a file called so, are no such folder (git\'s `**/vendor/**` excludes neither)', () => {
    const facts = listingFacts(record('myvendor/a.go', 4) + record('src/vendor', 8) + record('third_party_notes/x.md', 6) + record('lib/node_modules.ts', 2));
    expect(facts).toEqual({ meanBlobBytes: 5, neverSearchedDirs: false });
  });

  test('submodules and links: only blobs count for the mean; an empty listing has none', () => {
    expect(listingFacts(record('sub', '-', 'commit', '160000') + record('link', 12, 'blob', '120000') + record('a', 100)).meanBlobBytes).toBe(56);
    expect(listingFacts('')).toEqual({ meanBlobBytes: 0, neverSearchedDirs: false });
  });

  test('a large listing is sampled: each record at most once, the mean of the sample', () => {
    let out = '';
    for (let i = 0; i < 50_000; i++) out += record(`packages/p${i % 1000}/src/m${i}.ts`, i % 2 === 0 ? 20 : 40);
    const facts = listingFacts(out);
    expect(facts.meanBlobBytes).toBeGreaterThan(25);
    expect(facts.meanBlobBytes).toBeLessThan(35);
    expect(facts.neverSearchedDirs).toBe(false);
  });
});

describe('gitPlan', () => {
  test('not listed: git\'s threads and the excludes, as before; small blobs: one thread; no such folder: no excludes', () => {
    expect(gitPlan(null)).toEqual({ oneThread: false, excludes: true });
    expect(gitPlan({ meanBlobBytes: 28, neverSearchedDirs: false })).toEqual({ oneThread: true, excludes: false });
    expect(gitPlan({ meanBlobBytes: ONE_THREAD_BELOW_BYTES, neverSearchedDirs: true })).toEqual({ oneThread: false, excludes: true });
  });
});

const BASE = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
  'src/users.ts': 'export const legacy = 1;\n',
  'src/other.ts': 'export const x = 2;\n',
};
const PR = { 'db/migrations/002.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' };

describe('the search of a listed base', () => {
  test('small blobs, no excluded folder: one thread, no excludes, the same lines as git\'s defaults', async () => {
    repo = makeRepo(BASE, PR);
    const listed = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    listed.list();
    const greps = await tracedGreps(() => listed.prefetchWords!(['legacy', 'Legacy']));
    expect(greps).toHaveLength(1);
    expect(greps[0]).toMatch(/^git grep --threads=1 --no-color -n -z -I -P -f - [0-9a-f]{40} -- \.$/);
    const fromListed = listed.searchWords!(['legacy', 'Legacy']);
    // The same question without a listing: git's defaults, the excludes; the same answer.
    const plain = wordSearcher(repo.dir, repo.base);
    const defaults = await tracedGreps(() => plain.searchWords(['legacy', 'Legacy']));
    expect(defaults[0]).toMatch(/^git grep --no-color -n -z -I -P -f - [0-9a-f]{40} -- \. ':\(exclude,glob\)\*\*\/node_modules\/\*\*'/);
    expect(sorted(fromListed)).toEqual(sorted(plain.searchWords(['legacy', 'Legacy'])));
    expect(sorted(fromListed)).toEqual(['db/migrations/001_users.sql:1:CREATE TABLE users (id bigint PRIMARY KEY, legacy text);', 'src/users.ts:1:export const legacy = 1;']);
  });

  test('must still exclude: a vendored folder keeps the excludes, and its lines stay out', async () => {
    repo = makeRepo({ ...BASE, 'vendor/lib/legacy.go': 'var legacy = 3\n', 'web/node_modules/p/index.js': 'module.exports.legacy = 4;\n' }, PR);
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    tree.list();
    const greps = await tracedGreps(() => tree.searchWords!(['legacy']));
    expect(greps[0]).toContain(':(exclude,glob)**/vendor/**');
    expect(greps[0]).toContain('--threads=1');
    expect(sorted(tree.searchWords!(['legacy']))).toEqual(['db/migrations/001_users.sql:1:CREATE TABLE users (id bigint PRIMARY KEY, legacy text);', 'src/users.ts:1:export const legacy = 1;']);
  });

  test('variant: large blobs keep git\'s threads', async () => {
    const big = `export const legacy = 1;\n${'// filler line of a large file\n'.repeat(Math.ceil(ONE_THREAD_BELOW_BYTES / 16))}`;
    repo = makeRepo({ ...BASE, 'src/users.ts': big, 'src/other.ts': big.replace('legacy', 'other') }, PR);
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    tree.list();
    const greps = await tracedGreps(() => tree.searchWords!(['legacy']));
    expect(greps[0]).not.toContain('--threads');
    expect(greps[0]).not.toContain('exclude');
  });

  test('a background search starts when the base is listed, as its listing says; without a listing, at the next turn with git\'s defaults', async () => {
    repo = makeRepo(BASE, PR);
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    const greps = await tracedGreps(() => {
      const pending = tree.prefetchWords!(['legacy']);
      tree.list(); // what engineNeeds does right after startCodeSearch
      return pending;
    });
    expect(greps).toEqual([expect.stringMatching(/^git grep --threads=1 .* -- \.$/)]);
    const unlisted = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    const later = await tracedGreps(() => unlisted.prefetchWords!(['legacy']));
    expect(later).toEqual([expect.stringMatching(/^git grep --no-color .* ':\(exclude,glob\)\*\*\/node_modules\/\*\*'/)]);
    expect(sorted(unlisted.searchWords!(['legacy']))).toEqual(sorted(tree.searchWords!(['legacy'])));
  });

  test('stopped before it started: no git grep, the promise settles, searchWords searches itself', async () => {
    repo = makeRepo(BASE, PR);
    const tree = gitChangeSet(repo.base, repo.head, { cwd: repo.dir }).baseTree;
    const greps = await tracedGreps(async () => {
      const pending = tree.prefetchWords!(['legacy']);
      tree.stopPrefetch!();
      await pending;
      tree.list();
      await new Promise((next) => setImmediate(next));
    });
    expect(greps).toEqual([]);
    expect(sorted(tree.searchWords!(['legacy']))).toEqual(['db/migrations/001_users.sql:1:CREATE TABLE users (id bigint PRIMARY KEY, legacy text);', 'src/users.ts:1:export const legacy = 1;']);
  });
});
