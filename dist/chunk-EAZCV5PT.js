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
} from "./chunk-O44ULNRH.js";
import {
  GitError
} from "./chunk-TAFVK2MW.js";
import "./chunk-CXNDO6TN.js";
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
