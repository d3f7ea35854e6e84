import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  MAX_FILE_BYTES
} from "./chunk-6AR2CUFH.js";

// src/changes/files.ts
function decode(buffer, path, noteSkip) {
  if (buffer.length > MAX_FILE_BYTES) {
    noteSkip(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
  if (buffer.subarray(0, 8e3).includes(0)) {
    noteSkip(path, "binary file");
    return null;
  }
  return buffer.toString("utf8");
}
function isSafeRelative(path) {
  return path.length > 0 && !path.startsWith("/") && !path.split("/").includes("..") && !path.includes("\0");
}

// src/changes/git-error.ts
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};

export {
  decode,
  isSafeRelative,
  GitError
};
