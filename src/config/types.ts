import type { ConfiguredSeverity } from '../findings.js';

export const DIALECTS = ['postgres', 'cockroach', 'mysql', 'mariadb', 'sqlite', 'mssql'] as const;
export type Dialect = (typeof DIALECTS)[number];

export const FRAMEWORKS = [
  'auto', 'flyway', 'golang-migrate', 'sqlx', 'diesel', 'goose', 'dbmate', 'sqitch', 'prisma', 'liquibase', 'plain',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export type ContractRole = 'api' | 'event';

export interface AllowEntry {
  rule: string;
  /** Exact object, or a glob with `*` (e.g. `users.*`). Absent: every object of the rule. */
  object?: string;
  /** Restrict to a file glob. */
  file?: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); the entry stops applying after that day. */
  until?: string;
}

export interface Config {
  migrations: {
    /** Globs; undefined means auto-detect (SPEC 5). */
    paths?: string[];
    dialect: Dialect;
    framework: Framework;
  };
  /** Undefined means auto-detect. */
  contracts?: { path: string; role: ContractRole }[];
  rules: Record<string, ConfiguredSeverity>;
  critical: { tables: string[]; endpoints: string[] };
  allow: AllowEntry[];
  ignorePaths: string[];
  /**
   * `down-migrations` (SPEC 8): `forbid` (every down migration a PR adds or changes is an error),
   * `warn` (a warning), `allow` (not reported). Undefined: an error where the PR brings down
   * migrations into a set that has none, a warning where base already keeps them.
   */
  downMigrations?: DownMigrations;
  /**
   * `released`: when a base migration counts as shipped (editing or deleting it is then
   * edited-/deleted-migration): `tags` (a release tag has it; the default) or `merged` (once in base).
   */
  released: 'tags' | 'merged';
  /** `release-tags`: globs of the tag names that are releases (`!glob` leaves some out); empty: every tag. */
  releaseTags: string[];
  /** The file the config was read from, if any. */
  source: string | null;
}

export const DOWN_MIGRATIONS = ['forbid', 'warn', 'allow'] as const;
export type DownMigrations = (typeof DOWN_MIGRATIONS)[number];

export function defaultConfig(): Config {
  return {
    migrations: { dialect: 'postgres', framework: 'auto' },
    rules: {},
    critical: { tables: [], endpoints: [] },
    allow: [],
    ignorePaths: [],
    released: 'tags',
    releaseTags: [],
    source: null,
  };
}
