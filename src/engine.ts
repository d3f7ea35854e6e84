/**
 * The engine: a change set and a config in, a Report out. No I/O of its own (the parsers are
 * WASM modules loaded once by `prepareEngine`), so every test of the analysis is an in-memory call.
 */
import type { Dialect } from './config/types.js';
import type { Report } from './findings.js';
import { analyseMigrations, migrationDialects, migrationLanguages, migrationNeeds, prepareMigrations } from './migrations/analyse.js';
import { prepareCodeLanguages } from './migrations/code/registry.js';
import { changesDataFile } from './changes/file-kinds.js';
import { configChanged } from './config/changed.js';
import { loadContractAnalysis, loadedContractAnalysis, prepareContracts } from './engine-contracts.js';
import { afterAnalysis, annotateCodeReferences, type BackgroundSearch } from './code-refs/search.js';
import { runAnalysers, runAnalysersThen, type AnalysisInput, type AnalysisOutput, type EngineOptions } from './engine-core.js';
import { likelyCodeWords } from './code-refs/predict.js';

export type { AnalysisInput, AnalysisOutput, EngineOptions, FailOn } from './engine-core.js';
export { prepareContracts };

/**
 * Load the SQL parsers (WASM) once before `runEngine`: those of `dialects` (the config's dialect;
 * each parser costs 70-140 ms of start-up), or all of them.
 */
export async function prepareEngine(dialects?: readonly Dialect[]): Promise<void> {
  await Promise.all([prepareMigrations(dialects), prepareContracts()]);
}

/**
 * The SQL parsers alone, for `runEngineAsync` (which loads the contract readers when needed);
 * `changelogs: false` (from `engineNeeds`) leaves out the Liquibase changelog reader.
 */
export async function prepareSqlParsers(dialects: readonly Dialect[], options: { changelogs?: boolean } = {}): Promise<void> {
  await prepareMigrations(dialects, options);
}

/**
 * Whether the contract analysis of `input` can find anything: a file named to `contract`, or a
 * changed file that is YAML or JSON on either side (its first step skips every other file, and
 * nothing else reaches a contract: `$ref`s are followed from changed data files only). Without
 * one it returns nothing (`noContracts`), and its modules need not be loaded (engine-contracts.ts).
 */
export function contractsMayChange(input: AnalysisInput): boolean {
  if (input.force?.contracts?.length) return true;
  return input.changes.files.some(changesDataFile);
}

/** What the contract analysis returns for a PR that changes no YAML/JSON file (`contractsMayChange`). */
function noContracts(): AnalysisOutput {
  return { findings: [], suppressions: [], files: [] };
}

/** The contract analysis, synchronously (runEngine): loaded by prepareEngine / prepareContracts first, else an error, never a silent pass. */
function analyseContractsNow(input: AnalysisInput): AnalysisOutput {
  if (!contractsMayChange(input)) return noContracts();
  const analysis = loadedContractAnalysis();
  if (analysis === null) throw new Error('the contract analysis is not loaded: call prepareEngine() or prepareContracts() before runEngine()');
  return analysis.analyseContracts(input);
}

/**
 * The dialects whose parsers `runEngine(input)` needs: those the configuration fixes, else those
 * the PR's migrations are inferred to be written in (none when it changes no SQL file).
 */
export function engineDialects(input: AnalysisInput): Dialect[] {
  return migrationDialects(input);
}

/** `engineDialects`, and whether a Liquibase changelog may be read (`prepareSqlParsers(dialects, { changelogs })`). */
export function engineNeeds(input: AnalysisInput): { dialects: Dialect[]; changelogs: boolean } {
  return migrationNeeds(input);
}

const ANALYSERS = [analyseMigrations, analyseContractsNow, configChanged];

/** Every analyser: migrations, contracts, configuration changes; then the search of base code for what findings name. */
export function runEngine(input: AnalysisInput, options: EngineOptions = {}): Report {
  return runAnalysers(input, ANALYSERS, options, [annotateCodeReferences]);
}

const codeSearches = new WeakMap<AnalysisInput, BackgroundSearch>();

/**
 * Start the search of base code for the names the PR's migrations are likely to produce findings
 * about, in the background (a git process on the other core), before the parsers load: call it
 * first, then `runEngineAsync` with the same input. Nothing starts when the mode is `off`, the
 * snapshot cannot search (API fallback), or no changed SQL file names anything.
 */
export function startCodeSearch(input: AnalysisInput): void {
  const tree = input.changes.baseTree;
  if (input.config.codeReferences.mode === 'off' || !tree.prefetchWords) return;
  const words = likelyCodeWords(input);
  if (words.length === 0) return;
  const search: BackgroundSearch = { promise: tree.prefetchWords(words).catch(() => {}), done: false };
  void search.promise.then(() => (search.done = true));
  codeSearches.set(input, search);
}

/**
 * runEngine for an entry point: the code search `startCodeSearch` began is awaited after the
 * analysis (which ran beside it), and the contract readers (the YAML readers and ajv: ~50 ms of
 * start-up) load only when the analysis needs them: before it when it surely parses a contract
 * (`contractReadersWanted`), otherwise when it asks. It then stops with ReadersNotLoaded at the
 * first YAML file to parse or JSON Schema to meta-validate (a changed fragment that a YAML spec
 * `$ref`s), that reader loads and the contract analysis runs again (the change set keeps the file
 * reads and searches of the first run). A PR whose only YAML/JSON change is a package.json that no
 * contract `$ref`s loads neither. The SQL parsers are the caller's to load (`prepareSqlParsers`).
 */
export async function runEngineAsync(input: AnalysisInput, options: EngineOptions = {}): Promise<Report> {
  // Migrations written as code: their grammars, and the SQL parsers for the SQL strings inside them (lazily: none for a SQL-only PR).
  const languages = migrationLanguages(input);
  if (languages.length > 0) {
    const needs = migrationNeeds(input);
    await Promise.all([prepareCodeLanguages(languages), prepareMigrations(needs.dialects, needs)]);
  }
  let contracts: AnalysisOutput | null = null;
  if (!contractsMayChange(input)) contracts = noContracts();
  else {
    const analysis = await loadContractAnalysis();
    if (analysis.contractReadersWanted(input)) await prepareContracts();
    // Each stop loads one more reader (two in all): three runs at most.
    for (let run = 0; contracts === null; run++) {
      try {
        contracts = analysis.analyseContracts(input);
      } catch (error) {
        if (!(error instanceof analysis.ReadersNotLoaded) || run === 2) throw error;
        await (error.reader === 'yaml' ? analysis.prepareYaml() : analysis.prepareMeta());
      }
    }
  }
  const output = contracts;
  const analysers = [analyseMigrations, () => output, configChanged];
  const search = codeSearches.get(input);
  // The background search is waited for only when a finding names something to look for (afterAnalysis).
  const ready = (outputs: readonly AnalysisOutput[]): Promise<void> => (search ? afterAnalysis(input, outputs.flatMap((o) => o.findings), search) : Promise.resolve());
  return runAnalysersThen(input, analysers, options, [annotateCodeReferences], ready);
}
