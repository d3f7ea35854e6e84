/**
 * The base history's replay, remembered: a PR on a base whose migrations did not change replays
 * nothing (a 20,000-migration history costs its parse once, not on every push).
 *
 * The key is a SHA-256 over everything the replay is a function of: the cache format, the tool's
 * version and build (`ReplayStore.toolId`), the configuration, the dialect, and each replayed
 * file's detection (path, framework, version, part) and text, in replay order. A change of any of
 * them is another key, so an entry is never stale; the store keeps a few entries and drops the
 * oldest. An entry holds its key and a SHA-256 of its payload: one that does not parse, names
 * another key, fails its checksum or has the wrong shape is ignored (the history is replayed, and
 * the entry written again), never trusted. The checksum catches a truncated or damaged file, not a
 * forged one: the cache is as trustworthy as the folder it lives in (`docs/cache.md`).
 *
 * What is cached is the replay's whole result: the catalog (`Catalog.toState`) and the routines
 * base leaves, each with its body as read (bodies are read on demand otherwise; same result).
 */
import { createHash } from 'node:crypto';
import type { Config, Dialect } from '../config/types.js';
import type { ReplayStore } from '../changes/types.js';
import { VERSION } from '../version.js';
import type { DefinedRoutine } from './analyse.js';
import { Catalog, type CatalogState } from './catalog.js';
import type { BaseMigration } from './plan.js';
import type { RoutineBody } from './routines.js';

/** Bump when the payload's shape or the replay's meaning changes without a version change. */
const FORMAT = 'rollback-guard replay 1';

interface Payload {
  catalog: CatalogState;
  routines: [string, string, RoutineBody][];
}

interface Entry {
  format: string;
  key: string;
  sha256: string;
  payload: string;
}

export interface ReplayInputs {
  config: Config;
  dialect: Dialect;
  baselines: BaseMigration[];
  migrations: BaseMigration[];
}

/** The key of a replay: hex SHA-256 of all it depends on. */
export function replayKey(inputs: ReplayInputs, toolId: string): string {
  const h = createHash('sha256');
  const part = (s: string): void => {
    // Length-prefixed: no two different sequences of parts hash alike.
    h.update(`${s.length}:`);
    h.update(s);
  };
  part(FORMAT);
  part(VERSION);
  part(toolId);
  part(JSON.stringify(inputs.config));
  part(inputs.dialect);
  for (const [what, list] of [['baselines', inputs.baselines], ['migrations', inputs.migrations]] as const) {
    part(`${what} ${list.length}`);
    for (const { file, text } of list) {
      part(JSON.stringify(file));
      part(text === null ? '\0unreadable' : text);
    }
  }
  return h.digest('hex');
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

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
    const payload = JSON.stringify({ catalog: catalog.toState(), routines: [...routines].map(([name, r]) => [name, r.file, r.body()]) } satisfies Payload);
    store.write(key, JSON.stringify({ format: FORMAT, key, sha256: sha256(payload), payload } satisfies Entry));
  } catch {
    // A cache that cannot be written costs the next run a replay, nothing else.
  }
  return catalog;
}

/** This key's entry, checked; null for anything but a whole, matching one. */
function readEntry(store: ReplayStore, key: string): { catalog: Catalog; routines: Payload['routines'] } | null {
  try {
    const text = store.read(key);
    if (text === null) return null;
    const entry = JSON.parse(text) as Partial<Entry>;
    if (entry.format !== FORMAT || entry.key !== key || typeof entry.payload !== 'string' || entry.sha256 !== sha256(entry.payload)) return null;
    const payload = JSON.parse(entry.payload) as Payload;
    if (!Array.isArray(payload.routines) || !payload.routines.every((r) => Array.isArray(r) && r.length === 3 && typeof r[0] === 'string' && typeof r[1] === 'string' && Array.isArray(r[2]?.ops))) return null;
    return { catalog: Catalog.fromState(payload.catalog), routines: payload.routines };
  } catch {
    return null;
  }
}
