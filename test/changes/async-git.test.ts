/**
 * The fixed cost of a `check --base B --head H` (issue 18, floor12): its first git processes run
 * asynchronously (`repoRootWithAsync`, `gitChangeSetAsync`, `prefetchAsync`) so that the CLI's
 * modules load beside them, and the first read's `cat-file --batch-check` and `--batch` are one
 * `cat-file --batch-command` (info first, the size check, then contents). Every answer, note and
 * error must stay what the synchronous path gives; an older git (no `--batch-command`) reads with
 * two processes as before.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { gitChangeSet, gitChangeSetAsync, repoRootWith, repoRootWithAsync, runGit } from '../../src/changes/git.js';
import { MAX_FILE_BYTES } from '../../src/changes/files.js';
import { CONFIG_PATHS } from '../../src/config/paths.js';
import type { ChangeSet } from '../../src/changes/types.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

const repos: TempRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function repo(...args: Parameters<typeof makeRepo>): TempRepo {
  const r = makeRepo(...args);
  repos.push(r);
  return r;
}

const BASE = { 'db/migrations/0001.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, note text);\n', 'api/openapi.yaml': 'openapi: 3.0.3\n' };
const HEAD = { 'db/migrations/0002.sql': 'ALTER TABLE users DROP COLUMN note;\n', 'api/openapi.yaml': 'openapi: 3.1.0\n', 'README.md': 'hi\n' };

/** What a change set says of its files: the texts and reasons both sides give, the notes, in order. */
function seen(cs: ChangeSet, paths: string[]): unknown {
  return {
    files: cs.files,
    base: paths.map((p) => [p, cs.baseTree.read(p), cs.baseTree.unreadable?.(p)]),
    head: paths.map((p) => [p, cs.headTree.read(p), cs.headTree.unreadable?.(p)]),
    skipped: cs.skipped,
  };
}

/** The CLI's order (src/cli.ts `check`): the top, the diff, the configuration's reads; all asynchronous. */
async function asyncChangeSet(r: TempRepo, base = r.base, head = r.head): Promise<ChangeSet> {
  const root = await repoRootWithAsync(r.dir, base, head);
  const cs = await gitChangeSetAsync(base, head, { cwd: root });
  await cs.baseTree.prefetchAsync?.(CONFIG_PATHS);
  return cs;
}

function syncChangeSet(r: TempRepo, base = r.base, head = r.head): ChangeSet {
  const cs = gitChangeSet(base, head, { cwd: repoRootWith(r.dir, base, head) });
  cs.baseTree.prefetch?.(CONFIG_PATHS);
  return cs;
}

/** A `git` first on PATH that runs `script` (sh) for `cat-file` and the real git otherwise; off PATH with `remove`. */
function catFileShim(script: (realGit: string) => string): { remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rg-catfile-shim-'));
  dirs.push(dir);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nif [ "$1" = cat-file ]; then\n${script(realGit)}\nfi\nexec '${realGit}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${dir}:${path}`;
  return { remove: () => void (process.env.PATH = path) };
}

test('the reproduction (pr-migrations-1): rev-parse, diff and one cat-file --batch-command; then the config and PR reads ask git nothing', async () => {
  const r = repo(BASE, HEAD);
  const paths = ['db/migrations/0002.sql', 'api/openapi.yaml', ...CONFIG_PATHS];
  const expected = seen(syncChangeSet(r), paths);
  const log = gitShim();
  try {
    const cs = await asyncChangeSet(r);
    expect(log.calls()).toEqual(['rev-parse --show-toplevel --git-common-dir ' + `${r.base}^{commit} ${r.head}^{commit} ${r.base}^{tree}`, expect.stringMatching(/^diff --raw -z -M --no-abbrev --no-ext-diff/), expect.stringMatching(/^cat-file --batch-command=/)]);
    log.clear();
    // What the CLI reads next: the configuration on base, the PR's SQL and YAML on their sides.
    expect(CONFIG_PATHS.map((p) => cs.baseTree.read(p))).toEqual(CONFIG_PATHS.map(() => null));
    expect([cs.baseTree.read('api/openapi.yaml'), cs.headTree.read('api/openapi.yaml'), cs.headTree.read('db/migrations/0002.sql')]).toEqual([BASE['api/openapi.yaml'], HEAD['api/openapi.yaml'], HEAD['db/migrations/0002.sql']]);
    expect(log.calls()).toEqual([]);
    expect(seen(cs, paths)).toEqual(expected);
  } finally {
    log.remove();
  }
});

test('a variant: links inside the commit, one leaving it, a dangling one, a submodule and a deleted file read as the synchronous path reads them', async () => {
  const r = repo({ 'db/real.sql': 'CREATE TABLE a (id int);\n', 'db/gone.sql': 'DROP TABLE a;\n' }, {});
  symlinkSync('real.sql', join(r.dir, 'db/inside.sql'));
  symlinkSync('../../outside.sql', join(r.dir, 'db/outside.sql'));
  symlinkSync('nowhere.sql', join(r.dir, 'db/dangling.sql'));
  r.write({ 'db/gone.sql': null, 'db/new.sql': 'CREATE TABLE b (id int);\n' });
  r.git('add', '-A');
  // A submodule entry (a commit of another repository) at db/sub.sql.
  r.git('update-index', '--add', '--cacheinfo', `160000,${r.base},db/sub.sql`);
  r.git('commit', '-q', '-m', 'links');
  const head = r.git('rev-parse', 'HEAD');
  const paths = ['db/inside.sql', 'db/outside.sql', 'db/dangling.sql', 'db/gone.sql', 'db/new.sql', 'db/sub.sql', 'db/real.sql'];
  const expected = seen(syncChangeSet(r, r.base, head), paths);
  expect((expected as { skipped: unknown[] }).skipped.length).toBeGreaterThan(0);
  expect(seen(await asyncChangeSet(r, r.base, head), paths)).toEqual(expected);
});

test('a blob over the size limit is refused between info and contents: never asked for, the same note as before', { timeout: 60_000 }, async () => {
  const big = Buffer.alloc(MAX_FILE_BYTES + 1, 0x20);
  const r = repo(BASE, { 'db/migrations/0002.sql': big, 'db/migrations/0003.sql': 'DROP TABLE users;\n' });
  const paths = ['db/migrations/0002.sql', 'db/migrations/0003.sql'];
  const expected = seen(syncChangeSet(r), paths);
  const bigOid = r.git('rev-parse', `${r.head}:db/migrations/0002.sql`);
  const log = gitShim();
  try {
    const cs = await asyncChangeSet(r);
    expect(seen(cs, paths)).toEqual(expected);
    expect(cs.skipped).toEqual([{ file: 'db/migrations/0002.sql', reason: 'larger than 128 MB, the most rollback-guard reads' }]);
    // Looked up (its size), never read; the small one read in the same process.
    expect(log.input()).toContain(`info ${bigOid}`);
    expect(log.input()).not.toContain(`contents ${bigOid}`);
    expect(log.input()).toContain(`contents ${r.git('rev-parse', `${r.head}:db/migrations/0003.sql`)}`);
  } finally {
    log.remove();
  }
});

test('a git that fails in the middle (after the lookups, at the contents): every PR file unreadable with its message, as a failed --batch is', async () => {
  const r = repo(BASE, HEAD);
  const paths = ['db/migrations/0002.sql', 'db/migrations/0001.sql', 'api/openapi.yaml'];
  // Each info line answered by the real git, then a fatal error at the first `contents`.
  const failing = catFileShim(
    (git) => `case "$2" in --batch-command*)
  while IFS= read -r line; do
    case "$line" in contents*) echo 'fatal: simulated failure in the middle' >&2; exit 128;; esac
    printf '%s\\n' "\${line#info }" | '${git}' cat-file "--batch-check=\${2#--batch-command=}" "$3"
  done
  exit 0;;
esac`,
  );
  let cs: ChangeSet;
  try {
    cs = await asyncChangeSet(r);
  } finally {
    failing.remove();
  }
  const reason = 'git could not read it (fatal: simulated failure in the middle)';
  expect(cs.headTree.read('db/migrations/0002.sql')).toBeNull();
  expect(cs.headTree.unreadable?.('db/migrations/0002.sql')).toBe(reason);
  expect(cs.baseTree.unreadable?.('api/openapi.yaml')).toBe(reason);
  // Absent config files stay absent (their lookups were answered), not unreadable.
  expect(CONFIG_PATHS.map((p) => cs.baseTree.unreadable?.(p))).toEqual(CONFIG_PATHS.map(() => undefined));
  // The synchronous path with its --batch failing the same way gives the same reasons.
  const failingBatch = catFileShim(() => `if [ "$2" = --batch ]; then echo 'fatal: simulated failure in the middle' >&2; exit 128; fi`);
  try {
    const sync = syncChangeSet(r);
    expect(seen(cs, paths)).toEqual(seen(sync, paths));
  } finally {
    failingBatch.remove();
  }
});

test('an older git (no --batch-command, exit 129): the same reads with --batch-check and --batch, and it is not asked again', async () => {
  vi.resetModules();
  const fresh = await import('../../src/changes/git.js');
  const r = repo(BASE, HEAD);
  const paths = ['db/migrations/0002.sql', 'api/openapi.yaml', ...CONFIG_PATHS];
  const expected = seen(syncChangeSet(r), paths);
  const calls = join(mkdtempSync(join(tmpdir(), 'rg-old-git-')), 'calls');
  dirs.push(join(calls, '..'));
  writeFileSync(calls, '');
  // git 2.35 and older: `--batch-command` is an unknown option (usage, exit 129), read nothing.
  const old = catFileShim(
    () => `echo "$2" >> '${calls}'
case "$2" in --batch-command*) echo "error: unknown option '$2'" >&2; echo 'usage: git cat-file <type> <object>' >&2; exit 129;; esac`,
  );
  const catFiles = (): string[] => readFileSync(calls, 'utf8').split('\n').filter((l) => l.length > 0);
  try {
    const run = async (): Promise<ChangeSet> => {
      const cs = await fresh.gitChangeSetAsync(r.base, r.head, { cwd: await fresh.repoRootWithAsync(r.dir, r.base, r.head) });
      await cs.baseTree.prefetchAsync?.(CONFIG_PATHS);
      return cs;
    };
    const cs = await run();
    expect(catFiles()).toEqual([expect.stringMatching(/^--batch-command=/), expect.stringMatching(/^--batch-check=/), '--batch']);
    expect(seen(cs, paths)).toEqual(expected);
    writeFileSync(calls, '');
    await run();
    expect(catFiles()).toEqual([expect.stringMatching(/^--batch-check=/), '--batch']);
  } finally {
    old.remove();
  }
});

test('errors stay the same: a revision that is not there, a folder that is not a repository, an object missing from the clone', async () => {
  const r = repo(BASE, HEAD);
  const message = async (f: () => unknown): Promise<string> => {
    try {
      await f();
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
    return 'no error';
  };
  // A base that is not there: repoRootWith falls back to repoRoot, gitChangeSet's resolveCommit says which.
  expect(await message(() => asyncChangeSet(r, 'nope', r.head))).toBe(await message(() => syncChangeSet(r, 'nope', r.head)));
  expect(await message(() => asyncChangeSet(r, 'nope', r.head))).toMatch(/^GitError: cannot find commit 'nope'/);
  const empty = mkdtempSync(join(tmpdir(), 'rg-not-a-repo-'));
  dirs.push(empty);
  expect(await message(() => repoRootWithAsync(empty, 'a', 'b'))).toBe(await message(() => repoRootWith(empty, 'a', 'b')));
  expect(await message(() => repoRootWithAsync(empty, 'a', 'b'))).toMatch(/^GitError: .* is not inside a git repository/);
  // Head's tree gone from the object store: the diff fails, as a GitError naming it.
  const tree = r.git('rev-parse', `${r.head}^{tree}`);
  rmSync(join(r.dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2)));
  const asyncError = await message(() => gitChangeSetAsync(r.base, r.head, { cwd: r.dir }));
  expect(asyncError).toBe(await message(() => gitChangeSet(r.base, r.head, { cwd: r.dir })));
  expect(asyncError).toContain(`git cannot read object ${tree}`);
});

test('runGit: a failure is shaped as execFileSync shapes it, and stdout over maxBuffer is an error, never a cut answer', async () => {
  const r = repo(BASE, HEAD);
  let sync: { message: string; status: number } | null = null;
  try {
    execFileSync('git', ['rev-parse', '--verify', 'nope'], { cwd: r.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    sync = error as { message: string; status: number };
  }
  const failed = await runGit(['rev-parse', '--verify', 'nope'], r.dir).catch((error: unknown) => error as { message: string; status: number; stderr: Buffer });
  expect(failed).toMatchObject({ message: sync!.message, status: sync!.status });
  expect((await runGit(['rev-parse', 'HEAD'], r.dir)).toString()).toBe(`${r.head}\n`);
  await expect(runGit(['cat-file', '-p', `${r.head}:db/migrations/0002.sql`], r.dir, { maxBuffer: 8 })).rejects.toMatchObject({ code: 'ENOBUFS' });
});
