import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyseTrees, rulesAt } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const RULE = 'edited-migration';

describe(RULE, () => {
  test('fires on a modified versioned migration, on its first changed line, and its statements are not re-analysed', () => {
    const path = 'db/migrations/0001_init.sql';
    const findings = analyseTrees({ [path]: 'CREATE TABLE t (a int);' }, { [path]: 'CREATE TABLE t (a int);\nDROP TABLE users;' });
    expect(rulesAt(findings, RULE)).toEqual([2]);
    expect(rulesAt(findings, 'drop-table')).toEqual([]);
  });

  test('fires on a modified Flyway V file', () => {
    const path = 'db/migration/V1__init.sql';
    expect(rulesAt(analyseTrees({ [path]: 'SELECT 1;' }, { [path]: 'SELECT 2;' }), RULE)).toEqual([1]);
  });

  test('quiet: a Flyway repeatable R__ file is meant to be edited (but its SQL is analysed)', () => {
    const path = 'db/migration/R__views.sql';
    const findings = analyseTrees({ [path]: 'CREATE VIEW v AS SELECT 1;' }, { [path]: 'DROP VIEW old_v;\nCREATE VIEW v AS SELECT 2;' });
    expect(rulesAt(findings, RULE)).toEqual([]);
    expect(rulesAt(findings, 'drop-object')).toEqual([1]);
  });

  test('quiet: a new migration', () => {
    expect(rulesAt(analyseTrees({}, { 'db/migrations/0002_x.sql': 'SELECT 1;' }), RULE)).toEqual([]);
  });
});

describe(`${RULE}: Liquibase changelogs grow by changesets`, () => {
  const path = 'db/changelog/changelog.sql';
  const v1 = '--liquibase formatted sql\n\n--changeset ana:1\nCREATE TABLE users (id int, legacy text);\n--rollback DROP TABLE users;\n';

  test('appending a changeset is not an edit; its statements and rollback are analysed', () => {
    const v2 = `${v1}\n--changeset ana:2\nALTER TABLE users DROP COLUMN legacy;\n--rollback ALTER TABLE users ADD COLUMN legacy text;\n`;
    const findings = analyseTrees({ [path]: v1 }, { [path]: v2 });
    expect(findings.filter((f) => f.rule === RULE)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => f.line)).toEqual([8]);
    expect(findings.filter((f) => f.rule === 'down-migration').map((f) => f.line)).toEqual([9]);
  });

  test('changing a changeset that base has is an edit, on its line', () => {
    const edited = v1.replace('legacy text', 'legacy varchar(10)');
    const findings = analyseTrees({ [path]: v1 }, { [path]: edited });
    expect(findings.filter((f) => f.rule === RULE).map((f) => f.line)).toEqual([3]);
    expect(findings.filter((f) => f.rule === 'down-migration')).toEqual([]);
  });
});
