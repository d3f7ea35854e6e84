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
  /** The file the config was read from, if any. */
  source: string | null;
}

export function defaultConfig(): Config {
  return {
    migrations: { dialect: 'postgres', framework: 'auto' },
    rules: {},
    critical: { tables: [], endpoints: [] },
    allow: [],
    ignorePaths: [],
    source: null,
  };
}
