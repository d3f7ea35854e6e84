import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  GitError,
  decode,
  isSafeRelative
} from "./chunk-BE73EE2O.js";
import {
  MAX_FILE_BYTES
} from "./chunk-6AR2CUFH.js";
import {
  DATA_FILE,
  isSqlFileName
} from "./chunk-DVXSQJ6Y.js";

// src/changes/git.ts
import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
function git(args, cwd, maxBuffer = 256 * 1024 * 1024) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    maxBuffer,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
  });
}
function tryGit(args, cwd) {
  try {
    return git(args, cwd);
  } catch {
    return null;
  }
}
function repoRoot(cwd) {
  const root = tryGit(["rev-parse", "--show-toplevel"], cwd);
  if (root === null) throw new GitError(`${cwd} is not inside a git repository; run rollback-guard check in one, or use \`rollback-guard sql\` / \`contract\` on loose files.`);
  return root.trim();
}
function hasCommit(rev, cwd) {
  return tryGit(["cat-file", "-e", `${rev}^{commit}`], cwd) !== null;
}
function resolveCommit(rev, options) {
  const verify = () => tryGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], options.cwd);
  let sha = verify();
  if (sha === null && /^[0-9a-f]{7,40}$/.test(rev)) {
    options.log?.(`rollback-guard: commit ${rev} is not in this (shallow?) checkout; fetching just that commit from origin.`);
    tryGit(["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", rev], options.cwd);
    sha = verify();
  }
  if (sha === null) throw new GitError(`cannot find commit '${rev}' in ${options.cwd}; fetch it (actions/checkout with fetch-depth: 0) or pass another --base/--head.`);
  return sha.trim();
}
var DEFAULT_BRANCHES = ["origin/HEAD", "origin/main", "origin/master", "main", "master"];
function defaultBase(cwd) {
  for (const branch of DEFAULT_BRANCHES) {
    if (!hasCommit(branch, cwd)) continue;
    const base = tryGit(["merge-base", "HEAD", branch], cwd);
    if (base) return base.trim();
  }
  return null;
}
function parseNameStatus(out) {
  const parts = out.split("\0").filter((p) => p.length > 0);
  const files = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    const code = status[0];
    if (code === "R") {
      const oldPath = parts[i++];
      const path = parts[i++];
      files.push({ path, oldPath, status: "renamed" });
    } else if (code === "C") {
      i++;
      files.push({ path: parts[i++], status: "added" });
    } else {
      const path = parts[i++];
      files.push({ path, status: code === "A" ? "added" : code === "D" ? "deleted" : "modified" });
    }
  }
  return files;
}
function gitChangeSet(base, head, options) {
  const root = repoRoot(options.cwd);
  const baseSha = resolveCommit(base, { ...options, cwd: root });
  const headSha = head === null ? null : resolveCommit(head, { ...options, cwd: root });
  const skipped = [];
  const forkPoint = tryGit(["merge-base", baseSha, headSha ?? "HEAD"], root)?.trim() || baseSha;
  const diffArgs = ["diff", "--name-status", "-z", "-M", "--no-ext-diff", forkPoint];
  if (headSha) diffArgs.push(headSha);
  const files = parseNameStatus(git([...diffArgs, "--"], root));
  if (headSha === null) {
    const untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0").filter((p) => p.length > 0);
    for (const path of untracked) files.push({ path, status: "added" });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const changed = new Set(files.flatMap((f) => [f.path, f.oldPath ?? f.path]));
  const noteSkip = (path, reason) => {
    if (changed.has(path) && !skipped.some((s) => s.file === path)) skipped.push({ file: path, reason });
  };
  const read = (path) => isSqlFileName(path) || DATA_FILE.test(path);
  const inBase = files.filter((f) => f.status !== "added" && read(f.oldPath ?? f.path)).map((f) => f.oldPath ?? f.path);
  const inHead = files.filter((f) => f.status !== "deleted" && read(f.path)).map((f) => f.path);
  return {
    base: baseSha,
    head: headSha ?? "worktree",
    files,
    baseTree: commitSnapshot(baseSha, root, noteSkip, inBase),
    headTree: headSha ? commitSnapshot(headSha, root, noteSkip, inHead) : worktreeSnapshot(root, noteSkip),
    skipped
  };
}
function commitSnapshot(sha, root, noteSkip = () => {
}, together = []) {
  let listing = null;
  const cache = /* @__PURE__ */ new Map();
  const group = new Set(together);
  const snapshot = {
    list() {
      listing ??= git(["ls-tree", "-r", "-z", "--name-only", sha], root).split("\0").filter((p) => p.length > 0);
      return listing;
    },
    read(path) {
      if (!cache.has(path) && group.has(path)) {
        snapshot.prefetch?.([...group]);
        group.clear();
      }
      if (!cache.has(path)) cache.set(path, isSafeRelative(path) ? readBlob(sha, path, root, noteSkip) : null);
      return cache.get(path) ?? null;
    },
    prefetch(paths) {
      const wanted = [...new Set(paths)].filter((p) => !cache.has(p) && isSafeRelative(p) && !/[\n\r]/.test(p));
      if (wanted.length < 2) return;
      try {
        for (const [path, blob] of readBlobs(sha, wanted, root)) cache.set(path, blob === null ? null : decode(blob, path, noteSkip));
      } catch {
      }
    }
  };
  return snapshot;
}
function readBlob(sha, path, root, noteSkip) {
  try {
    const buffer = execFileSync("git", ["cat-file", "blob", `${sha}:${path}`], {
      cwd: root,
      maxBuffer: MAX_FILE_BYTES + 1,
      stdio: ["ignore", "pipe", "ignore"]
    });
    return decode(buffer, path, noteSkip);
  } catch (error) {
    if (error.code === "ENOBUFS") noteSkip(path, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    return null;
  }
}
var BATCH_BYTES = 256 * 1024 * 1024;
function readBlobs(sha, paths, root) {
  const out = execFileSync("git", ["cat-file", "--batch"], {
    cwd: root,
    input: paths.map((p) => `${sha}:${p}
`).join(""),
    maxBuffer: BATCH_BYTES,
    stdio: ["pipe", "pipe", "ignore"]
  });
  const blobs = /* @__PURE__ */ new Map();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    if (eol === -1) break;
    const header = out.subarray(at, eol).toString("utf8");
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!m) {
      blobs.set(path, null);
      at = eol + 1;
      continue;
    }
    const size = Number(m[2]);
    blobs.set(path, m[1] === "blob" ? out.subarray(eol + 1, eol + 1 + size) : null);
    at = eol + 1 + size + 1;
  }
  return blobs;
}
function worktreeSnapshot(root, noteSkip = () => {
}) {
  let listing = null;
  const realRoot = realpathSync(root);
  return {
    list() {
      listing ??= git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root).split("\0").filter((p) => p.length > 0);
      return listing;
    },
    read(path) {
      if (!isSafeRelative(path)) return null;
      const full = join(root, path);
      try {
        const real = realpathSync(full);
        if (relative(realRoot, real).startsWith(`..${sep}`) || !lstatSync(full).isFile()) return null;
        return decode(readFileSync(real), path, noteSkip);
      } catch {
        return null;
      }
    }
  };
}

export {
  git,
  repoRoot,
  hasCommit,
  resolveCommit,
  defaultBase,
  parseNameStatus,
  gitChangeSet,
  commitSnapshot,
  worktreeSnapshot
};
