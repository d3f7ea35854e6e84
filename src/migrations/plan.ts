/**
 * Which files are migrations, in which dialect, and which schema history each belongs to: one
 * history per migration set and dialect (SPEC 8), never one for the repository. The PR's files
 * and the base commit's are classified with the evidence of their own snapshot (detect.ts); each
 * file's dialect is configured, or inferred from its name, folder, framework settings, content, and
 * then its neighbours (dialect-inference.ts). Pure functions of the change set and the config.
 */
import type { ChangeSet, ChangedFile, Snapshot } from '../changes/types.js';
import type { Config, Dialect, MigrationSet } from '../config/types.js';
import { globMatcher } from '../text/glob.js';
import { isChangelogFileName, isMigrationFileName } from './code/liquibase-files.js';
import {
  changelogCandidate,
  classifyMigration,
  isSqlFileName,
  schemaFileName,
  MigrationLayout,
  type Classification,
  type DetectionEntry,
  type MigrationFile,
} from './detect.js';
import {
  dialectFromContent,
  dialectFromDrizzleJournal,
  dialectFromName,
  dialectFromPath,
  dialectFromPrismaLock,
  dialectWord,
  type DialectReading,
} from './dialect-inference.js';
import { isCodeMigrationPath } from './code/registry.js';
import { basePlanKey, baseTreeKey, readBasePlan, readBaseTree, writeBasePlan, writeBaseTree, type BasePlan, type BaselinePaths } from './replay-cache.js';
import { codeBaselineFramework, isCodeBaselineOf, looksLikeCodeBaseline } from './code/baselines.js';
import { BaseFacts, factsFromRecord, planFacts } from './history-facts.js';

export interface Candidate {
  change: ChangedFile;
  file: MigrationFile;
  text: string | null;
  /**
   * A copy of a PR file of another history that runs on this one's databases too (pop's
   * dialect-less file): replayed here so what it creates is new, its findings reported there only.
   */
  echo?: true;
}

export interface BaseMigration {
  file: MigrationFile;
  text: string | null;
}

/** A base migration whose text is read when first asked (`load`), once. A class: its getter is on the prototype, cheap for 20,000 of them. */
class LazyMigration implements BaseMigration {
  private value: string | null | undefined;
  constructor(
    readonly file: MigrationFile,
    readonly set: number,
    /** The reader of every lazy migration of the plan, given the path (one function, not one closure each). */
    private readonly load: (path: string) => string | null,
  ) {}

  get text(): string | null {
    if (this.value === undefined) this.value = this.load(this.file.path);
    return this.value;
  }
}

/**
 * A file of the cached base plan as a history of `dialect` has it: the plan's files have exactly
 * these four fields, in this order (`replay-cache.ts`'s `decodePlan` makes them so), so a literal
 * gives what `{ ...file, dialect }` gives, key order included (the replay key stringifies files),
 * at a fifth of the cost for 20,000 files (a spread copies field by field, generically).
 */
export function planFileIn(file: MigrationFile, dialect: Dialect): MigrationFile {
  return { path: file.path, framework: file.framework, version: file.version, part: file.part, dialect };
}

/** A base migration as another history's (its dialect set), its text that of `of`, asked only when needed. */
class DialectCopy implements BaseMigration {
  constructor(
    readonly file: MigrationFile,
    private readonly of: BaseMigration,
  ) {}

  get text(): string | null {
    return this.of.text;
  }
}

/** The files of one schema history: a migration set in one dialect. */
export interface HistoryGroup {
  set: number;
  dialect: Dialect;
  /** The PR's migrations of this history. */
  candidates: Candidate[];
  /**
   * Base migrations that run on this dialect's databases (pop's dialect-less files included). A
   * planned history's list is made when first read (`planHistories`): most runs ask only `facts`.
   */
  base: BaseMigration[];
  /** What the analysis asks of all of `base` at once, gathered as the list's files are decided (`history-facts.ts`); absent: computed from `base`. */
  facts?: BaseFacts;
  /** Schema files read into the history before the base migrations (killbill's `ddl.sql`). */
  baselines: BaseMigration[];
  /**
   * The base plan's cache key (`replay-cache.ts`'s `basePlanKey`): it stands for the texts of
   * `base` (which it covers by object id) in the replay's key. Absent: the texts are hashed.
   */
  basis?: string;
  /**
   * Set when `base` is the base plan's own (its files and dialects as the base alone decides them,
   * no PR file voting beside them): the plan's key and the set, which then stand for the whole list
   * in the replay's key (with the history's dialect, hashed beside it).
   */
  baseOf?: string;
}

/** The base dialects of no base (forced files, no candidates). */
const EMPTY_BASE: BaseDialects = { readings: [], pending: [], folders: new Map(), sets: new Map(), runsOn: new Map() };

/**
 * A map that fills itself (`fill`) when first used, by any of its methods: for a 20,000-entry map
 * that most runs never read.
 */
class FilledOnUse<K, V> extends Map<K, V> {
  private fill: ((map: Map<K, V>) => void) | undefined;
  constructor(fill: (map: Map<K, V>) => void) {
    super();
    this.fill = fill;
  }

  private filled(): this {
    const fill = this.fill;
    if (fill) {
      this.fill = undefined;
      fill(this);
    }
    return this;
  }

  override get(key: K): V | undefined {
    return super.get.call(this.filled(), key);
  }

  override has(key: K): boolean {
    return super.has.call(this.filled(), key);
  }

  override set(key: K, value: V): this {
    return super.set.call(this.filled(), key, value) as this;
  }

  override delete(key: K): boolean {
    return super.delete.call(this.filled(), key);
  }

  override clear(): void {
    this.fill = undefined;
    super.clear();
  }

  override get size(): number {
    this.filled();
    return super.size;
  }

  override keys(): MapIterator<K> {
    return super.keys.call(this.filled());
  }

  override values(): MapIterator<V> {
    return super.values.call(this.filled());
  }

  override entries(): MapIterator<[K, V]> {
    return super.entries.call(this.filled());
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override forEach(each: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    super.forEach.call(this.filled(), each, thisArg);
  }
}

/** When no evidence says otherwise (SPEC 5's default). */
export const DEFAULT_DIALECT: Dialect = 'postgres';

/** Whether a path's name may be a migration of `sets`: a SQL file, a changelog, or a migration written as code. */
export function mayBeMigration(path: string, sets: readonly MigrationSet[]): boolean {
  return isMigrationFileName(path) || isCodeMigrationPath(path, sets);
}

/**
 * Classification of the SQL files of one change set, per side, each computed once (the CLI asks
 * for the dialects before loading the parsers, the analysis asks again).
 */
export class MigrationDetector {
  readonly layouts: { base: MigrationLayout; head: MigrationLayout };
  private readonly cache: { base: Map<string, Classification>; head: Map<string, Classification> } = { base: new Map(), head: new Map() };
  /** Base classifications of an earlier run of the same base (`seedBase`), asked after the detector's own. */
  private seeded: Pick<BasePlan, 'classification'> | undefined;
  /** What base files say of their dialect by their content (`dialectFromContent`), by path: asked once per file. */
  readonly baseContentDialects = new Map<string, DialectReading | undefined>();
  /** The base commit's migrations (`baseMigrations`), computed once: the CLI plans for the dialects, then for the analysis. */
  basePlan?: {
    /** The list; a cached plan's is made when first read (a hit that asks for no base file's text makes none). */
    migrations: (BaseMigration & { set: number })[];
    /** How many `migrations` has (known without making the list). */
    count: number;
    /** Whether any of `migrations` is a Liquibase one (known without making the list). */
    liquibase: boolean;
    key?: string;
    write?: () => void;
    dialects?: BaseDialects;
    /** The base's SQL and code baseline files, ignored ones left out, in listing order, and the code baseline ones among them (`findBaselines` looks there). */
    baselines?: BaselinePaths;
    /** Each history's facts (keyed `set\0dialect`) when its base files run on base's own dialects (`dialects`), from the base tree entry. */
    facts?: Map<string, BaseFacts>;
  };
  /** The last dialect assignment, with what it was computed from (the same PR files give the same answer). */
  lastDialects?: { inputs: { path: string; set: number; text: string | null; side: 'base' | 'head' }[]; baseCount: number; result: ReturnType<typeof assignDialects> };

  constructor(
    readonly changes: ChangeSet,
    readonly sets: readonly MigrationSet[],
    private readonly forced: ReadonlySet<string>,
    readonly config?: Config,
  ) {
    this.layouts = { base: new MigrationLayout(() => changes.baseTree.list()), head: new MigrationLayout(() => changes.headTree.list()) };
  }

  /** Whether files were named on the command line (then no base history is read). */
  get isForced(): boolean {
    return this.forced.size > 0;
  }

  /** Whether each side's snapshot lists a path, as far as asked (`present`). */
  private readonly listedPaths = { base: new Map<string, boolean>(), head: new Map<string, boolean>() };

  /**
   * Whether `path` is listed on that side. `paths`: the others about to be asked, told in one go
   * by a snapshot that can (`listedOf`) without listing the whole tree; else the listing tells.
   */
  present(side: 'base' | 'head', path: string, paths: readonly string[] = [path]): boolean {
    const known = this.listedPaths[side];
    let answer = known.get(path);
    if (answer !== undefined) return answer;
    const ask = [...new Set([path, ...paths])].filter((p) => !known.has(p));
    const listed = this.tree(side).listedOf?.(ask) ?? null;
    if (listed === null) return this.layouts[side].has(path);
    for (const p of ask) known.set(p, listed.has(p));
    answer = known.get(path) ?? false;
    return answer;
  }

  /**
   * Base classifications known from an earlier run of the same base (the replay cache's base plan):
   * asked for a path the detector has not classified itself (those it classified already win), each
   * decoded when asked, so a 20,000-file plan is neither decoded nor copied into a map.
   */
  seedBase(plan: Pick<BasePlan, 'classification'>): void {
    this.seeded = plan;
  }

  /** The classification of `path` when it is known already (computed or seeded), without computing it. */
  known(side: 'base' | 'head', path: string): Classification | undefined {
    return this.cache[side].get(path) ?? (side === 'base' ? this.seeded?.classification(path) : undefined);
  }

  tree(side: 'base' | 'head'): Snapshot {
    return side === 'base' ? this.changes.baseTree : this.changes.headTree;
  }

  classify(side: 'base' | 'head', path: string, text?: string | null): Classification {
    const cache = this.cache[side];
    let c = cache.get(path) ?? (side === 'base' ? this.seeded?.classification(path) : undefined);
    if (!c) {
      const forced = this.forced.has(path);
      if (!forced && !mayBeMigration(path, this.sets)) return { file: null, as: 'other', set: 0, reason: 'not a SQL file' };
      c = classifyMigration(path, text === undefined ? readOrNull(this.tree(side), path) : text, this.sets, this.layouts[side], forced);
      cache.set(path, c);
    }
    return c;
  }
}

/** The text of `path` on that side, or null when it is absent or cannot be read (the reader says why elsewhere). */
export function readOrNull(tree: Snapshot, path: string): string | null {
  try {
    return tree.read(path);
  } catch {
    return null;
  }
}

const detectors = new WeakMap<ChangeSet, WeakMap<Config, MigrationDetector>>();

/** The detector of a change set under a config (one per pair). */
export function detectorFor(changes: ChangeSet, config: Config, forced: ReadonlySet<string>): MigrationDetector {
  let byConfig = detectors.get(changes);
  if (!byConfig) detectors.set(changes, (byConfig = new WeakMap()));
  let detector = byConfig.get(config);
  if (!detector || forced.size > 0) {
    detector = new MigrationDetector(changes, config.migrations, forced, config);
    if (forced.size === 0) byConfig.set(config, detector);
  }
  return detector;
}

/** Content votes: per folder (`folderOf`) or per set, the dialects shown (in the order first seen) and how many files showed one. */
interface Votes {
  dialects: Dialect[];
  count: number;
}

/**
 * What the base migrations say of their dialects by themselves (no PR file): a pure function of
 * the base's migration files, their framework settings and the config, so the base plan caches it
 * (`replay-cache.ts`). `readings[i]` is base migration i's dialect unless a PR file shows a
 * dialect by its content beside it (then `pending` ones are decided again with its vote).
 */
export interface BaseDialects {
  readings: DialectReading[];
  /** Indexes of the files decided by their neighbours' votes or the default (no reading of their own). */
  pending: number[];
  folders: Map<string, Votes>;
  sets: Map<number, Votes>;
  /** The dialects a base migration runs on (`dialectsRunOn`) where that is not its own one alone, by index. */
  runsOn: Map<number, Dialect[]>;
}

/** Knex, Sequelize and TypeORM migrations: code whose SQL strings are template literals. */
const SCRIPT_FILE = /\.(?:[cm]?[jt]s|tsx)$/;

/** Whether `path` is a framework settings file `assignDialects` reads (Prisma's `migration_lock.toml`, drizzle's `meta/_journal.json`). */
export function isDialectSettingsPath(path: string): boolean {
  return path === 'migration_lock.toml' || path.endsWith('/migration_lock.toml') || path === 'meta/_journal.json' || path.endsWith('/meta/_journal.json');
}

/**
 * A file's dialect from what it says itself: configured, else its name or folder, else its
 * framework's settings beside it (Prisma's `migration_lock.toml`, drizzle's `meta/_journal.json`);
 * undefined: its content or its neighbours decide. The settings files' readings are kept in `settings`.
 */
function declaredDialect(path: string, set: number, side: 'base' | 'head', detector: MigrationDetector, settings: Map<string, Dialect | undefined>, headSettings: readonly string[] = []): DialectReading | undefined {
  const sets = detector.sets;
  const configured = sets[set]?.dialect;
  if (configured) return { dialect: configured, by: `the configuration (${sets.length === 1 ? 'migrations' : `migrations[${set}]`}.dialect)` };
  const fromPath = dialectFromPath(path);
  if (fromPath) return fromPath;
  const { file, read } = settingsFileOf(path);
  const key = `${side}:${file}`;
  if (!settings.has(key)) {
    // The PR's side: whether its settings files are there, asked in one go (not by listing the head tree).
    const present = side === 'head' ? detector.present('head', file, headSettings) : detector.layouts.base.has(file);
    const text = present ? readOrNull(detector.tree(side), file) : null;
    settings.set(key, text === null ? undefined : read(text));
  }
  const d = settings.get(key);
  return d ? { dialect: d, by: `${file.slice(file.lastIndexOf('/') + 1)} beside it` } : undefined;
}

/** The framework settings file that would decide the dialect of a migration at `path`: Prisma's beside its version folders, else drizzle's journal. */
function settingsFileOf(path: string): { file: string; read: (text: string) => Dialect | undefined } {
  const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  const parent = dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
  if (path.endsWith('/migration.sql')) return { file: `${parent === '' ? '' : `${parent}/`}migration_lock.toml`, read: dialectFromPrismaLock };
  return { file: `${dir === '' ? '' : `${dir}/`}meta/_journal.json`, read: dialectFromDrizzleJournal };
}

function vote(votes: Map<string, Votes> | Map<number, Votes>, key: string | number, dialect: Dialect): void {
  const map = votes as Map<string | number, Votes>;
  let v = map.get(key);
  if (!v) map.set(key, (v = { dialects: [], count: 0 }));
  if (!v.dialects.includes(dialect)) v.dialects.push(dialect);
  v.count++;
}

/** The dialect of a file that shows none itself: what the files of its folder show by their content when they agree, else all of its set's, else the default. */
function byNeighbours(path: string, set: number, folders: ReadonlyMap<string, Votes>, sets: ReadonlyMap<number, Votes>): DialectReading {
  const voted = byVotes(path, set, folders, sets);
  if (voted) return voted;
  const near = folders.get(folderOf(path));
  return { dialect: DEFAULT_DIALECT, by: near && near.dialects.length > 1 ? `the default (its folder's files show ${near.dialects.join(' and ')})` : 'the default (nothing in its name, folder or content says otherwise)' };
}

/** What the content votes of a file's folder, else of its set, say of its dialect when they agree; null when they do not (the default decides). */
function byVotes(path: string, set: number, folders: ReadonlyMap<string, Votes>, sets: ReadonlyMap<number, Votes>): DialectReading | null {
  const near = folders.get(folderOf(path));
  if (near?.dialects.length === 1) {
    const [d] = near.dialects;
    return { dialect: d, by: `the other migrations of its folder (${near.count} read as ${d} by their content)` };
  }
  const all = sets.get(set);
  if (all && all.dialects.length === 1 && all.count >= 2) {
    const [d] = all.dialects;
    return { dialect: d, by: `the other migrations of the repository (${all.count} read as ${d} by their content, none otherwise)` };
  }
  return null;
}

/**
 * The base migrations' dialects by themselves (`BaseDialects`): each file's own reading
 * (`declaredDialect`, else its content), then the neighbours' votes for the files that show none.
 * Texts are read only for files whose dialect rests on their content.
 */
export function baseDialects(base: readonly (BaseMigration & { set: number })[], detector: MigrationDetector): BaseDialects {
  const settings = new Map<string, Dialect | undefined>();
  const readings: DialectReading[] = new Array<DialectReading>(base.length);
  const pending: number[] = [];
  const folders = new Map<string, Votes>();
  const sets = new Map<number, Votes>();
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const path = b.file.path;
    const own = declaredDialect(path, b.set, 'base', detector, settings);
    if (own) {
      readings[i] = own;
      continue;
    }
    const content = baseContentDialect(detector, b);
    if (content) {
      readings[i] = content;
      vote(folders, folderOf(path), content.dialect);
      vote(sets, b.set, content.dialect);
    } else pending.push(i);
  }
  for (const i of pending) readings[i] = byNeighbours(base[i].file.path, base[i].set, folders, sets);
  return { readings, pending, folders, sets, runsOn: runsOnOf(base, readings) };
}

/** `dialectsRunOn` of the base migrations with these readings, kept only where a file runs on more than its own dialect. */
function runsOnOf(base: readonly BaseMigration[], readings: readonly DialectReading[]): Map<number, Dialect[]> {
  return dialectsRunOn(base.map((b, i) => ({ path: b.file.path, dialect: readings[i].dialect, pathDecided: isPathDecided(readings[i]) })));
}

/** Whether a reading rests on the file's path, configuration or framework settings (not on content or neighbours). */
function isPathDecided(r: DialectReading | undefined): boolean {
  return r !== undefined && !r.by.startsWith('its content') && !r.by.startsWith('the ');
}

/**
 * Give each file (PR and base alike) its dialect: configured, else its name or folder, else its
 * framework's settings beside it (Prisma's `migration_lock.toml`, drizzle's `meta/_journal.json`),
 * else its content, else what the files of its folder show by their content when they agree, else
 * what all of the set's migrations show when they agree, else postgres. Returns the reason too.
 * The base's own part is `based` (computed once per base, or cached); the PR's files are added to
 * it, and base files that show no dialect are decided again only when a PR file votes beside them.
 */
export function assignDialects(
  baseList: readonly (BaseMigration & { set: number })[] | (() => readonly (BaseMigration & { set: number })[]),
  based: BaseDialects,
  files: { path: string; set: number; text: string | null; side: 'base' | 'head' }[],
  detector: MigrationDetector,
): { base: Map<string, DialectReading>; head: Map<string, DialectReading>; baseReadings: DialectReading[]; runsOn: Map<number, Dialect[]> } {
  // The base list is read only when a PR file's vote decides base files again, or base's readings are asked by path.
  const listOf = typeof baseList === 'function' ? baseList : () => baseList;
  const settings = new Map<string, Dialect | undefined>();
  const own: (DialectReading | undefined)[] = [];
  let folders: Map<string, Votes> = based.folders;
  let sets: Map<number, Votes> = based.sets;
  let voted = false;
  const headSettings = files.filter((f) => f.side === 'head').map((f) => settingsFileOf(f.path).file);
  for (const f of files) {
    const d = declaredDialect(f.path, f.set, f.side, detector, settings, headSettings);
    // Migrations written as code: one dialect for a whole history (their graph must not split), so
    // the SQL strings inside one file do not decide it. (In JavaScript/TypeScript backticks are
    // template literals, no MySQL quoting, should a script be read for its dialect.)
    const content = d ? undefined : contentDialect(f, detector.sets);
    own.push(d ?? (content && f.side === 'head' ? withNeighbours(content, byVotes(f.path, f.set, based.folders, based.sets)) : content));
    if (!content) continue;
    if (!voted) {
      // Copies: the base's votes stay as computed (they may be cached, and asked again).
      folders = new Map([...folders].map(([k, v]) => [k, { dialects: [...v.dialects], count: v.count }]));
      sets = new Map([...sets].map(([k, v]) => [k, { dialects: [...v.dialects], count: v.count }]));
      voted = true;
    }
    vote(folders, folderOf(f.path), content.dialect);
    vote(sets, f.set, content.dialect);
  }
  let baseReadings = based.readings;
  let runsOn = based.runsOn;
  if (voted && based.pending.length > 0) {
    const base = listOf();
    let changed = false;
    const again = [...based.readings];
    for (const i of based.pending) {
      const r = byNeighbours(base[i].file.path, base[i].set, folders, sets);
      if (r.dialect !== again[i].dialect || r.by !== again[i].by) {
        again[i] = r;
        changed = true;
      }
    }
    if (changed) {
      baseReadings = again;
      runsOn = runsOnOf(base, again);
    }
  }
  // Base's readings by path are asked only of a PR file that base has (a deleted one): filled then.
  const result = { base: new FilledOnUse<string, DialectReading>((map) => { const base = listOf(); for (let i = 0; i < base.length; i++) map.set(base[i].file.path, baseReadings[i]); }), head: new Map<string, DialectReading>(), baseReadings, runsOn };
  files.forEach((f, i) => {
    const out = result[f.side];
    // A PR file that is a base file too (a deleted one) has base's reading: the same path, set and text.
    out.set(f.path, own[i] ?? byNeighbours(f.path, f.set, folders, sets));
  });
  return result;
}

/**
 * A PR file's content reading, with what its neighbours say without it (the base's votes alone)
 * when that is another dialect their own content shows. The content still decides (multi-dialect
 * layouts rely on it: kratos, flipt, umami); the other reading only adds findings for code the
 * chosen one hides (session 13: a `plpgsql` table name made a MySQL folder's file read as Postgres,
 * its DROP inside what Postgres lexes as a string, exit 0). No agreeing votes (the default): nothing kept.
 */
function withNeighbours(content: DialectReading, near: DialectReading | null): DialectReading {
  return near === null || near.dialect === content.dialect ? content : { ...content, neighbours: near };
}

function contentDialect(f: { path: string; text: string | null }, sets: readonly MigrationSet[]): DialectReading | undefined {
  if (isCodeMigrationPath(f.path, sets)) return undefined;
  const text = f.text;
  return text === null ? undefined : dialectFromContent(SCRIPT_FILE.test(f.path) ? text.replace(/`/g, '"') : text);
}

/** A base file's content dialect, asked once (its text read only then). */
function baseContentDialect(detector: MigrationDetector, b: BaseMigration): DialectReading | undefined {
  const known = detector.baseContentDialects;
  const path = b.file.path;
  if (known.has(path)) return known.get(path);
  const reading = contentDialect({ path, get text() { return b.text; } }, detector.sets);
  known.set(path, reading);
  return reading;
}

/** The folder whose files share a sequence: diesel's and Prisma's version folders belong to their parent. */
function folderOf(path: string): string {
  const parts = path.split('/');
  parts.pop();
  if (parts.length > 0 && /^\d/.test(parts[parts.length - 1])) parts.pop();
  return parts.join('/');
}

/** `x.mysql.up.sql` → `x.up.sql`: the name a pop migration has in every dialect. */
function dialectlessName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name
    .split('.')
    .filter((part, i) => i === 0 || !dialectWord(part))
    .join('.');
}

/**
 * The dialects a base migration runs on. A file with no dialect in its name, in a folder where
 * others name theirs (pop/ory: `x.up.sql` beside `y.mysql.up.sql`), runs on every database the
 * folder serves, unless a file of the same name names that dialect (pop prefers it). Returns
 * those that run on more than their own dialect, by index (the others run on theirs alone).
 */
export function dialectsRunOn(base: readonly { path: string; dialect: Dialect; pathDecided: boolean }[]): Map<number, Dialect[]> {
  const named = new Map<string, Set<Dialect>>();
  const specific = new Set<string>();
  const ownName: boolean[] = [];
  for (const f of base) {
    const d = dialectFromName(f.path);
    ownName.push(d !== undefined);
    if (!d) continue;
    const folder = folderOf(f.path);
    (named.get(folder) ?? named.set(folder, new Set()).get(folder)!).add(d.dialect);
    specific.add(`${folder}\0${dialectlessName(f.path)}\0${d.dialect}`);
  }
  const out = new Map<number, Dialect[]>();
  if (named.size === 0) return out;
  base.forEach((f, i) => {
    if (f.pathDecided || ownName[i]) return;
    const folder = folderOf(f.path);
    const others = named.get(folder);
    if (!others) return;
    const stem = dialectlessName(f.path);
    const runs = new Set<Dialect>([f.dialect]);
    for (const d of others) if (!specific.has(`${folder}\0${stem}\0${d}`)) runs.add(d);
    if (runs.size > 1) out.set(i, [...runs]);
  });
  return out;
}

/**
 * The PR's dialect-less up files (`x.up.sql` in a folder where others are named `y.mysql.up.sql`)
 * run on every database the folder serves that has no file of that name for it, as base's do
 * (`dialectsRunOn`): each is replayed, as an echo, into those dialects' histories of the PR. So a
 * column kratos' `…external_id.up.sql` adds is new when its `…external_id_index.mysql.up.sql`
 * indexes it. Its findings stay with its own history (reported once).
 */
function addEchoes(groups: Map<string, HistoryGroup>, candidates: Candidate[], baseList: () => readonly { file: MigrationFile; set: number }[], head: Map<string, DialectReading>): void {
  if (groups.size < 2) return;
  const base = baseList();
  const named = new Map<string, Set<Dialect>>();
  const specific = new Set<string>();
  for (const path of [...base.map((b) => b.file.path), ...candidates.filter((c) => c.change.status !== 'deleted').map((c) => c.file.path)]) {
    const d = dialectFromName(path);
    if (!d) continue;
    const folder = folderOf(path);
    (named.get(folder) ?? named.set(folder, new Set()).get(folder)!).add(d.dialect);
    specific.add(`${folder}\0${dialectlessName(path)}\0${d.dialect}`);
  }
  for (const group of [...groups.values()]) {
    for (const c of group.candidates) {
      if (c.echo || c.change.status !== 'added' || c.file.part !== 'up' || dialectFromName(c.file.path)) continue;
      const reading = head.get(c.file.path);
      // A dialect its path decides (a `mysql/` folder, configuration) is the only one it runs on.
      if (reading && !reading.by.startsWith('its content') && !reading.by.startsWith('the ')) continue;
      const folder = folderOf(c.file.path);
      const stem = dialectlessName(c.file.path);
      for (const d of named.get(folder) ?? []) {
        if (d === group.dialect || specific.has(`${folder}\0${stem}\0${d}`)) continue;
        groups.get(`${group.set}\0${d}`)?.candidates.push({ ...c, file: { ...c.file, dialect: d }, echo: true });
      }
    }
  }
}

/**
 * Schema files of the base commit read into a history before its migrations: those the set's
 * `baseline` globs name, else the schema files the detector left (`ddl.sql`, `schema.sql`, dumps,
 * per-database schema files, in a migrations folder or not) in the folder of the history's
 * migrations or up to three folders above it, whose dialect is the history's or not shown at all.
 */
export function findBaselines(
  detector: MigrationDetector,
  group: { set: number; dialect: Dialect; candidates?: Candidate[]; base?: BaseMigration[]; facts?: BaseFacts },
  sequenceFolders: Set<string>,
  ignored: (path: string) => boolean,
): BaseMigration[] {
  const set = detector.sets[group.set];
  const base = detector.changes.baseTree;
  let paths: string[];
  // The base plan's lists when it has them (a cached base tree is not listed).
  const listed = detector.basePlan?.baselines;
  try {
    paths = listed?.paths ?? base.list().filter((p) => !ignored(p) && (isSqlFileName(p) || codeBaselineFramework(p) !== null));
  } catch {
    return [];
  }
  const out: BaseMigration[] = [];
  // Rails' db/schema.rb and EF Core's model snapshot are code, read by their framework's adapter.
  const file = (path: string): MigrationFile => ({ path, framework: codeBaselineFramework(path) ?? 'plain', version: null, part: 'up', dialect: group.dialect });
  if (set?.baseline && set.baseline.length > 0) {
    const match = globMatcher(set.baseline);
    for (const path of paths.filter(match).sort()) out.push({ file: file(path), text: readOrNull(base, path) });
    return out;
  }
  if (set?.paths && set.paths.length > 0) return out; // configured sets say their baselines themselves
  // A code schema file of a framework the history's migrations are written in (code/baselines.ts).
  const frameworks = new Set<string>();
  for (const c of group.candidates ?? []) frameworks.add(c.file.framework);
  // The history's facts know its base frameworks (its list is not made for them).
  if (group.facts) for (const f of group.facts.frameworks) frameworks.add(f);
  else for (const b of group.base ?? []) frameworks.add(b.file.framework);
  for (const path of listed?.code ?? paths) {
    const framework = codeBaselineFramework(path);
    if (framework === null || !frameworks.has(framework) || !isCodeBaselineOf(path, framework, sequenceFolders)) continue;
    const text = readOrNull(base, path);
    if (text !== null && looksLikeCodeBaseline(framework, text)) out.push({ file: file(path), text });
  }
  // The base tree entry keeps those of its plan that are no migration (`notMigrations`): what the
  // filter below leaves, asked there of each baseline path (20,000 known migrations on a hit).
  if (listed?.notMigrations) paths = listed.notMigrations;
  else if (!listed) paths = paths.filter((p) => codeBaselineFramework(p) === null);
  else if (listed.code.length > 0) {
    const code = new Set(listed.code);
    paths = paths.filter((p) => !code.has(p));
  }
  const near = (dir: string): boolean => {
    for (const folder of sequenceFolders) {
      if (folder === dir) return true;
      if (!(dir === '' || folder.startsWith(`${dir}/`))) continue;
      const depth = folder.slice(dir.length).split('/').filter((p) => p !== '').length;
      if (depth <= 3) return true;
    }
    return false;
  };
  // Known migrations are no baseline (the check below): left out before the sort (the entry's
  // `notMigrations` are none already), and `near` asked once per folder.
  const nearDirs = new Map<string, boolean>();
  for (const path of (listed?.notMigrations ? [...paths] : paths.filter((p) => !detector.known('base', p)?.file)).sort()) {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    let isNear = nearDirs.get(dir);
    if (isNear === undefined) nearDirs.set(dir, (isNear = near(dir)));
    if (!isNear) continue;
    const c = detector.classify('base', path);
    if (c.file !== null || c.set !== group.set || !(c.as === 'schema' || (c.as === 'other' && schemaFileName(basenameOf(path)) !== null))) continue;
    const text = readOrNull(base, path);
    if (text === null) continue;
    const dialect = (dialectFromPath(path) ?? schemaNameDialect(path) ?? dialectFromContent(text))?.dialect;
    // A schema file that shows no dialect of its own is the ground of the migrations beside it,
    // whatever theirs (killbill's `ddl.sql` of plain CREATE TABLEs beside MySQL migrations).
    if (dialect === undefined || dialect === group.dialect) out.push({ file: file(path), text });
  }
  return out;
}

function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `dolphinscheduler_mysql.sql`, `mysql_ddl.sql`: a per-database schema file names its database. */
function schemaNameDialect(path: string): DialectReading | undefined {
  const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.sql$/i, '');
  for (const w of stem.split(/[._-]/)) {
    const d = dialectWord(w);
    if (d) return { dialect: d, by: `its name (${w})` };
  }
  return undefined;
}

export type { DetectionEntry };

/** The PR's migrations and the base's, grouped into schema histories. */
export interface MigrationPlan {
  groups: HistoryGroup[];
  /** Each file's dialect and why (PR files by head path, base files by base path). */
  dialects: { head: Map<string, DialectReading>; base: Map<string, DialectReading> };
}

/**
 * Group the PR's migrations (`candidates`) into histories and give each the base migrations and
 * baselines that build it. `forced` (files named on the command line): no base, no neighbours.
 * `dialectsOnly`: the groups' dialects are all the caller needs (no baselines are read).
 */
export function planHistories(
  detector: MigrationDetector,
  candidates: Candidate[],
  ignored: (path: string) => boolean,
  forced: boolean,
  { dialectsOnly = false } = {},
): MigrationPlan {
  const basePlan = forced || candidates.length === 0 ? undefined : baseMigrations(detector, ignored);
  // The base list made only when something reads it (a cached plan's is made then: `fromCache`).
  const baseCount = basePlan?.count ?? 0;
  const baseList = (): (BaseMigration & { set: number })[] => basePlan?.migrations ?? [];
  const prFiles = candidates.map((c) => ({ path: c.file.path, set: detector.classify(c.change.status === 'deleted' ? 'base' : 'head', c.change.path).set, text: c.text ?? readOrNull(detector.changes.baseTree, c.change.oldPath ?? c.change.path), side: c.change.status === 'deleted' ? ('base' as const) : ('head' as const) }));
  // The CLI plans twice (the dialects to load, then the analysis): the same files, the same answer.
  const last = detector.lastDialects;
  const same = last !== undefined && last.baseCount === baseCount && last.inputs.length === prFiles.length && last.inputs.every((f, i) => f.path === prFiles[i].path && f.set === prFiles[i].set && f.side === prFiles[i].side && f.text === prFiles[i].text);
  if (basePlan && !basePlan.dialects) basePlan.dialects = baseDialects(basePlan.migrations, detector);
  const readings = same ? last.result : assignDialects(baseList, basePlan?.dialects ?? EMPTY_BASE, prFiles, detector);
  if (!same) detector.lastDialects = { inputs: prFiles, baseCount, result: readings };
  basePlan?.write?.();
  const dialects = { head: readings.head, base: readings.base };
  // Sequence folders by folder: 20,000 base files are in a few.
  const byDir = new Map<string, string>();
  const sequenceOf = (path: string): string => {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    let folder = byDir.get(dir);
    if (folder === undefined) byDir.set(dir, (folder = sequenceFolder(path)));
    return folder;
  };
  const groups = new Map<string, HistoryGroup>();
  for (const c of candidates) {
    const side = c.change.status === 'deleted' ? 'base' : 'head';
    const set = detector.classify(side, c.change.path).set;
    const reading = readings[side].get(c.file.path) ?? { dialect: DEFAULT_DIALECT, by: 'the default' };
    c.file = { ...c.file, dialect: reading.dialect };
    const key = `${set}\0${reading.dialect}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { set, dialect: reading.dialect, candidates: [], base: [], baselines: [], ...(basePlan?.key ? { basis: basePlan.key, ...(readings.baseReadings === basePlan.dialects?.readings ? { baseOf: `${basePlan.key} set ${set}` } : {}) } : {}) }));
    group.candidates.push(c);
  }
  if (dialectsOnly) return { groups: [...groups.values()], dialects };
  addEchoes(groups, candidates, baseList, readings.head);
  // Base's own dialects (no PR file moved a base file's reading) and the base tree entry's facts:
  // each history's facts as stored (written by the loop below, `planFacts`), the base not walked.
  const stored = readings.baseReadings === basePlan?.dialects?.readings ? basePlan.facts : undefined;
  for (const group of groups.values()) group.facts = stored?.get(`${group.set}\0${group.dialect}`) ?? new BaseFacts(sequenceOf);
  // Base migrations into every history whose databases run them.
  const { baseReadings, runsOn } = readings;
  // The group of a set and dialect, looked up once per run of equal ones (20,000 base files are in a few).
  let lastGroup: { set: number; dialect: Dialect; group: HistoryGroup | undefined } | undefined;
  const groupOf = (set: number, dialect: Dialect): HistoryGroup | undefined => {
    if (lastGroup?.set !== set || lastGroup.dialect !== dialect) lastGroup = { set, dialect, group: groups.get(`${set}\0${dialect}`) };
    return lastGroup.group;
  };
  // Each base file's histories decided here, once, and told to their facts (no copy made: 20,000
  // base files, of which a run asks a few values); a history's list is made from the same decisions,
  // in the same order, when something first reads it (`lazyBase`).
  const base = stored === undefined ? baseList() : [];
  for (let i = 0; i < base.length; i++) {
    const b = base[i];
    const several = runsOn.get(i);
    // Most files run on their own dialect alone: no list made for them.
    if (several === undefined) {
      groupOf(b.set, baseReadings[i].dialect)?.facts?.add(b.file);
      continue;
    }
    for (const d of several) groupOf(b.set, d)?.facts?.add(b.file);
  }
  for (const group of groups.values()) {
    lazyBase(group, baseList, baseReadings, runsOn);
    // The base files' sequence folders (gathered with the facts, in the list's order), then the PR's.
    const folders = new Set<string>(group.facts?.folders);
    for (const c of group.candidates) folders.add(sequenceOf(c.file.path));
    group.baselines = findBaselines(detector, group, folders, ignored);
  }
  return { groups: [...groups.values()], dialects };
}

/**
 * `group.base` made when first read: the base files that run in the group's history (its set, and
 * its dialect among those the file runs on), in base's order, each a copy with the history's
 * dialect; the decisions `planHistories` told the group's facts, taken again for this group alone.
 */
function lazyBase(group: HistoryGroup, baseList: () => readonly (BaseMigration & { set: number })[], baseReadings: readonly DialectReading[], runsOn: ReadonlyMap<number, Dialect[]>): void {
  let list: BaseMigration[] | undefined;
  const fill = (): BaseMigration[] => {
    const base = baseList();
    const out: BaseMigration[] = [];
    const { set, dialect } = group;
    for (let i = 0; i < base.length; i++) {
      const b = base[i];
      if (b.set !== set) continue;
      const several = runsOn.get(i);
      // One copy for each time the file runs in this dialect (`runsOn` lists each dialect once).
      const runs = several === undefined ? (baseReadings[i].dialect === dialect ? 1 : 0) : several.filter((d) => d === dialect).length;
      // The cached plan's files (lazy ones) have a known shape: copied by a literal (`planFileIn`).
      for (let k = 0; k < runs; k++) out.push(new DialectCopy(b instanceof LazyMigration ? planFileIn(b.file, dialect) : { ...b.file, dialect }, b));
    }
    return out;
  };
  Object.defineProperty(group, 'base', {
    get: () => (list ??= fill()),
    set: (value: BaseMigration[]) => {
      list = value;
    },
    enumerable: true,
    configurable: true,
  });
}

/** The folder above a migration's own version or dialect folders. */
export function sequenceFolder(path: string): string {
  const parts = path.split('/');
  parts.pop();
  while (parts.length > 0 && (/^\d/.test(parts[parts.length - 1]) || dialectWord(parts[parts.length - 1]))) parts.pop();
  return parts.join('/');
}

/**
 * The base commit's migrations (classified with the base's own evidence), with their texts and
 * sets; once per detector. With a replay cache and a snapshot that knows its files' object ids, a
 * base whose migration files are those of an earlier run (`basePlanKey`) takes that run's
 * classifications and dialects from the cache: its texts are then read only when asked for (all
 * in one batch), most runs never.
 */
function baseMigrations(detector: MigrationDetector, ignored: (path: string) => boolean): NonNullable<MigrationDetector['basePlan']> {
  if (detector.basePlan) return detector.basePlan;
  const tree = detector.changes.baseTree;
  const store = detector.changes.replayCache;
  const config = detector.config;
  const caching = store !== undefined && config !== undefined && !detector.isForced;
  // The same base tree as an earlier run (its root tree id names every path and blob): its plan,
  // paths and baseline candidates as that run listed and planned them; the tree is not listed.
  const treeId = caching ? tree.treeId?.() : undefined;
  const treeKey = caching && treeId !== undefined ? baseTreeKey(treeId, config, store.toolId()) : undefined;
  const byTree = treeKey === undefined || !store ? null : readBaseTree(store, treeKey);
  if (byTree) {
    // Base's settings files as that listing had them: whether head has one beside a PR file is then
    // told without git (`present`, through the head snapshot's files outside the diff).
    const plan = fromCache(detector, byTree.plan, byTree.planKey, byTree.baselines, byTree.facts);
    if (plan) {
      if (byTree.settings?.every(([path]) => isDialectSettingsPath(path))) tree.knowListed?.(isDialectSettingsPath, byTree.settings);
      return (detector.basePlan = plan);
    }
    // Facts that do not fit the plan: the entry is a miss (the tree is listed, the entry written again).
  }
  let paths: string[];
  try {
    paths = tree.list();
  } catch {
    return (detector.basePlan = { migrations: [], count: 0, liquibase: false });
  }
  // Changelogs (XML, YAML, JSON) only where they are kept: not every data file of the repository is read.
  const named: string[] = [];
  const keyed: string[] = [];
  /** The framework settings files among them (a drizzle journal may be a changelog candidate too). */
  const settingsPaths: string[] = [];
  const baselines: BaselinePaths = { paths: [], code: [] };
  for (const path of paths) {
    const sql = isSqlFileName(path);
    if (sql || changelogCandidate(path, detector.sets) || isCodeMigrationPath(path, detector.sets)) {
      named.push(path);
      keyed.push(path);
      if (!sql && isDialectSettingsPath(path)) settingsPaths.push(path);
    } else if (isDialectSettingsPath(path)) {
      keyed.push(path);
      settingsPaths.push(path);
    }
    const code = codeBaselineFramework(path) !== null;
    if ((sql || code) && !ignored(path)) {
      baselines.paths.push(path);
      if (code) baselines.code.push(path);
    }
  }
  const sqlPaths = named.filter((path) => !ignored(path));
  // The key covers the ignored SQL files too (their names are evidence of the others' layout) and
  // the framework settings files that decide dialects (their texts are read by `declaredDialect`).
  const key = caching ? basePlanKey(tree, keyed, config, store.toolId()) : undefined;
  const cached = key === undefined || store === undefined ? null : readBasePlan(store, key, sqlPaths);
  /** The base tree entry of this tree, written once the plan is known. */
  const writeTree = (classifications: readonly [string, Classification][], dialects: BaseDialects): void => {
    if (treeKey === undefined || key === undefined || !store) return;
    const settings = settingsPaths.map((path): [string, string | undefined] => [path, tree.objectId?.(path)]);
    // The histories' facts, from the plan as a hit reads it: its migrations (the rows with a file) in order.
    const migrations: { file: MigrationFile; set: number }[] = [];
    for (const [, c] of classifications) if (c.file) migrations.push({ file: c.file, set: c.set });
    if (migrations.length !== dialects.readings.length) return;
    const facts = planFacts(migrations, (i) => dialects.runsOn.get(i) ?? [dialects.readings[i].dialect], sequenceFolder);
    writeBaseTree(store, treeKey, { planKey: key, baselines, classifications, dialects, settings, facts });
  };
  if (cached && key !== undefined) {
    // All rows decoded (the tree entry is written from them; the plan keeps them decoded).
    if (treeKey !== undefined) writeTree([...cached.entries()], cached.dialects);
    return (detector.basePlan = fromCache(detector, cached, key, baselines));
  }
  tree.prefetch?.(sqlPaths);
  const migrations: (BaseMigration & { set: number })[] = [];
  for (const path of sqlPaths) {
    // The text decides the framework (goose, dbmate, Liquibase markers), as it does for the PR's files.
    const text = readOrNull(tree, path);
    const c = detector.classify('base', path, text);
    if (c.file) migrations.push({ file: c.file, text, set: c.set });
  }
  const plan: NonNullable<MigrationDetector['basePlan']> = { migrations, count: migrations.length, liquibase: migrations.some((m) => m.file.framework === 'liquibase'), baselines, ...(key === undefined ? {} : { key }) };
  if (key !== undefined && store) {
    plan.write = () => {
      plan.write = undefined;
      if (!plan.dialects) return;
      const classifications = sqlPaths.map((p): [string, Classification] => [p, detector.classify('base', p)]);
      writeBasePlan(store, key, classifications, plan.dialects);
      writeTree(classifications, plan.dialects);
    };
  }
  return (detector.basePlan = plan);
}

/**
 * A base plan taken from the cache: the detector seeded with its classifications (decoded when
 * asked), and the base migrations, a list made when first read (most runs never: a history's facts
 * and count stand for it) with texts read when first asked (all of them in one batch).
 */
function fromCache(detector: MigrationDetector, cached: BasePlan, key: string, baselines: BaselinePaths): NonNullable<MigrationDetector['basePlan']>;
function fromCache(detector: MigrationDetector, cached: BasePlan, key: string, baselines: BaselinePaths, records: unknown[]): NonNullable<MigrationDetector['basePlan']> | null;
function fromCache(detector: MigrationDetector, cached: BasePlan, key: string, baselines: BaselinePaths, records?: unknown[]): NonNullable<MigrationDetector['basePlan']> | null {
  const tree = detector.changes.baseTree;
  let list: (BaseMigration & { set: number })[] | undefined;
  let fetched = false;
  const textOf = (path: string): string | null => {
    if (!fetched && list) {
      fetched = true;
      tree.prefetch?.(list.map((m) => m.file.path));
    }
    return readOrNull(tree, path);
  };
  const migrations = (): (BaseMigration & { set: number })[] => {
    if (list === undefined) {
      list = [];
      for (let i = 0; i < cached.migrationCount; i++) {
        const { file, set } = cached.migration(i);
        list.push(new LazyMigration(file, set, textOf));
      }
    }
    return list;
  };
  // The histories' facts kept with the base tree (checked against this plan: one that does not fit is a miss).
  let facts: Map<string, BaseFacts> | undefined;
  if (records !== undefined) {
    facts = new Map();
    for (const record of records) {
      const got = factsFromRecord(record, cached.migrationCount, (i) => cached.migration(i), sequenceFolder);
      if (got === null || facts.has(got.key)) return null;
      facts.set(got.key, got.facts);
    }
  }
  // The detector asks the plan for what it has not classified itself.
  detector.seedBase(cached);
  return {
    get migrations() {
      return migrations();
    },
    count: cached.migrationCount,
    liquibase: cached.liquibase,
    key,
    dialects: cached.dialects,
    baselines,
    ...(facts ? { facts } : {}),
  };
}

/**
 * Why each changed SQL file was taken or left: one entry per file of the change set that is a SQL
 * file by name (or named on the command line), in the change set's order.
 */
export function detectionEntries(
  detector: MigrationDetector,
  ignored: (path: string) => boolean,
  reworkCopies: ReadonlySet<string>,
  plan: MigrationPlan,
): DetectionEntry[] {
  const out: DetectionEntry[] = [];
  const forced = (path: string): boolean => detector.classify('head', path).reason === 'named on the command line';
  for (const c of detector.changes.files) {
    // Changed YAML, JSON and XML files are listed only when they are changelogs.
    if (!isSqlFileName(c.path) && !isCodeMigrationPath(c.path, detector.sets) && !forced(c.path) && !(isChangelogFileName(c.path) && detector.classify(c.status === 'deleted' ? 'base' : 'head', c.path).file !== null)) continue;
    if (reworkCopies.has(c.path)) {
      out.push({ file: c.path, taken: false, as: 'other', reason: 'the copy `sqitch rework` keeps of a deployed script: databases already ran it' });
      continue;
    }
    if (ignored(c.path)) {
      out.push({ file: c.path, taken: false, as: 'other', reason: 'ignore-paths' });
      continue;
    }
    const side = c.status === 'deleted' ? 'base' : 'head';
    const k = detector.classify(side, c.path);
    const entry: DetectionEntry = { file: c.path, taken: k.file !== null, as: k.as, reason: k.reason };
    if (k.file) {
      const d = plan.dialects[side].get(c.path);
      entry.framework = k.file.framework;
      if (d) {
        entry.dialect = d.dialect;
        entry.reason = `${k.reason}; ${d.dialect} by ${d.by}`;
      }
    } else if (k.as === 'schema' && side === 'head' && isBaselineOf(plan, c.path)) {
      entry.as = 'baseline';
      entry.reason = `${k.reason}; its base version is read into the schema history before the migrations`;
    }
    out.push(entry);
  }
  return out;
}

function isBaselineOf(plan: MigrationPlan, path: string): boolean {
  return plan.groups.some((g) => g.baselines.some((b) => b.file.path === path));
}
