import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GitError, defaultBase, gitChangeSet, parseNameStatus } from '../../src/changes/git.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

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
    expect(batched.baseTree.read('db/bin.sql')).toBeNull();
  });

  test('binary files are skipped with a reason, not read', () => {
    repo = makeRepo({}, { 'db/migrations/blob.sql': Buffer.from([0x44, 0x00, 0x01, 0x02]) });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.headTree.read('db/migrations/blob.sql')).toBeNull();
    expect(cs.skipped).toEqual([{ file: 'db/migrations/blob.sql', reason: 'binary file' }]);
  });

  test('files over 20 MB are skipped with a reason, in commits and in the working tree', () => {
    const big = `-- ${'x'.repeat(21 * 1024 * 1024)}\n`;
    repo = makeRepo({}, { 'db/migrations/big.sql': big });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.headTree.read('db/migrations/big.sql')).toBeNull();
    expect(cs.skipped).toEqual([{ file: 'db/migrations/big.sql', reason: 'larger than 20 MB' }]);
    const wt = gitChangeSet(repo.base, null, { cwd: repo.dir });
    expect(wt.headTree.read('db/migrations/big.sql')).toBeNull();
    expect(wt.skipped).toEqual([{ file: 'db/migrations/big.sql', reason: 'larger than 20 MB' }]);
  });

  test("the PR's files are read with one batch, not one git process each; one over 20 MB is still skipped", () => {
    const head: Record<string, string | Buffer> = { 'db/migrations/big.sql': `-- ${'x'.repeat(21 * 1024 * 1024)}\n`, 'assets/logo.png': Buffer.from([0x89, 0x50, 0, 1]) };
    for (let i = 0; i < 12; i++) head[`db/migrations/${String(i).padStart(3, '0')}_step.sql`] = `SELECT ${i};\n`;
    repo = makeRepo({ 'README.md': 'hi\n' }, head);
    // A `git` first on PATH that logs each call, then runs the real one.
    const shim = mkdtempSync(join(tmpdir(), 'rg-git-shim-'));
    const log = join(shim, 'calls.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(join(shim, 'git'), `#!/bin/sh\nprintf '%s\\n' "$1 $2" >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const path = process.env.PATH;
    process.env.PATH = `${shim}:${path}`;
    try {
      const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
      writeFileSync(log, '');
      for (let i = 0; i < 12; i++) expect(cs.headTree.read(`db/migrations/${String(i).padStart(3, '0')}_step.sql`)).toBe(`SELECT ${i};\n`);
      expect(cs.headTree.read('db/migrations/big.sql')).toBeNull();
      // Only what the analysers read is in the batch: the image is neither read nor reported.
      expect(cs.skipped).toEqual([{ file: 'db/migrations/big.sql', reason: 'larger than 20 MB' }]);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['cat-file --batch']);
    } finally {
      process.env.PATH = path;
      rmSync(shim, { recursive: true, force: true });
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
      expect(log).toEqual([`rollback-guard: commit ${repo.base} is not in this (shallow?) checkout; fetching just that commit from origin.`]);
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
