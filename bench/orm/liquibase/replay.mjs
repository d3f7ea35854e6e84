#!/usr/bin/env node
/**
 * Liquibase XML/YAML/JSON replay (issue 16): the CLI over real commits that touch a repository's
 * changelogs, as a pull request would be checked, and over whole changelogs (every change either
 * mapped or reported unread).
 *
 *   node bench/orm/liquibase/replay.mjs REPO_DIR [--commits N] [--glob REGEX] [--cli dist/cli.js] [--out FILE]
 *
 * REPO_DIR is a git clone with a work tree (bench/.repos/<name>, git-ignored). For each of the last
 * N first-parent commits whose changed paths match --glob (default: changelog-named .xml/.yaml/.yml/
 * .json), it runs `node <cli> check --base C^ --head C --format json` and records the exit code,
 * the findings on changelog files by rule, and the time. Exit codes 0 and 1 are verdicts; anything
 * else (2, a signal, a timeout) is counted as a crash. The JSON written to --out keeps every finding.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const repo = resolve(args[0]);
const cli = resolve(opt('--cli', 'dist/cli.js'));
const n = Number(opt('--commits', '40'));
const glob = new RegExp(opt('--glob', '(changelog|liquibase)[^/]*\\.(xml|ya?ml|json)$|/(changelog|liquibase)/.*\\.(xml|ya?ml|json)$'), 'i');
const out = opt('--out', null);

const git = (a) => spawnSync('git', a, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout;
const commits = [];
for (const line of git(['log', '--first-parent', '--format=%H', '-n', '3000']).split('\n')) {
  if (!line || commits.length >= n) continue;
  const files = git(['diff', '--name-only', `${line}^`, line]).split('\n').filter((f) => glob.test(f));
  if (files.length > 0) commits.push({ sha: line, files });
}
const results = [];
let crashes = 0;
for (const c of commits) {
  const started = Date.now();
  const r = spawnSync('node', [cli, 'check', '--base', `${c.sha}^`, '--head', c.sha, '--format', 'json'], { cwd: repo, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
  const ms = Date.now() - started;
  let report = null;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    /* a crash: no report */
  }
  const crashed = r.status !== 0 && r.status !== 1;
  if (crashed || !report) crashes++;
  const findings = (report?.findings ?? []).filter((f) => glob.test(f.file ?? ''));
  const byRule = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  results.push({ sha: c.sha.slice(0, 10), files: c.files, exit: r.status, ms, byRule, findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, file: f.file, line: f.line, message: f.message })), ...(crashed ? { stderr: r.stderr.slice(0, 2000) } : {}) });
  console.log(`${c.sha.slice(0, 10)} exit=${r.status} ${ms}ms ${JSON.stringify(byRule)}`);
}
const total = {};
for (const r of results) for (const [k, v] of Object.entries(r.byRule)) total[k] = (total[k] ?? 0) + v;
console.log(`commits=${results.length} crashes=${crashes} findings=${JSON.stringify(total)}`);
if (out) writeFileSync(out, `${JSON.stringify({ repo: args[0], cli, commits: results, crashes, total }, null, 1)}\n`);
