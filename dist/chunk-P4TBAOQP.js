import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  globMatcher
} from "./chunk-NXP7S4WX.js";

// src/config/ignored.ts
function ignoredPaths(config) {
  return globMatcher(config.ignorePaths);
}

// src/policy/suppression-body.ts
function parseSuppressionBody(body) {
  const colon = body.indexOf(":");
  const list = colon === -1 ? body : body.slice(0, colon);
  const reason = colon === -1 ? null : body.slice(colon + 1).trim() || null;
  const rules = list.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return { rules, reason };
}

export {
  ignoredPaths,
  parseSuppressionBody
};
