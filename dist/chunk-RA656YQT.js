import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ForkPointError,
  ReadPair,
  commitSnapshot,
  defaultBase,
  forkPointOf,
  git,
  gitAsync,
  gitChangeSet,
  gitChangeSetAsync,
  hasCommit,
  parseNameStatus,
  parseRawDiff,
  readBlobsById,
  repoRoot,
  repoRootWith,
  repoRootWithAsync,
  resolveCommit,
  runGit,
  worktreeSnapshot
} from "./chunk-UZ57K3HJ.js";
import {
  GitError
} from "./chunk-R5XSFKKQ.js";
import "./chunk-5SYVZ6D5.js";
import "./chunk-OKPMEVZ6.js";
import "./chunk-NXP7S4WX.js";
import "./chunk-U623IIGW.js";
export {
  ForkPointError,
  GitError,
  ReadPair,
  commitSnapshot,
  defaultBase,
  forkPointOf,
  git,
  gitAsync,
  gitChangeSet,
  gitChangeSetAsync,
  hasCommit,
  parseNameStatus,
  parseRawDiff,
  readBlobsById,
  repoRoot,
  repoRootWith,
  repoRootWithAsync,
  resolveCommit,
  runGit,
  worktreeSnapshot
};
