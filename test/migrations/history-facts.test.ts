/**
 * A history's facts (`history-facts.ts`, issue 18's warm run): what the analysis asks of all its base
 * migrations at once, gathered by `planHistories` while it decides which base files run in which
 * history, must be exactly what the loops over the history's list computed (the loops are written
 * out here as they were: the reference); and a planned history's list, made when first read, must be
 * the files its facts were told of, in the same order.
 */
import { describe, expect, it } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig, type Dialect } from '../../src/config/types.js';
import { compareVersions, MIGRATION_DIRS, type MigrationFile } from '../../src/migrations/detect.js';
import { isChangelogMigration } from '../../src/migrations/code/liquibase.js';
import { isCodeFramework } from '../../src/migrations/code/registry.js';
import { BaseFacts, factsFromRecord, newestVersionBeside, planFacts, sequenceKey, type NewestTwo } from '../../src/migrations/history-facts.js';

/** diesel's order written out (diesel_migrations: the folder's name up to `_`, dashes out, compared as text); the others': compareVersions. */
function referenceOrder(file: MigrationFile, a: string, b: string): number {
  if (file.framework !== 'diesel') return compareVersions(a, b);
  const [x, y] = [a.split('-').join(''), b.split('-').join('')];
  return x === y ? 0 : x < y ? -1 : 1;
}
import { MigrationDetector, planHistories, sequenceFolder, type Candidate } from '../../src/migrations/plan.js';
import { random } from '../helpers/random.js';

/** The sequence key as analyse.ts computed it before the facts (framework and folder). */
function referenceSequenceKey(file: MigrationFile): string {
  const parts = file.path.split('/');
  parts.pop();
  if (file.framework === 'diesel' || file.framework === 'prisma') parts.pop();
  if (file.framework === 'flyway') {
    const root = parts.findLastIndex((d) => MIGRATION_DIRS.has(d.toLowerCase()));
    if (root !== -1) parts.length = root + 1;
  }
  return `${file.framework}:${parts.join('/')}`;
}

function referenceNewest(list: { file: MigrationFile }[]): Map<string, NewestTwo> {
  const newest = new Map<string, NewestTwo>();
  for (const { file } of list) {
    if (file.version === null || file.part !== 'up') continue;
    const key = referenceSequenceKey(file);
    const top = newest.get(key);
    if (!top) newest.set(key, [file, null]);
    else if (referenceOrder(file, file.version, top[0].version as string) > 0) newest.set(key, [file, top[0]]);
    else if (top[1] === null || referenceOrder(file, file.version, top[1].version as string) > 0) top[1] = file;
  }
  return newest;
}

/** The loops over a history's list, as `analyseHistory`, `planHistories` and `findBaselines` ran them. */
function reference(list: { file: MigrationFile }[]) {
  const newest = referenceNewest(list);
  return {
    count: list.length,
    liquibase: list.some((m) => m.file.framework === 'liquibase'),
    notSql: list.some((m) => isCodeFramework(m.file.framework) || isChangelogMigration(m.file)),
    anyUp: list.some((m) => m.file.part === 'up'),
    frameworks: new Set(list.map((m) => m.file.framework)),
    folders: [...new Set(list.map((m) => sequenceFolder(m.file.path)))],
    newest: newestOf(newest),
  };
}

/** The newest files by path and version: what `newestVersionBeside` reads (a history's list has copies of base's files, with its dialect). */
function newestOf(newest: ReadonlyMap<string, NewestTwo>) {
  return new Map([...newest].map(([key, [a, b]]) => [key, [a.path, a.version, b?.path ?? null, b?.version ?? null]]));
}

function factsOf(f: BaseFacts) {
  return { count: f.count, liquibase: f.liquibase, notSql: f.notSql, anyUp: f.anyUp, frameworks: f.frameworks, folders: [...f.folders], newest: newestOf(f.newest) };
}

const FRAMEWORKS = ['plain', 'flyway', 'diesel', 'prisma', 'liquibase', 'golang-migrate', 'goose', 'django', 'rails'] as const;
const FOLDERS = ['db/migrations', 'db/migration/2024', 'db/migration/2025', 'migrations/mysql', 'migrations/postgres', 'src/main/resources/db/migration', 'app/db', '', 'db/changelog'];
const PARTS = ['up', 'up', 'up', 'down', 'repeatable', 'verify'] as const;

function randomHistory(seed: number): { file: MigrationFile }[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const n = Math.floor(next() * 60);
  const out: { file: MigrationFile }[] = [];
  for (let i = 0; i < n; i++) {
    const framework = pick(FRAMEWORKS);
    const folder = pick(FOLDERS);
    // Versions that tie, differ in length, are timestamps (diesel's with dashes too) or missing: what compareVersions orders.
    const version = next() < 0.1 ? null : pick(['1', '2', '10', '002', '20240101120000', '1.2', '1.10', '20170820180453', '2017-08-31-230457', '2026-06-17-112535-0000', String(Math.floor(next() * 30))]);
    const name = `${version ?? 'x'}_${i}${pick(['.sql', '.xml', '.yaml', '.py', '.rb'])}`;
    const path = framework === 'diesel' || framework === 'prisma' ? `${folder}/${version ?? 'v'}_${i}/${pick(['up.sql', 'down.sql', 'migration.sql'])}` : folder === '' ? name : `${folder}/${name}`;
    out.push({ file: { path, framework: framework as MigrationFile['framework'], version, part: pick(PARTS) } });
    // Runs of files of one folder, as a listing has them.
    if (next() < 0.5 && out.length > 0) out.push({ file: { ...out[out.length - 1].file, path: `${out[out.length - 1].file.path}.next.sql` } });
  }
  return out;
}

describe('a history\'s facts', () => {
  it('are what the loops over the list compute, on 300 random histories', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const list = randomHistory(seed);
      const facts = BaseFacts.of(list, sequenceFolder);
      const want = reference(list);
      expect(factsOf(facts), `seed ${seed}`).toEqual(want);
      // The newest version beside every file (a PR file with a base path, or a new one): as before.
      const wantNewest = referenceNewest(list);
      for (const { file } of list) expect(newestVersionBeside(file, facts.newest)).toBe(newestVersionBeside(file, wantNewest));
      for (const { file } of list) expect(sequenceKey(file)).toBe(referenceSequenceKey(file));
    }
  });

  it('tell an empty history from one of down files only, and a Liquibase changelog from SQL', () => {
    expect(factsOf(BaseFacts.of([], sequenceFolder))).toEqual(reference([]));
    const downs = [{ file: { path: 'db/migrations/1_a.down.sql', framework: 'golang-migrate', version: '1', part: 'down' } as MigrationFile }];
    expect(BaseFacts.of(downs, sequenceFolder).anyUp).toBe(false);
    expect(BaseFacts.of(downs, sequenceFolder).newest.size).toBe(0);
    const changelog = [{ file: { path: 'db/changelog/1.xml', framework: 'liquibase', version: '1', part: 'up' } as MigrationFile }];
    expect(factsOf(BaseFacts.of(changelog, sequenceFolder))).toMatchObject({ liquibase: true, notSql: true, anyUp: true });
    const sql = [{ file: { path: 'db/changelog/1.sql', framework: 'liquibase', version: '1', part: 'up' } as MigrationFile }];
    expect(factsOf(BaseFacts.of(sql, sequenceFolder))).toMatchObject({ liquibase: true, notSql: false });
  });
});

describe('a planned history\'s base list, made when first read', () => {
  // Three dialects in one set: dialect-less files run on several (`runsOn`), dialect folders on one.
  const BASE: Record<string, string> = {
    'migrations/20240101000000_a.up.sql': 'CREATE TABLE a (id int);\n',
    'migrations/20240101000000_a.down.sql': 'DROP TABLE a;\n',
    'migrations/20240102000000_b.mysql.up.sql': 'ALTER TABLE a ADD COLUMN b int;\n',
    'migrations/20240102000000_b.postgres.up.sql': 'ALTER TABLE a ADD COLUMN b int;\n',
    'migrations/20240103000000_c.up.sql': 'ALTER TABLE a ADD COLUMN c int;\n',
    'db/mysql/003_c.sql': 'ALTER TABLE a ADD COLUMN c int;\n',
    'db/postgres/004_d.sql': 'CREATE TABLE d (id serial);\n',
  };
  const HEAD: Record<string, string> = {
    ...BASE,
    'migrations/20240104000000_d.mysql.up.sql': 'ALTER TABLE a DROP COLUMN c;\n',
    'migrations/20240104000000_d.postgres.up.sql': 'ALTER TABLE a DROP COLUMN c;\n',
    'migrations/20240105000000_e.up.sql': 'ALTER TABLE a DROP COLUMN b;\n',
  };

  function plan() {
    const config = defaultConfig();
    const changes = changeSetFromTrees(BASE, HEAD);
    const detector = new MigrationDetector(changes, config.migrations, new Set(), config);
    const candidates: Candidate[] = [];
    for (const c of changes.files) {
      const file = detector.classify('head', c.path).file;
      if (file) candidates.push({ change: c, file, text: HEAD[c.path] });
    }
    return planHistories(detector, candidates, () => false, false);
  }

  it('holds the files its facts were told of, in the same order, each in the history\'s dialect', () => {
    const groups = plan().groups;
    expect(groups.length).toBeGreaterThan(1);
    const dialects = new Set<Dialect>();
    for (const g of groups) {
      dialects.add(g.dialect);
      expect(g.facts).toBeDefined();
      const told = factsOf(g.facts!);
      const list = g.base;
      expect(list.length).toBe(told.count);
      expect(list.every((m) => m.file.dialect === g.dialect)).toBe(true);
      expect(reference(list)).toEqual(told);
      // Read again: the same list (made once).
      expect(g.base).toBe(list);
    }
    // The dialect-less up files run in both histories; the dialect folders' only in theirs.
    const byDialect = new Map(groups.map((g) => [g.dialect, g.base.map((m) => m.file.path)]));
    expect(byDialect.get('mysql')).toContain('migrations/20240101000000_a.up.sql');
    expect(byDialect.get('postgres')).toContain('migrations/20240101000000_a.up.sql');
    expect(byDialect.get('mysql')).toContain('db/mysql/003_c.sql');
    expect(byDialect.get('mysql')).not.toContain('db/postgres/004_d.sql');
    expect(byDialect.get('postgres')).toContain('db/postgres/004_d.sql');
    expect(dialects.size).toBe(groups.length);
  });

  it('may be set, and is then what was set', () => {
    const [g] = plan().groups;
    g.base = [];
    expect(g.base).toEqual([]);
  });
});

describe('the facts the base tree entry keeps', () => {
  const DIALECTS = ['postgres', 'mysql', 'sqlite'] as const;

  it('are, read back, what planHistories gathers for each history, on 300 random plans', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed * 7919);
      const migrations = randomHistory(seed).map(({ file }) => ({ file, set: Math.floor(next() * 2) }));
      // A file runs on its reading's dialect, or on several (`runsOn`: pop's dialect-less files).
      const dialects = migrations.map((): string[] => (next() < 0.2 ? DIALECTS.filter(() => next() < 0.6) : [DIALECTS[Math.floor(next() * 3)]]));
      const stored = JSON.parse(JSON.stringify(planFacts(migrations, (i) => dialects[i], sequenceFolder))) as unknown[];
      const read = new Map(stored.map((r) => {
        const got = factsFromRecord(r, migrations.length, (i) => migrations[i], sequenceFolder);
        expect(got, `seed ${seed}`).not.toBeNull();
        return [got!.key, got!.facts];
      }));
      // Computed as planHistories does: each history's list, the files of its set running on its dialect, in order.
      for (const set of [0, 1]) {
        for (const d of DIALECTS) {
          const list = migrations.filter((m, i) => m.set === set && dialects[i].includes(d));
          const facts = read.get(`${set}\0${d}`);
          if (list.length === 0) expect(facts, `seed ${seed}`).toBeUndefined();
          else expect(factsOf(facts!), `seed ${seed} ${set} ${d}`).toEqual(reference(list));
          // The newest files are the plan's own objects (what newestVersionBeside reads).
          for (const [, [a, b]] of facts?.newest ?? []) expect(migrations.some((m) => m.file === a) && (b === null || migrations.some((m) => m.file === b))).toBe(true);
        }
      }
    }
  });

  it('a record that does not fit the plan is none', () => {
    const migrations = [
      { file: { path: 'db/migrations/1_a.sql', framework: 'plain', version: '1', part: 'up' } as MigrationFile, set: 0 },
      { file: { path: 'db/migrations/2_b.sql', framework: 'plain', version: '2', part: 'up' } as MigrationFile, set: 0 },
      { file: { path: 'db/migrations/2_b.down.sql', framework: 'plain', version: '2', part: 'down' } as MigrationFile, set: 0 },
    ];
    const [record] = planFacts(migrations, () => ['postgres'], sequenceFolder);
    expect(factsFromRecord(record, migrations.length, (i) => migrations[i], sequenceFolder)?.facts.newest.get('plain:db/migrations')?.map((f) => f?.version)).toEqual(['2', '1']);
    const bad: unknown[] = [
      null,
      'x',
      record.slice(0, 6),
      [...record.slice(0, 2), 4, ...record.slice(3)],
      [...record.slice(0, 3), 8, ...record.slice(4)],
      [-1, ...record.slice(1)],
      [...record.slice(0, 6), [['plain:db/migrations', 2, -1]]],
      [...record.slice(0, 6), [['plain:db/migrations', 1, 3]]],
      [...record.slice(0, 6), [['plain:elsewhere', 1, 0]]],
      [...record.slice(0, 6), [['plain:db/migrations', 1, 0], ['plain:db/migrations', 1, 0]]],
      [1, ...record.slice(1)],
    ];
    for (const r of bad) expect(factsFromRecord(r, migrations.length, (i) => migrations[i], sequenceFolder), JSON.stringify(r)).toBeNull();
  });
});
