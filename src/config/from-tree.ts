import type { Snapshot } from '../changes/types.js';
import { CONFIG_PATHS, parseConfig } from './load.js';
import { defaultConfig, type Config } from './types.js';

/**
 * The configuration as it is in a snapshot — always the BASE commit's, so a PR cannot switch the
 * gate off for itself. `explicitPath` (the Action's `config` input) must exist there.
 */
export function readConfigFromTree(tree: Snapshot, explicitPath?: string | null): Config {
  const candidates = explicitPath ? [explicitPath] : CONFIG_PATHS;
  for (const path of candidates) {
    const text = tree.read(path);
    if (text !== null) return parseConfig(text, path);
  }
  return defaultConfig();
}
