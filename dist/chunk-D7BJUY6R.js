import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/config/types.ts
var DIALECTS = ["postgres", "cockroach", "mysql", "mariadb", "sqlite", "mssql", "clickhouse", "h2"];
function defaultConfig() {
  return {
    migrations: [{ framework: "auto" }],
    rules: {},
    critical: { tables: [], endpoints: [] },
    scenarios: [],
    allow: [],
    ignorePaths: [],
    released: "tags",
    releaseTags: [],
    codeReferences: { mode: "downgrade", paths: [], ignore: [] },
    approvals: { required: true, label: null },
    source: null
  };
}
function fixedDialects(config) {
  const out = /* @__PURE__ */ new Set();
  for (const set of config.migrations) {
    if (set.dialect === void 0) return void 0;
    out.add(set.dialect);
  }
  return [...out];
}

export {
  DIALECTS,
  defaultConfig,
  fixedDialects
};
