import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ForkPointError,
  commitSnapshot,
  defaultBase,
  forkPointOf,
  git,
  gitChangeSet,
  hasCommit,
  parseNameStatus,
  parseRawDiff,
  readBlobsById,
  repoRoot,
  resolveCommit,
  worktreeSnapshot
} from "./chunk-BPDNXTCT.js";
import {
  GitError
} from "./chunk-S4ZVJ3YV.js";
import "./chunk-UDNYRACQ.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-DQTDHHJL.js";
import "./chunk-U623IIGW.js";
export {
  ForkPointError,
  GitError,
  commitSnapshot,
  defaultBase,
  forkPointOf,
  git,
  gitChangeSet,
  hasCommit,
  parseNameStatus,
  parseRawDiff,
  readBlobsById,
  repoRoot,
  resolveCommit,
  worktreeSnapshot
};
