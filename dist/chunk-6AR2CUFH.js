import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/changes/types.ts
var MAX_FILE_BYTES = 20 * 1024 * 1024;
function memorySnapshot(files) {
  const map = new Map(Object.entries(files));
  return {
    list: () => [...map.keys()].sort(),
    read: (path) => map.get(path) ?? null
  };
}
function changeSetFromTrees(baseFiles, headFiles, refs = {}) {
  const files = [];
  const paths = /* @__PURE__ */ new Set([...Object.keys(baseFiles), ...Object.keys(headFiles)]);
  for (const path of [...paths].sort()) {
    const before = baseFiles[path];
    const after = headFiles[path];
    if (before === void 0) files.push({ path, status: "added" });
    else if (after === void 0) files.push({ path, status: "deleted" });
    else if (before !== after) files.push({ path, status: "modified" });
  }
  return {
    base: refs.base ?? "base",
    head: refs.head ?? "head",
    files,
    baseTree: memorySnapshot(baseFiles),
    headTree: memorySnapshot(headFiles),
    skipped: []
  };
}

export {
  MAX_FILE_BYTES,
  memorySnapshot,
  changeSetFromTrees
};
