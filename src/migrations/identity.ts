/**
 * How each migration framework knows a migration it has applied: the key it records in its history
 * table. A file moved or renamed with the same key is the same migration to the tool (databases do
 * not run it again and miss nothing); a new key is a migration the tool has never seen, and the old
 * key one whose file is gone. Also the migration *set* a file belongs to (the folder whose files
 * share one history), and which tools checksum a file's text.
 *
 * | framework      | the tool records                                   | kept by                                 |
 * |----------------|----------------------------------------------------|-----------------------------------------|
 * | golang-migrate | the version number (pop/popx: and the dialect tag) | a new name or folder, popx `.autocommit` |
 * | sqlx, goose    | the version number                                 | a new name or folder                    |
 * | dbmate         | the version, as written                            | a new name or folder                    |
 * | Flyway         | the version and the description (validated)        | a new folder only                       |
 * | diesel         | the folder's version (before `_`, dashes dropped)  | a new name after `_`, a new parent       |
 * | Prisma         | the migration folder's name                        | a new parent folder                     |
 * | sqitch         | the change name (the path under `deploy/`)         | moving the project                      |
 * | Liquibase      | the changelog's path (with each changeset id)      | nothing                                 |
 * | plain          | unknown: the path from the first versioned segment | a new parent folder                     |
 */
import { detectMigration, MIGRATION_DIRS, type DetectedFramework, type MigrationFile } from './detect.js';

export interface MigrationIdentity {
  /** Equal keys: the same migration to the tool. */
  key: string;
  /** What the tool records, in words, for messages ("version 20240101", "folder 01_init"). */
  label: string;
}

/** Dialect tags pop and popx read from a file name (`1_x.mysql.up.sql`); a file without one runs on every database. */
const POP_DIALECT = /\.(mysql|mariadb|sqlite3?|postgres(?:ql)?|cockroach(?:db)?|mssql|sqlserver|clickhouse)$/i;

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folders(path: string): string[] {
  return path.split('/').slice(0, -1);
}

/** A version number as the tools that parse it as an integer compare it (`0002` is `2`). */
function integerVersion(version: string): string {
  return /^\d+$/.test(version) ? version.replace(/^0+(?=\d)/, '') : version;
}

/**
 * The identity of `file` as its framework records it, or of `file.path` read by another
 * framework's rule (`as`): a moved file is judged by the framework that applied it.
 */
export function identityOf(file: MigrationFile, as: DetectedFramework = file.framework): MigrationIdentity {
  const read = as === file.framework ? file : (detectMigration(file.path, null, ['**'], as) ?? file);
  const name = basename(file.path);
  const parent = folders(file.path).at(-1) ?? '';
  const part = read.part;
  switch (as) {
    case 'golang-migrate':
    case 'sqlx':
    case 'goose': {
      if (read.version === null) break;
      // popx: `<version>_<name>[.<dialect>][.autocommit].(up|down).sql`; the flag changes how it runs, not what it is.
      const stem = name.replace(/\.(up|down)\.sql$/i, '').replace(/\.sql$/i, '').replace(/\.autocommit$/i, '');
      const dialect = as === 'golang-migrate' ? (POP_DIALECT.exec(stem)?.[1]?.toLowerCase() ?? '') : '';
      const version = integerVersion(read.version);
      return { key: `${as}:${version}:${dialect}:${part}`, label: `version ${version}${dialect ? ` (${dialect})` : ''}` };
    }
    case 'dbmate':
      if (read.version === null) break;
      return { key: `dbmate:${read.version}:${part}`, label: `version ${read.version}` };
    case 'flyway': {
      const m = /^([VUR])((?:\d+(?:[._]\d+)*)?)__(.+)\.sql$/i.exec(name);
      if (!m) break;
      const description = m[3].replace(/_/g, ' ');
      const version = m[2] === '' ? '' : m[2].split(/[._]/).map(integerVersion).join('.');
      return m[1].toUpperCase() === 'R'
        ? { key: `flyway:R:${description}`, label: `repeatable migration '${description}'` }
        : { key: `flyway:${m[1].toUpperCase()}:${version}:${description}`, label: `version ${version} '${description}'` };
    }
    case 'diesel': {
      const version = parent.split('_')[0].replace(/-/g, '');
      if (version === '') break;
      return { key: `diesel:${version}:${part}`, label: `version ${version}` };
    }
    case 'prisma':
      return { key: `prisma:${parent}`, label: `migration ${parent}` };
    case 'sqitch': {
      const dirs = folders(file.path);
      const at = dirs.findLastIndex((d) => d === 'deploy' || d === 'revert' || d === 'verify');
      if (at === -1) break;
      const change = [...dirs.slice(at + 1), name.replace(/\.sql$/i, '')].join('/');
      return { key: `sqitch:${change}:${part}`, label: `change ${change}` };
    }
    case 'liquibase':
      return { key: `liquibase:${file.path}`, label: `changelog ${file.path}` };
    default:
      break;
  }
  // Unknown runner: the path from the first folder or name that starts with a version (a
  // `01_init/migration.sql` keeps its folder), else the file name.
  const segments = file.path.split('/');
  const first = segments.findIndex((s) => /^\d/.test(s));
  const tail = (first === -1 ? [name] : segments.slice(first)).join('/');
  return { key: `plain:${tail}:${part}`, label: tail };
}

/**
 * The set `file` belongs to: the folder whose migrations share one history (a diesel or Prisma
 * migration's parent folder, a sqitch project, a Flyway location read recursively).
 */
export function setOf(file: MigrationFile): string {
  const dirs = folders(file.path);
  switch (file.framework) {
    case 'diesel':
    case 'prisma':
      return dirs.slice(0, -1).join('/');
    case 'sqitch': {
      const at = dirs.findLastIndex((d) => d === 'deploy' || d === 'revert' || d === 'verify');
      return at === -1 ? dirs.join('/') : dirs.slice(0, at).join('/');
    }
    case 'flyway': {
      const root = dirs.findLastIndex((d) => MIGRATION_DIRS.has(d.toLowerCase()));
      return (root === -1 ? dirs : dirs.slice(0, root + 1)).join('/');
    }
    default: {
      // A migration in a folder of its own (`01_init/migration.sql`): the set is above it.
      const versioned = dirs.findIndex((d) => /^\d/.test(d));
      return (versioned === -1 ? dirs : dirs.slice(0, versioned)).join('/');
    }
  }
}

/**
 * Tools that record a checksum of each applied file and refuse to go on (Flyway's validate, sqlx,
 * Liquibase) or ask to reset the database (Prisma) when the file changes at all: for them even a
 * change of blanks or comments is an edit.
 */
export const CHECKSUMMED: ReadonlySet<DetectedFramework> = new Set<DetectedFramework>(['flyway', 'sqlx', 'prisma', 'liquibase']);

/** Whether a renamed migration is the same one to its tool: same identity, read by the old file's framework. */
export function sameIdentity(before: MigrationFile, after: MigrationFile): boolean {
  return identityOf(before).key === identityOf(after, before.framework).key;
}
