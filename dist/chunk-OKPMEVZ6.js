import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/changes/file-kinds.ts
function isSqlFileName(path) {
  return /\.(?:sql(?:\.(?:postgres|sqlite|mysql))?|sqm)$/i.test(path);
}
var DATA_FILE = /\.(ya?ml|json)$/i;
function changesDataFile(file) {
  return DATA_FILE.test(file.path) || file.oldPath !== void 0 && DATA_FILE.test(file.oldPath);
}
function isAnalysedFileName(path) {
  return isSqlFileName(path) || DATA_FILE.test(path) || /\.xml$/i.test(path);
}
function touchesSqlFile(files) {
  return touches(files, isSqlFileName);
}
function touches(files, kind) {
  return files.some((f) => kind(f.path) || f.oldPath !== void 0 && kind(f.oldPath));
}

export {
  isSqlFileName,
  DATA_FILE,
  changesDataFile,
  isAnalysedFileName,
  touchesSqlFile
};
