/** Which dist/ modules a spawned `node` loads: a module hook (`--import`) that logs every `load`, as the runner starts the step. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the hook into `dir` and returns its path (for `--import` or `NODE_OPTIONS`); it logs to $RG_LOADED_LOG. */
export function writeLoadHook(dir: string): string {
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(
      "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(process.env.RG_LOADED_LOG, url + '\\n'); return next(url, context); }",
    )}));\n`,
  );
  return hook;
}

/** The files of `dist` (a folder URL) that the log says were loaded, by name. */
export function loadedFrom(log: string, dist: URL): Set<string> {
  return new Set(readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith(dist.href)).map((l) => l.slice(dist.href.length)));
}

/** The dist/ chunks whose text matches (esbuild names chunks by hash; each keeps `// <source path>` comments). */
export function chunksOf(dist: URL, source: RegExp): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(dist).filter((n) => n.endsWith('.js'))) if (source.test(readFileSync(new URL(f, dist), 'utf8'))) out.add(f);
  return out;
}
