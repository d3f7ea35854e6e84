import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyseTrees, rulesAt } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const RULE = 'out-of-order-migration';
const sql = 'SELECT 1;';
/** One sequence of three, newest in the middle, and a newer file in another sequence. */
/** Two sequences in folders whose names begin alike, newest first in the shorter one. */
const PREFIXED = { 'db/migrations/20240110_z.sql': sql, 'db/migrations/20240101_a.sql': sql, 'db/migrations2/20240103_a.sql': sql, 'db/migrations2/20240101_a.sql': sql };
const MANY = { 'db/migrations/20240103_c.sql': sql, 'db/migrations/20240110_z.sql': sql, 'db/migrations/20240105_b.sql': sql, 'other/migrations/20300101_x.sql': sql };

describe(RULE, () => {
  test.each([
    ['timestamps', { 'db/migrations/20240105_b.sql': sql }, 'db/migrations/20240101_a.sql'],
    ['golang-migrate numbers', { 'db/migrations/000010_b.up.sql': sql }, 'db/migrations/000009_a.up.sql'],
    ['Flyway dotted versions compare numerically (1.10 > 1.9)', { 'db/migration/V1.10__b.sql': sql }, 'db/migration/V1.9__a.sql'],
    ['diesel folders', { 'migrations/2024-02-01-000000_b/up.sql': sql }, 'migrations/2024-01-01-000000_a/up.sql'],
    ['Prisma folders', { 'prisma/migrations/20240201000000_b/migration.sql': sql }, 'prisma/migrations/20240101000000_a/migration.sql'],
    ['older than the newest of several, whatever their order', MANY, 'db/migrations/20240108_d.sql'],
    // Files of one folder follow each other in base's list: the folder's sequence is taken again for them, never for the next folder.
    ['a folder whose name begins with the one before it', PREFIXED, 'db/migrations/20240105_b.sql'],
    ['the second of two folders named alike', PREFIXED, 'db/migrations2/20240102_b.sql'],
  ])('fires for %s', (_name, base, added) => {
    expect(rulesAt(analyseTrees(base, { ...base, [added]: sql }), RULE)).toEqual([1]);
  });

  test.each([
    ['newer version', { 'db/migrations/20240101_a.sql': sql }, 'db/migrations/20240105_b.sql'],
    ['Flyway 1.10 after 1.9', { 'db/migration/V1.9__a.sql': sql }, 'db/migration/V1.10__b.sql'],
    ['another folder is another sequence', { 'other/migrations/20250101_a.sql': sql }, 'db/migrations/20240101_b.sql'],
    ['repeatable Flyway file', { 'db/migration/V5__a.sql': sql }, 'db/migration/R__views.sql'],
    ['newer than all of several (a newer one in another folder does not count)', MANY, 'db/migrations/20240111_d.sql'],
    ['a folder named like the one before it is another sequence', PREFIXED, 'db/migrations2/20240104_c.sql'],
  ])('quiet for %s', (_name, base, added) => {
    expect(rulesAt(analyseTrees(base, { ...base, [added]: sql }), RULE)).toEqual([]);
  });
});

describe(`${RULE}: frameworks recognised by their text`, () => {
  test('goose files (Up/Down markers) are one sequence', () => {
    const goose = (body: string): string => `-- +goose Up\n${body}\n-- +goose Down\n`;
    const base = { 'db/migrations/20240105000000_b.sql': goose('SELECT 1;') };
    const head = { ...base, 'db/migrations/20240101000000_a.sql': goose('SELECT 2;') };
    expect(rulesAt(analyseTrees(base, head), RULE)).toEqual([1]);
  });
});
