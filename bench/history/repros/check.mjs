#!/usr/bin/env node
/**
 * Runs every minimal reproduction of bench/history/repros/<class>/ through a CLI build:
 *
 *   node bench/history/repros/check.mjs [--cli dist/cli.js] [--only class,class]
 *
 * Each case is a base/ and a head/ tree plus case.json ({class, issue12, expect, tags?, pre?}).
 * The script builds a throw-away git repository in the OS temp folder: an optional first commit
 * with `pre.files` of base (of head with `pre.from: "head"`) tagged `pre.tag` (a release that holds only those files), a commit of
 * base (tagged with each name of `tags` mapped to "base"), and a commit of head; then it runs
 * `check --base HEAD~1 --head HEAD --format json` and prints the findings next to what the case
 * expects. The regression tests that fix each class start from these trees.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const cli = resolve(root, opt('--cli', 'dist/cli.js'));
const only = opt('--only', null)?.split(',');

const sh = (cwd, cmd, a) => {
  const r = spawnSync(cmd, a, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'r', GIT_AUTHOR_EMAIL: 'r@x', GIT_COMMITTER_NAME: 'r', GIT_COMMITTER_EMAIL: 'r@x' } });
  if (r.status !== 0 && cmd === 'git') throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r;
};
const clearTree = (dir) => {
  for (const e of readdirSync(dir)) if (e !== '.git') rmSync(join(dir, e), { recursive: true, force: true });
};

for (const name of readdirSync(here).filter((e) => existsSync(join(here, e, 'case.json'))).sort()) {
  if (only && !only.includes(name)) continue;
  const meta = JSON.parse(readFileSync(join(here, name, 'case.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), `repro-${name}-`));
  sh(dir, 'git', ['init', '-q', '-b', 'main']);
  if (meta.pre) {
    for (const f of meta.pre.files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), readFileSync(join(here, name, meta.pre.from ?? 'base', f)));
    }
    sh(dir, 'git', ['add', '-A']);
    sh(dir, 'git', ['commit', '-q', '-m', 'pre']);
    sh(dir, 'git', ['tag', meta.pre.tag]);
    clearTree(dir);
  }
  cpSync(join(here, name, 'base'), dir, { recursive: true });
  sh(dir, 'git', ['add', '-A']);
  sh(dir, 'git', ['commit', '-q', '-m', 'base']);
  for (const [tag, at] of Object.entries(meta.tags ?? {})) if (at === 'base') sh(dir, 'git', ['tag', tag]);
  clearTree(dir);
  cpSync(join(here, name, 'head'), dir, { recursive: true });
  sh(dir, 'git', ['add', '-A']);
  sh(dir, 'git', ['commit', '-q', '-m', 'head']);
  const r = sh(dir, process.execPath, [cli, 'check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json']);
  let findings = [];
  try {
    findings = JSON.parse(r.stdout).findings;
  } catch {
    findings = [{ rule: `(exit ${r.status}: ${r.stderr.trim().split('\n')[0]})`, severity: '', file: '', line: null }];
  }
  console.log(`\n## ${name}  (issue 12: ${meta.issue12})\nexpect: ${meta.expect}\nexit ${r.status}; findings:`);
  for (const f of findings) console.log(`  ${f.severity} ${f.rule} ${f.file}:${f.line ?? '-'}${f.object ? ` (${f.object})` : ''}`);
  if (findings.length === 0) console.log('  (none)');
  rmSync(dir, { recursive: true, force: true });
}
