/**
 * Whole-word search of a commit's files (`git grep -w -F`), for the code-references search
 * (docs/code-references.md). In a 100,000-file repository one pass costs about a second of git's
 * time, so it can start early in the background (`prefetchWords`, with the names the PR's
 * migrations are likely to produce) and run on the other core while the analysis runs; its output
 * goes to a temporary file, so git never waits on a pipe that a busy event loop does not read.
 * `searchWords` then answers from it, and runs git itself only for words it did not cover.
 *
 * Identifier words go to git as ONE regex alternation (`-P`, else `-w -E 'a|b|…'`): `-w -F -f` with
 * many fixed strings costs git a scan per word (documenso 7f09ba72f4, 149 words: 225 s against
 * 0.75 s, the same output). Words with other characters (dotted or spaced enum values) get a
 * `-w -F` pass of their own: in one alternation a longer word that fails the word check would hide
 * a shorter one at the same place.
 *
 * With the replay cache's folder (docs/cache.md), a pass's complete answer is kept, keyed by the
 * commit and its words: a second run on the same base (a PR pushed again, a re-run) reads it instead
 * of the whole tree's blobs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitError, gitEnv } from './git-error.js';
import { escapeRegExp, NEVER_SEARCHED_DIRS, WORD_SEARCH_BYTES, wholeWords, type ReplayStore, type Snapshot, type WordSearch } from './types.js';

type Searcher = Required<Pick<Snapshot, 'searchWords' | 'prefetchWords' | 'stopPrefetch'>>;

/**
 * What the searched commit's listing (`git ls-tree -r -l`, git.ts's `list()`) tells the search
 * about how to run git; it never changes which lines are found.
 */
export interface ListingFacts {
  /** Mean size in bytes of the listed blobs (of a sample of them in a large listing). */
  meanBlobBytes: number;
  /** Whether a listed path lies inside a NEVER_SEARCHED_DIRS folder (false: the excludes would exclude nothing). */
  neverSearchedDirs: boolean;
}

/** The snapshot's listing, as far as it is made: `facts()` (null: not listed yet) and a call when it is. */
export interface SearchedListing {
  facts(): ListingFacts | null;
  onListed(then: () => void): void;
}

/**
 * `searchWords`, `prefetchWords` and `stopPrefetch` of the commit `commit` in the repository at
 * `root`; with `store`, each pass's answer is taken from it when it holds one, else kept there.
 * With `listing`, git runs as its facts say (`gitPlan`): a background search not answered by
 * `store` starts once the commit is listed, or at the next turn of the event loop if nothing
 * lists it before (every entry point lists base right after starting the search when the run
 * needs the listing at all), so that the listing decides how git runs.
 */
export function wordSearcher(root: string, commit: string, store?: ReplayStore, listing?: SearchedListing): Searcher {
  let early: { words: Set<string>; result: WordSearch | null } | null = null;
  const running = new Set<{ kill(): boolean }>();
  /** Background searches waiting for the listing (or the next turn): stopPrefetch settles them unstarted. */
  const waiting = new Set<() => void>();
  const cache = searchCache(store, commit);
  const plan = (): GitPlan => gitPlan(listing?.facts() ?? null);
  const grep = (list: string[]): WordSearch => {
    const hit = cache.read(list);
    if (hit) return hit;
    const result = grepWords(root, commit, list, plan());
    cache.write(list, result);
    return result;
  };
  const background = (list: string[]): Promise<WordSearch | null> => {
    if (!listing || listing.facts() !== null) return grepInBackground(root, commit, list, running, plan());
    return new Promise((resolve) => {
      let settled = false;
      const cancel = (): void => {
        if (settled) return;
        settled = true;
        resolve(null);
      };
      const start = (): void => {
        if (settled) return;
        settled = true;
        waiting.delete(cancel);
        resolve(grepInBackground(root, commit, list, running, plan()));
      };
      waiting.add(cancel);
      listing.onListed(start);
      setImmediate(start);
    });
  };
  return {
    prefetchWords(words) {
      const list = cleanWords(words).filter((w) => IDENTIFIER.test(w)); // the others: searchWords' -F pass
      if (list.length === 0) return Promise.resolve();
      const hit = cache.read(list);
      if (hit) {
        early = { words: new Set(list), result: hit };
        return Promise.resolve();
      }
      return background(list).then((result) => {
        early = { words: new Set(list), result };
        if (result) cache.write(list, result);
      });
    },
    stopPrefetch() {
      // Its promise then settles without a result (git ended by a signal, or never started): searchWords searches itself.
      for (const cancel of waiting) cancel();
      waiting.clear();
      for (const child of running) child.kill();
      running.clear();
    },
    searchWords(words) {
      const list = cleanWords(words);
      if (!early?.result) return grep(list);
      const covered = early.result;
      const missing = list.filter((w) => !early!.words.has(w));
      const wanted = wholeWords(list);
      const lines = covered.lines.filter((l) => wanted.test(l.text));
      if (missing.length === 0) return { lines, truncated: covered.truncated };
      const rest = grep(missing);
      return { lines: unionInGitOrder(lines, rest.lines), truncated: covered.truncated || rest.truncated };
    },
  };
}

/** Format of a kept search (another format is another key). */
const CACHE_FORMAT = 'word-search-1';
/** Largest answer kept (its lines' paths and texts, in characters): a search that finds more is run again next time rather than filling the folder. */
export const MAX_CACHED_SEARCH_BYTES = 8 * 1024 * 1024;

interface SearchCache {
  /** The kept answer for exactly these words (in this order), or null: none, or one that is damaged or not whole. */
  read(words: string[]): WordSearch | null;
  /** Keep a complete answer (one cut short or missing a blob is never kept: the next run may read more). */
  write(words: string[], result: WordSearch): void;
}

/**
 * Searches of `commit` kept in `store` (the replay cache's folder). The key: a SHA-256 over the
 * format, the build of the tool (the search's arguments and scope are its code), the commit's
 * object id (it names its tree: every blob searched) and the words. An entry is a header line
 * (format, key, SHA-256 of the rest) and the lines found as `[path, line, text]`; one that is
 * not whole, of another key, or of the wrong shape is a miss, and git searches.
 */
function searchCache(store: ReplayStore | undefined, commit: string): SearchCache {
  if (!store || !/^[0-9a-f]{40,64}$/.test(commit)) return { read: () => null, write: () => {} };
  const keyOf = (words: string[]): string | null => {
    try {
      const h = createHash('sha256');
      for (const part of [CACHE_FORMAT, store.toolId(), commit, String(words.length), ...words]) h.update(`${part.length}:${part}`);
      return h.digest('hex');
    } catch {
      return null;
    }
  };
  return {
    read(words) {
      const key = keyOf(words);
      if (key === null) return null;
      try {
        const text = store.read(key);
        if (text === null) return null;
        const eol = text.indexOf('\n');
        if (eol === -1) return null;
        const header = JSON.parse(text.slice(0, eol)) as { format?: unknown; key?: unknown; sha256?: unknown };
        const payload = text.slice(eol + 1);
        if (header.format !== CACHE_FORMAT || header.key !== key || header.sha256 !== sha256(payload)) return null;
        const rows = JSON.parse(payload) as unknown;
        if (!Array.isArray(rows)) return null;
        const lines: WordSearch['lines'] = [];
        let previous = '';
        for (const row of rows as unknown[]) {
          if (!Array.isArray(row) || row.length !== 3) return null;
          const [path, line, lineText] = row as unknown[];
          if (typeof path !== 'string' || typeof lineText !== 'string' || !Number.isSafeInteger(line) || (line as number) < 1) return null;
          lines.push({ path: (previous = sameAs(previous, path)), line: line as number, text: lineText });
        }
        return { lines, truncated: false };
      } catch {
        return null;
      }
    },
    write(words, result) {
      if (result.truncated) return;
      const key = keyOf(words);
      if (key === null) return;
      let bytes = 0;
      for (const l of result.lines) if ((bytes += l.path.length + l.text.length + 16) > MAX_CACHED_SEARCH_BYTES) return;
      try {
        const payload = JSON.stringify(result.lines.map((l) => [l.path, l.line, l.text]));
        store.write(key, `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256(payload) })}\n${payload}`);
      } catch {
        // Not kept: the next run searches again.
      }
    },
  };
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

function cleanWords(words: readonly string[]): string[] {
  return [...new Set(words.filter((w) => w.length > 0 && !/[\r\n\0]/.test(w)))];
}

/** Words git's `-E` reads as themselves (no regex character); the others are searched with `-F`. */
const IDENTIFIER = /^\w+$/;

/**
 * Identifiers go to git as one alternation. Fixed strings (`-F`) cost git more with every word and
 * every partial match: in documenso (base of 7f09ba72f4) 60 table and column names took 4.31 s
 * with `-F` against 0.35 s with `-E`, 149 took 225 s; only a synthetic repository of dense
 * generated code favoured `-F` (27 words over 100,000 files: 0.92 s against 1.28 s).
 *
 * Where git has PCRE (`-P`, JIT-compiled), the alternation costs git 0.71× the CPU time of `-E`
 * (the 100,000-file benchmark's base: 1.30 s against 1.87 s CPU, reading the blobs alone 0.93 s).
 * git's `-w` retries a failed word check at the next position but not with another alternative,
 * which PCRE's leftmost-first alternation needs (`user|users` would miss `users`), so the word
 * check is written into the pattern as lookarounds over git's word characters (ASCII letters,
 * digits, `_`: git runs with LC_ALL=C) and `-w` is not given: the same lines as `-w -E`. A git
 * without PCRE, or a pattern PCRE refuses (its compiled size is bounded), falls back to `-E`.
 */
function identifierPass(words: string[], pcre: boolean): Pass {
  if (pcre && pcreUsable !== false) return { mode: '-P', input: `(?<![A-Za-z0-9_])(?:${factoredAlternation(words) || '(?!)'})(?![A-Za-z0-9_])\n` };
  return { mode: '-E', input: `${words.join('|')}\n` };
}

/** Deepest shared prefix factored out; below it the rest of the words are listed as they are (a bound on the recursion). */
const MAX_FACTOR_DEPTH = 64;

/**
 * `words` (identifiers: no regex character) as one alternation with shared prefixes factored out
 * (`users|user|User` → `(?:users?|User)`): the same set of strings, but PCRE tries a position's
 * next character once per prefix instead of once per word. The PCRE pass's matching cost is what
 * the alternation adds to reading the blobs (the 100,000-file benchmark's base, one thread:
 * 0.65 s CPU for a pattern that never starts a match, 1.30 s for the 52 flat words, 1.11 – 1.20 s
 * factored). Leftmost-first order does not matter: the word check after the group makes PCRE
 * backtrack into the other branches, and git only asks whether a line matches.
 */
export function factoredAlternation(words: readonly string[], depth = 0): string {
  const unique = [...new Set(words)];
  if (depth >= MAX_FACTOR_DEPTH) return optionalGroup(unique.filter((w) => w !== ''), unique.includes(''));
  const byFirst = new Map<string, string[]>();
  let end = false;
  for (const w of unique) {
    if (w === '') {
      end = true;
      continue;
    }
    const rest = byFirst.get(w[0]!);
    if (rest) rest.push(w.slice(1));
    else byFirst.set(w[0]!, [w.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rest]) => `${first}${factoredAlternation(rest, depth + 1)}`);
  return optionalGroup(branches, end);
}

/** `branches` as one alternation, optional when `empty` (the empty string is in the set too). */
function optionalGroup(branches: string[], empty: boolean): string {
  if (branches.length === 0) return '';
  if (!empty) return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return branches.length === 1 && branches[0]!.length === 1 ? `${branches[0]}?` : `(?:${branches.join('|')})?`;
}

interface Pass {
  mode: '-E' | '-F' | '-P';
  input: string;
}

/** Whether this git greps with PCRE: unknown until the first `-P` pass says so. */
let pcreUsable: boolean | undefined;

/** git refused a `-P` pass (built without PCRE, or the pattern too large for it): `-E` then. */
function pcreRefused(status: number | null, stderr: string): boolean {
  if (status !== 128) return false;
  if (/USE_LIBPCRE|not compiled with|perl-compatible|support for perl/i.test(stderr)) pcreUsable = false;
  return true;
}

/** How git greps a commit: on one thread or on git's default, with the NEVER_SEARCHED_DIRS excludes or without. */
interface GitPlan {
  oneThread: boolean;
  excludes: boolean;
}

/**
 * Below this mean blob size (bytes) the search runs on one thread. git's threads take each blob
 * from the object store under one lock and hand it over, a cost per file; what they share out is
 * the matching, a cost per byte. The 99,000-file monorepo's base (28 bytes a blob): two threads
 * 0.42 s CPU and 0.46-0.63 s wall, one 0.15-0.18 s CPU and 0.20-0.32 s wall; 50,000 blobs of
 * 300 bytes: 0.30-0.32 s CPU against 0.18-0.20 s, wall no longer on two threads (load 4-6); of
 * ~3 KB (100,000 files, 27 names, load 0.8) two threads take 1.24 s wall against 1.64 s on one.
 * The 16 repositories of bench/.repos have a mean of 1.9-32 KB a blob: none of them is affected.
 */
export const ONE_THREAD_BELOW_BYTES = 512;

/**
 * How to run git over a commit whose listing gave `facts` (null: not listed; git's defaults, as
 * before). The excludes are left out only when no listed path lies inside one of their folders:
 * they would exclude nothing, and git matches each of them against every path (99,000 paths,
 * seven `**` globs: 0.07 s of the 0.21 s one thread takes).
 */
export function gitPlan(facts: ListingFacts | null): GitPlan {
  if (facts === null) return { oneThread: false, excludes: true };
  return { oneThread: facts.meanBlobBytes < ONE_THREAD_BELOW_BYTES, excludes: facts.neverSearchedDirs };
}

/**
 * The facts of a listing as `git ls-tree -r -l -z` printed it (`<mode> <type> <oid> <size>\t<path>\0`):
 * whether a path has a NEVER_SEARCHED_DIRS folder (its name and a `/`, after the tab or a `/`; a
 * path with a tab in it can only make this say yes, which keeps the excludes), and the mean size
 * of the blobs of at most SAMPLED_RECORDS records spread over the text.
 */
export function listingFacts(out: string): ListingFacts {
  // One pass over the text (a 99,000-entry listing, 8.6 MB: ~5 ms; an indexOf per folder name took 15-30 ms).
  const neverSearchedDirs = NEVER_SEARCHED_DIR_RE.test(out);
  let bytes = 0;
  let blobs = 0;
  const step = Math.max(1, Math.floor(out.length / SAMPLED_RECORDS));
  /** Where the record after the last one sampled starts (each record is sampled once at most). */
  let next = 0;
  for (let at = 0; at < out.length; at += step) {
    // The record that starts at `at` or after it.
    const start = at === 0 ? 0 : out.indexOf('\0', at - 1) + 1;
    if (start === 0 && at !== 0) break;
    if (start < next) continue;
    const end = out.indexOf('\0', start);
    const stop = end === -1 ? out.length : end;
    next = stop + 1;
    const tab = out.indexOf('\t', start);
    if (tab === -1 || tab > stop) continue;
    const head = out.slice(start, tab);
    if (!head.includes(' blob ')) continue;
    const size = Number(head.slice(head.lastIndexOf(' ') + 1));
    if (!Number.isFinite(size)) continue;
    bytes += size;
    blobs++;
  }
  return { meanBlobBytes: blobs === 0 ? 0 : bytes / blobs, neverSearchedDirs };
}

/** A NEVER_SEARCHED_DIRS folder in a listing's path: its name after the tab or a `/`, and a `/`. */
const NEVER_SEARCHED_DIR_RE = new RegExp(`[\t/](?:${NEVER_SEARCHED_DIRS.map(escapeRegExp).join('|')})/`);

/** Records of a listing whose sizes are read for the mean (a 99,000-entry listing: every ~25th). */
const SAMPLED_RECORDS = 4096;

/**
 * In the foreground and in the background, git's default threads (one per core) unless the
 * listing says the blobs are small (`gitPlan`). Large blobs favour git's threads in wall time,
 * and in the background the check waits on git: the 100,000-file benchmark (~3 KB a file), load
 * 2-4, added 1.98 s wall on one thread against 0.84 s on two (5 pairs each).
 */
function grepArgs(commit: string, mode: Pass['mode'], plan: GitPlan): string[] {
  const args = ['grep', ...(plan.oneThread ? ['--threads=1'] : []), '--no-color', '-n', '-z', '-I', ...(mode === '-P' ? [] : ['-w']), mode, '-f', '-', commit, '--', '.'];
  if (plan.excludes) for (const dir of NEVER_SEARCHED_DIRS) args.push(`:(exclude,glob)**/${dir}/**`);
  return args;
}

/**
 * Lines of a commit's text files holding any of `words` as a whole word: one `git grep -P` (or
 * `-w -E`) alternation for the identifiers, `-w -F` for the other words, the words on standard input (no command-line limit),
 * binary files and NEVER_SEARCHED_DIRS left out. Output past WORD_SEARCH_BYTES in all is cut
 * (`truncated`), never read without bound.
 */
function grepWords(root: string, commit: string, words: string[], plan: GitPlan): WordSearch {
  const plain = words.filter((w) => IDENTIFIER.test(w));
  const other = words.filter((w) => !IDENTIFIER.test(w));
  const first = plain.length > 0 ? identifierGrep(root, commit, plain, plan) : { lines: [], truncated: false, bytes: 0 };
  if (other.length === 0 || first.truncated) return { lines: first.lines, truncated: first.truncated };
  const second = grepPass(root, commit, '-F', `${other.join('\n')}\n`, Math.max(1, WORD_SEARCH_BYTES - first.bytes), plan) as Found;
  return { lines: unionInGitOrder(first.lines, second.lines), truncated: second.truncated };
}

/**
 * The lines of two passes over the same commit, each line once, in the order one `git grep` of
 * all their words prints them: by path in git's order (UTF-8 bytes: the index's and a tree walk's),
 * then by line. So the answer does not depend on which words a background search guessed or which
 * pass found a line, and what reads the first matching line (`readsWholesale`, `ignored_columns`)
 * names the same one either way.
 */
export function unionInGitOrder(a: WordSearch['lines'], b: WordSearch['lines']): WordSearch['lines'] {
  const seen = new Set(a.map((l) => `${l.path}\u0000${l.line}`));
  const lines = a.slice();
  for (const l of b) if (!seen.has(`${l.path}\u0000${l.line}`)) lines.push(l);
  // Each pass is already in this order: the sort merges two runs.
  return lines.sort((x, y) => comparePaths(x.path, y.path) || x.line - y.line);
}

/** `a` against `b` as git orders paths: by their UTF-8 bytes (JavaScript's `<` compares UTF-16 units, which differs past U+D7FF). */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return utf8Rank(x) - utf8Rank(y);
  }
  return a.length - b.length;
}

/** A UTF-16 unit's place in UTF-8 byte order: surrogates (code points past U+FFFF, 4 bytes starting 0xF0) come after U+E000–U+FFFF (3 bytes, 0xEE–0xEF). */
function utf8Rank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

type Found = WordSearch & { bytes: number };

/** The identifiers' pass: `-P` where git takes it, else `-E`. */
function identifierGrep(root: string, commit: string, words: string[], plan: GitPlan): Found {
  const pass = identifierPass(words, true);
  const found = grepPass(root, commit, pass.mode, pass.input, WORD_SEARCH_BYTES, plan);
  if (found !== 'refused') return found;
  const plain = identifierPass(words, false);
  return grepPass(root, commit, plain.mode, plain.input, WORD_SEARCH_BYTES, plan) as Found;
}

function grepPass(root: string, commit: string, mode: Pass['mode'], input: string, maxBuffer: number, plan: GitPlan): Found | 'refused' {
  const run = spawnSync('git', grepArgs(commit, mode, plan), { cwd: root, input, maxBuffer, env: gitEnv() });
  const cut = (run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOBUFS';
  if (run.error && !cut) throw new GitError(`git grep failed: ${run.error.message}`);
  if (mode === '-P' && !cut && pcreRefused(run.status, run.stderr?.toString('utf8') ?? '')) return 'refused';
  if (mode === '-P' && !cut && run.status !== 128) pcreUsable = true;
  // A blob git cannot read (a partial clone without it: git says so on stderr and exits 0): the
  // lines found stand, but the search is incomplete, so nothing may be called unused (as with a cut output).
  const incomplete = cut || (run.status !== 0 && run.status !== 1) || unreadBlobs(run.stderr?.toString('utf8') ?? '');
  return { lines: parseRecords(run.stdout?.toString('utf8') ?? '', commit), truncated: incomplete, bytes: run.stdout?.length ?? 0 };
}

/**
 * The same search as a background process writing to a temporary file; resolves when git exits
 * (null when it failed: `searchWords` then searches again, in the foreground, and reports a failure
 * there). The file is read up to WORD_SEARCH_BYTES and removed.
 */
function grepInBackground(root: string, commit: string, words: string[], running: Set<{ kill(): boolean }>, plan: GitPlan): Promise<WordSearch | null> {
  return new Promise((resolve) => {
    let dir: string;
    let out: number;
    let err: number;
    try {
      dir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'rollback-guard-grep-'));
      leftBehind.set(dir, null);
      removeOnExit();
      out = openSync(join(dir, 'out'), 'w');
      err = openSync(join(dir, 'err'), 'w');
    } catch {
      resolve(null);
      return;
    }
    let child: ReturnType<typeof spawn> | null = null;
    const finish = (result: WordSearch | null): void => {
      if (child) running.delete(child);
      rmSync(dir, { recursive: true, force: true });
      leftBehind.delete(dir);
      resolve(result);
    };
    const pass = identifierPass(words, true);
    child = spawn('git', grepArgs(commit, pass.mode, plan), { cwd: root, stdio: ['pipe', out, err], env: gitEnv() });
    leftBehind.set(dir, child);
    running.add(child);
    closeSync(out);
    closeSync(err);
    child.on('error', () => finish(null));
    child.on('close', (status) => {
      if (pass.mode === '-P' && status === 128) pcreRefused(status, readText(join(dir, 'err')));
      else if (pass.mode === '-P' && (status === 0 || status === 1)) pcreUsable = true;
      if (status !== 0 && status !== 1) return finish(null);
      try {
        const result = readRecords(join(dir, 'out'), commit);
        finish(unreadBlobs(readText(join(dir, 'err'))) ? { ...result, truncated: true } : result);
      } catch {
        finish(null);
      }
    });
    child.stdin?.on('error', () => {}); // git exits early on a bad commit: reported by 'close'
    child.stdin?.end(pass.input);
  });
}

/**
 * Background searches still running, by folder: when the process exits before they end (a check
 * that failed; the CLI and the Action exit so on SIGINT and SIGTERM), git is stopped and the
 * folder removed. A process killed outright (SIGKILL) cannot clean up: in the Action the folder is
 * under RUNNER_TEMP, which the runner empties after every job.
 */
const leftBehind = new Map<string, { kill(): boolean } | null>();
let exitHook = false;

function removeOnExit(): void {
  if (exitHook) return;
  exitHook = true;
  const sweep = (): void => {
    for (const [dir, child] of leftBehind) {
      child?.kill();
      rmSync(dir, { recursive: true, force: true });
    }
    leftBehind.clear();
  };
  process.once('exit', sweep);
}

/** git grep's stderr says a file could not be read. */
function unreadBlobs(stderr: string): boolean {
  return /unable to read|could not read|fatal:/i.test(stderr);
}

/** git's error output, as far as it says anything (64 KB); empty when it cannot be read. */
function readText(file: string): string {
  try {
    return readBytes(file, 64 * 1024).toString('utf8');
  } catch {
    return '';
  }
}

/** The first `max` bytes of a file (fewer when it is shorter). */
function readBytes(file: string, max: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, max));
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function readRecords(file: string, commit: string): WordSearch {
  const bytes = readBytes(file, WORD_SEARCH_BYTES + 1);
  return { lines: parseRecords(bytes.toString('utf8', 0, Math.min(bytes.length, WORD_SEARCH_BYTES)), commit), truncated: bytes.length > WORD_SEARCH_BYTES };
}

/** `path`, or `previous` when they are the same text (one string object for a file's lines). */
function sameAs(previous: string, path: string): string {
  return path === previous ? previous : path;
}

/** Records `<commit>:<path> NUL <line> NUL <text> LF`; a record cut by the bound is dropped. */
function parseRecords(out: string, commit: string): WordSearch['lines'] {
  const prefix = `${commit}:`;
  const lines: WordSearch['lines'] = [];
  let at = 0;
  // git prints a file's lines together: they share one path string (sameAs), so the maps keyed by
  // path downstream hash each file's path once, not once per line.
  let previous = '';
  for (;;) {
    const end = out.indexOf('\n', at);
    if (end === -1) break;
    const record = out.slice(at, end);
    at = end + 1;
    const a = record.indexOf('\0');
    const b = a === -1 ? -1 : record.indexOf('\0', a + 1);
    if (b === -1) continue;
    const named = record.slice(0, a);
    const path = (previous = sameAs(previous, named.startsWith(prefix) ? named.slice(prefix.length) : named));
    lines.push({ path, line: Number(record.slice(a + 1, b)), text: record.slice(b + 1) });
  }
  return lines;
}
