/**
 * The base history's replay, remembered: a PR on a base whose migrations did not change replays
 * nothing (a 20,000-migration history costs its parse once, not on every push).
 *
 * The key is a SHA-256 over everything the replay is a function of: the cache format, the tool's
 * version and build (`ReplayStore.toolId`), the configuration, the dialect, and each replayed
 * file's detection (path, framework, version, part) and text, in replay order (or, for a git
 * base, the base plan's key in place of the texts: it names them by object id). A change of any of
 * them is another key, so an entry is never stale; the store keeps a few entries and drops the
 * oldest. An entry holds its key and a SHA-256 of its payload: one that does not parse, names
 * another key, fails its checksum or has the wrong shape is ignored (the history is replayed, and
 * the entry written again), never trusted. The checksum catches a truncated or damaged file, not a
 * forged one: the cache is as trustworthy as the folder it lives in (`docs/cache.md`).
 *
 * What is cached is the replay's whole result: the catalog (`Catalog.toState`) and the routines
 * base leaves, each with its body as read (bodies are read on demand otherwise; same result).
 *
 * Beside it, the base plan (`basePlanKey`): which base files are migrations and the dialect of
 * each (as the base alone decides it), keyed by the object ids of the base's SQL, changelog and
 * code-migration files and framework settings, so that a hit neither reads, classifies nor
 * assigns a dialect to them (`plan.ts`). And the base tree entry (`baseTreeKey`): that plan with
 * what listing the base tree gave (its key, paths, baseline candidates), keyed by the base commit's
 * root tree id, so that a run on the same tree does not list it (`docs/cache.md`).
 */
import { createHash } from 'node:crypto';
import { DIALECTS, type Config, type Dialect } from '../config/types.js';
import type { ReplayStore, Snapshot } from '../changes/types.js';
import { VERSION } from '../version.js';
import type { DefinedRoutine } from './analyse.js';
import { Catalog, LazyTables, type CatalogState, type IndexInfo, type KeyColumn } from './catalog.js';
import type { ColumnInfo } from './model.js';
import type { Classification, MigrationFile } from './detect.js';
import type { DialectReading } from './dialect-inference.js';
import type { BaseDialects, BaseMigration } from './plan.js';
import type { RoutineBody } from './routines.js';

/** Bump when the payload's shape or the replay's meaning changes without a version change. */
const FORMAT = 'rollback-guard replay 4';

/**
 * A replay's result, compact and readable a table at a time. The payload is two parts: this index
 * (one line of JSON), then each table's columns (a JSON array of rows), one after another, in the
 * index's order, each `tables[i][1]` bytes long. The index holds the catalog's state
 * (`Catalog.toState`) without its tables and indexes; the indexes as rows of values; and per
 * table its name, its body's length and its key columns (`Catalog.keyColumns`: `[name, 1 if a
 * primary key else 0]`), so that a hit decodes only the tables the PR asks for (a 20,000-migration
 * history leaves 2,000 tables of 26,000 columns, 1.2 MB of the entry's 1.6 MB) and still answers
 * the one question asked of every table. Rows: `shapes` lists each record shape (its keys, in
 * order) once; a column is `[shape, ...values]` (its map key is its `name`), or `[-1 - shape, key,
 * ...values]` when the key is another; an index is `[name, shape, ...values]`.
 */
interface PayloadIndex {
  catalog: Omit<CatalogState, 'tables' | 'indexes'>;
  shapes: string[][];
  tables: [string, number, [string, number][]][];
  indexes: unknown[][];
  routines: [string, string, RoutineBody][];
}

/** An entry's first line (JSON); the payload (JSON) follows it. */
interface Header {
  format: string;
  key: string;
  /** Of the payload's UTF-8 bytes. */
  sha256: string;
}

export interface ReplayInputs {
  config: Config;
  dialect: Dialect;
  baselines: BaseMigration[];
  migrations: BaseMigration[];
  /** How many `migrations` has, when known without making the list (`HistoryGroup.facts`): with `baseOf`, the list is then not read. */
  migrationCount?: number;
  /** The base plan's key (`basePlanKey`), which covers the migrations' texts by object id: they are then not hashed (nor read). */
  basis?: string;
  /** A key that decides `migrations` whole (`HistoryGroup.baseOf`: the base plan's, its set): it is hashed in place of the list. */
  baseOf?: string;
}

/** The key of a replay: hex SHA-256 of all it depends on. */
export function replayKey(inputs: ReplayInputs, toolId: string): string {
  const { part, digest } = keyHash(FORMAT, toolId, inputs.config);
  part(inputs.dialect);
  if (inputs.basis !== undefined) part(`basis ${inputs.basis}`);
  if (inputs.baseOf !== undefined) part(`base of ${inputs.baseOf}`);
  for (const what of ['baselines', 'migrations'] as const) {
    if (what === 'migrations' && inputs.baseOf !== undefined) {
      // The list is the base plan's for this set and dialect: its key names every file and detection
      // (its count, when the inputs know it, stands for the list's length: the list is not made).
      part(`${what} ${inputs.migrationCount ?? inputs.migrations.length}`);
      continue;
    }
    const list = what === 'baselines' ? inputs.baselines : inputs.migrations;
    part(`${what} ${list.length}`);
    for (const m of list) {
      part(JSON.stringify(m.file));
      // With a basis, a migration's text is named by its object id in the basis (baselines are few, and hashed).
      if (inputs.basis !== undefined && what === 'migrations') continue;
      part(m.text === null ? '\0unreadable' : m.text);
    }
  }
  return digest();
}

/** A SHA-256 over length-prefixed parts (no two different sequences of parts hash alike), begun with the format, version, build and config. */
function keyHash(format: string, toolId: string, config: Config): { part: (s: string) => void; digest: () => string } {
  const h = createHash('sha256');
  const part = (s: string): void => {
    h.update(`${s.length}:`);
    h.update(s);
  };
  part(format);
  part(VERSION);
  part(toolId);
  part(JSON.stringify(config));
  return { part, digest: () => h.digest('hex') };
}

const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

/** Writes `payload` as `key`'s entry of `format`: a header line with its checksum, then the payload. */
function writeChecked(store: ReplayStore, key: string, format: string, payload: string): void {
  store.write(key, `${JSON.stringify({ format, key, sha256: sha256(payload) } satisfies Header)}\n${payload}`);
}

/**
 * The payload's bytes of `key`'s entry when it is whole (its format, key and checksum match); null
 * otherwise. Throws on damage. The checksum is over the bytes as stored (a store that hands back
 * bytes: nothing is decoded and encoded again to check 1.6 MB).
 */
function readCheckedBytes(store: ReplayStore, key: string, format: string): Buffer | null {
  let bytes: Buffer | null;
  if (store.readBytes) bytes = store.readBytes(key);
  else {
    const text = store.read(key);
    bytes = text === null ? null : Buffer.from(text, 'utf8');
  }
  if (bytes === null) return null;
  const eol = bytes.indexOf(10);
  if (eol === -1) return null;
  const header = JSON.parse(bytes.toString('utf8', 0, eol)) as Partial<Header>;
  const payload = bytes.subarray(eol + 1);
  if (header.format !== format || header.key !== key || header.sha256 !== sha256(payload)) return null;
  return payload;
}

/** The parsed payload of `key`'s entry when it is whole (its format, key and checksum match); null otherwise. Throws on damage. */
function readChecked(store: ReplayStore, key: string, format: string): unknown {
  const payload = readCheckedBytes(store, key, format);
  return payload === null ? null : (JSON.parse(payload.toString('utf8')) as unknown);
}

/**
 * The replay `replay` computes (filling `routines`), taken from `store` when it holds this key's
 * entry, else computed and written there. Without a store: `replay()` itself.
 */
export function cachedReplay(store: ReplayStore | undefined, inputs: ReplayInputs, routines: Map<string, DefinedRoutine>, replay: () => Catalog): Catalog {
  if (!store || inputs.baselines.length + (inputs.migrationCount ?? inputs.migrations.length) === 0) return replay();
  let key: string;
  try {
    key = replayKey(inputs, store.toolId());
  } catch {
    return replay();
  }
  const hit = readEntry(store, key);
  if (hit) {
    for (const [name, file, body] of hit.routines) routines.set(name, { file, body: () => body });
    return hit.catalog;
  }
  const catalog = replay();
  try {
    writeChecked(store, key, FORMAT, pack(catalog.toState(), catalog.keyColumns(), [...routines].map(([name, r]) => [name, r.file, r.body()])));
  } catch {
    // A cache that cannot be written costs the next run a replay, nothing else.
  }
  return catalog;
}

/** This key's entry, checked; null for anything but a whole, matching one (its tables are decoded when first asked). */
function readEntry(store: ReplayStore, key: string): { catalog: Catalog; routines: PayloadIndex['routines'] } | null {
  try {
    const payload = readCheckedBytes(store, key, FORMAT);
    if (!payload) return null;
    const eol = payload.indexOf(10);
    if (eol === -1) return null;
    const index = JSON.parse(payload.toString('utf8', 0, eol)) as PayloadIndex;
    if (typeof index !== 'object' || index === null) return null;
    if (!Array.isArray(index.routines) || !index.routines.every((r) => Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'string' && Array.isArray(r[2]?.ops))) return null;
    return { catalog: unpack(index, payload, eol + 1, key), routines: index.routines };
  } catch {
    return null;
  }
}

/** A catalog state, its key columns (`Catalog.keyColumns`) and routines as the entry's payload (`PayloadIndex`, then the tables' bodies). */
function pack(state: CatalogState, keyColumns: [string, KeyColumn[]][], routines: PayloadIndex['routines']): string {
  const shapes: string[][] = [];
  const shapeAt = new Map<string, number>();
  const row = (record: object): unknown[] => {
    // As JSON keeps an object: a key whose value is undefined is left out.
    const keys = Object.keys(record).filter((k) => (record as Record<string, unknown>)[k] !== undefined);
    const id = keys.join('\0');
    let shape = shapeAt.get(id);
    if (shape === undefined) shapeAt.set(id, (shape = shapes.push(keys) - 1));
    const out: unknown[] = [shape];
    for (const k of keys) out.push((record as Record<string, unknown>)[k]);
    return out;
  };
  const keysOf = new Map(keyColumns);
  const { tables, indexes, ...catalog } = state;
  const bodies: string[] = [];
  const index: PayloadIndex = {
    catalog,
    shapes,
    tables: tables.map(([table, columns]) => {
      const body = JSON.stringify(
        columns.map(([key, column]) => {
          const r = row(column);
          if (key === column.name) return r;
          r[0] = -1 - (r[0] as number);
          r.splice(1, 0, key);
          return r;
        }),
      );
      bodies.push(body);
      return [table, Buffer.byteLength(body), (keysOf.get(table) ?? []).map((k) => [k.name, k.primaryKey ? 1 : 0])];
    }),
    indexes: indexes.map(([name, index]) => [name, ...row(index)]),
    routines,
  };
  return `${JSON.stringify(index)}\n${bodies.join('')}`;
}

/**
 * The catalog `pack` packed, its tables read from `payload` (from byte `from` on) when first
 * asked; throws on an index of the wrong shape (the entry is then a miss). The bytes passed the
 * checksum, so a table that does not decode was written so (a forged entry, docs/cache.md): its
 * first use is then an error naming the entry, never a table read as empty.
 */
function unpack(index: PayloadIndex, payload: Buffer, from: number, key: string): Catalog {
  const { shapes, tables, indexes, catalog } = index;
  if (!Array.isArray(shapes) || !Array.isArray(tables) || !Array.isArray(indexes) || typeof catalog !== 'object' || catalog === null) throw new Error('bad payload');
  for (const keys of shapes) {
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string' && k !== '__proto__')) throw new Error('bad shape');
  }
  /** The record of `values[from…]` in shape `shape`. */
  const record = <T>(shape: unknown, values: unknown[], at: number): T => {
    const keys = typeof shape === 'number' ? shapes[shape] : undefined;
    if (keys === undefined || values.length !== at + keys.length) throw new Error('bad row');
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) out[keys[i]] = values[at + i];
    return out as T;
  };
  const column = (r: unknown): [string, ColumnInfo] => {
    if (!Array.isArray(r) || typeof r[0] !== 'number') throw new Error('bad column');
    if (r[0] >= 0) {
      const c = record<ColumnInfo>(r[0], r, 1);
      if (typeof c.name !== 'string') throw new Error('bad column');
      return [c.name, c];
    }
    if (typeof r[1] !== 'string') throw new Error('bad column');
    return [r[1], record<ColumnInfo>(-1 - r[0], r, 2)];
  };
  const lazy: [string, () => Map<string, ColumnInfo>, KeyColumn[]][] = [];
  const names = new Set<string>();
  let at = from;
  for (const t of tables) {
    if (!Array.isArray(t) || t.length !== 3) throw new Error('bad table');
    const [name, length, keyList] = t;
    if (typeof name !== 'string' || names.has(name) || !Number.isSafeInteger(length) || length < 2 || !Array.isArray(keyList)) throw new Error('bad table');
    names.add(name);
    const keys = keyList.map((k): KeyColumn => {
      if (!Array.isArray(k) || k.length !== 2 || typeof k[0] !== 'string' || (k[1] !== 0 && k[1] !== 1)) throw new Error('bad key column');
      return { name: k[0], primaryKey: k[1] === 1 };
    });
    const start = at;
    at += length;
    if (at > payload.length) throw new Error('bad table length');
    lazy.push([
      name,
      () => {
        try {
          const rows = JSON.parse(payload.toString('utf8', start, start + length)) as unknown;
          if (!Array.isArray(rows)) throw new Error('not a list');
          const columns = new Map(rows.map(column));
          // What the index said of its key columns is what its columns say (the index answered for it until now).
          const found: KeyColumn[] = [];
          for (const c of columns.values()) if (c.unique || c.primaryKey) found.push({ name: c.name, primaryKey: c.primaryKey === true });
          if (found.length !== keys.length || found.some((k, i) => k.name !== keys[i].name || k.primaryKey !== keys[i].primaryKey)) throw new Error('key columns differ');
          return columns;
        } catch (error) {
          throw new Error(`The replay cache entry ${key} holds a table (${name}) that cannot be read back (${(error as Error).message}): delete the cache folder (docs/cache.md) and run again.`);
        }
      },
      keys,
    ]);
  }
  if (at !== payload.length) throw new Error('bad payload length');
  const state: CatalogState = {
    ...catalog,
    tables: [],
    indexes: indexes.map((r): [string, IndexInfo] => {
      if (!Array.isArray(r) || typeof r[0] !== 'string') throw new Error('bad index');
      return [r[0], record<IndexInfo>(r[1], r, 2)];
    }),
  };
  return Catalog.fromState(state, new LazyTables(lazy));
}

/** Bump when the base plan's shape or meaning changes without a version change. */
const PLAN_FORMAT = 'rollback-guard base plan 2';

/**
 * A base plan, compact and quick to read back (a 20,000-file history's is ~0.3 MB), strings by
 * their index in `strings`: per keyed path, in order, the index of its kind of classification in
 * `kinds` (`[as, set, reason, framework, part]`, framework and part -1 when it is no migration;
 * a migration's path is the keyed one) and its version; then, per base migration (the rows with a
 * file, in order), its dialect reading (`plan.ts`'s `BaseDialects`) as runs of equal readings
 * `[count, dialect, by]`, the indexes of those decided by their neighbours, the content votes per
 * folder and per set (`[folder or set, dialects, count]`), and the files that run on more
 * dialects than their own (`[index, dialects]`).
 */
interface PlanPayload {
  strings: string[];
  kinds: [number, number, number, number, number][];
  rows: number[];
  versions: (string | null)[];
  readings: [number, number, number][];
  pending: number[];
  folders: [number, number[], number][];
  sets: [number, number[], number][];
  runsOn: [number, number[]][];
}

/**
 * The key of a base commit's migration plan, computed from its listing without reading a blob:
 * SHA-256 over the format, the version and build, the whole configuration, and the path and tree
 * record (mode, object id, size) of every file of `paths`: the listed files whose names may make
 * them migrations or schema files (SQL files, changelogs, code migrations) and the framework
 * settings files that decide dialects (`migration_lock.toml`, `meta/_journal.json`): all that the
 * plan reads (a base file's text, the names of the other SQL files, those settings). Undefined (no
 * cache) when the snapshot has no object ids, or when one of them is a symbolic link (its text is
 * another file's).
 */
export function basePlanKey(tree: Snapshot, paths: readonly string[], config: Config, toolId: string): string | undefined {
  if (!tree.objectId) return undefined;
  try {
    const { part, digest } = keyHash(PLAN_FORMAT, toolId, config);
    part(`files ${paths.length}`);
    // One string of length-prefixed parts, hashed at once (20,000 files: 80,000 small updates otherwise).
    const records: string[] = [];
    for (const path of paths) {
      const id = tree.objectId(path);
      if (id === undefined || id.startsWith('120000')) return undefined;
      records.push(`${path.length}:${path}${id.length}:${id}`);
    }
    part(records.join(''));
    return digest();
  } catch {
    return undefined;
  }
}

export interface BasePlan {
  /** How many paths the plan classifies. */
  readonly size: number;
  /** The classification of one of the plan's paths (decoded when first asked); undefined for a path it does not classify. */
  classification(path: string): Classification | undefined;
  /** Each of the plan's paths with its classification, in order (all of them decoded: a run that writes an entry). */
  entries(): IterableIterator<[string, Classification]>;
  /** How many of its paths are migrations (the rows with a file). */
  readonly migrationCount: number;
  /** The plan's migration `i` (the rows with a file, in order): its file and set, decoded when first asked. */
  migration(i: number): { file: MigrationFile; set: number };
  /** Whether any of its migrations is a Liquibase one. */
  readonly liquibase: boolean;
  /** The base migrations' dialects (the rows with a file, in order). */
  dialects: BaseDialects;
}

/** A kind of classification of the plan payload's `kinds`, decoded. */
interface Kind {
  as: Classification['as'];
  set: number;
  reason: string;
  framework: MigrationFile['framework'] | null;
  part: MigrationFile['part'] | null;
}

/**
 * A plan as its payload holds it, checked whole when read (`decodePlan`) and decoded a row at a
 * time when asked (issue 18's warm run: a hit asks of 20,000 rows the PR's paths, a baseline
 * candidate or two and the histories' newest files; 20,000 classification and file objects made
 * and collected cost ~40 ms sampled of a 0.5 s run). A row is decoded once: its classification's
 * file is the migration's (the same object, as when all were decoded up front).
 */
class StoredPlan implements BasePlan {
  private readonly decoded = new Map<number, Classification>();
  /** Path → row, made when more than `LINEAR_LOOKUPS` paths have been asked. */
  private rowAt: Map<string, number> | undefined;
  private asked = 0;

  constructor(
    private readonly paths: readonly string[],
    private readonly kinds: readonly Kind[],
    private readonly rows: readonly number[],
    private readonly versions: readonly (string | null)[],
    /** The row of each migration, in order. */
    private readonly migrationRows: Int32Array,
    readonly dialects: BaseDialects,
    readonly liquibase: boolean,
  ) {}

  get size(): number {
    return this.paths.length;
  }

  get migrationCount(): number {
    return this.migrationRows.length;
  }

  private row(r: number): Classification {
    let c = this.decoded.get(r);
    if (c === undefined) {
      const kind = this.kinds[this.rows[r]];
      // Exactly these fields, in this order: plan.ts's `planFileIn` copies them by name.
      const file: MigrationFile | null = kind.framework !== null && kind.part !== null ? { path: this.paths[r], framework: kind.framework, version: this.versions[r], part: kind.part } : null;
      this.decoded.set(r, (c = { file, as: kind.as, set: kind.set, reason: kind.reason }));
    }
    return c;
  }

  classification(path: string): Classification | undefined {
    // The paths are unique (`decodePlan`), so the first match is the row. A few paths asked (a hit
    // asks the PR's deleted files and a baseline candidate or two): a scan of the list, ~0.1 ms
    // each against 10-15 ms to build a map of 20,000; past a few, the map (each path once after).
    let r: number | undefined;
    if (this.rowAt === undefined && ++this.asked <= LINEAR_LOOKUPS) r = this.paths.indexOf(path);
    else {
      if (this.rowAt === undefined) {
        this.rowAt = new Map();
        for (let i = 0; i < this.paths.length; i++) this.rowAt.set(this.paths[i], i);
      }
      r = this.rowAt.get(path);
    }
    return r === undefined || r === -1 ? undefined : this.row(r);
  }

  *entries(): IterableIterator<[string, Classification]> {
    for (let r = 0; r < this.paths.length; r++) yield [this.paths[r], this.row(r)];
  }

  migration(i: number): { file: MigrationFile; set: number } {
    if (!Number.isInteger(i) || i < 0 || i >= this.migrationRows.length) throw new RangeError(`no migration ${i} in the plan`);
    const c = this.row(this.migrationRows[i]);
    return { file: c.file as MigrationFile, set: c.set };
  }
}

/** How many paths a stored plan looks up by scanning its list before it makes a map of them. */
const LINEAR_LOOKUPS = 16;

/**
 * Whether `paths` holds no path twice: asked without a set of 20,000 strings when they come in
 * increasing order (a listing's are, in git's byte order, which JavaScript's order of UTF-16 units
 * follows but for characters beyond the BMP); else by a set.
 */
function distinct(paths: readonly string[]): boolean {
  let increasing = true;
  for (let i = 1; i < paths.length && increasing; i++) increasing = paths[i - 1] < paths[i];
  return increasing || new Set(paths).size === paths.length;
}

const KNOWN_DIALECTS: ReadonlySet<string> = new Set(DIALECTS);

/**
 * The cached plan of `key` for `paths` (the base files the plan classifies, in order), when its
 * entry is whole and of the right shape; null otherwise (the plan is computed, and written again).
 */
export function readBasePlan(store: ReplayStore, key: string, paths: readonly string[]): BasePlan | null {
  try {
    return decodePlan(readChecked(store, key, PLAN_FORMAT) as Partial<PlanPayload> | null, paths);
  } catch {
    return null;
  }
}

/** The plan a payload holds for `paths`; null when it is not one of the right shape. */
function decodePlan(payload: Partial<PlanPayload> | null, paths: readonly string[]): BasePlan | null {
  try {
    if (!payload || typeof payload !== 'object') return null;
    const { strings, kinds, rows, versions, readings, pending, folders, sets, runsOn } = payload;
    if (!Array.isArray(strings) || !strings.every((x) => typeof x === 'string') || !Array.isArray(kinds) || !Array.isArray(rows) || !Array.isArray(versions)) return null;
    if (rows.length !== paths.length || versions.length !== paths.length) return null;
    if (!Array.isArray(readings) || !Array.isArray(pending) || !Array.isArray(folders) || !Array.isArray(sets) || !Array.isArray(runsOn)) return null;
    const str = (i: unknown): string => {
      if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= strings.length) throw new Error('bad index');
      return strings[i];
    };
    const dialect = (i: unknown): Dialect => {
      const d = str(i);
      if (!KNOWN_DIALECTS.has(d)) throw new Error('bad dialect');
      return d as Dialect;
    };
    const count = (n: unknown, max = Number.MAX_SAFE_INTEGER): number => {
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > max) throw new Error('bad number');
      return n;
    };
    const dialectList = (list: unknown): Dialect[] => {
      if (!Array.isArray(list) || list.length === 0) throw new Error('bad list');
      return list.map(dialect);
    };
    const kindList = kinds.map((k): Kind => {
      if (!Array.isArray(k) || k.length !== 5) throw new Error('bad kind');
      const migration = k[3] !== -1 || k[4] !== -1;
      return { as: str(k[0]) as Classification['as'], set: count(k[1]), reason: str(k[2]), framework: migration ? (str(k[3]) as MigrationFile['framework']) : null, part: migration ? (str(k[4]) as MigrationFile['part']) : null };
    });
    // Every row checked here (a payload of the wrong shape is a miss, not an error later); the
    // classifications and files are made when asked (`StoredPlan`). The loops over the rows call
    // nothing and make nothing: they run once per process, mostly before the code is optimised.
    if (!distinct(paths)) return null;
    const isMigration = kindList.map((k) => k.framework !== null && k.part !== null);
    const isLiquibase = kindList.map((k, i) => isMigration[i] && k.framework === 'liquibase');
    let liquibase = false;
    const migrationRows = new Int32Array(paths.length);
    let migrations = 0;
    const kindCount = kindList.length;
    for (let i = 0; i < paths.length; i++) {
      const k = rows[i] as unknown;
      if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k >= kindCount) return null;
      const version = versions[i] as unknown;
      if (isMigration[k]) {
        if (!(version === null || typeof version === 'string')) return null;
        migrationRows[migrations++] = i;
        if (isLiquibase[k]) liquibase = true;
      } else if (version !== null) return null;
    }
    // Runs of equal readings, each reading one object (20,000 files share a few), filled run by run.
    const decided = new Array<DialectReading>(migrations);
    const byKey = new Map<string, DialectReading>();
    let filled = 0;
    for (const run of readings) {
      if (!Array.isArray(run) || run.length !== 3) return null;
      const n = count(run[0], migrations - filled);
      const id = `${run[1]} ${run[2]}`;
      let reading = byKey.get(id);
      if (reading === undefined) byKey.set(id, (reading = { dialect: dialect(run[1]), by: str(run[2]) }));
      decided.fill(reading, filled, filled + n);
      filled += n;
    }
    if (filled !== migrations) return null;
    for (const i of pending) if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= migrations) return null;
    function votes<K>(v: unknown, keyOf: (k: unknown) => K): [K, { dialects: Dialect[]; count: number }] {
      if (!Array.isArray(v) || v.length !== 3) throw new Error('bad votes');
      return [keyOf(v[0]), { dialects: dialectList(v[1]), count: count(v[2]) }];
    }
    const dialects: BaseDialects = {
      readings: decided,
      pending: pending as number[],
      folders: new Map(folders.map((v) => votes(v, str))),
      sets: new Map(sets.map((v) => votes(v, (n) => count(n)))),
      runsOn: new Map(
        runsOn.map((r): [number, Dialect[]] => {
          if (!Array.isArray(r) || r.length !== 2) throw new Error('bad runsOn');
          return [count(r[0], migrations - 1), dialectList(r[1])];
        }),
      ),
    };
    return new StoredPlan(paths, kindList, rows as number[], versions as (string | null)[], migrationRows.slice(0, migrations), dialects, liquibase);
  } catch {
    return null;
  }
}

/** Writes the plan of `key`; a store that cannot be written is left alone (so is a plan this encoding cannot hold). */
export function writeBasePlan(store: ReplayStore, key: string, classifications: Iterable<[string, Classification]>, base: BaseDialects): void {
  try {
    const payload = encodePlan(classifications, base);
    if (payload) writeChecked(store, key, PLAN_FORMAT, JSON.stringify(payload));
  } catch {
    // The next run plans again.
  }
}

/** A plan as its compact payload; null when this encoding cannot hold it. */
function encodePlan(classifications: Iterable<[string, Classification]>, base: BaseDialects): PlanPayload | null {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (x: string): number => {
    let i = index.get(x);
    if (i === undefined) index.set(x, (i = strings.push(x) - 1));
    return i;
  };
  const kinds: PlanPayload['kinds'] = [];
  const kindIndex = new Map<string, number>();
  const rows: number[] = [];
  const versions: (string | null)[] = [];
  let migrations = 0;
  for (const [path, c] of classifications) {
    const file = c.file;
    // Only the fields this encoding keeps: a classification with more is not cached.
    if (file !== null && (file.path !== path || Object.keys(file).some((k) => k !== 'path' && k !== 'framework' && k !== 'version' && k !== 'part'))) return null;
    const kind: PlanPayload['kinds'][number] = [at(c.as), c.set, at(c.reason), file === null ? -1 : at(file.framework), file === null ? -1 : at(file.part)];
    const id = kind.join(' ');
    let k = kindIndex.get(id);
    if (k === undefined) kindIndex.set(id, (k = kinds.push(kind) - 1));
    rows.push(k);
    versions.push(file === null ? null : file.version);
    if (file !== null) migrations++;
  }
  if (migrations !== base.readings.length) return null;
  const readings: PlanPayload['readings'] = [];
  let last: DialectReading | undefined;
  for (const r of base.readings) {
    if (last !== undefined && r.dialect === last.dialect && r.by === last.by) readings[readings.length - 1][0]++;
    else readings.push([1, at(r.dialect), at(r.by)]);
    last = r;
  }
  const payload: PlanPayload = {
    strings,
    kinds,
    rows,
    versions,
    readings,
    pending: base.pending,
    folders: [...base.folders].map(([folder, v]) => [at(folder), v.dialects.map(at), v.count]),
    sets: [...base.sets].map(([set, v]) => [set, v.dialects.map(at), v.count]),
    runsOn: [...base.runsOn].map(([i, dialects]) => [i, dialects.map(at)]),
  };
  return payload;
}

/** Bump when the base tree entry's shape or meaning changes without a version change. */
const TREE_FORMAT = 'rollback-guard base tree 4';

/**
 * The base tree entry: what a run learns from listing the base commit's tree, kept under the tree's
 * own object id, so that a run on the same base tree (a re-run, a new push, another PR on the same
 * tip) neither lists it nor keys the plan path by path: the plan's key, the plan's paths (the base
 * files whose names may make them migrations, ignored ones left out, in listing order), the paths
 * `findBaselines` looks among (runs `[start, count]` of the plan's paths, or a path of its own,
 * in listing order), the plan itself (`PlanPayload`), and base's framework settings files with
 * their listing records (`settings`), so that whether head has one beside a PR file is told
 * without git (`Snapshot.knowListed`), and what each history's analysis asks of all its base
 * migrations (`facts`, `history-facts.ts`'s records), so that a run asks a few values of them.
 */
interface TreePayload {
  planKey: string;
  paths: string[];
  baselines: ([number, number] | string)[];
  /** Indexes into the baseline paths of the code baseline files (Rails' `schema.rb`, EF Core's model snapshot). */
  code: number[];
  /** Indexes into the baseline paths, increasing, of the others that the plan classifies as no migration (`BaselinePaths.notMigrations`). */
  notMigrations: number[];
  plan: PlanPayload;
  /** Every base path the plan reads as a framework settings file (`isDialectSettingsPath`), with its listing record (`<mode> <type> <oid> <size>`); absent when a record was not known. */
  settings?: [string, string][];
  /** Per history (set and dialect) of the plan's base files, its facts (`FactsRecord`), read by `plan.ts` against the plan's migrations. */
  facts: unknown[];
}

/** The files `findBaselines` looks among: the base's SQL and code baseline files, ignored ones left out, in listing order; `code`: the code baseline ones among them, in order. */
export interface BaselinePaths {
  paths: string[];
  code: string[];
  /**
   * The others (not code) that the plan classifies as no migration, in order: those `findBaselines`
   * looks among for schema files, kept by the base tree entry so that a hit does not ask the plan
   * about each of 20,000 migrations. Absent: `findBaselines` asks the detector.
   */
  notMigrations?: string[];
}

/**
 * The key of a base tree entry: SHA-256 over the format, the version and build, the whole
 * configuration, and the base commit's root tree id. The tree id names every path and blob of the
 * base, so the entry is exactly what listing that tree and planning it gives under that config and build.
 */
export function baseTreeKey(treeId: string, config: Config, toolId: string): string | undefined {
  try {
    const { part, digest } = keyHash(TREE_FORMAT, toolId, config);
    part(`tree ${treeId}`);
    return digest();
  } catch {
    return undefined;
  }
}

export interface BaseTree {
  /** The base plan's key (`basePlanKey`) the listing gives. */
  planKey: string;
  /** The plan's paths, in order. */
  paths: string[];
  baselines: BaselinePaths;
  plan: BasePlan;
  /** Base's framework settings files with their listing records (`TreePayload.settings`); undefined when the entry has none. */
  settings?: [string, string][];
  /** The histories' facts as stored (`FactsRecord`s, checked by `plan.ts` against the plan: a record that does not fit is a miss). */
  facts: unknown[];
}

/** The base tree entry of `key` when it is whole and of the right shape; null otherwise (the tree is listed). */
export function readBaseTree(store: ReplayStore, key: string): BaseTree | null {
  try {
    const payload = readChecked(store, key, TREE_FORMAT) as Partial<TreePayload> | null;
    if (!payload || typeof payload !== 'object') return null;
    const { planKey, paths, baselines, code, notMigrations } = payload;
    if (typeof planKey !== 'string' || !/^[0-9a-f]{64}$/.test(planKey) || !Array.isArray(paths) || !Array.isArray(baselines) || !Array.isArray(code) || !Array.isArray(notMigrations)) return null;
    for (const p of paths) if (typeof p !== 'string') return null;
    const baselinePaths: string[] = [];
    for (const b of baselines) {
      if (typeof b === 'string') baselinePaths.push(b);
      else {
        if (!Array.isArray(b) || b.length !== 2) return null;
        const [start, count] = b;
        if (!Number.isInteger(start) || !Number.isInteger(count) || start < 0 || count < 1 || start + count > paths.length) return null;
        for (let i = start; i < start + count; i++) baselinePaths.push(paths[i]);
      }
    }
    const codePaths: string[] = [];
    for (const i of code) {
      if (!Number.isInteger(i) || i < 0 || i >= baselinePaths.length) return null;
      codePaths.push(baselinePaths[i]);
    }
    const others: string[] = [];
    for (const i of notMigrations) {
      if (!Number.isInteger(i) || i < (others.length === 0 ? 0 : (notMigrations[others.length - 1] as number) + 1) || i >= baselinePaths.length) return null;
      others.push(baselinePaths[i]);
    }
    const { settings } = payload;
    if (settings !== undefined && (!Array.isArray(settings) || !settings.every((s) => Array.isArray(s) && s.length === 2 && typeof s[0] === 'string' && typeof s[1] === 'string' && LISTING_RECORD.test(s[1])))) return null;
    const { facts } = payload;
    if (!Array.isArray(facts)) return null;
    const plan = decodePlan(payload.plan ?? null, paths);
    return plan ? { planKey, paths, baselines: { paths: baselinePaths, code: codePaths, notMigrations: others }, plan, ...(settings === undefined ? {} : { settings }), facts } : null;
  } catch {
    return null;
  }
}

/** Writes the base tree entry of `key`; a store that cannot be written (or a plan this encoding cannot hold) is left alone. */
export function writeBaseTree(store: ReplayStore, key: string, tree: { planKey: string; baselines: BaselinePaths; classifications: Iterable<[string, Classification]>; dialects: BaseDialects; settings?: [string, string | undefined][]; facts: unknown[] }): void {
  try {
    const classified = Array.from(tree.classifications);
    const plan = encodePlan(classified, tree.dialects);
    if (!plan) return;
    const paths = classified.map(([p]) => p);
    const at = new Map<string, number>();
    paths.forEach((p, i) => at.set(p, i));
    const baselines: TreePayload['baselines'] = [];
    for (const p of tree.baselines.paths) {
      const i = at.get(p);
      const last = baselines[baselines.length - 1];
      if (i === undefined) baselines.push(p);
      else if (Array.isArray(last) && last[0] + last[1] === i) last[1]++;
      else baselines.push([i, 1]);
    }
    const codeAt = new Set(tree.baselines.code);
    const code = tree.baselines.paths.flatMap((p, i) => (codeAt.has(p) ? [i] : []));
    if (code.length !== codeAt.size) return;
    // The baseline candidates `findBaselines` looks among for schema files: not code, and no
    // migration of the plan (a path it does not classify is none).
    const notMigrations = tree.baselines.paths.flatMap((p, i) => {
      const row = at.get(p);
      return codeAt.has(p) || (row !== undefined && classified[row][1].file !== null) ? [] : [i];
    });
    // Kept only when every settings file's record is known and is one (else the entry tells none: git is asked).
    const settings = tree.settings?.every((s): s is [string, string] => s[1] !== undefined && LISTING_RECORD.test(s[1])) ? tree.settings : undefined;
    writeChecked(store, key, TREE_FORMAT, JSON.stringify({ planKey: tree.planKey, paths, baselines, code, notMigrations, plan, ...(settings === undefined ? {} : { settings }), facts: tree.facts } satisfies TreePayload));
  } catch {
    // The next run lists the tree again.
  }
}

/** A tree listing's record of a path (`git ls-tree -l`: mode, type, object id, size or `-`). */
const LISTING_RECORD = /^[0-7]{6} [a-z]+ [0-9a-f]{40,64} +(?:\d+|-)$/;

/** Bump when a base tree count's meaning changes without a version change. */
const COUNT_FORMAT = 'rollback-guard base tree count 1';

/**
 * A number that is a function of the base commit's tree, the configuration and the build alone
 * (`name` says which: the code-references search's count of source files in scope), remembered
 * under the tree's object id: a run on the same base tree does not list the tree to count again.
 * Computed (and written) when there is no store, no tree id, or no whole entry of this key.
 */
export function baseTreeCount(changes: { baseTree: Snapshot; replayCache?: ReplayStore }, config: Config, name: string, compute: () => number): number {
  const store = changes.replayCache;
  const treeId = store ? changes.baseTree.treeId?.() : undefined;
  let key: string | undefined;
  if (store && treeId !== undefined) {
    try {
      const { part, digest } = keyHash(COUNT_FORMAT, store.toolId(), config);
      part(`tree ${treeId}`);
      part(name);
      key = digest();
      const payload = readChecked(store, key, COUNT_FORMAT) as { count?: unknown } | null;
      const count = payload?.count;
      if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) return count;
    } catch {
      // Damaged: counted again, and written again.
    }
  }
  const count = compute();
  if (store && key !== undefined) {
    try {
      writeChecked(store, key, COUNT_FORMAT, JSON.stringify({ count }));
    } catch {
      // The next run counts again.
    }
  }
  return count;
}
