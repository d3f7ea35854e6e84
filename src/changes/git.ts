/**
 * The change set from git: `git diff --name-status -M` between base and head (or the working
 * tree), file text from `git cat-file`. Nothing is executed but git itself; nothing outside the
 * repository is read.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DATA_FILE, isSqlFileName } from './file-kinds.js';
import { decode, isSafeRelative, type SkipNote } from './files.js';
import { GitError } from './git-error.js';
import { MAX_FILE_BYTES, type ChangeSet, type ChangedFile, type Snapshot } from './types.js';

export { GitError };

export interface GitOptions {
  cwd: string;
  log?: (message: string) => void;
}

export function git(args: string[], cwd: string, maxBuffer = 256 * 1024 * 1024): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

function tryGit(args: string[], cwd: string): string | null {
  try {
    return git(args, cwd);
  } catch {
    return null;
  }
}

export function repoRoot(cwd: string): string {
  const root = tryGit(['rev-parse', '--show-toplevel'], cwd);
  if (root === null) throw new GitError(`${cwd} is not inside a git repository; run rollback-guard check in one, or use \`rollback-guard sql\` / \`contract\` on loose files.`);
  return root.trim();
}

export function hasCommit(rev: string, cwd: string): boolean {
  return tryGit(['cat-file', '-e', `${rev}^{commit}`], cwd) !== null;
}

/** Resolve a revision to a full sha; a missing commit in a shallow clone is fetched (just it). */
export function resolveCommit(rev: string, options: GitOptions): string {
  const verify = (): string | null => tryGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], options.cwd);
  let sha = verify();
  if (sha === null && /^[0-9a-f]{7,40}$/.test(rev)) {
    options.log?.(`rollback-guard: commit ${rev} is not in this (shallow?) checkout; fetching just that commit from origin.`);
    tryGit(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', rev], options.cwd);
    sha = verify();
  }
  if (sha === null) throw new GitError(`cannot find commit '${rev}' in ${options.cwd}; fetch it (actions/checkout with fetch-depth: 0) or pass another --base/--head.`);
  return sha.trim();
}

const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** SPEC 2: the merge-base of HEAD with the remote default branch, else null. */
export function defaultBase(cwd: string): string | null {
  for (const branch of DEFAULT_BRANCHES) {
    if (!hasCommit(branch, cwd)) continue;
    const base = tryGit(['merge-base', 'HEAD', branch], cwd);
    if (base) return base.trim();
  }
  return null;
}

/** Parse `git diff --name-status -z -M` output. */
export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0').filter((p) => p.length > 0);
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    const code = status[0];
    if (code === 'R') {
      const oldPath = parts[i++];
      const path = parts[i++];
      files.push({ path, oldPath, status: 'renamed' });
    } else if (code === 'C') {
      i++; // copy source stays where it is
      files.push({ path: parts[i++], status: 'added' });
    } else {
      const path = parts[i++];
      files.push({ path, status: code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified' });
    }
  }
  return files;
}

/**
 * Build the change set between two commits, or between base and the working tree (head null:
 * committed and uncommitted changes, untracked files included).
 */
export function gitChangeSet(base: string, head: string | null, options: GitOptions): ChangeSet {
  const root = repoRoot(options.cwd);
  const baseSha = resolveCommit(base, { ...options, cwd: root });
  const headSha = head === null ? null : resolveCommit(head, { ...options, cwd: root });
  const skipped: ChangeSet['skipped'] = [];

  // Like a PR's diff on GitHub (three dots): what head changed since it left base. A plain
  // base..head diff would report every migration merged to main since as deleted by the PR.
  // The base snapshot stays the base tip: its config and migration history are the newest.
  const forkPoint = tryGit(['merge-base', baseSha, headSha ?? 'HEAD'], root)?.trim() || baseSha;
  const diffArgs = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', forkPoint];
  if (headSha) diffArgs.push(headSha);
  const files = parseNameStatus(git([...diffArgs, '--'], root));
  if (headSha === null) {
    const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], root)
      .split('\0')
      .filter((p) => p.length > 0);
    for (const path of untracked) files.push({ path, status: 'added' });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const changed = new Set(files.flatMap((f) => [f.path, f.oldPath ?? f.path]));
  const noteSkip = (path: string, reason: string): void => {
    if (changed.has(path) && !skipped.some((s) => s.file === path)) skipped.push({ file: path, reason });
  };
  // The analysers read the PR's SQL, YAML and JSON files: the first read of one fetches them all
  // in one batch (not the PR's other files, which nothing reads).
  const read = (path: string): boolean => isSqlFileName(path) || DATA_FILE.test(path);
  const inBase = files.filter((f) => f.status !== 'added' && read(f.oldPath ?? f.path)).map((f) => f.oldPath ?? f.path);
  const inHead = files.filter((f) => f.status !== 'deleted' && read(f.path)).map((f) => f.path);
  return {
    base: baseSha,
    head: headSha ?? 'worktree',
    files,
    baseTree: commitSnapshot(baseSha, root, noteSkip, inBase),
    headTree: headSha ? commitSnapshot(headSha, root, noteSkip, inHead) : worktreeSnapshot(root, noteSkip),
    skipped,
  };
}

/**
 * A commit's files, read with git. `together` are files likely to be read (the PR's): reading one
 * of them fetches all of them with one `git cat-file --batch` instead of one process each.
 */
export function commitSnapshot(sha: string, root: string, noteSkip: SkipNote = () => {}, together: string[] = []): Snapshot {
  let listing: string[] | null = null;
  const cache = new Map<string, string | null>();
  const group = new Set(together);
  const snapshot: Snapshot = {
    list() {
      listing ??= git(['ls-tree', '-r', '-z', '--name-only', sha], root)
        .split('\0')
        .filter((p) => p.length > 0);
      return listing;
    },
    read(path) {
      if (!cache.has(path) && group.has(path)) {
        snapshot.prefetch?.([...group]);
        group.clear();
      }
      if (!cache.has(path)) cache.set(path, isSafeRelative(path) ? readBlob(sha, path, root, noteSkip) : null);
      return cache.get(path) ?? null;
    },
    prefetch(paths) {
      const wanted = [...new Set(paths)].filter((p) => !cache.has(p) && isSafeRelative(p) && !/[\n\r]/.test(p));
      if (wanted.length < 2) return;
      try {
        for (const [path, blob] of readBlobs(sha, wanted, root)) cache.set(path, blob === null ? null : decode(blob, path, noteSkip));
      } catch {
        // One read per file then, as without the hint (also when the batch passes BATCH_BYTES).
      }
    },
  };
  return snapshot;
}

function readBlob(sha: string, path: string, root: string, noteSkip: SkipNote): string | null {
  try {
    const buffer = execFileSync('git', ['cat-file', 'blob', `${sha}:${path}`], {
      cwd: root,
      maxBuffer: MAX_FILE_BYTES + 1,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return decode(buffer, path, noteSkip);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOBUFS') noteSkip(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
}

/** What one batch may read in all; past it, the files are read one process each (20 MB at most each). */
const BATCH_BYTES = 256 * 1024 * 1024;

/** Many blobs with one `git cat-file --batch` process: `<oid> blob <size>\n<bytes>\n` or `<name> missing\n`. */
function readBlobs(sha: string, paths: string[], root: string): Map<string, Buffer | null> {
  const out = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: paths.map((p) => `${sha}:${p}\n`).join(''),
    maxBuffer: BATCH_BYTES,
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const blobs = new Map<string, Buffer | null>();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(0x0a, at);
    if (eol === -1) break;
    const header = out.subarray(at, eol).toString('utf8');
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!m) {
      blobs.set(path, null); // "<name> missing" or ambiguous
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    blobs.set(path, m[1] === 'blob' ? out.subarray(eol + 1, eol + 1 + size) : null);
    at = eol + 1 + size + 1;
  }
  return blobs;
}

/** The working tree; symbolic links and paths that leave the repository read as absent. */
export function worktreeSnapshot(root: string, noteSkip: SkipNote = () => {}): Snapshot {
  let listing: string[] | null = null;
  const realRoot = realpathSync(root);
  return {
    list() {
      listing ??= git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root)
        .split('\0')
        .filter((p) => p.length > 0);
      return listing;
    },
    read(path) {
      if (!isSafeRelative(path)) return null;
      const full = join(root, path);
      try {
        const real = realpathSync(full);
        if (relative(realRoot, real).startsWith(`..${sep}`) || !lstatSync(full).isFile()) return null;
        return decode(readFileSync(real), path, noteSkip);
      } catch {
        return null;
      }
    },
  };
}
