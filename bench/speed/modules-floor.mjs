/**
 * A second floor of the 1,000-file PR row (`pr-1000-modules-floor`): pr-floor.mjs's work (git diff,
 * one `git cat-file --batch`, libpg-query `parseSync` of each file) after importing every module of
 * the bundle that `check` loads on that PR: what any run of this bundle pays before it analyses
 * anything. The modules' top-level code runs (as it does in a run); nothing of the engine is called.
 *
 *   node bench/speed/modules-floor.mjs --record LIST CLI REPO BASE HEAD
 *       runs `CLI check --cwd REPO --base BASE --head HEAD --format json` once (cache off) with a
 *       module hook, and writes the bundle modules it loaded (its own `dist/` files, entry point
 *       left out) to LIST, one URL a line
 *   node bench/speed/modules-floor.mjs LIST REPO BASE HEAD
 *       imports LIST's modules, then does pr-floor.mjs's work
 */
import './product-wasm-flags.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
if (args[0] === '--record') {
  const [, list, cli, repo, base, head] = args;
  const dir = mkdtempSync(join(tmpdir(), 'rg-modules-'));
  const seen = join(dir, 'seen');
  writeFileSync(seen, '');
  // The load hook runs on Node's hooks thread: it appends each URL it is asked for to `seen`.
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(seen)}, url + '\\n'); return next(url, context); }\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, cli, 'check', '--cwd', repo, '--base', base, '--head', head, '--format', 'json'], {
    env: { ...process.env, ROLLBACK_GUARD_CACHE: 'off' },
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`the run failed (exit ${r.status}): ${r.stderr}`);
  const bundle = pathToFileURL(dirname(cli)).href + '/';
  const entry = pathToFileURL(cli).href;
  const urls = [...new Set(readFileSync(seen, 'utf8').split('\n'))].filter((u) => u.startsWith(bundle) && u !== entry);
  rmSync(dir, { recursive: true, force: true });
  if (urls.length === 0) throw new Error('no module of the bundle was seen loading');
  writeFileSync(list, `${urls.join('\n')}\n`);
  console.log(JSON.stringify({ modules: urls.length }));
} else {
  const [list, repo, base, head] = args;
  const urls = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  await Promise.all(urls.map((u) => import(u)));
  process.argv = [process.argv[0], 'pr-floor.mjs', repo, base, head];
  await import('./pr-floor.mjs');
}
