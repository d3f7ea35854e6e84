/**
 * The replay cache (`migrations/replay-cache.ts`, `changes/replay-store.ts`): a hit gives the
 * report a cold replay gives; any change of what the replay depends on is a miss; a damaged entry
 * is ignored and written again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { changeSetFromTrees, type ReplayStore } from '../../src/changes/types.js';
import { directoryStore, MAX_ENTRIES, replayStoreFor } from '../../src/changes/replay-store.js';
import { defaultConfig, type Dialect } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import { replayBase, type DefinedRoutine } from '../../src/migrations/analyse.js';
import { Catalog } from '../../src/migrations/catalog.js';
import { detectMigration } from '../../src/migrations/detect.js';
import type { BaseMigration } from '../../src/migrations/plan.js';
import { cachedReplay, replayKey } from '../../src/migrations/replay-cache.js';
import { memoryStore } from '../helpers/memory-store.js';

beforeAll(async () => {
  await prepareEngine();
});

const BASE: Record<string, string> = {
  'db/migrations/001_users.sql': "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy text, m mood);\nCREATE UNIQUE INDEX users_email ON users (email);\n",
  'db/migrations/002_seed.sql': "INSERT INTO users (id, email) VALUES (1, 'a@b');\nALTER TABLE users RENAME COLUMN legacy TO old_name;\n",
  'db/migrations/003_fn.sql': 'CREATE FUNCTION cleanup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE users DROP COLUMN old_name; END $$;\n',
};
const PR: Record<string, string> = {
  'db/migrations/004_pr.sql': "SELECT cleanup();\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\nALTER TYPE mood RENAME VALUE 'ok' TO 'fine';\nDROP INDEX users_email;\n",
};

function report(store: ReplayStore | undefined, base = BASE, dialect: Dialect = 'postgres') {
  const changes = { ...changeSetFromTrees(base, { ...base, ...PR }), ...(store ? { replayCache: store } : {}) };
  const config = defaultConfig();
  config.migrations[0].dialect = dialect;
  return runEngine({ changes, config }, { today: '2026-12-05' });
}

describe('the engine with a replay cache', () => {
  test('a hit reports what a cold replay reports', () => {
    const cold = report(undefined);
    // The PR's findings depend on the history: the called function's DROP COLUMN, the index, the enum.
    expect(cold.findings.map((f) => f.rule).sort()).toEqual(expect.arrayContaining(['drop-column', 'drop-index', 'rename-enum-value']));
    const store = memoryStore();
    expect(report(store)).toEqual(cold);
    expect([store.hits, store.writes]).toEqual([0, 1]);
    expect(report(store)).toEqual(cold);
    expect([store.hits, store.writes]).toEqual([1, 1]);
  });

  test('a changed base migration, config or build is another key (a miss)', () => {
    const store = memoryStore();
    report(store);
    report(store, { ...BASE, 'db/migrations/002_seed.sql': BASE['db/migrations/002_seed.sql'].replace('old_name', 'older') });
    expect([store.hits, store.writes]).toEqual([0, 2]);
    report(store, BASE, 'cockroach');
    expect([store.hits, store.writes]).toEqual([0, 3]);
    const otherBuild = memoryStore('build-2');
    for (const [k, v] of store.entries) otherBuild.entries.set(k, v);
    report(otherBuild);
    expect([otherBuild.hits, otherBuild.writes]).toEqual([0, 1]);
  });

  test.each([
    ['truncated', (t: string) => t.slice(0, t.length >> 1)],
    ['a byte of the payload changed', (t: string) => t.replace('users', 'usurs')],
    ['not JSON', () => 'garbage'],
    ['checksum matching a payload of the wrong shape', (t: string) => {
      const payload = JSON.stringify({ catalog: { tables: 5 }, routines: [] });
      return `${JSON.stringify({ ...header(t), sha256: sha256(payload) })}\n${payload}`;
    }],
    ['an entry of another key', (t: string) => `${JSON.stringify({ ...header(t), key: '0'.repeat(64) })}${t.slice(t.indexOf('\n'))}`],
    ['no header line', (t: string) => t.slice(t.indexOf('\n') + 1)],
  ])('a damaged entry (%s) is ignored, replayed and written again', (_, damage) => {
    const cold = report(undefined);
    const store = memoryStore();
    report(store);
    const [key, text] = [...store.entries][0];
    store.entries.set(key, damage(text));
    expect(report(store)).toEqual(cold);
    expect(store.writes).toBe(2);
    expect(store.entries.get(key)).toBe(text);
  });
});

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** An entry's header (its first line). */
const header = (t: string): Record<string, unknown> => JSON.parse(t.slice(0, t.indexOf('\n'))) as Record<string, unknown>;

describe('replayKey', () => {
  const inputs = { config: defaultConfig(), dialect: 'postgres' as Dialect, baselines: [], migrations: [{ file: { path: 'a.sql', framework: 'plain' as const, version: '1', part: 'up' as const }, text: 'CREATE TABLE t (a int);' }] };
  test('depends on the text, the detection, the config, the dialect and the build', () => {
    const key = replayKey(inputs, 'x');
    expect(replayKey(inputs, 'x')).toBe(key);
    expect(replayKey(inputs, 'y')).not.toBe(key);
    expect(replayKey({ ...inputs, dialect: 'cockroach' }, 'x')).not.toBe(key);
    const config = defaultConfig();
    config.migrations[0].dialect = 'mysql';
    expect(replayKey({ ...inputs, config }, 'x')).not.toBe(key);
    expect(replayKey({ ...inputs, migrations: [{ ...inputs.migrations[0], text: 'CREATE TABLE t (b int);' }] }, 'x')).not.toBe(key);
    expect(replayKey({ ...inputs, migrations: [{ ...inputs.migrations[0], file: { ...inputs.migrations[0].file, version: '2' } }] }, 'x')).not.toBe(key);
    // A file moved from the migrations to the baselines is another history.
    expect(replayKey({ ...inputs, baselines: inputs.migrations, migrations: [] }, 'x')).not.toBe(key);
  });
});

describe('the replay cache folder', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'rg-replay-'));
    dirs.push(d);
    return d;
  };
  const key = (i: number): string => i.toString(16).padStart(64, '0');

  test('writes whole entries, reads them back, keeps the newest few', () => {
    const dir = join(tempDir(), 'replay');
    const store = directoryStore(() => dir);
    expect(store.read(key(1))).toBeNull();
    for (let i = 0; i < MAX_ENTRIES + 3; i++) {
      store.write(key(i), `entry ${i}`);
      // Modification times a second apart: the oldest are the first written.
      utimesSync(join(dir, `${key(i)}.json`), 1_000_000 + i, 1_000_000 + i);
    }
    store.write(key(99), 'entry 99');
    expect(readdirSync(dir).length).toBe(MAX_ENTRIES);
    expect(store.read(key(99))).toBe('entry 99');
    expect(store.read(key(0))).toBeNull();
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  test('a key that is not a hash names no file', () => {
    const dir = tempDir();
    const store = directoryStore(() => dir);
    store.write('../escape', 'x');
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'x.json'), 'x');
    expect(store.read('x')).toBeNull();
  });

  test('ROLLBACK_GUARD_CACHE: off turns it off, a path moves it; by default it is in the git directory', () => {
    expect(replayStoreFor(() => '/nowhere', { ROLLBACK_GUARD_CACHE: 'off' })).toBeUndefined();
    const dir = tempDir();
    replayStoreFor(() => '/nowhere', { ROLLBACK_GUARD_CACHE: join(dir, 'c') })?.write(key(1), 'a');
    expect(readFileSync(join(dir, 'c', `${key(1)}.json`), 'utf8')).toBe('a');
    replayStoreFor(() => dir, {})?.write(key(2), 'b');
    expect(existsSync(join(dir, 'rollback-guard', 'replay', `${key(2)}.json`))).toBe(true);
    // No git directory: nothing is written, nothing read.
    const none = replayStoreFor(() => null, {});
    none?.write(key(3), 'c');
    expect(none?.read(key(3))).toBeNull();
  });
});

const CORPUS = new URL('../../../shared/corpus/sql/', import.meta.url);
const RUN_AS: Record<string, Dialect> = { postgres: 'postgres', cockroach: 'cockroach', portable: 'postgres', mysql: 'mysql', sqlite: 'sqlite' };

test.skipIf(!existsSync(new URL('manifest.jsonl', CORPUS)))('every corpus project: the catalog and routines from the cache are those of the replay', () => {
  const groups = new Map<string, { dialect: Dialect; base: BaseMigration[] }>();
  for (const line of readFileSync(new URL('manifest.jsonl', CORPUS), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const e = JSON.parse(line) as { repo: string; path: string; file: string; dialect: string; direction: string };
    if (e.direction !== 'up') continue;
    const text = readFileSync(new URL(e.file, CORPUS), 'utf8');
    const file = detectMigration(e.path, text, ['**']) ?? { path: e.path, framework: 'plain', version: null, part: 'up' };
    const key = `${e.repo} ${e.dialect}`;
    if (!groups.has(key)) groups.set(key, { dialect: RUN_AS[e.dialect] ?? 'postgres', base: [] });
    groups.get(key)?.base.push({ file, text });
  }
  const differ: string[] = [];
  const routinesOf = (r: Map<string, DefinedRoutine>) => JSON.stringify([...r].map(([name, d]) => [name, d.file, d.body()]));
  for (const [name, { dialect, base }] of groups) {
    const store = memoryStore();
    const inputs = { config: defaultConfig(), dialect, baselines: [], migrations: base };
    const coldRoutines = new Map<string, DefinedRoutine>();
    const cold = cachedReplay(store, inputs, coldRoutines, () => replayBase([], base, dialect, coldRoutines));
    const warmRoutines = new Map<string, DefinedRoutine>();
    const warm = cachedReplay(store, inputs, warmRoutines, () => new Catalog());
    if (store.hits !== 1 || JSON.stringify(warm.toState()) !== JSON.stringify(cold.toState()) || routinesOf(warmRoutines) !== routinesOf(coldRoutines)) differ.push(name);
  }
  expect(differ).toEqual([]);
  expect(groups.size).toBeGreaterThan(15);
}, 120_000);
