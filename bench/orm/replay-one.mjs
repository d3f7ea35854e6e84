#!/usr/bin/env node
/**
 * Replay of a real project's code migrations (issue 16): every first-parent commit that touches the
 * migrations is checked as a pull request would be, and all migration files of HEAD are checked at
 * once as one PR adding them to an empty repository (every file parsed, every unread call listed).
 *
 *   node bench/orm/replay-one.mjs --repo bench/.repos/<name> --paths database/migrations \
 *        [--commits 40] [--cli dist/cli.js] [--out FILE.json] [--no-all]
 *
 * Prints: commits checked, crashes (exit code 2 or a stack on stderr), findings per rule, and the
 * unparsed-statement messages grouped by what they name. Nothing of the project runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const repo = resolve(opt('--repo', ''));
const paths = opt('--paths', '').split(',').filter(Boolean);
const commits = Number(opt('--commits', '40'));
const cli = resolve(opt('--cli', 'dist/cli.js'));
const out = opt('--out', null);
if (!paths.length) {
  console.error('usage: replay.mjs --repo DIR --paths P[,P…] [--commits N] [--cli FILE] [--out FILE] [--no-all]');
  process.exit(2);
}

function run(cmd, argv, cwd) {
  return spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

function check(cwd, base, head) {
  const started = performance.now();
  const r = run(process.execPath, [cli, 'check', '--cwd', cwd, '--base', base, '--head', head, '--format', 'json', '--fail-on', 'never'], cwd);
  const ms = performance.now() - started;
  let report = null;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    /* a crash: no JSON */
  }
  const crashed = r.status !== 0 || report === null || /\n\s+at /.test(r.stderr);
  return { crashed, status: r.status, stderr: r.stderr.slice(0, 2000), report, ms };
}

const rules = new Map();
const unread = new Map();
const samples = [];
const crashes = [];
let files = 0;

function tally(label, res) {
  if (res.crashed) {
    crashes.push({ label, status: res.status, stderr: res.stderr });
    return;
  }
  files += res.report.summary.filesAnalyzed;
  for (const f of res.report.findings) {
    rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    if (f.rule === 'unparsed-statement') {
      // What the message names: "… (<why>)" — group by the call it names.
      const why = /analysed \(([\s\S]*)\), so the gate/.exec(f.message)?.[1] ?? f.message;
      const key = why.replace(/'[^']*'/g, "'…'").replace(/"[^"]*"/g, '"…"').slice(0, 120);
      const u = unread.get(key) ?? { count: 0, example: `${label} ${f.file}:${f.line}` };
      u.count++;
      unread.set(key, u);
    } else if (samples.length < 400) samples.push({ label, rule: f.rule, severity: f.severity, where: `${f.file}:${f.line}`, object: f.object, message: f.message.slice(0, 200) });
  }
}

// 1. Commits that touch the migrations, each as a PR against its first parent.
const log = run('git', ['log', '--first-parent', '--format=%H %P', `-n${commits}`, 'HEAD', '--', ...paths], repo).stdout.trim().split('\n').filter(Boolean);
let checked = 0;
let totalMs = 0;
for (const line of log) {
  const [c, parent] = line.split(' ');
  if (!parent) continue;
  const res = check(repo, parent, c);
  totalMs += res.ms;
  checked++;
  tally(c.slice(0, 10), res);
}

// 2. All migration files of HEAD as one PR into an empty repository.
let all = null;
if (!args.includes('--no-all')) {
  const dir = mkdtempSync(join(tmpdir(), 'orm-replay-'));
  try {
    run('git', ['init', '-q'], dir);
    run('git', ['-c', 'user.email=b@x', '-c', 'user.name=b', 'commit', '-q', '--allow-empty', '-m', 'empty'], dir);
    const tar = spawnSync('git', ['archive', '--format=tar', 'HEAD', '--', ...paths], { cwd: repo, maxBuffer: 1024 * 1024 * 1024 });
    writeFileSync(join(dir, 'files.tar'), tar.stdout);
    run('tar', ['-xf', 'files.tar'], dir);
    rmSync(join(dir, 'files.tar'));
    run('git', ['add', '-A'], dir);
    run('git', ['-c', 'user.email=b@x', '-c', 'user.name=b', 'commit', '-q', '-m', 'all'], dir);
    const res = check(dir, 'HEAD~1', 'HEAD');
    all = { crashed: res.crashed, ms: Math.round(res.ms), filesAnalyzed: res.report?.summary.filesAnalyzed ?? null, findings: res.report?.findings.length ?? null };
    tally('all-files', res);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const summary = {
  repo: run('git', ['remote', 'get-url', 'origin'], repo).stdout.trim(),
  head: run('git', ['rev-parse', 'HEAD'], repo).stdout.trim(),
  commitsChecked: checked,
  commitMsMean: checked ? Math.round(totalMs / checked) : 0,
  crashes,
  all,
  filesAnalyzed: files,
  findingsByRule: Object.fromEntries([...rules].sort((a, b) => b[1] - a[1])),
  unread: [...unread].sort((a, b) => b[1].count - a[1].count).map(([why, u]) => ({ why, ...u })),
  samples,
};
if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
console.log(`commits checked: ${checked} (mean ${summary.commitMsMean} ms), crashes: ${crashes.length}, files analysed: ${files}`);
if (all) console.log(`all files: ${all.filesAnalyzed} files, ${all.findings} findings, ${all.ms} ms${all.crashed ? ' CRASHED' : ''}`);
console.log('findings by rule:', JSON.stringify(summary.findingsByRule));
console.log('unread (grouped):');
for (const u of summary.unread.slice(0, 40)) console.log(`  ${u.count}× ${u.why}   e.g. ${u.example}`);
for (const c of crashes) console.log(`CRASH ${c.label} status ${c.status}: ${c.stderr.slice(0, 300)}`);
