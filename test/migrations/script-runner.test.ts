/**
 * dolphinscheduler's MySQL upgrade scripts (issue 12): `--DROP PROCEDURE …` lines that its script
 * runner skips, and an edit inside a routine's body in an unreleased script (the f99d3f1ed3 miss).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, type ReleaseStatus } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { Finding } from '../../src/findings.js';
import { leadingDashLines } from '../../src/migrations/script-runner.js';
import { analyse } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

const lines = (...rows: string[]): string => rows.join('\n');
const hits = (findings: Finding[]): string[] => findings.map((f) => `${f.severity} ${f.rule}:${f.line}`);
const base = 'CREATE TABLE audit (id int PRIMARY KEY, `time` datetime, resource_type int);';

describe('script-runner-idiom: `--x` lines (dolphinscheduler 226345512e, 5afd94136c)', () => {
  const procedure = lines(
    'DROP PROCEDURE if EXISTS fix_audit;',
    'delimiter d//',
    'CREATE PROCEDURE fix_audit()',
    'BEGIN',
    '  ALTER TABLE audit ADD COLUMN note int;',
    'END;',
    'd//',
    'delimiter ;',
    'CALL fix_audit;',
    'DROP PROCEDURE fix_audit;',
  );

  test('the reproduction: a statement of only `--DROP PROCEDURE …` runs nothing either way: no finding', () => {
    const findings = analyse(lines('-- behaviour change', '--DROP PROCEDURE if EXISTS fix_audit;', procedure), { base, dialect: 'mysql' });
    expect(hits(findings)).toEqual([]);
  });

  test('variant: several `--x` lines in one statement (a dangerous word among them) still run nothing; the same text in Postgres is a comment too', () => {
    expect(hits(analyse(lines('--DROP TABLE audit', '  --TRUNCATE audit;', procedure), { base, dialect: 'mysql' }))).toEqual([]);
    // What fires next to them still fires: the statement after the `--x` line is read.
    expect(hits(analyse(lines('--DROP PROCEDURE if EXISTS fix_audit;', 'DROP TABLE audit PARTITION ((( ;'), { base, dialect: 'mysql' })).map((h) => h.split(':')[0])).toContain('error unparsed-statement');
  });

  test('variant: code after the `--x` lines is what the runner sends, and is analysed', () => {
    expect(hits(analyse(lines('--DROP COLUMN note', 'ALTER TABLE audit DROP COLUMN resource_type;'), { base, dialect: 'mysql' }))).toEqual(['error drop-column:2']);
    expect(leadingDashLines('--a\n  --b\nSELECT 1')).toBe(10);
    expect(leadingDashLines('-- a\nSELECT 1')).toBe(0);
  });

  test('what stays an error: a dangerous word in the code that runs', () => {
    expect(hits(analyse(lines('--x', 'DROP TABLE audit PARTITION ((( ;'), { base, dialect: 'mysql' })).map((h) => h.split(':')[0])).toContain('error unparsed-statement');
  });
});

describe('edited-routine-body: an edit inside a routine the unreleased script CALLs (dolphinscheduler f99d3f1ed3)', () => {
  const path = 'db/migrations/0002_upgrade.sql';
  const script = (action: string, dialect: 'mysql' | 'postgres'): string =>
    dialect === 'mysql'
      ? lines('DROP PROCEDURE if EXISTS fix_audit;', 'delimiter d//', 'CREATE PROCEDURE fix_audit()', 'BEGIN', `  ALTER TABLE audit ${action};`, 'END;', 'd//', 'delimiter ;', 'CALL fix_audit;', 'DROP PROCEDURE fix_audit;')
      : lines('CREATE OR REPLACE FUNCTION fix_audit() RETURNS void AS $$', 'BEGIN', `  ALTER TABLE audit ${action};`, 'END;', '$$ LANGUAGE plpgsql;', 'SELECT fix_audit();', 'DROP FUNCTION IF EXISTS fix_audit();');
  const run = (before: string, after: string, dialect: 'mysql' | 'postgres'): string[] => {
    const baseTree = { 'db/migrations/0001_init.sql': dialect === 'mysql' ? base : base.replaceAll('`', '"'), [path]: before };
    const cs = changeSetFromTrees(baseTree, { ...baseTree, [path]: after });
    cs.released = (paths) => new Map<string, ReleaseStatus>(paths.map((p) => [p, p === path ? { released: false, reason: 'in no release tag (test)' } : { released: true, reason: 'tagged (test)' }]));
    const config = defaultConfig();
    config.migrations[0].dialect = dialect;
    return runEngine({ changes: cs, config }, { today: '2026-12-05' }).findings.filter((f) => f.file === path).map((f) => `${f.rule}:${f.line}`);
  };

  test('the reproduction (MySQL): MODIFY `time` edited into CHANGE `time` create_time is a rename, at its line in the body', () => {
    expect(run(script('MODIFY COLUMN `time` datetime NULL', 'mysql'), script('CHANGE COLUMN `time` `create_time` datetime NULL', 'mysql'), 'mysql')).toContain('rename-column:5');
  });

  test('variant (Postgres): a RENAME COLUMN added inside the function that the script SELECTs', () => {
    expect(run(script('ADD COLUMN note int', 'postgres'), script('ADD COLUMN note int; ALTER TABLE audit RENAME COLUMN "time" TO create_time', 'postgres'), 'postgres')).toContain('rename-column:3');
  });
});
