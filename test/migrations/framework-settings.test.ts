/**
 * A framework's settings file decides the dialect of the migrations beside it (drizzle's
 * `meta/_journal.json`, Prisma's `migration_lock.toml`). On the PR's side those few files are
 * looked up in one batch, not by listing the whole head tree (issue 18: a 99,000-file monorepo
 * listed its head tree only to see whether a journal was there; 0.3 s CPU of 2.7 s).
 */
import { afterEach, beforeAll, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { baseConfig } from '../../src/config/from-tree.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';

beforeAll(async () => {
  await prepareEngine(['postgres', 'mysql', 'sqlite']);
});

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

const journal = (dialect: string) => JSON.stringify({ version: '7', dialect, entries: [] }, null, 2);
/** Ambiguous SQL: no backticks, nothing one dialect alone writes. */
const CREATE = 'CREATE TABLE users (id integer PRIMARY KEY, name text);\n';
const DROP = 'ALTER TABLE users DROP COLUMN name;\n';

function check(base: Record<string, string>, head: Record<string, string>) {
  repo = makeRepo(base, head);
  const changes = gitChangeSet(repo.base, repo.head, { cwd: repo.dir });
  const log = gitShim();
  try {
    const report = runEngine({ changes, config: baseConfig(changes, null, () => {}) });
    const listed = log.calls().filter((c) => c.startsWith('ls-tree'));
    return { report, listedHead: listed.some((c) => c.endsWith(repo!.head)), listedBase: listed.some((c) => c.endsWith(repo!.base)) };
  } finally {
    log.remove();
  }
}

const detectionOf = (report: ReturnType<typeof runEngine>, file: string) => report.detection?.find((d) => d.file === file);

test("the reproduction: a drizzle PR's new migration takes its dialect from the journal beside it, and the head tree is never listed", () => {
  const { report, listedHead, listedBase } = check(
    { 'db/migrations/0000_init.sql': CREATE, 'db/migrations/meta/_journal.json': journal('sqlite'), 'src/app.ts': 'export {};\n' },
    { 'db/migrations/0001_drop.sql': DROP },
  );
  expect(detectionOf(report, 'db/migrations/0001_drop.sql')?.reason).toContain('sqlite by _journal.json beside it');
  expect(report.findings.map((f) => [f.rule, f.file])).toContainEqual(['drop-column', 'db/migrations/0001_drop.sql']);
  expect(listedBase).toBe(true); // the history needs base's migrations
  expect(listedHead).toBe(false);
});

test('a variant: the journal and the migration are both new in the PR (head only), and a Prisma lock one folder up', () => {
  const drizzle = check({ 'README.md': '# app\n' }, { 'db/migrations/0000_init.sql': CREATE, 'db/migrations/meta/_journal.json': journal('mysql') });
  expect(detectionOf(drizzle.report, 'db/migrations/0000_init.sql')?.reason).toContain('mysql by _journal.json beside it');
  repo?.remove();
  const prisma = check(
    { 'prisma/migrations/20240101000000_init/migration.sql': CREATE, 'prisma/migrations/migration_lock.toml': 'provider = "mysql"\n' },
    { 'prisma/migrations/20240301000000_drop/migration.sql': DROP },
  );
  expect(detectionOf(prisma.report, 'prisma/migrations/20240301000000_drop/migration.sql')?.reason).toContain('mysql by migration_lock.toml beside it');
  expect(prisma.listedHead).toBe(false);
});

test('a variant: no settings file in head either: the folder decides, as before', () => {
  const { report } = check({ 'db/migrations/0000_init.sql': CREATE }, { 'db/migrations/0001_drop.sql': DROP });
  expect(detectionOf(report, 'db/migrations/0001_drop.sql')?.reason).not.toContain('beside it');
});
