import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyseTrees, rulesAt } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const RULE = 'deleted-migration';

describe(RULE, () => {
  test('fires on a deleted migration, with no line', () => {
    const findings = analyseTrees({ 'db/migrations/0001_init.sql': 'CREATE TABLE t (a int);' }, {});
    expect(rulesAt(findings, RULE)).toEqual([null]);
    expect(findings.find((f) => f.rule === RULE)?.object).toBe('db/migrations/0001_init.sql');
  });

  test('quiet: a deleted file that is not a migration', () => {
    expect(rulesAt(analyseTrees({ 'src/app.sql.txt': 'x' }, {}), RULE)).toEqual([]);
  });

  test('quiet: an added migration', () => {
    expect(rulesAt(analyseTrees({}, { 'db/migrations/0001_init.sql': 'SELECT 1;' }), RULE)).toEqual([]);
  });
});
