import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/config/paths.ts
var CONFIG_PATHS = [".github/rollback-guard.yml", ".github/rollback-guard.yaml", ".rollback-guard.yml", ".rollback-guard.yaml"];

export {
  CONFIG_PATHS
};
