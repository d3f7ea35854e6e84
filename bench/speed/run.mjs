#!/usr/bin/env node
/**
 * Issue 18's scenarios, each as side-by-side pairs in one run: command A (this build) and command B
 * (the build before, a peer, the floor) run in turn, PAIRS times, and the ratio is taken pair by
 * pair (its median), so a neighbour's load that comes and goes moves both runs of a pair alike.
 *
 *   node bench/speed/run.mjs --before DIR/cli.js [--cli dist/cli.js] [--pairs 5] [--node24 PATH]
 *                            [--only a,b] [--json OUT] [--node PATH] [--scaling DIR]
 *
 * Inputs: the Postgres files of ../shared/corpus/sql (manifest); bench/scaling's repositories
 * history-20000, pr-migrations-1000 and floor-1 in bench/.data/scaling (`node bench/scaling/run.mjs
 * --only history,pr-migrations` builds them); bench/git-reads' release merge
 * (`node bench/git-reads/make.mjs bench/.data/git-reads merge1187`); monorepo-1000 and monorepo-99000
 * (`--only monorepo`). A row whose input is missing
 * is skipped with the command that builds it.
 * squawk, when installed (`npm install --prefix bench/.peers squawk-cli`), is the yardstick of the
 * corpus rows (and of the parse floor, `pg-corpus-floor`). The floor scripts (floor.mjs, corpus-floor.mjs,
 * pr-floor.mjs, modules-floor.mjs) set the product's WebAssembly flags first (product-wasm-flags.mjs): before session 11
 * they did not, and every floor was measured slower than what the product pays. Each run's wall and CPU seconds (user + system, child processes included) and peak
 * RSS come from /usr/bin/time; the rows where A and B are both rollback-guard also say whether
 * their outputs are byte-identical. `--node PATH` runs both builds under another Node (e.g. 24, the
 * Action's); `--scaling DIR` takes bench/scaling's repositories from DIR instead of bench/.data/scaling.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionStep } from '../scaling/lib.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const cli = resolve(opt('--cli', join(root, 'dist/cli.js')));
const before = opt('--before') && resolve(opt('--before'));
const pairs = Number(opt('--pairs', '5'));
const node24 = opt('--node24');
const only = opt('--only')?.split(',');
const jsonOut = opt('--json');
if (!before || !existsSync(before) || !existsSync(cli)) {
  console.error('usage: node bench/speed/run.mjs --before OTHER/cli.js [--cli dist/cli.js] [--pairs 5] [--node24 PATH] [--only a,b] [--json OUT] [--node PATH] [--scaling DIR]');
  process.exit(2);
}
const corpus = resolve(root, '../shared/corpus/sql');
const scaling = resolve(opt('--scaling', join(root, 'bench/.data/scaling')));
const gitReads = join(root, 'bench/.data/git-reads');
const tmp = join(root, '.tmp/bench-speed');
mkdirSync(tmp, { recursive: true });
const squawk = join(root, 'bench/.peers/node_modules/.bin/squawk');

/** One run under /usr/bin/time: wall, CPU (user + system), peak RSS in MB, exit code, output. */
function run(cmd, argv, { cwd = root, env = process.env } = {}) {
  const timeFile = join(tmp, 'time');
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', cmd, ...argv], { cwd, env, maxBuffer: 1 << 30 });
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
  const [wall, user, sys, kb] = last.split(' ').map(Number);
  return { wall, cpu: user + sys, rssMB: kb / 1024, code: r.status, out: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** A and B in turn, `pairs` times (after one warm-up each): medians and the median of the pair ratios. */
function pair(name, what, a, b, { compare = false } = {}) {
  if (only && !only.includes(name)) return null;
  const load = loadavg()[0];
  a();
  b();
  const runs = [];
  for (let i = 0; i < pairs; i++) runs.push([a(), b()]);
  const A = runs.map(([x]) => x);
  const B = runs.map(([, y]) => y);
  const row = {
    name,
    what,
    load: `${load.toFixed(1)}–${loadavg()[0].toFixed(1)}`,
    a: { wall: median(A.map((r) => r.wall)), cpu: median(A.map((r) => r.cpu)), rssMB: median(A.map((r) => r.rssMB)), codes: [...new Set(A.map((r) => r.code))] },
    b: { wall: median(B.map((r) => r.wall)), cpu: median(B.map((r) => r.cpu)), rssMB: median(B.map((r) => r.rssMB)), codes: [...new Set(B.map((r) => r.code))] },
    ratio: { wall: median(runs.map(([x, y]) => x.wall / y.wall)), cpu: median(runs.map(([x, y]) => x.cpu / y.cpu)) },
    ...(compare ? { identical: runs.every(([x, y]) => Buffer.compare(x.out, y.out) === 0) } : {}),
  };
  const f = (s) => `${s.wall.toFixed(2)} s wall, ${s.cpu.toFixed(2)} s CPU, ${s.rssMB.toFixed(0)} MB`;
  console.log(`${name}: ${what}\n  A ${f(row.a)} (exit ${row.a.codes})\n  B ${f(row.b)} (exit ${row.b.codes})\n  A/B ${row.ratio.wall.toFixed(2)} wall, ${row.ratio.cpu.toFixed(2)} CPU${compare ? `; outputs ${row.identical ? 'byte-identical' : 'DIFFER'}` : ''}; load ${row.load}\n`);
  return row;
}

const node = opt('--node', process.execPath);
const rows = [];
const add = (row) => row && rows.push(row);

// 1. The corpus's Postgres files, one `sql` run.
const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const pgFiles = manifest.filter((e) => e.dialect === 'postgres').map((e) => e.file);
const sqlArgs = ['sql', '--dialect', 'postgres', '--format', 'json', ...pgFiles];
add(pair('pg-corpus', `${pgFiles.length} Postgres corpus files, sql --format json: this build (A) against the build before (B)`,
  () => run(node, [cli, ...sqlArgs], { cwd: corpus }), () => run(node, [before, ...sqlArgs], { cwd: corpus }), { compare: true }));
if (existsSync(squawk)) {
  add(pair('pg-corpus-squawk', `the same files: this build (A) against squawk --reporter json (B)`,
    () => run(node, [cli, ...sqlArgs], { cwd: corpus }), () => run(squawk, ['--reporter', 'json', ...pgFiles], { cwd: corpus })));
  // The parser alone (libpg-query's parseSync of each file, whole) against squawk: what the row's
  // target asks of the analysis once the parse is paid (bench/speed/corpus-floor.mjs).
  add(pair('pg-corpus-floor', 'the same files: their parse floor, libpg-query parseSync of each file (A, bench/speed/corpus-floor.mjs) against squawk --reporter json (B)',
    () => run(node, [join(root, 'bench/speed/corpus-floor.mjs'), ...pgFiles], { cwd: corpus }), () => run(squawk, ['--reporter', 'json', ...pgFiles], { cwd: corpus })));
} else if (!only || only.includes('pg-corpus-squawk')) {
  // Say so: a row left out in silence reads as measured (session 8 lost it to a removed worktree).
  console.log(`(skipped: pg-corpus-squawk needs squawk at ${squawk}; install it with npm install --prefix bench/.peers squawk-cli)\n`);
}

// 2. Repositories: a PR of 1,000 migrations; a 20,000-migration history, cold, warm and its floor.
const check = (dir, extra = []) => ['check', '--cwd', dir, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', ...extra];
const need = (dir, how) => {
  if (existsSync(dir)) return true;
  console.log(`(skipped: ${dir} is missing; ${how})\n`);
  return false;
};
const off = { ...process.env, ROLLBACK_GUARD_CACHE: 'off' };
const pr1000 = join(scaling, 'pr-migrations-1000');
if (need(pr1000, 'build it with node bench/scaling/run.mjs --only pr-migrations')) {
  add(pair('pr-1000', 'a PR adding 1,000 migrations (each drops a column), check: A against B', () => run(node, [cli, ...check(pr1000)], { env: off }), () => run(node, [before, ...check(pr1000)], { env: off }), { compare: true }));
  add(pair('pr-1000-floor', 'the same PR, check, no cache (A) against its floor: git diff, one git cat-file --batch of the 1,000 files and libpg-query parseSync of each, with the product\'s WASM flags (B, bench/speed/pr-floor.mjs)',
    () => run(node, [cli, ...check(pr1000)], { env: off }), () => run(node, [join(root, 'bench/speed/pr-floor.mjs'), pr1000, 'HEAD~1', 'HEAD'])));
  // The same floor after importing every bundle module such a run loads (recorded from this build's own run first).
  if (!only || only.includes('pr-1000-modules-floor')) {
    const list = join(tmp, 'pr-1000-modules');
    const r = run(node, [join(root, 'bench/speed/modules-floor.mjs'), '--record', list, cli, pr1000, 'HEAD~1', 'HEAD']);
    if (r.code !== 0) throw new Error(`modules-floor.mjs --record failed: exit ${r.code}`);
    add(pair('pr-1000-modules-floor', 'the same PR, check, no cache (A) against the floor after loading the bundle modules that run loads: pr-floor.mjs\'s work behind their import (B, bench/speed/modules-floor.mjs)',
      () => run(node, [cli, ...check(pr1000)], { env: off }), () => run(node, [join(root, 'bench/speed/modules-floor.mjs'), list, pr1000, 'HEAD~1', 'HEAD'])));
  }
  // The same PR as the documented actions/cache recipe runs it: the cache on (each build its own,
  // filled first), so on Node >= 22.1 the bundle's compile cache too (src/compile-cache.ts).
  if (!only || only.includes('pr-1000-cache')) {
    const [a, b] = ['pr1000-cache', 'pr1000-cache-before'].map((d) => {
      rmSync(join(tmp, d), { recursive: true, force: true });
      return { ...process.env, ROLLBACK_GUARD_CACHE: join(tmp, d) };
    });
    add(pair('pr-1000-cache', 'the same PR, check, cache on: A against B, each with its own cache (filled by the warm-up)', () => run(node, [cli, ...check(pr1000)], { env: a }), () => run(node, [before, ...check(pr1000)], { env: b }), { compare: true }));
  }
}
// A PR adding one migration to a one-migration history, the cache on (each build its own, filled first): what a run costs whatever it checks.
const pr1 = join(scaling, 'pr-migrations-1');
if ((!only || only.includes('pr-1')) && need(pr1, 'build it with node bench/scaling/run.mjs --only pr-migrations')) {
  const [a, b] = ['pr1-cache', 'pr1-cache-before'].map((d) => {
    rmSync(join(tmp, d), { recursive: true, force: true });
    return { ...process.env, ROLLBACK_GUARD_CACHE: join(tmp, d) };
  });
  add(pair('pr-1', 'a PR adding one migration to a one-migration history, check, cache on: A against B, each with its own cache', () => run(node, [cli, ...check(pr1)], { env: a }), () => run(node, [before, ...check(pr1)], { env: b }), { compare: true }));
}
const h20k = join(scaling, 'history-20000');
if (need(h20k, 'build it with node bench/scaling/run.mjs --only history')) {
  add(pair('history-cold', '20,000 base migrations, the PR adds one, check, no cache: A against B', () => run(node, [cli, ...check(h20k)], { env: off }), () => run(node, [before, ...check(h20k)], { env: off }), { compare: true }));
  const cacheDir = join(tmp, 'replay-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  const warm = { ...process.env, ROLLBACK_GUARD_CACHE: cacheDir };
  run(node, [cli, ...check(h20k)], { env: warm });
  add(pair('history-warm', 'the same, the replay cached (A) against no cache (B), both this build', () => run(node, [cli, ...check(h20k)], { env: warm }), () => run(node, [cli, ...check(h20k)], { env: off }), { compare: true }));
  // Each build with its own cache, filled first (a build's entries are keyed by its entry script).
  const beforeDir = join(tmp, 'replay-cache-before');
  rmSync(beforeDir, { recursive: true, force: true });
  const warmBefore = { ...process.env, ROLLBACK_GUARD_CACHE: beforeDir };
  if (!only || only.includes('history-warm-before')) run(node, [before, ...check(h20k)], { env: warmBefore });
  add(pair('history-warm-before', 'the same, cached: this build (A) against the build before (B), each with its own cache', () => run(node, [cli, ...check(h20k)], { env: warm }), () => run(node, [before, ...check(h20k)], { env: warmBefore }), { compare: true }));
  add(pair('history-floor', 'the same, no cache (A) against its floor: one git cat-file --batch of the 20,000 blobs and libpg-query parseSync of each (B, bench/speed/floor.mjs)',
    () => run(node, [cli, ...check(h20k)], { env: off }), () => run(node, [join(root, 'bench/speed/floor.mjs'), join(h20k, '.git'), 'HEAD~1'])));
}

// 3. The 1,187-file release merge.
const merge = join(gitReads, 'merge1187');
if (need(merge, 'build it with node bench/git-reads/make.mjs bench/.data/git-reads merge1187')) {
  const m = ['check', '--cwd', merge, '--base', 'main', '--head', 'pr', '--format', 'json'];
  add(pair('merge-1187', 'a release merge of 1,187 files (40 migrations, 60 YAML/JSON), check: A against B', () => run(node, [cli, ...m], { env: off }), () => run(node, [before, ...m], { env: off }), { compare: true }));
}

// 4. The Action's cold start on a PR with nothing to analyse (Node 24 when given).
const floorRepo = join(scaling, 'floor-1');
if (need(floorRepo, 'build it with node bench/scaling/run.mjs --only none')) {
  const { env } = actionStep(floorRepo, join(tmp, 'runner'));
  const n = node24 ?? node;
  add(pair('action-cold-start', `the Action (dist/index.js) on a PR changing one README, ${spawnSync(n, ['--version'], { encoding: 'utf8' }).stdout.trim()}: A against B`,
    () => run(n, [resolve(cli, '../index.js')], { cwd: floorRepo, env }), () => run(n, [resolve(before, '../index.js')], { cwd: floorRepo, env })));
}

// 5. The monorepo row: the same PR (a migration dropping an unused column, one package.json) in
// 99,000 files against 1,000, this build both sides. A first run (no cache, as a fresh CI clone)
// and a re-run on the same base (each repository with its own cache, filled first).
const mono = [join(scaling, 'monorepo-99000'), join(scaling, 'monorepo-1000')];
if (mono.every((dir) => need(dir, 'build it with node bench/scaling/run.mjs --only monorepo'))) {
  add(pair('monorepo', 'the monorepo PR, no cache: 99,000 files (A) against 1,000 (B), this build', () => run(node, [cli, ...check(mono[0])], { env: off }), () => run(node, [cli, ...check(mono[1])], { env: off })));
  const caches = mono.map((dir, i) => {
    const cache = join(tmp, `monorepo-cache-${i}`);
    rmSync(cache, { recursive: true, force: true });
    const env = { ...process.env, ROLLBACK_GUARD_CACHE: cache };
    if (!only || only.includes('monorepo-rerun')) run(node, [cli, ...check(dir)], { env });
    return env;
  });
  add(pair('monorepo-rerun', 'the same PR checked again on the same base (cache filled by a first run): 99,000 files (A) against 1,000 (B), this build', () => run(node, [cli, ...check(mono[0])], { env: caches[0] }), () => run(node, [cli, ...check(mono[1])], { env: caches[1] })));
}

if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), cli, before, pairs, rows }, null, 2));
