/**
 * The SQL parsers' WebAssembly runs as Liftoff (baseline) code only (src/wasm-flags.ts): TurboFan
 * recompiling it in the background costs more than it saves and the process waits for it at exit.
 * V8's own trace says which compiler compiled each function, so this needs no timing. Runs on
 * Node 20 and, in CI, again on Node 24 (RG_NODE), where `--liftoff-only` set at run time alone did
 * not stop tier-up: this file of 2,000 statements had 17 functions recompiled by TurboFan there.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST_CLI, ensureBuilt, nodeBinary } from '../helpers/runner.js';

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'rg-tiering-'));
  const statements: string[] = [];
  for (let i = 0; i < 400; i++) {
    statements.push(
      `CREATE TABLE t${i} (id bigint PRIMARY KEY, name varchar(100) NOT NULL, created_at timestamptz DEFAULT now())`,
      `ALTER TABLE t${i} ADD COLUMN note text, ADD CONSTRAINT c${i} CHECK (id > 0)`,
      `CREATE INDEX CONCURRENTLY i${i} ON t${i} (name, created_at)`,
      `UPDATE t${i} SET note = 'x' WHERE id IN (SELECT id FROM t${i} WHERE name LIKE 'a%')`,
      `CREATE OR REPLACE VIEW v${i} AS SELECT a.id, b.name FROM t${i} a JOIN t${i} b ON a.id = b.id WHERE a.created_at > now() - interval '1 day'`,
    );
  }
  writeFileSync(join(dir, 'many.sql'), `${statements.join(';\n')};\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a long Postgres run compiles the parser with Liftoff only, never TurboFan', () => {
  const r = spawnSync(
    nodeBinary(),
    ['--trace-wasm-compilation-times', DIST_CLI, 'sql', '--dialect', 'postgres', '--format', 'json', '--output', join(dir, 'report.json'), 'many.sql'],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.status).toBe(0);
  const trace = `${r.stdout}${r.stderr}`;
  // The trace is on (functions compiled lazily, by Liftoff, are listed) and names no TurboFan compile.
  expect(trace).toMatch(/using Liftoff/);
  expect(trace.match(/^.*using TurboFan.*$/gm) ?? []).toEqual([]);
});
