/**
 * The contract analysis, loaded on demand: its modules (~150 KB bundled: the OpenAPI, AsyncAPI and
 * JSON Schema differs, the `$ref` resolver) are imported only for a PR that may change a contract
 * (`contractsMayChange` in engine.ts), so a SQL-only or code-only PR never compiles them. Kept apart
 * from engine.ts so that a caller (the test setup) can load it without the rest of the engine.
 */
export type ContractAnalysis = typeof import('./contracts/analyse.js') &
  Pick<typeof import('./contracts/load.js'), 'prepareYaml' | 'ReadersNotLoaded'> &
  Pick<typeof import('./contracts/meta.js'), 'prepareMeta'>;

let loaded: ContractAnalysis | null = null;
let loading: Promise<ContractAnalysis> | null = null;

/** The contract analysis's modules (not its readers: `prepareContracts`). */
export function loadContractAnalysis(): Promise<ContractAnalysis> {
  loading ??= Promise.all([import('./contracts/analyse.js'), import('./contracts/load.js'), import('./contracts/meta.js')]).then(
    ([analyse, load, meta]) => (loaded = { ...analyse, prepareYaml: load.prepareYaml, ReadersNotLoaded: load.ReadersNotLoaded, prepareMeta: meta.prepareMeta }),
  );
  return loading;
}

/** The contract analysis when `loadContractAnalysis` has loaded it, else null. */
export function loadedContractAnalysis(): ContractAnalysis | null {
  return loaded;
}

/** Load what the contract analysis needs (its modules, the YAML readers, ajv for meta-validation): for a caller that skips prepareEngine. */
export async function prepareContracts(): Promise<void> {
  const contracts = await loadContractAnalysis();
  await Promise.all([contracts.prepareMeta(), contracts.prepareYaml()]);
}
