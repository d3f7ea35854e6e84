/**
 * Which files are migrations, for which framework, with which version, and which parts of them
 * run forward (up) or backward (down). Pure functions of the path and the text.
 */
import { globMatcher } from '../text/glob.js';
import type { Dialect, Framework, MigrationSet } from '../config/types.js';
import type { DetectionEntry as ReportedDetection } from '../findings.js';
import { dialectWord } from './dialect-inference.js';
import { LineIndex } from '../text/lines.js';
import { isSqlFileName } from '../changes/file-kinds.js';
import { classifyCodeMigration } from './code/registry.js';
import { generatedSnapshot, inChangelogPlace, isChangelogFileName, looksLikeChangelog, masterChangelog } from './code/liquibase-files.js';

export type DetectedFramework = Exclude<Framework, 'auto'>;
export type MigrationPart = 'up' | 'down' | 'repeatable' | 'verify';

export interface MigrationSection {
  part: 'up' | 'down';
  /** String offsets into the file text; the section's statements lie between them. */
  start: number;
  end: number;
  /** 1-based line of the marker that opens the section (or 1). */
  line: number;
}

export interface MigrationFile {
  path: string;
  framework: DetectedFramework;
  /** Version as the framework orders it (null for repeatable / unversioned files). */
  version: string | null;
  /** What the whole file is; goose/dbmate/liquibase files are `up` with down sections inside. */
  part: MigrationPart;
  /** The dialect it is read in (set by the plan: configured, or inferred per file). */
  dialect?: Dialect;
}

/** Folder names whose `.sql` files are migrations (SPEC 5). */
export const MIGRATION_DIRS = new Set(['migrations', 'migration', 'migrate', 'db', 'schema', 'sql']);
const FLYWAY = /^(V|U)(\d+(?:[._]\d+)*)__.+\.sql$/i;
const FLYWAY_REPEATABLE = /^R__.+\.sql$/i;
const SQLC_QUERY = /^[ \t]*--[ \t]*name:[ \t]*\w+[ \t]+:(?:one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/m;

export { isSqlFileName };

const matchers = new Map<string, (path: string) => boolean>();
/** Compiled globs, once per list (a PR has thousands of files, a config one list). */
function matcherFor(globs: string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = globMatcher(globs);
    matchers.set(key, matcher);
  }
  return matcher;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folders of a path, outermost first. Read-only: the last path's answer is kept (classifying one file asks it several times). */
function dirs(path: string): readonly string[] {
  if (path !== lastDirs.path) lastDirs = { path, dirs: path.split('/').slice(0, -1) };
  return lastDirs.dirs;
}
let lastDirs: { path: string; dirs: readonly string[] } = { path: '', dirs: [] };

/** Leading version digits of a file or folder name (`20261101_drop.sql` → `20261101`). */
function leadingVersion(name: string): string | null {
  const m = /^(\d+(?:[._-]\d+)*)/.exec(name);
  return m ? m[1] : null;
}

/**
 * Decide whether `path` is a migration. `configuredPaths` (globs) replace the auto-detection of
 * SPEC 5 when present; `framework` forces the framework when not `auto`.
 */
export function detectMigration(
  path: string,
  text: string | null,
  configuredPaths: string[] | undefined,
  framework: Framework = 'auto',
): MigrationFile | null {
  const name = basename(path);
  const lower = name.toLowerCase();
  // Files named on the command line (`sql FILE...`, paths `**`) are SQL whatever their name.
  const changelog = isChangelogFileName(lower) && (framework === 'liquibase' || (text !== null && looksLikeChangelog(path, text)));
  if (!isSqlFileName(lower) && !changelog && !configuredPaths?.includes('**')) {
    // Migrations written as code (the runbook names their framework's revert command).
    return classifyCodeMigration(path, text, [{ paths: configuredPaths, framework }])?.file ?? null;
  }
  const parts = dirs(path);

  let isMigration: boolean;
  if (configuredPaths && configuredPaths.length > 0) {
    isMigration = matcherFor(configuredPaths)(path);
  } else {
    isMigration =
      (changelog && inChangelogPlace(path)) ||
      parts.some((d) => MIGRATION_DIRS.has(d.toLowerCase())) ||
      FLYWAY.test(name) ||
      FLYWAY_REPEATABLE.test(name) ||
      parts.includes('deploy') ||
      parts.includes('revert');
    // sqlc's query files (`-- name: GetUser :one`) often live under `db/`: they are the application's
    // queries, not statements a deploy runs. Only auto-detection skips them; configured paths rule.
    if (isMigration && text !== null && SQLC_QUERY.test(text.slice(0, 65536))) isMigration = false;
  }
  if (!isMigration) return null;

  const detected = framework === 'auto' ? guessFramework(path, text) : framework;
  return { path, framework: detected, version: versionOf(path, detected), part: partOf(path, detected) };
}

function guessFramework(path: string, text: string | null): DetectedFramework {
  const name = basename(path);
  const parts = dirs(path);
  const parent = parts[parts.length - 1] ?? '';
  const head = text ? text.slice(0, 4096) : '';
  if (isChangelogFileName(name)) return 'liquibase';
  if (FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name)) return 'flyway';
  if (/^\s*--\s*\+goose\s+up\b/im.test(head) || /--\s*\+goose\s+(up|down)\b/i.test(text ?? '')) return 'goose';
  if (/^\s*--\s*migrate:(up|down)\b/im.test(text ?? '')) return 'dbmate';
  if (/^\s*--\s*liquibase\s+formatted\s+sql/im.test(head)) return 'liquibase';
  if (parts.includes('prisma') && name === 'migration.sql') return 'prisma';
  if ((name === 'up.sql' || name === 'down.sql') && leadingVersion(parent) !== null) return 'diesel';
  if (/\.(up|down)\.sql$/i.test(name)) return 'golang-migrate';
  if (parts.includes('deploy') || parts.includes('revert') || parts.includes('verify')) return 'sqitch';
  return 'plain';
}

function versionOf(path: string, framework: DetectedFramework): string | null {
  const name = basename(path);
  const parts = dirs(path);
  const parent = parts[parts.length - 1] ?? '';
  switch (framework) {
    case 'flyway': {
      const m = FLYWAY.exec(name);
      return m ? m[2].replace(/_/g, '.') : null;
    }
    case 'diesel':
    case 'prisma':
      return leadingVersion(parent);
    case 'sqitch':
      return null; // sqitch orders by its plan file, not by name
    case 'plain':
      // Hand-run upgrade scripts kept per release (`upgrade/3.2.0_schema/mysql/ddl.sql`).
      return leadingVersion(name) ?? folderVersion(path);
    default:
      return leadingVersion(name);
  }
}

function partOf(path: string, framework: DetectedFramework): MigrationPart {
  const name = basename(path);
  const parts = dirs(path);
  if (framework === 'flyway') {
    if (FLYWAY_REPEATABLE.test(name)) return 'repeatable';
    return /^U/i.test(name) ? 'down' : 'up';
  }
  if (/(^|[._])down\.sql$/i.test(name)) return 'down';
  if (framework === 'sqitch') {
    if (parts.includes('revert')) return 'down';
    if (parts.includes('verify')) return 'verify';
  }
  return 'up';
}

/**
 * Section markers, as each tool reads its own (a marker the tool does not honour must not cut a
 * section here, or statements it runs forward would be read as a rollback):
 * - goose (`internal/sqlparser/parser.go`): lines split at LF; a line that starts with `--` (no
 *   blank before it) whose rest, trimmed, is `+goose Up` / `+goose Down` in any case.
 * - dbmate (`pkg/dbmate/migration.go`): `(?m)^--\s*migrate:down(\s*$|\s+\S+)`, case-sensitive;
 *   Go's `(?m)^` starts a line after LF only.
 * - Liquibase formatted SQL (`FormattedSqlChangeLogParser`): lines read by `readLine`, which ends
 *   them at LF, CR or CRLF; `\s*--\s*rollback <sql>`, any case.
 */
const GOOSE_MARKER = /--[^\S\n]*\+goose (up|down)[^\S\n]*(?=\n|$)/iy;
const DBMATE_MARKER = /--\s*migrate:(up|down)(?=\s|$)/y;
const LIQUIBASE_ROLLBACK = /--[^\S\r\n]*rollback /iy;
const LIQUIBASE_CHANGESET = /--[^\S\r\n]*changeset[^\S\r\n]+(\S+)[^\r\n]*/iy;

/**
 * Each match of `marker` (a sticky regex starting with `--`) whose `--` starts a line: after a LF
 * (or a CR too, with `crEnds`), with blanks before it only when `indented`. Found by jumping from
 * one `--` to the next, so the regex runs only where a marker can be.
 */
function* lineMarkers(text: string, marker: RegExp, { crEnds, indented }: { crEnds: boolean; indented: boolean }): Generator<RegExpExecArray> {
  for (let i = text.indexOf('--'); i !== -1; i = text.indexOf('--', i + 2)) {
    let lead = i;
    if (indented) while (lead > 0 && /[^\S\r\n]/.test(text[lead - 1])) lead--;
    const before = lead === 0 ? '\n' : text[lead - 1];
    if (before !== '\n' && !(crEnds && before === '\r')) continue;
    marker.lastIndex = i;
    const m = marker.exec(text);
    if (m) {
      m.index = lead;
      yield m;
    }
  }
}

/**
 * The up and down sections of a file. A file whose part is `down` is one down section; goose,
 * dbmate and Liquibase files are split at their markers. Liquibase `--rollback` lines are reported
 * as one-line down sections.
 */
export function sectionsOf(file: MigrationFile, text: string): MigrationSection[] {
  // A Liquibase XML/YAML/JSON changelog has no SQL sections: code/liquibase.ts reads it.
  if (file.framework === 'liquibase' && isChangelogFileName(file.path)) return [];
  if (file.part === 'down') return [{ part: 'down', start: 0, end: text.length, line: 1 }];
  if (file.part === 'verify') return [];
  let markers: SectionMarker[] = [];
  const lines = new LineIndex(text);
  const liquibase = file.framework === 'liquibase';
  const markerRe = file.framework === 'goose' ? GOOSE_MARKER : file.framework === 'dbmate' ? DBMATE_MARKER : liquibase ? LIQUIBASE_ROLLBACK : null;
  for (const m of markerRe ? lineMarkers(text, markerRe, { crEnds: liquibase, indented: liquibase }) : []) {
    const line = lines.line(m.index);
    const markerEnd = (markerRe as RegExp).lastIndex;
    if (liquibase) {
      const bodyStart = markerEnd;
      const eol = lineEnd(text, bodyStart, true);
      // `--rollback not required` and an empty rollback undo nothing.
      if (/^[ \t]*(?:not[ \t]+required[ \t]*|empty[ \t]*)?$/i.test(text.slice(bodyStart, eol))) continue;
      markers.push({ part: 'down', start: m.index, bodyStart, line, single: true });
    } else {
      const word = m[1].toLowerCase();
      markers.push({ part: word === 'up' ? 'up' : 'down', start: m.index, bodyStart: lineEnd(text, markerEnd, false), line });
    }
  }
  // Liquibase runs each changeset on its own: a statement never runs on into the next changeset.
  if (liquibase) markers = withChangesets(markers, text);
  if (markers.length === 0) return [{ part: 'up', start: 0, end: text.length, line: 1 }];
  const sections: MigrationSection[] = [];
  const firstStart = markers[0].start;
  if (firstStart > 0 && file.framework === 'liquibase') sections.push({ part: 'up', start: 0, end: firstStart, line: 1 });
  for (let i = 0; i < markers.length; i++) {
    const marker = markers[i];
    if (marker.single) {
      const end = lineEnd(text, marker.bodyStart, true);
      sections.push({ part: 'down', start: marker.bodyStart, end, line: marker.line });
      const nextStart = i + 1 < markers.length ? markers[i + 1].start : text.length;
      const next = end + (text.startsWith('\r\n', end) ? 2 : 1);
      if (end < nextStart) sections.push({ part: 'up', start: end, end: nextStart, line: lines.line(Math.min(next, text.length)) });
      continue;
    }
    const end = i + 1 < markers.length ? markers[i + 1].start : text.length;
    sections.push({ part: marker.part, start: marker.bodyStart, end, line: marker.line });
  }
  return sections;
}

interface SectionMarker {
  part: 'up' | 'down';
  start: number;
  bodyStart: number;
  line: number;
  /** A Liquibase `--rollback` line: a one-line down section. */
  single?: boolean;
}

/** `markers` (in file order) with a marker for each Liquibase changeset merged in. */
function withChangesets(markers: SectionMarker[], text: string): SectionMarker[] {
  const merged: SectionMarker[] = [];
  let k = 0;
  for (const c of liquibaseChangesets(text)) {
    while (k < markers.length && markers[k].start < c.start) merged.push(markers[k++]);
    merged.push({ part: 'up', start: c.start, bodyStart: lineEnd(text, c.start, true), line: c.line });
  }
  while (k < markers.length) merged.push(markers[k++]);
  return merged;
}

/** End of the line that `from` is on: the next LF (or CR too, for Java's `readLine`), else the end. */
function lineEnd(text: string, from: number, crEnds: boolean): number {
  const re = crEnds ? CR_OR_LF : LF;
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

const LF = /\n/g;
const CR_OR_LF = /[\r\n]/g;

const partsCache = new Map<string, bigint[]>();
function versionParts(version: string): bigint[] {
  let parts = partsCache.get(version);
  if (!parts) {
    parts = version.split(/[._-]/).map((p) => BigInt(p.replace(/\D/g, '') || '0'));
    if (partsCache.size > 100_000) partsCache.clear();
    partsCache.set(version, parts);
  }
  return parts;
}

const DIGITS = /^[0-9]+$/;

/** Two versions of digits only (timestamps, `0042`) as numbers: leading zeros aside, the longer is larger, else the first digit that differs decides. */
function compareDigits(a: string, b: string): number {
  let i = 0;
  while (i < a.length - 1 && a.charCodeAt(i) === 48) i++;
  let j = 0;
  while (j < b.length - 1 && b.charCodeAt(j) === 48) j++;
  if (a.length - i !== b.length - j) return a.length - i < b.length - j ? -1 : 1;
  for (; i < a.length; i++, j++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Compare two versions of `framework`'s migrations as the framework orders them. diesel keys a
 * migration by its folder's name up to the first `_` with the dashes taken out, and sorts those
 * keys as strings (diesel_migrations `version_from_string`; `MigrationVersion` derives `Ord` on its
 * text): `2026-06-17-112535-0000` is `202606171125350000`, after `20170820180453`, which a
 * repository that began before diesel wrote dashes keeps (crates.io). Read part by part, 2026 came
 * before 20170820180453. Others: `compareVersions`.
 */
export function compareVersionsOf(framework: DetectedFramework, a: string, b: string): number {
  if (framework !== 'diesel') return compareVersions(a, b);
  const x = a.replace(/-/g, '');
  const y = b.replace(/-/g, '');
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compare two versions numerically by their dotted parts (`2.10` after `2.9`, `20261101` after `1`). */
export function compareVersions(a: string, b: string): number {
  // Most versions are one number (a timestamp, a counter): compared without BigInts (a 20,000-file
  // history's newest-version pass makes ~40,000 comparisons on every run).
  if (DIGITS.test(a) && DIGITS.test(b)) return compareDigits(a, b);
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export interface Changeset {
  /** `author:id` as written after `--changeset`. */
  id: string;
  /** String offsets of the changeset (marker line included) and the line of its marker. */
  start: number;
  end: number;
  line: number;
  /** `runOnChange:true`: Liquibase runs the changeset again whenever its text changes. */
  runOnChange: boolean;
  /** What an edit is judged on, when not the changeset's text (a changelog's changes, without comments or layout). */
  body?: string;
  /** A changeset with no change (only a comment): removing it takes nothing from any database. */
  empty?: boolean;
}

/** The `--changeset author:id` blocks of a Liquibase formatted SQL file. */
export function liquibaseChangesets(text: string): Changeset[] {
  const out: Changeset[] = [];
  // Liquibase reads lines with `readLine` (LF, CR or CRLF end them).
  const lines = new LineIndex(text);
  for (const m of lineMarkers(text, LIQUIBASE_CHANGESET, { crEnds: true, indented: true })) {
    if (out.length > 0) out[out.length - 1].end = m.index;
    out.push({ id: m[1], start: m.index, end: text.length, line: lines.line(m.index), runOnChange: /\brunOnChange:true\b/i.test(m[0]) });
  }
  return out;
}

/** The version a file's folder carries: a version folder (`3.2.0_schema/`), or the one above its dialect folder. */
function folderVersion(path: string): string | null {
  const parts = dirs(path);
  for (let i = parts.length - 1, seen = 0; i >= 0 && seen < 2; i--, seen++) {
    const v = leadingVersion(parts[i]);
    if (v !== null) return v;
    if (!dialectWord(parts[i])) return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Which files are migrations, with evidence (docs/detection.md). SPEC 5's folder rule finds the
// candidates; what a file is then decides: a dump header, a test or seed folder, a schema file's
// name, a name its framework does not run, an unversioned file outside the versioned migrations.
// Configured `paths` decide alone.

/** What a changed file was taken as, or judged to be when left. */
export type DetectedAs =
  | 'migration'
  /** A schema file read into the history before the migrations (not analysed as one). */
  | 'baseline'
  /** A schema file or a dump: the whole schema, not a change. */
  | 'schema'
  | 'test'
  | 'seed'
  /** sqlc query files. */
  | 'queries'
  /** Beside versioned migrations but not named like them: the migration tool never runs it. */
  | 'not-run'
  /** Unversioned, outside the repository's versioned migrations: no migration tool runs it. */
  | 'script'
  | 'other';

/** Why a changed SQL file was taken as a migration or left (`--debug`, the JSON report's `detection`). */
export interface DetectionEntry extends ReportedDetection {
  as: DetectedAs;
  framework?: DetectedFramework;
  dialect?: Dialect;
}

export interface Classification {
  /** The migration, when the file is one. */
  file: MigrationFile | null;
  as: DetectedAs;
  /** Index of the configured set it belongs to (0 with auto-detection). */
  set: number;
  reason: string;
}

/** Folders whose files are tests, fixtures or examples of something, not the repository's migrations. */
const TEST_DIRS = new Set(['test', 'tests', 't', 'testdata', 'test-data', 'test_data', 'testing', '__tests__', 'fixture', 'fixtures', '__fixtures__', 'stub', 'stubs', 'mock', 'mocks', 'example', 'examples', 'e2e', 'itest']);
const SEED_DIRS = new Set(['seed', 'seeds', 'seeders', 'seeding']);
/** Folders of scripts that set up a new database (Docker's `docker-entrypoint-initdb.d`). */
const INIT_DIRS = new Set(['init-scripts', 'init_scripts', 'initdb', 'initdb.d', 'docker-entrypoint-initdb.d', 'init']);
/** Folders whose very name says migrations (not merely `db/`, `sql/`, `schema/`). */
const MIGRATION_NAMED = new Set(['migrations', 'migration', 'migrate', 'changelog', 'changelogs', 'upgrade', 'upgrades']);
/** Names of whole-schema files: `schema.sql`, `structure.sql` (Rails), `ddl.sql`, `dump.sql`, `baseline.sql`. */
const SCHEMA_NAMES = new Set(['schema', 'structure', 'ddl', 'dump', 'baseline', 'db_schema', 'database', 'create_schema', 'init_schema']);

/**
 * A dump tool's header in the first lines: pg_dump, mysqldump, MariaDB's, SQLite's `.dump`, or
 * a dump's preamble (`SET statement_timeout = 0; … pg_catalog.set_config('search_path'`).
 */
export function dumpHeader(text: string): string | null {
  const head = text.slice(0, 4096);
  const m =
    /--\s*(PostgreSQL database dump|Dumped from database version|Dumped by pg_dump|MySQL dump \d|MariaDB dump \d|Server version\s+\d)/i.exec(head) ??
    /^\s*(PRAGMA foreign_keys\s*=\s*OFF;\s*BEGIN TRANSACTION;)/i.exec(head) ??
    /(SELECT pg_catalog\.set_config\('search_path', '', false\))/.exec(head) ??
    /(\/\*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT \*\/)/.exec(head);
  return m ? m[1].replace(/\s+/g, ' ') : null;
}

/** Whether a file or folder name is versioned as migration tools order them (`V2__x`, `20261101_x`, `0002-x`, `R__x`). */
function isVersionedName(name: string): boolean {
  return FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || leadingVersion(name) !== null;
}

/** How the path carries a version: its name, its folder (diesel, Prisma, per-release folders), or not at all. */
function versionedBy(path: string): 'name' | 'folder' | null {
  if (isVersionedName(basename(path))) return 'name';
  return folderVersion(path) !== null ? 'folder' : null;
}

/** The folder that holds a migration's sequence: its own, or the one above a version or dialect folder. */
function sequenceDir(path: string): string {
  const parts = [...dirs(path)];
  while (parts.length > 0 && (leadingVersion(parts[parts.length - 1]) !== null || dialectWord(parts[parts.length - 1]))) parts.pop();
  return parts.join('/');
}

/** The name a set is called by in reasons: `migrations.paths` or `migrations[1].paths`. */
function setKey(sets: readonly MigrationSet[], i: number): string {
  return sets.length === 1 ? 'migrations' : `migrations[${i}]`;
}

/**
 * Facts about a snapshot's SQL files that a file's neighbours give: which folders hold versioned
 * migrations, what each folder holds. Built once per snapshot, from its listing, on first use.
 */
export class MigrationLayout {
  private byDir?: Map<string, string[]>;
  private all?: Set<string>;
  /** Sequence folders (SPEC 5 candidates) holding versioned migrations or sqitch scripts. */
  private organised?: Set<string>;

  constructor(private readonly listing: () => string[]) {}

  private index(): void {
    if (this.byDir) return;
    this.byDir = new Map();
    this.organised = new Set();
    let paths: string[];
    try {
      paths = this.listing();
    } catch {
      paths = [];
    }
    for (const path of paths) {
      if (!isSqlFileName(path)) continue;
      const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
      let list = this.byDir.get(dir);
      if (!list) this.byDir.set(dir, (list = []));
      list.push(basename(path));
      if (!inMigrationFolder(path) || isTestPath(path) !== null) continue;
      const parts = dirs(path);
      if (versionedBy(path) !== null || parts.includes('deploy')) this.organised.add(sequenceDir(path));
    }
  }

  /** Whether the snapshot lists this path (a file read only when it is there: an absent one costs a git lookup). */
  has(path: string): boolean {
    if (!this.all) {
      try {
        this.all = new Set(this.listing());
      } catch {
        this.all = new Set();
      }
    }
    return this.all.has(path);
  }

  /** The SQL file names in a folder. */
  filesIn(dir: string): string[] {
    this.index();
    return this.byDir!.get(dir) ?? [];
  }

  /** Folders with versioned migrations, other than `except` (nearest first by shared prefix, at most `n`). */
  organisedFolders(except: string, n = 2): string[] {
    this.index();
    return [...this.organised!].filter((d) => d !== except).sort().slice(0, n);
  }

  hasOrganised(except: string): boolean {
    this.index();
    return [...this.organised!].some((d) => d !== except);
  }

  /** The versioned siblings of a file: files of its folder named with a version, or version folders beside it. */
  versionedNeighbours(path: string): { count: number; example: string | null; byFolder: boolean } {
    this.index();
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    const own = basename(path);
    const named = this.filesIn(dir).filter((n) => n !== own && isVersionedName(n));
    if (named.length > 0) return { count: named.length, example: named.sort()[0] ?? null, byFolder: false };
    // diesel and Prisma: one version folder per migration beside it (`migrations/2026-01-01_x/up.sql`).
    const prefix = dir === '' ? '' : `${dir}/`;
    let count = 0;
    let example: string | null = null;
    for (const d of this.byDir!.keys()) {
      if (!d.startsWith(prefix) || d === dir) continue;
      const rest = d.slice(prefix.length);
      if (rest.includes('/') || leadingVersion(rest) === null) continue;
      count++;
      if (example === null || rest < example) example = `${rest}/`;
    }
    return { count, example, byFolder: true };
  }
}

/** SPEC 5: under a folder named like a migrations folder, or named like a Flyway migration, or a sqitch script. */
function inMigrationFolder(path: string): boolean {
  const name = basename(path);
  const parts = dirs(path);
  return parts.some((d) => MIGRATION_DIRS.has(d.toLowerCase())) || FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) || parts.includes('deploy') || parts.includes('revert');
}

/** The test, fixture or example folder a path is in (Maven's `src/test/` included), if any. */
function isTestPath(path: string): string | null {
  for (const d of dirs(path)) if (TEST_DIRS.has(d.toLowerCase())) return d;
  return null;
}

/** `schema.sql`, `structure.sql`, `schema.postgresql.sql`, `dolphinscheduler_mysql.sql`, `mysql_ddl.sql`: a whole schema. */
export function schemaFileName(name: string): string | null {
  const stem = name.replace(/\.sql(?:\.\w+)?$/i, '').toLowerCase();
  const words = stem.split(/[._-]/).filter((w) => w !== '');
  if (words.length === 0) return null;
  if (SCHEMA_NAMES.has(stem) || (words.length > 1 && SCHEMA_NAMES.has(words[0]) && words.slice(1).every((w) => dialectWord(w)))) return 'a schema file';
  if (words.length > 1 && (dialectWord(words[words.length - 1]) || dialectWord(words[0]))) return 'one file per database, named after it';
  if (words.length > 1 && SCHEMA_NAMES.has(words[words.length - 1])) return 'a schema file';
  return null;
}

/**
 * The first configured set whose `paths` take `path` (and the glob that matched), and the index of
 * the first set without paths (the auto-detected one; -1 when every set has paths).
 */
function configuredSet(path: string, sets: readonly MigrationSet[]): { matched?: { set: number; glob: string }; auto: number } {
  let auto = -1;
  for (const [i, set] of sets.entries()) {
    if (set.paths === undefined || set.paths.length === 0) {
      if (auto === -1) auto = i;
      continue;
    }
    const glob = set.paths.find((g) => matcherFor([g])(path));
    if (glob !== undefined && matcherFor(set.paths)(path)) return { matched: { set: i, glob }, auto };
  }
  return { auto };
}

/**
 * Decide what a SQL file is, with the reason. `sets` are the configured migration sets (a set
 * without `paths` auto-detects); `layout` gives the file's neighbours in the same snapshot.
 * `forced` (files named on the command line) are migrations whatever their name.
 */
export function classifyMigration(path: string, text: string | null, sets: readonly MigrationSet[], layout: MigrationLayout, forced = false): Classification {
  const name = basename(path);
  // Migrations written as code (Django, Alembic, Rails…): their adapters decide (code/registry.ts).
  if (!isSqlFileName(name)) {
    const code = classifyCodeMigration(path, text, sets);
    if (code) return code;
  }
  if (forced) {
    const set = sets[0];
    const file = fileOf(path, text, set.framework);
    return { file, as: 'migration', set: 0, reason: 'named on the command line' };
  }
  const left = (as: DetectedAs, reason: string, set = 0): Classification => ({ file: null, as, set, reason });
  if (isChangelogFileName(name)) return classifyChangelog(path, text, sets);
  if (!isSqlFileName(name)) return left('other', 'not a SQL file');

  // Configured sets: the first whose paths match takes the file; paths decide alone.
  const { matched, auto } = configuredSet(path, sets);
  if (matched) {
    const { set: i, glob } = matched;
    return { file: fileOf(path, text, sets[i].framework), as: 'migration', set: i, reason: `matches ${setKey(sets, i)}.paths (${glob})` };
  }
  if (auto === -1) return left('other', `matches no glob of ${sets.length === 1 ? 'migrations.paths' : 'the paths of migrations[]'}`);
  const framework = sets[auto].framework;
  return autoDetect(path, text, framework, layout, auto);
}

function fileOf(path: string, text: string | null, framework: Framework): MigrationFile {
  const detected = framework === 'auto' ? guessFramework(path, text) : framework;
  return { path, framework: detected, version: versionOf(path, detected), part: partOf(path, detected) };
}

/** SPEC 5's auto-detection, then the evidence of what the file is. */
function autoDetect(path: string, text: string | null, framework: Framework, layout: MigrationLayout, set: number): Classification {
  const name = basename(path);
  const parts = dirs(path);
  const left = (as: DetectedAs, reason: string): Classification => ({ file: null, as, set, reason });
  const taken = (reason: string): Classification => ({ file: fileOf(path, text, framework), as: 'migration', set, reason });
  if (!inMigrationFolder(path)) {
    return left('other', `not under a folder named ${[...MIGRATION_DIRS].join(', ')}, nor named like a Flyway migration or a sqitch script`);
  }
  const head = text === null ? '' : text.slice(0, 65536);
  if (SQLC_QUERY.test(head)) return left('queries', 'sqlc queries (`-- name: … :one`): the application\'s statements, not a migration');
  const dump = text === null ? null : dumpHeader(text);
  if (dump) return left('schema', `a database dump (${dump}): the whole schema, not a change`);
  const testDir = isTestPath(path);
  if (testDir) return left('test', `in a test folder (${testDir}/): fixtures and tests, not the repository's migrations`);
  const seedDir = parts.find((d) => SEED_DIRS.has(d.toLowerCase()));
  if (seedDir || /^seeds?(?:[._-]|\.sql)/i.test(name)) return left('seed', `seed data (${seedDir ? `${seedDir}/` : name}): rows for new databases, not a migration`);
  // A bare `init/` may hold a set's first migrations (`migrations/init/V1__x.sql`): only when the file is unversioned.
  const init = parts.find((d) => INIT_DIRS.has(d.toLowerCase()) && (d.toLowerCase() !== 'init' || versionedBy(path) === null));
  if (init) return left('schema', `in ${init}/: scripts that set up a new database, not changes to an existing one`);
  const marker = /^\s*--\s*\+goose\s+(?:up|down)\b/im.test(head) ? 'goose' : /^\s*--\s*migrate:(?:up|down)\b/m.test(head) ? 'dbmate' : /^\s*--\s*liquibase\s+formatted\s+sql/im.test(head) ? 'Liquibase' : null;
  const versioned = versionedBy(path);
  const parent = parts[parts.length - 1] ?? '';
  const where = `${parts.join('/')}/`;
  if (marker) return taken(`${marker} markers in it`);
  if (parts.includes('deploy') || parts.includes('revert') || parts.includes('verify')) return taken(`a sqitch ${parts.includes('deploy') ? 'deploy' : parts.includes('revert') ? 'revert' : 'verify'} script`);
  if (versioned === 'name') return taken(FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name) ? 'named like a Flyway migration' : `versioned by its name, in ${where}`);
  if (versioned === 'folder') return taken(`versioned by its folder, in ${where}`);

  // Unversioned from here on.
  const schema = schemaFileName(name);
  if (schema) return left('schema', `${schema} (${name}): the whole schema, not a change`);
  const beside = layout.versionedNeighbours(path);
  if (beside.count > 0) {
    const tool = beside.byFolder ? 'diesel and Prisma read only version folders' : FLYWAY.test(beside.example ?? '') ? 'Flyway runs only files named V<version>__<name>.sql' : 'the migration tool runs only versioned files';
    return left('not-run', `not versioned like the ${beside.count} migration${beside.count === 1 ? '' : 's'} beside it (${beside.example}): ${tool}, so it never runs`);
  }
  const namedFolder = [...parts].reverse().find((d) => MIGRATION_NAMED.has(d.toLowerCase()) || d.toLowerCase() === 'sql' || d.toLowerCase() === 'db' || d.toLowerCase() === 'schema');
  const sequence = sequenceDir(path);
  const elsewhere = layout.hasOrganised(sequence);
  if (MIGRATION_NAMED.has(parent.toLowerCase()) || MIGRATION_NAMED.has(sequence.slice(sequence.lastIndexOf('/') + 1).toLowerCase())) {
    return taken(
      `unversioned, in a folder named ${parent}: read as a hand-run migration${elsewhere ? ` (the versioned migrations in ${layout.organisedFolders(sequence, 1)[0]}/ do not include it)` : ''}`,
    );
  }
  if (elsewhere) {
    const other = layout.organisedFolders(sequence, 1)[0];
    const kind = parent.toLowerCase() === 'schema' || parent.toLowerCase() === 'schemas' ? 'schema' : 'script';
    return left(kind, `unversioned, in ${where} which holds no versioned migration, while the repository's migrations are versioned (${other}/): no migration tool runs it`);
  }
  return taken(`unversioned, under ${namedFolder ?? 'a migrations folder'}/ in a repository with no versioned migrations: read as a hand-run migration`);
}

/**
 * Whether an XML, YAML or JSON file is a Liquibase changelog: one whose root is `databaseChangeLog`,
 * under a changelog folder (or named like one), or matched by a set's `paths`. `framework:
 * liquibase` takes what its paths match whatever the content (an unreadable one is then reported).
 */
function classifyChangelog(path: string, text: string | null, sets: readonly MigrationSet[]): Classification {
  const left = (as: DetectedAs, reason: string, set = 0): Classification => ({ file: null, as, set, reason });
  const changelog = text !== null && looksLikeChangelog(path, text);
  // No version: Liquibase runs every changeset it has not run, wherever its changelog sits (so no
  // out-of-order); changelogs are replayed in natural path order (code/liquibase.ts changelogOrder).
  const taken = (set: number, reason: string): Classification => ({ file: { path, framework: 'liquibase', version: null, part: 'up' }, as: 'migration', set, reason });
  const { matched, auto } = configuredSet(path, sets);
  if (matched) {
    const { set: i, glob } = matched;
    const framework = sets[i].framework;
    if (framework === 'liquibase' || (framework === 'auto' && changelog)) return taken(i, `matches ${setKey(sets, i)}.paths (${glob}); a Liquibase changelog`);
    return left('other', `matches ${setKey(sets, i)}.paths (${glob}) but is not a Liquibase changelog (no databaseChangeLog root)`, i);
  }
  if (auto === -1) return left('other', `matches no glob of ${sets.length === 1 ? 'migrations.paths' : 'the paths of migrations[]'}`);
  const framework = sets[auto].framework;
  if (framework !== 'auto' && framework !== 'liquibase') return left('other', `not a SQL file, and the set's framework is ${framework}`, auto);
  if (!changelog) return left('other', 'not a SQL file, nor a Liquibase changelog (no databaseChangeLog root)', auto);
  if (!inChangelogPlace(path)) return left('other', 'a Liquibase changelog outside a changelog folder (db/, changelog/, liquibase/, migrations/): set migrations.paths to read it', auto);
  const testDir = isTestPath(path);
  if (testDir) return left('test', `in a test folder (${testDir}/): fixtures and tests, not the repository's migrations`, auto);
  if (text !== null && masterChangelog(path, text)) return left('other', 'a Liquibase master changelog (includes, no changeset): the changelogs it includes are read on their own', auto);
  if (text !== null && generatedSnapshot(text)) return left('schema', 'a Liquibase snapshot that generateChangeLog wrote (authors "(generated)"): the whole schema for new databases, not a change', auto);
  return taken(auto, 'a Liquibase changelog (databaseChangeLog root)');
}

/** Whether a path of a snapshot may be a changelog worth reading (a changelog name, in a changelog place or a set's paths). */
export function changelogCandidate(path: string, sets: readonly MigrationSet[]): boolean {
  if (!isChangelogFileName(path)) return false;
  if (sets.some((s) => s.paths !== undefined && s.paths.length > 0 && matcherFor(s.paths)(path))) return true;
  return sets.some((s) => (s.paths === undefined || s.paths.length === 0) && (s.framework === 'auto' || s.framework === 'liquibase')) && inChangelogPlace(path) && isTestPath(path) === null;
}

/** The SPEC 5 detection of a path against the configured sets (for the report's framework names). */
export function detectInSets(path: string, text: string | null, sets: readonly MigrationSet[]): MigrationFile | null {
  for (const set of sets) {
    const file = detectMigration(path, text, set.paths, set.framework);
    if (file) return file;
  }
  return null;
}
