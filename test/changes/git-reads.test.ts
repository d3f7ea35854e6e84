/**
 * What `check` reads from git (issue 11 items 1, 5, 6; issues 12, 18, 19): encodings and symbolic
 * links in commits and the working tree, `filesContaining`, the fork point of a shallow checkout,
 * and that a PR's files no analyser needs are never read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ForkPointError, gitChangeSet, parseRawDiff, repoRootWith } from '../../src/changes/git.js';
import type { ChangeSet } from '../../src/changes/types.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';
import { baseConfig } from '../../src/config/from-tree.js';
import { prepareEngine, runEngine } from '../../src/engine.js';

beforeAll(async () => {
  await prepareEngine(['postgres']);
});

let repo: TempRepo | null = null;
const dirs: string[] = [];
afterEach(() => {
  repo?.remove();
  repo = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ssms = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** Base files, then head: files (null deletes) and symbolic links (path -> target), committed. */
function repoWithLinks(base: Record<string, string>, baseLinks: Record<string, string>, head: Record<string, string | Buffer | null>, headLinks: Record<string, string>): TempRepo {
  const r = makeRepo(base, {}, { commitHead: false });
  const link = (links: Record<string, string>): void => {
    for (const [path, target] of Object.entries(links)) {
      const full = join(r.dir, path);
      mkdirSync(dirname(full), { recursive: true });
      rmSync(full, { force: true });
      symlinkSync(target, full);
    }
  };
  link(baseLinks);
  r.git('add', '-A');
  r.git('commit', '-q', '--allow-empty', '-m', 'base with links');
  const baseSha = r.git('rev-parse', 'HEAD');
  r.write(head);
  link(headLinks);
  r.git('add', '-A');
  r.git('commit', '-q', '--allow-empty', '-m', 'head');
  return { ...r, base: baseSha, head: r.git('rev-parse', 'HEAD') };
}

const OUTSIDE = 'a symbolic link to a path outside the repository (not read)';

describe('encodings from git', () => {
  test('UTF-16 LE/BE with a BOM and CRLF and UTF-8 with a BOM decode in commits and in the working tree', () => {
    const be = Buffer.from('\ufeffDROP TABLE a;\r\n', 'utf16le').swap16();
    repo = makeRepo({}, { 'db/migrations/1.sql': ssms('DROP TABLE users;\r\nGO\r\n'), 'db/migrations/2.sql': be, 'db/migrations/3.sql': '\ufeffDROP TABLE b;\n' });
    for (const cs of [gitChangeSet(repo.base, repo.head, { cwd: repo.dir }), gitChangeSet(repo.base, null, { cwd: repo.dir })]) {
      expect(cs.headTree.read('db/migrations/1.sql')).toBe('DROP TABLE users;\r\nGO\r\n');
      expect(cs.headTree.read('db/migrations/2.sql')).toBe('DROP TABLE a;\r\n');
      expect(cs.headTree.read('db/migrations/3.sql')).toBe('DROP TABLE b;\n');
      expect(cs.skipped).toEqual([]);
    }
  });
});

test('a file name with a line break is read by the id the diff gives (git batches are one name a line)', () => {
  repo = makeRepo({ 'db/migrations/0001.sql': 'CREATE TABLE t (a int);\n' }, { 'db/migrations/0002\nx.sql': 'DROP TABLE t;\n' });
  const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
  expect(cs.files).toEqual([{ path: 'db/migrations/0002\nx.sql', status: 'added' }]);
  expect(cs.headTree.read('db/migrations/0002\nx.sql')).toBe('DROP TABLE t;\n');
});

describe('symbolic links', () => {
  const LINKS = {
    'db/migrations/0002_in.sql': '../../shared/drop.sql',
    'db/migrations/0003_out.sql': '../../../etc/passwd',
    'db/migrations/0004_abs.sql': '/etc/passwd',
    'db/migrations/0005_dangling.sql': 'nope.sql',
    'db/migrations/0006_loop.sql': '0006_loop.sql',
    'db/migrations/0007_dir.sql': '../../shared',
    'db/s': '../shared',
  };

  function expectLinkRules(cs: ChangeSet): void {
    const head = cs.headTree;
    expect(head.read('db/migrations/0002_in.sql')).toBe('DROP TABLE users;\n');
    expect(head.unreadable?.('db/migrations/0002_in.sql')).toBeUndefined();
    expect(head.read('db/s/drop.sql')).toBe('DROP TABLE users;\n');
    for (const p of ['db/migrations/0003_out.sql', 'db/migrations/0004_abs.sql']) {
      expect(head.read(p), p).toBeNull();
      expect(head.unreadable?.(p), p).toBe(OUTSIDE);
    }
    expect(head.unreadable?.('db/migrations/0005_dangling.sql')).toBe('a symbolic link to a path that does not exist (a dangling link)');
    expect(head.unreadable?.('db/migrations/0006_loop.sql')).toBe('a symbolic link loop (more than 40 links in a row)');
    expect(head.unreadable?.('db/migrations/0007_dir.sql')).toBe('a symbolic link to a folder, not a file');
    expect(head.unreadable?.('db/migrations/absent.sql')).toBeUndefined();
    expect(cs.skipped).toEqual(
      expect.arrayContaining([
        { file: 'db/migrations/0003_out.sql', reason: OUTSIDE },
        { file: 'db/migrations/0004_abs.sql', reason: OUTSIDE },
      ]),
    );
  }

  test('in a commit: a link is read as its target inside the repository, never as its link text, never out of it', () => {
    repo = repoWithLinks({ 'shared/drop.sql': 'DROP TABLE users;\n' }, {}, {}, LINKS);
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expectLinkRules(cs);
    // Listing the commit (the base history) shows the links; reading one still follows it.
    cs.headTree.list();
    expect(cs.headTree.read('db/migrations/0002_in.sql')).toBe('DROP TABLE users;\n');
  });

  test('in the working tree: the same rules (it used to read every link as absent)', () => {
    repo = repoWithLinks({ 'shared/drop.sql': 'DROP TABLE users;\n' }, {}, {}, LINKS);
    expectLinkRules(gitChangeSet(repo.base, null, { cwd: repo.dir }));
  });

  test('a base file that is a link is read as its target too (a changed link target is a change)', () => {
    repo = repoWithLinks({ 'shared/a.sql': 'SELECT 1;\n', 'shared/b.sql': 'SELECT 2;\n' }, { 'db/migrations/0001.sql': '../../shared/a.sql' }, {}, { 'db/migrations/0001.sql': '../../shared/b.sql' });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.files).toEqual([{ path: 'db/migrations/0001.sql', status: 'modified' }]);
    expect(cs.baseTree.read('db/migrations/0001.sql')).toBe('SELECT 1;\n');
    expect(cs.headTree.read('db/migrations/0001.sql')).toBe('SELECT 2;\n');
  });

  test('a FIFO in the working tree is refused at once, not waited on', () => {
    repo = makeRepo({ 'db/migrations/0001.sql': 'SELECT 1;\n' }, {}, { commitHead: false });
    execFileSync('mkfifo', [join(repo.dir, 'db/migrations/0002.sql')]);
    const cs = gitChangeSet(repo.base, null, { cwd: repo.dir });
    expect(cs.headTree.read('db/migrations/0002.sql')).toBeNull();
    expect(cs.headTree.unreadable?.('db/migrations/0002.sql')).toBe('not a regular file (a named pipe)');
  });
});

describe('filesContaining', () => {
  const FILES = {
    'schemas/address.json': '{"$id": "https://example.com/address.json", "type": "object"}\n',
    'api/openapi.YAML': 'openapi: 3.0.3\nx: {$ref: "https://example.com/address.json"}\n',
    'src/uses.ts': 'const u = "https://example.com/address.json";\n',
    'other.yml': 'name: x\n',
  };

  test('in a commit: YAML/JSON files whose text holds the needle (git grep -F), whatever the letter case of the extension', () => {
    repo = makeRepo(FILES, { 'schemas/new.json': '{"$id": "https://example.com/address.json"}\n' });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.baseTree.filesContaining?.('https://example.com/address.json')).toEqual(['api/openapi.YAML', 'schemas/address.json']);
    expect(cs.headTree.filesContaining?.('https://example.com/address.json')).toEqual(['api/openapi.YAML', 'schemas/address.json', 'schemas/new.json']);
    expect(cs.headTree.filesContaining?.('no such text anywhere')).toEqual([]);
    // A needle is a fixed string, not a pattern.
    expect(cs.headTree.filesContaining?.('https://example.com/address.jso.')).toEqual([]);
  });

  test('in the working tree: untracked files count', () => {
    repo = makeRepo(FILES, { 'schemas/untracked.yaml': '$ref: https://example.com/address.json\n' }, { commitHead: false });
    const cs = gitChangeSet(repo.base, null, { cwd: repo.dir });
    expect(cs.headTree.filesContaining?.('https://example.com/address.json')).toEqual(['api/openapi.YAML', 'schemas/address.json', 'schemas/untracked.yaml']);
  });

  test('several needles: the files holding any of them, in one pass; patterns past one command line are batched', () => {
    repo = makeRepo(FILES, { 'other.yml': 'name: y\n' });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    expect(cs.headTree.filesContaining?.(['name: y', '"type": "object"'])).toEqual(['other.yml', 'schemas/address.json']);
    expect(cs.headTree.filesContaining?.(['nothing', 'at all'])).toEqual([]);
    // 3,000 needles of 40 characters: over two 64 KB batches, the one that matches last
    const many = Array.from({ length: 3000 }, (_, i) => `needle-${String(i).padStart(32, '0')}`);
    expect(cs.headTree.filesContaining?.([...many, 'name: y'])).toEqual(['other.yml']);
    expect(cs.headTree.filesContaining?.(['name: y', ...many])).toEqual(['other.yml']);
  });
});

describe('filesContaining: how often git searches', () => {
  test('in a commit: one git grep on one thread (its threads contend on the object store); the same question again (the contract analysis run again once its readers load) runs none', () => {
    repo = makeRepo({ 'a.json': '{"$ref": "b.json"}\n', 'b.json': '{}\n' }, { 'b.json': '{"type": "object"}\n' });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const log = gitShim();
    try {
      expect(cs.headTree.filesContaining?.(['b.json', 'c.json'])).toEqual(['a.json']);
      expect(cs.headTree.filesContaining?.(['b.json', 'c.json'])).toEqual(['a.json']);
      expect(cs.headTree.filesContaining?.('b.json')).toEqual(['a.json']);
      expect(log.calls()).toEqual(['grep --threads=1 --no-color -l -z -a', 'grep --threads=1 --no-color -l -z -a']);
    } finally {
      log.remove();
    }
  });

  test('variant: the working tree keeps git\'s threads and answers a repeated question once too', () => {
    repo = makeRepo({ 'a.yaml': '$ref: b.json\n', 'b.json': '{}\n' }, { 'b.json': '{"type": "object"}\n' }, { commitHead: false });
    const cs = gitChangeSet(repo.base, null, { cwd: repo.dir });
    const log = gitShim();
    try {
      expect(cs.headTree.filesContaining?.('b.json')).toEqual(['a.yaml']);
      expect(cs.headTree.filesContaining?.('b.json')).toEqual(['a.yaml']);
      expect(log.calls()).toEqual(['grep --no-color -l -z -a -F']);
    } finally {
      log.remove();
    }
  });
});

describe("the PR's files of both sides, read together", () => {
  test('the first read of a changed file reads both sides of every changed SQL/YAML/JSON file: one lookup and one read in all', () => {
    repo = makeRepo(
      { 'api/a.json': '{"v": 1}\n', 'db/migrations/0001.sql': 'CREATE TABLE t (a int);\n', 'src/x.ts': 'export {};\n' },
      { 'api/a.json': '{"v": 2}\n', 'db/migrations/0001.sql': 'CREATE TABLE t (a int, b int);\n', 'db/migrations/0002.sql': 'DROP TABLE t;\n', 'src/x.ts': 'export const x = 1;\n' },
    );
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const log = gitShim();
    try {
      expect(cs.headTree.read('api/a.json')).toBe('{"v": 2}\n');
      expect(cs.baseTree.read('api/a.json')).toBe('{"v": 1}\n');
      expect(cs.baseTree.read('db/migrations/0001.sql')).toBe('CREATE TABLE t (a int);\n');
      expect(cs.headTree.read('db/migrations/0002.sql')).toBe('DROP TABLE t;\n');
      expect(cs.baseTree.read('db/migrations/0002.sql')).toBeNull(); // added: absent in base
      // it was a lookup and a read per side (four processes)
      expect(log.calls()).toEqual(['cat-file --batch-check=%(objectname) %(objecttype) %(objectsize) --follow-symlinks', 'cat-file --batch']);
      expect(log.input().split('\n').filter((l) => l.length > 0)).toHaveLength(2 * 5); // 5 blobs: looked up, then read
    } finally {
      log.remove();
    }
  });

  test("any first read from git (the configuration's lookup in base) brings them: a PR that edits a package.json costs one lookup and one read in all", () => {
    repo = makeRepo({ 'package.json': '{"v": 1}\n', 'README.md': '# app\n' }, { 'package.json': '{"v": 2}\n', 'README.md': '# app!\n' });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const log = gitShim();
    try {
      cs.baseTree.prefetch?.(['.github/rollback-guard.yml', '.rollback-guard.yml']);
      expect(cs.baseTree.read('.rollback-guard.yml')).toBeNull();
      expect(cs.headTree.read('package.json')).toBe('{"v": 2}\n');
      expect(cs.baseTree.read('package.json')).toBe('{"v": 1}\n');
      expect(log.calls()).toEqual(['cat-file --batch-check=%(objectname) %(objecttype) %(objectsize) --follow-symlinks', 'cat-file --batch']);
      expect(log.input()).not.toContain('README'); // no analyser reads it
    } finally {
      log.remove();
    }
  });

  test("a side read early says what it could not read only when that side is asked (the report's not-analysed list is unchanged)", () => {
    // base: a.json is a link out of the repository (unreadable); head: a file
    const r = makeRepo({ 'README.md': '# app\n' }, {}, { commitHead: false });
    repo = r;
    mkdirSync(join(r.dir, 'api'));
    symlinkSync('/etc/passwd', join(r.dir, 'api/a.json'));
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'base');
    const base = r.git('rev-parse', 'HEAD');
    rmSync(join(r.dir, 'api/a.json'));
    r.write({ 'api/a.json': '{"v": 2}\n' });
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'head');
    const cs = gitChangeSet(base, r.git('rev-parse', 'HEAD'), { cwd: r.dir });
    expect(cs.headTree.read('api/a.json')).toBe('{"v": 2}\n');
    expect(cs.skipped).toEqual([]); // base's version was read with head's, but nothing asked for it
    expect(cs.baseTree.read('api/a.json')).toBeNull();
    expect(cs.skipped).toEqual([{ file: 'api/a.json', reason: OUTSIDE }]);
    expect(cs.baseTree.unreadable?.('api/a.json')).toBe(OUTSIDE);
  });

  test('variant: the base side asked first (a deleted contract) reads head too; a head file that cannot be read is noted when head asks', () => {
    repo = repoWithLinks({ 'api/gone.yaml': 'openapi: 3.0.3\n', 'api/b.json': '{}\n' }, {}, { 'api/gone.yaml': null, 'api/b.json': null }, { 'api/b.json': '/etc/passwd' });
    const cs = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
    const log = gitShim();
    try {
      expect(cs.baseTree.read('api/gone.yaml')).toBe('openapi: 3.0.3\n');
      expect(cs.skipped).toEqual([]);
      expect(cs.headTree.read('api/b.json')).toBeNull();
      expect(cs.headTree.read('api/gone.yaml')).toBeNull();
      expect(cs.skipped).toEqual([{ file: 'api/b.json', reason: OUTSIDE }]);
      expect(log.calls().filter((c) => c.startsWith('cat-file'))).toHaveLength(2);
    } finally {
      log.remove();
    }
  });
});

describe('files no analyser needs', () => {
  test('a PR of code files reads no blob at all (one lookup for the base config, nothing else)', () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 50; i++) head[`src/m${i}.ts`] = `export const m${i} = ${i};\n`;
    repo = makeRepo({ 'db/migrations/0001.sql': 'CREATE TABLE t (id int);\n', ...Object.fromEntries(Object.keys(head).map((k) => [k, '// old\n'])) }, head);
    const log = gitShim();
    try {
      const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
      expect(changes.files).toHaveLength(50);
      const report = runEngine({ changes, config: baseConfig(changes, null, () => {}) });
      expect(report.findings).toEqual([]);
      // It used to be one `git cat-file blob` per file: the contract analyser read each one.
      expect(log.calls().filter((c) => c.startsWith('cat-file'))).toEqual(['cat-file --batch-check=%(objectname) %(objecttype) %(objectsize) --follow-symlinks']);
    } finally {
      log.remove();
    }
  });
});

describe('the fork point of a shallow checkout (issue 11 item 6)', () => {
  /** main merges 3 migrations after the PR branched; `clone` is a depth-1 clone of main. */
  function shallowSetup(): { base: string; head: string; clone: string } {
    repo = makeRepo({ 'db/migrations/0001.sql': 'CREATE TABLE t (a int);\n' });
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'db/migrations/0100_pr.sql': 'ALTER TABLE t ADD COLUMN b int;\n' });
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'pr');
    const head = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', 'main');
    for (let i = 2; i <= 4; i++) {
      repo.write({ [`db/migrations/000${i}.sql`]: `CREATE TABLE t${i} (a int);\n` });
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', `main ${i}`);
    }
    const base = repo.git('rev-parse', 'HEAD');
    const clone = mkdtempSync(join(tmpdir(), 'rg-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
    return { base, head, clone };
  }

  test('the history is deepened until the merge base is there: main\'s merges are not "deleted" by the PR', () => {
    const { base, head, clone } = shallowSetup();
    const log: string[] = [];
    const cs = gitChangeSet(base, head, { cwd: clone, log: (m) => log.push(m) });
    expect(cs.files).toEqual([{ path: 'db/migrations/0100_pr.sql', status: 'added' }]);
    expect(log.some((m) => m.includes('git fetch --deepen=50'))).toBe(true);
  });

  test('when it cannot be deepened, one sentence says why and what to set (never a diff from base)', () => {
    const { base, head, clone } = shallowSetup();
    execFileSync('git', ['fetch', '-q', '--depth=1', 'origin', head], { cwd: clone });
    execFileSync('git', ['remote', 'set-url', 'origin', join(clone, 'no-such-remote')], { cwd: clone });
    const run = (): ChangeSet => gitChangeSet(base, head, { cwd: clone });
    expect(run).toThrow(ForkPointError);
    expect(run).toThrow(/^cannot find the merge base of head [0-9a-f]{7} and base [0-9a-f]{7}: this checkout is shallow and fetching more of its history from origin failed; check out with `fetch-depth: 0`/);
  });

  test('a fork point given from elsewhere (the API) is fetched and used', () => {
    const { base, head, clone } = shallowSetup();
    const forkPoint = repo!.git('merge-base', base, head);
    execFileSync('git', ['fetch', '-q', '--depth=1', 'origin', head], { cwd: clone });
    const cs = gitChangeSet(base, head, { cwd: clone, forkPoint });
    expect(cs.files).toEqual([{ path: 'db/migrations/0100_pr.sql', status: 'added' }]);
  });
});

test('parseRawDiff: modes and ids of both sides, renames, deletions, working-tree zeros', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  const z = '0'.repeat(40);
  const out = [`:100644 100644 ${a} ${b} M`, 'x.sql', `:100644 120000 ${a} ${b} T`, 'l.sql', `:100644 100644 ${a} ${b} R091`, 'old.sql', 'new.sql', `:000000 100644 ${z} ${b} A`, 'n.sql', `:100644 000000 ${a} ${z} D`, 'd.sql', `:100644 100644 ${a} ${z} M`, 'w.sql', ''].join('\0');
  const { files, before, after } = parseRawDiff(out);
  expect(files).toEqual([
    { path: 'x.sql', status: 'modified' },
    { path: 'l.sql', status: 'modified' },
    { path: 'new.sql', oldPath: 'old.sql', status: 'renamed' },
    { path: 'n.sql', status: 'added' },
    { path: 'd.sql', status: 'deleted' },
    { path: 'w.sql', status: 'modified' },
  ]);
  expect(after.get('l.sql')).toEqual({ mode: '120000', oid: b });
  expect(before.get('old.sql')).toEqual({ mode: '100644', oid: a });
  expect(before.get('n.sql')).toBeNull();
  expect(after.get('d.sql')).toBeNull();
  expect(after.has('w.sql')).toBe(false); // changed in the working tree: read from disk
});

describe('the top, the git directory and both commits in one git process (check --base B --head H)', () => {
  const KEY = 'a'.repeat(64);

  test('repoRootWith asks once; gitChangeSet and the replay store then ask nothing more of rev-parse', () => {
    repo = makeRepo({ 'db/1.sql': 'create table t (id int);\n' }, { 'db/2.sql': 'alter table t drop column id;\n' });
    const log = gitShim();
    try {
      const root = repoRootWith(repo.dir, 'HEAD~1', 'HEAD');
      const cs = gitChangeSet('HEAD~1', 'HEAD', { cwd: root });
      expect([cs.base, cs.head]).toEqual([repo.base, repo.head]);
      cs.replayCache?.write(KEY, '{}');
      expect(log.calls().filter((c) => c.startsWith('rev-parse'))).toEqual(['rev-parse --show-toplevel --git-common-dir HEAD~1^{commit} HEAD^{commit} HEAD~1^{tree}']);
      expect(existsSync(join(repo.dir, '.git', 'rollback-guard', 'replay', `${KEY}.json`))).toBe(true);
    } finally {
      log.remove();
    }
  });

  test('variant: from a subfolder, the top and the store are the repository\'s; a revision git cannot find falls back to the usual questions and message', () => {
    repo = makeRepo({ 'db/1.sql': 'create table t (id int);\n' }, { 'db/2.sql': 'alter table t drop column id;\n' });
    const sub = join(repo.dir, 'db');
    expect(realpathSync(repoRootWith(sub, repo.base, repo.head))).toBe(realpathSync(repo.dir));
    const cs = gitChangeSet(repo.base, repo.head, { cwd: sub });
    cs.replayCache?.write(KEY, '{}');
    expect(existsSync(join(repo.dir, '.git', 'rollback-guard', 'replay', `${KEY}.json`))).toBe(true);
    const log = gitShim();
    try {
      const other = join(repo.dir, 'db', '..');
      expect(realpathSync(repoRootWith(other, 'no-such-branch', 'HEAD'))).toBe(realpathSync(repo.dir));
      // The fallback's own `rev-parse --show-toplevel` is not asked again: the first call learnt that
      // the top is its own top (`other` is the top itself).
      expect(log.calls().filter((c) => c.startsWith('rev-parse'))).toEqual(['rev-parse --show-toplevel --git-common-dir no-such-branch^{commit} HEAD^{commit} no-such-branch^{tree}']);
      expect(() => gitChangeSet('no-such-branch', 'HEAD', { cwd: other })).toThrow(/cannot find commit 'no-such-branch'/);
    } finally {
      log.remove();
    }
  });
});
