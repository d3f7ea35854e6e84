/**
 * Base's dialect readings by path (`assignDialects`'s `base`), filled when first asked (issue 18's
 * warm run: a 20,000-entry map most runs never read): every way of reading it gives what the
 * readings say, for base files the PR does not touch, and a PR file that base has keeps the PR's.
 * The base plan asked by the detector after its own classifications (`seedBase`), and its files copied into a
 * history by a literal (`planFileIn`).
 */
import { describe, expect, it } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import type { Classification, MigrationFile } from '../../src/migrations/detect.js';
import { assignDialects, baseDialects, MigrationDetector, planFileIn, type BaseMigration } from '../../src/migrations/plan.js';
import { readBasePlan, writeBasePlan } from '../../src/migrations/replay-cache.js';
import { memoryStore } from '../helpers/memory-store.js';

const BASE: Record<string, string> = {
  'db/migrations/001_a.sql': 'CREATE TABLE a (id int) ENGINE=InnoDB;\n',
  'db/migrations/002_b.sql': 'ALTER TABLE a ADD COLUMN b int;\n',
  'db/mysql/003_c.sql': 'ALTER TABLE a ADD COLUMN c int;\n',
};

function setup() {
  const config = defaultConfig();
  const changes = changeSetFromTrees(BASE, { 'db/migrations/001_a.sql': BASE['db/migrations/001_a.sql'], 'db/mysql/003_c.sql': BASE['db/mysql/003_c.sql'] });
  const detector = new MigrationDetector(changes, config.migrations, new Set(), config);
  const base: (BaseMigration & { set: number })[] = Object.keys(BASE).map((path) => {
    const c = detector.classify('base', path);
    if (!c.file) throw new Error(`${path} is no migration`);
    return { file: c.file, text: BASE[path], set: c.set };
  });
  return { detector, base, based: baseDialects(base, detector) };
}

describe("assignDialects' base readings by path", () => {
  it('answers every base file by each of the map\'s ways of reading, in base\'s order', () => {
    const { detector, base, based } = setup();
    const want = new Map(base.map((b, i) => [b.file.path, based.readings[i]]));
    expect(want.get('db/migrations/002_b.sql')?.by).toMatch(/folder|repository/);
    expect(want.get('db/mysql/003_c.sql')?.dialect).toBe('mysql');
    const reads: ((m: Map<string, unknown>) => unknown)[] = [
      (m) => base.map((b) => m.get(b.file.path)),
      (m) => base.map((b) => m.has(b.file.path)),
      (m) => m.size,
      (m) => [...m],
      (m) => [...m.keys()],
      (m) => [...m.values()],
      (m) => [...m.entries()],
      (m) => {
        const out: unknown[] = [];
        m.forEach((v, k) => out.push([k, v]));
        return out;
      },
    ];
    for (const read of reads) {
      const { base: byPath } = assignDialects(base, based, [], detector);
      expect(read(byPath)).toEqual(read(want));
    }
  });

  it('a PR file that base has (deleted) is answered with its own reading, after base\'s', () => {
    const { detector, base, based } = setup();
    const { base: byPath } = assignDialects(base, based, [{ path: 'db/migrations/002_b.sql', set: 0, text: 'ALTER TABLE a MODIFY COLUMN b int NOT NULL;', side: 'base' }], detector);
    expect(byPath.get('db/migrations/002_b.sql')?.dialect).toBe('mysql');
    expect(byPath.get('db/migrations/001_a.sql')).toEqual(based.readings[0]);
    expect([...byPath.keys()]).toEqual(base.map((b) => b.file.path));
  });
});

describe('MigrationDetector.seedBase (the base plan asked after the detector\'s own classifications)', () => {
  it('keeps what the detector classified before, and answers the rest from the plan without classifying', () => {
    const { detector } = setup();
    const own = detector.classify('base', 'db/migrations/001_a.sql');
    const planned = { file: { path: 'db/migrations/009_z.sql', framework: 'plain' as const, version: '009', part: 'up' as const }, as: 'migration' as const, set: 0, reason: 'from the plan' };
    const other = { ...planned, file: { ...planned.file, path: 'db/migrations/001_a.sql' }, reason: 'the plan says otherwise' };
    const plan = new Map([['db/migrations/001_a.sql', other], ['db/migrations/009_z.sql', planned]]);
    detector.seedBase({ classification: (path) => plan.get(path) });
    expect(detector.known('base', 'db/migrations/001_a.sql')).toBe(own);
    expect(detector.known('base', 'db/migrations/009_z.sql')).toBe(planned);
    expect(detector.classify('base', 'db/migrations/009_z.sql')).toBe(planned);
    expect(detector.known('head', 'db/migrations/009_z.sql')).toBeUndefined();
  });
});

describe('planFileIn (a cached plan file copied into a history by a literal, not a spread)', () => {
  it('gives what a spread gives, key order included, for every file the cached plan decodes', () => {
    const store = memoryStore();
    const key = 'c'.repeat(64);
    const files: MigrationFile[] = [
      { path: 'db/migrations/001_a.sql', framework: 'plain', version: '001', part: 'up' },
      { path: 'db/migrations/001_a.down.sql', framework: 'plain', version: '001', part: 'down' },
      { path: 'db/migration/R__views.sql', framework: 'flyway', version: null, part: 'repeatable' },
    ];
    const classifications = files.map((file): [string, Classification] => [file.path, { file, as: 'migration', set: 0, reason: 'named so' }]);
    const readings = files.map(() => ({ dialect: 'postgres' as const, by: 'the default' }));
    writeBasePlan(store, key, classifications, { readings, pending: [], folders: new Map(), sets: new Map(), runsOn: new Map() });
    const plan = readBasePlan(store, key, files.map((f) => f.path));
    expect(plan).not.toBeNull();
    const decoded = [...plan!.entries()].map(([, c]) => c.file!);
    expect(decoded.length).toBe(3);
    for (const file of decoded) {
      for (const dialect of ['postgres', 'mysql'] as const) expect(JSON.stringify(planFileIn(file, dialect))).toBe(JSON.stringify({ ...file, dialect }));
    }
  });
});

/**
 * A PR file read by its content keeps that reading, and carries what the base's migrations beside
 * it say without its vote when that is another dialect they show (`neighbours`): the second
 * reading `unparsed-statement` makes of it (session 13). The same from a stored base plan.
 */
describe("assignDialects' neighbours of a PR file read by its content", () => {
  const head = (path: string, text: string) => ({ path, set: 0, text, side: 'head' as const });
  const PG = 'CREATE TABLE plpgsql (id int);\n';
  it('keeps the content reading and adds the folder\'s other dialect', () => {
    const { detector, base, based } = setup();
    const r = assignDialects(base, based, [head('db/migrations/004_d.sql', PG)], detector).head.get('db/migrations/004_d.sql');
    expect(r?.dialect).toBe('postgres');
    expect(r?.by).toMatch(/^its content/);
    expect(r?.neighbours?.dialect).toBe('mysql');
    expect(r?.neighbours?.by).toMatch(/other migrations of its folder/);
  });
  it.each([
    ['content and folder agree', 'db/migrations/004_d.sql', 'ALTER TABLE a MODIFY COLUMN b bigint;\n', 'mysql'],
    ['declared by its folder (no content reading)', 'db/mysql/004_d.sql', PG, 'mysql'],
    ['declared by its name', 'db/migrations/004_d.postgres.sql', PG, 'postgres'],
    ['no history beside it (only the default)', 'db/other/004_d.sql', PG, 'postgres'],
    ['no content marks', 'db/migrations/004_d.sql', 'ALTER TABLE a ADD COLUMN d int;\n', 'mysql'],
  ])('none when %s', (_name, path, text, dialect) => {
    const { detector, base, based } = setup();
    const r = assignDialects(base, based, [head(path, text)], detector).head.get(path);
    expect(r?.dialect).toBe(dialect);
    expect(r?.neighbours).toBeUndefined();
  });
  it('is the same from a stored base plan (the votes round-trip)', () => {
    const { detector, base, based } = setup();
    const store = memoryStore();
    const key = 'd'.repeat(64);
    const classifications = base.map((b): [string, Classification] => [b.file.path, { file: b.file, as: 'migration', set: b.set, reason: 'named so' }]);
    writeBasePlan(store, key, classifications, based);
    const stored = readBasePlan(store, key, base.map((b) => b.file.path));
    expect(stored).not.toBeNull();
    const files = [head('db/migrations/004_d.sql', PG)];
    expect(assignDialects(base, stored!.dialects, files, detector).head).toEqual(assignDialects(base, based, files, detector).head);
  });
});
