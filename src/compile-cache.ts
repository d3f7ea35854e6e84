/**
 * Node's module compile cache for the bundle's own chunks (docs/cache.md): on Node 22.1 and later
 * (`module.enableCompileCache`; the Action runs on Node 24), V8's compiled code of each chunk is kept
 * in `compile/` beside the replay cache, so a run on the same build compiles less of its ~1 MB of
 * JavaScript. Node checks every entry against the chunk's text and its own version and flags: an entry
 * that does not match, cannot be read or is damaged is compiled again. Nothing from the repository
 * under test is compiled or cached; the result of a run never depends on it. Off with
 * `ROLLBACK_GUARD_CACHE=off`; Node 20 (no such API) runs as before.
 *
 * The entry points call `startCompileCache` before they import anything else of the bundle.
 */
import nodeModule from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** How deep a folder may sit under the file system's root (a bound for the walk up to `.git`). */
const MAX_DEPTH = 256;

/**
 * The repository's git directory (shared by its worktrees) that `git rev-parse --git-common-dir`
 * would name from `cwd`, found without a git process: `$GIT_DIR`, else the nearest `.git` above
 * `cwd`, a folder, or a file saying `gitdir: …` (a worktree: its `commondir`; a submodule). Null
 * when there is none or it cannot be read.
 */
export function gitDirAbove(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GIT_DIR) return resolve(cwd, env.GIT_DIR);
  let dir = resolve(cwd);
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const dotGit = join(dir, '.git');
    try {
      const stat = statSync(dotGit, { throwIfNoEntry: false });
      if (stat?.isDirectory()) return dotGit;
      if (stat?.isFile()) {
        const pointer = /^gitdir:[ \t]*(.+?)[ \t\r]*$/m.exec(readFileSync(dotGit, 'utf8').slice(0, 4096));
        if (!pointer) return null;
        const gitDir = resolve(dir, pointer[1]);
        const common = statSync(join(gitDir, 'commondir'), { throwIfNoEntry: false })?.isFile() ? readFileSync(join(gitDir, 'commondir'), 'utf8').slice(0, 4096).trim() : '';
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

/**
 * The compile cache's folder: `compile/` in the folder `ROLLBACK_GUARD_CACHE` names, none when it
 * is `off`; else, for a run in a repository (`inRepository`: the CLI's `check` and `plan`, the
 * Action), `rollback-guard/compile/` in its git directory; else none (`sql` and `contract` on loose
 * files write nothing).
 */
export function compileCacheDir(env: NodeJS.ProcessEnv, cwd: string, inRepository: boolean): string | null {
  const setting = env.ROLLBACK_GUARD_CACHE?.trim();
  if (setting === 'off' || setting === '0' || setting === 'false') return null;
  if (setting) return join(resolve(setting), 'compile');
  if (!inRepository) return null;
  const gitDir = gitDirAbove(cwd, env);
  return gitDir === null ? null : join(gitDir, 'rollback-guard', 'compile');
}

type Enable = (dir: string) => { status: number; message?: string };

/**
 * Turns Node's compile cache on in `dir` (null: nothing); what happened, for tests. Never throws:
 * a Node without the API, or a folder it cannot use, just compiles as without a cache.
 */
export function startCompileCache(dir: string | null, api: { enableCompileCache?: Enable } = nodeModule as { enableCompileCache?: Enable }): 'off' | 'unsupported' | 'enabled' | 'failed' {
  if (dir === null) return 'off';
  if (typeof api.enableCompileCache !== 'function') return 'unsupported';
  try {
    const result = api.enableCompileCache(dir);
    // 1 ENABLED, 2 ALREADY_ENABLED (NODE_COMPILE_CACHE), 0 FAILED, 3 DISABLED (NODE_DISABLE_COMPILE_CACHE).
    return result?.status === 1 || result?.status === 2 ? 'enabled' : 'failed';
  } catch {
    return 'failed';
  }
}

/** The folder a CLI run names: `--cwd DIR` or `--cwd=DIR` of `check` and `plan`, else the current one. */
export function cliCacheDir(args: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string | null {
  const command = args[0];
  const inRepository = command === 'check' || command === 'plan';
  let at = cwd;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i] === '--cwd' && i + 1 < args.length) at = resolve(cwd, args[i + 1]);
    else if (args[i].startsWith('--cwd=')) at = resolve(cwd, args[i].slice('--cwd='.length));
  }
  return compileCacheDir(env, at, inRepository);
}
