/**
 * PrLookahead (idioms.ts): what later statements of the PR create, read once over every operation
 * of the PR. Session 10 made its per-operation pass allocate nothing but the entries it keeps; the
 * answers must stay what they were: every kind of entry, renames followed, `sameFile`, `at` bounds.
 */
import { describe, expect, test } from 'vitest';
import { PrLookahead } from '../../src/migrations/idioms.js';
import type { Operation, Statement } from '../../src/migrations/model.js';

const stmt = (...ops: Operation[]): Statement => ({ ops }) as unknown as Statement;

describe('PrLookahead', () => {
  // File 0: statements 0–2; file 1: statements 3–5.
  const look = new PrLookahead([
    [
      stmt({ kind: 'create-table', table: 't', columns: [{ name: 'id', primaryKey: true }, { name: 'v' }, { name: 'e', unique: true }] } as unknown as Operation),
      stmt({ kind: 'create-index', table: 't', name: 't_v', unique: false, concurrently: false, columns: ['v'], partial: true }),
      stmt({ kind: 'create-object', objectKind: 'function', name: 'f', signature: { types: ['int'], defaults: 0 } } as unknown as Operation),
    ],
    [
      stmt({ kind: 'rename-table', table: 't', newName: 'u' }),
      stmt(
        { kind: 'add-constraint', table: 'u', constraint: 'unique', name: 'u_v', columns: ['v'], notValid: false, deferrable: true },
        { kind: 'add-constraint', table: 'u', constraint: 'check', name: 'u_c', columns: ['v'], notValid: false },
      ),
      stmt({ kind: 'create-object', objectKind: 'function', name: 'f' } as unknown as Operation, { kind: 'create-object', objectKind: 'view', name: 'f' } as unknown as Operation),
    ],
  ]);

  test('every index, key and unique column created on the table from a statement on, through its rename', () => {
    expect(look.indexesCreatedAfter('t', 0, 0)).toEqual([
      { name: null, unique: true, columns: ['id'], constraint: true, deferrable: false, partial: false, expressions: false, sameFile: true },
      { name: null, unique: true, columns: ['e'], constraint: true, deferrable: false, partial: false, expressions: false, sameFile: true },
      { name: 't_v', unique: false, columns: ['v'], constraint: false, deferrable: false, partial: true, expressions: false, sameFile: true },
      { name: 'u_v', unique: true, columns: ['v'], constraint: true, deferrable: true, partial: false, expressions: false, sameFile: false },
    ]);
    expect(look.indexesCreatedAfter('t', 2, 1).map((i) => [i.name, i.sameFile])).toEqual([['u_v', true]]);
    expect(look.indexesCreatedAfter('u', 5, 1)).toEqual([]);
  });

  test('routines created after a statement, with their signatures', () => {
    expect(look.routinesCreatedAfter('function', 'f', 0)).toEqual([{ types: ['int'], defaults: 0 }, undefined]);
    expect(look.routinesCreatedAfter('function', 'f', 2)).toEqual([undefined]);
    expect(look.routinesCreatedAfter('procedure', 'f', 0)).toEqual([]);
  });
});
