/**
 * `plan --oldest-safe`: walk back over the release tags before `from`, newest first, planning a
 * rollback to each, and stop at the first one that is not safe. The oldest target reached safely
 * is the answer; the first unsafe one is named with what blocks it. Older tags are not walked:
 * a rollback past an unsafe release crosses the same hazard (its range contains that one's).
 *
 * Bounded: at most MAX_WALK tags, each one engine run over its range (the configuration of
 * `from` read once; a plan the command made already is not made again). Sharing the base
 * migrations' parses between the runs was measured and left out: no gain (bench/plan/README.md).
 */
import { releaseTagFilter } from '../changes/releases.js';
import { git } from '../changes/git.js';
import type { Config } from '../config/types.js';
import type { Finding } from '../findings.js';
import { findingSerializer } from './render.js';
import { planRollback, type Plan, type PlanRange, type Revision } from './plan.js';

/** Most release tags one walk plans a rollback to. */
export const MAX_WALK = 50;

export interface OldestSafe {
  from: Revision;
  /** Globs of release tag names (`!glob` leaves some out); empty: every tag. */
  tags: string[];
  /** The tags planned, newest first, each with its verdict. */
  walked: { tag: string; sha: string; safe: boolean }[];
  /** The oldest safe target, or null when even the newest earlier release is not safe (or there is none). */
  target: string | null;
  firstUnsafe: { tag: string; sha: string; blocking: Finding[]; serialize?: (f: Finding) => unknown } | null;
  /** Why the walk ended: an unsafe tag, no older tag, or the bound. */
  stopped: 'unsafe' | 'end' | 'limit';
}

export interface ReleaseTag {
  /** The newest name on that commit (version order); others on the same commit are the same target. */
  tag: string;
  sha: string;
}

/**
 * The release tags before `from` (its ancestors, not `from`'s own commit), newest first: by
 * commit date, then tag date, then name (version order). One tag per commit.
 */
export function releaseTagsBefore(root: string, from: Revision, globs: string[]): ReleaseTag[] {
  const isRelease = releaseTagFilter(globs);
  // One process: every tag `from` contains, with the commit it names and that commit's date.
  const format = '%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(creatordate:unix)%00%(committerdate:unix)%00%(*committerdate:unix)';
  const out = git(['for-each-ref', `--merged=${from.sha}`, `--format=${format}`, 'refs/tags'], root);
  const byCommit = new Map<string, { tag: string; date: number; tagDate: number }>();
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name, type, id, peeledType, peeled, created, committed, peeledCommitted] = line.split('\0');
    const commit = type === 'commit' ? id : type === 'tag' && peeledType === 'commit' ? peeled : null;
    if (!commit || commit === from.sha || !isRelease(name)) continue;
    const date = Number(type === 'commit' ? committed : peeledCommitted) || 0;
    const known = byCommit.get(commit);
    if (!known || versionCompare(name, known.tag) > 0) byCommit.set(commit, { tag: name, date, tagDate: Math.max(Number(created) || 0, known?.tagDate ?? 0) });
  }
  return [...byCommit.entries()]
    .sort(([, a], [, b]) => b.date - a.date || b.tagDate - a.tagDate || versionCompare(b.tag, a.tag))
    .map(([sha, t]) => ({ tag: t.tag, sha }));
}

/** Names compared with their digit runs as numbers (`v1.10` after `v1.9`). */
function versionCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export interface WalkResult {
  oldestSafe: OldestSafe;
  /** The plan of every tag walked, by tag. */
  plans: Map<string, Plan>;
}

/** Plan a rollback from `from` to each earlier release tag, newest first, until one is not safe. */
export async function walkOldestSafe(
  range: Pick<PlanRange, 'root' | 'from'>,
  globs: string[],
  options: { config: Config; log?: (message: string) => void; today?: string; limit?: number; known?: Plan | null },
): Promise<WalkResult> {
  const tags = releaseTagsBefore(range.root, range.from, globs);
  const limit = options.limit ?? MAX_WALK;
  const result: OldestSafe = { from: range.from, tags: globs, walked: [], target: null, firstUnsafe: null, stopped: 'end' };
  const plans = new Map<string, Plan>();
  for (const t of tags) {
    if (result.walked.length >= limit) {
      result.stopped = 'limit';
      break;
    }
    // A plan already made to that commit (the command's --to) is not made again.
    const known = options.known?.range.to.sha === t.sha ? options.known : null;
    const plan = known ?? (await planRollback({ root: range.root, from: range.from, to: { ref: t.tag, sha: t.sha }, linear: true }, options));
    plans.set(t.tag, plan);
    result.walked.push({ tag: t.tag, sha: t.sha, safe: plan.safe });
    if (!plan.safe) {
      result.firstUnsafe = { tag: t.tag, sha: t.sha, blocking: plan.blocking, serialize: findingSerializer(plan.report.findings) };
      result.stopped = 'unsafe';
      break;
    }
    result.target = t.tag;
  }
  return { oldestSafe: result, plans };
}
