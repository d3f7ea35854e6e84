/**
 * Where a changed migration is in its life (issue 12), for the file rules: whether the edit only
 * changed formatting, whether a rename keeps the identity its tool records, whether base already
 * keeps down migrations beside it, and whether any release has it yet.
 *
 * - **Format only**: base's and head's statements are token-identical (`tokens.ts`: blanks,
 *   comments, keyword case, quoting an unquoted name). Tools that checksum applied files
 *   (`CHECKSUMMED`) still see an edit.
 * - **Identity**: a rename that keeps the key the tool records (`identity.ts`) is the same migration.
 * - **Down convention**: the set (`setOf`) already has a down file or a down section with
 *   statements in base.
 * - **Released** (config `released: tags`, the default): a release is a tag (`release-tags`) that
 *   does not contain head; a base file that an unreleased commit created is in no release
 *   (`changes/releases.ts`). Editing one is allowed, and the statements the PR added or changed
 *   (not those it only restates: `restatedKey`) run as new ones; so do those of an edit that makes
 *   a file exactly the one version every release holding it shipped (a release merged back). When
 *   rollback-guard cannot tell (GitHub API mode, a shallow checkout, no tags, a git error) the
 *   file counts as released: the edit stays `edited-migration`.
 *
 * Linear in the changed files and, for the down convention, in the base files of their sets.
 */
import type { ChangeSet, ChangedFile, ReleaseStatus } from '../changes/types.js';
import type { Config, Dialect } from '../config/types.js';
import { compareVersions, compareVersionsOf, detectInSets, sectionsOf, type MigrationFile } from './detect.js';
import { CHECKSUMMED, identityOf, sameIdentity, setOf } from './identity.js';
import { changelogHasRollback, isChangelogMigration } from './code/liquibase.js';
import { isCodeFramework } from './code/registry.js';
import { parseFile } from './parse-files.js';
import { splitStatements } from './split.js';
import { statementKey, statementKeys } from './tokens.js';

/** How a down migration the PR adds or changes is reported. */
export type DownPolicy =
  /** An error (`down-migrations: forbid`, or a set whose base has no down migrations). */
  | 'error'
  /** A warning (`down-migrations: warn`). */
  | 'warning'
  /** Not reported (`down-migrations: allow`). */
  | 'off'
  /** Base keeps down migrations in this set: a warning, an error for a destructive edit of a shipped one. */
  | 'convention';

export interface FileLifecycle {
  dialect: Dialect;
  /** A modified or renamed file whose statements are token-identical to base's. */
  formatOnly: boolean;
  /** The tool checksums applied files: even a format-only edit fails its validation. */
  checksummed: boolean;
  /** A rename that keeps what the tool records: the label of that identity ("version 3"). */
  keptIdentity?: string;
  /** For a file with down parts. */
  downPolicy?: DownPolicy;
  /** Whether a release has the base file (modified and deleted up migrations, when asked). */
  release?: ReleaseStatus;
  /**
   * An unreleased file the PR edited: the head statements that base's version does not have
   * (offsets, and their lines): they run as new ones.
   */
  newStatements?: { ranges: [number, number][]; lines: [number, number][] };
  /**
   * A rename to a new identity of a file no release has: to its tool a new migration, which runs
   * with this release (the old one never ran on a release's database). Its `newStatements` are
   * those base's version did not have: a renumbered, unchanged file runs nothing new.
   */
  runsAsNew?: boolean;
  /**
   * A released file whose edit only removed up statements, each guarded (`IF [NOT] EXISTS`, `OR
   * REPLACE`) and added, the same statement, to a new file of the same set that runs after it: the
   * paths of those files (`movedToNewFile`).
   */
  movedTo?: string[];
}

interface Candidate {
  change: ChangedFile;
  file: MigrationFile;
  text: string | null;
}

interface BaseFile {
  file: MigrationFile;
  text: string | null;
}

/** The statement keys of each section of `text`, the part first: a format-only edit keeps them all. */
function sectionKeys(file: MigrationFile, text: string, dialect: Dialect): string[] {
  return sectionsOf(file, text).flatMap((s) => statementKeys(text, dialect, s.start, s.end).map((k) => `${s.part}\u0002${k}`));
}

function hasDownStatements(file: MigrationFile, text: string | null, dialect: Dialect): boolean {
  if (text === null) return false;
  if (isChangelogMigration(file)) return changelogHasRollback(file.path, text);
  return sectionsOf(file, text).some((s) => s.part === 'down' && statementKeys(text, dialect, s.start, s.end).length > 0);
}

/** `dialect`: the schema history's (one per migration set and dialect, plan.ts). */
export function fileLifecycles(
  candidates: readonly Candidate[],
  changes: ChangeSet,
  config: Config,
  baseMigrations: Iterable<BaseFile>,
  dialect: Dialect,
): Map<number, FileLifecycle> {
  const out = new Map<number, FileLifecycle>();
  /** Set → whether base keeps down migrations there; filled on first use. */
  let downSets: Map<string, BaseFile[]> | undefined;
  const keepsDowns = new Map<string, boolean>();
  const baseKeepsDowns = (set: string): boolean => {
    let known = keepsDowns.get(set);
    if (known === undefined) {
      if (!downSets) {
        downSets = new Map();
        for (const m of baseMigrations) {
          const key = setOf(m.file);
          const list = downSets.get(key);
          if (list) list.push(m);
          else downSets.set(key, [m]);
        }
      }
      known = (downSets.get(set) ?? []).some((m) => hasDownStatements(m.file, m.text, dialect));
      keepsDowns.set(set, known);
    }
    return known;
  };

  const asked: { index: number; path: string }[] = [];
  /** Base's and head's statement keys of an edited file, as the format-only test read them (`movedToNewFile` reuses them). */
  const editKeys = new Map<number, { before: string[]; after: string[] }>();
  candidates.forEach(({ change, file, text }, index) => {
    const basePath = change.oldPath ?? change.path;
    const baseText = change.status === 'modified' || change.status === 'renamed' ? changes.baseTree.read(basePath) : null;
    const life: FileLifecycle = { dialect, formatOnly: false, checksummed: CHECKSUMMED.has(file.framework) };
    if (file.framework !== 'liquibase' && text !== null && baseText !== null) {
      if (text === baseText) life.formatOnly = true;
      else {
        const keys = { before: sectionKeys(file, baseText, dialect), after: sectionKeys(file, text, dialect) };
        editKeys.set(index, keys);
        life.formatOnly = keys.before.join('\u0003') === keys.after.join('\u0003');
      }
    }
    if (change.status === 'renamed' && change.oldPath) {
      const before = detectInSets(change.oldPath, baseText, config.migrations);
      if (before && sameIdentity(before, file)) life.keptIdentity = identityOf(before).label;
    }
    const downInside = text !== null && (isChangelogMigration(file) ? changelogHasRollback(file.path, text) : sectionsOf(file, text).some((s) => s.part === 'down'));
    // Migrations written as code: the framework's generator writes the down method into every
    // migration (Rails `down`, Laravel `down()`, EF Core `Down`, Alembic `downgrade()`, Knex/TypeORM/
    // Sequelize `down`, Doctrine `down()`): a down section there is the framework's convention.
    const codeConvention = isCodeFramework(file.framework);
    if (text !== null && change.status !== 'deleted' && (file.part === 'down' || downInside || codeConvention)) {
      const configured = config.downMigrations;
      life.downPolicy =
        configured === 'forbid' ? 'error' : configured === 'warn' ? 'warning' : configured === 'allow' ? 'off' : codeConvention || baseKeepsDowns(setOf(file)) ? 'convention' : 'error';
    }
    if (change.status !== 'added' && file.part === 'up' && file.framework !== 'liquibase') asked.push({ index, path: basePath });
    out.set(index, life);
  });

  /** Statements of the base files this PR deletes, shared by the unreleased files it edits (filled on first use). */
  let moved: Map<string, number> | undefined;
  if (config.released === 'tags' && changes.released && asked.length > 0) {
    const statuses = changes.released(
      asked.map((a) => a.path),
      config.releaseTags,
      keepsIdentityIn(config),
    );
    for (const { index, path } of asked) {
      let status = statuses.get(path);
      const life = out.get(index)!;
      if (!status) continue;
      const c = candidates[index];
      // An edit (not a deletion, nor a rename to a new identity) that makes the file the version
      // every release that has it holds (a release branch's fix merged back, a sync with the
      // release): the databases of those releases ran exactly this, so nothing diverges. What it
      // adds to base's version runs as new on base's databases (and is analysed as such).
      const edits = c.change.status === 'modified' || (c.change.status === 'renamed' && life.keptIdentity !== undefined);
      if (status.released && edits && status.versions?.length === 1 && status.versions[0] !== '?') {
        const id = objectIdOf(changes.headTree, c.change.path);
        if (id !== undefined && id === status.versions[0] && objectIdOf(changes.baseTree, path) !== id) {
          status = {
            released: false,
            reason: `every release that has it holds the version this change makes${status.newestTag ? ` (the newest release is ${status.newestTag})` : ''}: no release ran another`,
            newestTag: status.newestTag,
          };
        }
      }
      life.release = status;
      const keys = editKeys.get(index);
      if (status.released && edits && !life.formatOnly && keys) life.movedTo = movedToNewFile(c.file, keys, candidates, dialect);
      if (status.released || c.change.status === 'deleted' || c.text === null) continue;
      // A rename to a new identity runs as a new migration; of its statements, those base's
      // version did not have are the PR's (a renumbered file restates the rest).
      if (c.change.status === 'renamed' && life.keptIdentity === undefined) life.runsAsNew = true;
      const baseText = changes.baseTree.read(path);
      if (baseText !== null) {
        moved ??= movedStatements(candidates, changes, dialect);
        life.newStatements = newStatements(c.file, baseText, c.text, dialect, moved);
      }
    }
  }
  return out;
}

/** The object id of `path` in `tree` (git snapshots: the third field of its tree record), listing the tree once if need be. */
function objectIdOf(tree: ChangeSet['baseTree'], path: string): string | undefined {
  if (!tree.objectId) return undefined;
  let record = tree.objectId(path);
  if (record === undefined) {
    tree.list();
    record = tree.objectId(path);
  }
  const id = record?.split(' ')[2];
  return id && /^[0-9a-f]{40,64}$/.test(id) ? id : undefined;
}

/** Words after which `COLUMN` is optional (`DROP "x"` is `DROP COLUMN "x"`). */
const COLUMN_OPTIONAL_AFTER = new Set(['add', 'drop', 'alter', 'rename', 'modify', 'change']);

/**
 * A statement key (`tokens.ts`) with what does not change the effect of a statement that ran
 * before set aside: `IF EXISTS` / `IF NOT EXISTS` guards (they only decide what happens when the
 * object is already gone or there), the optional `COLUMN` of `ADD`/`DROP`/`ALTER`/`RENAME`, and in
 * Postgres the default schema's `public.` qualifier. So `DROP "x"` rewritten as
 * `DROP COLUMN IF EXISTS "x"`, or `UPDATE public.t` as `UPDATE t`, is the statement base already had.
 */
export function restatedKey(key: string, dialect: Dialect): string {
  const tokens = key.split('\u0001');
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (dialect === 'postgres' && t === 'public' && tokens[i + 1] === '.') {
      i += 1;
      continue;
    }
    if (t === 'if' && tokens[i + 1] === 'exists') {
      i += 1;
      continue;
    }
    if (t === 'if' && tokens[i + 1] === 'not' && tokens[i + 2] === 'exists') {
      i += 2;
      continue;
    }
    if (t === 'column' && out.length > 0 && COLUMN_OPTIONAL_AFTER.has(out[out.length - 1])) continue;
    out.push(t);
  }
  return out.join('\u0001');
}

/**
 * The up statements (`restatedKey`s, counted) of the base files this PR deletes: moved into an
 * unreleased file the PR edits (DolphinScheduler merging the unreleased 3.3.0 script into 3.2.1),
 * they are not new, every database of base has run or will run them already.
 */
function movedStatements(candidates: readonly Candidate[], changes: ChangeSet, dialect: Dialect): Map<string, number> {
  const pool = new Map<string, number>();
  for (const c of candidates) {
    if (c.change.status !== 'deleted' || c.file.part !== 'up') continue;
    const text = changes.baseTree.read(c.change.path);
    if (text !== null) countUpStatements(c.file, text, dialect, pool);
  }
  return pool;
}

/** Whether a statement key (`tokens.ts`) has a guard that makes it a no-op where its effect is already there. */
function isGuarded(key: string): boolean {
  const t = key.split('\u0001');
  return t.some((w, i) => (w === 'if' && (t[i + 1] === 'exists' || (t[i + 1] === 'not' && t[i + 2] === 'exists'))) || (w === 'or' && t[i + 1] === 'replace'));
}

/**
 * A shipped file whose edit only took statements out, each re-added by the PR, unchanged, to a new
 * file of the same set that runs after it, and each guarded so that running it where its effect is
 * already there does nothing (`ADD COLUMN IF NOT EXISTS`, `CREATE OR REPLACE`): the databases that
 * applied the old version have the effect and skip it in the new file; the others get it from the
 * new file. The schema every database ends with is the same (harbor b173fc3f0a moved `ALTER TABLE
 * registry ADD COLUMN IF NOT EXISTS ca_certificate` from the released 0171 to the new 0180). The
 * new files' paths, or undefined when anything else changed, a statement is unguarded or is not
 * found in a later new file. Linear in the statements of the file and of the PR's new files of its set.
 */
function movedToNewFile(file: MigrationFile, { before, after }: { before: string[]; after: string[] }, candidates: readonly Candidate[], dialect: Dialect): string[] | undefined {
  // head's statements must be base's with some taken out, in the same order
  const removed: string[] = [];
  let j = 0;
  for (const key of before) {
    if (j < after.length && after[j] === key) j++;
    else removed.push(key);
  }
  if (j !== after.length || removed.length === 0) return undefined;
  const pool = new Map<string, { count: number; paths: Set<string> }>();
  const set = setOf(file);
  for (const c of candidates) {
    if (c.change.status !== 'added' || c.text === null || c.file.part !== 'up' || setOf(c.file) !== set) continue;
    if (!file.version || !c.file.version || (c.file.framework === file.framework ? compareVersionsOf(file.framework, c.file.version, file.version) : compareVersions(c.file.version, file.version)) <= 0) continue;
    for (const key of sectionKeys(c.file, c.text, dialect)) {
      const entry = pool.get(key) ?? { count: 0, paths: new Set<string>() };
      entry.count++;
      entry.paths.add(c.file.path);
      pool.set(key, entry);
    }
  }
  const to = new Set<string>();
  for (const key of removed) {
    const entry = pool.get(key);
    if (!key.startsWith('up\u0002') || !isGuarded(key.slice(3)) || !entry || entry.count === 0) return undefined;
    entry.count--;
    for (const p of entry.paths) to.add(p);
  }
  return [...to].sort();
}

/** Adds the `restatedKey`s of the up statements of `text` to `into`, counted. */
function countUpStatements(file: MigrationFile, text: string, dialect: Dialect, into: Map<string, number>): void {
  for (const s of sectionsOf(file, text)) {
    if (s.part !== 'up') continue;
    for (const key of statementKeys(text, dialect, s.start, s.end)) {
      const k = restatedKey(key, dialect);
      into.set(k, (into.get(k) ?? 0) + 1);
    }
  }
}

/**
 * The up statements of `after` that `before` does not have (as many times as it has them), in
 * order. Compared by `restatedKey`: a PR that only restates a statement the unreleased file
 * already had (a guard added, the optional `COLUMN` written out, blanks and case), or moves one
 * from a base file it deletes (`moved`, consumed), does not run it as its own; the statement was
 * reported when it was added.
 */
function newStatements(file: MigrationFile, before: string, after: string, dialect: Dialect, moved: Map<string, number> = new Map()): { ranges: [number, number][]; lines: [number, number][] } {
  const had = new Map<string, number>();
  countUpStatements(file, before, dialect, had);
  const ranges: [number, number][] = [];
  const lines: [number, number][] = [];
  for (const s of sectionsOf(file, after)) {
    if (s.part !== 'up') continue;
    for (const piece of splitStatements(after, { dialect, from: s.start, to: s.end })) {
      const key = statementKey(piece.text, dialect);
      if (key === '') continue;
      const k = restatedKey(key, dialect);
      const left = had.get(k) ?? 0;
      if (left > 0) {
        had.set(k, left - 1);
        continue;
      }
      const elsewhere = moved.get(k) ?? 0;
      if (elsewhere > 0) {
        moved.set(k, elsewhere - 1);
        continue;
      }
      ranges.push([piece.start, piece.end]);
      lines.push([piece.line, piece.endLine]);
    }
  }
  return { ranges, lines };
}

/**
 * Why no release has table or index `name` (a sentence), or null when one may: the base migrations
 * that create it (parsed again, only those whose text names it) are all in no release tag
 * (`releasesOf`, changes/releases.ts), and no schema file of the history (a dump, a baseline) names
 * it. A table only a file after the newest release creates is no table of the previous release:
 * dropping it (or its index) breaks nothing that release runs. Null when there are no release tags
 * to ask, when no base migration creates it, or when one that does is released.
 */
export function createdInNoRelease(
  kind: 'table' | 'index',
  name: string,
  migrations: readonly { file: MigrationFile; text: string | null }[],
  baselines: readonly { file: MigrationFile; text: string | null }[],
  releasesOf: (paths: string[]) => Map<string, ReleaseStatus> | null,
  dialect: Dialect,
): string | null {
  if (name === '' || migrations.length === 0) return null;
  // No release tag to ask (none, a shallow checkout, `released: merged`): every file counts as
  // released, and base's texts are not read (a warm run reads none).
  const probe = releasesOf([migrations[0].file.path]);
  if (probe === null || [...probe.values()].every((s) => s.newestTag === undefined)) return null;
  const needle = (name.split('.').pop() ?? name).toLowerCase();
  if (baselines.some((b) => b.text === null || b.text.toLowerCase().includes(needle))) return null;
  const creators: string[] = [];
  for (const { file, text } of migrations) {
    if (file.part !== 'up' && file.part !== 'repeatable') continue;
    if (text === null) continue;
    if (!text.toLowerCase().includes(needle)) continue;
    let creates = false;
    try {
      for (const stmt of parseFile({ text, sections: sectionsOf(file, text).filter((s) => s.part === 'up') }, dialect).forward) {
        for (const op of stmt.ops) if ((kind === 'table' && op.kind === 'create-table' && op.table === name) || (kind === 'index' && op.kind === 'create-index' && op.name === name)) creates = true;
      }
    } catch {
      return null;
    }
    if (creates) creators.push(file.path);
  }
  if (creators.length === 0) return null;
  const statuses = releasesOf(creators);
  if (statuses === null) return null;
  const reasons: string[] = [];
  for (const path of creators) {
    const status = statuses.get(path);
    if (!status || status.released) return null;
    reasons.push(`${path} creates it and ${status.reason}`);
  }
  return reasons.join('; ');
}

/**
 * Whether each of these base migrations is in a release (`ChangeSet.released`), or null without
 * release tags to ask (`released: merged`, no git). Asked only for the files that create what a
 * rule asks about (few): the release trees are then asked about each, however many tags there are.
 */
export function releasesOfPaths(paths: string[], changes: ChangeSet, config: Config): Map<string, ReleaseStatus> | null {
  if (config.released !== 'tags' || !changes.released) return null;
  return changes.released(paths, config.releaseTags, keepsIdentityIn(config));
}

/** A rename in the history that gives a migration a new identity made a new migration (releases.ts). */
function keepsIdentityIn(config: Config): (from: string, to: string) => boolean {
  return (from, to) => {
    const before = detectInSets(from, null, config.migrations);
    const after = detectInSets(to, null, config.migrations);
    return before === null || after === null || sameIdentity(before, after);
  };
}
