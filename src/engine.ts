/**
 * The engine: a change set and a config in, a Report out. No I/O of its own (the parsers are
 * WASM modules loaded once by `prepareEngine`), so every test of the analysis is an in-memory call.
 */
import type { ChangeSet } from './changes/types.js';
import type { Config, Dialect } from './config/types.js';
import type { RawFinding, Report, Suppression } from './findings.js';
import { analyseMigrations, prepareMigrations } from './migrations/analyse.js';
import { analyseContracts } from './contracts/analyse.js';
import { applyPolicy } from './policy/policy.js';
import { configChanged } from './config/changed.js';

export interface AnalysisInput {
  changes: ChangeSet;
  config: Config;
  /** Paths that are contracts or migrations whatever auto-detection says (the `sql`/`contract` commands). */
  force?: {
    migrations?: string[];
    /** A contract file; without a role it is detected (OpenAPI: api, standalone JSON Schema: event). */
    contracts?: { path: string; role?: 'api' | 'event' }[];
  };
}

export interface AnalysisOutput {
  findings: RawFinding[];
  suppressions: Suppression[];
  /** Files this analyser looked at. */
  files: string[];
  /** Forward migrations of the PR, in the order they apply (for the rollback instruction). */
  migrations?: string[];
}

export interface EngineOptions {
  /** `YYYY-MM-DD`; decides whether `allow` entries have expired. Defaults to today (UTC). */
  today?: string;
  /** Lowest severity that fails the verdict (`never`: always pass). Default `error`. */
  failOn?: FailOn;
}

export type FailOn = 'error' | 'warning' | 'never';

/**
 * Load the SQL parsers (WASM) once before `runEngine`: those of `dialects` (the config's dialect;
 * each parser costs 70-140 ms of start-up), or all of them.
 */
export async function prepareEngine(dialects?: readonly Dialect[]): Promise<void> {
  await prepareMigrations(dialects);
}

export function runEngine(input: AnalysisInput, options: EngineOptions = {}): Report {
  const outputs = [analyseMigrations(input), analyseContracts(input), configChanged(input)];
  const raw = outputs.flatMap((o) => o.findings);
  const suppressions = outputs.flatMap((o) => o.suppressions);
  const files = new Set(outputs.flatMap((o) => o.files));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const { findings, summary, verdict } = applyPolicy(raw, suppressions, input.config, {
    today,
    failOn: options.failOn ?? 'error',
  });
  return {
    version: 1,
    verdict,
    base: input.changes.base,
    head: input.changes.head,
    summary: { ...summary, filesAnalyzed: files.size },
    findings,
    skipped: input.changes.skipped,
    migrations: outputs.flatMap((o) => o.migrations ?? []),
  };
}
