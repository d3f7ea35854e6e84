/** Snapshots of plain directories, for the `sql` and `contract` commands (no git involved). */
import { lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Snapshot } from './types.js';
import { decode, isSafeRelative, type SkipNote } from './files.js';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Files under `root`; reads never leave it (symbolic links that point outside read as absent).
 * A binary file or one over the size limit reads as absent, with `noteSkip` told why.
 */
export function directorySnapshot(root: string, noteSkip: SkipNote = () => {}): Snapshot {
  const realRoot = realpathSync(root);
  let listing: string[] | null = null;
  const cache = new Map<string, string | null>();
  return {
    list() {
      if (listing) return listing;
      const out: string[] = [];
      const walk = (dir: string): void => {
        for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
          const rel = dir ? `${dir}/${entry.name}` : entry.name;
          if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(rel);
          else if (entry.isFile()) out.push(rel);
          if (out.length > 100_000) return;
        }
      };
      walk('');
      listing = out.sort();
      return listing;
    },
    read(path) {
      if (!cache.has(path)) cache.set(path, readInside(path));
      return cache.get(path) ?? null;
    },
  };

  function readInside(path: string): string | null {
    if (!isSafeRelative(path)) return null;
    try {
      const real = realpathSync(join(root, path));
      const rel = relative(realRoot, real);
      if (rel.startsWith(`..${sep}`) || rel === '..' || !lstatSync(real).isFile()) return null;
      return decode(readFileSync(real), path, noteSkip);
    } catch {
      return null;
    }
  }
}

/** A snapshot in which the files under `fromDir` are read from `toDir` instead (both relative). */
export function remappedSnapshot(inner: Snapshot, fromDir: string, toDir: string): Snapshot {
  const map = (path: string): string => {
    if (fromDir === toDir) return path;
    if (fromDir === '') return toDir ? `${toDir}/${path}` : path;
    if (path.startsWith(`${fromDir}/`)) return `${toDir ? `${toDir}/` : ''}${path.slice(fromDir.length + 1)}`;
    return path;
  };
  return { list: () => inner.list(), read: (path) => inner.read(map(path)) };
}
