import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/config/errors.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};

// src/config/types.ts
var DIALECTS = ["postgres", "cockroach", "mysql", "mariadb", "sqlite", "mssql"];
function defaultConfig() {
  return {
    migrations: { dialect: "postgres", framework: "auto" },
    rules: {},
    critical: { tables: [], endpoints: [] },
    allow: [],
    ignorePaths: [],
    source: null
  };
}

export {
  ConfigError,
  DIALECTS,
  defaultConfig
};
