#!/usr/bin/env node
// Replays the real history of AsyncAPI documents through `rollback-guard check` (issue 15 section 3).
//
//   node bench/contracts/asyncapi/replay.mjs --cli dist/cli.js --repo bench/.repos/NAME [--paths 'examples asyncapi.yaml'] [--json out.json]
//
// For every commit of REPO (first parent) that changes a YAML/JSON file naming `asyncapi:`, runs
// `node CLI check --base C^ --head C --format json --fail-on never` in the repository and counts
// crashes (exit code other than 0/1 or output that is not the JSON report), findings per rule, and
// AsyncAPI files analysed. Nothing of the repository runs; only git reads it.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const cli = resolve(opt('cli', 'dist/cli.js'));
const repo = resolve(opt('repo'));
const paths = (opt('paths', '') || '').split(' ').filter(Boolean);
const out = opt('json');
const git = (...a) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

const commits = git('log', '--first-parent', '--format=%H', '--', ...(paths.length ? paths : ['.'])).trim().split('\n').filter(Boolean).reverse();
const results = [];
const byRule = new Map();
let crashes = 0;
for (const c of commits) {
  let parent;
  try {
    parent = git('rev-parse', '--verify', '--quiet', `${c}^`).trim();
  } catch {
    continue; // the root commit: nothing to compare
  }
  const changed = git('diff', '--name-only', parent, c, '--', ...paths).split('\n').filter((p) => /\.(ya?ml|json)$/i.test(p));
  const asyncapi = changed.filter((p) => {
    for (const rev of [c, parent]) {
      try {
        if (/^\s*["']?asyncapi["']?\s*:/m.test(git('show', `${rev}:${p}`))) return true;
      } catch {
        /* absent on this side */
      }
    }
    return false;
  });
  if (!asyncapi.length) continue;
  const run = spawnSync(process.execPath, [cli, 'check', '--base', parent, '--head', c, '--format', 'json', '--fail-on', 'never', '--cwd', repo], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let report = null;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    /* not the report */
  }
  const crashed = (run.status !== 0 && run.status !== 1) || !report;
  if (crashed) crashes++;
  // the AsyncAPI documents' findings, and those of files under --paths they reach (other contracts changed alongside are not this replay's)
  const findings = (report?.findings ?? []).filter((f) => asyncapi.includes(f.file) || (paths.length > 0 && paths.some((p) => f.file === p || f.file.startsWith(`${p}/`))));
  for (const f of findings) byRule.set(`${f.rule} (${f.severity})`, (byRule.get(`${f.rule} (${f.severity})`) ?? 0) + 1);
  results.push({
    commit: c.slice(0, 10),
    subject: git('log', '-1', '--format=%s', c).trim(),
    files: asyncapi,
    exit: run.status,
    crashed,
    ...(crashed ? { stderr: run.stderr.slice(0, 2000) } : {}),
    findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, file: f.file, line: f.line, object: f.object, message: f.message })),
  });
  process.stderr.write(`${c.slice(0, 10)} ${asyncapi.length} file(s) exit ${run.status}${crashed ? ' CRASH' : ''} ${findings.length} finding(s)\n`);
}
const summary = { repo: repo.split('/').pop(), commits: results.length, crashes, findings: Object.fromEntries([...byRule].sort(([a], [b]) => (a < b ? -1 : 1))) };
console.log(JSON.stringify(summary, null, 2));
if (out) writeFileSync(out, JSON.stringify({ summary, results }, null, 2));
