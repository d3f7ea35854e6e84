/**
 * The base tree entry (`migrations/replay-cache.ts`'s `baseTreeKey`, used by `plan.ts`): a run on a
 * base commit whose root tree, config and build are those of an earlier run takes that run's plan
 * (its key, paths, classifications, dialects and baseline candidates) without listing the tree; a
 * different tree, config or build lists it (and may still hit the plan entry, keyed by the SQL
 * files' object ids); a damaged entry is a miss with the same report. The code-references search's
 * count of source files is remembered per tree too (`baseTreeCount`). And the replay entry's
 * compact catalog (`pack`/`unpack`) gives back exactly the catalog it was made from.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gitChangeSet } from '../../src/changes/git.js';
import type { ChangeSet, ReplayStore, Snapshot } from '../../src/changes/types.js';
import { defaultConfig, type Config } from '../../src/config/types.js';
import { prepareEngine, runEngine } from '../../src/engine.js';
import type { DefinedRoutine } from '../../src/migrations/analyse.js';
import { Catalog } from '../../src/migrations/catalog.js';
import { baseTreeKey, cachedReplay } from '../../src/migrations/replay-cache.js';
import { memoryStore } from '../helpers/memory-store.js';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';

beforeAll(async () => {
  await prepareEngine();
});

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const BASE: Record<string, string> = {
  'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy text);\nCREATE UNIQUE INDEX users_email ON users (email);\n',
  'db/migrations/002_more.sql': 'ALTER TABLE users ADD COLUMN nick text;\n',
  // A schema file beside the migrations: a baseline candidate (findBaselines looks among the cached paths).
  'db/schema.sql': 'CREATE TABLE audit (id bigint PRIMARY KEY);\n',
  // Code the search covers, naming none of what the PR drops: the count of source files is in the report.
  'src/app.ts': 'export const users = "users";\n',
  'README.md': 'hello\n',
};
const PR: Record<string, string> = {
  'db/migrations/003_pr.sql': 'ALTER TABLE users DROP COLUMN legacy;\nDROP INDEX users_email;\n',
};

function repo(base = BASE, head: Record<string, string | null> = PR): TempRepo {
  const r = makeRepo(base, head);
  repos.push(r);
  return r;
}

interface Spy {
  /** Calls of the base snapshot's `list`. */
  lists: number;
  /** Base paths read (or prefetched). */
  reads: string[];
  /** The git commands run (GIT_TRACE), one line each. */
  git: string[];
}

/** The change set of a repository's last commit with `store`, its base snapshot watched. */
function changesOf(r: TempRepo, store: ReplayStore | undefined, spy: Spy): ChangeSet {
  const changes = gitChangeSet('HEAD~1', 'HEAD', { cwd: r.dir });
  const tree = changes.baseTree;
  const baseTree: Snapshot = {
    ...tree,
    list: () => {
      spy.lists++;
      return tree.list();
    },
    read: (p) => {
      spy.reads.push(p);
      return tree.read(p);
    },
    prefetch: (ps) => {
      spy.reads.push(...ps);
      tree.prefetch?.(ps);
    },
  };
  return { ...changes, baseTree, replayCache: store };
}

/** A run of the engine on `r`, with the git processes it starts traced (GIT_TRACE to a file). */
function run(r: TempRepo, store: ReplayStore | undefined, config: Config = defaultConfig()) {
  const spy: Spy = { lists: 0, reads: [], git: [] };
  const dir = mkdtempSync(join(tmpdir(), 'rg-trace-'));
  const trace = join(dir, 'trace');
  const before = process.env.GIT_TRACE;
  process.env.GIT_TRACE = trace;
  try {
    const report = runEngine({ changes: changesOf(r, store, spy), config }, { today: '2026-12-05' });
    let text = '';
    try {
      text = readFileSync(trace, 'utf8');
    } catch {
      // No git process wrote a line.
    }
    spy.git = text.split('\n').filter((l) => l.includes('trace: built-in: git ')).map((l) => l.slice(l.indexOf('git ')));
    return { report, spy };
  } finally {
    if (before === undefined) delete process.env.GIT_TRACE;
    else process.env.GIT_TRACE = before;
    rmSync(dir, { recursive: true, force: true });
  }
}

const migrationReads = (spy: Spy): string[] => [...new Set(spy.reads.filter((p) => p.startsWith('db/migrations/00') && !p.includes('003')))].sort();
const listings = (spy: Spy): string[] => spy.git.filter((c) => c.startsWith('git ls-tree -r'));
const treeEntries = (store: { entries: Map<string, string> }): [string, string][] => [...store.entries].filter(([, t]) => /^\{"format":"rollback-guard base tree \d+"/.test(t));

describe('the base tree entry', () => {
  test('a second run on the same base tree lists nothing and reads no base migration: the same report', () => {
    const r = repo();
    const cold = run(r, undefined).report;
    expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['drop-column', 'drop-index']));
    const store = memoryStore();
    const first = run(r, store);
    expect(first.report).toEqual(cold);
    expect(listings(first.spy).length).toBe(1);
    expect(treeEntries(store).length).toBe(1);
    const second = run(r, store);
    expect(second.report).toEqual(cold);
    // No listing (neither the plan, the baselines nor the code search's count asked for one), no base migration read.
    expect(second.spy.lists).toBe(0);
    expect(listings(second.spy)).toEqual([]);
    expect(migrationReads(second.spy)).toEqual([]);
    // The tree's id, asked of git once.
    expect(second.spy.git.filter((c) => c.includes('^{tree}')).length).toBe(1);
    // Without a cache, the same run lists the tree (what the second run saved).
    expect(listings(run(r, undefined).spy).length).toBe(1);
  }, 120_000);

  test('a PR that deletes one base migration and edits another, on a tree hit: base\'s readings by path (filled when first asked) and the classifications taken from the entry give the report without a cache', () => {
    // A folder that names no dialect, files that show one by their content: the deleted file's reading is base's, by path.
    const base = { ...BASE, 'db/migrations/004_mysqlish.sql': 'ALTER TABLE users MODIFY COLUMN nick varchar(20) NOT NULL;\n' };
    const head = { ...PR, 'db/migrations/004_mysqlish.sql': null, 'db/migrations/002_more.sql': 'ALTER TABLE users ADD COLUMN nick text NOT NULL;\n' };
    const r = repo(base, head);
    const cold = run(r, undefined).report;
    const deleted = cold.detection?.find((d) => d.file === 'db/migrations/004_mysqlish.sql');
    expect(deleted?.reason).toMatch(/mysql by its content/);
    expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['edited-migration']));
    const store = memoryStore();
    expect(run(r, store).report).toEqual(cold);
    const writes = store.writes;
    const hits = store.hits;
    const warm = run(r, store);
    // The tree entry and the replay entry were both hits (the edited file's base text is read for the comparison; nothing is planned again).
    expect(store.hits - hits).toBeGreaterThanOrEqual(2);
    expect(store.writes).toBe(writes);
    expect(warm.report).toEqual(cold);
  }, 120_000);

  test('a PR that renames a base migration, or adds one that moves the newest version, on a tree hit: the histories\' facts kept in the entry give the report without a cache', () => {
    const base = { ...BASE, 'db/migrations/005_last.sql': 'ALTER TABLE users ADD COLUMN seen timestamptz;\n' };
    // 004 lands before base's newest (005): out of order, told by the newest base version of its sequence.
    const head = { 'db/migrations/004_late.sql': 'ALTER TABLE users DROP COLUMN seen;\n', 'db/migrations/002_more.sql': null, 'db/migrations/002_renamed.sql': BASE['db/migrations/002_more.sql'] };
    const r = repo(base, head);
    const cold = run(r, undefined).report;
    // Must still fire: 004 below base's newest version (the facts' newest per sequence), the drop.
    expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['out-of-order-migration', 'drop-column']));
    const store = memoryStore();
    expect(run(r, store).report).toEqual(cold);
    const [[, entry]] = treeEntries(store);
    expect(entry).toContain('"facts":[[0,"postgres",3,4,["plain"],["db/migrations"],[["plain:db/migrations",');
    const hits = store.hits;
    const warm = run(r, store);
    expect(store.hits - hits).toBeGreaterThanOrEqual(2);
    expect(warm.spy.lists).toBe(0);
    expect(warm.report).toEqual(cold);
  }, 120_000);

  test('a history in several dialects (files that run on more than their own), on a tree hit: each history\'s facts as the loop gathers them, the report without a cache', () => {
    const base: Record<string, string> = {
      'migrations/20240101000000_a.up.sql': 'CREATE TABLE a (id int, b int, c int);\n',
      'migrations/20240101000000_a.down.sql': 'DROP TABLE a;\n',
      'migrations/20240102000000_b.mysql.up.sql': 'ALTER TABLE a MODIFY COLUMN b bigint;\n',
      'migrations/20240102000000_b.postgres.up.sql': 'ALTER TABLE a ALTER COLUMN b TYPE bigint;\n',
      'migrations/20240103000000_c.up.sql': 'ALTER TABLE a ADD COLUMN d int;\n',
    };
    const head = {
      'migrations/20240104000000_d.mysql.up.sql': 'ALTER TABLE a DROP COLUMN c;\n',
      'migrations/20240104000000_d.postgres.up.sql': 'ALTER TABLE a DROP COLUMN d;\n',
      'migrations/20240102500000_e.up.sql': 'ALTER TABLE a DROP COLUMN b;\n',
    };
    const r = repo(base, head);
    const cold = run(r, undefined).report;
    expect(cold.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['drop-column']));
    const store = memoryStore();
    expect(run(r, store).report).toEqual(cold);
    const facts = payloadOf(treeEntries(store)[0][1]).facts as unknown[][];
    expect(facts.map((f) => f[1]).sort()).toEqual(['mysql', 'postgres']);
    const warm = run(r, store);
    expect(warm.spy.lists).toBe(0);
    expect(warm.report).toEqual(cold);
  }, 120_000);

  test('the entry keeps the baseline candidates that are no migration: on a hit the schema file beside the migrations is still read into the history, the report without a cache', () => {
    // The reproduction: 20,000 known migrations among the baseline paths were each asked of the plan on a
    // hit; the entry now names those that are none. A schema file near the migrations (a baseline), one
    // far from them (not one), and a code migration folder's SQL: the report depends on the baseline.
    const base: Record<string, string> = {
      ...BASE,
      'db/schema.sql': 'CREATE TABLE audit (id bigint PRIMARY KEY, note text);\nCREATE UNIQUE INDEX audit_note ON audit (note);\n',
      'tools/reports/a/b/c/d/schema.sql': 'CREATE TABLE far (id bigint PRIMARY KEY);\n',
    };
    const head = { 'db/migrations/003_pr.sql': 'DROP INDEX audit_note;\nALTER TABLE audit ALTER COLUMN note TYPE varchar(10);\nALTER TABLE users DROP COLUMN legacy;\n' };
    const r = repo(base, head);
    const cold = run(r, undefined).report;
    // Must still fire, as the baseline tells: a unique index only the schema file creates, the type it
    // gives the column; beside them, the drop of a column the migrations create.
    const messages = cold.findings.map((f) => `${f.rule}: ${f.message}`);
    expect(messages.some((m) => m.startsWith('drop-index: Dropping unique index audit_note'))).toBe(true);
    expect(messages.some((m) => m.startsWith('change-column-type: Changing column audit.note from text to varchar(10)'))).toBe(true);
    expect(messages.some((m) => m.startsWith('drop-column: Dropping column users.legacy'))).toBe(true);
    const store = memoryStore();
    expect(run(r, store).report).toEqual(cold);
    const entry = payloadOf(treeEntries(store)[0][1]);
    const paths = entry.paths as string[];
    const baselines = (entry.baselines as ([number, number] | string)[]).flatMap((b) => (typeof b === 'string' ? [b] : paths.slice(b[0], b[0] + b[1])));
    expect((entry.notMigrations as number[]).map((i) => baselines[i])).toEqual(['db/schema.sql', 'tools/reports/a/b/c/d/schema.sql']);
    const hits = store.hits;
    const warm = run(r, store);
    expect(store.hits - hits).toBeGreaterThanOrEqual(2);
    expect(warm.spy.lists).toBe(0);
    expect(warm.report).toEqual(cold);
  }, 120_000);

  test('a tree hit with a replay miss reads the base migrations without listing the tree (by path, in one batch): the same report', () => {
    const r = repo();
    const cold = run(r, undefined).report;
    const store = memoryStore();
    run(r, store);
    const [key] = [...store.entries].find(([, t]) => t.includes('rollback-guard replay'))!;
    store.entries.delete(key);
    const warm = run(r, store);
    expect(warm.report).toEqual(cold);
    expect(listings(warm.spy)).toEqual([]);
    expect(migrationReads(warm.spy)).toEqual(['db/migrations/001_users.sql', 'db/migrations/002_more.sql']);
    expect(store.entries.has(key)).toBe(true);
  }, 120_000);

  test('another base tree (only the README changed) is listed; its SQL files are those of the plan entry: no migration read, a tree entry of its own', () => {
    const store = memoryStore();
    run(repo(), store);
    const r = repo({ ...BASE, 'README.md': 'changed\n' });
    const warm = run(r, store);
    expect(warm.report).toEqual(run(r, undefined).report);
    expect(listings(warm.spy).length).toBe(1);
    expect(migrationReads(warm.spy)).toEqual([]);
    expect(treeEntries(store).length).toBe(2);
    // And that tree's next run lists nothing.
    const again = run(r, store);
    expect(again.report).toEqual(warm.report);
    expect(listings(again.spy)).toEqual([]);
  }, 120_000);

  test('a changed migration is another tree and another plan: a full plan, the same report as without a cache', () => {
    const store = memoryStore();
    run(repo(), store);
    const r = repo({ ...BASE, 'db/migrations/002_more.sql': 'ALTER TABLE users ADD COLUMN nick2 text;\n' });
    const warm = run(r, store);
    expect(warm.report).toEqual(run(r, undefined).report);
    expect(listings(warm.spy).length).toBe(1);
    expect(migrationReads(warm.spy).length).toBe(2);
  }, 120_000);

  test('a config change is another key: the tree is listed, the report is the one without a cache', () => {
    const r = repo();
    const store = memoryStore();
    run(r, store);
    const ignoring = defaultConfig();
    // Without 001 the history knows no users table: other findings.
    ignoring.ignorePaths = ['db/migrations/001_users.sql'];
    const warm = run(r, store, ignoring);
    expect(warm.report).toEqual(run(r, undefined, ignoring).report);
    expect(warm.report).not.toEqual(run(r, undefined).report);
    expect(listings(warm.spy).length).toBe(1);
    // A key of its own: config, build and tree id are all in it.
    const id = 'a'.repeat(40);
    const key = baseTreeKey(id, defaultConfig(), 'b');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([key, baseTreeKey(id, ignoring, 'b'), baseTreeKey(id, defaultConfig(), 'c'), baseTreeKey('b'.repeat(40), defaultConfig(), 'b')]).size).toBe(4);
  }, 120_000);

  const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
  /** `payload` under the entry's header with a checksum that matches it (a forged entry: whole, of the wrong shape). */
  const forged = (text: string, payload: unknown): string => {
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
    const body = JSON.stringify(payload);
    return `${JSON.stringify({ ...header, sha256: sha256(body) })}\n${body}`;
  };
  const payloadOf = (text: string): Record<string, unknown> => JSON.parse(text.slice(text.indexOf('\n') + 1)) as Record<string, unknown>;

  test.each([
    ['truncated', (t: string) => t.slice(0, t.length >> 1)],
    ['a byte of the payload changed', (t: string) => t.replace('001_users', '001_usurs')],
    ['not JSON', () => 'garbage'],
    ['an entry of another key', (t: string) => `${JSON.stringify({ ...JSON.parse(t.slice(0, t.indexOf('\n'))), key: '0'.repeat(64) })}${t.slice(t.indexOf('\n'))}`],
    ['forged: a baseline run past the paths', (t: string) => forged(t, { ...payloadOf(t), baselines: [[0, 99]] })],
    ['forged: a code baseline index past the baselines', (t: string) => forged(t, { ...payloadOf(t), code: [99] })],
    ['forged: a path that is no string', (t: string) => forged(t, { ...payloadOf(t), paths: [1, 2, 3] })],
    ['forged: a plan key that is no key', (t: string) => forged(t, { ...payloadOf(t), planKey: 'x' })],
    ['forged: a settings record that is no listing record', (t: string) => forged(t, { ...payloadOf(t), settings: [['db/migrations/meta/_journal.json', 'not a record']] })],
    ['forged: settings that are no list of pairs', (t: string) => forged(t, { ...payloadOf(t), settings: 'db/migrations/meta/_journal.json' })],
    ['forged: a plan of fewer rows than paths', (t: string) => {
      const p = payloadOf(t);
      const plan = p.plan as Record<string, unknown[]>;
      return forged(t, { ...p, plan: { ...plan, rows: plan.rows.slice(1), versions: plan.versions.slice(1) } });
    }],
    // The plan's rows are checked whole when read, though decoded only when asked (replay-cache.ts's StoredPlan).
    ['forged: a path twice', (t: string) => {
      const p = payloadOf(t);
      const paths = p.paths as string[];
      return forged(t, { ...p, paths: [paths[0], ...paths.slice(0, -1)] });
    }],
    ['forged: a row of no kind', (t: string) => {
      const p = payloadOf(t);
      const plan = p.plan as Record<string, unknown[]>;
      return forged(t, { ...p, plan: { ...plan, rows: [99, ...plan.rows.slice(1)] } });
    }],
    ['forged: a version on a file that is no migration', (t: string) => {
      const p = payloadOf(t);
      const plan = p.plan as Record<string, unknown[]>;
      const at = (p.paths as string[]).indexOf('db/schema.sql');
      return forged(t, { ...p, plan: { ...plan, versions: plan.versions.map((v, i) => (i === at ? '1' : v)) } });
    }],
    ['forged: a file decided by its neighbours past the migrations', (t: string) => {
      const p = payloadOf(t);
      return forged(t, { ...p, plan: { ...(p.plan as object), pending: [99] } });
    }],
    // The baseline candidates that are no migration (findBaselines looks among them on a hit).
    ['forged: a candidate past the baselines', (t: string) => forged(t, { ...payloadOf(t), notMigrations: [99] })],
    ['forged: a candidate twice', (t: string) => forged(t, { ...payloadOf(t), notMigrations: [0, 0] })],
    ['forged: no candidates', (t: string) => forged(t, { ...payloadOf(t), notMigrations: undefined })],
    // The histories' facts (history-facts.ts): a record that does not fit the plan is a miss.
    ['forged: facts that are no list', (t: string) => forged(t, { ...payloadOf(t), facts: 'none' })],
    ['forged: no facts', (t: string) => forged(t, { ...payloadOf(t), facts: undefined })],
    ['forged: a record of the wrong shape', (t: string) => forged(t, { ...payloadOf(t), facts: [[0, 'postgres', 2]] })],
    ['forged: a newest file past the plan\'s migrations', (t: string) => forged(t, { ...payloadOf(t), facts: (payloadOf(t).facts as unknown[][]).map((r) => [...r.slice(0, 6), (r[6] as unknown[][]).map(([k]) => [k, 99, -1])]) })],
    ['forged: a newest file of another sequence', (t: string) => forged(t, { ...payloadOf(t), facts: (payloadOf(t).facts as unknown[][]).map((r) => [...r.slice(0, 6), (r[6] as unknown[][]).map(([, a, b]) => ['flyway:elsewhere', a, b])]) })],
    ['forged: more files than the plan has', (t: string) => forged(t, { ...payloadOf(t), facts: (payloadOf(t).facts as unknown[][]).map((r) => [r[0], r[1], 99, ...r.slice(3)]) })],
    ['forged: one history twice', (t: string) => forged(t, { ...payloadOf(t), facts: [...(payloadOf(t).facts as unknown[]), ...(payloadOf(t).facts as unknown[])] })],
  ])('a damaged base tree entry (%s) is a miss: the tree is listed, the same report, the entry written again', (_, damage) => {
    const r = repo();
    const cold = run(r, undefined).report;
    const store = memoryStore();
    run(r, store);
    const [[key, text]] = treeEntries(store);
    store.entries.set(key, damage(text));
    const warm = run(r, store);
    expect(warm.report).toEqual(cold);
    expect(listings(warm.spy).length).toBe(1);
    expect(store.entries.get(key)).toBe(text);
  }, 120_000);

  test('a damaged count of source files is counted again: the same report', () => {
    const r = repo();
    const cold = run(r, undefined).report;
    const store = memoryStore();
    run(r, store);
    const counts = [...store.entries].filter(([, t]) => t.startsWith('{"format":"rollback-guard base tree count 1"'));
    expect(counts.length).toBe(1);
    const [[key, text]] = counts;
    expect(payloadOf(text)).toEqual({ count: 1 });
    for (const damaged of [text.replace('"count":1', '"count":7'), forged(text, { count: -1 }), forged(text, { count: '1' })]) {
      store.entries.set(key, damaged);
      const warm = run(r, store);
      expect(warm.report).toEqual(cold);
      expect(listings(warm.spy).length).toBe(1);
      expect(store.entries.get(key)).toBe(text);
    }
  }, 120_000);
});

describe('the replay entry\'s compact catalog', () => {
  /** A catalog with columns of several shapes: a key other than the name, absent and undefined fields, arrays. */
  function catalog(): Catalog {
    const c = new Catalog();
    c.apply({ kind: 'create-table', table: 'users', columns: [
      { name: 'id', type: 'int8', notNull: true, hasDefault: false, primaryKey: true },
      { name: 'mood', type: null, notNull: false, hasDefault: true, enumValues: ['a', 'b'], line: 3, defaultExpr: undefined },
      { name: 'total', type: 'int', notNull: false, hasDefault: false, generated: true },
    ], indexes: [{ name: 'users_mood', unique: false, columns: ['mood'] }] } as never);
    c.apply({ kind: 'create-table', table: 'empty', columns: [] } as never);
    c.tables.get('users')!.set('Odd Key', { name: 'odd', type: 'text', notNull: false, hasDefault: false });
    return c;
  }

  test('a hit gives back the catalog the replay made, record by record, key order included', () => {
    const store = memoryStore();
    const inputs = { config: defaultConfig(), dialect: 'postgres' as const, baselines: [], migrations: [{ file: { path: 'a.sql', framework: 'plain' as const, version: '1', part: 'up' as const }, text: 'x' }] };
    const made = catalog();
    const routines = new Map<string, DefinedRoutine>();
    expect(cachedReplay(store, inputs, routines, () => made)).toBe(made);
    expect(store.writes).toBe(1);
    const [[, text]] = [...store.entries];
    // Rows of values, not objects: the column records' keys are written once per shape.
    expect(text.split('"notNull"').length - 1).toBeLessThanOrEqual(4);
    const hit = cachedReplay(store, inputs, new Map(), () => {
      throw new Error('replayed');
    });
    expect(store.hits).toBe(1);
    expect(JSON.stringify(hit.toState())).toBe(JSON.stringify(made.toState()));
    expect([...hit.tables.get('users')!.keys()]).toEqual(['id', 'mood', 'total', 'Odd Key']);
    expect(Object.keys(hit.column('users', 'mood')!)).toEqual(Object.keys(made.column('users', 'mood')!).filter((k) => k !== 'defaultExpr'));
    expect(hit.indexes.get('users_mood')).toEqual(made.indexes.get('users_mood'));
  });

  const inputs = { config: defaultConfig(), dialect: 'postgres' as const, baselines: [], migrations: [{ file: { path: 'a.sql', framework: 'plain' as const, version: '1', part: 'up' as const }, text: 'x' }] };
  /** The entry of `catalog()` with its payload's index line and tables' bodies changed by `forge`, under a checksum that matches. */
  function forgedStore(forge: (index: Record<string, unknown>, bodies: string) => [Record<string, unknown>, string]) {
    const store = memoryStore();
    cachedReplay(store, inputs, new Map(), catalog);
    const [[key, text]] = [...store.entries];
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as Record<string, unknown>;
    const payload = text.slice(text.indexOf('\n') + 1);
    const [index, bodies] = forge(JSON.parse(payload.slice(0, payload.indexOf('\n'))) as Record<string, unknown>, payload.slice(payload.indexOf('\n') + 1));
    const body = `${JSON.stringify(index)}\n${bodies}`;
    store.entries.set(key, `${JSON.stringify({ ...header, sha256: createHash('sha256').update(body).digest('hex') })}\n${body}`);
    return store;
  }
  type Tables = [string, number, unknown[]][];

  test.each([
    ['a shape with __proto__', (p: Record<string, unknown>, b: string) => [{ ...p, shapes: [['__proto__'], ...(p.shapes as unknown[])] }, b]],
    ['a shape index past the shapes', (p: Record<string, unknown>, b: string) => [{ ...p, indexes: (p.indexes as unknown[][]).map(([n, , ...rest]) => [n, 99, ...rest]) }, b]],
    ['no tables', (p: Record<string, unknown>, b: string) => [{ ...p, tables: 5 }, b]],
    ['a table longer than the bodies', (p: Record<string, unknown>, b: string) => [{ ...p, tables: (p.tables as Tables).map(([t, n, k]) => [t, n + 1, k]) }, b]],
    ['bodies longer than the tables', (p: Record<string, unknown>, b: string) => [p, `${b} `]],
    ['a table named twice', (p: Record<string, unknown>, b: string) => [{ ...p, tables: (p.tables as Tables).map(([, n, k]) => ['users', n, k]) }, b]],
    ['a key column of the wrong shape', (p: Record<string, unknown>, b: string) => [{ ...p, tables: (p.tables as Tables).map(([t, n, k]) => [t, n, k.map(() => ['id', 2])]) }, b]],
  ] as [string, (p: Record<string, unknown>, b: string) => [Record<string, unknown>, string]][])('a forged entry of the wrong shape (%s) is replayed again', (_, forge) => {
    const store = forgedStore(forge);
    let replayed = 0;
    const again = cachedReplay(store, inputs, new Map(), () => (replayed++, catalog()));
    expect(replayed).toBe(1);
    expect(JSON.stringify(again.toState())).toBe(JSON.stringify(catalog().toState()));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ['a row longer than its shape', (b: string) => b.replace('"int8",true', '"int8",true,1')],
    ['a key column the index does not name', (b: string) => b.replace('"int8",true,false,true', '"int8",true,false,false')],
  ])('a forged table body (%s) under a matching checksum is an error when first read, never a table read otherwise', (_, forge) => {
    // Its length kept (one byte fewer elsewhere when it grew): the index's shape holds; the bytes are what the checksum covers.
    const store = forgedStore((p, b) => {
      const forged = forge(b);
      expect(forged).not.toBe(b);
      const tables = (p.tables as Tables).map(([t, n, k]): [string, number, unknown[]] => [t, t === 'users' ? n + forged.length - b.length : n, k]);
      return [{ ...p, tables }, forged];
    });
    const hit = cachedReplay(store, inputs, new Map(), () => {
      throw new Error('replayed');
    });
    expect([...hit.tables.keys()]).toEqual(['users', 'empty']);
    expect(hit.tables.get('empty')?.size).toBe(0);
    expect(() => hit.tables.get('users')).toThrow(/replay cache entry [0-9a-f]{64} holds a table \(users\) that cannot be read back/);
  });
});
