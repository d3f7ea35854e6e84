#!/usr/bin/env node
/**
 * Issue 18's monorepo row, part by part: the same PR (a migration that drops a column, one
 * `package.json` changed) in monorepos of 1,000 to 99,000 files, each size checked three ways in
 * turn, whole-process wall and CPU time (user + system, git included) and peak RSS from
 * /usr/bin/time, medians of `--pairs` rounds:
 *
 * - `off`: `ROLLBACK_GUARD_CACHE=off` (the issue's figure: a first run on a base);
 * - `no-search`: the same with `code-references: off` (a configuration file outside the
 *   repository, `--config`): what a PR that needs no code search costs (it loads the configuration
 *   reader, which `off` does not: compare sizes, not the two columns);
 * - `warm`: a cache folder filled by one run before (the PR checked again on the same base).
 *
 * and one run of `off` with `GIT_TRACE_PERFORMANCE`: each git process's wall time (the code
 * search's `git grep` runs in the background, beside the analysis). The reports of `off` and `warm`
 * must be byte-identical (exit 1 otherwise).
 *
 *   node bench/scaling/parts.mjs [--cli dist/cli.js] [--node PATH] [--pairs 3] [--sizes 1000,99000]
 *
 * The repositories are `node bench/scaling/run.mjs --only monorepo`'s (bench/.data/scaling/monorepo-N).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, median, options, timed } from './lib.mjs';

const { value, cli, node, timeoutMs, data } = options('bench/.data/scaling');
const pairs = Number(value('--pairs', '3'));
const sizes = (value('--sizes', null)?.split(',') ?? ['1000', '10000', '33000', '99000']).map(Number);
const tmp = mkdtempSync(join(tmpdir(), 'rg-parts-'));
const noSearch = join(tmp, 'no-search.yml');
writeFileSync(noSearch, 'code-references:\n  mode: "off"\n');
const args = ['check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'];

console.log(JSON.stringify(machine(node)));
const rows = [];
let same = true;
try {
  for (const size of sizes) {
    const dir = join(data, `monorepo-${size}`);
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run node bench/scaling/run.mjs --only monorepo first`);
    const cache = join(tmp, `cache-${size}`);
    const env = (extra) => ({ ...process.env, ...extra });
    const runs = { off: [], 'no-search': [], warm: [] };
    const first = await timed(node, [cli, ...args], { cwd: dir, timeoutMs, env: env({ ROLLBACK_GUARD_CACHE: cache }) });
    for (let i = 0; i < pairs; i++) {
      const off = await timed(node, [cli, ...args], { cwd: dir, timeoutMs, env: env({ ROLLBACK_GUARD_CACHE: 'off' }) });
      const none = await timed(node, [cli, ...args, '--config', noSearch], { cwd: dir, timeoutMs, env: env({ ROLLBACK_GUARD_CACHE: 'off' }) });
      const warm = await timed(node, [cli, ...args], { cwd: dir, timeoutMs, env: env({ ROLLBACK_GUARD_CACHE: cache }) });
      if (off.stdout !== first.stdout || warm.stdout !== first.stdout || off.code !== first.code || warm.code !== first.code) same = false;
      runs.off.push(off);
      runs['no-search'].push(none);
      runs.warm.push(warm);
    }
    const trace = join(tmp, `trace-${size}`);
    await timed(node, [cli, ...args], { cwd: dir, timeoutMs, env: env({ ROLLBACK_GUARD_CACHE: 'off', GIT_TRACE_PERFORMANCE: trace }) });
    const git = {};
    for (const line of readFileSync(trace, 'utf8').split('\n')) {
      const m = /performance: ([\d.]+) s: git command: git (?:--literal-pathspecs )?(\S+)(?: (\S+))?/.exec(line);
      if (!m) continue;
      const name = m[2] === 'grep' ? (line.includes(' -P ') || line.includes(' -E ') ? 'grep (code search)' : 'grep (data files)') : m[2] === 'ls-tree' ? (line.includes(' -r ') ? 'ls-tree -r' : 'ls-tree paths') : m[2] === 'cat-file' ? 'cat-file' : m[2];
      git[name] = (git[name] ?? 0) + Number(m[1]);
    }
    const med = (list, key) => median(list.map((r) => r[key]));
    const row = { size, git };
    for (const [name, list] of Object.entries(runs)) row[name] = { wall: med(list, 'wall'), cpu: med(list, 'cpu'), rssMB: med(list, 'rssMB') };
    rows.push(row);
    const f = (r) => `${r.wall.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, ${Math.round(r.rssMB)} MB`;
    console.log(`${String(size).padStart(6)} files: off ${f(row.off)} | no-search ${f(row['no-search'])} | warm ${f(row.warm)}`);
    console.log(`        git (wall, one traced run): ${Object.entries(git).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', ')}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const small = rows[0];
for (const row of rows.slice(1)) {
  const ratio = (k, m) => (row[k][m] / small[k][m]).toFixed(2);
  console.log(`${row.size} / ${small.size} files: off ${ratio('off', 'wall')}× wall ${ratio('off', 'cpu')}× CPU; no-search ${ratio('no-search', 'wall')}× / ${ratio('no-search', 'cpu')}×; warm ${ratio('warm', 'wall')}× / ${ratio('warm', 'cpu')}×`);
}
console.log(same ? 'reports: off and warm byte-identical at every size' : 'REPORTS DIFFER between off and warm');
process.exit(same ? 0 : 1);
