/**
 * Which files are migrations, for which framework, with which version, and which parts of them
 * run forward (up) or backward (down). Pure functions of the path and the text.
 */
import { globMatcher } from '../text/glob.js';
import type { Framework } from '../config/types.js';
import { LineIndex } from '../text/lines.js';
import { isSqlFileName } from '../changes/file-kinds.js';

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

function dirs(path: string): string[] {
  return path.split('/').slice(0, -1);
}

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
  if (!isSqlFileName(lower) && !configuredPaths?.includes('**')) return null;
  const parts = dirs(path);

  let isMigration: boolean;
  if (configuredPaths && configuredPaths.length > 0) {
    isMigration = matcherFor(configuredPaths)(path);
  } else {
    isMigration =
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

/** Compare two versions numerically by their dotted parts (`2.10` after `2.9`, `20261101` after `1`). */
export function compareVersions(a: string, b: string): number {
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
