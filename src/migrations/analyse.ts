/**
 * Migration analysis: find the PR's migration files, split and parse their forward sections,
 * run the rules in order (so "created earlier in this PR" is known), collect inline suppressions.
 * The base commit's migrations are replayed first into a catalog (schema history), best effort.
 */
import type { AnalysisInput, AnalysisOutput } from '../engine.js';
import { unreadableFindings } from '../engine-core.js';
import type { ChangeSet, ReleaseStatus } from '../changes/types.js';
import { fixedDialects, type Dialect } from '../config/types.js';
import { ignoredPaths } from '../config/ignored.js';
import type { RawFinding, Suppression } from '../findings.js';
import { LineIndex } from '../text/lines.js';
import { Catalog } from './catalog.js';
import { compareTypes, enumValuesOf } from './column-types.js';
import { compareVersions, compareVersionsOf, sectionsOf, type MigrationFile, type MigrationSection } from './detect.js';
import { changelogCommentsAsSql, changelogOrder, changesetsOf, isChangelogMigration, loadChangelogReader, parseChangelog } from './code/liquibase.js';
import type { Snapshot } from '../changes/types.js';
import { detectionEntries, detectorFor, mayBeMigration, planHistories, sequenceFolder, type BaseMigration, type Candidate, type HistoryGroup } from './plan.js';
import { BaseFacts, newestVersionBeside } from './history-facts.js';
import { isSerialType, type ColumnInfo, type DeclaredConstraint, type Operation, type OperationOf, type Statement, type TriggerShape } from './model.js';
import { baseRoutineCallers, baseRowSettings, baseTriggerShape, describeTrigger, sameTriggerTable, triggerNarrowing, type BaseFileText } from './triggers.js';
import { prepareParsers } from './parse/index.js';
import { maskSqlDetailed } from './parse/mask.js';
import { parseFile, parseFiles, type ParsedFile, type ParseJob } from './parse-files.js';
import { cachedReplay } from './replay-cache.js';
import { fileRules, migrationRules, operationRulesFor, statementRules } from './rules/index.js';
import { hiddenByDialect } from './rules/unparsed-statement.js';
import type { DialectReading } from './dialect-inference.js';
import type { FileContext, MigrationFacts, RuleHit } from './rules/types.js';
import { findSqlSuppressions } from './suppressions.js';
import { createdInNoRelease, fileLifecycles, releasesOfPaths } from './lifecycle.js';
import { calledRoutine, executedOperations, PreparedStatements, routineOf, withCallsOfKept, type RoutineBody } from './routines.js';
import { BranchAdditions, checkAcceptsAll, checkPassesOldInserts, ColumnIdioms, literalDefault, type OldInsertValue, PrLookahead, snapshotForeignKeys, snapshotUniqueKeys, uniqueKeysOf } from './idioms.js';
import { ColumnLineage } from './lineage.js';
import { BaseColumns } from './base-columns.js';
import { DefaultsSetInPr } from './update-values.js';
import { codeFileFindings, codeLanguagesOf, CodeHistory, isCodeFramework, isCodeMigrationPath, parseCodeFile } from './code/registry.js';
import type { CodeLanguage } from './code/tree-sitter.js';
import { compareByIncludes, includeFindings, includeOrder, type IncludeOrder } from './code/liquibase-includes.js';
import { changelogFormat, touchesChangelogFile } from './code/liquibase-files.js';

/** Rules that judge a whole file (edited, deleted, down, out of order): a suppression of one applies to any file. */
const FILE_RULES = new Set(migrationRules.filter((r) => r.file).map((r) => r.meta.id));

/**
 * Whether a file at `path` may be read as a Liquibase changelog tree (XML, YAML, JSON): a run whose
 * files are none of these never needs the changelog reader (`prepareMigrations`' `changelogs`).
 */
export function mayBeChangelog(path: string): boolean {
  return changelogFormat(path) !== null;
}

/**
 * Load the SQL parsers (WASM); pass the configured dialects to load only those (default: all).
 * `changelogs: false` leaves out the Liquibase changelog reader (sax, yaml: ~320 KB of modules), for
 * an analysis `migrationNeeds` found no changelog in play for.
 */
export async function prepareMigrations(dialects?: readonly Dialect[], { changelogs = true }: { changelogs?: boolean } = {}): Promise<void> {
  await Promise.all([prepareParsers(dialects), changelogs ? loadChangelogReader() : undefined]);
}

export function analyseMigrations(input: AnalysisInput): AnalysisOutput {
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const forced = new Set(input.force?.migrations ?? []);
  const detector = detectorFor(changes, config, forced);

  const candidates: Candidate[] = [];
  const isMigrationIn = (side: 'base' | 'head', path: string): boolean => !ignored(path) && mayBeMigration(path, config.migrations) && detector.classify(side, path).file !== null;
  const reworks = sqitchReworks(changes);
  for (const listed of changes.files) {
    if (reworks.copies.has(listed.path)) continue;
    // A file moved out of the migrations (to `archive/`, or to another extension) is a deleted
    // migration; one moved in from elsewhere (a draft) is a new one.
    let change = listed;
    if (forced.size === 0 && listed.status === 'renamed' && listed.oldPath) {
      if (!isMigrationIn('base', listed.oldPath)) change = { path: listed.path, status: 'added' };
      else if (!isMigrationIn('head', listed.path)) change = { path: listed.oldPath, status: 'deleted' };
    }
    if (reworks.reworked.has(listed.path)) change = { path: listed.path, status: 'added' };
    if (ignored(change.path)) continue;
    if (forced.size > 0 ? !forced.has(change.path) : !mayBeMigration(change.path, config.migrations)) continue;
    const text = change.status === 'deleted' ? null : changes.headTree.read(change.path);
    const sideText = text ?? changes.baseTree.read(change.oldPath ?? change.path);
    const file = detector.classify(change.status === 'deleted' ? 'base' : 'head', change.path, sideText).file;
    if (file) candidates.push({ change, file, text });
  }

  const plan = planHistories(detector, candidates, ignored, forced.size > 0);
  const outputs = plan.groups.map((group) => analyseHistory(input, group, plan.dialects.head));
  return {
    // A master changelog's include the PR broke: never a silent skip (code/liquibase-includes.ts).
    findings: [...outputs.flatMap((o) => o.findings), ...(forced.size === 0 ? includeFindings(changes, ignored) : [])],
    suppressions: outputs.flatMap((o) => o.suppressions),
    files: candidates.map((c) => c.file.path),
    migrations: outputs.flatMap((o) => o.migrations ?? []),
    ...(outputs.some((o) => o.skipped?.length) ? { skipped: outputs.flatMap((o) => o.skipped ?? []) } : {}),
    detection: detectionEntries(detector, ignored, reworks.copies, plan),
  };
}

/** The grammars the PR's code migrations need (none when it changes no migration written as code). */
export function migrationLanguages(input: AnalysisInput): CodeLanguage[] {
  const { changes, config } = input;
  const paths = changes.files.filter((c) => isCodeMigrationPath(c.path, config.migrations));
  if (paths.length === 0) return [];
  const detector = detectorFor(changes, config, new Set(input.force?.migrations ?? []));
  const files = paths.flatMap((c) => detector.classify(c.status === 'deleted' ? 'base' : 'head', c.path).file ?? []);
  return codeLanguagesOf(files);
}

/** The dialects whose parsers the migration analysis of `input` needs (loaded before it runs). */
export function migrationDialects(input: AnalysisInput): Dialect[] {
  return migrationNeeds(input).dialects;
}

/**
 * What the migration analysis of `input` needs loaded before it runs: the parsers of `dialects`,
 * and the Liquibase changelog reader unless no changelog can be read: the PR touches no file named
 * like a changelog, and neither its migrations nor any of the base's (the whole base plan, every
 * history) is a Liquibase one. Anything not known here (configured dialects, forced files, no
 * base plan) loads the reader.
 */
export function migrationNeeds(input: AnalysisInput): { dialects: Dialect[]; changelogs: boolean } {
  const fixed = fixedDialects(input.config);
  if (fixed && !input.force?.migrations?.length) return { dialects: fixed, changelogs: true };
  const { changes, config } = input;
  const ignored = ignoredPaths(config);
  const forced = new Set(input.force?.migrations ?? []);
  const detector = detectorFor(changes, config, forced);
  const out = new Set<Dialect>();
  const taken: Candidate[] = [];
  // Code migrations are classified by their text: one batch read for all of them (a PR can add hundreds).
  const code = changes.files.filter((c) => c.status !== 'deleted' && !ignored(c.path) && isCodeMigrationPath(c.path, config.migrations)).map((c) => c.path);
  if (code.length > 1) changes.headTree.prefetch?.(code);
  for (const c of changes.files) {
    if (ignored(c.path) || (forced.size > 0 ? !forced.has(c.path) : !mayBeMigration(c.path, config.migrations))) continue;
    const side = c.status === 'deleted' ? 'base' : 'head';
    const file = detector.classify(side, c.path).file;
    if (file) taken.push({ change: c, file, text: c.status === 'deleted' ? null : changes.headTree.read(c.path) });
  }
  const touched = touchesChangelogFile(changes.files);
  if (taken.length === 0) return { dialects: [], changelogs: forced.size > 0 || touched };
  for (const group of planHistories(detector, taken, ignored, forced.size > 0, { dialectsOnly: true }).groups) out.add(group.dialect);
  const base = detector.basePlan;
  const liquibase = (m: { file: MigrationFile }): boolean => m.file.framework === 'liquibase';
  // The plan knows whether any base migration is a Liquibase one (a cached plan's list is not made for it).
  return { dialects: [...out], changelogs: forced.size > 0 || touched || base === undefined || taken.some(liquibase) || base.liquibase };
}

/** One schema history's analysis: the base replayed into a catalog, then the PR's migrations of that history in order. */
function analyseHistory(input: AnalysisInput, group: HistoryGroup, headDialects: ReadonlyMap<string, DialectReading> = new Map()): AnalysisOutput {
  const { changes } = input;
  const { dialect } = group;
  // What is asked of all the base migrations at once, as `planHistories` gathered it (a 20,000-file
  // history's list is then made only when a question needs its files: `group.base` on first read).
  const baseFacts = group.facts ?? BaseFacts.of(group.base, sequenceFolder);
  // Liquibase files run in the order the master changelogs include them (code/liquibase-includes.ts).
  const liquibase = group.candidates.some((m) => m.file.framework === 'liquibase') || baseFacts.liquibase;
  const candidates = [...group.candidates].sort((a, b) => byVersionThenPath(a.file, b.file, liquibase ? includeOrder(changes.headTree) : undefined));

  const findings: RawFinding[] = [];
  // A migration that could not be read (head, or the base version an edit is compared with) is
  // `unreadable-file`, never a silent pass.
  const unread = unreadableFindings(
    changes,
    candidates.flatMap(({ change, echo }) => echo ? [] : [
      ...(change.status === 'deleted' ? [] : [{ path: change.path, side: 'head' as const, file: change.path }]),
      ...(change.status === 'modified' || change.status === 'renamed' ? [{ path: change.oldPath ?? change.path, side: 'base' as const, file: change.path }] : []),
    ]),
  );
  findings.push(...unread.findings);
  const suppressions: Suppression[] = [];
  /** Routines that exist when the PR's migrations run: created in base (and not dropped), then by the PR. */
  const routines = new Map<string, DefinedRoutine>();
  /** What the code adapters learn from the history (Django's model tables…), base first, then the PR's files in order. */
  const codeHistory = new CodeHistory();
  const replay = (): Catalog => replayBase(group.baselines, group.base, dialect, routines, { codeHistory, tree: changes.baseTree, order: liquibase ? includeOrder(changes.baseTree) : undefined });
  // A cached catalog would not teach the code adapters what the replay does, and a changelog's
  // `sqlFile` is not in the cache key: histories holding migrations written as code or Liquibase
  // changelogs are replayed every time.
  // (The replay's key reads the list only when no `baseOf` stands for it: its count then does.)
  const catalog = baseFacts.notSql
    ? replay()
    : cachedReplay(changes.replayCache, { config: input.config, dialect, baselines: group.baselines, get migrations() { return group.base; }, migrationCount: baseFacts.count, basis: group.basis, baseOf: group.baseOf }, routines, replay);
  const history: History = { catalog, replayed: group.baselines.length > 0 || baseFacts.anyUp };
  const baseTables = new Set(catalog.tables.keys());
  /** Enum types' labels as base's history leaves them (copied: the catalog appends the PR's labels in place). */
  const baseEnums = new Map([...catalog.enums].map(([type, values]) => [type, [...values]]));
  /** The columns base's history leaves (as it leaves them), before any statement of the PR: each table's copied when first asked or changed (base-columns.ts). */
  const baseColumns = new BaseColumns(catalog, baseTables);
  const baseUniqueKeys = snapshotUniqueKeys(catalog);
  const baseForeignKeys = snapshotForeignKeys(catalog);
  /** Names base's migrations mention anywhere (read on demand: only a drop of a table the history lacks asks). */
  const mentionedInBase = new Map<string, boolean>();
  const mentions = (table: string): boolean => {
    const name = table.split('.').pop() ?? table;
    let found = mentionedInBase.get(name);
    if (found === undefined) {
      const word = new RegExp(`(?:^|[^\\w$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\w$])`, 'i');
      found = [...group.baselines, ...group.base].some((m) => m.text !== null && word.test(m.text));
      mentionedInBase.set(name, found);
    }
    return found;
  };
  /** Base's history is all SQL text (no migration written as code or a changelog): what it creates, its text names. */
  const sqlFile = (m: BaseFileText): boolean => !isCodeFramework(m.file.framework) && !isChangelogMigration(m.file);
  const sqlOnlyHistory = group.baselines.every(sqlFile) && !baseFacts.notSql;
  /** Columns the PR adds to tables the history does not know (the catalog keeps no columns for those); null: an old column renamed away. */
  const columnsOfUnknownTables = new Map<string, ColumnInfo | null>();
  const created = new Set<string>();
  const isNewTable = (t: string): boolean => created.has(`table:${t}`);
  /** Base's name of each column the PR renamed (or of a table it renamed). */
  const lineage = new ColumnLineage();
  /** Base's names of the columns the PR's statements so far made nullable. */
  const relaxedInPr = new Set<string>();
  /** The numeric DEFAULTs the PR's statements so far set (update-rows' evidence). */
  const defaultsSet = new DefaultsSetInPr();
  /** Base names of the columns the base version of a file the PR edits makes NOT NULL (set after phase 1). */
  let notNullByEditedBase: Set<string> | 'unknown' = new Set();
  const baseColumnOf = (t: string, c: string): ColumnInfo | undefined => {
    const origin = lineage.origin(t, c);
    return origin === null ? undefined : baseColumns.get(origin);
  };
  /** `table.column` of the column the op being judged changes when its branch just added it (idioms.ts `BranchAdditions`). */
  let addedHere: string | null = null;
  const facts: MigrationFacts = {
    isNewTable,
    isNewColumn: (t, c) => isNewTable(t) || created.has(`column:${t}.${c}`) || addedHere === `${t}.${c}`,
    isNewType: (n) => created.has(`type:${n}`) || created.has(`object:type:${n}`) || created.has(`object:domain:${n}`),
    isNewConstraint: (t, n) => isNewTable(t) || created.has(`constraint:${t}.${n}`),
    isNewIndex: (n) => created.has(`index:${n}`),
    isNewObject: (kind, n) => created.has(`object:${kind}:${n}`) || (kind === 'type' && created.has(`type:${n}`)),
    column: (t, c) => catalog.column(t, c) ?? columnsOfUnknownTables.get(`${t}.${c}`) ?? undefined,
    existedInBase: (t, c) => baseColumns.has(`${t}.${c}`),
    baseColumn: baseColumnOf,
    baseEnumValues: (n) => baseEnums.get(n),
    defaultSetEarlier: (t, c) => defaultsSet.get(t, c),
    notNullSinceBase: (t, c) => {
      const origin = lineage.origin(t, c);
      return origin !== null && baseColumns.get(origin)?.notNull === true && notNullByEditedBase !== 'unknown' && !notNullByEditedBase.has(origin);
    },
    wasRelaxedEarlier: (t, c) => {
      const origin = lineage.origin(t, c);
      return origin !== null && relaxedInPr.has(origin);
    },
    mayExistInBase: (t) => !history.replayed || baseTables.has(t) || mentions(t),
    // Code and changelog histories name objects the SQL text does not show (Rails' `index_users_on_email`).
    mentionedInBase: (n) => !history.replayed || !sqlOnlyHistory || mentions(n),
    index: (n) => catalog.indexes.get(n),
    indexesOf: (t) => catalog.indexesOf(t),
    droppedIndex: (n) => catalog.droppedIndexes.get(n),
    droppedColumn: (t, c) => catalog.tables.has(t) && !catalog.column(t, c) && catalog.droppedColumns.has(`${t}.${c}`),
    constraintKind: (t, n) => catalog.constraints.get(`${t}.${n}`),
    isRecreatedLater: (kind, n) => (recreatedAt.get(`${kind}:${n}`) ?? -1) > position,
    isRelaxedLater: (t, c) => (relaxedAt.get(`${t}.${c}`) ?? -1) >= position,
    isConstraintDroppedLater: (t, n) => (droppedAt.get(`${t}.${n}`) ?? -1) > position,
    routinesCreatedLater: (kind, n) => lookahead.routinesCreatedAfter(kind, n, position),
    inNoRelease: (kind, n) => {
      const key = `${kind}:${n}`;
      let why = inNoReleaseAsked.get(key);
      if (why === undefined) {
        const releasesOf = (paths: string[]): Map<string, ReleaseStatus> | null => {
          const unknown = paths.filter((p) => !baseReleaseStatuses.has(p));
          if (unknown.length > 0) {
            const got = releasesOfPaths(unknown, changes, input.config);
            if (got === null) return null;
            for (const [p, status] of got) baseReleaseStatuses.set(p, status);
          }
          return baseReleaseStatuses;
        };
        inNoReleaseAsked.set(key, (why = createdInNoRelease(kind, n, group.base, group.baselines, releasesOf, dialect)));
      }
      return why;
    },
    releaseLacksColumn: (t, c) => {
      releaseBaselines ??= releaseBaselineCatalogs(group.baselines, changes, input.config, dialect);
      for (const { path, tag, catalog: released } of releaseBaselines) {
        if (released.tables.has(t) && !released.column(t, c)) return `${tag}'s ${path} creates ${t} without ${c}`;
      }
      return null;
    },
    triggerNarrowedLater: (n, t) => {
      // Postgres names triggers per table: the one created again on the dropped trigger's own table
      // (chef-server re-creates add_key on clients, then on users), else the first one after it.
      const later = (triggersCreatedAt.get(n) ?? []).filter((c) => c.at > position);
      const next = later.find((c) => !c.shape || sameTriggerTable(t, c.shape.table)) ?? later[0];
      if (!next?.shape) return null;
      const key = `${t ?? ''}\u0000${n}`;
      let base = baseTriggers.get(key);
      if (base === undefined) {
        baseTriggers.set(key, (base = baseTriggerShape(baseUpHistory(), n, t, dialect)));
      }
      if (base === null) return null;
      return base === 'unread' ? `${describeTrigger(next.shape)}, which cannot be compared with base's definition (a statement creating it could not be read)` : triggerNarrowing(base, next.shape);
    },
    // false8: triggers and trigger functions that only set columns the PR drops (drop-object).
    rowSettings: (kind, n, t) => {
      const key = `${kind}\u0000${t ?? ''}\u0000${n}`;
      if (!rowSettingsAsked.has(key)) {
        rowSettingsAsked.set(key, baseRowSettings(baseUpHistory(), kind, n, t, dialect));
      }
      return rowSettingsAsked.get(key)!;
    },
    droppedByPR: (t, c) => columnsDroppedByPR.has(`${t}.${c}`),
    callersDroppedByPR: (n) => {
      if (!routineCallers.has(n)) routineCallers.set(n, baseRoutineCallers(baseUpHistory(), n, dialect));
      const callers = routineCallers.get(n)!;
      return callers !== null && callers.length > 0 && callers.every((c) => routinesDroppedByPR.has(c) && !recreatedAt.has(`function:${c}`) && !recreatedAt.has(`procedure:${c}`));
    },
    uniqueKeys: (t, when) => (when === 'now' ? uniqueKeysOf(catalog, t) : (baseUniqueKeys.get(t) ?? [])),
    baseForeignKeys: (t) => baseForeignKeys.get(t) ?? [],
    indexesCreatedLater: (t) => lookahead.indexesCreatedAfter(t, position, currentFile),
  };
  /**
   * Look-ahead over the PR's statements, numbered in apply order across its files: the last one
   * that creates each object, the last one that gives each column a default, makes it nullable or
   * drops it, and the number of the statement being read.
   */
  const recreatedAt = new Map<string, number>();
  /** The newest release's versions of the history's baselines, replayed (read on first use). */
  let releaseBaselines: { path: string; tag: string; catalog: Catalog }[] | undefined;
  /** Tables and indexes asked about: why no release has them (createdInNoRelease), or null. */
  const inNoReleaseAsked = new Map<string, string | null>();
  /** Whether base migrations are in a release, as asked so far (lifecycle.ts releasesOfPaths). */
  const baseReleaseStatuses = new Map<string, ReleaseStatus>();
  /** Trigger name → the PR's statements that create it (numbered as `recreatedAt`), with their shapes; and base's definitions asked for. */
  const triggersCreatedAt = new Map<string, { at: number; shape?: TriggerShape }[]>();
  const baseTriggers = new Map<string, TriggerShape | 'unread' | null>();
  const rowSettingsAsked = new Map<string, ReturnType<typeof baseRowSettings>>();
  const routineCallers = new Map<string, string[] | null>();
  /** Base's baselines, then its up and repeatable migrations in apply order (the trigger questions read them; sorted once). */
  let baseUpOrdered: BaseFileText[] | undefined;
  const baseUpHistory = (): BaseFileText[] =>
    (baseUpOrdered ??= [...group.baselines, ...group.base.filter((m) => m.file.part === 'up' || m.file.part === 'repeatable').sort((a, b) => byVersionThenPath(a.file, b.file))]);
  const columnsDroppedByPR = new Set<string>();
  const routinesDroppedByPR = new Set<string>();
  const relaxedAt = new Map<string, number>();
  /** `table.constraint` → the last statement of the PR that drops it. */
  const droppedAt = new Map<string, number>();
  let position = 0;
  let currentFile = 0;
  const forwardMigrations: string[] = [];

  /**
   * Liquibase changelogs that only grew: the new changesets run with this release, the rest ran
   * long ago. A changed `runOnChange:true` changeset is meant to be edited and runs again (like R__).
   */
  const grown = new Map<number, { edited: { id: string; line: number; removed?: boolean }[]; newRanges: [number, number][]; newLines: [number, number][]; statements?: true }>();
  candidates.forEach((c, i) => {
    if (c.file.framework !== 'liquibase' || c.change.status !== 'modified' || c.text === null) return;
    const before = changes.baseTree.read(c.change.oldPath ?? c.change.path);
    if (before === null) return;
    const baseChangesets = changesetsOf(c.file, before);
    const old = new Map(baseChangesets.map((s) => [s.id, s.body ?? before.slice(s.start, s.end).trim()]));
    const edited: { id: string; line: number; removed?: boolean }[] = [];
    const newRanges: [number, number][] = [];
    const headChangesets = changesetsOf(c.file, c.text);
    const kept = new Map(headChangesets.map((s) => [s.id, s.line]));
    // A changeset base had and head lost ran on every database of base: reported where it was (at
    // the next changeset head kept, else on head's last line). Walked backwards: one pass.
    const lines = new LineIndex(c.text);
    const removed: { id: string; line: number; removed: true }[] = [];
    let nextKept: number | undefined;
    for (let k = baseChangesets.length - 1; k >= 0; k--) {
      const s = baseChangesets[k];
      if (kept.has(s.id)) nextKept = kept.get(s.id);
      else if (!s.empty) removed.push({ id: s.id, line: nextKept ?? lines.line(Math.max(0, c.text.trimEnd().length - 1)), removed: true });
    }
    for (let k = removed.length - 1; k >= 0; k--) edited.push(removed[k]);
    for (const s of headChangesets) {
      const body = old.get(s.id);
      const now = s.body ?? c.text.slice(s.start, s.end).trim();
      if (body === undefined || (s.runOnChange && body !== now)) newRanges.push([s.start, s.end]);
      else if (body !== now) edited.push({ id: s.id, line: s.line });
    }
    const newLines = newRanges.map(([from, to]): [number, number] => [lines.line(from), lines.line(Math.max(from, to - 1))]);
    grown.set(i, { edited, newRanges, newLines });
  });
  // Read by the lifecycles only when a question needs base's down files: the list is made then.
  const lifecycles = fileLifecycles(candidates, changes, input.config, { [Symbol.iterator]: () => group.base[Symbol.iterator]() }, dialect);
  // An edited migration no release has (lifecycle.ts): the statements the PR added or changed run as new ones.
  for (const [i, l] of lifecycles) if (l.newStatements) grown.set(i, { edited: [], newRanges: l.newStatements.ranges, newLines: l.newStatements.lines, statements: true });
  // Phase 1: split and parse every file (phase 2 needs to look ahead across files for table rebuilds);
  // of a grown changelog only the new changesets (each changeset is a section of its own).
  const parsedFiles = candidates.map(({ file, text }, i) => {
    if (isCodeFramework(file.framework)) return text === null ? { downSections: [], forward: [] } : parseCodeFile(file, text, dialect, codeHistory);
    const g = grown.get(i);
    // A Liquibase XML/YAML/JSON changelog: its changes read into statements (of a grown one, the new changesets).
    if (isChangelogMigration(file)) return text === null ? { forward: [], downSections: [] } : parseChangelog(file.path, text, dialect, { only: g?.newRanges, read: reader(changes.headTree) });
    const sections = text === null ? [] : sectionsOf(file, text).filter((s) => !g || g.statements || inRanges(g.newRanges, s.start, false));
    return parseFile({ text: text ?? '', sections }, dialect);
  });
  /** Whether candidate `i`'s statements run with this release. */
  const runs = (i: number): boolean => {
    const c = candidates[i];
    return (
      (c.change.status === 'added' ||
        (c.change.status === 'modified' && (c.file.part === 'repeatable' || grown.has(i))) ||
        // A rename that is in no release yet (lifecycle.ts): kept identity, its new statements; a new identity, all of them.
        (c.change.status === 'renamed' && (grown.has(i) || lifecycles.get(i)?.runsAsNew === true))) &&
      c.file.part !== 'down' &&
      c.file.part !== 'verify'
    );
  };
  // Of a grown changelog, only the new changesets' statements run now.
  parsedFiles.forEach((p, i) => {
    const g = grown.get(i);
    if (!g) return;
    // The CALLs of a routine an edit re-created run it again (routines.ts).
    p.forward = withCallsOfKept(p.forward, (s) => inRanges(g.newRanges, s.start, false));
    if (g.statements) return;
    p.downSections = p.downSections.filter((d) => inRanges(g.newLines, d.line, true));
  });
  const running = parsedFiles.map((p, i) => (runs(i) ? p.forward : []));
  notNullByEditedBase = madeNotNullByBaseVersions(candidates.filter((c, i) => runs(i) && c.change.status !== 'added'), changes.baseTree, dialect);
  const rebuilds = findTableRebuilds(running);
  const lookahead = new PrLookahead(running);
  const columnIdioms = new ColumnIdioms(running.flat());
  running.flat().forEach((s, i) => {
    for (const op of s.ops) {
      if (op.kind === 'create-object') {
        recreatedAt.set(`${op.objectKind}:${op.name}`, i);
        if (op.objectKind === 'trigger') {
          const list = triggersCreatedAt.get(op.name) ?? [];
          list.push({ at: i, ...(op.trigger ? { shape: op.trigger } : {}) });
          triggersCreatedAt.set(op.name, list);
        }
      }
      else if (op.kind === 'create-table') recreatedAt.set(`table:${op.table}`, i);
      else if (op.kind === 'add-constraint' && op.name) recreatedAt.set(`constraint:${op.table}.${op.name}`, i);
      else if (op.kind === 'create-index' && op.name) recreatedAt.set(`index:${op.name}`, i);
      else if (op.kind === 'create-enum') recreatedAt.set(`type:${op.type}`, i);
      // `DROP TYPE mood; ALTER TYPE mood_new RENAME TO mood`: the name exists again.
      else if (op.kind === 'rename-object') recreatedAt.set(`${op.objectKind}:${op.newName}`, i);
      // `RENAME TABLE mv_new TO mv` may move a view (the look-ahead does not know which it is).
      else if (op.kind === 'rename-table') for (const kind of ['view', 'materialized view']) recreatedAt.set(`${kind}:${op.newName}`, i);
      else if (op.kind === 'set-default' || op.kind === 'drop-not-null' || op.kind === 'drop-column') {
        relaxedAt.set(`${op.table}.${op.column}`, i);
        if (op.kind === 'drop-column') columnsDroppedByPR.add(`${op.table}.${op.column}`);
      } else if (op.kind === 'drop-object' && (op.objectKind === 'function' || op.objectKind === 'procedure')) routinesDroppedByPR.add(op.name);
      else if (op.kind === 'redefine-column' && (op.def.hasDefault || !op.def.notNull)) relaxedAt.set(`${op.table}.${op.def.name}`, i);
      else if (op.kind === 'drop-constraint') droppedAt.set(`${op.table}.${op.name}`, i);
    }
  });
  // A column swap's new column becomes the old one: what it requires is judged on the old column.
  for (const swap of columnIdioms.swaps()) relaxedAt.set(`${swap.table}.${swap.temp}`, Math.max(relaxedAt.get(`${swap.table}.${swap.temp}`) ?? -1, swap.renameAt));
  let ordinal = 0;
  /** `drop-not-null` and `drop-default` findings, with base's name of their column: a later statement of the PR may restore it. */
  const restorable: Restorable[] = [];
  /** `add-enum-value` findings of ENUM columns, with the values they name: a later statement may take them out again. */
  const transientValues: (Restorable & { added: string[] })[] = [];
  /** Whether the PR creates this index or trigger (anywhere, under this name). */
  const createdInPr = (kind: 'index' | 'trigger', name: string): boolean => recreatedAt.has(`${kind}:${name}`);

  // Phase 2: file rules, then the statements in apply order.
  for (const [fileIndex, { change, file, text, echo }] of candidates.entries()) {
    // An echo (plan.ts) only builds the history: its own history reports it.
    const emit = (rule: string, hits: RuleHit[]): void => {
      if (!echo) for (const hit of hits) findings.push({ ...hit, rule, file: file.path });
    };
    const { downSections, forward } = parsedFiles[fileIndex];
    if (text !== null && !echo) {
      const g = grown.get(fileIndex);
      const runsAt = (line: number): boolean => runs(fileIndex) && (!g || inRanges(g.newLines, line, true));
      // Base's version, to tell the suppressions this PR adds (they need a second person: docs/approvals.md).
      const asSql = (t: string): string => (isChangelogMigration(file) ? changelogCommentsAsSql(file.path, t) : t);
      const baseText = change.status === 'modified' || change.status === 'renamed' ? changes.baseTree.read(change.oldPath ?? change.path) : change.status === 'added' ? null : undefined;
      const suppressionBase = typeof baseText === 'string' ? asSql(baseText) : baseText;
      for (const s of findSqlSuppressions(file.path, asSql(text), [...forward, ...downSections], suppressionBase)) {
        // A statement suppression in a part that does not run again (a migration base has, an old
        // changeset) has no statement to match: it would be "unused", or reach the next new one.
        if (s.scope !== 'file' && !s.rules.some((r) => FILE_RULES.has(r)) && !runsAt(s.line)) continue;
        suppressions.push(s);
      }
    }

    const fileContext: FileContext = {
      file,
      status: change.status,
      oldPath: change.oldPath,
      text,
      baseText: change.status === 'modified' || change.status === 'renamed' ? changes.baseTree.read(change.oldPath ?? change.path) : null,
      downSections,
      newestBaseVersion: change.status === 'added' ? newestVersionBeside(file, baseFacts.newest) : null,
      editedChangesets: grown.get(fileIndex)?.statements ? undefined : grown.get(fileIndex)?.edited,
      lifecycle: lifecycles.get(fileIndex),
    };
    for (const rule of fileRules) emit(rule.meta.id, rule.file!(fileContext));
    if (text !== null && isCodeFramework(file.framework)) for (const { rule, hit } of codeFileFindings({ file, status: change.status, text, history: codeHistory })) emit(rule, [hit]);

    // Statements of a migration that base already has were applied long ago: only new files
    // (and Flyway repeatables, which re-run when they change) execute with this release.
    if (!runs(fileIndex)) continue;
    // An unreadable new migration (unreadable-file) still runs on deploy: the runbook lists it.
    const unreadUp = text === null && change.status !== 'deleted' && (file.part === 'up' || file.part === 'repeatable');
    if ((forward.length > 0 || unreadUp) && !echo) forwardMigrations.push(file.path);
    // A SQL file read by its content as another dialect than its folder's history: what that
    // dialect would run and this reading hides (unparsed-statement.ts `hiddenByDialect`), in the parts that run.
    const reading = isCodeFramework(file.framework) || isChangelogMigration(file) ? undefined : headDialects.get(file.path);
    if (text !== null && reading?.neighbours) {
      const g = grown.get(fileIndex);
      const up = sectionsOf(file, text).filter((sec) => sec.part === 'up');
      emit('unparsed-statement', hiddenByDialect(text, reading, up).filter((h) => !g || inRanges(g.newLines, h.line ?? 0, true)));
    }

    const prepared = new PreparedStatements();
    // Comments blanked, strings kept: a routine's body is a dollar-quoted string.
    const branches = new BranchAdditions(text, (t) => maskSqlDetailed(t, dialect, { keepStrings: true }).masked);
    currentFile = fileIndex;
    for (const [index, parsed] of forward.entries()) {
      position = ordinal++;
      prepared.observe(parsed);
      const executed = prepared.executed(parsed);
      const called = executed && text !== null ? withBody(parsed, executedOperations(executed, text, dialect)) : withCalledRoutine(parsed, file.path, routines);
      const steps = rebuilds.get(`${fileIndex}:${index}`);
      const rebuilt = steps ? called.ops.flatMap((op) => rebuildStep(op, steps, parsed.line, catalog, createdInPr)) : called.ops;
      const ops = rebuilt.flatMap((op) => columnIdioms.rewrite(op, position, catalog) ?? [op]);
      const stmt: Statement = { ...called, ops };
      if (text !== null) trackRoutines(stmt, text, file.path, routines);
      const ctx = { file, facts };
      for (const rule of statementRules) emit(rule.meta.id, rule.statement!(stmt, ctx));
      // One operation at a time, each resolved against the history as the earlier ones of the same
      // statement left it: a column or table an earlier action created is new for the next
      // (`ALTER TABLE t ADD COLUMN c int, ADD UNIQUE (c)`), and a procedure's `CHANGE a b bigint(20)`
      // then `RENAME TABLE` then `MODIFY b bigint` compares the MODIFY with what the CHANGE left.
      branches.reset();
      for (const written of ops) {
        for (const op of resolveOperation(written, catalog, called.dialect, facts.column)) {
          const before = findings.length;
          const branchNew = branches.addedHere(op);
          addedHere = branchNew;
          // Only the rules that read this kind of operation (rules/index.ts): the others return nothing for it.
          for (const rule of operationRulesFor(op.kind)) emit(rule.meta.id, rule.operation!(op, stmt, ctx));
          addedHere = null;
          // It runs only where its branch just added the column: never on the databases the history
          // describes (they had the column, so the branch's ADD failed or was skipped).
          if (branchNew !== null) continue;
          branches.observe(op, catalog);
          defaultsSet.observe(op, stmt, file.path);
          if (op.kind === 'drop-not-null' || op.kind === 'drop-default') {
            const origin = lineage.origin(op.table, op.column);
            if (origin !== null && op.kind === 'drop-not-null') relaxedInPr.add(origin);
            for (let k = before; k < findings.length; k++) if (origin !== null && findings[k].rule === op.kind) restorable.push({ finding: findings[k], origin });
          }
          if (op.kind === 'enum-column-change' && op.added.length > 0) {
            const origin = lineage.origin(op.table, op.column);
            for (let k = before; k < findings.length; k++) if (origin !== null && findings[k].rule === 'add-enum-value') transientValues.push({ finding: findings[k], origin, added: op.added });
          }
          recordCreated(op, created, facts, history);
          lineage.observe(op, catalog);
          trackColumnsOfUnknownTables(op, catalog, facts, columnsOfUnknownTables);
          baseColumns.beforeApply(op);
          catalog.apply(op);
        }
      }
    }
  }

  const restored = restoredLater(restorable, catalog, lineage);
  for (const f of valuesRemovedLater(transientValues, catalog, lineage)) restored.add(f);
  return {
    findings: restored.size === 0 ? findings : findings.filter((f) => !restored.has(f)),
    suppressions,
    files: candidates.flatMap((c) => (c.echo ? [] : [c.file.path])),
    migrations: forwardMigrations,
    ...(unread.skipped.length ? { skipped: unread.skipped } : {}),
  };
}

/**
 * The `add-enum-value` findings of ENUM columns whose added values the PR's later statements take
 * out again (kestra's squashed H2 baseline re-adds `WorkerTask` and drops it again 26 lines on):
 * no row is left with them. Columns matched by base's name, as in `restoredLater`; one pass.
 */
function valuesRemovedLater(adds: (Restorable & { added: string[] })[], catalog: Catalog, lineage: ColumnLineage): RawFinding[] {
  if (adds.length === 0) return [];
  const final = finalColumns(adds, catalog, lineage);
  return adds.filter(({ origin, added }) => {
    const values = final.get(origin)?.enumValues;
    return values !== undefined && added.every((v) => !values.includes(v));
  }).map((r) => r.finding);
}

interface Restorable {
  finding: RawFinding;
  /** `baseTable.baseColumn` of the column it names. */
  origin: string;
}

/** The columns the PR leaves, after its last statement, by base's name (`origin`) for those `items` name; one pass. */
function finalColumns(items: Restorable[], catalog: Catalog, lineage: ColumnLineage): Map<string, ColumnInfo> {
  const wanted = new Set(items.map((r) => r.origin));
  const final = new Map<string, ColumnInfo>();
  for (const [table, columns] of catalog.tables) {
    for (const [name, column] of columns) {
      const origin = lineage.origin(table, name);
      if (origin !== null && wanted.has(origin)) final.set(origin, column);
    }
  }
  return final;
}

/**
 * The `drop-not-null` and `drop-default` findings whose column the PR leaves, after its last
 * statement, NOT NULL again or with a default again (dolphinscheduler's `CHANGE a b bigint(20)`,
 * which drops both, then `MODIFY b bigint NOT NULL DEFAULT 0` in the same procedure): the previous
 * release meets the column as it was. Columns are matched by base's name, following renames; one
 * pass over the final catalog.
 */
function restoredLater(restorable: Restorable[], catalog: Catalog, lineage: ColumnLineage): Set<RawFinding> {
  const out = new Set<RawFinding>();
  if (restorable.length === 0) return out;
  const final = finalColumns(restorable, catalog, lineage);
  for (const { finding, origin } of restorable) {
    const column = final.get(origin);
    if (column && (finding.rule === 'drop-not-null' ? column.notNull : column.hasDefault)) out.add(finding);
  }
  return out;
}

/**
 * Whether `x` lies in one of `ranges` (sorted, not overlapping: a changelog's changesets in file
 * order), by binary search; `[from, to)`, or `[from, to]` when `inclusive`.
 */
function inRanges(ranges: [number, number][], x: number, inclusive: boolean): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid];
    if (x < from) hi = mid - 1;
    else if (x > to || (x === to && !inclusive)) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * `sqitch rework x` copies the deployed `deploy/x.sql` (and revert/verify) to `x@<tag>.sql`, and
 * `deploy/x.sql` becomes the script of a new change in the plan: it is not an edit, and it runs.
 * The copies are the scripts databases already ran: neither new nor analysed.
 */
function sqitchReworks(changes: ChangeSet): { copies: Set<string>; reworked: Set<string> } {
  const copies = new Set<string>();
  const reworked = new Set<string>();
  const modified = new Set(changes.files.filter((f) => f.status === 'modified').map((f) => f.path));
  for (const f of changes.files) {
    const m = /^((?:.*\/)?(?:deploy|revert|verify)\/(?:.*\/)?)([^/@]+)@[^/]+(\.sql)$/i.exec(f.path);
    if (f.status !== 'added' || !m) continue;
    const original = `${m[1]}${m[2]}${m[3]}`;
    if (!modified.has(original) || changes.headTree.read(f.path) !== changes.baseTree.read(original)) continue;
    copies.add(f.path);
    reworked.add(original);
  }
  return { copies, reworked };
}

interface Rebuild {
  /** The table rebuilt: dropped (or renamed away) and replaced. */
  table: string;
  /** The columns of its replacement, as created. */
  columns: ColumnInfo[];
  /** The constraints its replacement declares, when the adapter lists them. */
  constraints?: DeclaredConstraint[];
  /** Column of the replacement → the old column its copy step (`INSERT … SELECT`) fills it from. */
  copied: Map<string, string | null>;
  /** The copy step is `INSERT INTO t SELECT * FROM old`: column by column in order, known once the history is (`copied` empty). */
  copiesAll?: boolean;
  /** Line of the replacement's CREATE TABLE when it is in the file of the step that replaces (findings point into it), else null. */
  createLine: number | null;
  /**
   * How the old table makes way: `drop` (`CREATE new_t; copy; DROP t; RENAME new_t TO t`),
   * `rename-first` (`RENAME t TO t_old; CREATE t; copy; DROP t_old`: Django's `t__old`, pop/kratos
   * `_t_old`) or `swap` (`CREATE t_new; copy; RENAME t TO t_old; RENAME t_new TO t`, ClickHouse style).
   */
  order: 'drop' | 'rename-first' | 'swap';
  /** The name the old table is renamed to (`rename-first`, `swap`). */
  oldCopy?: string;
  /** The replacement's own name (`swap`). */
  replacement?: string;
  /** Set where the old table is renamed away: the history knows it, so the rebuild is judged as one. */
  active?: boolean;
}

/** What one statement does in a rebuild: moves the old table away, replaces it, or drops the old copy. */
interface RebuildStep {
  rebuild: Rebuild;
  step: 'move-away' | 'replace' | 'drop-old-copy';
}

/**
 * SQLite cannot alter most of a table, so tools rebuild it: `CREATE TABLE new_t (…)`, copy,
 * `DROP TABLE t`, `ALTER TABLE new_t RENAME TO t` (drizzle, Prisma, pop; sometimes across files),
 * or with the old table renamed away first (see `Rebuild.order`). The two orders that rename the
 * old table need the copy step: without it the replacement starts empty. Returns each statement's
 * part in a rebuild, keyed `file:statement`.
 */
function findTableRebuilds(files: Statement[][]): Map<string, RebuildStep[]> {
  const created = new Map<string, { op: OperationOf<'create-table'>; file: number; line: number; key: string }>();
  const copies = new Map<string, OperationOf<'copy-rows'>>();
  /** Tables a materialized view created in the PR writes into (ClickHouse `CREATE MATERIALIZED VIEW mv TO t`). */
  const fedByView = new Set<string>();
  const dropped = new Map<string, { key: string; file: number }>();
  /** Old table → where it was renamed away (and to what): a rename of a table the PR did not create. */
  const movedAway = new Map<string, { to: string; key: string }>();
  const renameFirst: { table: string; moved: { to: string; key: string }; made: { op: OperationOf<'create-table'>; line: number; key: string } }[] = [];
  const out = new Map<string, RebuildStep[]>();
  const add = (key: string, step: RebuildStep): void => {
    const list = out.get(key) ?? [];
    list.push(step);
    out.set(key, list);
  };
  const rebuilds: Rebuild[] = [];
  /** A rebuild's replacement → the name it takes. */
  const finalName = new Map<string, string>();
  files.forEach((statements, f) =>
    statements.forEach((stmt, s) => {
      const key = `${f}:${s}`;
      for (const op of stmt.ops) {
        if (op.kind === 'create-table') {
          const moved = movedAway.get(op.table);
          if (moved) renameFirst.push({ table: op.table, moved, made: { op, line: stmt.line, key } });
          created.set(op.table, { op, file: f, line: stmt.line, key });
        } else if (op.kind === 'copy-rows') copies.set(op.table, op);
        else if (op.kind === 'create-object' && op.feeds !== undefined) fedByView.add(op.feeds);
        else if (op.kind === 'drop-table') dropped.set(op.table, { key, file: f });
        else if (op.kind === 'rename-table') {
          const made = created.get(op.table);
          const at = dropped.get(op.newName);
          const moved = movedAway.get(op.newName);
          const copy = copies.get(op.table);
          if (made && at) {
            finalName.set(op.table, op.newName);
            const rebuild: Rebuild = {
              table: op.newName,
              columns: made.op.columns,
              constraints: made.op.constraints,
              ...copiedColumns(copy?.source === op.newName ? copy : undefined, made.op),
              createLine: made.file === at.file ? made.line : null,
              order: 'drop',
            };
            rebuilds.push(rebuild);
            add(at.key, { rebuild, step: 'replace' });
          } else if (made && moved && (copy?.source === op.newName || fedByView.has(op.table))) {
            // The copy step, or (ClickHouse) a materialized view of the PR that fills the replacement
            // from now on: an aggregate table rebuilt beside the old one and swapped in.
            finalName.set(op.table, op.newName);
            const rebuild: Rebuild = {
              table: op.newName,
              columns: made.op.columns,
              constraints: made.op.constraints,
              ...copiedColumns(copy?.source === op.newName ? copy : undefined, made.op),
              createLine: made.file === f ? made.line : null,
              order: 'swap',
              oldCopy: moved.to,
              replacement: op.table,
            };
            rebuilds.push(rebuild);
            add(moved.key, { rebuild, step: 'move-away' });
            add(key, { rebuild, step: 'replace' });
          } else if (!made) movedAway.set(op.table, { to: op.newName, key });
        }
      }
    }),
  );
  for (const { table, moved, made } of renameFirst) {
    const copy = copies.get(table);
    if (copy?.source !== moved.to) continue;
    const rebuild: Rebuild = {
      table,
      columns: made.op.columns,
      constraints: made.op.constraints,
      ...copiedColumns(copy, made.op),
      createLine: made.line,
      order: 'rename-first',
      oldCopy: moved.to,
    };
    rebuilds.push(rebuild);
    add(moved.key, { rebuild, step: 'move-away' });
    add(made.key, { rebuild, step: 'replace' });
  }
  for (const rebuild of rebuilds) {
    const drop = rebuild.oldCopy === undefined ? undefined : dropped.get(rebuild.oldCopy);
    if (drop) add(drop.key, { rebuild, step: 'drop-old-copy' });
    // A foreign key to another table's replacement (`REFERENCES rules_temp`) points at its final name
    // once that is renamed (SQLite rewrites it): compare it as such.
    rebuild.constraints = rebuild.constraints?.map((c) => (c.constraint === 'foreign-key' && finalName.has(c.detail) ? { ...c, detail: finalName.get(c.detail) as string } : c));
  }
  return out;
}

/**
 * Which old column fills each column of the replacement: by name (`INSERT INTO t (a, b) SELECT x, b`),
 * in order without a column list (`INSERT INTO t SELECT x, b`: a list of another length is rejected
 * by the database, so nothing is mapped), or every column in order (`SELECT *`, resolved against the
 * history in `rebuildOperations`).
 */
function copiedColumns(copy: OperationOf<'copy-rows'> | undefined, made: OperationOf<'create-table'>): Pick<Rebuild, 'copied' | 'copiesAll'> {
  if (!copy) return { copied: new Map() };
  if (copy.allColumns) return { copied: new Map(), copiesAll: true };
  if (!copy.byPosition) return { copied: new Map(copy.columns.map((c) => [c.name, c.from])) };
  if (copy.columns.length !== made.columns.length) return { copied: new Map() };
  return { copied: new Map(made.columns.map((c, i) => [c.name, copy.columns[i].from])) };
}

/** The operations that stand for `op` in its statement's rebuild steps (`line`: the statement's). */
function rebuildStep(
  op: Operation,
  steps: RebuildStep[],
  line: number,
  catalog: Catalog,
  createdInPr: (kind: 'index' | 'trigger', name: string) => boolean,
): Operation[] {
  for (const { rebuild: r, step } of steps) {
    const hidden: Operation[] = [{ kind: 'other', what: 'table rebuild' }];
    if (step === 'move-away' && op.kind === 'rename-table' && op.table === r.table && op.newName === r.oldCopy) {
      // Without a history of the old table the rebuild cannot be compared: its statements are read as written.
      r.active = (catalog.tables.get(r.table)?.size ?? 0) > 0;
      if (r.active) return hidden;
    } else if (step === 'drop-old-copy' && op.kind === 'drop-table' && op.table === r.oldCopy && r.active) {
      return hidden;
    } else if (step === 'replace') {
      const at: OperationOf<'drop-table'> = { kind: 'drop-table', table: r.table, line: op.line ?? line };
      if (r.order === 'drop' && op.kind === 'drop-table' && op.table === r.table) return rebuildOperations(op, r, catalog, createdInPr);
      if (r.order === 'rename-first' && r.active && op.kind === 'create-table' && op.table === r.table) return rebuildOperations(at, r, catalog, createdInPr);
      if (r.order === 'swap' && r.active && op.kind === 'rename-table' && op.table === r.replacement && op.newName === r.table) {
        // The replacement's own name goes away (it was created by the PR: nothing to report).
        return [...rebuildOperations(at, r, catalog, createdInPr), { kind: 'drop-table', table: op.table }];
      }
    }
  }
  return [op];
}

/**
 * What a rebuild changes, column by column, against the table the history knows: dropped columns,
 * renamed ones (the copy step fills a new name from an old one), redefined ones, new required ones,
 * new constraints on old columns. When the history does not know the table, it stays a drop.
 * Findings point at the replacement's definition (the column, the constraint) when it is in the
 * same file, else at the DROP TABLE.
 */
function rebuildOperations(
  op: Operation & { kind: 'drop-table' },
  rebuild: Rebuild,
  catalog: Catalog,
  createdInPr: (kind: 'index' | 'trigger', name: string) => boolean,
): Operation[] {
  const before = catalog.tables.get(rebuild.table);
  if (!before || before.size === 0) return [op];
  const { table, createLine } = rebuild;
  const at = (line: number | undefined): { line?: number } => (createLine !== null && line !== undefined ? { line } : op.line === undefined ? {} : { line: op.line });
  const out: Operation[] = [];
  const after = new Map(rebuild.columns.map((c) => [c.name, c]));
  /** New column → the old column it takes over (a rename). */
  const renamedFrom = new Map<string, string>();
  const olds = [...before.keys()];
  const copied = rebuild.copiesAll && olds.length === rebuild.columns.length ? new Map(rebuild.columns.map((c, i) => [c.name, olds[i]])) : rebuild.copied;
  for (const [name, from] of copied) {
    if (from !== null && from !== name && before.has(from) && !after.has(from) && !before.has(name) && after.has(name)) renamedFrom.set(name, from);
  }
  const renamed = new Set(renamedFrom.values());
  for (const [name] of before) if (!after.has(name) && !renamed.has(name)) out.push({ kind: 'drop-column', table, column: name, ...at(createLine ?? undefined) });
  for (const column of rebuild.columns) {
    const old = before.has(column.name) ? column.name : renamedFrom.get(column.name);
    if (old !== undefined) out.push({ kind: 'redefine-column', table, column: old, def: column, ...at(column.line) });
    else out.push({ kind: 'add-column', table, column, ...at(column.line) });
  }
  const declared = catalog.declared.get(table);
  if (declared && rebuild.constraints) {
    const oldName = (c: string): string => renamedFrom.get(c) ?? c;
    /** What an old insert writes into a column of the new table: anything (within its old NOT NULL), or a new column's default. */
    const oldInsertValue = (name: string): OldInsertValue => {
      const old = before.get(oldName(name));
      if (old) return { kind: 'any', notNull: old.notNull };
      const def = after.get(name);
      if (!def || def.generated) return { kind: 'any', notNull: false };
      if (!def.hasDefault) return { kind: 'null' };
      return (def.defaultExpr === undefined ? null : literalDefault(def.defaultExpr)) ?? { kind: 'any', notNull: def.notNull };
    };
    const key = (c: DeclaredConstraint, rename: (c: string) => string): string => `${c.constraint}|${c.columns.map(rename).join(',')}|${c.detail}`;
    const had = new Set(declared.map((c) => key(c, (n) => n)));
    /** Column sets the old table already kept unique: a uniqueness rule on more columns rejects nothing new. */
    const uniqueBefore = [
      ...declared.filter((d) => d.constraint === 'unique' || d.constraint === 'primary-key').map((d) => d.columns),
      ...[...before.values()].filter((c) => c.unique || c.primaryKey).map((c) => [c.name]),
    ];
    for (const c of rebuild.constraints) {
      // A constraint only on columns the rebuild adds is new with them: old writes never set them.
      if (had.has(key(c, oldName)) || (c.columns.length > 0 && c.columns.every((n) => !before.has(oldName(n))))) continue;
      // A CHECK the old table had, re-created with more OR branches: old writes satisfy it as before.
      if (c.constraint === 'check' && declared.some((d) => d.constraint === 'check' && checkAcceptsAll(d.detail, c.detail))) continue;
      // A CHECK every old insert passes: the columns it does not know hold their defaults (openstatus' channel_type DEFAULT 'email').
      if (c.constraint === 'check' && checkPassesOldInserts(c.detail, oldInsertValue)) continue;
      const columns = c.columns.map(oldName);
      if ((c.constraint === 'unique' || c.constraint === 'primary-key') && uniqueBefore.some((u) => u.length > 0 && u.every((n) => columns.includes(n)))) continue;
      // `CHECK (status IN ('a', 'b'))` redefined with other values: judged like an ENUM column's values.
      const was = c.values && c.columns.length === 1 ? declared.find((d) => d.values && d.columns.join() === oldName(c.columns[0])) : undefined;
      if (c.values && was?.values) {
        out.push(...enumColumnChange(table, c.columns[0], was.values, c.values, at(c.line)));
        continue;
      }
      out.push({ kind: 'add-constraint', table, constraint: c.constraint, name: c.name, columns: c.columns, notValid: false, ...at(c.line) });
    }
  }
  // DROP TABLE dropped the old table's indexes and triggers: the ones the PR does not create again are gone.
  for (const [name, index] of catalog.indexes) {
    if (index.table === table && index.columns !== undefined && !createdInPr('index', name)) out.push({ kind: 'drop-index', name, table, ...at(undefined) });
  }
  for (const [name, on] of catalog.triggerTables) {
    if (on === table && !createdInPr('trigger', name)) out.push({ kind: 'drop-object', objectKind: 'trigger', name, table, ...at(undefined) });
  }
  return out.length > 0 ? out : [{ kind: 'other', what: 'table rebuild' }];
}

/**
 * The routines that exist after `stmt`, from its operations: a `DROP PROCEDURE/FUNCTION` forgets
 * one, a `CREATE` adds one. Its body is read when the statement is that `CREATE` alone; one created
 * inside a block of several statements (a goose `StatementBegin` block) exists with a body the gate
 * has not isolated, so a call of it is unparsed rather than passed.
 */
function trackRoutines(stmt: Statement, text: string, file: string, routines: Map<string, DefinedRoutine>): void {
  for (const op of stmt.ops) {
    if ((op.kind !== 'drop-object' && op.kind !== 'create-object') || (op.objectKind !== 'procedure' && op.objectKind !== 'function')) continue;
    if (op.kind === 'drop-object') routines.delete(op.name);
    else routines.set(op.name, { file, body: () => ({ ops: [], opaque: `the body of ${op.name} was created inside a block of statements and is not read` }) });
  }
  const routine = routineOf(stmt, text);
  if (routine) routines.set(routine.name, { file, body: routine.body });
}

/** A routine created in `file` (by base or by the PR); its body is read when it is called. */
export interface DefinedRoutine {
  file: string;
  body: () => RoutineBody;
}

/**
 * A `CALL p()` / `SELECT f()` of a routine that base or this PR created does what its body does.
 * Called from the file that creates it, each operation keeps the line of its body statement;
 * called from another file, they are all at the call (a finding's line is in the file it names).
 */
function withCalledRoutine(stmt: Statement, file: string, routines: Map<string, DefinedRoutine>): Statement {
  if (routines.size === 0) return stmt;
  const name = calledRoutine(stmt);
  const routine = name === null ? undefined : routines.get(name);
  if (!routine) return stmt;
  const body = routine.body();
  if (routine.file === file) return withBody(stmt, body);
  return withBody(stmt, { ...body, ops: body.ops.map(({ line: _line, ...op }) => op as Operation) });
}

function withBody(stmt: Statement, body: RoutineBody): Statement {
  const ops = [...stmt.ops.filter((op) => op.kind !== 'other'), ...body.ops];
  if (body.opaque) return { ...stmt, status: 'unparsed', error: body.opaque, opaqueText: body.opaqueText, ops };
  return { ...stmt, status: 'parsed', error: undefined, ops };
}

/** Remember what this PR creates: changing it later in the PR breaks nothing the base release uses. */
function recordCreated(op: Operation, created: Set<string>, facts: MigrationFacts, history: History): void {
  switch (op.kind) {
    case 'create-table':
      // `IF NOT EXISTS` says the table may exist already: new only when the history proves it is not.
      if (!op.ifNotExists || (history.replayed && !history.catalog.tables.has(op.table))) {
        created.add(`table:${op.table}`);
        for (const c of op.columns) recordSerialSequence(op.table, c, created);
      }
      break;
    case 'add-column':
      if (!op.ifNotExists || (history.replayed && history.catalog.tables.has(op.table) && !history.catalog.column(op.table, op.column.name))) {
        created.add(`column:${op.table}.${op.column.name}`);
        recordSerialSequence(op.table, op.column, created);
      }
      break;
    case 'rename-table':
      // The last step of a rebuild (`ALTER TABLE new_t RENAME TO t` over the t the history knows) leaves t with its old rows.
      if (facts.isNewTable(op.table) && (facts.isNewTable(op.newName) || !history.catalog.tables.has(op.newName))) created.add(`table:${op.newName}`);
      break;
    case 'rename-column':
      if (facts.isNewColumn(op.table, op.column)) created.add(`column:${op.table}.${op.newName}`);
      break;
    case 'redefine-column':
      if (facts.isNewColumn(op.table, op.column)) created.add(`column:${op.table}.${op.def.name}`);
      break;
    case 'create-enum':
      created.add(`type:${op.type}`);
      break;
    case 'add-constraint':
      if (op.name) created.add(`constraint:${op.table}.${op.name}`);
      break;
    case 'create-index':
      if (op.name && !(op.ifNotExists && history.catalog.indexes.has(op.name))) created.add(`index:${op.name}`);
      break;
    case 'create-object':
      // `CREATE OR REPLACE` of an object the history has replaces it: still the one the base release uses.
      if (!history.catalog.hasObject(op.objectKind, op.name)) created.add(`object:${op.objectKind}:${op.name}`);
      break;
    case 'rename-object':
      // Renamed out of the way of a replacement the PR creates under the old name (the enum swap:
      // `RENAME TO mood_old; CREATE TYPE mood …; DROP TYPE mood_old`): the base release never uses the new name.
      if (facts.isNewObject(op.objectKind, op.name) || facts.isRecreatedLater(op.objectKind, op.name)) created.add(`object:${op.objectKind}:${op.newName}`);
      if (op.objectKind === 'constraint' && op.table && (facts.isNewConstraint(op.table, op.name) || facts.isRecreatedLater('constraint', `${op.table}.${op.name}`))) {
        created.add(`constraint:${op.table}.${op.newName}`);
      }
      if (op.objectKind === 'index' && (facts.isNewIndex(op.name) || facts.isRecreatedLater('index', op.name))) created.add(`index:${op.newName}`);
      break;
    default:
      break;
  }
}

/**
 * Postgres creates a sequence `<table>_<column>_seq` for a `serial` column: it is as new as its
 * column (a later `ALTER SEQUENCE … RENAME`, `DROP SEQUENCE` of it breaks nothing the base release uses).
 */
function recordSerialSequence(table: string, column: ColumnInfo, created: Set<string>): void {
  if (!isSerialType(column.type)) return;
  const dot = table.lastIndexOf('.');
  created.add(`object:sequence:${table.slice(0, dot + 1)}${table.slice(dot + 1)}_${column.name}_seq`);
}

/**
 * The catalog keeps no columns for a table its history does not know (created outside the
 * migrations, or by a statement no parser read). A column the PR adds to such a table is still
 * new, and what the PR does to it afterwards (`SET NOT NULL`, `DROP DEFAULT`) is kept here, so
 * making it required is still `add-required-column`.
 */
function trackColumnsOfUnknownTables(op: Operation, catalog: Catalog, facts: MigrationFacts, columns: Map<string, ColumnInfo | null>): void {
  if (op.kind === 'add-column') {
    const key = `${op.table}.${op.column.name}`;
    // A name an old column was renamed away from (`RENAME c TO c_old; ADD c …`): the previous release writes c.
    if (!catalog.tables.has(op.table) && facts.isNewColumn(op.table, op.column.name) && columns.get(key) !== null) columns.set(key, { ...op.column });
    return;
  }
  if (op.kind === 'rename-column' && !catalog.tables.has(op.table) && !columns.get(`${op.table}.${op.column}`)) {
    columns.set(`${op.table}.${op.column}`, null);
    return;
  }
  if (!('table' in op) || typeof op.table !== 'string' || !('column' in op) || typeof op.column !== 'string') return;
  const key = `${op.table}.${op.column}`;
  const column = columns.get(key);
  if (!column) return;
  if (op.kind === 'set-not-null') column.notNull = true;
  else if (op.kind === 'drop-not-null') column.notNull = false;
  else if (op.kind === 'set-default') column.hasDefault = true;
  else if (op.kind === 'drop-default') column.hasDefault = false;
  else if (op.kind === 'alter-column-type') column.type = op.newType;
  else if (op.kind === 'drop-column') columns.delete(key);
  else if (op.kind === 'rename-column') {
    columns.delete(key);
    columns.set(`${op.table}.${op.newName}`, { ...column, name: op.newName });
  } else if (op.kind === 'redefine-column') {
    columns.delete(key);
    columns.set(`${op.table}.${op.def.name}`, { ...op.def });
  }
}

/** The values a column's set of allowed values lost and gained (an ENUM, a `CHECK … IN` list), if any. */
function enumColumnChange(table: string, column: string, before: string[], after: string[], at: { line?: number }): Operation[] {
  const removed = before.filter((v) => !after.includes(v));
  const added = after.filter((v) => !before.includes(v));
  return removed.length > 0 || added.length > 0 ? [{ kind: 'enum-column-change', table, column, removed, added, ...at }] : [];
}

/**
 * Fill in what only the schema history knows: the previous type of a column, and what a full
 * column redefinition (MySQL `MODIFY`/`CHANGE`) actually changes.
 */
export function resolveOperation(op: Operation, catalog: Catalog, dialect?: Dialect, columnOf: (table: string, column: string) => ColumnInfo | undefined = (t, c) => catalog.column(t, c)): Operation[] {
  if (op.kind === 'alter-column-type') {
    const old = catalog.column(op.table, op.column);
    const oldType = op.oldType ?? old?.type ?? null;
    // A Postgres enum swapped for another (`ALTER COLUMN … TYPE mood_new USING …`): judged value by value.
    // The column is redefined (not retyped) for the catalog, so no type rule reads it.
    const oldEnum = oldType === null ? undefined : catalog.enums.get(oldType);
    const newEnum = op.newType === null ? undefined : catalog.enums.get(op.newType);
    if (old && oldEnum && newEnum) {
      const at = op.line === undefined ? {} : { line: op.line };
      return [...enumColumnChange(op.table, op.column, oldEnum, newEnum, at), { kind: 'redefine-column', table: op.table, column: op.column, def: { ...old, type: op.newType }, ...at }];
    }
    return [{ ...op, oldType }];
  }
  // `ADD VALUE IF NOT EXISTS 'c'` of a value the history already has adds nothing (without IF NOT EXISTS it fails).
  if (op.kind === 'add-enum-value' && catalog.enums.get(op.type)?.includes(op.value)) return [{ kind: 'other', what: 'existing enum value' }];
  if (op.kind === 'rename-object' && op.objectKind === 'index') {
    // `ALTER INDEX t_email_key RENAME …` of a constraint's index renames the constraint too.
    const table = catalog.indexes.get(op.name)?.table;
    if (table !== undefined && catalog.constraints.has(`${table}.${op.name}`)) return [{ ...op, objectKind: 'constraint', table }];
  }
  // A view addressed as a table: ClickHouse drops a (materialized) view with DROP TABLE, MySQL and
  // ClickHouse rename one with RENAME TABLE, Postgres with ALTER TABLE … RENAME TO.
  if ((op.kind === 'drop-table' || op.kind === 'rename-table') && !catalog.tables.has(op.table)) {
    const objectKind = catalog.hasObject('materialized view', op.table) ? 'materialized view' : catalog.hasObject('view', op.table) ? 'view' : null;
    const line = op.line === undefined ? {} : { line: op.line };
    if (objectKind !== null) {
      return [op.kind === 'drop-table' ? { kind: 'drop-object', objectKind, name: op.table, ...line } : { kind: 'rename-object', objectKind, name: op.table, newName: op.newName, ...line }];
    }
  }
  if (op.kind !== 'redefine-column') return [op];
  const at = op.line === undefined ? {} : { line: op.line };
  const out: Operation[] = [];
  const { table, column, def } = op;
  if (def.name !== column) out.push({ kind: 'rename-column', table, column, newName: def.name, ...at });
  const old = columnOf(table, column);
  if (!old) {
    out.push({ kind: 'alter-column-type', table, column: def.name, oldType: null, newType: def.type, ...at });
  } else {
    const oldEnum = old.enumValues ?? enumValuesOf(old.type);
    const newEnum = def.enumValues ?? enumValuesOf(def.type);
    if (oldEnum && newEnum) {
      out.push(...enumColumnChange(table, def.name, oldEnum, newEnum, at));
    } else if (old.type && def.type && compareTypes(old.type, def.type, dialect) !== 'same') {
      out.push({ kind: 'alter-column-type', table, column: def.name, oldType: old.type, newType: def.type, ...at });
    }
    if (!old.notNull && def.notNull) out.push({ kind: 'set-not-null', table, column: def.name, ...at });
    // A primary key column stays NOT NULL whatever its redefinition says (MySQL `MODIFY id int`).
    if (old.notNull && !def.notNull && !def.primaryKey && !inPrimaryKey(catalog, table, column)) out.push({ kind: 'drop-not-null', table, column: def.name, ...at });
    if (old.hasDefault && !def.hasDefault) out.push({ kind: 'drop-default', table, column: def.name, ...at });
  }
  out.push(op);
  return out;
}

/** Whether the history knows `column` as part of `table`'s primary key (a column flag, a declared or added constraint). */
function inPrimaryKey(catalog: Catalog, table: string, column: string): boolean {
  if (catalog.column(table, column)?.primaryKey) return true;
  if ((catalog.declared.get(table) ?? []).some((d) => d.constraint === 'primary-key' && d.columns.includes(column))) return true;
  for (const [key, kind] of catalog.constraints) {
    if (kind !== 'primary-key' || !key.startsWith(`${table}.`)) continue;
    if (catalog.indexes.get(key.slice(table.length + 1))?.columns?.includes(column)) return true;
  }
  return false;
}

interface History {
  catalog: Catalog;
  /** True when base had migrations to replay, so the catalog's silence about an object means something. */
  replayed: boolean;
}

/** How many base files `replayBase` parses ahead at a time (their texts are in memory already). */
const PARSE_AHEAD = 256;

/**
 * The plain SQL files of a window of the replay parsed together (`parseFiles`), each at its index;
 * code, changelog and unreadable files are left `undefined` (parsed by the replay's own loop), and
 * so is the whole window when parsing it throws.
 */
function parseWindow(window: readonly (BaseMigration & { text: string })[], dialect: Dialect, schemaOnly: boolean): (ParsedFile | undefined)[] {
  const out = new Array<ParsedFile | undefined>(window.length);
  try {
    const at: number[] = [];
    const jobs: ParseJob[] = [];
    window.forEach(({ file, text }, i) => {
      if (isCodeFramework(file.framework) || isChangelogMigration(file)) return;
      at.push(i);
      jobs.push({ text, sections: upSections(file, text), schemaOnly });
    });
    parseFiles(jobs, dialect).forEach((parsed, j) => (out[at[j]] = parsed));
  } catch {
    out.fill(undefined);
  }
  return out;
}

/** A plain SQL migration's forward sections. */
function upSections(file: MigrationFile, text: string): MigrationSection[] {
  return sectionsOf(file, text).filter((s) => s.part === 'up');
}

/**
 * Replay the base commit's forward migrations into a catalog, and record the routines they leave
 * behind (a PR's `CALL` of one runs its body now). Never throws.
 */
export function replayBase(
  baselines: BaseMigration[],
  migrations: BaseMigration[],
  dialect: Dialect,
  routines: Map<string, DefinedRoutine>,
  { schemaOnly = true, codeHistory = new CodeHistory(), tree, order, parseAhead = true }: { schemaOnly?: boolean; codeHistory?: CodeHistory; tree?: Snapshot; order?: IncludeOrder; parseAhead?: boolean } = {},
): Catalog {
  const catalog = new Catalog();
  const ordered = migrations
    .filter((m): m is BaseMigration & { text: string } => (m.file.part === 'up' || m.file.part === 'repeatable') && m.text !== null)
    .sort((a, b) => byVersionThenPath(a.file, b.file, order));
  // Baselines first: a schema file (current or initial) is the ground the migrations replay over.
  const readable = baselines.filter((m): m is BaseMigration & { text: string } => m.text !== null);
  const all = [...readable, ...ordered];
  // The plain SQL files' statements parsed a window of files ahead, in shared batches (`parseFiles`:
  // the same statements as one `parseFile` each). A window that throws leaves its files to be
  // parsed one by one below, each in its own `try`.
  let ahead: (ParsedFile | undefined)[] = [];
  let aheadFrom = 0;
  for (let index = 0; index < all.length; index++) {
    const { file, text } = all[index];
    if (parseAhead && index === aheadFrom + ahead.length) {
      aheadFrom = index;
      ahead = parseWindow(all.slice(index, index + PARSE_AHEAD), dialect, schemaOnly);
    }
    try {
      const code = isCodeFramework(file.framework);
      const changelog = !code && isChangelogMigration(file);
      const parsed = code
        ? parseCodeFile(file, text, dialect, codeHistory, true)
        : changelog
          ? parseChangelog(file.path, text, dialect, { read: tree ? reader(tree) : () => null })
          : (ahead[index - aheadFrom] ?? parseFile({ text, sections: upSections(file, text), schemaOnly }, dialect));
      for (const stmt of parsed.forward) {
        for (const op of stmt.ops) {
          for (const resolved of resolveOperation(op, catalog, stmt.dialect)) catalog.apply(resolved);
        }
        trackRoutines(stmt, text, file.path, routines);
      }
    } catch {
      // Best effort: a base migration the catalog cannot replay leaves it incomplete, never fatal.
    }
  }
  return catalog;
}

/**
 * The schema files (baselines) of the history as the newest release tag holds them, each replayed
 * alone: the schema a fresh install of the previous release has (DolphinScheduler's
 * `dolphinscheduler_postgresql.sql` of 3.1.8 still creates `t_ds_fav_task.task_name`, while base's
 * dump already says `task_type`). Only those that differ from base's version; none without release
 * tags (`released: tags`, a git checkout).
 */
function releaseBaselineCatalogs(baselines: BaseMigration[], changes: ChangeSet, config: AnalysisInput['config'], dialect: Dialect): { path: string; tag: string; catalog: Catalog }[] {
  const sql = baselines.filter((b) => b.text !== null && !isCodeFramework(b.file.framework));
  if (config.released !== 'tags' || !changes.releasedTexts || sql.length === 0) return [];
  const { newest, newestTag } = changes.releasedTexts(sql.map((b) => b.file.path), config.releaseTags);
  if (!newest || !newestTag) return [];
  const out: { path: string; tag: string; catalog: Catalog }[] = [];
  for (const b of sql) {
    const text = newest.get(b.file.path);
    if (text === null || text === undefined || text === b.text) continue;
    out.push({ path: b.file.path, tag: newestTag, catalog: replayBase([{ file: b.file, text }], [], dialect, new Map()) });
  }
  return out;
}

/**
 * `table.column` of the columns that the base versions of the PR's edited migrations make NOT NULL
 * (a CREATE TABLE, ADD COLUMN, SET NOT NULL, MODIFY): base's history may owe a column's NOT NULL to
 * such a version, which no release may have run (an unreleased file the PR rewrites), so it does
 * not prove the previous release never wrote NULL. A Postgres statement libpg-query rejects never
 * ran (it is the server's grammar). `unknown`: a version written as code or a changelog (not read here).
 */
function madeNotNullByBaseVersions(edited: Candidate[], base: Snapshot, dialect: Dialect): Set<string> | 'unknown' {
  const out = new Set<string>();
  for (const { change, file } of edited) {
    if (isCodeFramework(file.framework) || isChangelogMigration(file)) return 'unknown';
    let text: string | null;
    try {
      text = base.read(change.oldPath ?? change.path);
    } catch {
      return 'unknown';
    }
    if (text === null) return 'unknown';
    const sections = sectionsOf(file, text).filter((s) => s.part === 'up');
    for (const stmt of parseFile({ text, sections }, dialect).forward) {
      if (stmt.status === 'unparsed' && (stmt.dialect === 'postgres' || stmt.dialect === 'cockroach')) continue;
      for (const op of stmt.ops) {
        if (op.kind === 'set-not-null') out.add(`${op.table}.${op.column}`);
        else if (op.kind === 'redefine-column' && op.def.notNull) out.add(`${op.table}.${op.column}`).add(`${op.table}.${op.def.name}`);
        else if (op.kind === 'add-column' && op.column.notNull) out.add(`${op.table}.${op.column.name}`);
        else if (op.kind === 'create-table') for (const c of op.columns) if (c.notNull) out.add(`${op.table}.${c.name}`);
      }
    }
  }
  return out;
}

/** A snapshot's reader that never throws (a changelog's `sqlFile`). */
function reader(tree: Snapshot): (path: string) => string | null {
  return (path) => {
    try {
      return tree.read(path);
    } catch {
      return null;
    }
  };
}

function byVersionThenPath(a: MigrationFile, b: MigrationFile, order?: IncludeOrder): number {
  if (order && a.framework === 'liquibase' && b.framework === 'liquibase') {
    const c = compareByIncludes(order, a.path, b.path);
    if (c !== null) return c;
  }
  if (isChangelogMigration(a) && isChangelogMigration(b)) return changelogOrder(a.path, b.path);
  const va = a.version;
  const vb = b.version;
  if (va !== null && vb !== null) {
    const c = a.framework === b.framework ? compareVersionsOf(a.framework, va, vb) : compareVersions(va, vb);
    if (c !== 0) return c;
  } else if (va !== null) return -1;
  else if (vb !== null) return 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
