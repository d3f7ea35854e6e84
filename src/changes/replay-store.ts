/**
 * The replay cache's folder (`migrations/replay-cache.ts` decides what goes in it and checks what
 * comes out): `<git dir>/rollback-guard/replay/` by default, `$ROLLBACK_GUARD_CACHE` when that is a
 * path, none when it is `off`. One file per key, written whole (a temporary file renamed over it),
 * at most MAX_ENTRIES files (the oldest go), each read only up to the size limit of a repository's
 * files (128 MB; a 20,000-migration history's replay entry is 1.6 MB, its base tree entry 1 MB, its base plan 0.35 MB).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { readRegularFile } from './files.js';
import type { ReplayStore } from './types.js';

/** Entries kept: a few bases (main, release branches) and their recent states: a base tree, a plan, a replay, a code search and a count each. */
export const MAX_ENTRIES = 32;

const KEY = /^[0-9a-f]{64}$/;

/** The store of a repository whose git directory `gitDir()` names (asked on first use only: most runs replay nothing). */
export function replayStoreFor(gitDir: () => string | null, env: NodeJS.ProcessEnv = process.env): ReplayStore | undefined {
  const setting = env.ROLLBACK_GUARD_CACHE?.trim();
  if (setting === 'off' || setting === '0' || setting === 'false') return undefined;
  let dir: string | null | undefined;
  const folder = (): string | null => {
    if (dir !== undefined) return dir;
    if (setting) return (dir = resolve(setting));
    const git = gitDir();
    return (dir = git === null ? null : join(git, 'rollback-guard', 'replay'));
  };
  return directoryStore(folder);
}

/** A store in the folder `folder()` names (null: no store; every read misses, writes are dropped). */
export function directoryStore(folder: () => string | null): ReplayStore {
  let tool: string | undefined;
  return {
    read(key) {
      const dir = folder();
      if (dir === null || !KEY.test(key)) return null;
      return readBounded(join(dir, `${key}.json`));
    },
    readBytes(key) {
      const dir = folder();
      if (dir === null || !KEY.test(key)) return null;
      return readBoundedBytes(join(dir, `${key}.json`));
    },
    write(key, text) {
      const dir = folder();
      if (dir === null || !KEY.test(key)) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join(dir, `.${key}.${process.pid}.tmp`);
        writeFileSync(tmp, text);
        renameSync(tmp, join(dir, `${key}.json`));
        prune(dir);
      } catch {
        // A read-only checkout or a full disk: the next run replays again.
      }
    },
    toolId() {
      tool ??= entryScriptId();
      return tool;
    },
  };
}

/** A regular file's text (at most MAX_FILE_BYTES, the limit of a repository's files); null when absent or unreadable. */
function readBounded(path: string): string | null {
  return readBoundedBytes(path)?.toString('utf8') ?? null;
}

/** A regular file's bytes (at most MAX_FILE_BYTES); null when absent or unreadable. */
function readBoundedBytes(path: string): Buffer | null {
  try {
    const read = readRegularFile(path, true);
    return 'bytes' in read ? read.bytes : null;
  } catch {
    return null;
  }
}

/** Keeps the MAX_ENTRIES newest entries (by modification time); leftover temporary files go too. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.json') || name.endsWith('.tmp'))
    .map((name) => {
      try {
        return { name, mtime: statSync(join(dir, name)).mtimeMs };
      } catch {
        return null;
      }
    })
    .filter((e): e is { name: string; mtime: number } => e !== null)
    .sort((a, b) => b.mtime - a.mtime);
  let kept = 0;
  for (const e of entries) {
    // A temporary file younger than a minute may be another run's write in progress.
    if (e.name.endsWith('.tmp') ? Date.now() - e.mtime < 60_000 : ++kept <= MAX_ENTRIES) continue;
    try {
      unlinkSync(join(dir, e.name));
    } catch {
      // Gone already (another run pruned it).
    }
  }
}

/**
 * The build of the running tool: a hash of its entry script (`dist/cli.js`, `dist/index.js`),
 * which names its chunks by their content hashes, so any change of the bundled code changes it.
 */
function entryScriptId(): string {
  const script = process.argv[1];
  if (!script || !isAbsolute(resolve(script))) return '';
  const text = readBounded(resolve(script));
  return text === null ? '' : createHash('sha256').update(text).digest('hex');
}
