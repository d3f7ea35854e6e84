// Contract analysis by input size (issue 11 item 10): time and peak memory of the whole
// `rollback-guard contract --format json BASE HEAD` process for generated pairs at 1x, 2x, 4x
// and 8x, and the log-log slope of each series.
//
//   npm run build                       # the CLI timed is dist/cli.js
//   node bench/contracts/run.mjs --only github   # fetches GitHub's spec into bench/.data if missing
//   node bench/contracts/scaling.mjs [--sizes 1,2,4,8] [--shapes gh,gh-yaml,stripe-types]
//
// Shapes (each base -> head pair grows with N):
//   gh            GitHub's REST description 22.0.0 -> 23.0.0 (JSON), its paths repeated N times
//   gh-yaml       the same written as YAML (block style, no aliases): the out-of-memory case
//   stripe-types  the corpus Stripe spec, paths repeated N times, head with every `type: string`
//                 turned into `integer` (every schema differs: the differ's worst realistic load)
// Exit 1 when a series' CPU-time slope exceeds 1.15 or a pair's peak RSS exceeds 1.5 GB.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = join(root, 'bench/.data');
const out = join(data, 'scaling');
const cli = join(root, 'dist/cli.js');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = opt('--sizes', '1,2,4,8').split(',').map(Number);
const shapes = opt('--shapes', 'gh,gh-yaml,stripe-types').split(',');
mkdirSync(out, { recursive: true });

function gh(version) {
  const file = join(data, `gh-${version}/package/generated/api.github.com.json`);
  if (!existsSync(file)) execFileSync('node', [join(root, 'bench/contracts/run.mjs'), '--only', 'github', '--no-peer'], { stdio: 'ignore' });
  return JSON.parse(readFileSync(file, 'utf8'));
}
const stripe = (commit) => JSON.parse(readFileSync(join(root, `../shared/corpus/openapi/stripe/spec3-${commit}.json`), 'utf8'));
function withPaths(doc, n) {
  const paths = {};
  for (let i = 0; i < n; i++) for (const [p, item] of Object.entries(doc.paths)) paths[`/copy${i}${p}`] = item;
  return { ...doc, paths };
}
function stringsToIntegers(v) {
  if (Array.isArray(v)) return v.map(stringsToIntegers);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'type' && x === 'string' ? 'integer' : stringsToIntegers(x)]));
  return v;
}
const yaml = createRequire(join(root, 'package.json'))('yaml');
function pair(shape, n) {
  const ext = shape === 'gh-yaml' ? 'yaml' : 'json';
  const base = join(out, `${shape}-${n}-base.${ext}`);
  const head = join(out, `${shape}-${n}-head.${ext}`);
  if (!existsSync(head)) {
    let b;
    let h;
    if (shape === 'stripe-types') {
      b = withPaths(stripe('fc5a2b92'), n);
      h = stringsToIntegers(b);
    } else {
      b = withPaths(gh('22.0.0'), n);
      h = withPaths(gh('23.0.0'), n);
    }
    // a plain tree (the copies share objects): no YAML aliases, every copy written out
    const dump = (v) => (ext === 'yaml' ? yaml.stringify(JSON.parse(JSON.stringify(v)), { aliasDuplicateObjects: false }) : JSON.stringify(v, null, 1));
    writeFileSync(base, dump(b));
    writeFileSync(head, dump(h));
  }
  return { base, head, mb: (statSync(base).size + statSync(head).size) / 1e6 };
}

function run(p) {
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %e %M', 'node', cli, 'contract', '--format', 'json', p.base, p.head], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 900_000 });
  const [user, sys, wall, rss] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  let findings = null;
  try {
    findings = JSON.parse(r.stdout).findings.length;
  } catch {
    findings = null;
  }
  return { cpu: user + sys, wall, peakMB: rss / 1024, findings };
}

const slope = (xs, ys) => {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length;
  const my = ly.reduce((a, b) => a + b) / ly.length;
  let num = 0;
  let den = 0;
  lx.forEach((x, i) => {
    num += (x - mx) * (ly[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
};

let failed = false;
console.log('| shape | x | input MB (base+head) | findings | CPU s | wall s | peak RSS MB | peak / input |');
console.log('|---|---|---|---|---|---|---|---|');
const series = [];
for (const shape of shapes) {
  const rows = [];
  for (const n of sizes) {
    const p = pair(shape, n);
    const r = run(p);
    rows.push({ ...r, mb: p.mb });
    if (r.peakMB > 1536) failed = true;
    console.log(`| ${shape} | ${n} | ${p.mb.toFixed(1)} | ${r.findings ?? 'error'} | ${r.cpu.toFixed(2)} | ${r.wall.toFixed(2)} | ${Math.round(r.peakMB)} | ${(r.peakMB / p.mb).toFixed(1)} |`);
  }
  series.push({ shape, cpu: slope(rows.map((r) => r.mb), rows.map((r) => r.cpu)), mem: slope(rows.map((r) => r.mb), rows.map((r) => r.peakMB)) });
}
console.log('\n| shape | log-log slope of CPU time | of peak RSS |\n|---|---|---|');
for (const s of series) {
  if (s.cpu > 1.15) failed = true;
  console.log(`| ${s.shape} | ${s.cpu.toFixed(2)} | ${s.mem.toFixed(2)} |`);
}
if (failed) {
  console.error('FAIL: a CPU slope above 1.15 or a peak above 1.5 GB');
  process.exit(1);
}
