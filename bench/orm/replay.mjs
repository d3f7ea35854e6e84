#!/usr/bin/env node
/**
 * Replays real projects' migrations written as code through the CLI (issue 16):
 *
 *   node bench/orm/replay.mjs [--cli dist/cli.js] [--repos saleor,redash] [--commits 40] [--all]
 *
 * For each repository (git clones in bench/.repos/<name>, from the search tool's `fetch`), the last
 * N commits that touch its migrations are checked as pull requests
 * (`check --base C^ --head C --format json`), and with `--all` the whole migration history at once
 * (base: an empty commit, so every migration is new). Prints, per repository: runs, crashes (exit 2,
 * or no JSON report), findings by rule, and the unread calls (unparsed-statement) grouped by reason,
 * so "every call mapped or reported as unread" can be read off. Results: bench/orm/.results/ (ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const commits = Number(opt('--commits', '40'));
const all = args.includes('--all');

/** Repositories and the pathspecs of their migrations. */
const REPOS = [
  { name: 'saleor', framework: 'django', pathspec: ['saleor/*/migrations/*.py'] },
  { name: 'redash', framework: 'alembic', pathspec: ['migrations/versions/*.py'] },
  { name: 'CTFd', framework: 'alembic', pathspec: ['migrations/versions/*.py'] },
  { name: 'maybe', framework: 'rails', pathspec: ['db/migrate/*.rb'] },
  { name: 'lobsters', framework: 'rails', pathspec: ['db/migrate/*.rb'] },
];
const only = opt('--repos', null)?.split(',');
const outDir = join(root, 'bench/orm/.results');
mkdirSync(outDir, { recursive: true });

function git(cwd, gitArgs) {
  const r = spawnSync('git', gitArgs, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${gitArgs.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function check(cwd, base, head, label) {
  const out = join(outDir, `${label}.json`);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'check', '--base', base, '--head', head, '--format', 'json', '--output', out], { cwd, encoding: 'utf8', timeout: 600_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let report = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    report = null;
  }
  return { status: r.status, seconds, report, stderr: r.stderr.slice(0, 500) };
}

const reason = (f) => f.message.replace(/^This statement could not be analysed \(/, '').replace(/\), so the gate cannot prove.*$/, '').replace(/\s*\(.*$/, '').replace(/"[^"]*"/g, '"…"');

for (const repo of REPOS.filter((r) => !only || only.includes(r.name))) {
  const cwd = join(root, 'bench/.repos', repo.name);
  if (!existsSync(cwd)) {
    console.log(`${repo.name}: no clone in bench/.repos/${repo.name} (fetch it, then git clone the mirror there)`);
    continue;
  }
  const runs = [];
  const shas = git(cwd, ['log', '--format=%H', '--no-merges', '-n', String(commits), 'HEAD', '--', ...repo.pathspec]).split('\n').filter(Boolean);
  for (const sha of shas) runs.push({ label: `${repo.name}-${sha.slice(0, 10)}`, ...check(cwd, `${sha}^`, sha, `${repo.name}-${sha.slice(0, 10)}`) });
  if (all) {
    const empty = git(cwd, ['commit-tree', git(cwd, ['hash-object', '-t', 'tree', '/dev/null']).trim(), '-m', 'empty']).trim();
    runs.push({ label: `${repo.name}-all`, ...check(cwd, empty, 'HEAD', `${repo.name}-all`) });
  }
  const crashes = runs.filter((r) => r.status === 2 || r.report === null);
  const byRule = {};
  const unread = {};
  let files = 0;
  for (const r of runs) {
    files += r.report?.detection?.filter?.((d) => d.taken && d.framework === repo.framework).length ?? 0;
    for (const f of r.report?.findings ?? []) {
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      if (f.rule === 'unparsed-statement') unread[reason(f)] = (unread[reason(f)] ?? 0) + 1;
    }
  }
  const summary = { repo: repo.name, framework: repo.framework, runs: runs.length, crashes: crashes.map((c) => ({ label: c.label, status: c.status, stderr: c.stderr })), migrationFilesTaken: files, slowest: Math.max(...runs.map((r) => r.seconds)).toFixed(2), byRule, unread };
  writeFileSync(join(outDir, `${repo.name}-summary.json`), JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary, null, 2));
}
