import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyseTrees, rulesAt } from '../helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const RULE = 'down-migration';

describe(RULE, () => {
  test.each([
    ['golang-migrate / sqlx .down.sql', 'db/migrations/0002_x.down.sql'],
    ['diesel down.sql', 'migrations/2024-01-01-000000_x/down.sql'],
    ['Flyway U', 'db/migration/U2__undo.sql'],
    ['sqitch revert/', 'sqitch/revert/add_users.sql'],
  ])('fires on a %s file, line 1', (_name, path) => {
    expect(rulesAt(analyseTrees({}, { [path]: 'DROP TABLE users;' }), RULE)).toEqual([1]);
  });

  test('goose Down section: reported at its marker, its statements are not forward SQL', () => {
    const sql = '-- +goose Up\nCREATE TABLE t (a int);\n\n-- +goose Down\nDROP TABLE users;\n';
    const findings = analyseTrees({}, { 'db/migrations/00002_t.sql': sql });
    expect(rulesAt(findings, RULE)).toEqual([4]);
    expect(rulesAt(findings, 'drop-table')).toEqual([]);
  });

  test('goose StatementBegin/End inside a Down section', () => {
    const sql = '-- +goose Up\nSELECT 1;\n-- +goose Down\n-- +goose StatementBegin\nDROP TABLE users;\n-- +goose StatementEnd\n';
    const findings = analyseTrees({}, { 'db/migrations/00002_t.sql': sql });
    expect(rulesAt(findings, RULE)).toEqual([3]);
    expect(rulesAt(findings, 'drop-table')).toEqual([]);
  });

  test('dbmate migrate:down section', () => {
    const sql = '-- migrate:up\nALTER TABLE users ADD COLUMN a int;\n\n-- migrate:down\nALTER TABLE users DROP COLUMN a;\n';
    const findings = analyseTrees({}, { 'db/migrations/20240101_a.sql': sql });
    expect(rulesAt(findings, RULE)).toEqual([4]);
    expect(rulesAt(findings, 'drop-column')).toEqual([]);
  });

  test('Liquibase --rollback lines', () => {
    const sql = '--liquibase formatted sql\n--changeset me:1\nCREATE TABLE t (a int);\n--rollback DROP TABLE t;\n';
    const findings = analyseTrees({}, { 'db/changelog/001.sql': sql });
    expect(rulesAt(findings, RULE)).toEqual([4]);
    expect(rulesAt(findings, 'drop-table')).toEqual([]);
  });

  test('quiet: an empty goose Down section', () => {
    const sql = '-- +goose Up\nCREATE TABLE t (a int);\n-- +goose Down\n';
    expect(rulesAt(analyseTrees({}, { 'db/migrations/00002_t.sql': sql }), RULE)).toEqual([]);
  });

  test('quiet: an up migration', () => {
    expect(rulesAt(analyseTrees({}, { 'db/migrations/0002_x.up.sql': 'CREATE TABLE t (a int);' }), RULE)).toEqual([]);
  });

  test('quiet: a deleted down migration', () => {
    const path = 'db/migrations/0001_x.down.sql';
    expect(rulesAt(analyseTrees({ [path]: 'DROP TABLE t;' }, {}), RULE)).toEqual([]);
  });
});
