#!/usr/bin/env node
/**
 * Shows what still needs a label after a run, with the statement each item points at, so a person
 * can judge it and append a line to labels/<repo>.jsonl:
 *
 *   node bench/history/todo.mjs [--tag dist] [--repos a,b] [--rule drop-not-null]
 *
 * Reads bench/history/.results/<tag>/todo-<repo>.jsonl (written by run.mjs) and the clone in
 * bench/.repos/<repo>. Each item is printed with the label line to copy (label and reason empty).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitStatements } from './split.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const resultsDir = join(here, '.results', opt('--tag', 'dist'));
const onlyRepos = opt('--repos', null)?.split(',');
const onlyRule = opt('--rule', null);
if (!existsSync(resultsDir)) {
  console.error(`no results in ${resultsDir}: run bench/history/run.mjs first (or pass --tag)`);
  process.exit(2);
}
for (const f of readdirSync(resultsDir).filter((x) => x.startsWith('todo-') && x.endsWith('.jsonl')).sort()) {
  const repo = f.slice(5, -6);
  if (onlyRepos && !onlyRepos.includes(repo)) continue;
  const items = readFileSync(join(resultsDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const wanted = items.filter((t) => !onlyRule || t.rule === onlyRule || (onlyRule === 'miss' && t.miss));
  if (wanted.length === 0) continue;
  const dir = join(root, 'bench/.repos', repo);
  const show = (sha, path) => spawnSync('git', ['show', `${sha}:${path}`], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout ?? '';
  const subject = (sha) => spawnSync('git', ['log', '-1', '--format=%s', sha], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  console.log(`\n# ${repo}: ${wanted.length} item(s) without a label`);
  for (const t of wanted) {
    console.log(`\n- ${t.commit.slice(0, 10)} (${subject(t.commit).slice(0, 70)}) ${t.miss ? 'MISS' : `${t.rule}`} ${t.file}:${t.line ?? '-'}`);
    if (t.message) console.log(`  ${t.message.slice(0, 240)}`);
    let sql = t.text ?? '';
    if (!t.miss && t.line && t.file.endsWith('.sql')) {
      const stmts = splitStatements(show(t.commit, t.file));
      const s = stmts.find((x) => x.line <= t.line && x.endLine >= t.line);
      if (s) sql = s.text.replace(/\s+/g, ' ');
    }
    if (sql) console.log(`  > ${sql.slice(0, 300)}`);
    const { message: _message, text: _text, ...line } = t;
    console.log(`  ${JSON.stringify({ ...line, label: '', reason: '' })}`);
  }
}
