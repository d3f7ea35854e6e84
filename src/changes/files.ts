/**
 * Reading a file of the change set, shared by the git, directory and in-memory snapshots (its own
 * module: `sql` and `contract` read directories and never load git.ts): the size bound, the
 * decoding, and symbolic links.
 */
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, constants as fs, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isUtf8 } from 'node:buffer';

/**
 * The hard limit: a file larger than this is not read (an analyser that needed it reports
 * `unreadable-file`). Reading costs about twice the size (bytes, then text) and the analysers at
 * most about ten times more (issue 11's memory budget), so one side's largest file stays near
 * 1.3 GB on a runner with 7 GB; V8 cannot hold a string of more than 512 M characters at all.
 */
export const MAX_FILE_BYTES = 128 * 1024 * 1024;

export type SkipNote = (path: string, reason: string) => void;

/** A file's text, or why it could not be read. */
export type Decoded = { text: string } | { unreadable: string };

/** The reason a file over the hard limit is not read. */
export const TOO_LARGE = `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, the most rollback-guard reads`;

/**
 * Bytes to text. UTF-8 (a BOM is dropped), UTF-16 LE/BE with a BOM (as SQL Server Management
 * Studio and Windows PowerShell write them) or without one when the first characters show it,
 * and, when the bytes are not UTF-8, Latin-1 (lossless: every byte is one character, so an
 * identifier compares equal in base and head; Windows-1252's letters are Latin-1's). NUL bytes pass through: the SQL splitter and the
 * YAML/JSON parsers report what they cannot read. UTF-32 and broken UTF-16 are unreadable.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { unreadable: TOO_LARGE };
  if (isLfsPointer(bytes)) return { unreadable: LFS_POINTER };
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { unreadable: 'UTF-32 text, which rollback-guard does not read (save it as UTF-8)' };
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: utf8OrLegacy(bytes.subarray(3)) };
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bomless = bomlessUtf16(bytes);
  if (bomless) return utf16(bytes, bomless);
  return { text: utf8OrLegacy(bytes) };
}

/** Why a Git LFS pointer is not read as the file it stands for. */
export const LFS_POINTER = 'a Git LFS pointer: the file itself is in LFS storage, which rollback-guard does not fetch';

/**
 * A Git LFS pointer (git-lfs docs/spec.md): under 1024 bytes, its first line `version
 * https://git-lfs.github.com/spec/v1` (or the pre-release `hawser` one), then `oid sha256:` and
 * `size` lines. Git holds the pointer, not the file (a checkout without LFS, `git cat-file`, the
 * API's contents): its text is not the migration or contract the PR ships, so reading it as one
 * would judge three lines of nothing (session 13 audit: an LFS-tracked `.sql` migration passed
 * with only a warning on `version https://…`). Unreadable instead, with why.
 */
function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.length >= 1024 || bytes[0] !== 0x76 /* v */) return false;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\n/.test(text) && /\noid sha256:[0-9a-f]{64}\n/.test(text) && /\nsize \d+(?:\n|$)/.test(text);
}

function utf8OrLegacy(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { unreadable: `not valid ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text (a BOM says UTF-16, the bytes do not follow it)` };
  }
}

/**
 * UTF-16 without a BOM (`iconv -t UTF-16LE`): the first 32 characters are ASCII with a zero byte
 * beside each. A UTF-8 text never has that many NULs at one parity.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 64);
  if (n < 8 || n % 2 !== 0) return null;
  let le = true;
  let be = true;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (!(b === 0 && a !== 0 && a < 0x80)) le = false;
    if (!(a === 0 && b !== 0 && b < 0x80)) be = false;
  }
  return le ? 'utf-16le' : be ? 'utf-16be' : null;
}

/** A file's text, or null (with why, to `noteSkip`) when it cannot be read. */
export function decode(buffer: Uint8Array, path: string, noteSkip: SkipNote): string | null {
  const decoded = decodeBytes(buffer);
  if ('text' in decoded) return decoded.text;
  noteSkip(path, decoded.unreadable);
  return null;
}

/** Repository-relative, no `..` segments, not absolute. */
export function isSafeRelative(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\0');
}

/** What a path is on one side, for `resolveLinks`. */
export type EntryKind = 'file' | 'dir' | { link: string } | { other: string } | null;

/** Where a path leads through symbolic links: a file path, absent, or why it cannot be read. */
export type Resolved = { path: string } | { unreadable: string } | null;

/** Symbolic links followed in a row before giving up (Linux's and git's limit). */
export const MAX_LINK_HOPS = 40;

export const LINK_OUTSIDE = 'a symbolic link to a path outside the repository (not read)';
export const LINK_DANGLING = 'a symbolic link to a path that does not exist (a dangling link)';
export const LINK_FOLDER = 'a symbolic link to a folder, not a file';
export const LINK_LOOP = `a symbolic link loop (more than ${MAX_LINK_HOPS} links in a row)`;

/**
 * Resolve `path` component by component as the operating system would, inside the repository:
 * a link's target is read relative to the link's folder; an absolute target, or one that climbs
 * above the repository's root, leaves it and is never read; more than 40 links in a row is a
 * loop. `kindOf` says what a repository-relative path is (it is asked for each prefix once).
 */
export function resolveLinks(path: string, kindOf: (path: string) => EntryKind): Resolved {
  const pending = path.split('/').reverse();
  const done: string[] = [];
  let hops = 0;
  let viaLink = false;
  while (pending.length > 0) {
    const part = pending.pop() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (done.length === 0) return { unreadable: LINK_OUTSIDE };
      done.pop();
      continue;
    }
    const here = done.length ? `${done.join('/')}/${part}` : part;
    const kind = kindOf(here);
    if (kind === null) return viaLink ? { unreadable: LINK_DANGLING } : null;
    if (kind === 'dir') {
      done.push(part);
      if (pending.length === 0) return viaLink ? { unreadable: LINK_FOLDER } : null;
      continue;
    }
    if (kind === 'file') {
      if (pending.length > 0) return null; // a file used as a folder
      return { path: here };
    }
    if ('other' in kind) return { unreadable: kind.other };
    if (++hops > MAX_LINK_HOPS) return { unreadable: LINK_LOOP };
    viaLink = true;
    if (kind.link.startsWith('/') || kind.link.length === 0) return { unreadable: LINK_OUTSIDE };
    for (const p of kind.link.split('/').reverse()) pending.push(p);
  }
  // The path ends on a folder (`..`, `.`, a trailing slash).
  return viaLink ? { unreadable: LINK_FOLDER } : null;
}

/** What a file system entry is, for `resolveLinks` (`lstat`: a link is not followed). */
export function kindOfStats(stats: Stats | undefined, readLink: () => string): EntryKind {
  if (!stats) return null;
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'dir';
  if (stats.isSymbolicLink()) return { link: readLink() };
  return { other: notRegular(stats) };
}

/** Why a file system entry that is not a regular file is not read. */
export function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory, not a file';
  const what = stats.isFIFO()
    ? 'a named pipe'
    : stats.isCharacterDevice()
      ? 'a character device'
      : stats.isBlockDevice()
        ? 'a block device'
        : stats.isSocket()
          ? 'a socket'
          : 'a special file';
  return `not a regular file (${what})`;
}

/**
 * A regular file's bytes, the size checked on the open file before anything is read, and never
 * more than that size read (a file that grows meanwhile is cut there): a FIFO, a device or a
 * directory is refused, not read (`/dev/zero` would never end).
 */
export function readRegularFile(fullPath: string, followLinks = false): { bytes: Buffer } | { unreadable: string } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: links are resolved by the
    // caller (a repository's), or followed by the system (a file named on the command line).
    fd = openSync(fullPath, fs.O_RDONLY | (fs.O_NONBLOCK ?? 0) | (followLinks ? 0 : (fs.O_NOFOLLOW ?? 0)));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ELOOP') return { unreadable: 'a symbolic link (not followed here)' };
    if (code === 'EISDIR') return { unreadable: 'a directory, not a file' };
    if (code === 'ENOENT' || code === 'ENOTDIR') throw error;
    return { unreadable: `cannot be opened (${code ?? (error as Error).message})` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { unreadable: 'a directory, not a file' };
    if (!stats.isFile()) return { unreadable: notRegular(stats) };
    if (stats.size > MAX_FILE_BYTES) return { unreadable: TOO_LARGE };
    const bytes = Buffer.allocUnsafe(stats.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, null);
      if (n === 0) break;
      at += n;
    }
    return { bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads files under `realRoot` (a real path): links resolved by `resolveLinks`, reads bounded by
 * `readRegularFile`, each path read once. Shared by the working tree and directory snapshots.
 */
export function fileSystemReader(realRoot: string, noteSkip: SkipNote): (path: string) => { text: string | null; reason?: string } {
  const results = new Map<string, { text: string | null; reason?: string }>();
  const kinds = new Map<string, EntryKind>();
  const kindOf = (path: string): EntryKind => {
    if (!kinds.has(path)) {
      const full = join(realRoot, path);
      let stats: Stats | undefined;
      try {
        stats = lstatSync(full);
      } catch {
        stats = undefined;
      }
      kinds.set(path, kindOfStats(stats, () => readlinkSync(full, 'utf8')));
    }
    return kinds.get(path) as EntryKind;
  };
  const readOnce = (path: string): { text: string | null; reason?: string } => {
    if (!isSafeRelative(path)) return { text: null };
    let at: Resolved;
    try {
      at = resolveLinks(path, kindOf);
    } catch {
      return { text: null };
    }
    if (at === null) return { text: null };
    if ('unreadable' in at) return unreadableAs(path, at.unreadable);
    let file: ReturnType<typeof readRegularFile>;
    try {
      file = readRegularFile(join(realRoot, at.path));
    } catch {
      return { text: null }; // gone meanwhile
    }
    if ('unreadable' in file) return unreadableAs(path, file.unreadable);
    const decoded = decodeBytes(file.bytes);
    return 'text' in decoded ? { text: decoded.text } : unreadableAs(path, decoded.unreadable);
  };
  const unreadableAs = (path: string, reason: string): { text: null; reason: string } => {
    noteSkip(path, reason);
    return { text: null, reason };
  };
  return (path) => {
    let result = results.get(path);
    if (!result) results.set(path, (result = readOnce(path)));
    return result;
  };
}
