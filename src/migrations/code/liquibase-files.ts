/**
 * Which files can be Liquibase XML, YAML or JSON changelogs, by name, place and a cheap look at
 * their first bytes; used by the detection (detect.ts, plan.ts) before anything is parsed.
 */
import { isSqlFileName } from '../../changes/file-kinds.js';

export type ChangelogFormat = 'xml' | 'yaml' | 'json';

/** Changelog file names: the formats Liquibase reads besides formatted SQL. */
export function changelogFormat(path: string): ChangelogFormat | null {
  const m = /\.(xml|ya?ml|json)$/i.exec(path);
  if (!m) return null;
  const ext = m[1].toLowerCase();
  return ext === 'xml' ? 'xml' : ext === 'json' ? 'json' : 'yaml';
}

/**
 * Whether `text` opens like a changelog of its format: the root element or key `databaseChangeLog`
 * near the start (a cheap scan of the first 8 KiB: prolog, comments and a license header fit).
 */
export function looksLikeChangelog(path: string, text: string): boolean {
  const format = changelogFormat(path);
  const head = text.slice(0, 8192);
  if (format === 'xml') return /<(?:[\w.-]+:)?databaseChangeLog[\s>/]/.test(head);
  if (format === 'json') return /^\s*\{/.test(head) && /"databaseChangeLog"\s*:\s*\[/.test(head);
  if (format === 'yaml') return /^["']?databaseChangeLog["']?[ \t]*:/m.test(head);
  return false;
}


/** A changelog file name (`.xml`, `.yaml`, `.yml`, `.json`); its content decides (`looksLikeChangelog`). */
export function isChangelogFileName(path: string): boolean {
  return changelogFormat(path) !== null;
}

/**
 * Whether a change list touches a file that may be a changelog (by name and place): its `sql`
 * changes need the SQL parsers, as a SQL file does (the Action loads them only then).
 */
export function touchesChangelogFile(files: readonly { path: string; oldPath?: string }[]): boolean {
  const may = (path: string): boolean => isChangelogFileName(path) && inChangelogPlace(path);
  return files.some((f) => may(f.path) || (f.oldPath !== undefined && may(f.oldPath)));
}

/**
 * Whether a changelog is a snapshot that `liquibase generateChangeLog` wrote (every changeset's
 * author says `(generated)`): the whole schema (or its data) for new databases, regenerated with new
 * ids at each release, not a change. Judged on the first 64 KiB.
 */
export function generatedSnapshot(text: string): boolean {
  const head = text.slice(0, 65536);
  const authors = head.match(/(?:\bauthor\s*=\s*["'][^"']*["']|["']?author["']?\s*:\s*["']?[^\n"',}]*)/g) ?? [];
  return authors.length > 0 && authors.every((a) => /\(generated\)/.test(a));
}

/**
 * Whether a changelog is a master changelog: `include`s and no changeset. No database records
 * anything of it, so adding, editing or deleting it is no migration. (A changelog that only lost its
 * changesets, with no include, stays one: the removal is reported.)
 */
export function masterChangelog(path: string, text: string): boolean {
  const format = changelogFormat(path);
  const key = (name: string): RegExp =>
    format === 'xml' ? new RegExp(`<(?:[\\w.-]+:)?${name}[\\s>/]`) : format === 'json' ? new RegExp(`"${name}"\\s*:`) : new RegExp(`(?:^|[\\s-])["']?${name}["']?[ \\t]*:`, 'm');
  return !key('changeSet').test(text) && (key('include').test(text) || key('includeAll').test(text));
}

/** The names the migration analysis looks at: SQL files and changelogs. */
export function isMigrationFileName(path: string): boolean {
  return isSqlFileName(path) || isChangelogFileName(path);
}

/**
 * Where changelogs are kept (checked before a file is read): a folder named like `changelog(s)`,
 * `liquibase`, `db`, `migration(s)`, or a name that says it (`db.changelog-master.yaml`,
 * `jpa-changelog-1.0.xml`, `liquibase-update-to-latest.xml`).
 */
export function inChangelogPlace(path: string): boolean {
  const parts = path.toLowerCase().split('/');
  const name = parts.pop() ?? '';
  if (/changelog|liquibase|changeset/.test(name)) return true;
  return parts.some((d) => /changelog|liquibase/.test(d) || d === 'db' || d === 'migrations' || d === 'migration' || d === 'changesets');
}
