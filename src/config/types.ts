import type { ConfiguredSeverity } from '../findings.js';

/**
 * SQL dialects. ClickHouse and H2 have no parser of their own: sqlparser-rs's ClickHouse and generic
 * grammars and the keyword reading read what they can, the rest is `unparsed-statement` (docs/detection.md).
 */
export const DIALECTS = ['postgres', 'cockroach', 'mysql', 'mariadb', 'sqlite', 'mssql', 'clickhouse', 'h2'] as const;
export type Dialect = (typeof DIALECTS)[number];

export const FRAMEWORKS = [
  'auto', 'flyway', 'golang-migrate', 'sqlx', 'diesel', 'goose', 'dbmate', 'sqitch', 'prisma', 'liquibase', 'plain',
  // Migrations written as code (src/migrations/code/registry.ts).
  'django', 'alembic', 'rails', 'laravel', 'ef-core', 'knex', 'sequelize', 'typeorm', 'doctrine',
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

/**
 * A mission-critical scenario (docs/scenarios.md): what it relies on. Every list is optional; a
 * finding that touches any entry names the scenario and is an error.
 */
export interface Scenario {
  name: string;
  /** Tables, `orders` or `sales.orders` (globs allowed); an unqualified name matches it in any schema. */
  tables: string[];
  /** `table.column` (`orders.total`, `orders.*`, `sales.orders.total`). */
  columns: string[];
  /** `METHOD /path` globs (`POST /orders`, `* /orders/**`); a path alone means any method. */
  endpoints: string[];
  /** Event or message names (AsyncAPI), or an event contract file's name without its extensions. */
  events: string[];
  /** File globs: a finding in a matching file touches the scenario. */
  files: string[];
}

/** One migration set (SPEC 8): its files share one schema history per dialect. */
export interface MigrationSet {
  /** Globs; undefined means auto-detect (SPEC 5). Required in the list form of `migrations`. */
  paths?: string[];
  /** The dialect of every file of the set; undefined: inferred per file (name, folder, content), else postgres. */
  dialect?: Dialect;
  framework: Framework;
  /** Schema files (globs) read into the set's history before its migrations; undefined: detected. */
  baseline?: string[];
}

export interface Config {
  /** The migration sets, in the order a file is matched against them; the single-object form is one set. */
  migrations: MigrationSet[];
  /** Undefined means auto-detect. */
  contracts?: { path: string; role: ContractRole }[];
  rules: Record<string, ConfiguredSeverity>;
  critical: { tables: string[]; endpoints: string[] };
  /** `scenarios` (SPEC 8, docs/scenarios.md): named mission-critical scenarios; `critical` is an unnamed one. */
  scenarios: Scenario[];
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
  /** `release-tags`: globs of the tag names that are releases (`!glob` leaves some out); empty: every tag that names a version (`releases.ts` looksLikeRelease). */
  releaseTags: string[];
  /**
   * `code-references` (SPEC 8, docs/code-references.md): whether findings look for the base
   * commit's code that uses what they name. `downgrade` (default): evidence on the finding, and an
   * error whose object nothing uses becomes a warning; `evidence-only`: evidence, never a
   * downgrade; `off`: no search. `paths`: where the application code is (globs; empty: every
   * tracked file); `ignore`: globs left out besides the defaults (tests, docs, migrations,
   * vendored and generated folders).
   */
  codeReferences: { mode: CodeReferencesMode; paths: string[]; ignore: string[] };
  /**
   * `approvals` (SPEC 8, docs/approvals.md): a suppression or `allow` entry the PR adds takes effect
   * only once someone other than its author approves (`required`, default true); `label`: a label
   * that approves when such a person applies it.
   */
  approvals: { required: boolean; label: string | null };
  /** The file the config was read from, if any. */
  source: string | null;
}

export const CODE_REFERENCES_MODES = ['downgrade', 'evidence-only', 'off'] as const;
export type CodeReferencesMode = (typeof CODE_REFERENCES_MODES)[number];

export const DOWN_MIGRATIONS = ['forbid', 'warn', 'allow'] as const;
export type DownMigrations = (typeof DOWN_MIGRATIONS)[number];

export function defaultConfig(): Config {
  return {
    migrations: [{ framework: 'auto' }],
    rules: {},
    critical: { tables: [], endpoints: [] },
    scenarios: [],
    allow: [],
    ignorePaths: [],
    released: 'tags',
    releaseTags: [],
    codeReferences: { mode: 'downgrade', paths: [], ignore: [] },
    approvals: { required: true, label: null },
    source: null,
  };
}

/** The dialects the configuration fixes, or undefined when a set leaves its files' dialect to inference. */
export function fixedDialects(config: Config): Dialect[] | undefined {
  const out = new Set<Dialect>();
  for (const set of config.migrations) {
    if (set.dialect === undefined) return undefined;
    out.add(set.dialect);
  }
  return [...out];
}
