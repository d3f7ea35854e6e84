/**
 * Node's compile cache (src/compile-cache.ts, docs/cache.md): where it goes, when it is off, that a
 * Node without the API or a folder it cannot use changes nothing, and that a damaged cache gives the
 * report a run without one gives (dist/cli.js, under the Node running the tests: Node 20 has no
 * such API, Node 22.1+ has; `RG_NODE=<node 24> npx vitest run test/compile-cache.test.ts` for both).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliCacheDir, compileCacheDir, gitDirAbove, startCompileCache } from '../src/compile-cache.js';
import { makeRepo } from './helpers/git-repo.js';
import { DIST_CLI, ensureBuilt, nodeBinary } from './helpers/runner.js';

const noEnv = {};

describe('the compile cache folder', () => {
  test('ROLLBACK_GUARD_CACHE: off is none, a path is its compile/ folder, for any command', () => {
    for (const off of ['off', '0', 'false', ' off ']) expect(compileCacheDir({ ROLLBACK_GUARD_CACHE: off }, '/x', true)).toBeNull();
    expect(compileCacheDir({ ROLLBACK_GUARD_CACHE: '/tmp/rg-cache' }, '/x', false)).toBe('/tmp/rg-cache/compile');
    expect(cliCacheDir(['sql', 'a.sql'], { ROLLBACK_GUARD_CACHE: '/tmp/rg-cache' }, '/x')).toBe('/tmp/rg-cache/compile');
  });

  test('in a repository: its git directory, from the top, a subfolder or --cwd; sql and contract write nothing', () => {
    const repo = makeRepo({ 'src/deep/a.txt': 'a\n' });
    try {
      const gitDir = join(repo.dir, '.git');
      expect(compileCacheDir(noEnv, repo.dir, true)).toBe(join(gitDir, 'rollback-guard', 'compile'));
      expect(compileCacheDir(noEnv, join(repo.dir, 'src/deep'), true)).toBe(join(gitDir, 'rollback-guard', 'compile'));
      expect(cliCacheDir(['check', '--base', 'HEAD', '--cwd', 'src/deep'], noEnv, repo.dir)).toBe(join(gitDir, 'rollback-guard', 'compile'));
      expect(cliCacheDir(['check', `--cwd=${repo.dir}`], noEnv, tmpdir())).toBe(join(gitDir, 'rollback-guard', 'compile'));
      expect(cliCacheDir(['plan'], noEnv, repo.dir)).toBe(join(gitDir, 'rollback-guard', 'compile'));
      expect(cliCacheDir(['sql', 'a.sql'], noEnv, repo.dir)).toBeNull();
      expect(cliCacheDir(['contract', 'a.yaml', 'b.yaml'], noEnv, repo.dir)).toBeNull();
      expect(cliCacheDir([], noEnv, repo.dir)).toBeNull();
      expect(compileCacheDir({ GIT_DIR: '/elsewhere/.git' }, repo.dir, true)).toBe('/elsewhere/.git/rollback-guard/compile');
    } finally {
      repo.remove();
    }
  });

  test('a worktree uses the common git directory, as the replay cache does; no repository is none', () => {
    const repo = makeRepo({ 'a.txt': 'a\n' });
    const other = mkdtempSync(join(tmpdir(), 'rg-wt-'));
    try {
      const tree = join(other, 'wt');
      repo.git('worktree', 'add', '-q', tree);
      expect(realpathSync(gitDirAbove(tree, noEnv)!)).toBe(realpathSync(join(repo.dir, '.git')));
      const lone = join(other, 'lone');
      mkdirSync(lone);
      expect(gitDirAbove(lone, noEnv)).toBeNull();
      // A `.git` file that names nothing: none (never a guess).
      writeFileSync(join(lone, '.git'), 'not a pointer\n');
      expect(gitDirAbove(lone, noEnv)).toBeNull();
    } finally {
      rmSync(other, { recursive: true, force: true });
      repo.remove();
    }
  });
});

describe('startCompileCache', () => {
  test('no folder, no API, a failing or throwing API: nothing happens and nothing throws', () => {
    const calls: string[] = [];
    expect(startCompileCache(null, { enableCompileCache: (d) => (calls.push(d), { status: 1 }) })).toBe('off');
    expect(startCompileCache('/x', {})).toBe('unsupported');
    expect(startCompileCache('/x', { enableCompileCache: () => ({ status: 0, message: 'cannot create' }) })).toBe('failed');
    expect(startCompileCache('/x', { enableCompileCache: () => ({ status: 3 }) })).toBe('failed');
    expect(
      startCompileCache('/x', {
        enableCompileCache: () => {
          throw new Error('boom');
        },
      }),
    ).toBe('failed');
    expect(calls).toEqual([]);
    expect(startCompileCache('/y', { enableCompileCache: (d) => (calls.push(d), { status: 1 }) })).toBe('enabled');
    expect(startCompileCache('/y', { enableCompileCache: () => ({ status: 2 }) })).toBe('enabled');
    expect(calls).toEqual(['/y']);
  });
});

describe('dist/cli.js with the compile cache', () => {
  beforeAll(() => ensureBuilt());
  const node = nodeBinary();
  const hasApi = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout.trim() === 'function';

  test(`check: the same report with no cache, a filled one and a damaged one (this Node ${hasApi ? 'has' : 'has no'} compile cache)`, () => {
    const repo = makeRepo(
      { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);\n' },
      { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n' },
    );
    try {
      const run = (env: Record<string, string> = {}) => {
        const r = spawnSync(node, [DIST_CLI, 'check', '--base', repo.base, '--head', repo.head, '--format', 'json'], { cwd: repo.dir, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env } });
        return { status: r.status, stdout: r.stdout, stderr: r.stderr };
      };
      const folder = join(repo.dir, '.git', 'rollback-guard', 'compile');
      const off = run({ ROLLBACK_GUARD_CACHE: 'off' });
      expect(off.status).toBe(1);
      expect(existsSync(folder)).toBe(false);
      const first = run();
      expect(first).toEqual(off);
      expect(existsSync(folder)).toBe(hasApi);
      if (!hasApi) return;
      const second = run();
      expect(second).toEqual(off);
      // Every cached file damaged: Node compiles again; the report is the same.
      const files: string[] = [];
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const p = join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else files.push(p);
        }
      };
      walk(folder);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) writeFileSync(f, 'damaged');
      expect(run()).toEqual(off);
    } finally {
      repo.remove();
    }
  });
});
