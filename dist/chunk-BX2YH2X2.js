import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  commitSnapshot,
  defaultBase,
  git,
  gitChangeSet,
  hasCommit,
  parseNameStatus,
  repoRoot,
  resolveCommit,
  worktreeSnapshot
} from "./chunk-E7BFKRJW.js";
import {
  GitError
} from "./chunk-BE73EE2O.js";
import "./chunk-6AR2CUFH.js";
import "./chunk-DVXSQJ6Y.js";
import "./chunk-U623IIGW.js";
export {
  GitError,
  commitSnapshot,
  defaultBase,
  git,
  gitChangeSet,
  hasCommit,
  parseNameStatus,
  repoRoot,
  resolveCommit,
  worktreeSnapshot
};
