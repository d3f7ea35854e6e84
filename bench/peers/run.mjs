#!/usr/bin/env node
// Runs two peers' own test cases through `rollback-guard contract` and compares the verdicts with
// (a) the peer's label and (b) our relabelling for rollback safety (bench/peers/labels/*.jsonl).
//
//   node bench/peers/run.mjs [--cli dist/cli.js] [--peers bench/.peers] [--jobs 2] [--json OUT.json] [--only oasdiff|json-schema-diff]
//   node bench/peers/run.mjs --from OUT.json [--md TABLES.md]   # score saved verdicts against the current labels
//
// Inputs (fetched, never committed; bench/.peers/ is git-ignored):
//   bench/.peers/oasdiff    a checkout of oasdiff/oasdiff at 4553c69d (Apache-2.0); the cases are the
//                           labels file's rows: its checker tests' (base, head) fixture pairs.
//   bench/.peers/jsd        `npm pack json-schema-diff@1.0.0` unpacked (Apache-2.0); the cases are
//                           read from its test/unit/json-schema-diff/*.spec.ts tables, each in both
//                           directions, as the peer's own tests run them.
// "Found" = the report has at least one error or warning (a notice is not a verdict); a crash is an
// exit code other than 0/1, or output that is not the JSON report.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsdCases } from './jsd-cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const require = createRequire(join(repo, 'package.json'));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const cli = resolve(opt('cli', join(repo, 'dist/cli.js')));
const peers = resolve(opt('peers', join(repo, 'bench/.peers')));
const only = opt('only', null);
const jsonOut = opt('json', null);
const from = opt('from', null);
const mdOut = opt('md', null);
const jobs = Math.max(1, Number(opt('jobs', '2')));
const OASDIFF_COMMIT = '4553c69d3869ee555ee4f00831d8cca6e1c208ff';

function readLabels(name) {
  const file = join(here, 'labels', `${name}.jsonl`);
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  return new Map(rows.map((r) => [r.case, r]));
}

/** One `contract` run: the findings, or a crash with its reason. */
async function contract(base, head, cwd, role) {
  const argv = [cli, 'contract', '--format', 'json', ...(role ? ['--role', role] : []), base, head];
  const r = await new Promise((done) =>
    execFile(process.execPath, argv, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, signal: error?.signal, stdout, stderr }),
    ),
  );
  if (r.status !== 0 && r.status !== 1) return { crash: `exit ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n')[0].slice(0, 200)}` };
  try {
    const report = JSON.parse(r.stdout);
    return { findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity })) };
  } catch {
    return { crash: `output is not JSON: ${r.stdout.slice(0, 120)}` };
  }
}

const verdictOf = (res) => (res.crash ? 'crash' : res.findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 'breaking' : 'safe');
const rulesOf = (res) => (res.crash ? res.crash : [...new Set(res.findings.map((f) => `${f.rule}:${f.severity}`))].join(' ') || '-');

// ---------- oasdiff ----------
function oasdiffCases() {
  const root = join(peers, 'oasdiff');
  if (!existsSync(join(root, 'checker'))) throw new Error(`no oasdiff checkout at ${root}: see bench/peers/README.md`);
  const at = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  if (at !== OASDIFF_COMMIT) throw new Error(`${root} is at ${at}, the labels are for ${OASDIFF_COMMIT}`);
  const labels = readLabels('oasdiff');
  return [...labels.values()].map((l) => ({ ...l, run: () => contract(l.base, l.head, root) }));
}

// ---------- json-schema-diff ----------
function jsdRunnable() {
  const labels = readLabels('json-schema-diff');
  const work = mkdtempSync(join(tmpdir(), 'rg-peers-'));
  const yaml = require('js-yaml');
  const cases = jsdCases(peers).map((c, n) => {
    const base = join(work, `${n}-base.schema.yaml`);
    const head = join(work, `${n}-head.schema.yaml`);
    const label = labels.get(c.case);
    return {
      case: c.case,
      peerAnswer: c.answer,
      // json-schema-diff "fails if any removed differences are detected"; additions are "non-breaking"
      peer: c.answer.includes('removed') ? 'breaking' : 'safe',
      rollback: label?.rollback,
      reason: label?.reason,
      differ: label?.differ,
      unlabelled: !label,
      run: async () => {
        // YAML, not JSON: some tables use Infinity (maxLength: Number.POSITIVE_INFINITY)
        writeFileSync(base, yaml.dump(c.base, { noRefs: true }));
        writeFileSync(head, yaml.dump(c.head, { noRefs: true }));
        return contract(base, head, work, 'event');
      },
    };
  });
  return { cases, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

// ---------- compare ----------
function score(rows, key) {
  const s = { agree: 0, missed: 0, extra: 0, na: 0 };
  for (const r of rows) {
    const want = r[key];
    if (r.verdict === 'crash' || want === 'n/a' || want === undefined || want === 'unknown') {
      s.na++;
      continue;
    }
    const w = want === 'breaking' || want === 'warning'; // oasdiff's WARN: "potentially breaking", listed by its `breaking`
    const got = r.verdict === 'breaking';
    if (w === got) s.agree++;
    else if (w) s.missed++;
    else s.extra++;
  }
  return s;
}

async function runSuite(name, cases) {
  const rows = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i];
      const res = await c.run();
      rows[i] = { case: c.case, ...(c.peer_ids ? { peer_ids: c.peer_ids } : {}), ...(c.peerAnswer ? { peerAnswer: c.peerAnswer } : {}), peer: c.peer, rollback: c.rollback, reason: c.reason, differ: c.differ, verdict: verdictOf(res), rules: rulesOf(res) };
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return { name, rows, crashes: rows.filter((r) => r.verdict === 'crash').length };
}

/** Scores saved verdicts (--from) against the current labels: relabelling needs no rerun. */
function relabel(saved) {
  return saved.map((suite) => {
    const labels = readLabels(suite.name);
    const rows = suite.rows.map((r) => ({ ...r, ...(labels.has(r.case) ? { rollback: labels.get(r.case).rollback, reason: labels.get(r.case).reason, differ: labels.get(r.case).differ } : {}), ...(suite.name === 'oasdiff' && labels.has(r.case) ? { peer: labels.get(r.case).peer } : {}) }));
    return { ...suite, rows };
  });
}

let results = [];
const unlabelled = [];
if (from) results = relabel(JSON.parse(readFileSync(from, 'utf8')));
if (!from && (!only || only === 'oasdiff')) results.push(await runSuite('oasdiff', oasdiffCases()));
if (!from && (!only || only === 'json-schema-diff')) {
  const { cases, cleanup } = jsdRunnable();
  try {
    for (const c of cases) if (c.unlabelled) unlabelled.push(c.case);
    results.push(await runSuite('json-schema-diff', cases));
  } finally {
    cleanup();
  }
}

console.log(from ? `verdicts from ${from}` : `cli: ${cli}`);
for (const r of results) {
  const vsPeer = score(r.rows, 'peer');
  const vsOurs = score(r.rows, 'rollback');
  const bothBreaking = r.rows.filter((x) => (x.peer === 'breaking' || x.peer === 'warning') && x.rollback === 'breaking');
  console.log(`\n${r.name}: ${r.rows.length} cases, ${r.crashes} crashes`);
  console.log(`  vs peer label:     agree ${vsPeer.agree} / missed ${vsPeer.missed} / extra ${vsPeer.extra} (not scored ${vsPeer.na})`);
  console.log(`  vs rollback label: agree ${vsOurs.agree} / missed ${vsOurs.missed} / extra ${vsOurs.extra} (not scored ${vsOurs.na})`);
  console.log(`  issue 15's target, peer says breaking (or warning) and our label agrees: ${bothBreaking.length}, found ${bothBreaking.filter((x) => x.verdict === 'breaking').length}`);
  for (const x of r.rows) {
    if (x.verdict === 'crash') console.log(`  CRASH ${x.case}: ${x.rules}`);
    else if (x.rollback === 'breaking' && x.verdict !== 'breaking') console.log(`  MISSED ${x.case} [peer ${x.peer}] ${x.reason} | got ${x.rules} | ${x.differ ?? ''}`);
    else if (x.rollback === 'safe' && x.verdict === 'breaking') console.log(`  EXTRA ${x.case} [peer ${x.peer}] ${x.reason} | got ${x.rules} | ${x.differ ?? ''}`);
  }
}
if (mdOut) writeFileSync(mdOut, markdown(results));

/** The disagreement tables the README publishes: vs our label, then rows where our label and the peer's part. */
function markdown(res) {
  const cell = (t) => String(t ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [];
  for (const r of res) {
    const parted = r.rows.filter((x) => x.verdict === 'crash' || (x.rollback === 'breaking') !== (x.verdict === 'breaking') && (x.rollback === 'breaking' || x.rollback === 'safe'));
    out.push(`#### ${r.name}: the differ against our label (${parted.length})`, '', '| case | peer | ours | got | why |', '|---|---|---|---|---|');
    for (const x of parted) out.push(`| ${cell(x.case)} | ${x.peer} | ${x.rollback} | ${cell(x.rules)} | ${cell(x.differ ?? x.reason)} |`);
    const peerSays = (x) => (x.peer === 'breaking' || x.peer === 'warning' ? 'breaking' : x.peer === 'safe' ? 'safe' : null);
    const relabelled = r.rows.filter((x) => peerSays(x) && (x.rollback === 'breaking' || x.rollback === 'safe') && peerSays(x) !== x.rollback);
    out.push('', `#### ${r.name}: our label against the peer's (${relabelled.length}), by reason`, '', '| cases | peer → ours | why ours |', '|---|---|---|');
    const groups = new Map();
    for (const x of relabelled) {
      const k = `${peerSays(x)} → ${x.rollback}\u0000${x.reason}`;
      groups.set(k, [...(groups.get(k) ?? []), x.case]);
    }
    for (const [k, cases] of groups) {
      const [dir, why] = k.split('\u0000');
      const shown = cases.length > 4 ? `${cases.length} cases, e.g. ${cases.slice(0, 2).map(cell).join('; ')}` : cases.map(cell).join('; ');
      out.push(`| ${shown} | ${dir} | ${cell(why)} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
if (unlabelled.length) console.log(`\n${unlabelled.length} cases without a label, first: ${unlabelled.slice(0, 3).join(' | ')}`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 1)}\n`);
