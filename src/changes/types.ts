/** A pull request's changes, as the engine sees them: no git, no network, just text. */
import { DATA_FILE } from './file-kinds.js';
import { decodeBytes, resolveLinks, type EntryKind, type Resolved } from './files.js';

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ChangedFile {
  /** Path in head (for a deleted file: its path in base). Repository-relative, `/` separators. */
  path: string;
  /** Path in base when the file was renamed. */
  oldPath?: string;
  status: FileStatus;
}

/** The hard limit on a file's size (files.ts says why 128 MB). */
export { MAX_FILE_BYTES } from './files.js';

/** Read-only view of one side (base or head) of the repository. */
export interface Snapshot {
  /** Every file path of this side (repository-relative). */
  list(): string[];
  /**
   * File text, or null when the path does not exist on this side or cannot be read (`unreadable`
   * says why). A symbolic link to a file inside the repository reads as that file's text.
   */
  read(path: string): string | null;
  /** Optional hint: these files will be read soon (git reads them in one batch instead of one process each). */
  prefetch?(paths: string[]): void;
  /**
   * `prefetch` with git run asynchronously (the CLI loads its modules meanwhile): the same reads,
   * the same answers. Nothing else may read this change set until the promise settles (it never rejects: a git failure is each file's `unreadable`).
   */
  prefetchAsync?(paths: string[]): Promise<void>;
  /**
   * What identifies a listed file's content without reading it: its tree record (`<mode> <type>
   * <object id> <size>` for git), undefined when `path` is not listed (or `list` was not called
   * yet) or the snapshot has no such id (memory, directory). Lets the replay cache key a history by its files' object ids.
   */
  objectId?(path: string): string | undefined;
  /**
   * The object id of this side's root tree (git: `<commit>^{tree}`), which names every path and
   * blob of it; undefined when the snapshot has none (memory, directory, the worktree). Lets the
   * replay cache find what an earlier run learnt from listing the same tree, without listing it.
   */
  treeId?(): string | undefined;
  /**
   * Which of `paths` `list()` would list, without listing the whole tree when it is not listed
   * yet (git: one `ls-tree` of those paths); null when that cannot be told (then list).
   */
  listedOf?(paths: readonly string[]): Set<string> | null;
  /**
   * Told, without the listing, what this side lists among the paths `covers` holds for: exactly
   * `records`, each path with its listing record as `objectId` gives it (`<mode> <type> <oid>
   * <size>`). `listedOf` then answers such paths without git (and so does the other side of a
   * change set whose files outside the diff are these). The replay cache's base tree entry tells
   * base's framework settings files (migrations/plan.ts).
   */
  knowListed?(covers: (path: string) => boolean, records: Iterable<[string, string]>): void;
  /**
   * Why `read(path)` returned null although the path exists on this side: e.g. 'larger than 128
   * MB, the most rollback-guard reads', 'a symbolic link to a path outside the repository (not
   * read)', 'not a regular file (a named pipe (FIFO))'. Undefined when the path is absent on this
   * side or reads fine.
   */
  unreadable?(path: string): string | undefined;
  /**
   * Paths of this side's YAML/JSON files (DATA_FILE) whose text contains `needle` literally
   * (git grep -F in a commit; a scan in memory/directory snapshots). Lets the contract analyser
   * find `$id` / `$ref` targets without listing and reading the whole tree. Given several needles,
   * the files that contain any of them, found in one pass (one git process for a commit): a PR that
   * changes k referenced files asks once, not k times over the whole tree.
   */
  filesContaining?(needle: Needles): string[];
  /**
   * The lines of this side's text files that hold any of `words` as a whole word (case sensitive:
   * `git grep -w -F` in a commit), for the code-references search (docs/code-references.md).
   * Absent where the snapshot is not the whole repository (the API fallback holds only the
   * changed files; the `sql` command only the files named): code is then not searched.
   */
  searchWords?(words: readonly string[]): WordSearch;
  /**
   * Start searching for `words` in the background (a commit's `git grep`, while the analysis runs);
   * `searchWords` answers from it once the promise has settled, and searches for other words itself.
   */
  prefetchWords?(words: readonly string[]): Promise<void>;
  /** End the background searches `prefetchWords` started (no finding needs them); their promises settle, `searchWords` then searches itself. */
  stopPrefetch?(): void;
}

/** Lines that hold a searched word. `truncated`: past its bound the output was cut, so a word without a line may still occur. */
export interface WordSearch {
  lines: { path: string; line: number; text: string }[];
  truncated: boolean;
}

/** Most output one word search keeps (64 MB of `path NUL line NUL text` records); past it the search says it is truncated. */
export const WORD_SEARCH_BYTES = 64 * 1024 * 1024;

/** Folders no word search enters, whatever the configuration says: other projects' code and build output. */
export const NEVER_SEARCHED_DIRS = ['node_modules', 'vendor', 'third_party', 'third-party', 'bower_components', '.yarn', '.git'];

/**
 * Whole-word search over in-memory files (what `git grep -w -F` does in a commit): a word is
 * preceded and followed by a character that is not a letter, digit or `_`, or by the line's edge.
 */
export function searchWordsIn(files: Iterable<[string, string]>, words: readonly string[]): WordSearch {
  const set = new Set(words.filter((w) => w.length > 0));
  const lines: WordSearch['lines'] = [];
  if (set.size === 0) return { lines, truncated: false };
  const any = wholeWords([...set]);
  for (const [path, text] of files) {
    // Folders only, as git's `:(exclude,glob)**/<dir>/**` leaves out (a file called `vendor` is searched).
    if (text.includes('\u0000') || path.split('/').slice(0, -1).some((folder) => NEVER_SEARCHED_DIRS.includes(folder))) continue;
    text.split(/\r\n|\n/).forEach((line, i) => {
      if (any.test(line)) lines.push({ path, line: i + 1, text: line });
    });
  }
  return { lines, truncated: false };
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression that finds any of `words` as a whole word (what `git grep -w` matches). */
export function wholeWords(words: readonly string[]): RegExp {
  const alternatives = words.map(escapeRegExp).join('|');
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives || '(?!)'})(?![A-Za-z0-9_])`);
}

/** One text to look for, or several (any of them). */
export type Needles = string | readonly string[];

/** Whether `text` contains `needle`, or any of `needle`'s texts. */
export function containsAny(text: string, needle: Needles): boolean {
  return typeof needle === 'string' ? text.includes(needle) : needle.some((n) => text.includes(n));
}

/** Whether a base file is in a release: databases of that release have applied it (config `released`). */
export interface ReleaseStatus {
  /** False only when it is known that no release has it; true too when that cannot be told. */
  released: boolean;
  /** Why, as a clause ("it is in no release tag: commit … created it after …"). */
  reason: string;
  /** The newest release tag, when there is one. */
  newestTag?: string;
  /**
   * Released: the object ids of the versions of the file the release trees hold (under any of its
   * names; `?` for one whose id git did not give). Absent when not known (too many lookups): the
   * version in base then counts as released.
   */
  versions?: string[];
}

export interface ChangeSet {
  base: string;
  head: string;
  files: ChangedFile[];
  baseTree: Snapshot;
  headTree: Snapshot;
  /** Files left out of the analysis, with why (binary, over the size limit). */
  skipped: { file: string; reason: string }[];
  /**
   * Whether each of these base paths is in a release tag (`tags`: globs of release tag names,
   * `!glob` to leave some out; default every tag that names a version). Asked once, for the PR's
   * modified, renamed and deleted migrations; `keepsIdentity` says which renames in the history
   * keep a migration the same one to its tool (the others created a new migration). Absent (an
   * in-memory change set): every base file counts as released.
   */
  released?(paths: string[], tags?: string[], keepsIdentity?: (from: string, to: string) => boolean): Map<string, ReleaseStatus>;
  /**
   * The distinct versions of these head paths that the release tags (as `released` decides them)
   * hold at the same path, null for a path when that cannot be told (`changes/releases.ts`
   * gitReleaseTexts); for contracts, whether a removed element was ever released; `newest`: the
   * newest release's version of each (the schema dump the previous release installs). Absent: not known.
   */
  releasedTexts?(paths: string[], tags?: string[]): { texts: Map<string, string[] | null>; newestTag?: string; newest?: Map<string, string | null> };
  /** Where the base history's replay is remembered between runs (`migrations/replay-cache.ts`); absent: not remembered. */
  replayCache?: ReplayStore;
}

/** A small key-value store of text entries, for the replay cache. Never throws from `read` (null: no entry). */
export interface ReplayStore {
  read(key: string): string | null;
  /**
   * The entry's bytes as stored (null: no entry), when the store can hand them back without
   * decoding: the replay cache checks them and reads the parts it needs (a table at a time).
   */
  readBytes?(key: string): Buffer | null;
  write(key: string, text: string): void;
  /** What identifies the running build of the tool beyond its version (entries of another build are other keys). */
  toolId(): string;
}

/**
 * An in-memory snapshot: used by tests, the `sql`/`contract` commands and the API fallback. A
 * file given as bytes is decoded as one read from git would be (or is unreadable, with why);
 * `links` are symbolic links (path -> target as written in the link), resolved as in a checkout.
 */
export function memorySnapshot(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}): Snapshot {
  const texts = new Map<string, string>();
  const reasons = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    if (typeof content === 'string') texts.set(path, content);
    else {
      const decoded = decodeBytes(content);
      if ('text' in decoded) texts.set(path, decoded.text);
      else reasons.set(path, decoded.unreadable);
    }
  }
  const linkMap = new Map(Object.entries(links));
  let dirs: Set<string> | null = null;
  const kindOf = (path: string): EntryKind => {
    if (texts.has(path) || reasons.has(path)) return 'file';
    const link = linkMap.get(path);
    if (link !== undefined) return { link };
    if (!dirs) {
      dirs = new Set();
      for (const p of [...texts.keys(), ...reasons.keys(), ...linkMap.keys()]) {
        for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
      }
    }
    return dirs.has(path) ? 'dir' : null;
  };
  const resolve = (path: string): Resolved => (linkMap.size === 0 ? (texts.has(path) || reasons.has(path) ? { path } : null) : resolveLinks(path, kindOf));
  const snapshot: Snapshot = {
    list: () => [...texts.keys(), ...reasons.keys(), ...linkMap.keys()].sort(),
    read(path) {
      const at = resolve(path);
      return at && 'path' in at ? (texts.get(at.path) ?? null) : null;
    },
    unreadable(path) {
      const at = resolve(path);
      if (!at) return undefined;
      return 'unreadable' in at ? at.unreadable : reasons.get(at.path);
    },
    filesContaining(needle) {
      return snapshot.list().filter((p) => DATA_FILE.test(p) && containsAny(snapshot.read(p) ?? '', needle));
    },
  };
  return snapshot;
}

/** The in-memory snapshot of a whole repository: it can be searched for code references too. */
export function memoryRepository(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}): Snapshot {
  const snapshot = memorySnapshot(files, links);
  snapshot.searchWords = (words) =>
    searchWordsIn(
      Object.entries(files).flatMap(([path, content]): [string, string][] => (typeof content === 'string' ? [[path, content]] : [])),
      words,
    );
  return snapshot;
}

/** Build a change set from two in-memory trees: every difference between them is a change. */
export function changeSetFromTrees(
  baseFiles: Record<string, string | Uint8Array>,
  headFiles: Record<string, string | Uint8Array>,
  refs: { base?: string; head?: string } = {},
  links: { base?: Record<string, string>; head?: Record<string, string> } = {},
): ChangeSet {
  const files: ChangedFile[] = [];
  const baseLinks = links.base ?? {};
  const headLinks = links.head ?? {};
  const entry = (tree: Record<string, string | Uint8Array>, linkMap: Record<string, string>, path: string): string | Uint8Array | undefined =>
    Object.hasOwn(tree, path) ? tree[path] : Object.hasOwn(linkMap, path) ? `\u0000link:${linkMap[path]}` : undefined;
  const paths = new Set([...Object.keys(baseFiles), ...Object.keys(headFiles), ...Object.keys(baseLinks), ...Object.keys(headLinks)]);
  for (const path of [...paths].sort()) {
    const before = entry(baseFiles, baseLinks, path);
    const after = entry(headFiles, headLinks, path);
    if (before === undefined) files.push({ path, status: 'added' });
    else if (after === undefined) files.push({ path, status: 'deleted' });
    else if (!sameContent(before, after)) files.push({ path, status: 'modified' });
  }
  const skipped: ChangeSet['skipped'] = [];
  const baseTree = memorySnapshot(baseFiles, baseLinks);
  const headTree = memorySnapshot(headFiles, headLinks);
  for (const f of files) {
    const reason = (f.status === 'deleted' ? undefined : headTree.unreadable?.(f.path)) ?? (f.status === 'added' ? undefined : baseTree.unreadable?.(f.path));
    if (reason) skipped.push({ file: f.path, reason });
  }
  return { base: refs.base ?? 'base', head: refs.head ?? 'head', files, baseTree, headTree, skipped };
}

function sameContent(a: string | Uint8Array, b: string | Uint8Array): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return Buffer.compare(a, b) === 0;
}
