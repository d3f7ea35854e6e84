import type { ChangeSet, Snapshot } from '../changes/types.js';
import { CONFIG_PATHS, parseConfig } from './load.js';
import { ConfigError } from './errors.js';
import { defaultConfig, type Config } from './types.js';

/**
 * The configuration as it is in a snapshot — always the BASE commit's, so a PR cannot switch the
 * gate off for itself. `explicitPath` (the Action's `config` input) is looked up there only.
 */
export function readConfigFromTree(tree: Snapshot, explicitPath?: string | null): Config {
  const candidates = explicitPath ? [explicitPath] : CONFIG_PATHS;
  tree.prefetch?.(candidates); // from git: one batch read for all of them, most of which are absent
  for (const path of candidates) {
    const text = tree.read(path);
    if (text !== null) return parseConfig(text, path);
    // There but unreadable (a symbolic link out of the repository, dangling or looping; too large):
    // never the defaults in its place.
    const reason = tree.unreadable?.(path);
    if (reason) throw new ConfigError(`${path} in the base commit cannot be read (${reason}); the configuration must be a file inside the repository (a symbolic link to one is followed).`);
  }
  return defaultConfig();
}

/**
 * The base configuration of a change set. When it is invalid, every PR stops with exit 2 — including
 * the PR that repairs it, which would deadlock the repository. So a PR that edits the broken file
 * (and whose version of it validates) runs with the DEFAULT configuration, never with its own: it
 * still cannot relax the gate for itself. `warn` says so once.
 */
export function baseConfig(changes: ChangeSet, explicitPath: string | null | undefined, warn: (message: string) => void): Config {
  try {
    return readConfigFromTree(changes.baseTree, explicitPath);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const candidates = explicitPath ? [explicitPath] : CONFIG_PATHS;
    const repair = changes.files.find((f) => candidates.includes(f.path) && f.status !== 'deleted');
    if (!repair) throw error;
    const text = changes.headTree.read(repair.path);
    try {
      if (text !== null) parseConfig(text, repair.path);
    } catch {
      throw error; // the PR's version is broken too: report the base error as usual
    }
    warn(
      `${error.message.replace(/\.$/, '')}. This PR repairs ${repair.path}, so it is checked with the default configuration; the repaired one applies after merge.`,
    );
    return defaultConfig();
  }
}
