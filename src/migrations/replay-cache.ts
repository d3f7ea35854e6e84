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
 * Beside it, the base plan (`basePlanKey`): which base files are migrations and what their content
 * says of their dialect, keyed by the object ids of the base's SQL, changelog and code-migration
 * files, so that a hit neither reads nor classifies them (`plan.ts`).
 */
import { createHash } from 'node:crypto';
import type { Config, Dialect } from '../config/types.js';
import type { ReplayStore, Snapshot } from '../changes/types.js';
import { VERSION } from '../version.js';
import type { DefinedRoutine } from './analyse.js';
import { Catalog, type CatalogState } from './catalog.js';
import type { Classification, MigrationFile } from './detect.js';
import type { DialectReading } from './dialect-inference.js';
import type { BaseMigration } from './plan.js';
import type { RoutineBody } from './routines.js';

/** Bump when the payload's shape or the replay's meaning changes without a version change. */
const FORMAT = 'rollback-guard replay 2';

interface Payload {
  catalog: CatalogState;
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
  /** The base plan's key (`basePlanKey`), which covers the migrations' texts by object id: they are then not hashed (nor read). */
  basis?: string;
}

/** The key of a replay: hex SHA-256 of all it depends on. */
export function replayKey(inputs: ReplayInputs, toolId: string): string {
  const { part, digest } = keyHash(FORMAT, toolId, inputs.config);
  part(inputs.dialect);
  if (inputs.basis !== undefined) part(`basis ${inputs.basis}`);
  for (const [what, list] of [['baselines', inputs.baselines], ['migrations', inputs.migrations]] as const) {
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

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Writes `payload` as `key`'s entry of `format`: a header line with its checksum, then the payload. */
function writeChecked(store: ReplayStore, key: string, format: string, payload: string): void {
  store.write(key, `${JSON.stringify({ format, key, sha256: sha256(payload) } satisfies Header)}\n${payload}`);
}

/** The parsed payload of `key`'s entry when it is whole (its format, key and checksum match); null otherwise. Throws on damage. */
function readChecked(store: ReplayStore, key: string, format: string): unknown {
  const text = store.read(key);
  if (text === null) return null;
  const eol = text.indexOf('\n');
  if (eol === -1) return null;
  const header = JSON.parse(text.slice(0, eol)) as Partial<Header>;
  const payload = text.slice(eol + 1);
  if (header.format !== format || header.key !== key || header.sha256 !== sha256(payload)) return null;
  return JSON.parse(payload) as unknown;
}

/**
 * The replay `replay` computes (filling `routines`), taken from `store` when it holds this key's
 * entry, else computed and written there. Without a store: `replay()` itself.
 */
export function cachedReplay(store: ReplayStore | undefined, inputs: ReplayInputs, routines: Map<string, DefinedRoutine>, replay: () => Catalog): Catalog {
  if (!store || inputs.baselines.length + inputs.migrations.length === 0) return replay();
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
    writeChecked(store, key, FORMAT, JSON.stringify({ catalog: catalog.toState(), routines: [...routines].map(([name, r]) => [name, r.file, r.body()]) } satisfies Payload));
  } catch {
    // A cache that cannot be written costs the next run a replay, nothing else.
  }
  return catalog;
}

/** This key's entry, checked; null for anything but a whole, matching one. */
function readEntry(store: ReplayStore, key: string): { catalog: Catalog; routines: Payload['routines'] } | null {
  try {
    const payload = readChecked(store, key, FORMAT) as Payload | null;
    if (!payload) return null;
    if (!Array.isArray(payload.routines) || !payload.routines.every((r) => Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'string' && Array.isArray(r[2]?.ops))) return null;
    return { catalog: Catalog.fromState(payload.catalog), routines: payload.routines };
  } catch {
    return null;
  }
}

/** Bump when the base plan's shape or meaning changes without a version change. */
const PLAN_FORMAT = 'rollback-guard base plan 1';

/**
 * A base plan, compact (a 20,000-file history's is ~0.5 MB): per keyed path, in order, its
 * classification as `[as, set, reason, file]` (`file`: null, or `[framework, version, part]`; the
 * path is the keyed one) and its content dialect (`dialects[i]`: 0 not asked, -1 none shown, else
 * `[dialect, by]`), strings by their index in `strings`.
 */
interface PlanPayload {
  strings: string[];
  rows: [number, number, number, [number, string | null, number] | null][];
  dialects: (0 | -1 | [number, number])[];
}

/**
 * The key of a base commit's migration plan, computed from its listing without reading a blob:
 * SHA-256 over the format, the version and build, the whole configuration, and the path and object
 * id of every file of `paths` (the listed files whose names may make them migrations or schema
 * files: SQL files, changelogs, code migrations; all that the classification of a base file reads:
 * its text, and the names of the other SQL files). Undefined (no cache) when the snapshot has no
 * object ids, or when one of them is a symbolic link (its text is another file's).
 */
export function basePlanKey(tree: Snapshot, paths: readonly string[], config: Config, toolId: string): string | undefined {
  if (!tree.objectId) return undefined;
  try {
    const { part, digest } = keyHash(PLAN_FORMAT, toolId, config);
    part(`files ${paths.length}`);
    for (const path of paths) {
      const id = tree.objectId(path);
      if (id === undefined || id.startsWith('120000')) return undefined;
      part(path);
      part(id);
    }
    return digest();
  } catch {
    return undefined;
  }
}

export interface BasePlan {
  /** Each of the plan's paths with its classification, in order. */
  classifications: [string, Classification][];
  /** The content dialects known (undefined: the file shows none). */
  contentDialects: Map<string, DialectReading | undefined>;
}

/**
 * The cached plan of `key` for `paths` (the base files the plan classifies, in order), when its
 * entry is whole and of the right shape; null otherwise (the plan is computed, and written again).
 */
export function readBasePlan(store: ReplayStore, key: string, paths: readonly string[]): BasePlan | null {
  try {
    const payload = readChecked(store, key, PLAN_FORMAT) as Partial<PlanPayload> | null;
    if (!payload) return null;
    const { strings, rows, dialects } = payload;
    if (!Array.isArray(strings) || !strings.every((x) => typeof x === 'string') || !Array.isArray(rows) || !Array.isArray(dialects)) return null;
    if (rows.length !== paths.length || dialects.length !== paths.length) return null;
    const str = (i: unknown): string => {
      if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= strings.length) throw new Error('bad index');
      return strings[i];
    };
    const classifications: [string, Classification][] = [];
    const contentDialects = new Map<string, DialectReading | undefined>();
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i];
      const row = rows[i];
      if (!Array.isArray(row) || row.length !== 4 || typeof row[1] !== 'number' || !Number.isInteger(row[1]) || row[1] < 0) return null;
      const f = row[3];
      let file: MigrationFile | null = null;
      if (f !== null) {
        if (!Array.isArray(f) || f.length !== 3 || !(f[1] === null || typeof f[1] === 'string')) return null;
        file = { path, framework: str(f[0]) as MigrationFile['framework'], version: f[1], part: str(f[2]) as MigrationFile['part'] };
      }
      classifications.push([path, { file, as: str(row[0]) as Classification['as'], set: row[1], reason: str(row[2]) }]);
      const d = dialects[i];
      if (d === -1) contentDialects.set(path, undefined);
      else if (Array.isArray(d) && d.length === 2) contentDialects.set(path, { dialect: str(d[0]) as DialectReading['dialect'], by: str(d[1]) });
      else if (d !== 0) return null;
    }
    return { classifications, contentDialects };
  } catch {
    return null;
  }
}

/** Writes the plan of `key` (the content dialects of its paths only); a store that cannot be written is left alone. */
export function writeBasePlan(store: ReplayStore, key: string, classifications: [string, Classification][], contentDialects: ReadonlyMap<string, DialectReading | undefined>): void {
  try {
    const strings: string[] = [];
    const index = new Map<string, number>();
    const at = (x: string): number => {
      let i = index.get(x);
      if (i === undefined) index.set(x, (i = strings.push(x) - 1));
      return i;
    };
    const rows: PlanPayload['rows'] = [];
    const dialects: PlanPayload['dialects'] = [];
    for (const [path, c] of classifications) {
      const file = c.file;
      // Only the fields this encoding keeps: a classification with more is not cached.
      if (file !== null && (file.path !== path || Object.keys(file).some((k) => k !== 'path' && k !== 'framework' && k !== 'version' && k !== 'part'))) return;
      rows.push([at(c.as), c.set, at(c.reason), file === null ? null : [at(file.framework), file.version, at(file.part)]]);
      if (!contentDialects.has(path)) dialects.push(0);
      else {
        const r = contentDialects.get(path);
        dialects.push(r === undefined ? -1 : [at(r.dialect), at(r.by)]);
      }
    }
    writeChecked(store, key, PLAN_FORMAT, JSON.stringify({ strings, rows, dialects } satisfies PlanPayload));
  } catch {
    // The next run plans again.
  }
}
