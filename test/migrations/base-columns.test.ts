/**
 * Base's columns copied table by table, on first use or before the catalog first changes a table
 * (src/migrations/base-columns.ts, issue 18's warm run): every answer must be the one the up-front
 * copy of every column (`table.column` → a copy) gave, whatever the PR's operations do meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { BaseColumns } from '../../src/migrations/base-columns.js';
import { Catalog } from '../../src/migrations/catalog.js';
import type { ColumnInfo, Operation } from '../../src/migrations/model.js';
import { expectFires, expectQuiet } from './helpers.js';

const col = (name: string, extra: Partial<ColumnInfo> = {}): ColumnInfo => ({ name, type: 'integer', notNull: false, hasDefault: false, ...extra });

/** What analyseHistory did before: every base column copied up front. */
function upFront(catalog: Catalog): Map<string, ColumnInfo> {
  const out = new Map<string, ColumnInfo>();
  for (const [table, columns] of catalog.tables) for (const [name, column] of columns) out.set(`${table}.${name}`, { ...column });
  return out;
}

/** Applies `ops` as analyseHistory does (beforeApply, then apply), asking `keys` between them; every answer compared with the up-front copy. */
function agree(catalog: Catalog, ops: Operation[], keys: string[], askEvery = 1): void {
  const want = upFront(catalog);
  const lazy = new BaseColumns(catalog, new Set(catalog.tables.keys()));
  ops.forEach((op, i) => {
    // Asked after every askEvery-th change only: a table never asked is copied by beforeApply alone.
    if (i > 0 && i % askEvery === 0) for (const k of keys) expect([k, lazy.get(k)]).toEqual([k, want.get(k)]);
    lazy.beforeApply(op);
    catalog.apply(op);
  });
  for (const k of keys) {
    expect([k, lazy.get(k)]).toEqual([k, want.get(k)]);
    expect(lazy.has(k)).toBe(want.has(k));
  }
}

describe('BaseColumns', () => {
  it("the reproduction's shape: 200 base tables, the PR changes one column of one; base's answers for every column after", () => {
    const catalog = new Catalog();
    for (let t = 0; t < 200; t++) catalog.apply({ kind: 'create-table', table: `t${t}`, columns: [col('id', { notNull: true, primaryKey: true }), col('name', { type: 'text' }), col(`x${t}`, { type: 'text' })] });
    const keys = [...upFront(catalog).keys(), 't0.legacy', 'nope.id'];
    agree(catalog, [{ kind: 'set-not-null', table: 't0', column: 'name' }, { kind: 'drop-column', table: 't1', column: 'x1' }], keys, 99);
  });

  it('a variant: every kind of change, asked before and after each, with schema-qualified and dotted names that spell the same key', () => {
    const ops: Operation[] = [
      { kind: 'set-not-null', table: 'a', column: 'x' },
      { kind: 'drop-not-null', table: 'a', column: 'y' },
      { kind: 'set-default', table: 'b', column: 'x' },
      { kind: 'drop-default', table: 'b', column: 'y' },
      { kind: 'alter-column-type', table: 'a.b', column: 'c', newType: 'bigint' },
      { kind: 'rename-column', table: 'a', column: 'b.c', newName: 'z' },
      { kind: 'rename-table', table: 'b', newName: 'a' },
      { kind: 'add-column', table: 'a.b', column: col('c2', { notNull: true }) },
      { kind: 'add-column', table: 'c', column: col('x', { hasDefault: true }), ifNotExists: true },
      { kind: 'create-table', table: 'c', columns: [col('x', { hasDefault: true })], ifNotExists: true },
      { kind: 'redefine-column', table: 'c', column: 'x', def: col('x', { type: 'text', notNull: true }) },
      { kind: 'drop-table', table: 'a.b' },
      { kind: 'create-table', table: 'a.b', columns: [col('c', { type: 'text' })] },
      { kind: 'rename-object', objectKind: 'type', name: 'mood', newName: 'mood_old' },
      { kind: 'set-not-null', table: 'd', column: 'm' },
    ] as Operation[];
    const build = (): Catalog => {
      const c = new Catalog();
      c.apply({ kind: 'create-table', table: 'a', columns: [col('x'), col('y', { notNull: true }), col('b.c', { type: 'text' })] });
      c.apply({ kind: 'create-table', table: 'a.b', columns: [col('c'), col('d')] });
      c.apply({ kind: 'create-table', table: 'b', columns: [col('x'), col('y', { hasDefault: true })] });
      c.apply({ kind: 'create-table', table: 'c', columns: [col('x')] });
      c.apply({ kind: 'create-table', table: 'd', columns: [col('m', { type: 'mood' })] });
      return c;
    };
    const keys = ['a.x', 'a.y', 'a.b.c', 'a.b.d', 'a.z', 'b.x', 'b.y', 'c.x', 'd.m', 'a.b.c2', 'e.x', '.x', 'a.', 'a..b'];
    // The dotted key is spelt twice in base: table a's column b.c and table a.b's column c.
    expect(upFront(build()).get('a.b.c')?.type).toBe('integer');
    for (const askEvery of [1, 3, 100]) agree(build(), ops, keys, askEvery);
    // Every prefix of the changes, asked only at the end.
    for (let n = 0; n <= ops.length; n++) agree(build(), ops.slice(0, n), keys, 1000);
  });

  it('a key two pairs spell answers with the table later in base\'s order, either way round', () => {
    for (const order of [['a', 'a.b'], ['a.b', 'a']]) {
      const c = new Catalog();
      for (const t of order) c.apply({ kind: 'create-table', table: t, columns: t === 'a' ? [col('b.c', { type: 'text' })] : [col('c')] });
      expect(upFront(c).get('a.b.c')?.type).toBe(order[1] === 'a' ? 'text' : 'integer');
      agree(c, [{ kind: 'alter-column-type', table: 'a', column: 'b.c', oldType: 'text', newType: 'uuid' }], ['a.b.c'], 1000);
    }
  });

  it('a table renamed onto a base table the PR has not touched: the base table is copied first', () => {
    const c = new Catalog();
    c.apply({ kind: 'create-table', table: 'a', columns: [col('x', { notNull: true })] });
    c.apply({ kind: 'create-table', table: 'b', columns: [col('y')] });
    agree(c, [{ kind: 'rename-table', table: 'b', newName: 'a' }], ['a.x', 'a.y', 'b.y'], 1000);
  });

  it('random histories and changes agree with the up-front copy (500 runs)', () => {
    let seed = 11;
    // The high bits: an LCG's low bits cycle in a few steps.
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 12) % n);
    const names = ['a', 'b', 'a.b', 'b.c', 'c'];
    const pick = (): string => names[next(names.length)];
    for (let run = 0; run < 500; run++) {
      const catalog = new Catalog();
      for (const t of names) if (next(3) > 0) catalog.apply({ kind: 'create-table', table: t, columns: names.filter(() => next(2) === 0).map((c) => col(c, { notNull: next(2) === 0, type: next(4) === 0 ? 'mood' : 'integer' })) });
      const ops: Operation[] = [];
      for (let i = 0; i < 8; i++) {
        const table = pick();
        const column = pick();
        const choices: Operation[] = [
          { kind: 'set-not-null', table, column },
          { kind: 'drop-not-null', table, column },
          { kind: 'set-default', table, column },
          { kind: 'drop-default', table, column },
          { kind: 'alter-column-type', table, column, newType: 'text' },
          { kind: 'drop-column', table, column },
          { kind: 'rename-column', table, column, newName: pick() },
          { kind: 'rename-table', table, newName: pick() },
          { kind: 'add-column', table, column: col(column, { hasDefault: true }), ifNotExists: next(2) === 0 },
          { kind: 'drop-table', table },
          { kind: 'create-table', table, columns: [col(column, { hasDefault: true })], ifNotExists: next(2) === 0 },
          { kind: 'rename-object', objectKind: 'type', name: 'mood', newName: 'feeling' },
        ] as Operation[];
        ops.push(choices[next(choices.length)]);
      }
      const keys = names.flatMap((t) => names.map((c) => `${t}.${c}`));
      agree(catalog, ops, keys, 1 + next(5));
    }
  });
});

// Through the analysis (rules ask about a table before its first change here, so these guard the
// wiring, not the copy-on-write: the cases above do that).
describe('through the analysis: base answers after the PR changed the column first', () => {
  it('the PR makes a nullable base column NOT NULL, then nullable again: base had it nullable, no drop-not-null', () => {
    expectQuiet('ALTER TABLE t ALTER COLUMN a SET NOT NULL;\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;\n', 'drop-not-null', { base: 'CREATE TABLE t (id int, a int);\n' });
  });

  it('a variant through a renamed table: still base\'s column', () => {
    expectQuiet('ALTER TABLE t ALTER COLUMN a SET NOT NULL;\nALTER TABLE t RENAME TO u;\nALTER TABLE u ALTER COLUMN a DROP NOT NULL;\n', 'drop-not-null', { base: 'CREATE TABLE t (id int, a int);\nCREATE TABLE u0 (id int);\n' });
  });

  it('must still fire: a base NOT NULL column made nullable, before and after another change to its table', () => {
    expectFires('ALTER TABLE t ALTER COLUMN a DROP NOT NULL;\n', 'drop-not-null', 1, { base: 'CREATE TABLE t (id int, a int NOT NULL);\n' });
    expectFires('ALTER TABLE t ADD COLUMN b int;\nALTER TABLE t ALTER COLUMN a DROP NOT NULL;\n', 'drop-not-null', 2, { base: 'CREATE TABLE t (id int, a int NOT NULL);\n' });
  });
});
