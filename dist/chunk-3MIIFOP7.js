import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/findings.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function docsPath(ruleId) {
  return `docs/rules/${ruleId}.md`;
}

export {
  SEVERITY_RANK,
  docsPath
};
