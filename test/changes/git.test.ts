import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GitError, defaultBase, gitChangeSet, parseNameStatus, readBlobsById } from '../../src/changes/git.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

describe('gitChangeSet', () => {
  test('reports added, modified, deleted and renamed files with base and head text', () => {
    repo = makeRepo(
      {
        'db/migrations/001_init.sql': 'CREATE TABLE users (id int);\n',
        'db/migrations/002_orders.sql': 'CREATE TABLE orders (id int, note text, total int, status text);\n',
        'README.md': 'hello\n',
        'old/name.sql': 'SELECT 1; -- a file long enough for git to see the rename as one\nSELECT 2;\nSELECT 3;\n',
      },
      { 'db/migrations/003_new.sql': 'DROP TABLE users;\n', 'README.md': 'changed\n', 'db/migrations/001_init.sql': null },
      { renames: [['old/name.sql', 'new/name.sql']] },
    );
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.base).toBe(repo.base);
    expect(cs.head).toBe(repo.head);
    expect(cs.files).toEqual([
      { path: 'README.md', status: 'modified' },
      { path: 'db/migrations/001_init.sql', status: 'deleted' },
      { path: 'db/migrations/003_new.sql', status: 'added' },
      { path: 'new/name.sql', oldPath: 'old/name.sql', status: 'renamed' },
    ]);
    expect(cs.baseTree.read('db/migrations/001_init.sql')).toBe('CREATE TABLE users (id int);\n');
    expect(cs.headTree.read('db/migrations/001_init.sql')).toBeNull();
    expect(cs.headTree.read('README.md')).toBe('changed\n');
    expect(cs.baseTree.list()).toContain('old/name.sql');
    expect(cs.headTree.list()).toContain('new/name.sql');
  });

  test('a branch behind main does not "delete" what main merged since (three-dot diff)', () => {
    repo = makeRepo({ 'db/migrations/001.sql': 'CREATE TABLE t (a int);\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'db/migrations/002_feature.sql': 'ALTER TABLE t ADD COLUMN b int;\n' });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'feature');
    const head = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'db/migrations/003_main.sql': 'ALTER TABLE t ADD COLUMN c int;\n' });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'main moves on');
    const mainTip = repo.git('rev-parse', 'HEAD');
    const cs = gitChangeSet(mainTip, head, { cwd: repo.dir });
    expect(cs.files).toEqual([{ path: 'db/migrations/002_feature.sql', status: 'added' }]);
    expect(cs.base).toBe(mainTip);
    // the base side is the base tip: main's newer migration is part of the history
    expect(cs.baseTree.read('db/migrations/003_main.sql')).toBe('ALTER TABLE t ADD COLUMN c int;\n');
  });

  test('head null compares with the working tree: uncommitted and untracked changes count', () => {
    repo = makeRepo({ 'a.sql': 'SELECT 1;\n' }, { 'a.sql': 'SELECT 2;\n', 'db/migrations/9_x.sql': 'DROP TABLE t;\n' }, { commitHead: false });
    const cs = gitChangeSet(repo.base, null, { cwd: repo.dir });
    expect(cs.head).toBe('worktree');
    expect(cs.files).toEqual([
      { path: 'a.sql', status: 'modified' },
      { path: 'db/migrations/9_x.sql', status: 'added' },
    ]);
    expect(cs.headTree.read('db/migrations/9_x.sql')).toBe('DROP TABLE t;\n');
  });

  test('prefetch reads many blobs in one batch with the same results as read', () => {
    const files: Record<string, string | Buffer> = { 'db/bin.sql': Buffer.from([1, 0, 2]), 'db/empty.sql': '' };
    for (let i = 0; i < 50; i++) files[`db/migrations/${String(i).padStart(3, '0')}.sql`] = `SELECT ${i};\n`.repeat(i);
    repo = makeRepo(files, { 'db/migrations/new.sql': 'SELECT 1;\n' });
    const paths = [...Object.keys(files), 'db/missing.sql'];
    const batched = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const single = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    batched.baseTree.prefetch?.(paths);
    for (const p of paths) expect(batched.baseTree.read(p), p).toBe(single.baseTree.read(p));
    expect(batched.baseTree.read('db/migrations/003.sql')).toBe('SELECT 3;\n'.repeat(3));
    expect(batched.baseTree.read('db/empty.sql')).toBe('');
    expect(batched.baseTree.read('db/missing.sql')).toBeNull();
    expect(batched.baseTree.read('db/bin.sql')).toBe('\u0001\u0000\u0002');
  });

  test('NUL bytes are read as text, not skipped as binary (issue 11: one NUL switched the gate off)', () => {
    repo = makeRepo({}, { 'db/migrations/0002.sql': Buffer.from('DROP TABLE users;\n-- \0\n') });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.headTree.read('db/migrations/0002.sql')).toBe('DROP TABLE users;\n-- \u0000\n');
    expect(cs.skipped).toEqual([]);
  });

  test('a 21 MB file is read whole; one over 128 MB is not read, in commits and in the working tree', () => {
    const mid = Buffer.alloc(21 * 1024 * 1024, 0x20);
    mid.write('DROP TABLE users;\n', 0);
    repo = makeRepo({}, { 'db/migrations/mid.sql': mid, 'db/migrations/big.sql': Buffer.alloc(128 * 1024 * 1024 + 1, 0x20) });
    const reason = 'larger than 128 MB, the most rollback-guard reads';
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.headTree.read('db/migrations/mid.sql')?.length).toBe(mid.length);
    expect(cs.headTree.read('db/migrations/big.sql')).toBeNull();
    expect(cs.headTree.unreadable?.('db/migrations/big.sql')).toBe(reason);
    expect(cs.skipped).toEqual([{ file: 'db/migrations/big.sql', reason }]);
    const wt = gitChangeSet(repo.base, null, { cwd: repo.dir });
    expect(wt.headTree.read('db/migrations/big.sql')).toBeNull();
    expect(wt.headTree.unreadable?.('db/migrations/big.sql')).toBe(reason);
    expect(wt.headTree.read('db/migrations/mid.sql')?.length).toBe(mid.length);
  }, 60_000);

  test("the PR's files are read by object id in one batch (sizes checked first), not one git process each", () => {
    const head: Record<string, string | Buffer> = { 'db/migrations/big.sql': Buffer.alloc(128 * 1024 * 1024 + 1, 0x20), 'assets/logo.png': Buffer.from([0x89, 0x50, 0, 1]) };
    for (let i = 0; i < 12; i++) head[`db/migrations/${String(i).padStart(3, '0')}_step.sql`] = `SELECT ${i};\n`;
    for (let i = 0; i < 30; i++) head[`src/code${i}.ts`] = `export const x${i} = ${i};\n`;
    repo = makeRepo({ 'README.md': 'hi\n' }, head);
    const shim = gitShim();
    try {
      const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
      shim.clear();
      for (let i = 0; i < 12; i++) expect(cs.headTree.read(`db/migrations/${String(i).padStart(3, '0')}_step.sql`)).toBe(`SELECT ${i};\n`);
      expect(cs.headTree.read('db/migrations/big.sql')).toBeNull();
      // Only what the analysers read is in the batch: the image and the code are neither read nor reported.
      expect(cs.skipped).toEqual([{ file: 'db/migrations/big.sql', reason: 'larger than 128 MB, the most rollback-guard reads' }]);
      expect(shim.calls()).toEqual(['cat-file --batch-check=%(objectname) %(objecttype) %(objectsize) --follow-symlinks', 'cat-file --batch']);
      // By object id: no `<commit>:<path>` lookups (quadratic in a folder's size), and the big file's bytes never asked for.
      expect(shim.input().split('\n').filter((l) => l.includes(':'))).toEqual([]);
      expect(shim.input().split('\n').filter((l) => /^[0-9a-f]{40}$/.test(l))).toHaveLength(12 + 13);
    } finally {
      shim.remove();
    }
  }, 60_000);

  test("a base history is read by the ids ls-tree gives, in batches that each stay within the byte budget", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`db/migrations/${String(i).padStart(4, '0')}.sql`] = `CREATE TABLE t${i} (id int);\n`;
    repo = makeRepo(files, { 'db/migrations/9999.sql': 'DROP TABLE t1;\n' });
    const shim = gitShim();
    try {
      const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
      // the PR's own file first, as the analyser reads it (the first read brings the PR's files of both sides)
      expect(cs.headTree.read('db/migrations/9999.sql')).toBe('DROP TABLE t1;\n');
      shim.clear();
      const paths = cs.baseTree.list().filter((p) => p.endsWith('.sql'));
      cs.baseTree.prefetch?.(paths);
      for (const p of paths) expect(cs.baseTree.read(p)).toBe(files[p]);
      expect(shim.calls()).toEqual(['ls-tree -r -l -z --full-tree ' + repo.base, 'cat-file --batch']);
      expect(shim.input().split('\n').filter((l) => l.length > 0).every((l) => /^[0-9a-f]{40}$/.test(l))).toBe(true);
      // With a budget of 100 bytes, one object a batch: still batches, never a process per path lookup.
      const blobs = cs.baseTree.list().slice(0, 3).map((p) => ({ oid: git(repo!, 'rev-parse', `${repo!.base}:${p}`), size: files[p].length }));
      shim.clear();
      const read = readBlobsById(repo.dir, blobs, 40);
      expect([...read.values()].map((b) => b.toString())).toEqual(cs.baseTree.list().slice(0, 3).map((p) => files[p]));
      expect(shim.calls()).toEqual(['cat-file --batch', 'cat-file --batch', 'cat-file --batch']);
    } finally {
      shim.remove();
    }
  });

  test('paths that leave the repository read as absent', () => {
    repo = makeRepo({ 'a.txt': 'x' }, {}, { commitHead: false });
    const cs = gitChangeSet(repo.base, null, { cwd: repo.dir });
    expect(cs.headTree.read('../etc/passwd')).toBeNull();
    expect(cs.headTree.read('/etc/passwd')).toBeNull();
    expect(cs.baseTree.read('../x')).toBeNull();
  });

  test('a base commit missing from a shallow checkout is fetched, and the log says so', () => {
    repo = makeRepo({ 'db/migrations/001.sql': 'CREATE TABLE t (a int);\n' }, { 'db/migrations/002.sql': 'DROP TABLE t;\n' });
    const clone = mkdtempSync(join(tmpdir(), 'rg-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
    const log: string[] = [];
    try {
      const cs = gitChangeSet(repo.base, repo.head, { cwd: clone, log: (m) => log.push(m) });
      expect(log[0]).toEqual(`rollback-guard: commit ${repo.base} is not in this (shallow?) checkout; fetching just that commit from origin.`);
      expect(cs.files).toEqual([{ path: 'db/migrations/002.sql', status: 'added' }]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  test('an unknown base is one clear GitError', () => {
    repo = makeRepo({ 'a.txt': 'x' });
    expect(() => gitChangeSet('no-such-branch', repo!.head, { cwd: repo!.dir })).toThrow(GitError);
    expect(() => gitChangeSet('no-such-branch', repo!.head, { cwd: repo!.dir })).toThrow(/cannot find commit 'no-such-branch'/);
  });

  test('defaultBase is the merge-base with main', () => {
    repo = makeRepo({ 'a.txt': 'x' });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'b.txt': 'y' });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'feature');
    expect(defaultBase(repo.dir)).toBe(repo.head);
  });
});

test('parseNameStatus reads renames and copies from -z output', () => {
  expect(parseNameStatus('M\0a\0R087\0b\0c\0C100\0d\0e\0D\0f\0')).toEqual([
    { path: 'a', status: 'modified' },
    { path: 'c', oldPath: 'b', status: 'renamed' },
    { path: 'e', status: 'added' },
    { path: 'f', status: 'deleted' },
  ]);
});

function git(repo: TempRepo, ...args: string[]): string {
  return repo.git(...args);
}
