/**
 * Two git processes fewer per `check` (issue 18, the fixed cost): the merge base comes from the
 * first `rev-parse` (`B...H` prints `^<merge base>`), and head's framework settings files
 * (`listedOf`) are told by base's listing when base is the fork point and the diff does not name
 * them (src/changes/git.ts). Every answer must stay what `git merge-base` and `git ls-tree` give.
 */
import { afterEach, expect, test } from 'vitest';
import { gitChangeSet, repoRootWith } from '../../src/changes/git.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});
function repo(...args: Parameters<typeof makeRepo>): TempRepo {
  const r = makeRepo(...args);
  repos.push(r);
  return r;
}

/** A PR branched from `base`, and main moved on since (a file merged to main after the fork). */
function movedOn(): { r: TempRepo; base: string; head: string; fork: string } {
  const r = repo({ 'db/1.sql': 'create table t (id int);\n' }, {});
  const fork = r.base;
  r.git('checkout', '-q', '-b', 'pr');
  r.write({ 'db/3.sql': 'alter table t drop column id;\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'pr');
  const head = r.git('rev-parse', 'HEAD');
  r.git('checkout', '-q', 'main');
  r.write({ 'db/2.sql': 'create table u (id int);\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'main moves on');
  return { r, base: r.git('rev-parse', 'HEAD'), head, fork };
}

test('the reproduction: check --base B --head H asks no merge-base process, and the diff is still three-dot', () => {
  const { r, base, head } = movedOn();
  const log = gitShim();
  try {
    const root = repoRootWith(r.dir, base, head);
    const cs = gitChangeSet(base, head, { cwd: root });
    // db/2.sql, merged to main after the fork, is not the PR's deletion.
    expect(cs.files).toEqual([{ path: 'db/3.sql', status: 'added' }]);
    expect(log.calls().filter((c) => c.startsWith('merge-base'))).toEqual([]);
    expect(log.calls().filter((c) => c.startsWith('rev-parse'))).toHaveLength(1);
  } finally {
    log.remove();
  }
});

test('a variant: gitChangeSet alone (the Action without repoRootWith) learns the merge base from its own rev-parse', () => {
  const { r, base, head } = movedOn();
  const log = gitShim();
  try {
    const cs = gitChangeSet(base, head, { cwd: r.dir });
    expect(cs.files).toEqual([{ path: 'db/3.sql', status: 'added' }]);
    expect(log.calls().filter((c) => c.startsWith('merge-base'))).toEqual([]);
  } finally {
    log.remove();
  }
});

test('unrelated histories print no merge base: base is all there is, as before', () => {
  const r = repo({ 'db/1.sql': 'create table t (id int);\n' });
  r.git('checkout', '-q', '--orphan', 'other');
  r.git('rm', '-q', '-r', '--cached', '.');
  r.write({ 'db/1.sql': null, 'db/9.sql': 'create table z (id int);\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'unrelated');
  const head = r.git('rev-parse', 'HEAD');
  const log = gitShim();
  try {
    const cs = gitChangeSet(r.base, head, { cwd: repoRootWith(r.dir, r.base, head) });
    expect(cs.files).toEqual([
      { path: 'db/1.sql', status: 'deleted' },
      { path: 'db/9.sql', status: 'added' },
    ]);
    // merge-base is asked (and finds none), as it always was.
    expect(log.calls().filter((c) => c.startsWith('merge-base'))).toHaveLength(1);
  } finally {
    log.remove();
  }
});

test('criss-cross merges (two merge bases): git merge-base decides, as before', () => {
  const r = repo({ 'a.txt': 'a\n' });
  r.git('checkout', '-q', '-b', 'x');
  r.write({ 'x.txt': 'x\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'x1');
  const x1 = r.git('rev-parse', 'HEAD');
  r.git('checkout', '-q', 'main');
  r.write({ 'y.txt': 'y\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'y1');
  const y1 = r.git('rev-parse', 'HEAD');
  r.git('merge', '-q', '--no-edit', x1);
  r.write({ 'db/main.sql': 'create table m (id int);\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'main');
  const base = r.git('rev-parse', 'HEAD');
  r.git('checkout', '-q', 'x');
  r.git('merge', '-q', '--no-edit', y1);
  r.write({ 'db/pr.sql': 'create table p (id int);\n' });
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'pr');
  const head = r.git('rev-parse', 'HEAD');
  expect(r.git('merge-base', '--all', base, head).split('\n')).toHaveLength(2);
  const fork = r.git('merge-base', base, head);
  const expected = r.git('diff', '--name-only', fork, head).split('\n');
  const log = gitShim();
  try {
    const cs = gitChangeSet(base, head, { cwd: repoRootWith(r.dir, base, head) });
    expect(cs.files.map((f) => f.path)).toEqual(expected);
    expect(log.calls().filter((c) => c.startsWith('merge-base'))).toHaveLength(1);
  } finally {
    log.remove();
  }
});

const JOURNAL = 'db/migrations/meta/_journal.json';

/** Head's `listedOf` after base was listed, with the git calls it made. */
function headListedOf(r: TempRepo, base: string, head: string, paths: string[]): { listed: string[] | null; calls: string[] } {
  const cs = gitChangeSet(base, head, { cwd: repoRootWith(r.dir, base, head) });
  cs.baseTree.list();
  const log = gitShim();
  try {
    const listed = cs.headTree.listedOf!(paths);
    return { listed: listed === null ? null : [...listed].sort(), calls: log.calls() };
  } finally {
    log.remove();
  }
}

/** What `git ls-tree` says head lists, blobs only (listedOf's answer without the shortcut). */
function lsTree(r: TempRepo, head: string, paths: string[]): string[] {
  const out = r.git('--literal-pathspecs', 'ls-tree', '--full-tree', head, '--', ...paths);
  return out
    .split('\n')
    .filter((l) => l.includes(' blob '))
    .map((l) => l.slice(l.indexOf('\t') + 1))
    .filter((p) => paths.includes(p))
    .sort();
}

test("head's settings file, untouched by the PR, is told by base's listing: no ls-tree of head", () => {
  const r = repo(
    { 'db/migrations/0000_init.sql': 'create table t (id int);\n', [JOURNAL]: '{"dialect":"sqlite"}\n', 'prisma/migrations/x.sql': '' },
    { 'db/migrations/0001_drop.sql': 'alter table t drop column id;\n' },
  );
  const paths = [JOURNAL, 'db/migrations/migration_lock.toml', 'prisma/migrations/x.sql', 'db/migrations'];
  const { listed, calls } = headListedOf(r, r.base, r.head, paths);
  expect(listed).toEqual(lsTree(r, r.head, paths));
  expect(listed).toEqual([JOURNAL, 'prisma/migrations/x.sql']);
  expect(calls).toEqual([]);
});

test('a variant: the PR adds one settings file, deletes another and edits a third: the diff tells those, base the rest', () => {
  const r = repo(
    { 'a/meta/_journal.json': '{}\n', 'b/meta/_journal.json': '{}\n', 'c/migration_lock.toml': 'provider = "mysql"\n' },
    { 'a/meta/_journal.json': null, 'b/meta/_journal.json': '{"dialect":"mysql"}\n', 'd/migration_lock.toml': 'provider = "postgresql"\n' },
  );
  const paths = ['a/meta/_journal.json', 'b/meta/_journal.json', 'c/migration_lock.toml', 'd/migration_lock.toml', 'e/migration_lock.toml'];
  const { listed, calls } = headListedOf(r, r.base, r.head, paths);
  expect(listed).toEqual(lsTree(r, r.head, paths));
  expect(listed).toEqual(['b/meta/_journal.json', 'c/migration_lock.toml', 'd/migration_lock.toml']);
  expect(calls).toEqual([]);
});

test("a renamed file's old path is not on the diff's head side: ls-tree answers, as before", () => {
  const r = repo({ 'a/meta/_journal.json': '{"x":1}\n', 'keep.txt': 'k\n' }, {}, { renames: [['a/meta/_journal.json', 'b/meta/_journal.json']] });
  const paths = ['a/meta/_journal.json', 'keep.txt'];
  const { listed, calls } = headListedOf(r, r.base, r.head, paths);
  expect(listed).toEqual(lsTree(r, r.head, paths));
  expect(listed).toEqual(['keep.txt']);
  expect(calls.filter((c) => c.startsWith('--literal-pathspecs ls-tree'))).toHaveLength(1);
});

test('when main moved on since the fork, base is not head minus the diff: ls-tree answers', () => {
  const { r, base, head } = movedOn();
  const paths = ['db/1.sql', 'db/2.sql', 'db/3.sql'];
  const { listed, calls } = headListedOf(r, base, head, paths);
  // db/2.sql is in base's listing but not in head: only git can say so here.
  expect(listed).toEqual(lsTree(r, head, paths));
  expect(listed).toEqual(['db/1.sql', 'db/3.sql']);
  expect(calls.filter((c) => c.startsWith('--literal-pathspecs ls-tree'))).toHaveLength(1);
});

test('base not listed yet: ls-tree of those paths, never a listing of base for it', () => {
  const r = repo({ [JOURNAL]: '{}\n' }, { 'db/migrations/0001.sql': 'select 1;\n' });
  const cs = gitChangeSet(r.base, r.head, { cwd: repoRootWith(r.dir, r.base, r.head) });
  const log = gitShim();
  try {
    expect([...(cs.headTree.listedOf!([JOURNAL]) ?? [])]).toEqual([JOURNAL]);
    expect(log.calls()).toEqual([`--literal-pathspecs ls-tree -l -z --full-tree ${r.head}`]);
  } finally {
    log.remove();
  }
});

// Session 9: base's root tree (the replay cache's tree entry key) comes with the first `rev-parse`.
test("the reproduction: a cached run's base tree id is told by repoRootWith's rev-parse, no rev-parse of <base>^{tree}", () => {
  const r = repo({ 'db/1.sql': 'create table t (id int);\n' }, { 'db/2.sql': 'alter table t drop column id;\n' });
  const want = r.git('rev-parse', `${r.base}^{tree}`);
  const log = gitShim();
  try {
    const cs = gitChangeSet(r.base, r.head, { cwd: repoRootWith(r.dir, r.base, r.head) });
    expect(cs.baseTree.treeId?.()).toBe(want);
    expect(log.calls().filter((c) => c.includes('rev-parse'))).toHaveLength(1);
  } finally {
    log.remove();
  }
});

test("a variant: main moved on since the fork: base's snapshot is base's tip, its tree told; head's tree is asked of git", () => {
  const { r, base, head, fork } = movedOn();
  const [baseTree, headTree, forkTree] = [base, head, fork].map((c) => r.git('rev-parse', `${c}^{tree}`));
  expect(new Set([baseTree, headTree, forkTree]).size).toBe(3);
  const log = gitShim();
  try {
    const cs = gitChangeSet(base, head, { cwd: repoRootWith(r.dir, base, head) });
    expect(cs.baseTree.treeId?.()).toBe(baseTree);
    expect(log.calls().filter((c) => c.includes('rev-parse'))).toHaveLength(1);
    // Another commit's snapshot is not told base's tree: it asks.
    expect(cs.headTree.treeId?.()).toBe(headTree);
    expect(log.calls().filter((c) => c.includes(`${head}^{tree}`))).toHaveLength(1);
  } finally {
    log.remove();
  }
});

test('without repoRootWith (gitChangeSet alone) the tree id is asked as before, and right', () => {
  const r = repo({ 'db/1.sql': 'create table t (id int);\n' }, { 'db/2.sql': 'select 1;\n' });
  const cs = gitChangeSet(r.base, r.head, { cwd: r.dir });
  expect(cs.baseTree.treeId?.()).toBe(r.git('rev-parse', `${r.base}^{tree}`));
});

test('a revision that is no commit: repoRootWith falls back as before (the tree arg adds no new failure)', () => {
  const r = repo({ 'a.txt': 'a\n' }, { 'b.txt': 'b\n' });
  expect(repoRootWith(r.dir, r.base, r.head)).toBe(repoRootWith(r.dir, 'no-such-rev', r.head));
});
