/**
 * Head's framework settings files told by the base tree entry (issue 18, the warm run's last git
 * process): a run on a cached base tree does not list base, so whether drizzle's journal or
 * Prisma's lock sits beside a PR file in head was asked with `git ls-tree <head> -- <path>`. The
 * entry now keeps base's settings files with their listing records (`Snapshot.knowListed`), and
 * head has those the diff leaves alone (base is the fork point). The answers must be git's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet, repoRootWith } from '../../src/changes/git.js';
import type { ReplayStore } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { memoryStore } from '../helpers/memory-store.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

beforeAll(async () => {
  await prepareEngine();
});

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});
function repo(base: Record<string, string>, head: Record<string, string | null>): TempRepo {
  const r = makeRepo(base, head);
  repos.push(r);
  return r;
}

const JOURNAL = 'db/migrations/meta/_journal.json';
const LOCK = 'prisma/migrations/migration_lock.toml';
// MySQL by its journal only: the statements show no dialect of their own.
const BASE = {
  'db/migrations/0000_init.sql': 'CREATE TABLE t (id int PRIMARY KEY, a int, b int);\n',
  [JOURNAL]: '{"version":"7","dialect":"mysql","entries":[]}\n',
  'prisma/migrations/20240101000000_init/migration.sql': 'CREATE TABLE p (id int PRIMARY KEY, x int);\n',
  [LOCK]: 'provider = "mysql"\n',
  'README.md': 'hello\n',
};

/** The engine on the repository's last commit, with the git commands it ran (GIT_TRACE). */
function run(r: TempRepo, store: ReplayStore | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'rg-told-'));
  const trace = join(dir, 'trace');
  const before = process.env.GIT_TRACE;
  process.env.GIT_TRACE = trace;
  try {
    const changes = gitChangeSet('HEAD~1', 'HEAD', { cwd: repoRootWith(r.dir, 'HEAD~1', 'HEAD') });
    const report = runEngine({ changes: { ...changes, replayCache: store }, config: defaultConfig() }, { today: '2026-12-06' });
    let text = '';
    try {
      text = readFileSync(trace, 'utf8');
    } catch {
      // No git process wrote a line.
    }
    const git = text.split('\n').filter((l) => l.includes('trace: built-in: git ')).map((l) => l.slice(l.indexOf('git ')));
    return { report, git };
  } finally {
    if (before === undefined) delete process.env.GIT_TRACE;
    else process.env.GIT_TRACE = before;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The `ls-tree` of some paths (not a listing of the whole tree). */
const lsTreeOfPaths = (git: string[]): string[] => git.filter((c) => c.includes('ls-tree') && !c.includes(' -r '));
const dialects = (report: ReturnType<typeof runEngine>): string[] => (report.detection ?? []).map((d) => `${d.file} ${d.dialect ?? '-'}`).sort();

describe("head's settings files on a cached base tree", () => {
  test('the reproduction: a PR adding a migration beside an untouched journal and lock: no ls-tree of head, the journal still decides (the report without a cache)', () => {
    const r = repo(BASE, {
      'db/migrations/0001_drop.sql': 'ALTER TABLE t DROP COLUMN a;\n',
      'prisma/migrations/20240102000000_drop/migration.sql': 'ALTER TABLE p DROP COLUMN x;\n',
    });
    const cold = run(r, undefined);
    expect(dialects(cold.report)).toEqual(['db/migrations/0001_drop.sql mysql', 'prisma/migrations/20240102000000_drop/migration.sql mysql']);
    const store = memoryStore();
    const first = run(r, store);
    expect(first.report).toEqual(cold.report);
    const second = run(r, store);
    expect(second.report).toEqual(cold.report);
    // The first (uncached) run lists base and asks nothing else; the cached one lists nothing and asks no ls-tree of the paths either.
    expect(second.git.filter((c) => c.includes('ls-tree'))).toEqual([]);
  }, 60_000);

  test('a variant: the PR deletes the journal and edits the lock to another provider: the diff tells head, as git does', () => {
    const r = repo(BASE, {
      [JOURNAL]: null,
      [LOCK]: 'provider = "postgresql"\n',
      'db/migrations/0001_drop.sql': 'ALTER TABLE t DROP COLUMN a;\n',
      'prisma/migrations/20240102000000_drop/migration.sql': 'ALTER TABLE p DROP COLUMN x;\n',
    });
    const cold = run(r, undefined);
    const store = memoryStore();
    run(r, store);
    const second = run(r, store);
    expect(second.report).toEqual(cold.report);
    expect(dialects(second.report)).toContain('prisma/migrations/20240102000000_drop/migration.sql postgres');
    expect(dialects(second.report)).not.toContain('db/migrations/0001_drop.sql mysql');
    expect(lsTreeOfPaths(second.git)).toEqual([]);
  }, 60_000);

  test('a variant: base has no journal, the PR adds one (and a migration beside it): head has it, by the diff', () => {
    const base = { ...BASE };
    delete (base as Record<string, string>)[JOURNAL];
    const r = repo(base, { [JOURNAL]: '{"dialect":"sqlite"}\n', 'db/migrations/0001_drop.sql': 'ALTER TABLE t DROP COLUMN a;\n' });
    const cold = run(r, undefined);
    expect(dialects(cold.report)).toContain('db/migrations/0001_drop.sql sqlite');
    const store = memoryStore();
    run(r, store);
    const second = run(r, store);
    expect(second.report).toEqual(cold.report);
    expect(lsTreeOfPaths(second.git)).toEqual([]);
  }, 60_000);
});

describe('Snapshot.knowListed (git.ts)', () => {
  test("told records answer listedOf for the paths they cover, without git, as ls-tree does; others go to git", () => {
    const r = repo(BASE, { 'db/migrations/0001_drop.sql': 'ALTER TABLE t DROP COLUMN a;\n' });
    const listedBase = gitChangeSet('HEAD~1', 'HEAD', { cwd: r.dir }).baseTree;
    listedBase.list();
    const records: [string, string][] = [JOURNAL, LOCK].map((p) => [p, listedBase.objectId!(p)!]);
    const isSettings = (p: string): boolean => p.endsWith('/meta/_journal.json') || p.endsWith('/migration_lock.toml');

    const cs = gitChangeSet('HEAD~1', 'HEAD', { cwd: r.dir });
    cs.baseTree.knowListed!(isSettings, records);
    const log = gitShim();
    try {
      const asked = [JOURNAL, LOCK, 'other/meta/_journal.json'];
      expect([...cs.baseTree.listedOf!(asked)!].sort()).toEqual([JOURNAL, LOCK]);
      // Head: base's records for what the diff leaves alone.
      expect([...cs.headTree.listedOf!(asked)!].sort()).toEqual([JOURNAL, LOCK]);
      expect(log.calls()).toEqual([]);
      // A path the predicate does not cover is asked of git, as before.
      expect([...cs.baseTree.listedOf!(['README.md', JOURNAL])!].sort()).toEqual(['README.md', JOURNAL]);
      expect(log.calls().filter((c) => c.startsWith('--literal-pathspecs ls-tree') || c.includes('ls-tree'))).toHaveLength(1);
    } finally {
      log.remove();
    }
    // What was told is read by its object id: the journal's text.
    expect(cs.baseTree.read(JOURNAL)).toBe(BASE[JOURNAL]);
  }, 60_000);

  test('a variant: a told record that is not a blob (a submodule) is not listed', () => {
    const r = repo(BASE, { 'db/migrations/0001_drop.sql': 'ALTER TABLE t DROP COLUMN a;\n' });
    const cs = gitChangeSet('HEAD~1', 'HEAD', { cwd: r.dir });
    cs.baseTree.knowListed!((p) => p.endsWith('/meta/_journal.json'), [[JOURNAL, `160000 commit ${'a'.repeat(40)}       -`]]);
    expect([...cs.baseTree.listedOf!([JOURNAL])!]).toEqual([]);
  }, 60_000);
});
