import { expect, test } from 'vitest';
import { touchesSqlFile } from '../../src/changes/file-kinds.js';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { runEngine } from '../../src/engine.js';

// The Action loads the SQL parsers only when touchesSqlFile() says so (src/action.ts). This file
// never calls prepareEngine: the engine must analyse every change set the gate lets through
// without them, and every change set with a migration must be caught by the gate.

const MIG = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n';

test('a PR without SQL files runs the whole engine without the SQL parsers', () => {
  const base = { 'db/migrations/0001_init.sql': MIG, 'README.md': '# app\n', 'api/openapi.yaml': 'openapi: 3.0.3\ninfo: {title: a, version: "1"}\npaths: {}\n', 'package.json': '{"name":"a"}\n' };
  const head = { ...base, 'README.md': '# app, edited\n', 'package.json': '{"name":"b"}\n', 'rollback-guard.yml': 'fail-on: warning\n', 'docs/schema.sql.md': 'DROP TABLE users;\n' };
  const changes = changeSetFromTrees(base, head);
  expect(touchesSqlFile(changes.files)).toBe(false);
  const report = runEngine({ changes, config: defaultConfig() });
  expect(report.verdict).toBe('pass');
});

test('every change that can make a migration candidate touches a SQL file', () => {
  const cases: Array<[Record<string, string>, Record<string, string>]> = [
    [{}, { 'db/migrations/0002_drop.sql': 'DROP TABLE users;\n' }], // added
    [{ 'db/migrations/0002_drop.sql': 'SELECT 1;\n' }, { 'db/migrations/0002_drop.sql': 'DROP TABLE users;\n' }], // edited
    [{ 'db/migrations/0002_drop.sql': MIG }, {}], // deleted
    [{ 'db/migrations/0002_x.sql': MIG }, { 'archive/0002_x.sql.txt': MIG }], // renamed away from .sql
    [{ 'synapse/delta/55/x.sql.postgres': MIG }, { 'synapse/delta/55/x.sql.postgres': `${MIG}DROP TABLE users;\n` }],
    [{ 'app/src/main/sqldelight/migrations/1.sqm': MIG }, { 'app/src/main/sqldelight/migrations/1.sqm': 'DROP TABLE users;\n' }],
  ];
  for (const [base, head] of cases) {
    const changes = changeSetFromTrees({ 'db/migrations/0001_init.sql': MIG, ...base }, { 'db/migrations/0001_init.sql': MIG, ...head });
    expect(touchesSqlFile(changes.files), JSON.stringify(changes.files)).toBe(true);
  }
  expect(touchesSqlFile([{ path: 'notes.txt', oldPath: 'db/migrations/0003_x.sql' }])).toBe(true);
  expect(touchesSqlFile([{ path: 'db/migrations/README.md' }])).toBe(false);
});
