/**
 * `rollback-guard plan` (SPEC 8, docs/plan.md): what rolling the code back from a deployed
 * version (`from`) to an older one (`to`) breaks, with the same engine as `check` over the whole
 * range: base = `to` (the code that runs again), head = `from` (what the database and the clients
 * have seen). The database keeps every migration of the range; the findings are what `to`'s code
 * meets then. The plan only sorts the report into the runbook's questions (plan-facts.ts).
 */
import { GitError } from '../changes/git-error.js';
import { git, gitChangeSet, repoRoot } from '../changes/git.js';
import type { ChangeSet } from '../changes/types.js';
import type { Config } from '../config/types.js';
import { engineDialects, prepareSqlParsers, runEngineAsync, startCodeSearch, type AnalysisInput } from '../engine.js';
import type { Report } from '../findings.js';
import { planFacts, type PlanFacts } from './plan-facts.js';

/** A revision as the user named it, and the commit it is. */
export interface Revision {
  ref: string;
  sha: string;
}

export interface PlanRange {
  root: string;
  from: Revision;
  to: Revision;
  /** False when `to` is not an ancestor of `from` (a hotfix tag on a release branch): the trees are compared directly. */
  linear: boolean;
}

export interface Plan extends PlanFacts {
  range: PlanRange;
  report: Report;
  config: Config;
  changes: ChangeSet;
}

/** `ref` as a commit of the repository at `root`; a name that is none is one sentence (exit 2). */
export function resolveRevision(root: string, ref: string, flag: string): Revision {
  if (ref.startsWith('-') || ref.trim() === '') throw new GitError(`invalid ${flag} '${ref}': give a tag, branch or commit.`);
  let sha: string;
  try {
    sha = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root).trim();
  } catch {
    sha = '';
  }
  if (!/^[0-9a-f]{40,64}$/.test(sha)) {
    const shallow = isShallow(root) ? ' This checkout is shallow: fetch the tags and history (actions/checkout with fetch-depth: 0, or git fetch --tags --unshallow).' : '';
    throw new GitError(`cannot find ${flag} '${ref}' in ${root}: no tag, branch or commit has that name.${shallow}`);
  }
  return { ref, sha };
}

export function isShallow(root: string): boolean {
  try {
    return git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true';
  } catch {
    return false;
  }
}

/** Whether `ancestor` is `descendant` or one of its ancestors. */
export function isAncestor(root: string, ancestor: string, descendant: string): boolean {
  try {
    git(['merge-base', '--is-ancestor', ancestor, descendant], root);
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 1) return false;
    throw new GitError(`git cannot tell whether ${ancestor.slice(0, 10)} comes before ${descendant.slice(0, 10)}: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  return (((error as { stderr?: string }).stderr || (error as Error).message || '') as string).trim().split('\n')[0].slice(0, 200);
}

/**
 * The range of a rollback from `from` to `to`. `to` newer than `from` (one of its descendants) is
 * a roll forward, not a rollback: exit 2, saying to swap them.
 */
export function planRange(cwd: string, from: string, to: string): PlanRange {
  const root = repoRoot(cwd);
  const fromRev = resolveRevision(root, from, '--from');
  const toRev = resolveRevision(root, to, '--to');
  if (fromRev.sha === toRev.sha) return { root, from: fromRev, to: toRev, linear: true };
  const linear = isAncestor(root, toRev.sha, fromRev.sha);
  if (!linear && isAncestor(root, fromRev.sha, toRev.sha)) {
    throw new GitError(`--to '${to}' is newer than --from '${from}' (it contains it): a rollback goes back from the deployed version (--from) to an older one (--to); swap them.`);
  }
  return { root, from: fromRev, to: toRev, linear };
}

export interface PlanOptions {
  /** The configuration; default: the one in `from` (the deployed release), else the defaults. */
  config?: Config;
  log?: (message: string) => void;
  /** `YYYY-MM-DD` for `allow` entries' expiry (tests). */
  today?: string;
}

/** The change set of a rollback: `to`'s tree against `from`'s, directly (never a merge base: a rollback lands on `to` as it is). */
export function rollbackChangeSet(range: PlanRange, log?: (message: string) => void): ChangeSet {
  return gitChangeSet(range.to.sha, range.from.sha, { cwd: range.root, forkPoint: range.to.sha, log });
}

/** Run the engine over the range and sort its findings into the runbook's questions. */
export async function planRollback(range: PlanRange, options: PlanOptions = {}): Promise<Plan> {
  const changes = rollbackChangeSet(range, options.log);
  const config = options.config ?? (await configOf(changes));
  const input: AnalysisInput = { changes, config };
  startCodeSearch(input);
  await prepareSqlParsers(engineDialects(input));
  const report = await runEngineAsync(input, { failOn: 'error', ...(options.today ? { today: options.today } : {}) });
  return { range, report, config, changes, ...planFacts(report, config) };
}

/**
 * The configuration of the deployed release (`from`, the change set's head): the newest one the
 * team reviewed, with the scenarios and `allow` entries of the whole range. Its reader (yaml,
 * ajv) loads only when a config file is there.
 */
async function configOf(changes: ChangeSet): Promise<Config> {
  const { readConfigFromTree } = await import('../config/from-tree.js');
  return readConfigFromTree(changes.headTree);
}
