/**
 * "Shipped means released" (issue 12): which base migrations a release tag has, on repositories
 * built here (tags, no tags, annotated and lightweight tags, tags cut after head, release
 * branches, renames, a shallow clone), and a bounded number of git processes for 1,000 tags and
 * 1,000 files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { gitReleases, looksLikeRelease, releaseTagFilter } from '../../src/changes/releases.js';
import { GIT_TEST_ENV as ENV } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

interface Step {
  /** Files written (text) or deleted (null) by this commit; `mv` renames with git's own detection. */
  files?: Record<string, string | null>;
  mv?: [string, string][];
  /** Tags on this commit: a plain name is lightweight, `annotated:` makes a tag object. */
  tags?: string[];
  /** Branch to commit on (created from the current commit when new). */
  branch?: string;
}

/** A repository whose history is `steps`, one commit each, a day apart; returns the commit ids. */
function history(steps: Step[]): { dir: string; commits: string[]; git: (...a: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'rg-releases-'));
  dirs.push(dir);
  let day = 0;
  const git = (...args: string[]): string => {
    const date = `${1_700_000_000 + day * 86_400 * 2} +0000`;
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }).trim();
  };
  git('init', '-q', '-b', 'main');
  const commits: string[] = [];
  for (const step of steps) {
    day++;
    if (step.branch) {
      const exists = git('branch', '--list', step.branch) !== '';
      git('checkout', '-q', ...(exists ? [step.branch] : ['-b', step.branch]));
    }
    for (const [from, to] of step.mv ?? []) {
      execFileSync('mkdir', ['-p', join(dir, to, '..')]);
      git('mv', from, to);
    }
    for (const [path, text] of Object.entries(step.files ?? {})) {
      if (text === null) git('rm', '-q', path);
      else {
        execFileSync('mkdir', ['-p', join(dir, path, '..')]);
        execFileSync('sh', ['-c', 'cat > "$1"', 'sh', join(dir, path)], { input: text });
        git('add', path);
      }
    }
    git('commit', '-q', '--allow-empty', '-m', `step ${day}`);
    commits.push(git('rev-parse', 'HEAD'));
    for (const tag of step.tags ?? []) {
      if (tag.startsWith('annotated:')) git('tag', '-a', '-m', 'release', tag.slice('annotated:'.length));
      else git('tag', tag);
    }
  }
  return { dir, commits, git };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const M = 'make/migrations/postgresql';
const text = (n: number): string => `CREATE TABLE t${n} (id int, a text, b text, c text, d text, e text, f text);\n`;

describe('released: tags', () => {
  test('a file created before the newest release tag is released; one created after it is not, and the reason names the commit and the tag', () => {
    const h = history([
      { files: { [`${M}/0180_2.15.0_schema.up.sql`]: text(1) }, tags: ['annotated:v2.15.0'] },
      { files: { [`${M}/0190_2.16.0_schema.up.sql`]: text(2) } },
      { files: { [`${M}/0190_2.16.0_schema.up.sql`]: `${text(2)}ALTER TABLE t2 ADD COLUMN g text;\n`, [`${M}/0180_2.15.0_schema.up.sql`]: `${text(1)}-- fixed\n` } },
      { files: { 'README.md': 'head\n' } },
    ]);
    const [, created, , head] = h.commits;
    const got = gitReleases({ root: h.dir, base: h.commits[2], head }, [`${M}/0180_2.15.0_schema.up.sql`, `${M}/0190_2.16.0_schema.up.sql`]);
    expect(got.get(`${M}/0180_2.15.0_schema.up.sql`)).toMatchObject({ released: true, newestTag: 'v2.15.0' });
    const unreleased = got.get(`${M}/0190_2.16.0_schema.up.sql`);
    expect(unreleased?.released).toBe(false);
    expect(unreleased?.reason).toContain(`commit ${created.slice(0, 10)} created it after the newest release tag, v2.15.0 (`);
  });

  test('a tag on head or cut after it is the release this change goes into, not one before it', () => {
    const h = history([
      { files: { 'db/migrations/001_a.sql': text(1) }, tags: ['v1'] },
      { files: { 'db/migrations/002_b.sql': text(2) } },
      { files: { 'README.md': 'head\n' }, tags: ['v2'] },
      { files: { 'README.md': 'later\n' }, tags: ['annotated:v3'] },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2] }, ['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
    expect(got.get('db/migrations/001_a.sql')?.released).toBe(true);
    expect(got.get('db/migrations/002_b.sql')).toMatchObject({ released: false, newestTag: 'v1' });
    // The working tree as head: no tag contains it, so v2 is a release and 002 shipped in it.
    expect(gitReleases({ root: h.dir, base: h.commits[2], head: null }, ['db/migrations/002_b.sql']).get('db/migrations/002_b.sql')?.released).toBe(true);
  });

  test('renames are followed: a released file moved after the tag is still released, an unreleased one moved is not', () => {
    const h = history([
      { files: { 'db/postgresql/migrations/01_init/migration.sql': text(1) }, tags: ['v1'] },
      { files: { 'db/postgresql/migrations/02_more/migration.sql': text(2) } },
      {
        mv: [
          ['db/postgresql/migrations/01_init/migration.sql', 'prisma/migrations/01_init/migration.sql'],
          ['db/postgresql/migrations/02_more/migration.sql', 'prisma/migrations/02_more/migration.sql'],
        ],
      },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[2], head: h.commits[3] }, ['prisma/migrations/01_init/migration.sql', 'prisma/migrations/02_more/migration.sql']);
    expect(got.get('prisma/migrations/01_init/migration.sql')?.released).toBe(true);
    expect(got.get('prisma/migrations/02_more/migration.sql')?.reason).toContain(`commit ${h.commits[1].slice(0, 10)} created it`);
  });

  test('a release cut on a release branch has the files of its branch point', () => {
    const h = history([
      { files: { 'db/migrations/001_a.sql': text(1) } },
      { branch: 'release-1', files: { 'CHANGELOG.md': '1.0\n' }, tags: ['v1.0.0'] },
      { branch: 'main', files: { 'db/migrations/002_b.sql': text(2) } },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[2], head: h.commits[3] }, ['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
    expect(got.get('db/migrations/001_a.sql')?.released).toBe(true);
    expect(got.get('db/migrations/002_b.sql')?.released).toBe(false);
  });

  test('release-tags chooses the tags that are releases (a CI test tag is not one)', () => {
    const h = history([
      { files: { 'db/migrations/001_a.sql': text(1) }, tags: ['v1'] },
      { files: { 'db/migrations/002_b.sql': text(2) }, tags: ['1.0.0-test-arm.0'] },
      { files: { 'README.md': 'head\n' } },
    ]);
    const ask = (tags?: string[]): boolean | undefined => gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2], tags }, ['db/migrations/002_b.sql']).get('db/migrations/002_b.sql')?.released;
    // By default a tag with a `test` word is no release (looksLikeRelease); `release-tags: ['*']` takes every tag.
    expect(ask()).toBe(false);
    expect(ask(['*'])).toBe(true);
    expect(ask(['v*'])).toBe(false);
    expect(ask(['!*-test-*'])).toBe(false);
    expect(gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2], tags: ['release-*'] }, ['db/migrations/002_b.sql']).get('db/migrations/002_b.sql')).toMatchObject({
      released: true,
      reason: expect.stringContaining('no tag matches `release-tags` (release-*)'),
    });
  });
});

describe('which tags are releases by default', () => {
  test('a tag that names a version and is no test or scratch tag', () => {
    const releases = ['v1', '3.2.1', 'v2.16.0-rc1', 'v0.19.0-beta.3', 'release-2024-05', 'api/v1.2.0', 'hab-pkg-2'];
    const not = ['test', 'weekly', 'baseline', 'before-prettier', 'final-marketing-release', '1.0.0-test-arm-qemu.0', '0.19.0-alpha-test-cratesio-release.1', '0.11.2-crates-test', 'wip-5', 'tmp_3', 'v2-experimental'];
    expect(releases.filter((t) => !looksLikeRelease(t))).toEqual([]);
    expect(not.filter((t) => looksLikeRelease(t))).toEqual([]);
    // Only `!glob`s: still the default's releases, less those.
    expect(['v1', 'v2-hotfix', 'weekly'].filter(releaseTagFilter(['!*-hotfix']))).toEqual(['v1']);
  });

  test('a migration only a CI test tag has is in no release (DolphinScheduler `test`, Lemmy `1.0.0-test-arm-qemu.0`)', () => {
    const h = history([
      { files: { 'sql/upgrade/3.1.0_schema/mysql/ddl.sql': text(1) }, tags: ['3.1.0'] },
      { files: { 'sql/upgrade/3.2.0_schema/mysql/ddl.sql': text(2) }, tags: ['test'] },
      { files: { 'sql/upgrade/3.2.0_schema/mysql/ddl.sql': `${text(2)}ALTER TABLE t2 ADD COLUMN g text;\n` }, tags: ['1.0.0-test-arm-qemu.0'] },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[2], head: h.commits[3] }, ['sql/upgrade/3.1.0_schema/mysql/ddl.sql', 'sql/upgrade/3.2.0_schema/mysql/ddl.sql']);
    expect(got.get('sql/upgrade/3.1.0_schema/mysql/ddl.sql')).toMatchObject({ released: true, newestTag: '3.1.0' });
    expect(got.get('sql/upgrade/3.2.0_schema/mysql/ddl.sql')).toMatchObject({ released: false, newestTag: '3.1.0' });
  });

  test('tags but none names a version: every file counts as released, and the reason says how to name them', () => {
    const h = history([{ files: { 'db/migrations/001_a.sql': text(1) }, tags: ['weekly'] }, { files: { 'db/migrations/002_b.sql': text(2) } }, { files: { 'README.md': 'x\n' } }]);
    expect(gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2] }, ['db/migrations/002_b.sql']).get('db/migrations/002_b.sql')).toEqual({
      released: true,
      reason: 'no tag names a version (a digit, not a test tag), so every merged migration counts as released (name the release tags with `release-tags`)',
    });
  });
});

describe('a release whose tree left the file out', () => {
  test('the creating commit is in a release branch that deleted the file (DolphinScheduler drops the next upgrade folder): in no release', () => {
    const h = history([
      { files: { 'sql/upgrade/3.1.0_schema/mysql/ddl.sql': text(1), 'sql/upgrade/3.2.0_schema/mysql/ddl.sql': text(2) } },
      { branch: 'release-3.1', files: { 'sql/upgrade/3.2.0_schema/mysql/ddl.sql': null }, tags: ['3.1.0'] },
      { branch: 'main', files: { 'sql/upgrade/3.2.0_schema/mysql/ddl.sql': `${text(2)}ALTER TABLE t2 ADD COLUMN g text;\n` } },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[2], head: h.commits[3] }, ['sql/upgrade/3.1.0_schema/mysql/ddl.sql', 'sql/upgrade/3.2.0_schema/mysql/ddl.sql']);
    expect(got.get('sql/upgrade/3.1.0_schema/mysql/ddl.sql')).toMatchObject({ released: true, newestTag: '3.1.0' });
    expect(got.get('sql/upgrade/3.2.0_schema/mysql/ddl.sql')).toMatchObject({ released: false, reason: expect.stringContaining('left the file out') });
  });

  test('a file cherry-picked onto a release branch (another commit created it there) is released: the release tree has it', () => {
    const h = history([
      { files: { 'sql/upgrade/3.0.0_schema/mysql/ddl.sql': text(1) }, tags: ['3.0.0'] },
      { branch: 'release-3.1', files: { 'sql/upgrade/3.1.1_schema/mysql/ddl.sql': text(2) }, tags: ['3.1.1'] },
      { branch: 'main', files: { 'sql/upgrade/3.1.1_schema/mysql/ddl.sql': text(2) } },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[2], head: h.commits[3] }, ['sql/upgrade/3.1.1_schema/mysql/ddl.sql']);
    expect(got.get('sql/upgrade/3.1.1_schema/mysql/ddl.sql')).toMatchObject({ released: true, newestTag: '3.1.1' });
  });

  test('a released file carries the object ids of the versions the release trees hold (one per distinct version, under any name)', () => {
    const f = 'sql/upgrade/3.2.1_schema/mysql/ddl.sql';
    const h = history([
      { files: { [f]: text(1) }, tags: ['3.2.0'] },
      { branch: 'release-3.2', files: { [f]: text(2) }, tags: ['3.2.1'] },
      { branch: 'main', files: { [f]: text(3) } },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[2], head: h.commits[3] }, [f]).get(f)!;
    expect(got.released).toBe(true);
    expect([...(got.versions ?? [])].sort()).toEqual([h.git('rev-parse', `3.2.0:${f}`), h.git('rev-parse', `3.2.1:${f}`)].sort());
    // One release only: one version, the blob of that tag.
    const one = history([{ files: { [f]: text(1) }, tags: ['3.2.0'] }, { files: { [f]: text(3) } }, { files: { 'README.md': 'x\n' } }]);
    expect(gitReleases({ root: one.dir, base: one.commits[1], head: one.commits[2] }, [f]).get(f)!.versions).toEqual([one.git('rev-parse', `3.2.0:${f}`)]);
  });

  test('a release that has the file under its older name (a rename that keeps the identity) still has it', () => {
    const h = history([
      { files: { 'db/postgresql/migrations/01_init/migration.sql': text(1) }, tags: ['v1'] },
      { mv: [['db/postgresql/migrations/01_init/migration.sql', 'prisma/migrations/01_init/migration.sql']] },
      { files: { 'README.md': 'head\n' } },
    ]);
    const got = gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2], keepsIdentity: () => true }, ['prisma/migrations/01_init/migration.sql']);
    expect(got.get('prisma/migrations/01_init/migration.sql')?.released).toBe(true);
  });
});

describe('renames into a new identity', () => {
  test('a released file renamed after the release to a new version is a new migration: in no release; a rename that keeps the identity is followed', () => {
    const h = history([
      { files: { 'sql/upgrade/3.3.0_schema/mysql/ddl.sql': text(1), 'prisma/migrations/01_init/migration.sql': text(2) }, tags: ['3.2.1'] },
      {
        mv: [
          ['sql/upgrade/3.3.0_schema/mysql/ddl.sql', 'sql/upgrade/3.2.2_schema/mysql/ddl.sql'],
          ['prisma/migrations/01_init/migration.sql', 'db/migrations/01_init/migration.sql'],
        ],
      },
      { files: { 'README.md': 'head\n' } },
    ]);
    const paths = ['sql/upgrade/3.2.2_schema/mysql/ddl.sql', 'db/migrations/01_init/migration.sql'];
    // What the tool records: the path from the first versioned segment ('plain' identity in identity.ts).
    const identity = (path: string): string => {
      const segments = path.split('/');
      return segments.slice(segments.findIndex((x) => /^\d/.test(x))).join('/');
    };
    const got = gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2], keepsIdentity: (from, to) => identity(from) === identity(to) }, paths);
    expect(got.get('sql/upgrade/3.2.2_schema/mysql/ddl.sql')).toMatchObject({ released: false, reason: expect.stringContaining(`commit ${h.commits[1].slice(0, 10)} created it`) });
    expect(got.get('db/migrations/01_init/migration.sql')?.released).toBe(true);
    // Without the predicate every rename is followed (the old behaviour: released).
    expect(gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2] }, paths).get('sql/upgrade/3.2.2_schema/mysql/ddl.sql')?.released).toBe(true);
  });
});

describe('when rollback-guard cannot tell, every file counts as released (and says why)', () => {
  test('a repository without tags: merged means released', () => {
    const h = history([{ files: { 'db/migrations/001_a.sql': text(1) } }, { files: { 'db/migrations/002_b.sql': text(2) } }, { files: { 'README.md': 'x\n' } }]);
    expect(gitReleases({ root: h.dir, base: h.commits[1], head: h.commits[2] }, ['db/migrations/002_b.sql']).get('db/migrations/002_b.sql')).toEqual({
      released: true,
      reason: 'this repository has no tags, so every merged migration counts as released (`released: tags`)',
    });
  });

  test('every tag was cut after this change: none is a release before it', () => {
    const h = history([{ files: { 'db/migrations/001_a.sql': text(1) } }, { files: { 'README.md': 'x\n' } }, { files: { 'README.md': 'y\n' }, tags: ['v1'] }]);
    expect(gitReleases({ root: h.dir, base: h.commits[0], head: h.commits[1] }, ['db/migrations/001_a.sql']).get('db/migrations/001_a.sql')?.reason).toContain('no release tag was cut before this change');
  });

  test('a shallow clone (actions/checkout without fetch-depth: 0), tags or not', () => {
    const h = history([{ files: { 'db/migrations/001_a.sql': text(1) }, tags: ['v1'] }, { files: { 'db/migrations/002_b.sql': text(2) } }, { files: { 'README.md': 'x\n' } }]);
    const clone = mkdtempSync(join(tmpdir(), 'rg-releases-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth=2', '--no-single-branch', `file://${h.dir}`, clone]);
    const got = gitReleases({ root: clone, base: h.commits[1], head: h.commits[2] }, ['db/migrations/002_b.sql']).get('db/migrations/002_b.sql');
    expect(got).toMatchObject({ released: true, reason: expect.stringContaining('this checkout is shallow') });
  });

  test('a git failure (an unknown base) counts as released, with git’s words', () => {
    const h = history([{ files: { 'db/migrations/001_a.sql': text(1) }, tags: ['v1'] }, { files: { 'README.md': 'x\n' } }]);
    const got = gitReleases({ root: h.dir, base: 'f'.repeat(40), head: h.commits[1] }, ['db/migrations/001_a.sql']).get('db/migrations/001_a.sql');
    expect(got).toMatchObject({ released: true, reason: expect.stringContaining('git could not say which release tags have it') });
  });
});

describe('bounded', () => {
  test('1,000 tags and 1,000 files: five git processes, under a few seconds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-releases-big-'));
    dirs.push(dir);
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...ENV } }).trim();
    git('init', '-q', '-b', 'main');
    // 1,000 commits a minute apart, each adding a migration; the first 990 tagged (fast-import: one
    // process). Every tag is younger than a day before head: all are asked whether they contain it.
    const name = (i: number): string => `db/migrations/${String(i).padStart(4, '0')}_m.sql`;
    let stream = '';
    for (let i = 0; i < 1000; i++) {
      stream += `commit refs/heads/main\ncommitter T <t@x> ${1_800_000_000 + i * 60} +0000\ndata 2\nc\nM 100644 inline ${name(i)}\ndata 10\nSELECT 1;\n\n`;
      if (i < 990) stream += `reset refs/tags/v${i}\nfrom refs/heads/main\n\n`;
    }
    stream += `commit refs/heads/main\ncommitter T <t@x> 1800060000 +0000\ndata 5\nhead\nM 100644 inline README.md\ndata 2\nx\n\n`;
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream, env: { ...process.env, ...ENV } });
    const head = git('rev-parse', 'main');
    const paths = Array.from({ length: 1000 }, (_, i) => name(i));
    const shim = gitShim();
    try {
      const started = performance.now();
      const got = gitReleases({ root: dir, base: `${head}^`, head }, paths);
      const ms = performance.now() - started;
      expect([...got.values()].filter((s) => !s.released)).toHaveLength(10);
      expect(got.get(paths[989])?.released).toBe(true);
      expect(got.get(paths[990])?.released).toBe(false);
      expect(shim.calls().map((c) => c.split(' ')[0])).toEqual(['rev-parse', 'for-each-ref', 'show', 'for-each-ref', 'log']);
      expect(ms).toBeLessThan(10_000);
    } finally {
      shim.remove();
    }
  });
});

describe('the change set from git answers `released`', () => {
  test('gitChangeSet passes base and head', () => {
    const h = history([
      { files: { 'db/migrations/001_a.sql': text(1) }, tags: ['v1'] },
      { files: { 'db/migrations/002_b.sql': text(2) } },
      { files: { 'db/migrations/002_b.sql': `${text(2)}DROP TABLE t1;\n` } },
    ]);
    const cs = gitChangeSet(h.commits[1], h.commits[2], { cwd: h.dir });
    const got = cs.released?.(['db/migrations/001_a.sql', 'db/migrations/002_b.sql']);
    expect(got?.get('db/migrations/001_a.sql')?.released).toBe(true);
    expect(got?.get('db/migrations/002_b.sql')?.released).toBe(false);
  });
});

describe('one change set asks git about its releases once (releaseMemo)', () => {
  // documenso 7f09ba72f4: eight questions, each `rev-parse`, two `for-each-ref`, `show`, `log` and
  // `cat-file`: 48 git processes. The tags and the unreleased commits' log are the same for each.
  const steps: Step[] = [
    { files: { 'db/migrations/001_a.sql': text(1) }, tags: ['v1'] },
    { files: { 'db/migrations/002_b.sql': text(2) } },
    { mv: [['db/migrations/002_b.sql', 'db/migrations/003_b.sql']] },
    { files: { 'db/migrations/004_c.sql': text(4), 'contracts/api.yaml': 'openapi: 3.0.0\n' }, tags: ['v2-test'] },
    { files: { 'db/migrations/001_a.sql': `${text(1)}-- edited\n` } },
  ];
  const paths = ['db/migrations/001_a.sql', 'db/migrations/003_b.sql', 'db/migrations/004_c.sql'];

  test('the reproduction: three questions on one change set run the tag and log processes once; each answer is what a fresh change set gives', () => {
    const h = history(steps);
    const [base, head] = [h.commits[3], h.commits[4]];
    const fresh = paths.map((p) => gitChangeSet(base, head, { cwd: h.dir }).released?.([p]).get(p));
    const cs = gitChangeSet(base, head, { cwd: h.dir });
    const shim = gitShim();
    try {
      const first = cs.released?.([paths[0]]).get(paths[0]);
      const once = shim.calls().map((c) => c.split(' ')[0]);
      expect(once).toEqual(['rev-parse', 'for-each-ref', 'show', 'log', 'cat-file']);
      shim.clear();
      const asked = [first, ...paths.slice(1).map((p) => cs.released?.([p]).get(p))];
      expect(asked).toEqual(fresh);
      expect(asked.map((s) => s?.released)).toEqual([true, false, false]);
      // The later questions: only the lookup of their own paths in the release trees.
      expect(shim.calls().map((c) => c.split(' ')[0])).toEqual(['cat-file', 'cat-file']);
    } finally {
      shim.remove();
    }
  });

  test('a variant: another release-tags setting asks for its own tags (and its own log); the release texts share the first answer', () => {
    const h = history(steps);
    const [base, head] = [h.commits[3], h.commits[4]];
    const cs = gitChangeSet(base, head, { cwd: h.dir });
    const alone = gitChangeSet(base, head, { cwd: h.dir }).released?.(paths, ['*']);
    const shim = gitShim();
    try {
      const byDefault = cs.released?.(paths);
      const allTags = cs.released?.(paths, ['*']);
      // `v2-test` is a release only when release-tags says every tag is: then 004_c shipped in it.
      expect(byDefault?.get('db/migrations/004_c.sql')?.released).toBe(false);
      expect(allTags?.get('db/migrations/004_c.sql')?.released).toBe(true);
      expect(allTags).toEqual(alone);
      cs.releasedTexts?.(['contracts/api.yaml'], ['*']);
      const firstWords = shim.calls().map((c) => c.split(' ')[0]).filter((w) => w !== 'cat-file');
      expect(firstWords).toEqual(['rev-parse', 'for-each-ref', 'show', 'log', 'rev-parse', 'for-each-ref', 'show', 'log']);
    } finally {
      shim.remove();
    }
  });
});
