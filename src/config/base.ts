import type { ChangeSet } from '../changes/types.js';
import { CONFIG_PATHS } from './paths.js';
import { defaultConfig, type Config } from './types.js';

/**
 * The base commit's configuration (`baseConfig`), with its parser and validator (yaml, ajv: ~0.5 MB
 * of bundle) loaded only when a config file is there (or is there but unreadable, which is an
 * error): most repositories have none, and the defaults need neither. Shared by the Action and
 * `rollback-guard check`; the reads are the ones `readConfigFromTree` makes (one batch).
 */
export async function loadBaseConfig(changes: ChangeSet, explicitPath: string | null | undefined, warn: (message: string) => void): Promise<Config> {
  const candidates = candidatesOf(explicitPath);
  changes.baseTree.prefetch?.(candidates);
  if (candidates.every((path) => changes.baseTree.read(path) === null && !changes.baseTree.unreadable?.(path))) return defaultConfig();
  const { baseConfig } = await import('./from-tree.js');
  return baseConfig(changes, explicitPath, warn);
}

/**
 * The reads `loadBaseConfig(changes, explicitPath)` makes first, with git run asynchronously
 * (`prefetchAsync`; the CLI's modules load meanwhile): awaited before it, it then asks git nothing
 * for them. A snapshot without it (the working tree, the API) reads as before.
 */
export async function prefetchBaseConfig(changes: ChangeSet, explicitPath: string | null | undefined): Promise<void> {
  await changes.baseTree.prefetchAsync?.(candidatesOf(explicitPath));
}

/** The configuration files looked for: the one named, else the default places. */
function candidatesOf(explicitPath: string | null | undefined): string[] {
  return explicitPath ? [explicitPath] : CONFIG_PATHS;
}
