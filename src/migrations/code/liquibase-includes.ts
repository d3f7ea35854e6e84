/**
 * The order master changelogs give (`<include file=…>`, `<includeAll path=…>`, and YAML/JSON
 * `include` / `includeAll`): Liquibase runs changesets in the order its master changelog reaches
 * them, not in file-name order. The history's replay and the PR's apply order follow it (analyse.ts);
 * changelogs no master includes keep the natural path order after them (liquibase.ts `changelogOrder`).
 *
 * Only the repository is read: an include is resolved as Liquibase's search path would find it
 * inside the repository (`sqlFilePaths`: beside the master with `relativeToChangelogFile`, else the
 * resources root, the repository root, the master's folder). An include that resolves to nothing (a
 * missing file, a path outside the repository, a `${parameter}`, an empty `includeAll` folder) is a
 * problem at its line, reported as `unparsed-statement` when the PR touches it — never skipped in
 * silence. Includes are followed to a fixed depth, each changelog once (cycles end there).
 */
import type { ChangeSet, Snapshot } from '../../changes/types.js';
import type { RawFinding } from '../../findings.js';
import { changelogFormat, inChangelogPlace, touchesChangelogFile } from './liquibase-files.js';
import { changelogOrder, sqlFilePaths, treeOf } from './liquibase.js';

/** How deep masters include masters. */
const MAX_DEPTH = 32;
/** Test and example folders: their changelogs are not the repository's (detect.ts leaves them out too). */
const TEST_DIRS = /(^|\/)(src\/test|tests?|testdata|test_data|fixtures?|examples?|__tests__)\//i;

export interface IncludeProblem {
  /** The master changelog and the line of its include. */
  master: string;
  line: number;
  message: string;
  /** The repository paths the include was looked for at. */
  lookedFor: string[];
}

export interface IncludeOrder {
  /** Changelog path → its place in the masters' order (0 first). */
  rank: Map<string, number>;
  problems: IncludeProblem[];
}

type Entry = { kind: 'file'; path: string; line: number } | { kind: 'all'; paths: string[]; line: number };

/** Whether a file's text may hold an include (a cheap look before the changelog is parsed). */
function mayInclude(text: string): boolean {
  return /\binclude(?:All)?\b/.test(text);
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v.trim().toLowerCase() === 'true';
}

/** Files `includeAll` takes: changelogs and formatted SQL. */
function includable(path: string): boolean {
  return changelogFormat(path) !== null || /\.sql$/i.test(path);
}

const memo = new WeakMap<Snapshot, IncludeOrder>();

/** The include order of a snapshot's master changelogs (computed once per snapshot). */
export function includeOrder(tree: Snapshot): IncludeOrder {
  const known = memo.get(tree);
  if (known) return known;
  const out = computeOrder(tree);
  memo.set(tree, out);
  return out;
}

function computeOrder(tree: Snapshot): IncludeOrder {
  const problems: IncludeProblem[] = [];
  let listed: string[];
  try {
    listed = tree.list();
  } catch {
    return { rank: new Map(), problems };
  }
  const exists = new Set(listed);
  // Every module's resources root is on the classpath (a multi-module build: fineract's master
  // includes `db/changelog/tenant/module/loan/…`, kept in `fineract-loan/src/main/resources/`).
  const onClasspath = new Map<string, string[]>();
  const resourceRoots = new Set<string>();
  for (const path of listed) {
    const at = path.indexOf('src/main/resources/');
    if (at === -1 || (at > 0 && path[at - 1] !== '/')) continue;
    resourceRoots.add(path.slice(0, at + 'src/main/resources'.length));
    const rel = path.slice(at + 'src/main/resources/'.length);
    const list = onClasspath.get(rel);
    if (list) list.push(path);
    else onClasspath.set(rel, [path]);
  }
  const classpath = (target: string): string[] => onClasspath.get(target.trim().replace(/\\/g, '/').replace(/^classpath\*?:/i, '').replace(/^\/+/, '')) ?? [];
  const sorted = listed.filter(includable).sort();
  const read = (path: string): string | null => {
    try {
      return tree.read(path);
    } catch {
      return null;
    }
  };
  // Each changelog's includes in document order (masters only: files with an include). Changelogs
  // under test folders are left out, as the detection leaves them out.
  const places = listed.filter((path) => changelogFormat(path) !== null && inChangelogPlace(path) && !TEST_DIRS.test(path));
  tree.prefetch?.(places);
  const includes = new Map<string, Entry[]>();
  for (const path of places) {
    const text = read(path);
    if (text === null || !mayInclude(text)) continue;
    const root = treeOf(path, text).root;
    if (!root) continue;
    const entries: Entry[] = [];
    for (const n of root.children) {
      if (n.name !== 'include' && n.name !== 'includeAll') continue;
      const target = n.attrs.get(n.name === 'include' ? 'file' : 'path');
      const relative = truthy(n.attrs.get('relativeToChangelogFile'));
      const problem = (message: string, lookedFor: string[]): void => {
        problems.push({ master: path, line: n.line, message, lookedFor });
      };
      if (target === undefined || target.trim() === '') {
        problem(`${n.name} names no ${n.name === 'include' ? 'file' : 'path'}`, []);
        continue;
      }
      if (target.includes('${')) {
        problem(`${n.name} ${target} names a changelog parameter, whose value is only known when Liquibase runs`, []);
        continue;
      }
      const candidates = sqlFilePaths(path, target, relative);
      if (candidates.length === 0) {
        problem(`${n.name} ${target} points outside the repository`, []);
        continue;
      }
      if (n.name === 'include') {
        const found = candidates.find((c) => exists.has(c)) ?? (relative ? undefined : classpath(target)[0]);
        if (found === undefined) problem(`include ${target} was not found in the repository (looked for ${candidates.join(', ')})`, candidates);
        else entries.push({ kind: 'file', path: found, line: n.line });
        continue;
      }
      // `includeAll`: the folder's changelogs and SQL files, sub-folders included, in path order.
      let paths: string[] = [];
      const dirs = relative ? candidates : [...candidates, ...[...resourceRoots].map((r) => `${r}/${target.trim().replace(/^classpath\*?:/i, '').replace(/^\/+/, '')}`)];
      for (const dir of dirs) {
        const prefix = `${dir.replace(/\/+$/, '')}/`;
        paths = sorted.filter((p) => p.startsWith(prefix) && p !== path);
        if (paths.length > 0) break;
      }
      if (paths.length === 0) {
        if (n.attrs.get('errorIfMissingOrEmpty')?.trim().toLowerCase() !== 'false') problem(`includeAll ${target} names no folder of changelogs in the repository (looked for ${candidates.join(', ')})`, candidates);
        continue;
      }
      entries.push({ kind: 'all', paths, line: n.line });
    }
    if (entries.length > 0 || problems.some((p) => p.master === path)) includes.set(path, entries);
  }
  // Roots: masters no other master includes (all of them when they include each other).
  const included = new Set<string>();
  for (const entries of includes.values()) for (const e of entries) for (const p of e.kind === 'file' ? [e.path] : e.paths) included.add(p);
  let roots = [...includes.keys()].filter((p) => !included.has(p));
  if (roots.length === 0) roots = [...includes.keys()];
  roots.sort(changelogOrder);
  const rank = new Map<string, number>();
  const visit = (path: string, depth: number, from: { master: string; line: number } | null): void => {
    if (rank.has(path)) return; // reached before (or a cycle): Liquibase runs a changelog's changesets once
    if (depth > MAX_DEPTH) {
      if (from) problems.push({ master: from.master, line: from.line, message: `includes nested deeper than ${MAX_DEPTH} levels are not followed (${path})`, lookedFor: [path] });
      return;
    }
    rank.set(path, rank.size);
    for (const e of includes.get(path) ?? []) {
      for (const p of e.kind === 'file' ? [e.path] : e.paths) visit(p, depth + 1, { master: path, line: e.line });
    }
  };
  for (const root of roots) visit(root, 0, null);
  return { rank, problems };
}

/** Two Liquibase files in the masters' order when both are included; else null (the caller's order decides). */
export function compareByIncludes(order: IncludeOrder | undefined, a: string, b: string): number | null {
  const ra = order?.rank.get(a);
  const rb = order?.rank.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return null;
}

/**
 * The head's include problems the PR is responsible for: in a master changelog it adds or edits, or
 * an include of a changelog it deletes or moves away. Each is an `unparsed-statement` at the include.
 */
export function includeFindings(changes: ChangeSet, ignored: (path: string) => boolean): RawFinding[] {
  // Only a PR that touches a changelog-like file (by name and place) pays for reading the masters.
  if (!touchesChangelogFile(changes.files)) return [];
  const touched = changes.files.filter((f) => changelogFormat(f.path) !== null || (f.oldPath !== undefined && changelogFormat(f.oldPath) !== null));
  const edited = new Set(touched.filter((f) => f.status !== 'deleted').map((f) => f.path));
  const removed = new Set(touched.flatMap((f) => (f.status === 'deleted' ? [f.path] : f.status === 'renamed' && f.oldPath ? [f.oldPath] : [])));
  const out: RawFinding[] = [];
  for (const p of includeOrder(changes.headTree).problems) {
    if (ignored(p.master) || !(edited.has(p.master) || p.lookedFor.some((l) => removed.has(l)))) continue;
    out.push({
      rule: 'unparsed-statement',
      file: p.master,
      line: p.line,
      endLine: p.line,
      message: `This include could not be resolved (${p.message}), so which changesets Liquibase runs here, and in which order, is unknown to the gate (and Liquibase itself stops on a missing include); fix the path or suppress with a reason.`,
      object: null,
    });
  }
  return out;
}
