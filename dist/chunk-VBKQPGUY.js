import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);

// src/wasm-flags.ts
import { setFlagsFromString } from "node:v8";
var WASM_FLAGS = "--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering";
var v8Major = Number(process.versions.v8.split(".")[0]);
if (v8Major >= 11 && v8Major <= 14) setFlagsFromString(WASM_FLAGS);

// src/compile-cache.ts
import nodeModule from "node:module";
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var MAX_DEPTH = 256;
function gitDirAbove(cwd, env = process.env) {
  if (env.GIT_DIR) return resolve(cwd, env.GIT_DIR);
  let dir = resolve(cwd);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const dotGit = join(dir, ".git");
    try {
      const stat = statSync(dotGit, { throwIfNoEntry: false });
      if (stat?.isDirectory()) return dotGit;
      if (stat?.isFile()) {
        const pointer = /^gitdir:[ \t]*(.+?)[ \t\r]*$/m.exec(readFileSync(dotGit, "utf8").slice(0, 4096));
        if (!pointer) return null;
        const gitDir = resolve(dir, pointer[1]);
        const common = statSync(join(gitDir, "commondir"), { throwIfNoEntry: false })?.isFile() ? readFileSync(join(gitDir, "commondir"), "utf8").slice(0, 4096).trim() : "";
        return common ? resolve(gitDir, common) : gitDir;
      }
    } catch {
      return null;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  return null;
}
function compileCacheDir(env, cwd, inRepository) {
  const setting = env.ROLLBACK_GUARD_CACHE?.trim();
  if (setting === "off" || setting === "0" || setting === "false") return null;
  if (setting) return join(resolve(setting), "compile");
  if (!inRepository) return null;
  const gitDir = gitDirAbove(cwd, env);
  return gitDir === null ? null : join(gitDir, "rollback-guard", "compile");
}
function startCompileCache(dir, api = nodeModule) {
  if (dir === null) return "off";
  if (typeof api.enableCompileCache !== "function") return "unsupported";
  try {
    const result = api.enableCompileCache(dir);
    return result?.status === 1 || result?.status === 2 ? "enabled" : "failed";
  } catch {
    return "failed";
  }
}
function cliCacheDir(args, env, cwd) {
  const command = args[0];
  const inRepository = command === "check" || command === "plan";
  let at = cwd;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === "--") break;
    if (args[i] === "--cwd" && i + 1 < args.length) at = resolve(cwd, args[i + 1]);
    else if (args[i].startsWith("--cwd=")) at = resolve(cwd, args[i].slice("--cwd=".length));
  }
  return compileCacheDir(env, at, inRepository);
}

export {
  compileCacheDir,
  startCompileCache,
  cliCacheDir
};
