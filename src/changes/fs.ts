/** Snapshots of plain directories, for the `sql` and `contract` commands (no git involved). */
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { containsAny, type Snapshot } from './types.js';
import { DATA_FILE } from './file-kinds.js';
import { fileSystemReader, type SkipNote } from './files.js';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Files under `root`; reads never leave it (a symbolic link is followed only to a file inside
 * it). A file that cannot be read (over the size limit, not a regular file, undecodable, a link
 * out) reads as null, with `noteSkip` and `unreadable()` told why.
 */
export function directorySnapshot(root: string, noteSkip: SkipNote = () => {}): Snapshot {
  const realRoot = realpathSync(root);
  let listing: string[] | null = null;
  const read = fileSystemReader(realRoot, noteSkip);
  const snapshot: Snapshot = {
    list() {
      if (listing) return listing;
      const out: string[] = [];
      const walk = (dir: string): void => {
        for (const entry of readdirSync(join(realRoot, dir), { withFileTypes: true })) {
          const rel = dir ? `${dir}/${entry.name}` : entry.name;
          // Links are listed (they read as their target) but never walked into: no cycles.
          if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(rel);
          else if (entry.isFile() || entry.isSymbolicLink()) out.push(rel);
          if (out.length > 100_000) return;
        }
      };
      walk('');
      listing = out.sort();
      return listing;
    },
    read: (path) => read(path).text,
    unreadable: (path) => read(path).reason,
    filesContaining: (needle) => snapshot.list().filter((p) => DATA_FILE.test(p) && containsAny(read(p).text ?? '', needle)),
  };
  return snapshot;
}

/** A snapshot in which the files under `fromDir` are read from `toDir` instead (both relative). */
export function remappedSnapshot(inner: Snapshot, fromDir: string, toDir: string): Snapshot {
  const map = (path: string): string => {
    if (fromDir === toDir) return path;
    if (fromDir === '') return toDir ? `${toDir}/${path}` : path;
    if (path.startsWith(`${fromDir}/`)) return `${toDir ? `${toDir}/` : ''}${path.slice(fromDir.length + 1)}`;
    return path;
  };
  return {
    list: () => inner.list(),
    read: (path) => inner.read(map(path)),
    unreadable: (path) => inner.unreadable?.(map(path)),
    // Found files, named as this snapshot reads them: under `toDir` they appear under `fromDir`.
    filesContaining: (needle) => {
      const found = inner.filesContaining?.(needle) ?? [];
      if (fromDir === toDir) return found;
      const under = (dir: string, p: string): string | null => (dir === '' ? p : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : null);
      const out: string[] = [];
      for (const p of found) {
        const rest = under(toDir, p);
        if (rest !== null) out.push(fromDir ? `${fromDir}/${rest}` : rest);
        else if (under(fromDir, p) === null) out.push(p);
      }
      return out.sort();
    },
  };
}
