import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { analyseTrees, expectFires, reproTrees, ruleTable } from '../helpers.js';

ruleTable('set-not-null', {
  fires: [
    { name: 'MySQL MODIFY adding NOT NULL', sql: 'ALTER TABLE users MODIFY email varchar(100) NOT NULL;', line: 1, dialect: 'mysql' as const, base: 'CREATE TABLE users (email varchar(100));' },
    { name: 'SET NOT NULL', sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', line: 1 },
    { name: 'sub-command line', sql: 'ALTER TABLE users\n  ALTER COLUMN a DROP NOT NULL,\n  ALTER COLUMN email SET NOT NULL;', line: 3 },
    { name: 'Postgres 18 ADD CONSTRAINT … NOT NULL', sql: 'ALTER TABLE users ADD CONSTRAINT email_nn NOT NULL email;', line: 1 },
  ],
  quiet: [
    { name: 'MySQL MODIFY keeping NOT NULL', sql: 'ALTER TABLE users MODIFY email varchar(200) NOT NULL;', dialect: 'mysql' as const, base: 'CREATE TABLE users (email varchar(100) NOT NULL);' },
    { name: 'DROP NOT NULL is safe', sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;' },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name;\nALTER TABLE users ALTER COLUMN nick SET NOT NULL;' },
  ],
});

describe('set-not-null: a column with a default', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  const severity = (sql: string, line: number, options: Parameters<typeof expectFires>[3]): string => expectFires(sql, 'set-not-null', line, options).severity;
  test('reportportal 110_retention_non_null: default since base (86_add_retention_policy_launch), NULLs backfilled: a warning', () => {
    const base = {
      'migrations/1_launch.up.sql': 'CREATE TABLE launch (id bigint PRIMARY KEY, name text);',
      'migrations/86_add_retention_policy_launch.up.sql': "CREATE TYPE RETENTION_POLICY_ENUM AS ENUM ('IMPORTANT', 'REGULAR');\nALTER TABLE launch\n    ADD COLUMN retention_policy RETENTION_POLICY_ENUM;\nALTER TABLE launch\n    ALTER COLUMN retention_policy SET DEFAULT 'REGULAR';\nUPDATE launch\nSET retention_policy = 'REGULAR';",
    };
    const sql = "UPDATE public.launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;\n\nALTER TABLE public.launch ALTER COLUMN retention_policy SET NOT NULL;";
    const hit = expectFires(sql, 'set-not-null', 3, { base, path: 'migrations/110_retention_non_null.up.sql' });
    expect(hit.severity).toBe('warning');
    expect(hit.message).toContain('explicitly');
  });
  test('bench/history/repros/null-backfill-defaulted (reportportal f019b5374c, whole trees): both findings are warnings, nothing fails', () => {
    const { base, head } = reproTrees('null-backfill-defaulted');
    const found = analyseTrees(base, head)
      .filter((f) => f.rule === 'update-rows' || f.rule === 'set-not-null')
      .map((f) => `${f.severity} ${f.rule}:${f.line} ${f.object}`);
    expect(found.sort()).toEqual(['warning set-not-null:3 launch.retention_policy', 'warning update-rows:1 launch.retention_policy']);
  });
  test('variant: a default given by the same ALTER, or by an earlier statement of the PR', () => {
    const base = 'CREATE TABLE users (id bigint PRIMARY KEY, plan text);';
    expect(severity("ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free', ALTER COLUMN plan SET NOT NULL;", 1, { base })).toBe('warning');
    expect(severity("ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;", 2, { base })).toBe('warning');
    expect(severity('ALTER TABLE users ALTER COLUMN plan SET NOT NULL;', 1, { base })).toBe('error');
  });
  test('variant: the default dropped before, or by the same statement, keeps the error', () => {
    const base = "CREATE TABLE users (id bigint PRIMARY KEY, plan text DEFAULT 'free');";
    expect(severity('ALTER TABLE users ALTER COLUMN plan DROP DEFAULT;\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;', 2, { base })).toBe('error');
    expect(severity('ALTER TABLE users ALTER COLUMN plan DROP DEFAULT, ALTER COLUMN plan SET NOT NULL;', 1, { base })).toBe('error');
    expect(severity('ALTER TABLE users ALTER COLUMN plan SET NOT NULL;', 1, { base })).toBe('warning');
    // `DEFAULT NULL` (pg_dump's `NULL::text` too) is no default: old inserts that leave the column out write NULL.
    for (const nullDefault of ['DEFAULT NULL', 'DEFAULT NULL::text']) {
      expect(severity('ALTER TABLE users ALTER COLUMN plan SET NOT NULL;', 1, { base: base.replace("DEFAULT 'free'", nullDefault) })).toBe('error');
    }
    expect(severity('ALTER TABLE users ALTER COLUMN plan SET DEFAULT NULL, ALTER COLUMN plan SET NOT NULL;', 1, { base })).toBe('error');
  });
  test('variant: a MySQL MODIFY keeps only the default it writes', () => {
    const base = "CREATE TABLE users (id bigint PRIMARY KEY, plan varchar(20) DEFAULT 'free');";
    expect(severity('ALTER TABLE users MODIFY plan varchar(20) NOT NULL;', 1, { base, dialect: 'mysql' })).toBe('error');
    expect(severity("ALTER TABLE users MODIFY plan varchar(20) NOT NULL DEFAULT 'free';", 1, { base, dialect: 'mysql' })).toBe('warning');
  });
});
