/**
 * Which of base's migration files shipped in a release (issue 12, "shipped means released").
 *
 * A release is a tag (`release-tags` globs; by default every tag that names a version: one with a
 * digit and without a `test`/`tmp`/`wip`/`draft`/`experiment` word, see `looksLikeRelease`) that
 * does not contain head: a tag cut on head or after it is the release this change goes into. The
 * commits base has that no release has are the unreleased ones; a file that one of them created
 * (added, copied, or renamed from a file that an unreleased commit created in turn) is in no
 * release, so no database of a release has applied it. A rename that gives the migration a new
 * identity (`keepsIdentity`: a new version or folder to its tool) creates a new migration too: the
 * databases of a release applied the old one, never this one. Then the release trees decide where
 * they can be asked (at most 50,000 lookups): a file some release's tree holds under one of its
 * names is released (a cherry-pick onto a release branch too), and one that none holds is not (a
 * release branch that left it out). Every other file counts as released, and so does every file
 * when rollback-guard cannot tell (no tags, a shallow checkout): that keeps the edited- and
 * deleted-migration checks on, and the reason says why.
 *
 * A fixed number of git processes whatever the number of tags and files: `rev-parse`,
 * `for-each-ref` (and `for-each-ref --contains` for the tags no older than head), one `git log`
 * over the unreleased commits, limited to SQL files, then one `git cat-file --batch-check` asking
 * whether a release's tree has each file (skipped past 50,000 lookups), which also gives the
 * object id of each version the releases hold (`ReleaseStatus.versions`). `gitReleaseTexts` reads
 * the release versions of contract files the same way, plus one `cat-file --batch` for their text.
 */
import { execFileSync } from 'node:child_process';
import { compileGlob } from '../text/glob.js';
import type { ReleaseStatus } from './types.js';
import { gitEnv } from './git-error.js';


function run(root: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', input, maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnv() });
}

/** The SQL files whose history is read (`isSqlFileName`), any folder, any letter case. */
const SQL_PATHSPECS = [':(icase)*.sql', ':(icase)*.sql.postgres', ':(icase)*.sql.sqlite', ':(icase)*.sql.mysql', ':(icase)*.sqm'];

/** A tag no older than head by this much may contain head (clock skew between machines). */
const SKEW_SECONDS = 86_400;

/** Past this many tag names, `for-each-ref --contains` reads all of refs/tags rather than a list on its command line. */
const MAX_LISTED_TAGS = 500;

interface Tag {
  name: string;
  commit: string;
  /** Tagger date (annotated) or commit date (lightweight), in seconds. */
  date: number;
}

/**
 * What one change set's release questions share (`releaseMemo`): the release tags (`releasesBefore`:
 * four git processes) per `release-tags` setting, and the log of the unreleased commits (one more)
 * per set of releases. A PR's migrations ask once per question (documenso 7f09ba72f4 asked eight
 * times: 48 git processes, now 13); only the last lookup, of the paths asked, is run each time.
 */
export interface ReleaseMemo {
  releases: Map<string, Tag[] | string>;
  logs: Map<string, Creation[]>;
}

export function releaseMemo(): ReleaseMemo {
  return { releases: new Map(), logs: new Map() };
}

export interface ReleaseQuery {
  root: string;
  base: string;
  /** Head commit; null for the working tree (no tag contains it). */
  head: string | null;
  /** Globs of release tag names; `!glob` leaves tags out. Empty or absent: every tag that `looksLikeRelease`. */
  tags?: string[];
  /**
   * Whether a rename from `from` to `to` keeps the migration's identity to its tool (the same
   * migration). Absent, or true: the rename is followed back to where `from` was created.
   */
  keepsIdentity?: (from: string, to: string) => boolean;
}

/** Whether each of `paths` (base paths) is in a release, with why. Never throws: a git failure counts as released. */
export function gitReleases(query: ReleaseQuery, paths: string[], memo?: ReleaseMemo): Map<string, ReleaseStatus> {
  const out = new Map<string, ReleaseStatus>();
  const all = (reason: string): Map<string, ReleaseStatus> => {
    for (const p of paths) out.set(p, { released: true, reason });
    return out;
  };
  if (paths.length === 0) return out;
  try {
    const releases = releasesBefore(query, memo);
    if (typeof releases === 'string') return all(releases);
    const newest = releases.reduce((a, b) => (b.date > a.date ? b : a));
    const { creators, names } = unreleasedCreators(query.root, query.base, releases, paths, query.keepsIdentity, memo);
    const inTree = inSomeReleaseTree(query.root, releases, names);
    const since = `the newest release tag, ${newest.name} (${day(newest.date)})`;
    const released: ReleaseStatus = { released: true, reason: `a release tag has it (the newest release is ${newest.name})`, newestTag: newest.name };
    for (const p of paths) {
      const created = creators.get(p);
      const versions = inTree?.get(p);
      if (versions) out.set(p, versions.size > 0 ? { ...released, versions: [...versions] } : released);
      else if (created) out.set(p, { released: false, reason: `it is in no release tag: commit ${created.slice(0, 10)} created it after ${since}`, newestTag: newest.name });
      else if (inTree) out.set(p, { released: false, reason: `it is in no release tag: the releases that have the commit creating it left the file out (newest release ${newest.name})`, newestTag: newest.name });
      else out.set(p, released);
    }
    return out;
  } catch (error) {
    const message = ((error as { stderr?: string }).stderr || (error as Error).message || '').trim().split('\n')[0].slice(0, 200);
    return all(`git could not say which release tags have it (${message}), so it counts as released`);
  }
}

/**
 * The release tags a change can know (`release-tags`, none containing head), or why there are
 * none (a shallow checkout, no tags, none naming a release, none cut before head).
 */
function releasesBefore(query: ReleaseQuery, memo?: ReleaseMemo): Tag[] | string {
  const key = JSON.stringify(query.tags ?? null);
  const known = memo?.releases.get(key);
  if (known !== undefined) return known;
  const found = askReleasesBefore(query);
  memo?.releases.set(key, found);
  return found;
}

function askReleasesBefore(query: ReleaseQuery): Tag[] | string {
  if (run(query.root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    return 'this checkout is shallow, so rollback-guard cannot tell whether a release tag has it and takes it as released (check out with `fetch-depth: 0`)';
  }
  const listed = listTags(query.root);
  if (listed.length === 0) return 'this repository has no tags, so every merged migration counts as released (`released: tags`)';
  const isRelease = releaseTagFilter(query.tags);
  const named = listed.filter((t) => isRelease(t.name));
  if (named.length === 0) {
    return (query.tags ?? []).some((g) => !g.startsWith('!'))
      ? `no tag matches \`release-tags\` (${(query.tags ?? []).join(', ')}), so every merged migration counts as released`
      : 'no tag names a version (a digit, not a test tag), so every merged migration counts as released (name the release tags with `release-tags`)';
  }
  const releases = query.head === null ? named : withoutTagsContaining(query.root, query.head, named);
  return releases.length === 0 ? 'no release tag was cut before this change, so every merged migration counts as released' : releases;
}

function day(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Words of a tag name that mark it as no release (a CI experiment, a scratch tag). */
const NOT_RELEASE_WORDS = new Set(['test', 'tests', 'testing', 'tmp', 'temp', 'wip', 'draft', 'experiment', 'experimental', 'scratch']);

/**
 * Whether a tag looks like a release when `release-tags` names none: it names a version (has a
 * digit: `v1.2.0`, `3.2.1`, `release-2024-05`) and no word of it is a test or scratch marker
 * (`test`, `1.0.0-test-arm.0`, `wip-5`). Tags like `weekly`, `baseline` or `before-prettier` mark
 * something else. Pre-releases (`-rc.1`, `-beta`) stay releases: someone deployed them.
 */
export function looksLikeRelease(name: string): boolean {
  if (!/\d/.test(name)) return false;
  for (const word of name.toLowerCase().split(/[^a-z]+/)) if (NOT_RELEASE_WORDS.has(word)) return false;
  return true;
}

/** Included when a positive glob matches (with none, when it `looksLikeRelease`) and no `!glob` matches. */
export function releaseTagFilter(globs: string[] | undefined): (name: string) => boolean {
  const positive = (globs ?? []).filter((g) => !g.startsWith('!')).map(compileGlob);
  const negative = (globs ?? []).filter((g) => g.startsWith('!')).map((g) => compileGlob(g.slice(1)));
  return (name) => (positive.length === 0 ? looksLikeRelease(name) : positive.some((m) => m(name))) && !negative.some((m) => m(name));
}

/** Every tag that points at a commit (directly, or through one annotated tag object). */
function listTags(root: string): Tag[] {
  const out = run(root, ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(creatordate:unix)', 'refs/tags']);
  const tags: Tag[] = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name, type, id, peeledType, peeled, date] = line.split('\0');
    const commit = type === 'commit' ? id : type === 'tag' && peeledType === 'commit' ? peeled : null;
    if (commit) tags.push({ name, commit, date: Number(date) || 0 });
  }
  return tags;
}

/**
 * `tags` less those that contain `head` (head's own release, or one cut after it). Only tags no
 * older than head can: those are asked about, in one `for-each-ref --contains`.
 */
function withoutTagsContaining(root: string, head: string, tags: Tag[]): Tag[] {
  const headDate = Number(run(root, ['show', '-s', '--format=%ct', head]).trim()) || 0;
  const recent = tags.filter((t) => t.date >= headDate - SKEW_SECONDS);
  if (recent.length === 0) return tags;
  const patterns = recent.length > MAX_LISTED_TAGS ? ['refs/tags'] : recent.map((t) => `refs/tags/${t.name}`);
  const containing = new Set(run(root, ['for-each-ref', `--contains=${head}`, '--format=%(refname:strip=2)', ...patterns]).split('\n').filter((n) => n !== ''));
  return tags.filter((t) => !containing.has(t.name));
}

/**
 * For each of `paths`, the unreleased commit that created it, when one did: one `git log` of the
 * commits base has and no release has (newest first, renames followed), then a walk back from
 * each path through the renames to its creation.
 */
function unreleasedCreators(
  root: string,
  base: string,
  releases: Tag[],
  paths: string[],
  keepsIdentity?: (from: string, to: string) => boolean,
  memo?: ReleaseMemo,
): { creators: Map<string, string>; names: Map<string, string[]> } {
  const negatives = [...new Set(releases.map((t) => `^${t.commit}`))].join('\n');
  let created = memo?.logs.get(negatives);
  if (!created) {
    created = unreleasedCreations(root, base, negatives);
    memo?.logs.set(negatives, created);
  }
  return creatorsOf(created, paths, keepsIdentity);
}

/** A file created (added, copied, or renamed from `from`) by a commit. */
interface Creation {
  path: string;
  commit: string;
  from?: string;
}

/** The creations of the commits base has and no release has (`negatives`: `^<release commit>` lines), newest first: one `git log`. */
function unreleasedCreations(root: string, base: string, negatives: string): Creation[] {
  const log = run(root, ['log', '-M', '--name-status', '-z', '--format=%x00%H', base, '--stdin', '--', ...SQL_PATHSPECS], `${negatives}\n`);
  /** Creations, newest first: the path created, the commit, and the path it was renamed from. */
  const created: Creation[] = [];
  const parts = log.split('\0');
  let commit = '';
  for (let i = 0; i < parts.length; ) {
    const token = parts[i];
    if (token === '') {
      // `\0<sha>\0` opens a commit.
      if (i + 1 < parts.length && /^[0-9a-f]{40,64}$/.test(parts[i + 1])) {
        commit = parts[i + 1];
        i += 2;
      } else i++;
      continue;
    }
    const status = token.replace(/^\n/, '');
    const code = status[0];
    if (code === 'R' || code === 'C') {
      const from = parts[i + 1];
      const to = parts[i + 2];
      created.push(code === 'R' ? { path: to, commit, from } : { path: to, commit });
      i += 3;
    } else {
      if (code === 'A') created.push({ path: parts[i + 1], commit });
      i += 2;
    }
  }
  return created;
}

/** For each of `paths`, the commit of `created` that created it (through renames that keep its identity), and the names it had. */
function creatorsOf(created: Creation[], paths: string[], keepsIdentity?: (from: string, to: string) => boolean): { creators: Map<string, string>; names: Map<string, string[]> } {
  /** path → indexes into `created`, ascending (newest first). */
  const byPath = new Map<string, number[]>();
  created.forEach((c, index) => {
    const list = byPath.get(c.path);
    if (list) list.push(index);
    else byPath.set(c.path, [index]);
  });
  const out = new Map<string, string>();
  /** For each path: the names it had, back to its creation or the oldest the log shows. */
  const names = new Map<string, string[]>();
  for (const start of paths) {
    let path = start;
    let after = -1;
    const seen = [start];
    // Each step moves to an older creation: at most `created.length` steps.
    for (let steps = 0; steps <= created.length; steps++) {
      const next = firstAfter(byPath.get(path) ?? [], after);
      if (next === undefined) break;
      const c = created[next];
      // Created here, or renamed into a new identity here (a new migration to its tool).
      if (c.from === undefined || (keepsIdentity && !keepsIdentity(c.from, c.path))) {
        out.set(start, c.commit);
        break;
      }
      path = c.from;
      seen.push(path);
      after = next;
    }
    names.set(start, seen);
  }
  return { creators: out, names };
}

/** Past this many `<release>:<path>` lookups, the release trees are not asked (the creating commits decide alone). */
const MAX_TREE_CHECKS = 50_000;

/**
 * Which of the files some release's tree holds under one of their names, with the object ids of
 * the versions those trees hold (empty when a name could not be asked), or null when that would
 * take more than MAX_TREE_CHECKS lookups. The creating commit alone misleads both ways: a release
 * branch cut after the creation may have left the file out (DolphinScheduler drops the next
 * version's upgrade folder from its release branches; umami renamed a folder before its tag), and
 * a file cherry-picked onto a release branch was created there by another commit. One
 * `git cat-file --batch-check` over every release × name.
 */
function inSomeReleaseTree(
  root: string,
  releases: Tag[],
  names: Map<string, string[]>,
  sizes?: Map<string, number>,
  byCommit?: Map<string, Map<string, string>>,
): Map<string, Set<string>> | null {
  const commits = [...new Set(releases.map((t) => t.commit))];
  const asked: { path: string; line: string; commit: string }[] = [];
  const present = new Map<string, Set<string>>();
  for (const [path, list] of names) {
    // A name git cannot take on one line: counted as in a release (no version known).
    if (list.some((n) => n.includes('\n'))) {
      present.set(path, new Set());
      continue;
    }
    for (const commit of commits) for (const name of list) asked.push({ path, line: `${commit}:${name}`, commit });
    if (asked.length > MAX_TREE_CHECKS) return null;
  }
  if (asked.length === 0) return present;
  const answers = run(root, ['cat-file', '--batch-check'], `${asked.map((a) => a.line).join('\n')}\n`).split('\n');
  // `<oid> blob <size>` for a file a release holds, `<name> missing` for one it does not.
  asked.forEach((a, i) => {
    const answer = answers[i] ?? '';
    if (answer !== '' && answer.endsWith(' missing')) return;
    let versions = present.get(a.path);
    if (!versions) present.set(a.path, (versions = new Set()));
    const blob = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(answer);
    // An answer that names no blob: in a release, but which version is not known.
    if (blob) {
      versions.add(blob[1]);
      sizes?.set(blob[1], Number(blob[2]));
      if (byCommit) {
        let held = byCommit.get(a.path);
        if (!held) byCommit.set(a.path, (held = new Map()));
        held.set(a.commit, blob[1]);
      }
    } else versions.add('?');
  });
  return present;
}

/** The first number in `sorted` (ascending) greater than `after`, by binary search. */
function firstAfter(sorted: number[], after: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > after) hi = mid;
    else lo = mid + 1;
  }
  return sorted[lo];
}

/** The release versions of contract files (`gitReleaseTexts`): at most this many bytes read in all. */
const MAX_RELEASE_TEXT_BYTES = 64 * 1024 * 1024;

export interface ReleaseTexts {
  /** Per path: the distinct texts the release trees hold at that path; null when that cannot be told (read nothing, or too much). */
  texts: Map<string, string[] | null>;
  /** The newest release tag, when there is one. */
  newestTag?: string;
  /** Per path: the text the newest release tag holds at that path; null when it holds none there (or when that cannot be told). */
  newest?: Map<string, string | null>;
}

/**
 * The versions of `paths` (head paths of contract files) that the releases (as `gitReleases`
 * decides them) hold at the same path, for the contract analyser to tell whether a removed element
 * was ever released. Null for a path when it cannot be told: a shallow checkout, no release tags,
 * a git error, no release holding the path (new, or renamed since: not followed), or past
 * MAX_TREE_CHECKS lookups or MAX_RELEASE_TEXT_BYTES. Two git processes: one `cat-file
 * --batch-check` over every release × path, one `cat-file --batch` over the distinct versions.
 */
export function gitReleaseTexts(query: ReleaseQuery, paths: string[], memo?: ReleaseMemo): ReleaseTexts {
  const unknown = (): ReleaseTexts => ({ texts: new Map(paths.map((p) => [p, null])) });
  if (paths.length === 0 || paths.some((p) => p.includes('\n'))) return unknown();
  try {
    const releases = releasesBefore(query, memo);
    if (typeof releases === 'string') return unknown();
    const newestRelease = releases.reduce((a, b) => (b.date > a.date ? b : a));
    const newestTag = newestRelease.name;
    const sizes = new Map<string, number>();
    const byCommit = new Map<string, Map<string, string>>();
    const idsOf = inSomeReleaseTree(query.root, releases, new Map(paths.map((p) => [p, [p]])), sizes, byCommit);
    // Past the lookups' bound, or an answer that names no blob (a folder, a submodule there): not told.
    if (idsOf === null || [...idsOf.values()].some((ids) => ids.has('?'))) return unknown();
    let total = 0;
    for (const size of sizes.values()) total += size;
    if (total > MAX_RELEASE_TEXT_BYTES) return unknown();
    const ids = [...sizes.keys()];
    const bodies = new Map<string, string>();
    if (ids.length > 0) {
      const out = execFileSync('git', ['cat-file', '--batch'], { cwd: query.root, input: `${ids.join('\n')}\n`, maxBuffer: MAX_RELEASE_TEXT_BYTES + ids.length * 128 + 1024, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnv() });
      // `<oid> blob <size>\n<content>\n` per object, in the order asked.
      let at = 0;
      for (const id of ids) {
        const eol = out.indexOf(0x0a, at);
        const header = /^([0-9a-f]{40,64}) blob (\d+)$/.exec(out.subarray(at, eol).toString('utf8'));
        if (eol < 0 || !header || header[1] !== id) return unknown();
        const size = Number(header[2]);
        bodies.set(id, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
        at = eol + 1 + size + 1;
      }
    }
    const texts = new Map<string, string[] | null>();
    const newest = new Map<string, string | null>();
    for (const path of paths) {
      const set = idsOf.get(path);
      texts.set(path, !set || set.size === 0 ? null : [...set].map((id) => bodies.get(id)!));
      const id = byCommit.get(path)?.get(newestRelease.commit);
      newest.set(path, id === undefined ? null : (bodies.get(id) ?? null));
    }
    return { texts, newestTag, newest };
  } catch {
    return unknown();
  }
}
