/**
 * A cached base plan read back (`replay-cache.ts`'s `readBasePlan`, the base tree entry's plan too):
 * checked whole when read, its rows decoded only when asked (`StoredPlan`: issue 18's warm run made
 * 20,000 classifications and files on every hit, of which it asks a few). Every way of asking gives
 * what the plan written was, on random plans: by path (scanned for the first few, then by a map),
 * in order, by migration index; and a plan of the wrong shape is none.
 */
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import type { Classification, MigrationFile } from '../../src/migrations/detect.js';
import type { DialectReading } from '../../src/migrations/dialect-inference.js';
import type { BaseDialects } from '../../src/migrations/plan.js';
import { readBasePlan, writeBasePlan } from '../../src/migrations/replay-cache.js';
import { memoryStore } from '../helpers/memory-store.js';
import { random } from '../helpers/random.js';

const FRAMEWORKS: MigrationFile['framework'][] = ['plain', 'flyway', 'liquibase', 'goose', 'prisma'];
const PARTS: MigrationFile['part'][] = ['up', 'down', 'repeatable'];
const DIALECTS: Dialect[] = ['postgres', 'mysql', 'sqlite'];

/** A random plan: paths (in listing order, or shuffled, beyond the BMP sometimes), kinds, versions, readings. */
function randomPlan(seed: number): { classifications: [string, Classification][]; dialects: BaseDialects } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const n = Math.floor(next() * 60);
  const names = new Set<string>();
  while (names.size < n) names.add(`${pick(['db/migrations', 'db/migration/2024', 'sql', 'db/\u{1F600}', 'db/\uFB01x'])}/${String(Math.floor(next() * 1000)).padStart(3, '0')}_${pick(['a', 'b', 'c'])}.sql`);
  const paths = [...names];
  if (next() < 0.5) paths.sort();
  const classifications = paths.map((path): [string, Classification] => {
    if (next() < 0.3) return [path, { file: null, as: pick(['schema', 'other', 'queries'] as const), set: Math.floor(next() * 2), reason: pick(['a schema file', 'not a migration']) }];
    const file: MigrationFile = { path, framework: pick(FRAMEWORKS), version: next() < 0.2 ? null : String(Math.floor(next() * 100)), part: pick(PARTS) };
    return [path, { file, as: 'migration', set: Math.floor(next() * 2), reason: pick(['named so', 'in a migrations folder']) }];
  });
  const migrations = classifications.filter(([, c]) => c.file !== null).length;
  const readings: DialectReading[] = [];
  const pending: number[] = [];
  for (let i = 0; i < migrations; i++) {
    if (next() < 0.4) pending.push(i);
    readings.push({ dialect: pick(DIALECTS), by: pick(['its content', 'the default', 'its folder']) });
  }
  const runsOn = new Map<number, Dialect[]>();
  for (let i = 0; i < migrations; i++) if (next() < 0.1) runsOn.set(i, DIALECTS.filter(() => next() < 0.7).concat('postgres').filter((d, k, all) => all.indexOf(d) === k));
  return { classifications, dialects: { readings, pending, folders: new Map([['db/migrations', { dialects: ['mysql'], count: 2 }]]), sets: new Map([[0, { dialects: ['postgres', 'mysql'], count: 3 }]]), runsOn } };
}

describe('a cached base plan, decoded when asked', () => {
  it('answers by path, in order and by migration what was written, on 300 random plans', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { classifications, dialects } = randomPlan(seed);
      const store = memoryStore();
      const key = 'd'.repeat(64);
      writeBasePlan(store, key, classifications, dialects);
      const paths = classifications.map(([p]) => p);
      const plan = readBasePlan(store, key, paths);
      expect(plan, `seed ${seed}`).not.toBeNull();
      const migrations = classifications.flatMap(([, c]) => (c.file ? [{ file: c.file, set: c.set }] : []));
      expect(plan!.size).toBe(paths.length);
      expect(plan!.migrationCount).toBe(migrations.length);
      expect(plan!.liquibase).toBe(migrations.some((m) => m.file.framework === 'liquibase'));
      expect(plan!.dialects.readings).toEqual(dialects.readings);
      expect(plan!.dialects.pending).toEqual(dialects.pending);
      expect(plan!.dialects.runsOn).toEqual(dialects.runsOn);
      // By path first, in a random order (past the scanned few, by the map), then one not in the plan.
      const next = random(seed);
      const order = [...paths].sort(() => next() - 0.5);
      for (const path of order) {
        const want = classifications.find(([p]) => p === path)![1];
        // Key order included: the replay key stringifies files.
        expect(JSON.stringify(plan!.classification(path)), `seed ${seed} ${path}`).toBe(JSON.stringify(want));
      }
      expect(plan!.classification('db/migrations/none.sql')).toBeUndefined();
      // By migration: the same objects as by path (a row is decoded once).
      migrations.forEach((m, i) => {
        const got = plan!.migration(i);
        expect(JSON.stringify(got)).toBe(JSON.stringify(m));
        expect(got.file).toBe(plan!.classification(m.file.path)!.file);
      });
      expect(() => plan!.migration(migrations.length)).toThrow(RangeError);
      // In order, all of them (a run that writes the base tree entry from a plan entry).
      expect(JSON.stringify([...plan!.entries()])).toBe(JSON.stringify(classifications));
    }
  });

  it('a migration asked first by index is the object asked later by path', () => {
    let seed = 1;
    while (randomPlan(seed).classifications.filter(([, c]) => c.file !== null).length < 3) seed++;
    const { classifications, dialects } = randomPlan(seed);
    const store = memoryStore();
    writeBasePlan(store, 'e'.repeat(64), classifications, dialects);
    const plan = readBasePlan(store, 'e'.repeat(64), classifications.map(([p]) => p))!;
    const first = plan.migration(2);
    expect(plan.classification(first.file.path)?.file).toBe(first.file);
  });

  it('is none when its paths are not distinct, in listing order or not, or a row does not fit', () => {
    const file = (path: string, version: string | null = '1'): [string, Classification] => [path, { file: { path, framework: 'plain', version, part: 'up' }, as: 'migration', set: 0, reason: 'named so' }];
    const dialects = (n: number): BaseDialects => ({ readings: Array.from({ length: n }, () => ({ dialect: 'postgres' as const, by: 'the default' })), pending: [], folders: new Map(), sets: new Map(), runsOn: new Map() });
    const store = memoryStore();
    const key = 'f'.repeat(64);
    // Written from a map-like list that names a path twice: read back against those paths, none.
    for (const paths of [['a/1.sql', 'a/1.sql', 'a/2.sql'], ['a/2.sql', 'a/1.sql', 'a/2.sql']]) {
      writeBasePlan(store, key, paths.map((p) => file(p)), dialects(3));
      expect(readBasePlan(store, key, paths), paths.join(' ')).toBeNull();
    }
    // Must still read: the same paths once each, in either order.
    for (const paths of [['a/1.sql', 'a/2.sql'], ['a/2.sql', 'a/1.sql']]) {
      writeBasePlan(store, key, paths.map((p) => file(p)), dialects(2));
      expect(readBasePlan(store, key, paths)?.migrationCount).toBe(2);
    }
    // Another set of paths than the plan's rows: none.
    expect(readBasePlan(store, key, ['a/2.sql'])).toBeNull();
  });
});
