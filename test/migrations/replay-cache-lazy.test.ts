/**
 * The replay entry read a table at a time (replay-cache.ts format 4, catalog.ts `LazyTables`,
 * issue 18's warm run): a hit decodes only the tables asked for, and every answer — a table asked
 * directly, every table iterated, the key columns of tables never asked, renames onto untouched
 * tables, a type rename that rewrites every table — is the one a catalog replayed from scratch gives.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { directoryStore } from '../../src/changes/replay-store.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { Catalog, LazyTables } from '../../src/migrations/catalog.js';
import { snapshotUniqueKeys } from '../../src/migrations/idioms.js';
import type { ColumnInfo, Operation } from '../../src/migrations/model.js';
import { cachedReplay } from '../../src/migrations/replay-cache.js';
import { memoryStore } from '../helpers/memory-store.js';

const col = (name: string, extra: Partial<ColumnInfo> = {}): ColumnInfo => ({ name, type: 'integer', notNull: false, hasDefault: false, ...extra });
const inputs = { config: defaultConfig(), dialect: 'postgres' as const, baselines: [], migrations: [{ file: { path: 'a.sql', framework: 'plain' as const, version: '1', part: 'up' as const }, text: 'x' }] };

/** The history-20000 shape, small: `n` tables, each with a primary key, a unique column, an enum-typed column and an index. */
function replayed(n: number): Catalog {
  const c = new Catalog();
  c.apply({ kind: 'create-enum', type: 'mood', values: ['a', 'b'] });
  for (let t = 0; t < n; t++) {
    c.apply({ kind: 'create-table', table: `t${t}`, columns: [col('id', { type: 'int8', notNull: true, primaryKey: true }), col('email', { type: 'text', unique: t % 2 === 0 }), col('m', { type: 'mood' }), col('legacy', { type: 'text' })], indexes: [{ name: `t${t}_email`, unique: t % 3 === 0, columns: ['email'] }] });
    c.apply({ kind: 'add-constraint', table: `t${t}`, name: `t${t}_pkey`, constraint: 'primary-key', columns: ['id'], notValid: false } as Operation);
  }
  return c;
}

/** The catalog `make` replays, written to a fresh store, then read back from it (a hit). */
function viaCache(make: () => Catalog): Catalog {
  const store = memoryStore();
  cachedReplay(store, inputs, new Map(), make);
  const hit = cachedReplay(store, inputs, new Map(), () => {
    throw new Error('replayed');
  });
  expect(store.hits).toBe(1);
  return hit;
}

/** The tables of a cached catalog not decoded yet. */
function pending(c: Catalog): string[] {
  const tables = c.tables;
  if (!(tables instanceof LazyTables)) throw new Error('not a cached catalog');
  return [...tables.keys()].filter((t) => tables.pendingKeys(t) !== undefined);
}

const state = (c: Catalog): string => JSON.stringify(c.toState());

describe('a catalog read back from the replay cache', () => {
  it('decodes only the tables asked for; names, sizes of the key set and key columns answered without decoding', () => {
    const hit = viaCache(() => replayed(200));
    expect(hit.tables).toBeInstanceOf(LazyTables);
    expect(hit.tables.size).toBe(200);
    expect(hit.tables.has('t150')).toBe(true);
    expect(hit.tables.has('nope')).toBe(false);
    expect(pending(hit).length).toBe(200);
    // What the analysis asks of every table up front: its name, and its key columns.
    expect(snapshotUniqueKeys(hit)).toEqual(snapshotUniqueKeys(replayed(200)));
    expect(pending(hit).length).toBe(200);
    // The PR's drop of t0.legacy: one table decoded.
    expect(hit.column('t0', 'legacy')).toEqual(col('legacy', { type: 'text' }));
    hit.apply({ kind: 'drop-column', table: 't0', column: 'legacy' });
    expect(pending(hit).length).toBe(199);
    expect(hit.keyColumns('t0')).toEqual([['t0', [{ name: 'id', primaryKey: true }, { name: 'email', primaryKey: false }]]]);
    expect(hit.keyColumns('t1')).toEqual([['t1', [{ name: 'id', primaryKey: true }]]]);
    expect(hit.keyColumns('nope')).toEqual([]);
  });

  it('every table iterated (entries, values, forEach, spread) is decoded as it goes and equals the replay', () => {
    const want = replayed(30);
    for (const iterate of [
      (c: Catalog) => [...c.tables],
      (c: Catalog) => [...c.tables.entries()],
      (c: Catalog) => [...c.tables.keys()].map((k, i) => [k, [...c.tables.values()][i]]),
      (c: Catalog) => {
        const out: unknown[] = [];
        c.tables.forEach((v, k) => out.push([k, v]));
        return out;
      },
    ]) {
      const hit = viaCache(() => replayed(30));
      hit.column('t7', 'id');
      expect(iterate(hit)).toEqual(iterate(want));
      expect(pending(hit)).toEqual([]);
      expect(state(hit)).toBe(state(want));
    }
  });

  it('renames onto untouched tables, drops, re-creations and a type rename give the replay\'s catalog', () => {
    const ops: Operation[] = [
      { kind: 'rename-table', table: 't3', newName: 't4' },
      { kind: 'rename-table', table: 't5', newName: 'renamed' },
      { kind: 'drop-table', table: 't6' },
      { kind: 'create-table', table: 't7', columns: [col('x')], ifNotExists: true },
      { kind: 'create-table', table: 't8', columns: [col('fresh', { unique: true })] },
      { kind: 'rename-column', table: 't9', column: 'email', newName: 'mail' },
      { kind: 'set-not-null', table: 't10', column: 'legacy' },
      { kind: 'rename-object', objectKind: 'type', name: 'mood', newName: 'mood_old' },
    ];
    for (let upTo = 1; upTo <= ops.length; upTo++) {
      const want = replayed(12);
      const hit = viaCache(() => replayed(12));
      for (const op of ops.slice(0, upTo)) {
        want.apply(op);
        hit.apply(op);
      }
      expect(snapshotUniqueKeys(hit)).toEqual(snapshotUniqueKeys(want));
      expect([...hit.tables.keys()]).toEqual([...want.tables.keys()]);
      for (const t of ['t3', 't4', 't5', 'renamed', 't6', 't7', 't8', 't11']) expect([t, hit.tables.get(t)]).toEqual([t, want.tables.get(t)]);
      expect(state(hit)).toBe(state(want));
    }
  });

  it('randomised: 300 histories of random operations, half applied before the cache and half after, every answer as without a cache', () => {
    let seed = 18;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const table = (): string => `t${rand(8)}`;
    const column = (): string => ['id', 'a', 'b', 'c'][rand(4)];
    const randomOp = (): Operation => {
      switch (rand(10)) {
        case 0:
          return { kind: 'create-table', table: table(), columns: [col('id', { primaryKey: rand(2) === 0 }), col('a', { unique: rand(3) === 0 }), col('b', { type: 'mood' })], ifNotExists: rand(2) === 0 };
        case 1:
          return { kind: 'drop-table', table: table() };
        case 2:
          return { kind: 'rename-table', table: table(), newName: table() };
        case 3:
          return { kind: 'add-column', table: table(), column: col(column(), { unique: rand(2) === 0 }) };
        case 4:
          return { kind: 'drop-column', table: table(), column: column() };
        case 5:
          return { kind: 'rename-column', table: table(), column: column(), newName: column() };
        case 6:
          return { kind: 'redefine-column', table: table(), column: column(), def: col(column(), { primaryKey: rand(2) === 0 }) };
        case 7:
          return { kind: 'set-not-null', table: table(), column: column() };
        case 8:
          return { kind: 'rename-object', objectKind: 'type', name: rand(2) === 0 ? 'mood' : 'mood2', newName: rand(2) === 0 ? 'mood' : 'mood2' };
        default:
          return { kind: 'create-index', table: table(), name: `ix${rand(4)}`, unique: rand(2) === 0, concurrently: false, columns: [column()] };
      }
    };
    for (let h = 0; h < 300; h++) {
      const before = Array.from({ length: 1 + rand(20) }, randomOp);
      const after = Array.from({ length: rand(8) }, randomOp);
      const make = (): Catalog => {
        const c = new Catalog();
        for (const op of before) c.apply(op);
        return c;
      };
      const want = make();
      const hit = viaCache(make);
      const asked = table();
      expect(hit.keyColumns()).toEqual(want.keyColumns());
      for (const op of after) {
        want.apply(op);
        hit.apply(op);
        expect(hit.column(asked, 'a')).toEqual(want.column(asked, 'a'));
        expect(hit.keyColumns()).toEqual(want.keyColumns());
        expect(snapshotUniqueKeys(hit)).toEqual(snapshotUniqueKeys(want));
      }
      expect(state(hit)).toBe(state(want));
    }
  });
});

describe('the replay entry in a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-lazy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read as bytes (checked as stored), and a hit from them is the replay', () => {
    const store = directoryStore(() => dir);
    cachedReplay(store, inputs, new Map(), () => replayed(5));
    const [name] = readdirSync(dir);
    const key = name.replace(/\.json$/, '');
    expect(store.readBytes?.(key)?.equals(readFileSync(join(dir, name)))).toBe(true);
    expect(store.read(key)).toBe(readFileSync(join(dir, name), 'utf8'));
    const hit = cachedReplay(store, inputs, new Map(), () => {
      throw new Error('replayed');
    });
    expect(state(hit)).toBe(state(replayed(5)));
  });
});

describe('through the engine: a PR that reads base tables it does not change', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  const BASE: Record<string, string> = {
    'db/migrations/001_a.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text UNIQUE, legacy text);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, note text NOT NULL);\n',
    'db/migrations/002_b.sql': 'CREATE TABLE audit (id bigint PRIMARY KEY, what text);\nCREATE UNIQUE INDEX audit_what ON audit (what);\n',
  };
  const PR: Record<string, string> = {
    // Renames onto an untouched table's old name, drops a base column, relaxes another table's NOT NULL, and copies rows from a table it never changes.
    'db/migrations/003_pr.sql': 'ALTER TABLE accounts DROP COLUMN legacy;\nALTER TABLE orders ALTER COLUMN note DROP NOT NULL;\nALTER TABLE audit RENAME TO audit_old;\nINSERT INTO orders (id, account_id, note) SELECT id, id, what FROM audit_old;\n',
  };
  const report = (store: ReturnType<typeof memoryStore> | undefined) =>
    runEngine({ changes: { ...changeSetFromTrees(BASE, { ...BASE, ...PR }), ...(store ? { replayCache: store } : {}) }, config: defaultConfig() }, { today: '2026-12-06' });

  it('reports on a hit what it reports without a cache', () => {
    const cold = report(undefined);
    expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['drop-column', 'drop-not-null', 'rename-table']));
    const store = memoryStore();
    expect(report(store)).toEqual(cold);
    expect(report(store)).toEqual(cold);
    expect(store.hits).toBe(1);
  });
});
