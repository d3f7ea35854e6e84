/**
 * The base plan cache (`migrations/replay-cache.ts`'s `basePlanKey`, used by `plan.ts`): on a git
 * base whose migration files (by object id), config and build are those of an earlier run, the
 * base's classifications and content dialects come from the cache and no base migration is read;
 * any change of what the plan reads is a miss; a damaged entry is a full plan with the same report.
 * The plan holds the base migrations' dialects too (keyed by the framework settings files that
 * decide them): a PR file whose content votes beside base files that show no dialect decides them
 * again, exactly as a run without a cache.
 */
import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import type { ChangeSet, ReplayStore, Snapshot } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { basePlanKey } from '../../src/migrations/replay-cache.js';
import { memoryStore } from '../helpers/memory-store.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine();
});

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const BASE: Record<string, string> = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy text);\nCREATE UNIQUE INDEX users_email ON users (email);\n',
  'db/migrations/002_more.sql': 'ALTER TABLE users ADD COLUMN nick text;\n',
  // Shows no dialect: takes its neighbours' (content dialects are part of the plan).
  'db/migrations/003_mysqlish.sql': 'ALTER TABLE users ADD COLUMN `tag` text;\n',
  'README.md': 'hello\n',
};
const PR: Record<string, string> = {
  'db/migrations/004_pr.sql': 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;\nDROP INDEX users_email;\nALTER TABLE users DROP COLUMN nick;\n',
};

function repo(base = BASE, head: Record<string, string | null> = PR): TempRepo {
  const r = makeRepo(base, head);
  repos.push(r);
  return r;
}

/**
 * The change set of a repository's last commit, with `store`, its base reads recorded in `reads`.
 * Its base has no tree id, so the base plan entry is what a run finds (the base tree entry, which
 * would answer first on the same tree, is base-tree-cache.test.ts's).
 */
function changesOf(r: TempRepo, store: ReplayStore | undefined, reads: string[] = []): ChangeSet {
  const changes = gitChangeSet('HEAD~1', 'HEAD', { cwd: r.dir });
  const tree = changes.baseTree;
  const baseTree: Snapshot = {
    ...tree,
    treeId: undefined,
    list: () => tree.list(),
    read: (p) => {
      reads.push(p);
      return tree.read(p);
    },
    prefetch: (ps) => {
      reads.push(...ps);
      tree.prefetch?.(ps);
    },
  };
  return { ...changes, baseTree, replayCache: store };
}

function run(r: TempRepo, store: ReplayStore | undefined, config: Config = defaultConfig(), reads: string[] = []) {
  return runEngine({ changes: changesOf(r, store, reads), config }, { today: '2026-12-05' });
}

const migrationReads = (reads: string[]): string[] => [...new Set(reads.filter((p) => p.startsWith('db/migrations/00') && !p.includes('004')))].sort();

describe('the base plan cache', () => {
  test('a second run on the same base reads no base migration and reports the same', () => {
    const r = repo();
    const cold = run(r, undefined);
    expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['drop-column', 'drop-index']));
    const store = memoryStore();
    const coldReads: string[] = [];
    expect(run(r, store, defaultConfig(), coldReads)).toEqual(cold);
    expect(migrationReads(coldReads).length).toBe(3);
    expect([store.hits, store.writes]).toEqual([0, 2]); // the plan and the replay
    const warmReads: string[] = [];
    expect(run(r, store, defaultConfig(), warmReads)).toEqual(cold);
    expect([store.hits, store.writes]).toEqual([2, 2]);
    expect(migrationReads(warmReads)).toEqual([]);
  });

  test('a changed, added or removed file in the migrations folder is a miss; a change elsewhere is not', () => {
    const store = memoryStore();
    run(repo(), store);
    expect(store.writes).toBe(2);
    for (const base of [
      { ...BASE, 'db/migrations/002_more.sql': 'ALTER TABLE users ADD COLUMN nick2 text;\n' },
      { ...BASE, 'db/migrations/002b_more.sql': 'SELECT 1;\n' },
      Object.fromEntries(Object.entries(BASE).filter(([p]) => !p.includes('002'))),
      // A SQL file outside the migrations: its name is evidence of the layout, so it is keyed too.
      { ...BASE, 'scripts/report.sql': 'SELECT 1;\n' },
    ]) {
      const r = repo(base);
      const before = { hits: store.hits, writes: store.writes };
      const warm = run(r, store);
      expect(store.hits - before.hits).toBe(0);
      expect(store.writes - before.writes).toBe(2);
      expect(warm).toEqual(run(r, undefined));
    }
    // README changed: the same migrations, a hit for both.
    const r = repo({ ...BASE, 'README.md': 'changed\n' });
    const before = store.hits;
    const reads: string[] = [];
    expect(run(r, store, defaultConfig(), reads)).toEqual(run(r, undefined));
    expect(store.hits - before).toBe(2);
    expect(migrationReads(reads)).toEqual([]);
  }, 120_000);

  test('a config change is a miss', () => {
    const r = repo();
    const store = memoryStore();
    run(r, store);
    const config = defaultConfig();
    config.migrations[0].dialect = 'mysql';
    const before = store.hits;
    expect(run(r, store, config)).toEqual(run(r, undefined, config));
    expect(store.hits - before).toBe(0);
    const ignoring = defaultConfig();
    ignoring.ignorePaths = ['db/migrations/002_more.sql'];
    expect(run(r, store, ignoring)).toEqual(run(r, undefined, ignoring));
    expect(store.hits - before).toBe(0);
  });

  test.each([
    ['truncated', (t: string) => t.slice(0, t.length >> 1)],
    ['a classification changed', (t: string) => t.replace('versioned', 'unversioned')],
    ['rows of another length', (t: string) => t.replace(/"rows":\[/, '"rows":[0,')],
    ['a dialect changed', (t: string) => t.replace('"mysql"', '"sqlite"')],
    ['not JSON', () => 'garbage'],
  ])('a damaged plan entry (%s) is a full plan: same report, written again', (_, damage) => {
    const r = repo();
    const cold = run(r, undefined);
    const store = memoryStore();
    run(r, store);
    const [key, text] = [...store.entries].find(([, t]) => t.includes('base plan'))!;
    store.entries.set(key, damage(text));
    const reads: string[] = [];
    expect(run(r, store, defaultConfig(), reads)).toEqual(cold);
    expect(store.entries.get(key)).toBe(text);
    expect(migrationReads(reads).length).toBe(3);
  });

  test('a plan hit with a replay miss reads the base migrations once, in one batch, and reports the same', () => {
    const r = repo();
    const cold = run(r, undefined);
    const store = memoryStore();
    run(r, store);
    const [key] = [...store.entries].find(([, t]) => t.includes('rollback-guard replay'))!;
    store.entries.delete(key);
    const reads: string[] = [];
    const prefetches: string[][] = [];
    const changes = changesOf(r, store, reads);
    const prefetch = changes.baseTree.prefetch!;
    changes.baseTree.prefetch = (ps) => {
      prefetches.push(ps);
      prefetch(ps);
    };
    expect(runEngine({ changes, config: defaultConfig() }, { today: '2026-12-05' })).toEqual(cold);
    expect(store.entries.has(key)).toBe(true);
    expect(prefetches.filter((ps) => ps.some((p) => p.includes('001_users')))).toEqual([['db/migrations/001_users.sql', 'db/migrations/002_more.sql', 'db/migrations/003_mysqlish.sql']]);
  });

  test('a hit reads no framework settings file of base; a change of one is a miss', () => {
    // Prisma's migration_lock.toml decides the dialect of every migration.sql of its folders.
    const lock = (provider: string): string => `provider = "${provider}"\n`;
    const base = {
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
      'prisma/migrations/20240102000000_more/migration.sql': 'ALTER TABLE users ADD COLUMN nick text;\n',
      'prisma/migrations/migration_lock.toml': lock('mysql'),
    };
    const head = { 'prisma/migrations/20240103000000_pr/migration.sql': 'ALTER TABLE users DROP COLUMN legacy;\n' };
    const r = repo(base, head);
    const cold = run(r, undefined);
    expect(cold.detection?.find((d) => d.file.includes('_pr/'))?.reason).toContain('mysql by migration_lock.toml beside it');
    const store = memoryStore();
    run(r, store);
    const reads: string[] = [];
    expect(run(r, store, defaultConfig(), reads)).toEqual(cold);
    expect([store.hits, store.writes]).toEqual([2, 2]);
    expect(reads.filter((p) => p.endsWith('.toml') || (p.includes('prisma/') && !p.includes('_pr/')))).toEqual([]);
    // Another provider, or none (the file removed): other keys, each report the one without a cache.
    for (const other of [{ ...base, 'prisma/migrations/migration_lock.toml': lock('postgresql') }, Object.fromEntries(Object.entries(base).filter(([p]) => !p.endsWith('.toml')))]) {
      const changed = repo(other, head);
      const before = { hits: store.hits, writes: store.writes };
      const report = run(changed, store);
      expect([store.hits - before.hits, store.writes - before.writes]).toEqual([0, 2]);
      expect(report).toEqual(run(changed, undefined));
      expect(report.detection).not.toEqual(cold.detection);
    }
  }, 120_000);

  test.each([
    ['kept', {}, 'mysql by migration_lock.toml beside it'],
    ['removed by the PR', { 'prisma/migrations/migration_lock.toml': null }, 'postgres by the default'],
  ])('the PR side\'s settings file (%s) is looked up by its path, not by listing the head tree: the same reports as with the listing', (_, change, reason) => {
    const base = {
      'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy text);\n',
      'prisma/migrations/migration_lock.toml': 'provider = "mysql"\n',
    };
    const r = repo(base, { 'prisma/migrations/20240103000000_pr/migration.sql': 'ALTER TABLE users DROP COLUMN legacy;\n', ...change });
    const withListing = (listedOf: boolean) => {
      const changes = changesOf(r, undefined);
      let listings = 0;
      const head = changes.headTree;
      const headTree: Snapshot = { ...head, list: () => (listings++, head.list()), ...(listedOf ? {} : { listedOf: undefined }) };
      const report = runEngine({ changes: { ...changes, headTree }, config: defaultConfig() }, { today: '2026-12-05' });
      return { report, listings };
    };
    const byPath = withListing(true);
    const byListing = withListing(false);
    expect(byPath.report).toEqual(byListing.report);
    expect(byPath.report.detection?.find((d) => d.file.includes('_pr/'))?.reason).toContain(reason);
    expect([byPath.listings, byListing.listings]).toEqual([0, 1]);
  }, 120_000);

  test.each([
    // jsonb shows Postgres: the folder's files now show two dialects, so those that show none take the default.
    // 001 and 002 then replay into the PR's Postgres history: it knows users.legacy.
    ['a PR file shows another dialect by its content', { 'db/migrations/004_pr.sql': 'ALTER TABLE users ADD COLUMN meta jsonb;\nALTER TABLE users DROP COLUMN legacy;\n' }, 'Dropping column users.legacy breaks the previous release'],
    // A deleted base file votes twice (base and PR side), as without a cache: its neighbours' reason counts 2.
    ['a PR deletes the base file that shows a dialect', { 'db/migrations/003_mysqlish.sql': null }, 'deleting it breaks the migration history'],
  ])('%s: the base files that show none are decided again, as without a cache', (_, head, message) => {
    const r = repo(BASE, head);
    const cold = run(r, undefined);
    expect(cold.findings.map((f) => f.message).join('\n')).toContain(message);
    const store = memoryStore();
    expect(run(r, store)).toEqual(cold);
    const before = store.hits;
    expect(run(r, store)).toEqual(cold);
    expect(store.hits - before).toBe(2); // the plan, and the replay of the base as this PR decides it
    // The same base under the first PR's plan entry: the base's own dialects differ from this PR's view.
    const plain = repo();
    const warmPlain = memoryStore();
    run(plain, warmPlain);
    expect(run(plain, warmPlain)).toEqual(run(plain, undefined));
    expect(cold).not.toEqual(run(plain, undefined));
  }, 120_000);

  test('a forged checksum over a payload of the wrong shape is ignored', () => {
    const r = repo();
    const cold = run(r, undefined);
    const store = memoryStore();
    run(r, store);
    const [key, text] = [...store.entries].find(([, t]) => t.includes('base plan'))!;
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
    const forge = (payload: string): void => {
      store.entries.set(key, `${JSON.stringify({ ...header, sha256: createHash('sha256').update(payload).digest('hex') })}\n${payload}`);
    };
    const good = JSON.parse(text.slice(text.indexOf('\n') + 1)) as Record<string, unknown[]>;
    for (const payload of [
      { strings: ['x'], rows: [[0, 0, 7, null]], dialects: [0] },
      // Readings for fewer files than the plan's migrations.
      { ...good, readings: [[1, ...(good.readings[0] as number[]).slice(1)]] },
      // A dialect rollback-guard does not know.
      { ...good, strings: good.strings.map((x) => (x === 'mysql' ? 'oracle' : x)) },
      // A file index past the migrations.
      { ...good, runsOn: [[99, [0]]] },
      { ...good, pending: [-1] },
    ]) {
      forge(JSON.stringify(payload));
      const reads: string[] = [];
      expect(run(r, store, defaultConfig(), reads)).toEqual(cold);
      expect(store.entries.get(key)).toBe(text);
      expect(migrationReads(reads).length).toBe(3);
    }
  });

  test('no key when a migration is a symbolic link (its text is another file) or the snapshot has no object ids', () => {
    const r = repo();
    symlinkSync('001_users.sql', join(r.dir, 'db/migrations/005_link.sql'));
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'link');
    const changes = gitChangeSet('HEAD', 'HEAD', { cwd: r.dir });
    const paths = changes.baseTree.list().filter((p) => p.endsWith('.sql'));
    expect(basePlanKey(changes.baseTree, paths, defaultConfig(), 'b')).toBeUndefined();
    const plain = paths.filter((p) => !p.includes('005'));
    const key = basePlanKey(changes.baseTree, plain, defaultConfig(), 'b');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(basePlanKey(changes.baseTree, plain, defaultConfig(), 'c')).not.toBe(key);
    expect(basePlanKey({ list: () => paths, read: () => null }, plain, defaultConfig(), 'b')).toBeUndefined();
  });
});
