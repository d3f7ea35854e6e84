/**
 * The history's replay leaves statements that only write rows unparsed (`parse/data-only.ts`). It
 * must build the same catalog, and leave the same routines, as the replay that parses everything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dialect } from '../../src/config/types.js';
import { prepareEngine } from '../../src/engine.js';
import { replayBase, type DefinedRoutine } from '../../src/migrations/analyse.js';
import { detectMigration, type MigrationFile } from '../../src/migrations/detect.js';
import type { BaseMigration } from '../../src/migrations/plan.js';
import { changesRowsOnly } from '../../src/migrations/parse/data-only.js';
import { splitStatements } from '../../src/migrations/split.js';

beforeAll(async () => {
  await prepareEngine();
});

const piece = (sql: string, dialect: Dialect = 'postgres') => splitStatements(sql, { dialect, from: 0, to: sql.length })[0];

describe('changesRowsOnly', () => {
  test.each([
    ["INSERT INTO t (id, name) VALUES (1, 'a; DROP TABLE t')"],
    ['UPDATE t SET a = 1 WHERE b = 2'],
    ['DELETE FROM t WHERE id IN (SELECT id FROM u)'],
    ["insert into t values (1, 'x') -- ALTER TABLE t DROP COLUMN a"],
    ['INSERT INTO t SELECT * FROM u'],
  ])('row writes: %s', (sql) => {
    expect(changesRowsOnly(piece(sql), 'postgres')).toBe(true);
  });

  test.each([
    ['CREATE TABLE t (id int)'],
    ['ALTER TABLE t ADD COLUMN c int'],
    ['SELECT * INTO t2 FROM t'],
    ['WITH x AS (DELETE FROM t RETURNING *) INSERT INTO u SELECT * FROM x'],
    ['DO $$ BEGIN INSERT INTO t VALUES (1); END $$'],
    ["INSERT INTO t EXEC('ALTER TABLE t DROP COLUMN a')"],
    ['INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET a = 2'],
    ['CALL seed()'],
    ["INSERT INTO t VALUES ('never closed"],
  ])('parsed: %s', (sql) => {
    expect(changesRowsOnly(piece(sql), 'postgres')).toBe(false);
  });

  test('a goose block holding a row and a schema change is parsed whole', () => {
    const sql = '-- +goose Up\n-- +goose StatementBegin\nINSERT INTO t VALUES (1);\nALTER TABLE t ADD COLUMN c int;\n-- +goose StatementEnd\n';
    const file: MigrationFile = { path: 'db/migrations/00002_seed.sql', framework: 'goose', version: '00002', part: 'up' };
    const base: BaseMigration[] = [
      { file: { path: 'db/migrations/00001_t.sql', framework: 'goose', version: '00001', part: 'up' }, text: '-- +goose Up\nCREATE TABLE t (id int);\n' },
      { file, text: sql },
    ];
    const catalog = replayBase([], base, 'postgres', new Map());
    expect([...(catalog.tables.get('t')?.keys() ?? [])]).toEqual(['id', 'c']);
  });
});

const CORPUS = new URL('../../../shared/corpus/sql/', import.meta.url);
const RUN_AS: Record<string, Dialect> = { postgres: 'postgres', cockroach: 'cockroach', portable: 'postgres', mysql: 'mysql', sqlite: 'sqlite' };

/** Each corpus project's up migrations per dialect, as a base history. */
function corpusHistories(): { name: string; dialect: Dialect; base: BaseMigration[] }[] {
  const groups = new Map<string, { name: string; dialect: Dialect; base: BaseMigration[] }>();
  for (const line of readFileSync(new URL('manifest.jsonl', CORPUS), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const e = JSON.parse(line) as { repo: string; path: string; file: string; dialect: string; direction: string };
    if (e.direction !== 'up') continue;
    const dialect = RUN_AS[e.dialect] ?? 'postgres';
    const text = readFileSync(new URL(e.file, CORPUS), 'utf8');
    const file = detectMigration(e.path, text, ['**']) ?? { path: e.path, framework: 'plain', version: null, part: 'up' };
    const key = `${e.repo} ${e.dialect}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name: key, dialect, base: [] }));
    group.base.push({ file, text });
  }
  return [...groups.values()];
}

const routinesOf = (routines: Map<string, DefinedRoutine>) => [...routines].map(([name, r]) => [name, r.file, r.body()]);

test.skipIf(!existsSync(new URL('manifest.jsonl', CORPUS)))('every corpus project replays to the same catalog and routines with and without the filter', () => {
  const differ: string[] = [];
  let skipped = 0;
  let histories = 0;
  for (const { name, dialect, base } of corpusHistories()) {
    const fast = new Map<string, DefinedRoutine>();
    const full = new Map<string, DefinedRoutine>();
    const a = replayBase([], base, dialect, fast);
    const b = replayBase([], base, dialect, full, { schemaOnly: false });
    histories++;
    if (JSON.stringify(a.toState()) !== JSON.stringify(b.toState()) || JSON.stringify(routinesOf(fast)) !== JSON.stringify(routinesOf(full))) differ.push(name);
    for (const { text } of base) for (const p of splitStatements(text as string, { dialect })) if (changesRowsOnly(p, dialect)) skipped++;
  }
  expect(differ).toEqual([]);
  expect(histories).toBeGreaterThan(15);
  // The filter must have had something to leave out for the comparison to say anything.
  expect(skipped).toBeGreaterThan(1000);
}, 120_000);
