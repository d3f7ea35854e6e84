#!/usr/bin/env node
/**
 * Two replays side by side: the error and warning findings of results A that B lacks or reports at
 * another severity, and those new in B, each with its label (the first label of its commit, rule,
 * file and object in labels/<repo>.jsonl), counted by label and listed. What a change lost must be
 * false or debatable; a hazard or policy finding in the "lost" list is a regression.
 *
 *   node bench/history/compare.mjs TAG_A TAG_B [--list]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
const list = process.argv.includes('--list');
if (!a || !b) {
  console.error('usage: node bench/history/compare.mjs TAG_A TAG_B [--list]');
  process.exit(2);
}
const dir = (tag) => join(here, '.results', tag);
const labelsOf = new Map();
function label(repo, f) {
  if (!labelsOf.has(repo)) {
    const file = join(here, 'labels', `${repo}.jsonl`);
    const byKey = new Map();
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const l = JSON.parse(line);
        if (l.miss) continue;
        const k = `${l.commit}|${l.rule}|${l.file}|${l.object ?? ''}`;
        if (!byKey.has(k)) byKey.set(k, l.label);
      }
    }
    labelsOf.set(repo, byKey);
  }
  return labelsOf.get(repo).get(`${f.commit}|${f.rule}|${f.file}|${f.object ?? ''}`) ?? 'unlabelled';
}
const keyOf = (f) => `${f.commit}|${f.rule}|${f.file}|${f.line}|${f.object ?? ''}|${f.severity}`;
function findings(tag, repo) {
  const file = join(dir(tag), `${repo}.json`);
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return r.commits.flatMap((c) => c.findings.filter((f) => f.severity !== 'notice' && !f.suppressed).map((f) => ({ ...f, commit: c.sha })));
}
const count = { lost: {}, gained: {} };
const lines = { lost: [], gained: [] };
for (const name of readdirSync(dir(a)).filter((n) => n.endsWith('.json'))) {
  const repo = name.replace(/\.json$/, '');
  const fa = findings(a, repo);
  const fb = findings(b, repo);
  if (!fa || !fb) continue;
  const diff = (x, y, kind) => {
    const left = new Map();
    for (const f of y) left.set(keyOf(f), (left.get(keyOf(f)) ?? 0) + 1);
    for (const f of x) {
      const n = left.get(keyOf(f)) ?? 0;
      if (n > 0) {
        left.set(keyOf(f), n - 1);
        continue;
      }
      const l = label(repo, f);
      count[kind][l] = (count[kind][l] ?? 0) + 1;
      lines[kind].push(`  ${repo} ${f.commit.slice(0, 10)} ${f.severity} ${f.rule} ${f.file}:${f.line} [${l}]`);
    }
  };
  diff(fa, fb, 'lost');
  diff(fb, fa, 'gained');
}
console.log(`in ${a}, not in ${b} (or at another severity):`, count.lost);
if (list) console.log(lines.lost.join('\n'));
console.log(`in ${b}, not in ${a}:`, count.gained);
if (list) console.log(lines.gained.join('\n'));
