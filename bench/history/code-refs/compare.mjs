#!/usr/bin/env node
/**
 * Code-aware verdicts on real history (issue 14, "done when"): pairs every finding of a replay
 * made before code references (BEFORE) with the same finding of a replay made with them (AFTER),
 * and prints, for every drop/rename finding (drop-column, rename-column, drop-table, rename-table,
 * drop-object) and every other finding that now carries `references`, how its severity moved and
 * what evidence the search found, beside the finding's label in labels/<repo>.jsonl.
 *
 *   node bench/history/code-refs/compare.mjs [--before DIR] [--after DIR] [--repos a,b]
 *        [--only changed|kept-refs|all] [--jsonl FILE] [--others]
 *
 * BEFORE and AFTER are result folders of bench/history/run.mjs (one <repo>.json per repository;
 * defaults bench/history/.results/before and bench/history/.results/coderefs). A finding is
 * paired by commit + rule + file + object; several with the same key pair by nearest line.
 * --jsonl writes one line per paired drop/rename/evidence finding (for judging: judged.jsonl is
 * made from it). --others also lists every finding of any other rule whose severity changed, or
 * that appears on one side only (changes the code search did not make).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const history = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const beforeDir = resolve(opt('--before', join(history, '.results/before')));
const afterDir = resolve(opt('--after', join(history, '.results/coderefs')));
const only = opt('--only', 'all');
const jsonlOut = opt('--jsonl', null);
const onlyRepos = opt('--repos', null)?.split(',');
const showOthers = args.includes('--others');

/** Rules whose findings a missing reference may downgrade (code.removes in their rule files). */
const REMOVING = new Set(['drop-column', 'rename-column', 'drop-table', 'rename-table', 'drop-object']);

const load = (dir, repo) => {
  const p = join(dir, `${repo}.json`);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
};

function loadLabels(repo) {
  const p = join(history, 'labels', `${repo}.jsonl`);
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l))
    .filter((l) => !l.miss);
}

const keyOf = (f) => `${f.commit}|${f.rule}|${f.file}|${f.object ?? ''}`;

/** Pairs two lists of findings by key, nearest line first; returns [a|null, b|null] pairs. */
function pair(as, bs) {
  const pool = new Map();
  for (const b of bs) {
    const k = keyOf(b);
    if (!pool.has(k)) pool.set(k, []);
    pool.get(k).push({ b, used: false });
  }
  const out = [];
  // Same line first, then nearest free one.
  const chosen = as.map((a) => {
    const same = (pool.get(keyOf(a)) ?? []).find((x) => !x.used && x.b.line === a.line);
    if (same) same.used = true;
    return same ?? null;
  });
  as.forEach((a, i) => {
    let x = chosen[i];
    if (!x) {
      const free = (pool.get(keyOf(a)) ?? []).filter((y) => !y.used);
      free.sort((p, q) => Math.abs(p.b.line - a.line) - Math.abs(q.b.line - a.line));
      x = free[0] ?? null;
      if (x) x.used = true;
    }
    out.push([a, x ? x.b : null]);
  });
  for (const list of pool.values()) for (const x of list) if (!x.used) out.push([null, x.b]);
  return out;
}

/** The label of a finding (same key; same line first, then nearest), as run.mjs matches them. */
function labelOf(labels, f) {
  const same = labels.filter((l) => keyOf(l) === keyOf(f));
  if (same.length === 0) return null;
  same.sort((p, q) => Math.abs((p.line ?? 0) - (f.line ?? 0)) - Math.abs((q.line ?? 0) - (f.line ?? 0)));
  return same[0];
}

/** What the code search concluded, read from the AFTER message (the JSON report has no field for it). */
function outcomeOf(f) {
  if (!f) return 'gone';
  const m = f.message ?? '';
  if ((f.references ?? []).length > 0 && /(Still used|Used \(or its table written\)) in the previous release's code at/.test(m)) return 'references';
  if (/Nothing in the previous release's code uses it .*, but `/.test(m)) return 'wholesale';
  if (/nothing in the previous release's code uses it/i.test(m)) return 'unused';
  if (/No application code here to search/.test(m)) return 'no-app-code';
  if (/stopped at its output bound/.test(m)) return 'truncated';
  return 'not-searched';
}

const repos = readdirSync(afterDir)
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -5))
  .filter((n) => !onlyRepos || onlyRepos.includes(n))
  .sort();

const rows = [];
const others = [];
for (const repo of repos) {
  const after = load(afterDir, repo);
  const before = load(beforeDir, repo);
  if (!before) {
    console.error(`compare: no BEFORE result for ${repo} in ${beforeDir}; skipped`);
    continue;
  }
  const labels = loadLabels(repo);
  const afterShas = new Set(after.commits.map((c) => c.sha));
  const beforeShas = new Set(before.commits.map((c) => c.sha));
  const flat = (res, shas) =>
    res.commits.filter((c) => shas.has(c.sha)).flatMap((c) => c.findings.map((f) => ({ ...f, commit: c.sha })));
  // Only commits both replays checked.
  const both = new Set([...afterShas].filter((s) => beforeShas.has(s)));
  const pairs = pair(flat(before, both), flat(after, both));
  for (const [b, a] of pairs) {
    const f = a ?? b;
    const interesting = REMOVING.has(f.rule) || (a?.references ?? []).length > 0 || outcomeOf(a) !== 'not-searched';
    if (!interesting) {
      if (!b || !a || b.severity !== a.severity) others.push({ repo, commit: f.commit, rule: f.rule, file: f.file, line: f.line, object: f.object, before: b?.severity ?? '-', after: a?.severity ?? '-' });
      continue;
    }
    const label = labelOf(labels, f);
    rows.push({
      repo,
      commit: f.commit,
      rule: f.rule,
      file: f.file,
      line: f.line,
      object: f.object,
      before: b ? (b.suppressed ? `${b.severity}(s)` : b.severity) : '-',
      after: a ? (a.suppressed ? `${a.severity}(s)` : a.severity) : '-',
      outcome: outcomeOf(a),
      references: (a?.references ?? []).map((r) => ({ file: r.file, line: r.line, text: r.text })),
      label: label?.label ?? null,
      class: label?.class ?? null,
      reason: label?.reason ?? null,
      message: a?.message ?? null,
    });
  }
}

const changed = (r) => r.before !== r.after;
const shown = rows.filter((r) => (only === 'changed' ? changed(r) : only === 'kept-refs' ? r.outcome === 'references' && !changed(r) : true));

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|');
console.log('| repo | commit | rule | object | before | after | outcome | references (first 2 of n) | label (class) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of shown) {
  const refs = r.references.length === 0 ? '' : `${r.references.slice(0, 2).map((x) => `${x.file}:${x.line}`).join(', ')}${r.references.length > 2 ? ` (+${r.references.length - 2})` : ''}`;
  console.log(`| ${r.repo} | ${r.commit.slice(0, 10)} | ${r.rule} | ${cell(r.object)} | ${r.before} | ${r.after} | ${r.outcome} | ${cell(refs)} | ${r.label ?? 'unlabelled'}${r.class ? ` (${r.class})` : ''} |`);
}

// Totals: removing rules by outcome and severity move; evidence-only rules by outcome.
const count = (xs, f) => xs.reduce((m, x) => m.set(f(x), (m.get(f(x)) ?? 0) + 1), new Map());
const removing = rows.filter((r) => REMOVING.has(r.rule));
console.log(`\n${removing.length} drop/rename findings (${rows.length - removing.length} other findings searched), ${repos.length} repositories.`);
console.log('\nDrop/rename findings by rule, before -> after severity, outcome:');
for (const [k, n] of [...count(removing, (r) => `${r.rule}: ${r.before} -> ${r.after}, ${r.outcome}`)].sort()) console.log(`  ${n}\t${k}`);
console.log('\nOther searched findings by rule and outcome:');
for (const [k, n] of [...count(rows.filter((r) => !REMOVING.has(r.rule)), (r) => `${r.rule}: ${r.before} -> ${r.after}, ${r.outcome}`)].sort()) console.log(`  ${n}\t${k}`);
console.log('\nSeverity changed (all searched findings), by label:');
for (const [k, n] of [...count(rows.filter(changed), (r) => `${r.before} -> ${r.after}, label ${r.label ?? 'unlabelled'}${r.class ? ` (${r.class})` : ''}`)].sort()) console.log(`  ${n}\t${k}`);
const step2 = rows.filter((r) => r.class === 'expand-contract-step2');
console.log(`\nLabelled expand-contract-step2: ${step2.length}`);
for (const r of step2) console.log(`  ${r.repo} ${r.commit.slice(0, 10)} ${r.rule} ${r.object}: ${r.before} -> ${r.after} (${r.outcome})`);
if (showOthers) {
  console.log(`\nOther rules, severity changed or on one side only: ${others.length}`);
  for (const [k, n] of [...count(others, (o) => `${o.repo} ${o.rule}: ${o.before} -> ${o.after}`)].sort()) console.log(`  ${n}\t${k}`);
}
if (jsonlOut) {
  writeFileSync(jsonlOut, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.error(`compare: ${rows.length} rows written to ${jsonlOut}`);
}
