import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  defaultConfig
} from "./chunk-D7BJUY6R.js";
import {
  CONFIG_PATHS
} from "./chunk-JODG5OJR.js";

// src/config/base.ts
async function loadBaseConfig(changes, explicitPath, warn) {
  const candidates = candidatesOf(explicitPath);
  changes.baseTree.prefetch?.(candidates);
  if (candidates.every((path) => changes.baseTree.read(path) === null && !changes.baseTree.unreadable?.(path))) return defaultConfig();
  const { baseConfig } = await import("./chunk-T6KIGNKK.js");
  return baseConfig(changes, explicitPath, warn);
}
async function prefetchBaseConfig(changes, explicitPath) {
  await changes.baseTree.prefetchAsync?.(candidatesOf(explicitPath));
}
function candidatesOf(explicitPath) {
  return explicitPath ? [explicitPath] : CONFIG_PATHS;
}

export {
  loadBaseConfig,
  prefetchBaseConfig
};
