import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import { analyse, analyseTrees } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const MYSQL_PROCEDURE = `DROP PROCEDURE IF EXISTS drop_legacy;
DELIMITER d//
CREATE PROCEDURE drop_legacy()
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME = 'users' AND COLUMN_NAME = 'legacy') THEN
    ALTER TABLE users DROP COLUMN legacy;
  END IF;
END;
d//
DELIMITER ;
CALL drop_legacy;
DROP PROCEDURE drop_legacy;
`;

describe('routines the migration creates and runs', () => {
  test('MySQL: a CALLed procedure body is analysed at its own lines', () => {
    const findings = analyse(MYSQL_PROCEDURE, { dialect: 'mysql' });
    const drop = findings.find((f) => f.rule === 'drop-column');
    expect(drop?.line).toBe(6);
    expect(drop?.object).toBe('users.legacy');
    expect(findings.filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
    // The procedure was created in this PR: dropping it again breaks nothing.
    expect(findings.filter((f) => f.rule === 'drop-object')).toEqual([]);
  });

  test('MySQL: a procedure created in one migration and called in the next: the finding is at the CALL', () => {
    const create = `DELIMITER //\nCREATE PROCEDURE drop_legacy()\nBEGIN\n  ALTER TABLE users DROP COLUMN legacy;\nEND //\nDELIMITER ;\n`;
    const findings = analyseTrees(
      {},
      { 'db/migrations/001_proc.sql': create, 'db/migrations/002_call.sql': 'SELECT 1;\n-- run it\nCALL drop_legacy();\n' },
      { dialect: 'mysql' },
    ).filter((f) => f.rule === 'drop-column');
    expect(findings.map((f) => [f.file, f.line])).toEqual([['db/migrations/002_call.sql', 3]]);
  });

  test('MySQL: a procedure that base created, called by the PR, is read through its body (at the CALL)', () => {
    const create = `DELIMITER //\nCREATE PROCEDURE drop_legacy()\nBEGIN\n  ALTER TABLE users DROP COLUMN legacy;\nEND //\nDELIMITER ;\n`;
    const base = { 'db/migrations/001_users.sql': 'CREATE TABLE users (id int, legacy int);\n', 'db/migrations/002_proc.sql': create };
    const findings = analyseTrees(base, { ...base, 'db/migrations/003_call.sql': 'CALL drop_legacy();\n' }, { dialect: 'mysql' });
    expect(findings.filter((f) => f.rule === 'drop-column').map((f) => [f.file, f.line])).toEqual([['db/migrations/003_call.sql', 1]]);
    expect(findings.filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
  });

  test('MySQL: a procedure that base created and dropped again is unknown to a CALL', () => {
    const create = `DELIMITER //\nCREATE PROCEDURE drop_legacy()\nBEGIN\n  ALTER TABLE users DROP COLUMN legacy;\nEND //\nDELIMITER ;\n`;
    const base = { 'db/migrations/001_proc.sql': create, 'db/migrations/002_drop.sql': 'DROP PROCEDURE drop_legacy;\n' };
    const findings = analyseTrees(base, { ...base, 'db/migrations/003_call.sql': 'CALL drop_legacy();\n' }, { dialect: 'mysql' });
    expect(findings.filter((f) => f.rule === 'drop-column')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'unparsed-statement').map((f) => f.line)).toEqual([1]);
  });

  test('Postgres: a function dropped and re-created inside a goose block still exists; a call of it is unparsed, not passed', () => {
    const define = `-- +goose Up\n-- +goose StatementBegin\nCREATE OR REPLACE FUNCTION part(t text) RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  EXECUTE 'ALTER TABLE ' || t || ' DROP COLUMN x';\nEND $$;\n-- +goose StatementEnd\n`;
    const redefine = define.replace('CREATE OR REPLACE', 'DROP FUNCTION IF EXISTS part(text);\nCREATE OR REPLACE');
    const findings = analyseTrees(
      {},
      { 'db/migrations/001_define.sql': define, 'db/migrations/002_redefine.sql': redefine, 'db/migrations/003_call.sql': "-- +goose Up\nSELECT part('t');\n" },
      { dialect: 'postgres' },
    ).filter((f) => f.file === 'db/migrations/003_call.sql');
    expect(findings.map((f) => [f.rule, f.line])).toEqual([['unparsed-statement', 2]]);
  });

  test('MySQL: a procedure that is created but never called does nothing now', () => {
    const findings = analyse(MYSQL_PROCEDURE.replace('CALL drop_legacy;\n', ''), { dialect: 'mysql' });
    expect(findings.filter((f) => f.rule === 'drop-column')).toEqual([]);
  });

  test('MySQL: CALL of a procedure the gate has not seen stays unparsed', () => {
    const findings = analyse('CALL somewhere_else();', { dialect: 'mysql' });
    expect(findings.map((f) => f.rule)).toContain('unparsed-statement');
  });

  test('Postgres: SELECT of a plpgsql function created in the migration runs its body now', () => {
    const sql = `CREATE OR REPLACE FUNCTION rename_things() RETURNS void AS $$
BEGIN
  ALTER TABLE users RENAME COLUMN name TO full_name;
END;
$$ LANGUAGE plpgsql;
SELECT rename_things();
DROP FUNCTION rename_things();
`;
    const findings = analyse(sql);
    expect(findings.find((f) => f.rule === 'rename-column')?.line).toBe(3);
    expect(findings.filter((f) => f.rule === 'drop-object')).toEqual([]);
  });

  test('Postgres: a function body that is not called is not the migration', () => {
    const sql = 'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DROP TABLE users; RETURN NEW; END $$;';
    expect(analyse(sql).map((f) => f.rule)).not.toContain('drop-table');
  });
});

describe('MySQL prepared statements', () => {
  const sql = `SET @stmt = (SELECT IF(
  (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'Posts' AND COLUMN_NAME = 'ParentId') > 0,
  'ALTER TABLE Posts DROP COLUMN ParentId;',
  'SELECT 1'
));
PREPARE alterIfExists FROM @stmt;
EXECUTE alterIfExists;
DEALLOCATE PREPARE alterIfExists;
`;

  test('the SQL in the variable is read at EXECUTE, at the line of its string', () => {
    const findings = analyse(sql, { dialect: 'mysql' });
    expect(findings.find((f) => f.rule === 'drop-column')?.line).toBe(3);
    expect(findings.filter((f) => f.rule === 'unparsed-statement')).toEqual([]);
  });

  test('PREPARE without EXECUTE runs nothing', () => {
    const findings = analyse(sql.replace('EXECUTE alterIfExists;\n', ''), { dialect: 'mysql' });
    expect(findings.filter((f) => f.rule === 'drop-column')).toEqual([]);
  });

  test('EXECUTE of a statement built from something else stays unparsed', () => {
    const findings = analyse('PREPARE s FROM @built_elsewhere;\nEXECUTE s;', { dialect: 'mysql' });
    expect(findings.find((f) => f.rule === 'unparsed-statement')?.line).toBe(2);
  });
});

// What an IF branch creates may have existed (the other branch is there for that case): it proves
// nothing new, as `IF NOT EXISTS` does not. Apache DolphinScheduler 3.1.0's upgrade script does this.
describe('objects created under a condition are not known to be new', () => {
  const MYSQL_IF_ELSE = `DELIMITER d//
CREATE PROCEDURE upgrade()
BEGIN
IF NOT EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_NAME = 'workers' AND COLUMN_NAME = 'params')
THEN
  ALTER TABLE workers ADD COLUMN params text DEFAULT NULL;
ELSE
  ALTER TABLE workers MODIFY COLUMN params text DEFAULT NULL;
END IF;
END;
d//
DELIMITER ;
CALL upgrade();`;

  test('MySQL: the ELSE branch MODIFYs a column that may exist, with a type the history does not know', () => {
    const hits = analyse(MYSQL_IF_ELSE, { dialect: 'mysql' }).filter((f) => f.rule === 'change-column-type');
    expect(hits.map((f) => [f.line, f.object])).toEqual([[8, 'workers.params']]);
  });

  test('MySQL: with the history, the MODIFY of the text column it already is changes nothing', () => {
    const findings = analyse(MYSQL_IF_ELSE, { dialect: 'mysql', base: 'CREATE TABLE workers (id int, params text);' });
    expect(findings.filter((f) => f.rule === 'change-column-type')).toEqual([]);
  });

  test('MySQL: an unconditional ADD COLUMN in the procedure is new', () => {
    const sql = 'DELIMITER d//\nCREATE PROCEDURE upgrade()\nBEGIN\n  ALTER TABLE workers ADD COLUMN params text;\n  ALTER TABLE workers MODIFY COLUMN params mediumtext;\nEND;\nd//\nDELIMITER ;\nCALL upgrade();';
    expect(analyse(sql, { dialect: 'mysql' }).filter((f) => f.rule === 'change-column-type')).toEqual([]);
  });

  test('Postgres DO block: a column added under IF NOT EXISTS, then backfilled, is not known to be new without the history', () => {
    const sql = `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'handle') THEN
    ALTER TABLE users ADD COLUMN handle text;
  END IF;
END $$;
UPDATE users SET handle = email;`;
    expect(analyse(sql).filter((f) => f.rule === 'update-rows').map((f) => [f.line, f.object])).toEqual([[7, 'users.handle']]);
    // With the history, the column is proven new (base's users has no handle): the backfill is fine.
    expect(analyse(sql, { base: 'CREATE TABLE users (id int, email text);' }).filter((f) => f.rule === 'update-rows')).toEqual([]);
  });

  test('Postgres DO block: an unconditional ADD COLUMN is new', () => {
    const sql = 'DO $$\nBEGIN\n  ALTER TABLE users ADD COLUMN handle text;\nEND $$;\nUPDATE users SET handle = email;';
    expect(analyse(sql).filter((f) => f.rule === 'update-rows')).toEqual([]);
  });
});
