/**
 * `parseFiles` (several files' statements in shared libpg-query batches, for a history's replay)
 * gives what `parseFile` gives each file alone; `replayBase`, which uses it, the same catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { replayBase } from '../../src/migrations/analyse.js';
import type { BaseMigration } from '../../src/migrations/plan.js';
import { detectMigration, sectionsOf, type MigrationFile } from '../../src/migrations/detect.js';
import { parseFile, parseFiles, type ParseJob } from '../../src/migrations/parse-files.js';
import { prepareParsers } from '../../src/migrations/parse/index.js';

beforeAll(async () => {
  await prepareParsers(['postgres']);
});

const plain = (path: string): MigrationFile => ({ path, framework: 'plain', version: null, part: 'up' });
const job = (text: string, schemaOnly = false): ParseJob => ({ text, sections: sectionsOf(plain('x.sql'), text).filter((s) => s.part === 'up'), schemaOnly });
const alone = (jobs: ParseJob[]) => jobs.map((j) => parseFile(j, 'postgres'));

describe('parseFiles', () => {
  test('one-statement files, files of several, empty files and comment-only files: as each alone', () => {
    const texts = [
      'ALTER TABLE t ADD COLUMN a int;',
      'CREATE TABLE u (id int primary key, name text not null);\nINSERT INTO u VALUES (1, \'x\');\nDROP TABLE v;',
      '',
      '-- nothing here\n',
      'CREATE INDEX CONCURRENTLY i ON t (a);',
      "DO $$ BEGIN EXECUTE 'DROP TABLE w'; END $$;",
      'ALTER TABLE t DROP COLUMN a;',
    ];
    for (const schemaOnly of [false, true]) {
      const jobs = texts.map((t) => job(t, schemaOnly));
      expect(parseFiles(jobs, 'postgres')).toEqual(alone(jobs));
    }
  });

  test('a statement libpg-query rejects, a NUL byte, a quote never closed: the window falls back, each file as alone', () => {
    const texts = ['ALTER TABLE t ADD COLUMN a int;', 'ALTER TABLE t DROPP COLUMN a;', 'DROP TABLE x;', 'SELECT 1;\0DROP TABLE y;', "UPDATE t SET a = 'never closed;", 'DROP TABLE z;'];
    const jobs = texts.map((t) => job(t));
    const shared = parseFiles(jobs, 'postgres');
    expect(shared).toEqual(alone(jobs));
    // The hazards stay read: the drops after the rejected statement, the unparsed ones say so.
    expect(shared[2].forward[0].ops.map((op) => op.kind)).toEqual(['drop-table']);
    expect(shared[1].forward[0].status).toBe('unparsed');
  });

  test('down sections are kept per file, and only the up statements are parsed', () => {
    const goose = (body: string) => `-- +goose Up\n${body}\n-- +goose Down\nDROP TABLE t;\n`;
    const file: MigrationFile = { path: 'db/1_a.sql', framework: 'goose', version: '1', part: 'up' };
    const jobs = [goose('CREATE TABLE t (id int);'), goose('ALTER TABLE t ADD COLUMN b int;')].map((text) => ({ text, sections: sectionsOf(file, text) }));
    const shared = parseFiles(jobs, 'postgres');
    expect(shared).toEqual(alone(jobs));
    expect(shared.map((p) => p.downSections.length)).toEqual([1, 1]);
  });

  test('the files do share batches: fewer libpg-query calls than files', async () => {
    const mod = (await import('libpg-query')) as unknown as { parseSync?: unknown; default?: { parseSync: (s: string) => unknown } };
    const lib = (typeof mod.parseSync === 'function' && Object.isExtensible(mod) ? mod : mod.default) as { parseSync: (s: string) => unknown };
    const spy = vi.spyOn(lib, 'parseSync');
    try {
      const jobs = Array.from({ length: 40 }, (_, i) => job(`ALTER TABLE t ADD COLUMN c${i} int;`));
      spy.mockClear();
      const shared = parseFiles(jobs, 'postgres');
      const sharedCalls = spy.mock.calls.length;
      spy.mockClear();
      expect(shared).toEqual(alone(jobs));
      expect(spy.mock.calls.length).toBe(40);
      expect(sharedCalls).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  test('other dialects: each file alone', () => {
    const jobs = ['ALTER TABLE t ADD COLUMN a int;', 'DROP TABLE t;'].map((t) => job(t));
    expect(parseFiles(jobs, 'mysql')).toEqual(jobs.map((j) => parseFile(j, 'mysql')));
  });
});

const CORPUS = new URL('../../../shared/corpus/sql/', import.meta.url);

test.skipIf(!existsSync(new URL('manifest.jsonl', CORPUS)))('every Postgres corpus file, in windows of 64: shared batches give what each file alone gives; each project replays to the same catalog', () => {
  const byRepo = new Map<string, BaseMigration[]>();
  const jobs: ParseJob[] = [];
  for (const line of readFileSync(new URL('manifest.jsonl', CORPUS), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const e = JSON.parse(line) as { repo: string; path: string; file: string; dialect: string; direction: string };
    if (e.dialect !== 'postgres' || e.direction !== 'up') continue;
    const text = readFileSync(new URL(e.file, CORPUS), 'utf8');
    const file = detectMigration(e.path, text, ['**']) ?? plain(e.path);
    jobs.push({ text, sections: sectionsOf(file, text).filter((s) => s.part === 'up'), schemaOnly: true });
    const list = byRepo.get(e.repo) ?? [];
    list.push({ file, text });
    byRepo.set(e.repo, list);
  }
  expect(jobs.length).toBeGreaterThan(1000);
  for (let at = 0; at < jobs.length; at += 64) {
    const window = jobs.slice(at, at + 64);
    expect(parseFiles(window, 'postgres'), `files ${at}–${at + window.length - 1}`).toEqual(alone(window));
  }
  // The replay (which parses ahead with parseFiles) against the replay parsing one file at a time.
  const routinesOf = (routines: Map<string, { file: string; body: () => unknown }>) => [...routines].map(([name, r]) => [name, r.file, r.body()]);
  let tables = 0;
  for (const [repo, base] of byRepo) {
    const [aheadRoutines, eachRoutines] = [new Map(), new Map()];
    const ahead = replayBase([], base, 'postgres', aheadRoutines);
    const each = replayBase([], base, 'postgres', eachRoutines, { parseAhead: false });
    expect(JSON.stringify(ahead.toState()), repo).toBe(JSON.stringify(each.toState()));
    expect(JSON.stringify(routinesOf(aheadRoutines)), repo).toBe(JSON.stringify(routinesOf(eachRoutines)));
    tables += ahead.tables.size;
  }
  // The catalogs hold something for the comparison to say anything.
  expect(byRepo.size).toBeGreaterThan(10);
  expect(tables).toBeGreaterThan(300);
}, 120_000);
