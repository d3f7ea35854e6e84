/**
 * The change set from git: `git diff --raw -M` between the fork point and head (or the working
 * tree), file text from `git cat-file --batch` by object id. Nothing is executed but git itself;
 * nothing outside the repository is read; only the files an analyser asks for are read, in a few
 * batches, never one process per file.
 */
import { execFileSync, spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILE, isAnalysedFileName } from './file-kinds.js';
import { decodeBytes, fileSystemReader, isSafeRelative, LINK_DANGLING, LINK_FOLDER, LINK_LOOP, LINK_OUTSIDE, TOO_LARGE, type SkipNote } from './files.js';
import { GitError, gitEnv, missingObjectError } from './git-error.js';
import { listingFacts, wordSearcher, type ListingFacts } from './word-search.js';
import { gitReleases, gitReleaseTexts, releaseMemo } from './releases.js';
import { replayStoreFor } from './replay-store.js';
import { MAX_FILE_BYTES, type ChangeSet, type ChangedFile, type Needles, type ReplayStore, type Snapshot } from './types.js';

export { GitError };

/** The fork point of base and head cannot be found (a shallow checkout that could not be deepened). */
export class ForkPointError extends GitError {
  constructor(message: string) {
    super(message);
    this.name = 'ForkPointError';
  }
}

export interface GitOptions {
  cwd: string;
  log?: (message: string) => void;
  /** Where head left base, when it is known from elsewhere (the GitHub API's compare endpoint). */
  forkPoint?: string;
}


export function git(args: string[], cwd: string, maxBuffer = 256 * 1024 * 1024, timeout = 0): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer, timeout, stdio: ['ignore', 'pipe', 'pipe'], env: gitEnv() });
  } catch (error) {
    throw missingObjectError(error, cwd);
  }
}

function tryGit(args: string[], cwd: string, timeout = 0): string | null {
  try {
    return git(args, cwd, undefined, timeout);
  } catch {
    return null;
  }
}

/**
 * A git process run asynchronously (issue 18, the fixed cost): `execFileSync` blocks the main
 * thread for the whole process (~10 ms each here, fork and exec included), while `spawn` gives it
 * back once git has started, so the CLI's module loading goes on beside git on the other core.
 * The same answer as `execFileSync`: stdout, or an error shaped like its own (`Command failed: git
 * …` and stderr, `status`, `stderr`) so every caller's message stays what it was. Bounded like
 * it: stdout over `maxBuffer` stops git and is an error (ENOBUFS), never a cut answer.
 */
export function runGit(args: string[], cwd: string, options: { maxBuffer?: number } = {}): Promise<Buffer> {
  const maxBuffer = options.maxBuffer ?? 256 * 1024 * 1024;
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let overflow = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxBuffer) {
        overflow = true;
        child.kill();
      } else out.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      // stderr is kept for the message only (its first line): the same bound.
      if (errBytes + chunk.length <= maxBuffer) err.push(chunk);
      errBytes += chunk.length;
    });
    child.on('error', (error) => reject(Object.assign(error, { stderr: Buffer.concat(err) })));
    child.on('close', (status, signal) => {
      const stderr = Buffer.concat(err);
      if (overflow) {
        reject(Object.assign(new Error(`spawn git ENOBUFS`), { code: 'ENOBUFS', stderr, status }));
      } else if (status !== 0) {
        const message = `Command failed: ${['git', ...args].join(' ')}${stderr.length > 0 ? `\n${stderr.toString()}` : ''}`;
        reject(Object.assign(new Error(message), { status, signal, stderr, stdout: Buffer.concat(out) }));
      } else resolvePromise(Buffer.concat(out));
    });
  });
}

/** `git` asynchronously (`runGit`): its text, or the same error `git` throws (a missing object as a GitError). */
export async function gitAsync(args: string[], cwd: string, maxBuffer = 256 * 1024 * 1024): Promise<string> {
  try {
    return (await runGit(args, cwd, { maxBuffer })).toString('utf8');
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr;
    // execFileSync with `encoding` gives stderr as text: missingObjectError reads either.
    throw missingObjectError(Object.assign(error as object, { stderr: stderr?.toString('utf8') }), cwd);
  }
}

/** Folder → its work tree's top (a process asks once per folder: the Action and gitChangeSet both ask). */
const roots = new Map<string, string>();

export function repoRoot(cwd: string): string {
  const known = roots.get(cwd);
  if (known !== undefined) return known;
  const root = tryGit(['rev-parse', '--show-toplevel'], cwd);
  if (root === null) throw new GitError(`${cwd} is not inside a git repository; run rollback-guard check in one, or use \`rollback-guard sql\` / \`contract\` on loose files.`);
  roots.set(cwd, root.trim());
  // gitChangeSet asks again from the top itself (a working directory through a symbolic link, or a subfolder).
  roots.set(root.trim(), root.trim());
  return root.trim();
}

/** The git directory shared by a work tree's worktrees (the replay store's home), by its top, when `repoRootWith` learnt it. */
const commonDirs = new Map<string, string>();

/** Commits resolved with the work tree's top (`repoRootWith`): by `<root>\0<base>\0<head>`. */
const resolvedPairs = new Map<string, [string, string]>();

/** Merge bases learnt from a `rev-parse` of `B...H` (`forkPointOf` asks no `merge-base` then): by `<root>\0<base sha>\0<head sha>`. */
const mergeBases = new Map<string, string>();

const SHA = /^[0-9a-f]{40,64}$/;

/** Root trees learnt from `repoRootWith`'s `rev-parse` (`treeId` asks no process then): by `<root>\0<commit sha>`. */
const rootTrees = new Map<string, string>();

/** `rev-parse B^{commit}...H^{commit}` (the symmetric difference): the two commits, then `^<merge base>` each. */
function symmetric(base: string, head: string): string {
  return `${base}^{commit}...${head}^{commit}`;
}

/**
 * What `rev-parse … B^{commit} H^{commit} B...H` printed after its other answers: both commits, and
 * the merge base when git printed exactly one (`git merge-base B H` prints the first of the same
 * list; none, unrelated histories or a shallow cut, or several, criss-cross merges: `forkPointOf`
 * asks as before). Null when the lines are not that shape.
 */
function resolvedWithMergeBase(lines: string[]): { base: string; head: string; mergeBase: string | null } | null {
  if (lines.length < 5 || lines[lines.length - 1] !== '') return null;
  const [base, head, ...rest] = lines.slice(0, -1);
  if (!SHA.test(base) || !SHA.test(head)) return null;
  // The symmetric difference's two tips (in git's order), then the merge bases.
  const tips = rest.slice(0, 2);
  if (tips.length !== 2 || !tips.includes(base) || !tips.includes(head)) return null;
  const bases = rest.slice(2);
  if (!bases.every((l) => l.startsWith('^') && SHA.test(l.slice(1)))) return null;
  return { base, head, mergeBase: bases.length === 1 ? bases[0].slice(1) : null };
}

function rememberMergeBase(root: string, resolved: { base: string; head: string; mergeBase: string | null }): void {
  if (resolved.mergeBase !== null) mergeBases.set(`${root}\0${resolved.base}\0${resolved.head}`, resolved.mergeBase);
}

/**
 * `repoRoot(cwd)` when both revisions are known (`check --base B --head H`): the top, the common
 * git directory and both commits in one `git rev-parse`, which `gitChangeSet(base, head, { cwd: root })` then takes
 * instead of asking again. When git cannot answer all three (a revision that is not there, not a
 * repository), nothing is kept and `repoRoot` asks alone, with its error message.
 */
export function repoRootWith(cwd: string, base: string, head: string): string {
  return rootFrom(cwd, base, head, tryGit(rootWithArgs(base, head), cwd)) ?? repoRoot(cwd);
}

/** `repoRootWith` with its `rev-parse` run asynchronously (`runGit`): the same answers and errors. */
export async function repoRootWithAsync(cwd: string, base: string, head: string): Promise<string> {
  const out = await gitAsync(rootWithArgs(base, head), cwd).catch(() => null);
  return rootFrom(cwd, base, head, out) ?? repoRoot(cwd);
}

function rootWithArgs(base: string, head: string): string[] {
  // Base's root tree too (5th line): the replay cache's tree entry is keyed by it (`treeId`), one
  // `rev-parse` fewer on a run whose fork point is base. Every commit names its tree.
  return ['rev-parse', '--show-toplevel', '--git-common-dir', `${base}^{commit}`, `${head}^{commit}`, `${base}^{tree}`, symmetric(base, head)];
}

/** What `repoRootWith` learns from its `rev-parse`'s output (null: git failed), kept; the top, or null when git did not answer all. */
function rootFrom(cwd: string, base: string, head: string, text: string | null): string | null {
  const out = text?.split('\n');
  const resolved = out && out.length > 5 ? resolvedWithMergeBase([...out.slice(2, 4), ...out.slice(5)]) : null;
  if (out && resolved && out[0].length > 0 && out[1].length > 0 && SHA.test(out[4])) {
    const root = out[0].trim();
    roots.set(cwd, root);
    // gitChangeSet asks again from the top itself (a --cwd through a symbolic link, or a subfolder).
    roots.set(root, root);
    resolvedPairs.set(`${root}\0${base}\0${head}`, [resolved.base, resolved.head]);
    rememberMergeBase(root, resolved);
    rootTrees.set(`${root}\0${resolved.base}`, out[4]);
    // git prints the common directory relative to the folder it ran in (or absolute).
    commonDirs.set(root, resolve(cwd, out[1].trim()));
    return root;
  }
  return null;
}

export function hasCommit(rev: string, cwd: string): boolean {
  return tryGit(['cat-file', '-e', `${rev}^{commit}`], cwd) !== null;
}

/** A fetch from origin may wait on the network: it gets this long. */
const FETCH_TIMEOUT_MS = 120_000;

/** Resolve a revision to a full sha; a missing commit in a shallow clone is fetched (just it). */
export function resolveCommit(rev: string, options: GitOptions): string {
  const verify = (): string | null => tryGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], options.cwd);
  let sha = verify();
  if (sha === null && /^[0-9a-f]{7,40}$/.test(rev)) {
    options.log?.(`rollback-guard: commit ${rev} is not in this (shallow?) checkout; fetching just that commit from origin.`);
    tryGit(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', rev], options.cwd, FETCH_TIMEOUT_MS);
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

/**
 * How far a shallow checkout is deepened, step after step, to find where head left base: 6,250
 * commits of each side's history in all (`git fetch --deepen`), a few seconds from GitHub.
 */
const DEEPEN_STEPS = [50, 200, 1000, 5000];

/**
 * Where head left base (their merge base). A shallow checkout (actions/checkout's default depth
 * 1) has not got it: the history is deepened in bounded steps until it is there. Without it the
 * diff would run from base's tip and blame the PR for every commit main merged since, so a
 * checkout that cannot be deepened enough stops with ForkPointError.
 */
export function forkPointOf(baseSha: string, headSha: string, root: string, log?: (message: string) => void): string {
  const mergeBase = (): string | null => tryGit(['merge-base', baseSha, headSha], root)?.trim() || null;
  const found = mergeBases.get(`${root}\0${baseSha}\0${headSha}`) ?? mergeBase();
  if (found) return found;
  const isShallow = (): boolean => tryGit(['rev-parse', '--is-shallow-repository'], root)?.trim() === 'true';
  // The whole history is here and base and head share none of it (unrelated histories): base is all there is.
  if (!isShallow()) return baseSha;
  const between = `head ${headSha.slice(0, 7)} and base ${baseSha.slice(0, 7)}`;
  let deepened = 0;
  for (const step of DEEPEN_STEPS) {
    log?.(`rollback-guard: this checkout is shallow and does not reach the merge base of ${between}; fetching ${step} more commits of their history (git fetch --deepen=${step}).`);
    const fetched = tryGit(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', `--deepen=${step}`, 'origin', baseSha, headSha], root, FETCH_TIMEOUT_MS);
    if (fetched === null) {
      throw new ForkPointError(
        `cannot find the merge base of ${between}: this checkout is shallow and fetching more of its history from origin failed; check out with \`fetch-depth: 0\` (actions/checkout) so the merge base is there.`,
      );
    }
    deepened += step;
    const now = mergeBase();
    if (now) return now;
    if (!isShallow()) return baseSha;
  }
  throw new ForkPointError(
    `cannot find the merge base of ${between}: this checkout is shallow and ${deepened} more commits of history did not reach it; check out with \`fetch-depth: 0\` (actions/checkout) so the merge base is there.`,
  );
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

/** A tree entry: its mode, object id and (when known) size; null: the path is absent there. */
export interface TreeEntry {
  mode: string;
  oid: string;
  size?: number;
}

const ZERO_OID = /^0+$/;

/**
 * Parse `git diff --raw -z -M --no-abbrev`: the files, and the tree entries it shows for the old
 * and the new side (`:<old mode> <new mode> <old oid> <new oid> <status>\0<path>[\0<new path>]\0`).
 */
export function parseRawDiff(out: string): { files: ChangedFile[]; before: Map<string, TreeEntry | null>; after: Map<string, TreeEntry | null> } {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  const before = new Map<string, TreeEntry | null>();
  const after = new Map<string, TreeEntry | null>();
  const entry = (mode: string, oid: string): TreeEntry | null => (/^0+$/.test(mode) ? null : { mode, oid });
  for (let i = 0; i < parts.length; ) {
    const meta = parts[i++];
    if (!meta.startsWith(':')) continue;
    const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(' ');
    const code = status[0];
    const first = parts[i++];
    const second = code === 'R' || code === 'C' ? parts[i++] : undefined;
    const path = second ?? first;
    const oldPath = code === 'C' ? undefined : first;
    if (code === 'R') files.push({ path, oldPath: first, status: 'renamed' });
    else if (code === 'C' || code === 'A') files.push({ path, status: 'added' });
    else if (code === 'D') files.push({ path, status: 'deleted' });
    else files.push({ path, status: 'modified' });
    if (oldPath !== undefined) before.set(oldPath, entry(oldMode, oldOid));
    // In the working tree a changed file's new id is all zeros: read from disk.
    if (!ZERO_OID.test(newOid) || /^0+$/.test(newMode)) after.set(path, entry(newMode, newOid));
  }
  return { files, before, after };
}

/**
 * Build the change set between two commits, or between base and the working tree (head null:
 * committed and uncommitted changes, untracked files included).
 */
export function gitChangeSet(base: string, head: string | null, options: GitOptions): ChangeSet {
  const plan = diffPlan(base, head, options);
  return changeSetOf(plan, git(plan.args, plan.root));
}

/**
 * `gitChangeSet` with its `git diff` run asynchronously (`runGit`; the CLI loads the analysers
 * meanwhile): the same change set, the same errors. What comes before the diff (commits, fork
 * point) is known from `repoRootWith` in the common case, else asked as `gitChangeSet` asks.
 */
export async function gitChangeSetAsync(base: string, head: string | null, options: GitOptions): Promise<ChangeSet> {
  const plan = diffPlan(base, head, options);
  return changeSetOf(plan, await gitAsync(plan.args, plan.root));
}

interface DiffPlan {
  root: string;
  baseSha: string;
  headSha: string | null;
  forkPoint: string;
  args: string[];
}

/** The commits, the fork point and the `git diff` to run (gitChangeSet). */
function diffPlan(base: string, head: string | null, options: GitOptions): DiffPlan {
  const root = repoRoot(options.cwd);
  // Both commits in one git process when both are there (the common case); one at a time, with
  // the shallow-checkout fetch and its error message, otherwise.
  const known = head === null ? undefined : resolvedPairs.get(`${root}\0${base}\0${head}`);
  let together: string[] | null = known ?? null;
  if (head !== null && !known) {
    // With the merge base (`B...H`): forkPointOf then needs no `merge-base` process.
    const out = tryGit(['rev-parse', `${base}^{commit}`, `${head}^{commit}`, symmetric(base, head)], root)?.split('\n');
    const resolved = out ? resolvedWithMergeBase(out) : null;
    if (resolved) rememberMergeBase(root, resolved);
    together = resolved ? [resolved.base, resolved.head] : null;
  }
  const pair = together?.length === 2 && together.every((s) => SHA.test(s)) ? together : null;
  const baseSha = pair ? pair[0] : resolveCommit(base, { ...options, cwd: root });
  const headSha = head === null ? null : pair ? pair[1] : resolveCommit(head, { ...options, cwd: root });

  // Like a PR's diff on GitHub (three dots): what head changed since it left base. A plain
  // base..head diff would report every migration merged to main since as deleted by the PR.
  // The base snapshot stays the base tip: its config and migration history are the newest.
  const forkPoint = options.forkPoint
    ? resolveCommit(options.forkPoint, { ...options, cwd: root })
    : forkPointOf(baseSha, headSha ?? resolveCommit('HEAD', { cwd: root }), root, options.log);
  const diffArgs = ['diff', '--raw', '-z', '-M', '--no-abbrev', '--no-ext-diff', '--no-textconv', forkPoint];
  if (headSha) diffArgs.push(headSha);
  return { root, baseSha, headSha, forkPoint, args: [...diffArgs, '--'] };
}

/** The change set from the diff's output (`git diff --raw -z` of `plan.args`). */
function changeSetOf(plan: DiffPlan, diffOut: string): ChangeSet {
  const { root, baseSha, headSha, forkPoint } = plan;
  const skipped: ChangeSet['skipped'] = [];
  const diff = parseRawDiff(diffOut);
  const files = diff.files;
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
  const read = isAnalysedFileName;
  const inBase = files.filter((f) => f.status !== 'added' && read(f.oldPath ?? f.path)).map((f) => f.oldPath ?? f.path);
  const inHead = files.filter((f) => f.status !== 'deleted' && read(f.path)).map((f) => f.path);
  // The diff's old side is the fork point: its entries are base's only when base is the fork point.
  const baseKnown = forkPoint === baseSha ? diff.before : new Map<string, TreeEntry | null>();
  const reads = new ReadPair();
  const replayCache = replayStoreFor(() => {
    const known = commonDirs.get(root);
    if (known !== undefined) return known;
    const dir = tryGit(['rev-parse', '--git-common-dir'], root)?.trim();
    return dir ? resolve(root, dir) : null;
  });
  // The base's code search keeps its answers in the replay cache's folder (a re-run on the same base reads no blob for it).
  const baseTree = commitSnapshot(baseSha, root, noteSkip, inBase, baseKnown, reads, replayCache);
  const releases = releaseMemo();
  return {
    base: baseSha,
    head: headSha ?? 'worktree',
    files,
    baseTree,
    headTree: headSha
      ? // Head's files outside the diff are base's when base is the fork point: which of them head lists is then told by base's listing.
        commitSnapshot(headSha, root, noteSkip, inHead, diff.after, reads, undefined, forkPoint === baseSha ? { tree: baseTree, changed } : undefined)
      : worktreeSnapshot(root, noteSkip),
    skipped,
    released: (paths, tags, keepsIdentity) => gitReleases({ root, base: baseSha, head: headSha, tags, keepsIdentity }, paths, releases),
    releasedTexts: (paths, tags) => gitReleaseTexts({ root, base: baseSha, head: headSha, tags }, paths, releases),
    replayCache,
  };
}

const SUBMODULE = 'a submodule (a commit of another repository, not read)';

/**
 * A commit's files, read with git. `together` are files likely to be read (the PR's): reading one
 * of them reads all of them in one batch, and so does any other read (with `pair`, the other
 * side's too). `known` are tree entries already known (from the diff) so that they need not be
 * looked up by path. Blobs are read by object id, sizes checked first. With `store`, the word
 * search's answers are kept there (word-search.ts).
 */
export function commitSnapshot(
  sha: string,
  root: string,
  noteSkip: SkipNote = () => {},
  together: string[] = [],
  known: Map<string, TreeEntry | null> = new Map(),
  pair?: ReadPair,
  store?: ReplayStore,
  unchangedFrom?: { tree: Snapshot; changed: ReadonlySet<string> },
): Snapshot {
  const entries = new Map(known);
  // The listing's entries stay where ls-tree printed them (`<mode> <type> <oid> <size>\t<path>`):
  // by path, the offset of the record in that text, parsed when needed. 100,000 entries then
  // cost a number each beside their path, not an object and four strings.
  let listed: { out: string; at: Map<string, number> } | null = null;
  const entryOf = (path: string): TreeEntry | null | undefined => {
    const stored = entries.get(path);
    const start = stored === undefined ? listed?.at.get(path) : undefined;
    if (start === undefined || !listed) return stored;
    const parsed = recordEntry(listed.out.slice(start, listed.out.indexOf('\t', start))).entry;
    entries.set(path, parsed);
    return parsed;
  };
  let listing: string[] | null = null;
  /** What `knowListed` told: the listing's records of every path `covers` holds for (null: nothing told). */
  let told: { covers: (path: string) => boolean; records: Map<string, string> } | null = null;
  /** `paths`' blob entries when this side is listed already, or told of them all (null: neither). */
  const listedEntries = (paths: readonly string[]): Map<string, TreeEntry> | null => {
    if (listed === null) return told !== null && paths.every(told.covers) ? toldEntries(told.records, paths) : null;
    const out = new Map<string, TreeEntry>();
    for (const path of paths) {
      const start = listed.at.get(path);
      if (start !== undefined && listed.out.slice(start, listed.out.indexOf('\t', start)).includes(' blob ')) out.set(path, entryOf(path)!);
    }
    return out;
  };
  /**
   * `listedOf` answered without git when this side's files outside the diff are `unchangedFrom`'s
   * (base is the fork point) and that side is listed already: a path the diff names is listed when
   * the diff gives it a blob here (a submodule is not one), any other path when base lists it.
   * Null when that cannot be told (base not listed; a renamed file's old path: not in the diff's new side).
   */
  const inheritedListing = (paths: readonly string[]): Set<string> | null => {
    if (!unchangedFrom) return null;
    const fromBase = listedBlobs.get(unchangedFrom.tree)?.(paths.filter((p) => !unchangedFrom.changed.has(p))) ?? null;
    if (fromBase === null) return null;
    const out = new Set<string>();
    for (const path of paths) {
      if (unchangedFrom.changed.has(path)) {
        const entry = known.get(path);
        if (entry === undefined) return null;
        if (entry !== null && entry.mode !== '160000') out.add(path);
        continue;
      }
      const entry = fromBase.get(path);
      if (entry === undefined) continue;
      out.add(path);
      if (!entries.has(path)) entries.set(path, entry);
    }
    return out;
  };
  /** What the listing tells the word search (word-search.ts), worked out when it asks; who waits for the listing. */
  let facts: ListingFacts | undefined;
  const whenListed: (() => void)[] = [];
  /** The root tree's object id (`treeId`), asked once; null: git did not say. */
  let rootTree: string | null | undefined;
  const texts = new Map<string, string | null>();
  const reasons = new Map<string, string>();
  /** The PR's files of this side (`together`) and those not read yet. */
  const members = new Set(together);
  const unread = new Set(together);
  /** Whether this side's PR files were asked for: their first read reads them all. */
  let asked = false;
  /** PR files read along with the other side's before this side asked, with their notes, held until asked. */
  const readEarly = new Set<string>();
  const held = new Map<string, string>();

  /** `path` cannot be read, with why; held: noted when this side asks for it. */
  const unreadable = (path: string, reason: string, hold = false): void => {
    texts.set(path, null);
    reasons.set(path, reason);
    if (hold) held.set(path, reason);
    else noteSkip(path, reason);
  };
  /** The held note of `path` (or of every early read), given as if read now. */
  const give = (paths: Iterable<string>): void => {
    for (const path of paths) {
      const reason = held.get(path);
      if (reason === undefined) continue;
      held.delete(path);
      noteSkip(path, reason);
    }
  };

  /** A path under a symbolic link folder (the listing shows the link, not the files under it). */
  const underLink = (path: string): boolean => {
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
      if (entryOf(path.slice(0, i))?.mode === '120000') return true;
    }
    return false;
  };

  /**
   * The read of `paths` (those not read yet), staged: entries looked up and blobs read by
   * `readStaged`, with other reads in the same two git processes.
   */
  const stage = (paths: Iterable<string>, hold = false): StagedRead => {
    const wanted = [...new Set(paths)].filter((p) => !texts.has(p));
    const byOid: { path: string; oid: string; size?: number }[] = [];
    const lookups: { path: string; query: string; link: boolean }[] = [];
    const fail = (path: string, reason: string): void => unreadable(path, reason, hold);
    for (const path of wanted) {
      unread.delete(path);
      if (!isSafeRelative(path)) {
        texts.set(path, null);
        continue;
      }
      const entry = entryOf(path);
      // git's batch protocol is one name a line: a name with a line break is read by its id only.
      if (/[\n\r]/.test(path) && ((entry === undefined && listed === null) || entry?.mode === '120000')) {
        fail(path, 'a file name with a line break, which git cannot look up in a batch');
        continue;
      }
      if (entry === null || (entry === undefined && listed !== null && !underLink(path))) {
        texts.set(path, null); // absent on this side
      } else if (entry?.mode === '160000') {
        fail(path, SUBMODULE);
      } else if (entry?.mode === '040000') {
        texts.set(path, null);
      } else if (entry && entry.mode !== '120000') {
        byOid.push({ path, oid: entry.oid, size: entry.size });
      } else {
        // Unknown here, or a symbolic link: git resolves it inside the commit (--follow-symlinks).
        lookups.push({ path, query: `${sha}:${path}`, link: entry?.mode === '120000' });
      }
    }
    const unsized = byOid.filter((b) => b.size === undefined);
    let toRead: { path: string; oid: string; size: number }[] = [];
    return {
      queries: [...lookups.map((l) => l.query), ...unsized.map((b) => b.oid)],
      answered(answers) {
        if (!Array.isArray(answers)) {
          for (const p of [...lookups.map((l) => l.path), ...unsized.map((b) => b.path)]) fail(p, answers.failed);
        } else {
          lookups.forEach((l, i) => {
            const a = answers[i];
            if (!a) return;
            if (a.kind === 'blob') byOid.push({ path: l.path, oid: a.oid, size: a.size });
            else if (a.kind === 'folder' && l.link) fail(l.path, LINK_FOLDER);
            else if (a.kind === 'absent' || a.kind === 'folder') texts.set(l.path, null);
            else fail(l.path, a.reason);
          });
          unsized.forEach((b, i) => {
            const a = answers[lookups.length + i];
            if (a?.kind === 'blob') b.size = a.size;
            else if (a) fail(b.path, a.kind === 'unreadable' ? a.reason : 'its object is missing from the repository');
          });
        }
        const readable = byOid.filter((b) => !texts.has(b.path));
        for (const b of readable) if ((b.size ?? 0) > MAX_FILE_BYTES) fail(b.path, TOO_LARGE);
        toRead = readable.filter((b) => !texts.has(b.path)) as { path: string; oid: string; size: number }[];
        return toRead;
      },
      read(blobs) {
        for (const b of toRead) {
          const bytes = blobs instanceof Map ? blobs.get(b.oid) : undefined;
          if (!bytes) {
            fail(b.path, blobs instanceof Map ? 'its object is missing from the repository' : blobs.failed);
            continue;
          }
          const decoded = decodeBytes(bytes);
          if ('text' in decoded) texts.set(b.path, decoded.text);
          else fail(b.path, decoded.unreadable);
        }
      },
    };
  };

  /** This side's PR files not read yet, staged to be read with another read (their notes held). */
  const stageEarly = (): StagedRead | null => {
    if (asked || unread.size === 0) return null;
    for (const path of unread) readEarly.add(path);
    return stage(unread, true);
  };
  const side: PairedSide = { stageEarly };
  pair?.join(side);

  /** Read `paths`, and with them the PR's files of both sides not read yet (the same two processes). */
  const load = (paths: string[]): void => readStaged(root, staged(paths));
  const staged = (paths: string[]): StagedRead[] => {
    give(paths);
    for (const path of paths) readEarly.delete(path);
    const parts = [stage(paths), stageEarly(), pair?.other(side)?.stageEarly() ?? null];
    return parts.filter((p): p is StagedRead => p !== null);
  };

  const ensure = (path: string): void => {
    if (!asked && members.has(path) && (!texts.has(path) || readEarly.has(path))) {
      // The first read of one of the PR's files reads them all (and the other side's); those
      // read early, with another read, say now what could not be read, as if read now.
      asked = true;
      give([...readEarly]);
      readEarly.clear();
      const other = pair?.other(side)?.stageEarly();
      readStaged(root, other ? [stage(unread), other] : [stage(unread)]);
    }
    if (!texts.has(path)) load([path]);
  };

  const snapshot: Snapshot = {
    list() {
      if (listing === null) {
        const out = git(['ls-tree', '-r', '-l', '-z', '--full-tree', sha], root);
        const at = new Map<string, number>();
        listing = [];
        for (let start = 0; start < out.length; ) {
          let end = out.indexOf('\0', start);
          if (end === -1) end = out.length;
          const tab = out.indexOf('\t', start);
          if (tab !== -1 && tab < end) {
            const path = out.slice(tab + 1, end);
            at.set(path, start);
            if (out.slice(start, tab).includes(' blob ')) listing.push(path);
          }
          start = end + 1;
        }
        listed = { out, at };
        // The word search waiting for this listing starts now, as its facts say (word-search.ts).
        for (const then of whenListed.splice(0)) then();
      }
      return listing;
    },
    read(path) {
      ensure(path);
      return texts.get(path) ?? null;
    },
    prefetch(paths) {
      load(paths);
    },
    prefetchAsync(paths) {
      // Staged now (what is read is fixed here), read when git answers: the caller awaits it
      // before anything else reads this change set.
      return readStagedAsync(root, staged(paths));
    },
    listedOf(paths) {
      const out = new Set<string>();
      // Listed already, or told of every one of them (`knowListed`): no git.
      const known = listedEntries(paths);
      if (known !== null) {
        for (const [path, entry] of known) {
          out.add(path);
          if (!entries.has(path)) entries.set(path, entry);
        }
        return out;
      }
      if (paths.length === 0) return out;
      const inherited = inheritedListing(paths);
      if (inherited !== null) return inherited;
      if (paths.length > 1000 || paths.some((p) => !isSafeRelative(p))) return null;
      let text: string;
      try {
        // The paths as they are (no glob); `ls-tree` does not follow a symbolic link folder, as the listing does not.
        text = git(['--literal-pathspecs', 'ls-tree', '-l', '-z', '--full-tree', sha, '--', ...paths], root);
      } catch {
        return null;
      }
      const wanted = new Set(paths);
      for (const record of text.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const path = record.slice(tab + 1);
        const { type, entry } = recordEntry(record.slice(0, tab));
        if (type !== 'blob' || !wanted.has(path)) continue;
        out.add(path);
        if (!entries.has(path)) entries.set(path, entry);
      }
      return out;
    },
    knowListed(covers, records) {
      told = { covers, records: new Map(records) };
    },
    objectId(path) {
      // Known once the tree is listed (the only way to know which paths to ask for).
      const start = listed?.at.get(path);
      return start === undefined || !listed ? undefined : listed.out.slice(start, listed.out.indexOf('\t', start));
    },
    unreadable(path) {
      ensure(path);
      return reasons.get(path);
    },
    treeId() {
      // One `rev-parse` (a run that hits the replay cache's base tree entry lists nothing).
      if (rootTree === undefined) rootTree = rootTrees.get(`${root}\0${sha}`);
      if (rootTree === undefined) {
        const out = tryGit(['rev-parse', '--verify', '--quiet', `${sha}^{tree}`], root)?.trim();
        rootTree = out !== undefined && /^[0-9a-f]{40,64}$/.test(out) ? out : null;
      }
      return rootTree ?? undefined;
    },
    filesContaining: remembered((needle) => grepDataFiles(root, needle, sha)),
    ...wordSearcher(root, sha, store, {
      facts: () => (listed === null ? null : (facts ??= listingFacts(listed.out))),
      onListed: (then) => void whenListed.push(then),
    }),
  };
  listedBlobs.set(snapshot, listedEntries);
  return snapshot;
}

/** A listing record's head as `ls-tree -l` prints it (`<mode> <type> <oid> <size>`): its type, and its entry (a blob's with its size). */
function recordEntry(head: string): { type: string | undefined; entry: TreeEntry } {
  const [mode, type, oid, size] = head.split(/ +/);
  return { type, entry: type === 'blob' ? { mode, oid, size: Number(size) } : { mode, oid } };
}

/** The blob entries among `paths` of told listing records (`knowListed`): a path without a record, or not a blob's, is not listed. */
function toldEntries(records: ReadonlyMap<string, string>, paths: readonly string[]): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  for (const path of paths) {
    const head = records.get(path);
    if (head === undefined) continue;
    const { type, entry } = recordEntry(head);
    if (type === 'blob' && entry.oid !== undefined) out.set(path, entry);
  }
  return out;
}

/** Each commit snapshot's blob entries of some paths when it is listed already, or told of them (`commitSnapshot`'s `unchangedFrom`). */
const listedBlobs = new WeakMap<Snapshot, (paths: readonly string[]) => Map<string, TreeEntry> | null>();

/**
 * A search that answers each question once: an analysis that runs again (the contract analysis,
 * once its readers are loaded) does not search the tree again.
 */
function remembered(search: (needle: Needles) => string[]): (needle: Needles) => string[] {
  const answers = new Map<string, string[]>();
  return (needle) => {
    const key = JSON.stringify(needle);
    let found = answers.get(key);
    if (!found) answers.set(key, (found = search(needle)));
    return [...found];
  };
}

function gitFailure(error: unknown): string {
  const message = ((error as { stderr?: Buffer | string }).stderr?.toString() || (error as Error).message || '').trim().split('\n')[0];
  return `git could not read it (${message.slice(0, 200)})`;
}

type LookupAnswer = { kind: 'blob'; oid: string; size: number } | { kind: 'absent' } | { kind: 'folder' } | { kind: 'unreadable'; reason: string };

/**
 * Object ids, types and sizes for `<commit>:<path>` and plain object names, with one
 * `git cat-file --batch-check --follow-symlinks`: git follows a link inside the commit (40 hops at
 * most) and says `symlink` for one that leaves it, `dangling`, `loop` or `notdir`.
 */
function lookupObjects(root: string, queries: string[]): LookupAnswer[] {
  const out = execFileSync('git', LOOKUP_ARGS, { cwd: root, input: lookupInput(queries), maxBuffer: lookupBuffer(queries), stdio: ['pipe', 'pipe', 'pipe'], env: gitEnv() });
  return lookupAnswers(out, queries);
}

const LOOKUP_FORMAT = '%(objectname) %(objecttype) %(objectsize)';
const LOOKUP_ARGS = ['cat-file', `--batch-check=${LOOKUP_FORMAT}`, '--follow-symlinks'];
const lookupInput = (queries: string[]): string => queries.map((q) => `${q}\n`).join('');
const lookupBuffer = (queries: string[]): number => 64 * 1024 * 1024 + queries.length * 256;

/** The answers of `cat-file --batch-check --follow-symlinks` to `queries`, in their order. */
function lookupAnswers(out: Buffer, queries: string[]): LookupAnswer[] {
  return lookupRecords(out, queries.length).answers;
}

/**
 * The first `count` answers of a lookup in `out` (fewer when it ends before them), and where the
 * last whole one ends: a record cut short (a line, or a link's target, not all there) is not one.
 */
function lookupRecords(out: Buffer, count: number): { answers: LookupAnswer[]; end: number } {
  const answers: LookupAnswer[] = [];
  let at = 0;
  while (at < out.length && answers.length < count) {
    const eol = out.indexOf(0x0a, at);
    if (eol === -1) break;
    const line = out.subarray(at, eol).toString('utf8');
    const special = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(line);
    if (special) {
      const size = Number(special[2]);
      if (eol + 1 + size + 1 > out.length) break;
      at = eol + 1 + size + 1;
      answers.push(
        special[1] === 'symlink'
          ? { kind: 'unreadable', reason: LINK_OUTSIDE }
          : special[1] === 'loop'
            ? { kind: 'unreadable', reason: LINK_LOOP }
            : special[1] === 'dangling'
              ? { kind: 'unreadable', reason: LINK_DANGLING }
              : { kind: 'absent' },
      );
      continue;
    }
    at = eol + 1;
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line);
    if (!m) answers.push({ kind: 'absent' }); // `<name> missing` (or ambiguous)
    else if (m[2] === 'blob') answers.push({ kind: 'blob', oid: m[1], size: Number(m[3]) });
    else if (m[2] === 'commit') answers.push({ kind: 'unreadable', reason: SUBMODULE });
    else answers.push({ kind: 'folder' });
  }
  return { answers, end: at };
}

/**
 * One snapshot's part of a read: the lookups it needs (`<commit>:<path>` or object ids, for type
 * and size), what it does with the answers (returning the blobs then to read), and with the blobs.
 * A failure of git comes as `{ failed: why }`.
 */
interface StagedRead {
  queries: string[];
  answered(answers: LookupAnswer[] | { failed: string }): { oid: string; size: number }[];
  read(blobs: Map<string, Buffer> | { failed: string }): void;
}

/** The staged reads of one or both sides with one `cat-file --batch-check` and one `--batch` (batched by size) in all. */
function readStaged(root: string, parts: StagedRead[]): void {
  const queries = parts.flatMap((p) => p.queries);
  let answers: LookupAnswer[] | { failed: string } = [];
  if (queries.length > 0) {
    try {
      answers = lookupObjects(root, queries);
    } catch (error) {
      answers = { failed: gitFailure(error) };
    }
  }
  const wanted = answerParts(parts, answers);
  if (wanted.every((w) => w.length === 0)) return;
  let blobs: Map<string, Buffer> | { failed: string };
  try {
    blobs = readBlobsById(root, wanted.flat());
  } catch (error) {
    blobs = { failed: gitFailure(error) };
  }
  readParts(parts, wanted, blobs);
}

/**
 * `readStaged` as one `--batch-command` process run asynchronously (`readStagedInOne`); where that
 * cannot serve (an older git, or one failing before every lookup is answered), `readStaged` itself:
 * the same two processes, the same size check between them, the same answers and notes.
 */
async function readStagedAsync(root: string, parts: StagedRead[]): Promise<void> {
  const queries = parts.flatMap((p) => p.queries);
  // Nothing to look up: one `--batch` process at most either way.
  if (queries.length > 0 && batchCommand !== false && (await readStagedInOne(root, parts, queries))) return;
  readStaged(root, parts);
}

/**
 * Whether this git has `cat-file --batch-command` (git 2.36, 2022): unknown until asked; false
 * once a `readStagedInOne` found it missing (older git: `readStagedAsync` then runs two processes).
 */
let batchCommand: boolean | undefined;

/**
 * `readStaged`'s two processes as one (issue 18: each process costs ~10 ms here, ~5 of them the
 * main thread's fork): `git cat-file --batch-command --follow-symlinks`, asked `info` for every
 * lookup first; only once all are answered, and the size check has refused every blob over
 * MAX_FILE_BYTES (as between the two processes), `contents` of the rest. False, having read
 * nothing, when git fails before it has answered every lookup (an older git that has no
 * `--batch-command` among them): the caller then reads with two processes as before, and reports
 * their failure, if any, as before. A failure after that is every blob's `unreadable`, as a
 * failed `--batch` is.
 */
function readStagedInOne(root: string, parts: StagedRead[], queries: string[]): Promise<boolean> {
  return new Promise<boolean>((settle) => {
    const child = spawn('git', ['cat-file', `--batch-command=${LOOKUP_FORMAT}`, '--follow-symlinks'], { cwd: root, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const answers: LookupAnswer[] = [];
    /** The lookup's output not yet made into answers (a record cut between two reads). */
    let pending: Buffer = Buffer.alloc(0);
    let lookupBytes = 0;
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    /** The blobs asked for (once every lookup is answered) and the bytes `contents` may print. */
    let reading: { wanted: { oid: string; size: number }[][]; unique: [string, number][]; limit: number } | null = null;
    /** The process could not run (`error` before the lookups were answered): its output is not read. */
    let gaveUp = false;
    const askContents = (wanted: { oid: string; size: number }[][]): void => {
      const unique = [...new Map(wanted.flat().map((b) => [b.oid, b.size])).entries()];
      // Each object's header is its id, type and size: under 100 bytes.
      reading = { wanted, unique, limit: unique.reduce((sum, [, size]) => sum + size + 100, 1024) };
      child.stdin.end(unique.map(([oid]) => `contents ${oid}\n`).join(''));
    };
    child.stdin.on('error', () => {});
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (reading !== null) {
        outBytes += chunk.length;
        if (outBytes > reading.limit) child.kill();
        else out.push(chunk);
        return;
      }
      if (gaveUp) return;
      // Bounded like lookupObjects' buffer.
      lookupBytes += chunk.length;
      if (lookupBytes > lookupBuffer(queries)) return void child.kill();
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const got = lookupRecords(pending, queries.length - answers.length);
      for (const answer of got.answers) answers.push(answer);
      pending = pending.subarray(got.end);
      if (answers.length === queries.length) askContents(answerParts(parts, answers));
    });
    // A process that cannot start (no git) reads nothing: the fallback says why. Once the lookups
    // are answered (`answered` has run), only 'close' settles, with those answers.
    child.on('error', () => {
      if (reading !== null) return;
      gaveUp = true;
      settle(false);
    });
    child.on('close', (status) => {
      if (reading === null) return settle(false);
      let blobs: Map<string, Buffer> | { failed: string } = new Map();
      if (status !== 0 || outBytes > reading.limit) {
        blobs = { failed: gitFailure({ stderr, message: `git cat-file --batch-command ended with ${status === null ? 'a signal' : `status ${status}`}` }) };
      } else chunkBlobs(Buffer.concat(out), reading.unique, blobs);
      readParts(parts, reading.wanted, blobs);
      settle(true);
    });
    child.stdin.write(queries.map((q) => `info ${q}\n`).join(''));
  }).then((read) => {
    // The first try decides for the rest of the run: a git that failed before answering (too old, or failing anyway) reads in two processes.
    batchCommand ??= read;
    return read;
  });
}

/** Each part's lookups answered (its share of `answers`, in order): the blobs each then reads. */
function answerParts(parts: StagedRead[], answers: LookupAnswer[] | { failed: string }): { oid: string; size: number }[][] {
  let at = 0;
  return parts.map((p) => {
    const mine = Array.isArray(answers) ? answers.slice(at, at + p.queries.length) : answers;
    at += p.queries.length;
    return p.answered(mine);
  });
}

function readParts(parts: StagedRead[], wanted: { oid: string; size: number }[][], blobs: Map<string, Buffer> | { failed: string }): void {
  parts.forEach((p, i) => {
    if (wanted[i].length > 0) p.read(blobs);
  });
}

/** A side's hook for the other: its PR files not read yet, staged to be read with the other's. */
interface PairedSide {
  stageEarly(): StagedRead | null;
}

/**
 * Base and head of one change set: the first read from git of either side (the configuration's
 * lookup, a PR file) reads the PR's SQL and YAML/JSON files of both sides too, in the same two git
 * processes (issue 19: a PR that edits a package.json took five cat-file processes, two now; one
 * `--batch-command` when the CLI's first read is `prefetchAsync`, `readStagedInOne`). Those are the files the analysers read (each side's are read together either way).
 */
export class ReadPair {
  private readonly sides: PairedSide[] = [];
  join(side: PairedSide): void {
    this.sides.push(side);
  }
  other(side: PairedSide): PairedSide | undefined {
    return this.sides.find((s) => s !== side);
  }
}

/** What one `git cat-file --batch` process may return; more is read in further batches of this size. */
const BATCH_BYTES = 64 * 1024 * 1024;

/**
 * Blobs by object id (sizes known, each at most MAX_FILE_BYTES), in as few `git cat-file --batch`
 * processes as fit BATCH_BYTES each: `<oid> blob <size>\n<bytes>\n` per object.
 */
export function readBlobsById(root: string, blobs: { oid: string; size: number }[], budget = BATCH_BYTES): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const { chunk, bytes } of blobChunks(blobs, budget)) {
    // Each object's header is its id, type and size: under 100 bytes.
    const data = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: chunk.map(([oid]) => `${oid}\n`).join(''), maxBuffer: bytes + chunk.length * 100 + 1024, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnv() });
    chunkBlobs(data, chunk, out);
  }
  return out;
}

/** The distinct blobs, in batches of at most `budget` bytes each (one that is larger alone). */
function blobChunks(blobs: { oid: string; size: number }[], budget: number): { chunk: [string, number][]; bytes: number }[] {
  const unique = [...new Map(blobs.map((b) => [b.oid, b.size])).entries()];
  const chunks: { chunk: [string, number][]; bytes: number }[] = [];
  let chunk: [string, number][] = [];
  let bytes = 0;
  for (const [oid, size] of unique) {
    if (bytes + size > budget && chunk.length > 0) {
      chunks.push({ chunk, bytes });
      chunk = [];
      bytes = 0;
    }
    chunk.push([oid, size]);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push({ chunk, bytes });
  return chunks;
}

/** The blobs `cat-file --batch` printed for `chunk` (`<oid> <type> <size>\n<bytes>\n` each; `<oid> missing`). */
function chunkBlobs(data: Buffer, chunk: [string, number][], out: Map<string, Buffer>): void {
  let at = 0;
  for (const [oid] of chunk) {
    const eol = data.indexOf(0x0a, at);
    if (eol === -1) break;
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(data.subarray(at, eol).toString('utf8'));
    if (!m) {
      at = eol + 1; // `<oid> missing`
      continue;
    }
    const size = Number(m[2]);
    if (m[1] === 'blob') out.set(oid, data.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
}

/** The YAML/JSON pathspecs of `filesContaining` (any folder, any letter case). */
const DATA_PATHSPECS = [':(icase)*.json', ':(icase)*.yaml', ':(icase)*.yml'];

/**
 * YAML/JSON files containing `needle` (fixed string), with `git grep`: in `commit`, or in the
 * working tree with untracked files. A needle with a line break is searched by its longest line
 * (git's patterns are lines) and the caller's reads check the rest.
 */
/** Characters of `-e` patterns per git grep process (command lines stay far below the OS limit). */
const GREP_PATTERN_CHARS = 64 * 1024;

/**
 * YAML/JSON files of a commit (or the working tree) whose text contains any of `needles`: one git
 * grep per 64 KB of patterns, not one per needle (each is a pass over the whole tree). A needle
 * that spans lines is searched by its longest line (a superset: the caller confirms on the text).
 */
function grepDataFiles(root: string, needles: Needles, commit: string | null): string[] {
  const lines = new Set<string>();
  for (const needle of typeof needles === 'string' ? [needles] : needles) {
    const line = needle.split(/[\r\n\0]/).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (line.length > 0) lines.add(line);
  }
  const found = new Set<string>();
  const prefix = commit ? `${commit}:` : '';
  let batch: string[] = [];
  let chars = 0;
  const run = (): void => {
    if (batch.length === 0) return;
    // -a: files that look binary (a NUL byte) are searched too. In a commit, one thread: git's
    // threads share one lock on the object store, so a second one adds CPU and wall time (16,000
    // small JSON/YAML blobs of a 99,000-file tree: 0.25 s CPU, 0.14 s wall on two threads against
    // 0.06 s and 0.06 s on one; git 2.39, 2 cores). The working tree's reads run in parallel.
    const args = ['grep', ...(commit ? ['--threads=1'] : []), '--no-color', '-l', '-z', '-a', '-F'];
    for (const line of batch) args.push('-e', line);
    if (commit) args.push(commit);
    else args.push('--untracked');
    args.push('--', ...DATA_PATHSPECS);
    batch = [];
    chars = 0;
    let out: string;
    try {
      out = git(args, root);
    } catch (error) {
      if ((error as { status?: number }).status === 1) return; // no match
      throw error;
    }
    for (const p of out.split('\0')) {
      if (p.length === 0) continue;
      const path = prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p;
      if (DATA_FILE.test(path)) found.add(path);
    }
  };
  for (const line of lines) {
    if (chars + line.length > GREP_PATTERN_CHARS) run();
    batch.push(line);
    chars += line.length;
  }
  run();
  return [...found].sort();
}

/**
 * The working tree. Symbolic links are followed inside the repository (never out of it), each
 * file's size is checked on the open file before it is read, and anything but a regular file
 * (a FIFO, a device) is unreadable, with why.
 */
export function worktreeSnapshot(root: string, noteSkip: SkipNote = () => {}): Snapshot {
  let listing: string[] | null = null;
  const realRoot = realpathSync(root);
  const read = fileSystemReader(realRoot, noteSkip);
  return {
    list() {
      listing ??= git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root)
        .split('\0')
        .filter((p) => p.length > 0);
      return listing;
    },
    read: (path) => read(path).text,
    unreadable: (path) => read(path).reason,
    filesContaining: remembered((needle) => grepDataFiles(root, needle, null)),
  };
}
