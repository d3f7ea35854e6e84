/**
 * Reading a file of the change set, shared by the git and directory snapshots (its own module:
 * `sql` and `contract` read directories and never load git.ts).
 */
import { MAX_FILE_BYTES } from './types.js';

export type SkipNote = (path: string, reason: string) => void;

/** A file's text, or null (with why, to `noteSkip`) when it is over the size limit or binary. */
export function decode(buffer: Buffer, path: string, noteSkip: SkipNote): string | null {
  if (buffer.length > MAX_FILE_BYTES) {
    noteSkip(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
  if (buffer.subarray(0, 8000).includes(0)) {
    noteSkip(path, 'binary file');
    return null;
  }
  return buffer.toString('utf8');
}

/** Repository-relative, no `..` segments, not absolute. */
export function isSafeRelative(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\0');
}
