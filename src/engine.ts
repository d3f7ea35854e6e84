/**
 * The engine: a change set and a config in, a Report out. No I/O of its own (the parsers are
 * WASM modules loaded once by `prepareEngine`), so every test of the analysis is an in-memory call.
 */
import type { Dialect } from './config/types.js';
import type { Report } from './findings.js';
import { analyseMigrations, migrationDialects, prepareMigrations } from './migrations/analyse.js';
import { analyseContracts } from './contracts/analyse.js';
import { prepareMeta } from './contracts/meta.js';
import { prepareYaml } from './contracts/load.js';
import { configChanged } from './config/changed.js';
import { annotateCodeReferences } from './code-refs/search.js';
import { runAnalysers, type AnalysisInput, type EngineOptions } from './engine-core.js';

export type { AnalysisInput, AnalysisOutput, EngineOptions, FailOn } from './engine-core.js';

/**
 * Load the SQL parsers (WASM) once before `runEngine`: those of `dialects` (the config's dialect;
 * each parser costs 70-140 ms of start-up), or all of them.
 */
export async function prepareEngine(dialects?: readonly Dialect[]): Promise<void> {
  await Promise.all([prepareMigrations(dialects), prepareContracts()]);
}

/** Load what the contract analysis needs (the YAML readers, ajv for meta-validation): for a caller that skips prepareEngine. */
export async function prepareContracts(): Promise<void> {
  await Promise.all([prepareMeta(), prepareYaml()]);
}

/**
 * The dialects whose parsers `runEngine(input)` needs: those the configuration fixes, else those
 * the PR's migrations are inferred to be written in (none when it changes no SQL file).
 */
export function engineDialects(input: AnalysisInput): Dialect[] {
  return migrationDialects(input);
}

/** Every analyser: migrations, contracts, configuration changes; then the search of base code for what findings name. */
export function runEngine(input: AnalysisInput, options: EngineOptions = {}): Report {
  return runAnalysers(input, [analyseMigrations, analyseContracts, configChanged], options, [annotateCodeReferences]);
}
