/**
 * The code search's answers kept in the replay cache's folder (issue 18: a re-run on the same base
 * reads no blob for the search). A hit gives the lines git gives; another commit, other words, a
 * damaged entry or one of the wrong shape are misses (git searches, the entry is written again).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import { wordSearcher } from '../../src/changes/word-search.js';
import { defaultConfig } from '../../src/config/types.js';
import { prepareEngine, runEngineAsync, startCodeSearch } from '../../src/engine.js';
import { gitShim } from '../helpers/git-shim.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { memoryStore } from '../helpers/memory-store.js';

const BASE = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text, email text, nickname text);\n',
  'internal/users/user.go': 'package users\n\ntype User struct {\n\tEmail string `db:"email"`\n}\n',
  'web/app.ts': 'export const legacyName = 1;\n',
};

const sorted = (r: { lines: { path: string; line: number; text: string }[] }): string[] => r.lines.map((l) => `${l.path}:${l.line}:${l.text}`).sort();
const greps = (calls: string[]): string[] => calls.filter((c) => c.startsWith('grep'));

let repo: TempRepo | null = null;
afterEach(() => {
  repo?.remove();
  repo = null;
});

describe('a kept search', () => {
  test('hit: the same lines, no git grep; other words or another commit: a miss', () => {
    repo = makeRepo(BASE, { 'db/migrations/002.sql': 'ALTER TABLE users DROP COLUMN email;\n' });
    const store = memoryStore();
    const shim = gitShim();
    try {
      const cold = wordSearcher(repo.dir, repo.base, store).searchWords(['email', 'Email']);
      expect(greps(shim.calls())).toHaveLength(1);
      expect(store.writes).toBe(1);
      expect(sorted(cold)).toEqual(['db/migrations/001_users.sql:1:CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text, email text, nickname text);', 'internal/users/user.go:4:\tEmail string `db:"email"`']);
      shim.clear();
      const warm = wordSearcher(repo.dir, repo.base, store).searchWords(['email', 'Email']);
      expect(greps(shim.calls())).toEqual([]);
      expect(sorted(warm)).toEqual(sorted(cold));
      expect(warm.truncated).toBe(false);
      // Other words: git searches (and keeps that answer too).
      const other = wordSearcher(repo.dir, repo.base, store).searchWords(['legacyName']);
      expect(greps(shim.calls())).toHaveLength(1);
      expect(sorted(other)).toEqual(['web/app.ts:1:export const legacyName = 1;']);
      // Another commit (the head, where the words are the same): its own search.
      shim.clear();
      wordSearcher(repo.dir, repo.head, store).searchWords(['email', 'Email']);
      expect(greps(shim.calls())).toHaveLength(1);
      // Another build of the tool: another key.
      shim.clear();
      const rebuilt = memoryStore('build-2');
      for (const [k, v] of store.entries) rebuilt.entries.set(k, v);
      wordSearcher(repo.dir, repo.base, rebuilt).searchWords(['email', 'Email']);
      expect(greps(shim.calls())).toHaveLength(1);
    } finally {
      shim.remove();
    }
  });

  test('the background search: a hit starts no git process, and searchWords answers from it', async () => {
    repo = makeRepo(BASE, {});
    const store = memoryStore();
    const first = wordSearcher(repo.dir, repo.base, store);
    await first.prefetchWords(['email', 'Email', 'legacyName']);
    const cold = first.searchWords(['email']);
    expect(store.writes).toBe(1);
    const shim = gitShim();
    try {
      const second = wordSearcher(repo.dir, repo.base, store);
      await second.prefetchWords(['email', 'Email', 'legacyName']);
      const warm = second.searchWords(['email']);
      expect(greps(shim.calls())).toEqual([]);
      expect(sorted(warm)).toEqual(sorted(cold));
      expect(sorted(warm)).toHaveLength(2);
    } finally {
      shim.remove();
    }
  });

  test('a damaged entry, one of another key or of the wrong shape is a miss: git searches and the entry is written again', () => {
    repo = makeRepo(BASE, {});
    const store = memoryStore();
    const cold = wordSearcher(repo.dir, repo.base, store).searchWords(['email']);
    const [[key, text]] = [...store.entries];
    const [header, payload] = [text!.slice(0, text!.indexOf('\n')), text!.slice(text!.indexOf('\n') + 1)];
    const forged = (rows: unknown): string => {
      const body = JSON.stringify(rows);
      const h = JSON.parse(header) as { sha256: string };
      // A checksum that matches, over rows of the wrong shape: still a miss.
      return `${JSON.stringify({ ...h, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`;
    };
    const damaged = [
      text!.slice(0, -5), // cut short
      `${header}\n${payload.replace('email', 'EMAIL')}`, // a changed byte: the checksum fails
      `${header.replace(/"key":"[0-9a-f]+"/, `"key":"${'0'.repeat(64)}"`)}\n${payload}`, // another key
      'not json\n[]',
      '',
      forged([['internal/users/user.go', 0, 'x']]), // line 0
      forged([['internal/users/user.go', 4]]), // a field missing
      forged({ lines: [] }), // not a list
    ];
    for (const bad of damaged) {
      store.entries.set(key!, bad);
      const shim = gitShim();
      try {
        const again = wordSearcher(repo.dir, repo.base, store).searchWords(['email']);
        expect(greps(shim.calls()), bad.slice(0, 40)).toHaveLength(1);
        expect(sorted(again)).toEqual(sorted(cold));
        expect(store.entries.get(key!)).toBe(text);
      } finally {
        shim.remove();
      }
    }
  });

  test('a search cut short or missing a blob is not kept (the next run may read more)', () => {
    repo = makeRepo(BASE, {});
    const store = memoryStore();
    // A commit git cannot read: the search fails (truncated), nothing is written.
    const searcher = wordSearcher(repo.dir, 'f'.repeat(40), store);
    const result = searcher.searchWords(['email']);
    expect(result.truncated).toBe(true);
    expect(store.writes).toBe(0);
  });
});

describe('the check with a cache folder (ROLLBACK_GUARD_CACHE)', () => {
  beforeAll(async () => {
    await prepareEngine(['postgres']);
  });

  let folder: string | null = null;
  const saved = process.env.ROLLBACK_GUARD_CACHE;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
    if (saved === undefined) delete process.env.ROLLBACK_GUARD_CACHE;
    else process.env.ROLLBACK_GUARD_CACHE = saved;
  });

  async function check(): Promise<{ report: unknown; greps: string[] }> {
    const shim = gitShim();
    try {
      const input = { changes: gitChangeSet(repo!.base, repo!.head, { cwd: repo!.dir }), config: defaultConfig() };
      startCodeSearch(input);
      const report = await runEngineAsync(input, { today: '2026-12-05' });
      return { report, greps: greps(shim.calls()).filter((c) => !c.includes('-l -z -a -F')) };
    } finally {
      shim.remove();
    }
  }

  for (const [name, column, severity] of [
    ['fires: a reader in the base code keeps the error', 'email', 'error'],
    ['quiet: nothing reads the column, the warning', 'nickname', 'warning'],
  ] as const) {
    test(`${name}; the second run reads the kept search, the same report; a damaged entry, the same again`, async () => {
      repo = makeRepo(BASE, { 'db/migrations/002_drop.sql': `ALTER TABLE users DROP COLUMN ${column};\n` });
      folder = mkdtempSync(join(tmpdir(), 'rg-word-cache-'));
      process.env.ROLLBACK_GUARD_CACHE = folder;
      const cold = await check();
      expect(cold.greps.length).toBeGreaterThan(0);
      const [finding] = (cold.report as { findings: { rule: string; severity: string }[] }).findings;
      expect(finding).toMatchObject({ rule: 'drop-column', severity });
      const warm = await check();
      expect(warm.greps).toEqual([]);
      expect(warm.report).toEqual(cold.report);
      // Every kept search damaged: searched again, the same report.
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        const text = readFileSync(path, 'utf8');
        if (text.includes('"word-search-1"')) writeFileSync(path, text.replace(/\]\]$/, ']'));
      }
      const damaged = await check();
      expect(damaged.greps.length).toBeGreaterThan(0);
      expect(damaged.report).toEqual(cold.report);
      // Off: no folder, git searches every time.
      process.env.ROLLBACK_GUARD_CACHE = 'off';
      const off = await check();
      expect(off.greps.length).toBeGreaterThan(0);
      expect(off.report).toEqual(cold.report);
    }, 60_000);
  }
});
