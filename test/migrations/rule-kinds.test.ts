/**
 * The rules' operation-kind index (rules/index.ts `operationRulesFor`, session 10): the analysis
 * calls a rule's `operation` only for the kinds it declares in `operationKinds`. That is the same
 * as calling it for every operation only if, for every other kind, `operation` returns no hit and
 * reads nothing but `op.kind` (no fact, no statement, no other field of the operation). Each rule
 * is called here with an operation of every kind it does not declare, each object a proxy that
 * records what is read.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Operation } from '../../src/migrations/model.js';
import { migrationRules, operationRulesFor } from '../../src/migrations/rules/index.js';
import { defineMigrationRule, type MigrationRule, type StatementContext } from '../../src/migrations/rules/types.js';
import { prepareEngine } from '../../src/engine.js';
import { expectFires, expectQuiet } from './helpers.js';

beforeAll(async () => {
  await prepareEngine(['postgres', 'mysql']);
});

/** Every operation kind: the compiler fails this table when model.ts gains or loses one. */
const EVERY_KIND: Record<Operation['kind'], true> = {
  'create-table': true,
  'drop-table': true,
  'rename-table': true,
  'add-column': true,
  'drop-column': true,
  'rename-column': true,
  'alter-column-type': true,
  'redefine-column': true,
  'set-not-null': true,
  'drop-not-null': true,
  'drop-default': true,
  'set-default': true,
  'add-constraint': true,
  'drop-constraint': true,
  'create-index': true,
  'drop-index': true,
  update: true,
  'copy-rows': true,
  delete: true,
  truncate: true,
  'create-enum': true,
  'add-enum-value': true,
  'rename-enum-value': true,
  'enum-column-change': true,
  'drop-schema': true,
  'create-object': true,
  'drop-object': true,
  'rename-object': true,
  revoke: true,
  other: true,
};
const kinds = Object.keys(EVERY_KIND) as Operation['kind'][];

/** What `rule.operation` reads, or the hits it returns, for operations of the kinds it does not declare. */
function undeclaredReads(rule: MigrationRule): string[] {
  const out: string[] = [];
  for (const kind of kinds) {
    if (rule.operationKinds?.includes(kind)) continue;
    const spy = <T extends object>(what: string, target: T, allowed: string[] = []): T =>
      new Proxy(target, {
        get(t, key, receiver) {
          if (!allowed.includes(String(key))) out.push(`${kind}: ${what}.${String(key)}`);
          return Reflect.get(t, key, receiver);
        },
      });
    const op = spy('op', { kind } as unknown as Operation, ['kind']);
    const stmt = spy('stmt', {} as Parameters<NonNullable<MigrationRule['operation']>>[1]);
    // `{ facts }` in the parameter list takes ctx.facts on entry: what counts is a use of the facts themselves.
    const ctx = spy('ctx', { file: spy('file', {}), facts: spy('facts', {}) } as unknown as StatementContext, ['facts', 'file']);
    let hits: unknown;
    try {
      hits = rule.operation!(op, stmt, ctx);
    } catch (e) {
      out.push(`${kind}: threw ${(e as Error).message}`);
      continue;
    }
    if (!Array.isArray(hits) || hits.length > 0) out.push(`${kind}: returned ${JSON.stringify(hits)}`);
  }
  return out;
}

describe('each rule declares the operation kinds it reads', () => {
  const operationRules = migrationRules.filter((r) => r.operation);

  test('every rule with an operation check declares its kinds, and only kinds that exist', () => {
    expect(operationRules.length).toBeGreaterThan(20);
    for (const rule of operationRules) {
      expect(rule.operationKinds, rule.meta.id).toBeDefined();
      expect(rule.operationKinds!.length, rule.meta.id).toBeGreaterThan(0);
      for (const k of rule.operationKinds!) expect(kinds, `${rule.meta.id}: ${k}`).toContain(k);
    }
  });

  for (const rule of migrationRules.filter((r) => r.operation)) {
    test(`${rule.meta.id}: for every other kind, returns nothing having read only op.kind`, () => {
      expect(undeclaredReads(rule)).toEqual([]);
    });
  }

  test('the check catches a rule that reads a kind it did not declare', () => {
    // Reads drop-column but declares drop-table only: the index would never call it for drop-column.
    const wrong = defineMigrationRule(
      { id: 'drop-column', defaultSeverity: 'error', summary: 'test' },
      {
        operationKinds: ['drop-table'],
        operation: (op, _stmt, { facts }) => (op.kind === 'drop-column' && !facts.isNewColumn(op.table, op.column) ? [{ line: 1, endLine: 1, column: null, message: 'm' }] : []),
      },
    );
    expect(undeclaredReads(wrong)).toContain('drop-column: op.table');
    // Reads the facts before looking at the kind.
    const early = defineMigrationRule(
      { id: 'drop-table', defaultSeverity: 'error', summary: 'test' },
      { operationKinds: ['drop-table'], operation: (op, _stmt, { facts }) => (facts.isNewTable('t') || op.kind !== 'drop-table' ? [] : []) },
    );
    expect(undeclaredReads(early).some((r) => r.endsWith('facts.isNewTable'))).toBe(true);
  });
});

describe('operationRulesFor', () => {
  test('registry order, the declared rules only, for every kind', () => {
    for (const kind of kinds) {
      const want = migrationRules.filter((r) => r.operation && r.operationKinds!.includes(kind));
      expect(operationRulesFor(kind).map((r) => r.meta.id), kind).toEqual(want.map((r) => r.meta.id));
    }
    expect(operationRulesFor('drop-column').map((r) => r.meta.id)).toEqual(['drop-column']);
    expect(operationRulesFor('create-table')).toEqual([]);
    expect(operationRulesFor('add-constraint').map((r) => r.meta.id)).toEqual(['add-unique-constraint', 'add-check-constraint', 'add-foreign-key']);
  });
});

describe('through the analysis: each rule still fires on each kind it declares', () => {
  const base = 'CREATE TABLE wide (id bigint PRIMARY KEY, c0 text, c1 text NOT NULL);\nCREATE TYPE mood AS ENUM (\'a\');\nCREATE ROLE reader;';
  test('the 1,000-file PR’s shape: a new table and index beside a dropped column', () => {
    const sql = 'CREATE TABLE n0 (id bigint PRIMARY KEY, v text);\nCREATE INDEX n0_v ON n0 (v);\nALTER TABLE wide DROP COLUMN c0;';
    expectFires(sql, 'drop-column', 3, { base });
    expectQuiet(sql, 'add-unique-constraint', { base });
  });
  test('the second kind of rules that read two or three', () => {
    // add-required-column: an added column made NOT NULL later in the PR (set-not-null) and a default dropped (drop-default).
    expectFires('ALTER TABLE wide ADD COLUMN c2 text;\nALTER TABLE wide ALTER COLUMN c2 SET NOT NULL;', 'add-required-column', 2, { base });
    expectFires("ALTER TABLE wide ADD COLUMN c3 text NOT NULL DEFAULT 'x';\nALTER TABLE wide ALTER COLUMN c3 DROP DEFAULT;", 'add-required-column', 2, { base });
    // revoke-privilege: a dropped role (drop-object).
    expectFires('DROP ROLE reader;', 'revoke-privilege', 1, { base });
    // drop-index: a dropped unique constraint (drop-constraint).
    expectFires('ALTER TABLE wide ADD CONSTRAINT wide_c0 UNIQUE (c0);', 'add-unique-constraint', 1, { base });
    expectFires('ALTER TABLE wide DROP CONSTRAINT wide_pkey;', 'drop-index', 1, { base });
    // add-enum-value and rename-enum-value on a MySQL ENUM column (enum-column-change).
    const mysqlBase = "CREATE TABLE t (id bigint PRIMARY KEY, s ENUM('a','b') NOT NULL);";
    expectFires("ALTER TABLE t MODIFY s ENUM('a','b','c') NOT NULL;", 'add-enum-value', 1, { base: mysqlBase, dialect: 'mysql' });
    expectFires("ALTER TABLE t MODIFY s ENUM('a') NOT NULL;", 'rename-enum-value', 1, { base: mysqlBase, dialect: 'mysql' });
  });
});
