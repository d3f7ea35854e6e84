import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  parseConfig
} from "./chunk-4F3NAQI7.js";
import {
  ConfigError
} from "./chunk-JQBOSFPS.js";
import {
  defaultConfig
} from "./chunk-D7BJUY6R.js";
import {
  CONFIG_PATHS
} from "./chunk-JODG5OJR.js";

// src/config/from-tree.ts
function readConfigFromTree(tree, explicitPath) {
  const candidates = explicitPath ? [explicitPath] : CONFIG_PATHS;
  tree.prefetch?.(candidates);
  for (const path of candidates) {
    const text = tree.read(path);
    if (text !== null) return parseConfig(text, path);
    const reason = tree.unreadable?.(path);
    if (reason) throw new ConfigError(`${path} in the base commit cannot be read (${reason}); the configuration must be a file inside the repository (a symbolic link to one is followed).`);
  }
  return defaultConfig();
}
function baseConfig(changes, explicitPath, warn) {
  try {
    return readConfigFromTree(changes.baseTree, explicitPath);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const candidates = explicitPath ? [explicitPath] : CONFIG_PATHS;
    const repair = changes.files.find((f) => candidates.includes(f.path) && f.status !== "deleted");
    if (!repair) throw error;
    const text = changes.headTree.read(repair.path);
    try {
      if (text !== null) parseConfig(text, repair.path);
    } catch {
      throw error;
    }
    warn(
      `${error.message.replace(/\.$/, "")}. This PR repairs ${repair.path}, so it is checked with the default configuration; the repaired one applies after merge.`
    );
    return defaultConfig();
  }
}

export {
  readConfigFromTree,
  baseConfig
};
