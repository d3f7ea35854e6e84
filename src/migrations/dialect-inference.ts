/**
 * Which SQL dialect a migration file is written in, when the configuration does not say: from its
 * name (`x.mysql.up.sql`, synapse's `x.sql.postgres`), its folder (`mysql/`, `db/postgresql/…`),
 * the framework's own settings beside it (Prisma's `migration_lock.toml`, drizzle's
 * `meta/_journal.json`) and its content (backticks, `MODIFY`, `ENGINE=`, `AUTOINCREMENT`, …).
 * Pure functions of paths and texts; the caller adds what the file's neighbours say (plan.ts).
 */
import type { Dialect } from '../config/types.js';
import { maskSql } from './parse/mask.js';

/** What decided a file's dialect, in words for `--debug` and the JSON report. */
export interface DialectReading {
  dialect: Dialect;
  by: string;
  /**
   * A PR file read by its content: what the base's migrations beside it say without this PR's
   * votes, when that is another dialect they show (not the default). The file is also read that
   * way, for code the chosen reading hides (`unparsed-statement`'s `hiddenByDialect`).
   */
  neighbours?: DialectReading;
}

/** Words that name a dialect in a file name (between dots) or as a whole folder name. */
const DIALECT_WORDS: Record<string, Dialect> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  pgsql: 'postgres',
  pg: 'postgres',
  cockroach: 'cockroach',
  cockroachdb: 'cockroach',
  crdb: 'cockroach',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
  mssql: 'mssql',
  sqlserver: 'mssql',
  tsql: 'mssql',
  clickhouse: 'clickhouse',
  h2: 'h2',
};

/** The dialect a word names (`sqlite3` → sqlite), if any. */
export function dialectWord(word: string): Dialect | undefined {
  return Object.hasOwn(DIALECT_WORDS, word.toLowerCase()) ? DIALECT_WORDS[word.toLowerCase()] : undefined;
}

/**
 * The dialect a file's name gives: a dot-separated part of it (`x.mysql.up.sql`,
 * `schema.postgresql.sql`, `x.sql.postgres`). Parts joined by `_` or `-` are words of the
 * migration's name (`add_mysql_support.sql`), never a dialect.
 */
export function dialectFromName(path: string): DialectReading | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const parts = name.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const d = dialectWord(parts[i]);
    if (d) return { dialect: d, by: `its name (.${parts[i]}.)` };
  }
  return undefined;
}

/** The dialect of the nearest folder named after one (`config/migrations/mysql/`, `db/postgresql/migrations/`). */
export function dialectFromFolder(path: string): DialectReading | undefined {
  const dirs = path.split('/').slice(0, -1);
  for (let i = dirs.length - 1; i >= 0; i--) {
    const d = dialectWord(dirs[i]);
    if (d) return { dialect: d, by: `its folder ${dirs[i]}/` };
  }
  return undefined;
}

/** Name first (a file says what it is), then the nearest folder. */
export function dialectFromPath(path: string): DialectReading | undefined {
  return dialectFromName(path) ?? dialectFromFolder(path);
}

const PRISMA_PROVIDERS: Record<string, Dialect> = { postgresql: 'postgres', postgres: 'postgres', mysql: 'mysql', sqlite: 'sqlite', sqlserver: 'mssql', cockroachdb: 'cockroach' };
const DRIZZLE_DIALECTS: Record<string, Dialect> = { postgresql: 'postgres', mysql: 'mysql', sqlite: 'sqlite', turso: 'sqlite', singlestore: 'mysql' };

/** Prisma's `migration_lock.toml`: `provider = "mysql"`. */
export function dialectFromPrismaLock(text: string): Dialect | undefined {
  const m = /^\s*provider\s*=\s*"([a-z0-9]+)"/m.exec(text);
  return m && Object.hasOwn(PRISMA_PROVIDERS, m[1]) ? PRISMA_PROVIDERS[m[1]] : undefined;
}

/** drizzle-kit's `meta/_journal.json`: `"dialect": "sqlite"`. */
export function dialectFromDrizzleJournal(text: string): Dialect | undefined {
  const m = /"dialect"\s*:\s*"([a-z0-9]+)"/.exec(text.slice(0, 4096));
  return m && Object.hasOwn(DRIZZLE_DIALECTS, m[1]) ? DRIZZLE_DIALECTS[m[1]] : undefined;
}

/**
 * Marks of each dialect in a migration's code (comments and strings blanked first). Each is
 * something the other dialects reject or never write; `AFTER` only as a column position, `MODIFY`
 * and `CHANGE` only as `ALTER TABLE` actions. Cockroach and H2 have no marks of their own that
 * Postgres lacks: they come from names and folders only.
 */
export const MARKS: readonly [Dialect, string, RegExp][] = [
  ['mysql', 'ENGINE=', /\bENGINE\s*=\s*(?:InnoDB|MyISAM|MEMORY|Aria|ARCHIVE|CSV|NDB)\b/i],
  ['mysql', 'AUTO_INCREMENT', /\bAUTO_INCREMENT\b/i],
  ['mysql', 'MODIFY', /(?:\bTABLE\s+\S+\s+|,\s*)MODIFY\s+(?:COLUMN\s+)?[`"\w]/i],
  ['mysql', 'CHANGE', /(?:\bTABLE\s+\S+\s+|,\s*)CHANGE\s+(?:COLUMN\s+)?[`"\w][^\s,]*\s+[`"\w][^\s,]*\s+\w/i],
  ['mysql', 'AFTER', /\bADD\s+(?:COLUMN\s+)?[`"\w][^,;]{0,300}?\bAFTER\s+[`"\w]/i],
  ['mysql', 'UNSIGNED', /\b(?:INT|INTEGER|BIGINT|SMALLINT|TINYINT|MEDIUMINT)(?:\s*\(\s*\d+\s*\))?\s+UNSIGNED\b/i],
  ['mysql', 'CHARSET', /\b(?:DEFAULT\s+)?CHARSET\s*=|\bCHARACTER\s+SET\s+utf8/i],
  ['mysql', 'TINYINT/MEDIUMTEXT/LONGTEXT', /\b(?:TINYINT|MEDIUMINT|MEDIUMTEXT|LONGTEXT|TINYTEXT|LONGBLOB|MEDIUMBLOB|TINYBLOB)\b/i],
  ['mysql', 'DROP INDEX … ON', /\bDROP\s+INDEX\s+[`\w]+\s+ON\s+[`\w]/i],
  ['mysql', 'ON UPDATE CURRENT_TIMESTAMP', /\bON\s+UPDATE\s+CURRENT_TIMESTAMP\b/i],
  ['postgres', '::casts', /::\s*[a-z_"]/i],
  ['postgres', 'JSONB', /\bJSONB\b/i],
  ['postgres', 'TIMESTAMPTZ', /\bTIMESTAMPTZ\b|\bWITH\s+TIME\s+ZONE\b/i],
  ['postgres', 'CREATE EXTENSION', /\bCREATE\s+EXTENSION\b/i],
  ['postgres', 'ALTER COLUMN … TYPE', /\bALTER\s+(?:COLUMN\s+)?\S+\s+(?:SET\s+DATA\s+)?TYPE\b/i],
  ['postgres', 'CONCURRENTLY', /\bINDEX\s+CONCURRENTLY\b/i],
  ['postgres', 'plpgsql', /\bplpgsql\b/i],
  ['postgres', 'AS ENUM', /\bCREATE\s+TYPE\s+\S+\s+AS\s+ENUM\b/i],
  ['postgres', 'BYTEA', /\bBYTEA\b/i],
  ['sqlite', 'AUTOINCREMENT', /\bAUTOINCREMENT\b/i],
  ['sqlite', 'PRAGMA', /(?:^|;)\s*PRAGMA\b/im],
  ['sqlite', 'WITHOUT ROWID', /\bWITHOUT\s+ROWID\b/i],
  ['sqlite', 'strftime', /\bstrftime\s*\(/i],
  ['clickhouse', 'MergeTree', /\bENGINE\s*=\s*\w*MergeTree\b/i],
  ['clickhouse', 'LowCardinality', /\bLowCardinality\s*\(/],
  ['clickhouse', 'Nullable(…)', /\bNullable\s*\(/],
  ['clickhouse', 'UInt/Int64/DateTime64', /\b(?:U?Int(?:8|16|32|64|128|256)|Float(?:32|64)|DateTime64)\b/],
  ['clickhouse', 'ON CLUSTER', /\bON\s+CLUSTER\b/i],
  ['clickhouse', 'PROJECTION', /\b(?:ADD|DROP|MATERIALIZE)\s+PROJECTION\b/i],
  ['mssql', 'NVARCHAR', /\bNVARCHAR\b/i],
  ['mssql', 'GO', /^[ \t]*GO[ \t]*$/m],
  ['mssql', 'IDENTITY(…)', /\bIDENTITY\s*\(\s*\d+\s*,\s*\d+\s*\)/i],
  ['mssql', '[dbo]', /\[dbo\]|\bdbo\.\w/i],
  ['mssql', 'DATETIME2/UNIQUEIDENTIFIER', /\b(?:DATETIME2|UNIQUEIDENTIFIER|NONCLUSTERED)\b/i],
];

/**
 * Every mark's pattern in one, case-insensitive and multi-line: it matches wherever any mark
 * does (a case-sensitive pattern's matches are among its case-insensitive ones, `^` of a
 * single-line one among the multi-line one's), so a file it does not match has none of them,
 * and one pass replaces the ~40 (most migrations show no mark). Where it matches, each mark is
 * tested as before.
 */
export const ANY_MARK = new RegExp(MARKS.map(([, , re]) => `(?:${re.source})`).join('|'), 'im');

/** How much of a file the content reading looks at: marks show early, and dumps can be huge. */
const CONTENT_WINDOW = 256 * 1024;

/**
 * The dialect a migration's code shows, when only one dialect's marks are in it. Backtick-quoted
 * names are MySQL's unless SQLite's or ClickHouse's marks say otherwise (both quote with them
 * too); a file with marks of two dialects says nothing.
 */
export function dialectFromContent(text: string): DialectReading | undefined {
  // Comments and strings blanked, as Postgres lexes them (a `$$` body of a routine is blanked too).
  const code = maskSql(text.length > CONTENT_WINDOW ? text.slice(0, CONTENT_WINDOW) : text, 'postgres');
  const found = new Map<Dialect, string[]>();
  if (ANY_MARK.test(code)) {
    for (const [dialect, mark, re] of MARKS) {
      if (!re.test(code)) continue;
      const list = found.get(dialect) ?? [];
      list.push(mark);
      found.set(dialect, list);
    }
  }
  if (/`[^`\n]+`/.test(code)) found.set('mysql', [...(found.get('mysql') ?? []), 'backticks']);
  // MySQL's versioned comments (`/*!40101 SET …*/`, `bigint /*! unsigned */`) are code to MySQL and
  // comments to every other database: read on the raw text (the masking blanks them). SERIAL is no
  // mark of either side: MySQL has it too (killbill's MySQL tables declare `record_id serial`).
  if (/\/\*!\d{0,6}[\s\w]/.test(text.length > CONTENT_WINDOW ? text.slice(0, CONTENT_WINDOW) : text)) found.set('mysql', [...(found.get('mysql') ?? []), 'versioned comment /*!']);
  // ClickHouse writes MySQL's `MODIFY`, `AFTER` and backticks and Postgres's casts; SQLite quotes
  // with backticks too: with their own marks there, those shared ones say nothing.
  if (found.has('clickhouse')) {
    without(found, 'mysql', ['MODIFY', 'AFTER', 'backticks']);
    without(found, 'postgres', ['::casts']);
  }
  if (found.has('sqlite')) without(found, 'mysql', ['backticks']);
  if (found.size !== 1) return undefined;
  const [[dialect, marks]] = [...found];
  return { dialect, by: `its content (${marks.slice(0, 3).join(', ')})` };
}

function without(found: Map<Dialect, string[]>, dialect: Dialect, marks: string[]): void {
  const left = (found.get(dialect) ?? []).filter((m) => !marks.includes(m));
  if (left.length > 0) found.set(dialect, left);
  else found.delete(dialect);
}
