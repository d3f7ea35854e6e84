/** Inline suppressions (SPEC 6) on the lines the migration rules report, in every dialect. */
import { beforeAll, describe, expect, test } from 'vitest';
import { prepareEngine } from '../../src/engine.js';
import { analyse } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

describe('suppressions', () => {
  test('a comment suppresses the next statement, including a sub-command on a later line', () => {
    const sql = '-- rollback-guard-ignore drop-column: unused since 2.3\nALTER TABLE users\n  ADD COLUMN a int,\n  DROP COLUMN legacy;\nALTER TABLE users DROP COLUMN other;';
    const findings = analyse(sql).filter((f) => f.rule === 'drop-column');
    expect(findings.map((f) => [f.line, f.suppressed])).toEqual([
      [4, true],
      [5, false],
    ]);
  });

  test('a file suppression covers every statement, in MySQL too', () => {
    const sql = 'ALTER TABLE users DROP COLUMN a;\n-- rollback-guard-ignore-file drop-column, rename-table: cleanup release\nRENAME TABLE t TO u;\nALTER TABLE users DROP COLUMN b;';
    const findings = analyse(sql, { dialect: 'mysql' }).filter((f) => f.rule === 'drop-column' || f.rule === 'rename-table');
    expect(findings).toHaveLength(3);
    expect(findings.every((f) => f.suppressed)).toBe(true);
  });

  test('MariaDB uses the MySQL grammar', () => {
    const findings = analyse('ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id);\nALTER TABLE t ADD UNIQUE KEY uk (a);', { dialect: 'mariadb' });
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['add-foreign-key:1', 'add-unique-constraint:2']);
  });
});
