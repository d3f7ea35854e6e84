import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../../src/engine.js';
import { expectFires, ruleTable } from '../helpers.js';

ruleTable('update-rows', {
  fires: [
    { name: 'MySQL UPDATE', sql: "UPDATE users SET status = 'x';", line: 1, dialect: 'mysql' as const },
    { name: 'SQLite UPDATE', sql: "UPDATE users SET status = 'x';", line: 1, dialect: 'sqlite' as const },
    { name: 'a table whose name only starts like a catalog', sql: 'UPDATE pgx_users SET a = 1;', line: 1 },
    { name: 'UPDATE an existing column', sql: "UPDATE users SET status = 'active' WHERE status IS NULL;", line: 1 },
    { name: 'one old column among new ones', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name, name = upper(name);', line: 2 },
    { name: 'inside a DO block', sql: 'DO $$\nBEGIN\n  UPDATE users SET name = trim(name);\nEND $$;', line: 3 },
  ],
  quiet: [
    { name: 'MySQL backfill of a new column', sql: 'ALTER TABLE users ADD COLUMN n int;\nUPDATE users SET n = 1;', dialect: 'mysql' as const },
    { name: 'SQLite backfill of a new column', sql: 'ALTER TABLE users ADD COLUMN n INTEGER;\nUPDATE users SET n = 1;', dialect: 'sqlite' as const },
    { name: 'backfilling a column added in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nUPDATE t SET a = 1;' },
    { name: 'a Postgres system catalog (index rebuild trick)', sql: "UPDATE pg_index SET indisready = false WHERE indexrelid = 'ix'::regclass;" },
    { name: 'a schema-qualified system catalog', sql: 'UPDATE pg_catalog.pg_class SET relhasindex = true WHERE false;' },
  ],
});

/** Severity of the update-rows finding on `line`: a backfill of NULLs only is a warning. */
function severityAt(sql: string, line: number, options: Parameters<typeof expectFires>[3] = {}): string {
  return expectFires(sql, 'update-rows', line, options).severity;
}

describe('update-rows: filling only NULLs', () => {
  beforeAll(async () => {
    await prepareEngine();
  });
  const base = 'CREATE TABLE launch (id bigint PRIMARY KEY, retention_policy text DEFAULT \'REGULAR\', name text, kind text);';
  test('reportportal 110_retention_non_null: SET c = … WHERE c IS NULL is a warning', () => {
    expect(severityAt("UPDATE public.launch SET retention_policy = 'REGULAR' WHERE retention_policy IS NULL;", 1, { base: base.replace('launch', 'public.launch') })).toBe('warning');
  });
  test('variant: an alias, a join and another conjunct, every set column tested for NULL', () => {
    const sql = 'UPDATE launch AS l\nSET name = k.name, kind = k.kind\nFROM kinds k\nWHERE l.name IS NULL AND k.id = l.id AND (l.kind IS NULL);';
    // `(l.kind IS NULL)` is not read inside its parentheses: kind is not shown to be NULL, the error stays.
    expect(severityAt(sql, 1, { base })).toBe('error');
    expect(severityAt(sql.replace('(l.kind IS NULL)', 'l.kind IS NULL'), 1, { base })).toBe('warning');
  });
  test.each([
    ['an OR at the top level', 'UPDATE launch SET name = \'x\' WHERE name IS NULL OR kind = \'a\';'],
    ['a set column without its own IS NULL', 'UPDATE launch SET name = \'x\', kind = \'y\' WHERE name IS NULL;'],
    ['IS NOT NULL', 'UPDATE launch SET name = upper(name) WHERE name IS NOT NULL;'],
    ['IS NULL of another column', 'UPDATE launch SET name = \'x\' WHERE kind IS NULL;'],
    ['IS NULL only inside a subquery', 'UPDATE launch SET name = \'x\' WHERE id IN (SELECT id FROM launch WHERE name IS NULL);'],
    ['no WHERE', 'UPDATE launch SET name = \'x\';'],
  ])('stays an error: %s', (_name, sql) => {
    expect(severityAt(sql, 1, { base })).toBe('error');
  });
  test('inside a DO block it is not read: the error stays', () => {
    expect(severityAt('DO $$\nBEGIN\n  UPDATE launch SET name = \'x\' WHERE name IS NULL;\nEND $$;', 3, { base })).toBe('error');
  });
  test('MySQL: ORDER BY … LIMIT ends the WHERE', () => {
    expect(severityAt('UPDATE launch SET name = \'x\' WHERE name IS NULL ORDER BY id LIMIT 10;', 1, { base, dialect: 'mysql' })).toBe('warning');
  });
});
