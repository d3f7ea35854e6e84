/**
 * Issue 11 item 8 and issue 19 item 1: input size never crashes the analysis (no spread of huge
 * arrays, no recursion over input depth) and costs time in proportion to it; the time budget is a
 * real bound that keeps keyword findings and says where it cut.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { parseFile } from '../../src/migrations/parse-files.js';
import { splitStatements } from '../../src/migrations/split.js';
import { analyse } from './helpers.js';

beforeAll(async () => {
  await prepareEngine();
});

/** A seed migration of about `bytes` characters: multi-row INSERTs, then a DROP COLUMN. */
function seed(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let id = 0; size < bytes; ) {
    const rows: string[] = [];
    for (let r = 0; r < 500; r++, id++) rows.push(`(${id}, 'user ${id}', 'user${id}@example.com', '2024-01-01 00:00:00', ${id % 7})`);
    const stmt = `INSERT INTO users (id, name, email, created_at, flags) VALUES ${rows.join(',\n')};\n`;
    out.push(stmt);
    size += stmt.length;
  }
  out.push('ALTER TABLE users DROP COLUMN flags;\n');
  return out.join('');
}

describe('130,000 statements (issue 11 item 8: "Maximum call stack size exceeded")', () => {
  test('are split and analysed, without a crash', () => {
    const sql = 'SELECT 1;\n'.repeat(130_000) + 'DROP TABLE users;\n';
    const findings = analyse(sql);
    expect(findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-table:130001']);
  }, 60_000);

  test('a variant: 130,000 one-line statements in the MySQL and T-SQL splitters', () => {
    const sql = "INSERT INTO t VALUES ('x');\n".repeat(130_000);
    for (const dialect of ['mysql', 'mssql'] as const) expect(splitStatements(sql, { dialect })).toHaveLength(130_000);
  });
});

describe('a 19 MB seed-like file', () => {
  const text = seed(19 * 1024 * 1024);
  const sections = [{ part: 'up' as const, start: 0, end: text.length, line: 1 }];

  test('within a small time budget: every statement is there, the cut ones read by keywords, the first of them says so', () => {
    const started = Date.now();
    const { forward } = parseFile({ text, sections }, 'postgres', 200);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(forward.length).toBe(text.split(';\n').length - 1);
    const first = forward.find((s) => s.error?.includes('time budget'));
    expect(first?.status).toBe('unparsed');
    expect(first?.error).toMatch(/time budget \(0\.2 s\) ran out: this statement and the \d+ after it were read by their keywords only/);
    // The keyword reading keeps the finding's own rule: the DROP COLUMN at the end.
    const last = forward[forward.length - 1];
    expect(last.ops).toEqual([expect.objectContaining({ kind: 'drop-column', table: 'users', column: 'flags' })]);
    // INSERTs the fallback reads whole are no findings each.
    expect(forward.filter((s) => s.status === 'unparsed').length).toBeLessThan(3);
  }, 60_000);

  test('split in one linear pass, in every dialect', () => {
    for (const dialect of ['postgres', 'mysql', 'sqlite', 'mssql'] as const) {
      const started = Date.now();
      expect(splitStatements(text, { dialect }).length).toBe(text.split(';\n').length - 1);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  }, 60_000);
});

describe('Liquibase changelogs (issue 19 item 1)', () => {
  /** A changelog of `n` changesets, each with a rollback line. */
  function changelog(n: number): string {
    const out = ['-- liquibase formatted sql', ''];
    for (let i = 1; i <= n; i++) out.push(`-- changeset dev:${i}`, `CREATE TABLE t_${i} (id int PRIMARY KEY, name text);`, `-- rollback DROP TABLE t_${i};`, '');
    return out.join('\n');
  }
  const path = 'db/changelog/changelog.sql';

  test('20,000 changesets, one new: drop-column, never a budget cut', () => {
    const base = changelog(20_000);
    const head = `${base}-- changeset dev:drop\nALTER TABLE t_1 DROP COLUMN name;\n-- rollback ALTER TABLE t_1 ADD COLUMN name text;\n`;
    const config = defaultConfig();
    const started = Date.now();
    const { findings } = runEngine({ changes: changeSetFromTrees({ [path]: base }, { [path]: head }), config }, { today: '2026-12-05' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(findings.filter((f) => f.rule !== 'down-migration').map((f) => `${f.rule}:${f.line}`)).toEqual(['drop-column:80003']);
  }, 60_000);

  test('a changeset is run on its own: an unterminated quote stays in its changeset', () => {
    const text = "-- liquibase formatted sql\n-- changeset a:1\nINSERT INTO t VALUES ('open;\n-- changeset a:2\nDROP TABLE users;\n";
    const findings = analyse(text, { path });
    expect(findings.find((f) => f.rule === 'drop-table')?.line).toBe(5);
    expect(findings.find((f) => f.rule === 'unparsed-statement')?.line).toBe(3);
  });

  test('a lone CR ends a Liquibase line (Java readLine): the rollback line does not hide the next one', () => {
    const text = '-- liquibase formatted sql\n-- changeset a:1\nSELECT 1;\n-- rollback SELECT 2;\rDROP TABLE users;\n';
    expect(analyse(text, { path }).map((f) => f.rule)).toContain('drop-table');
  });
});

describe('section markers as each tool reads them', () => {
  test('goose: an indented or decorated "-- +goose Down" is no marker (goose runs what follows as Up)', () => {
    for (const marker of ['  -- +goose Down', '-- +goose Down now', '-- +goose  Down']) {
      const text = `-- +goose Up\nSELECT 1;\n${marker}\nDROP TABLE users;\n`;
      expect(analyse(text).map((f) => f.rule)).toContain('drop-table');
    }
    // The markers goose honours still cut (any case, blanks around).
    expect(analyse('-- +goose Up\nSELECT 1;\n--   +GOOSE down  \nDROP TABLE users;\n').map((f) => f.rule)).not.toContain('drop-table');
  });

  test('goose reads lines at LF: a CR does not start a marker line', () => {
    expect(analyse('-- +goose Up\nSELECT 1;\r-- +goose Down\rDROP TABLE users;\n').map((f) => f.rule)).toContain('drop-table');
  });

  test('dbmate markers are case-sensitive', () => {
    const text = '-- migrate:up\nSELECT 1;\n-- migrate:DOWN\nDROP TABLE users;\n';
    expect(analyse(text).map((f) => f.rule)).toContain('drop-table');
  });
});

describe('depth of the input never overflows the stack', () => {
  test('a DO block nesting 3,000 IFs (PL/pgSQL tree walked with a stack of its own)', () => {
    const sql = `DO $$ BEGIN ${'IF x THEN '.repeat(3_000)} DROP TABLE users; ${'END IF; '.repeat(3_000)} END $$;\nDROP TABLE u2;\n`;
    const rules = analyse(sql).map((f) => `${f.rule}:${f.line}`);
    expect(rules).toEqual(['drop-table:1', 'drop-table:2']);
  });

  test('a CHECK expression 20,000 terms long', () => {
    const sql = `ALTER TABLE t ADD CONSTRAINT c CHECK (${Array.from({ length: 20_000 }, (_, i) => `a${i % 3}`).join(' + ')} > 0);\nDROP TABLE users;\n`;
    const findings = analyse(sql);
    expect(findings.find((f) => f.rule === 'drop-table')?.line).toBe(2);
    expect(findings.find((f) => f.rule === 'add-check-constraint')?.line).toBe(1);
  });
});
