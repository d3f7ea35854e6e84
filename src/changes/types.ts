/** A pull request's changes, as the engine sees them: no git, no network, just text. */

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ChangedFile {
  /** Path in head (for a deleted file: its path in base). Repository-relative, `/` separators. */
  path: string;
  /** Path in base when the file was renamed. */
  oldPath?: string;
  status: FileStatus;
}

/** Files larger than this are not read (a notice says so): the gate stays fast on stray dumps. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Read-only view of one side (base or head) of the repository. */
export interface Snapshot {
  /** Every file path of this side (repository-relative). */
  list(): string[];
  /** File text, or null when the file does not exist on this side (or is binary / too large). */
  read(path: string): string | null;
  /** Optional hint: these files will be read soon (git reads them in one batch instead of one process each). */
  prefetch?(paths: string[]): void;
}

export interface ChangeSet {
  base: string;
  head: string;
  files: ChangedFile[];
  baseTree: Snapshot;
  headTree: Snapshot;
  /** Files left out of the analysis, with why (binary, over the size limit). */
  skipped: { file: string; reason: string }[];
}

/** An in-memory snapshot: used by tests, the `sql`/`contract` commands and the API fallback. */
export function memorySnapshot(files: Record<string, string>): Snapshot {
  const map = new Map(Object.entries(files));
  return {
    list: () => [...map.keys()].sort(),
    read: (path) => map.get(path) ?? null,
  };
}

/** Build a change set from two in-memory trees: every difference between them is a change. */
export function changeSetFromTrees(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string>,
  refs: { base?: string; head?: string } = {},
): ChangeSet {
  const files: ChangedFile[] = [];
  const paths = new Set([...Object.keys(baseFiles), ...Object.keys(headFiles)]);
  for (const path of [...paths].sort()) {
    const before = baseFiles[path];
    const after = headFiles[path];
    if (before === undefined) files.push({ path, status: 'added' });
    else if (after === undefined) files.push({ path, status: 'deleted' });
    else if (before !== after) files.push({ path, status: 'modified' });
  }
  return {
    base: refs.base ?? 'base',
    head: refs.head ?? 'head',
    files,
    baseTree: memorySnapshot(baseFiles),
    headTree: memorySnapshot(headFiles),
    skipped: [],
  };
}
