#!/usr/bin/env node
/**
 * Limits benchmark (issue 11, "bounded time and memory, always a report"): time and peak memory of
 * the built CLI (and the Action) on the inputs the issue names, each against the bound stated in
 * bench/README.md. Exit 1 when a case misses its bound, crashes, or gives no report.
 *
 *   node bench/limits/run.mjs [--cli dist/cli.js] [--node PATH] [--quick] [--only a,b] [--timeout S]
 *                             [--data DIR] [--json OUT]
 *
 * Cases: 130k statements (`sql`), a 50 MB SQL file (`sql`), a 60 MB spec pair (`contract`,
 * GitHub's dereferenced GHES 3.18 → 3.19 descriptions of @octokit/openapi 23.0.2, fetched once with
 * `npm pack` when node_modules lacks them),
 * 10k changed files (`check`; --quick: 2k), 10k annotations (`check --format github`, and the
 * Action's check run against the local GitHub stand-in of test/e2e, bundled into .tmp/; --quick: 1k
 * annotations there).
 * Bounds are on CPU time (user + system) and peak RSS: wall time is printed, but on a shared machine
 * it moves with the neighbours' load; the check run's wall time is mostly GitHub's one-second
 * spacing between writes (200 requests for 10k annotations).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT, actionStep, buildRepo, count, machine, options, timed } from '../scaling/lib.mjs';

const { quick, cli, node, timeoutMs, data, only, jsonOut } = options('bench/.data/limits');
const GENERATOR = 'v1';
const MB = 1024 * 1024;
/** Files of the changed-files case (`--quick`: 2,000). */
const CHANGED = quick ? 2_000 : 10_000;

mkdirSync(data, { recursive: true });

function file(name, make) {
  const path = join(data, name);
  if (!existsSync(path)) writeFileSync(path, make());
  return path;
}

/**
 * A seed-style migration of ~`mb` MB: a table, multi-row INSERTs with quoted text, and at the end a
 * DROP TABLE of a table the file does not create (an existing one: dropping a table created in the
 * same migration is no hazard, and is rightly quiet).
 */
function bigSql(mb) {
  const parts = ['CREATE TABLE users (id bigint PRIMARY KEY, email text, note text);\n'];
  let size = parts[0].length;
  let id = 0;
  while (size < mb * MB) {
    const rows = [];
    for (let r = 0; r < 100; r++, id++) rows.push(`(${id}, 'user${id}@example.com', 'it''s row ${id}; -- not a comment /* nor this */')`);
    const stmt = `INSERT INTO users (id, email, note) VALUES\n${rows.join(',\n')};\n`;
    parts.push(stmt);
    size += stmt.length;
  }
  parts.push('DROP TABLE audit;\n');
  return parts.join('');
}

const pad = (n) => String(n).padStart(6, '0');

const CASES = {
  'statements-130k': {
    what: "130,000 statements (`yes 'SELECT 1;' | head -130000`), `sql`",
    bound: { cpu: 10, rssMB: 1024 },
    async run() {
      const m = file('select-130k.sql', () => 'SELECT 1;\n'.repeat(130_000));
      return sqlCase(m, [0]);
    },
  },
  'sql-50mb': {
    what: 'a 50 MB seed migration (multi-row INSERTs) ending in DROP TABLE, `sql`',
    bound: { cpu: 60, rssFactor: 10 },
    async run() {
      const m = file('seed-50mb-v2.sql', () => bigSql(50));
      // The DROP TABLE at the end must fail the verdict, whatever else the file holds.
      return sqlCase(m, [1], 'drop-table');
    },
  },
  'spec-60mb': {
    what: "a 60 MB spec pair: GitHub's dereferenced GHES 3.18 → 3.19 descriptions (63 + 66 MB), `contract`",
    bound: { cpu: 120, rssMB: 1536, rssFactor: 10 },
    async run() {
      const [base, head] = ghesDescriptions(['ghes-3.18.deref.json', 'ghes-3.19.deref.json']);
      const report = join(data, '.report.json');
      rmSync(report, { force: true });
      const r = await timed(node, [cli, 'contract', '--format', 'json', '--output', report, base, head], { cwd: data, timeoutMs });
      const input = statSync(base).size + statSync(head).size;
      return { ...r, input, ...reportOf(report), expectExit: [0, 1] };
    },
  },
  'changed-10k': {
    what: `a PR of ${count(CHANGED)} changed files: ${count(CHANGED / 10)} new migrations, ${count(CHANGED * 0.6)} .ts, ${count(CHANGED * 0.15)} .json, ${count(CHANGED * 0.15)} .md, \`check\``,
    // Issue 18's 1,187-file merge in ≤ 3 s, scaled to the files changed.
    bound: { cpu: (30 * CHANGED) / 10_000, rssMB: 1024 },
    async run() {
      const n = CHANGED;
      const dir = buildRepo(join(data, `changed-${n}`), `${GENERATOR} changed ${n}`, () => {
        const base = [];
        const change = [];
        for (let i = 0; i < 100; i++) base.push([`db/migrations/${pad(i)}_base.sql`, `CREATE TABLE b${i} (id bigint PRIMARY KEY, legacy text);\n`]);
        for (let i = 0; i < n / 10; i++) {
          const drop = i === n / 10 - 1 ? 'ALTER TABLE b0 DROP COLUMN legacy;\n' : '';
          change.push([`db/migrations/${pad(100 + i)}_pr.sql`, `CREATE TABLE p${i} (id bigint PRIMARY KEY, v text);\n${drop}`]);
        }
        for (let i = 0; i < n * 0.6; i++) {
          base.push([`src/m${i}.ts`, `export const m${i} = ${i};\n`]);
          change.push([`src/m${i}.ts`, `export const m${i} = ${i + 1};\n`]);
        }
        for (let i = 0; i < n * 0.15; i++) {
          base.push([`data/d${i}.json`, `{"id": ${i}}\n`]);
          change.push([`data/d${i}.json`, `{"id": ${i}, "v": 2}\n`]);
          base.push([`docs/d${i}.md`, `# ${i}\n`]);
          change.push([`docs/d${i}.md`, `# ${i}, edited\n`]);
        }
        return { base, change };
      });
      return checkCase(dir, ['--format', 'json'], [1], 'drop-column', 1);
    },
  },
  'annotations-10k': {
    what: '10,000 findings (a PR drops 10,000 columns): `check --format github` (workflow commands)',
    bound: { cpu: 20, rssMB: 1024 },
    async run() {
      const dir = annotationsRepo(10_000);
      const r = await timed(node, [cli, 'check', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'github'], { cwd: dir, timeoutMs });
      const lines = r.stdout.split('\n');
      const errors = lines.filter((l) => l.startsWith('::error file=')).length;
      return { ...r, expectExit: [1], note: `${errors} error annotations in the log (GitHub shows 10 per level)`, ok: errors > 0 && errors <= 10 };
    },
  },
  'check-run-10k': {
    what: `${quick ? '1,000' : '10,000'} findings through the Action's check run, against the local GitHub stand-in`,
    bound: { cpu: 60, rssMB: 1024 },
    async run() {
      return checkRunCase(quick ? 1_000 : 10_000);
    },
  },
};

/**
 * GitHub's descriptions `names` from @octokit/openapi 23.0.2: from node_modules when it is there,
 * else fetched once with `npm pack` into the data folder (the package is 385 MB unpacked).
 */
function ghesDescriptions(names) {
  const installed = join(ROOT, 'node_modules/@octokit/openapi/generated');
  if (names.every((n) => existsSync(join(installed, n)))) return names.map((n) => join(installed, n));
  const dir = join(data, 'octokit-openapi-23.0.2');
  const files = names.map((n) => join(dir, 'package/generated', n));
  if (files.every((f) => existsSync(f))) return files;
  const tgz = join(data, 'octokit-openapi-23.0.2.tgz');
  if (!existsSync(tgz)) execFileSync('npm', ['pack', '@octokit/openapi@23.0.2', '--pack-destination', data], { stdio: 'ignore' });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tgz, '-C', dir, ...names.map((n) => `package/generated/${n}`)]);
  return files;
}

function annotationsRepo(n) {
  return buildRepo(join(data, `annotations-${n}`), `${GENERATOR} annotations ${n}`, () => {
    const cols = Array.from({ length: n }, (_, i) => `c${i} text`).join(', ');
    const drops = Array.from({ length: n }, (_, i) => `ALTER TABLE wide DROP COLUMN c${i};`).join('\n');
    return { base: [['db/migrations/000001_init.sql', `CREATE TABLE wide (id bigint PRIMARY KEY, ${cols});\n`]], change: [['db/migrations/000002_drop.sql', `${drops}\n`]] };
  });
}

function reportOf(path) {
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const rules = {};
    for (const f of report.findings) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    return { rules, verdict: report.verdict };
  } catch {
    return { rules: null };
  }
}

async function sqlCase(path, expectExit, rule) {
  const report = join(data, '.report.json');
  rmSync(report, { force: true });
  const r = await timed(node, [cli, 'sql', '--format', 'json', '--output', report, path], { cwd: data, timeoutMs });
  const got = reportOf(report);
  const ok = rule === undefined || (got.rules?.[rule] ?? 0) > 0;
  return { ...r, input: statSync(path).size, ...got, expectExit, ok, note: rule ? `${rule} ${ok ? 'reported' : 'NOT reported'}` : undefined };
}

async function checkCase(dir, args, expectExit, rule, n) {
  const report = join(data, '.report.json');
  rmSync(report, { force: true });
  const r = await timed(node, [cli, 'check', '--base', 'HEAD~1', '--head', 'HEAD', ...args, '--output', report], { cwd: dir, timeoutMs });
  const got = reportOf(report);
  const ok = (got.rules?.[rule] ?? 0) === n;
  return { ...r, ...got, expectExit, ok, note: `${n} × ${rule} ${ok ? 'reported' : 'expected'}` };
}

async function checkRunCase(n) {
  const dir = annotationsRepo(n);
  const bundle = join(ROOT, '.tmp/bench-github-api-server.mjs');
  await build({
    entryPoints: [join(ROOT, 'test/e2e/github-api-server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
    // It reads its REST description beside its source.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'test/e2e/github-api-server.ts')).href) },
  });
  const { FakeGitHub } = await import(pathToFileURL(bundle).href);
  const github = await new FakeGitHub().start();
  try {
    const { env, summary: summaryFile } = actionStep(dir, join(data, '.runner'), {
      apiUrl: github.url,
      token: 'ghs_benchTokenNotReal0000000000000000000',
      annotations: 'check-run',
    });
    const r = await timed(node, [resolve(cli, '../index.js')], { cwd: dir, timeoutMs: Math.max(timeoutMs, (n / 50) * 1500 + 120_000), env });
    const runs = [...github.checkRuns.values()];
    const delivered = runs.reduce((s, c) => s + c.annotations.length, 0);
    const requests = github.requests.filter((q) => q.path.includes('/check-runs')).length;
    const invalid = github.invalidRequests().length;
    const summary = statSync(summaryFile).size;
    const ok = delivered === n && invalid === 0;
    return {
      ...r,
      expectExit: [1],
      ok,
      note: `${count(delivered)} of ${count(n)} annotations on the check run in ${requests} requests, ${invalid} invalid request bodies, job summary ${(summary / 1024).toFixed(0)} KB`,
    };
  } finally {
    await github.stop();
  }
}

const env = machine(node);
console.log(`rollback-guard limits benchmark — ${env.date} UTC, ${env.cpu}, ${env.memory}, Node ${env.node}, load ${env.load}`);
console.log(`CLI: ${cli}${quick ? ' (--quick)' : ''}\n`);

const results = {};
let failed = false;
for (const [name, c] of Object.entries(CASES)) {
  if (only && !only.includes(name)) continue;
  const r = await c.run();
  const problems = [];
  if (r.timedOut) problems.push(`timed out after ${(r.wall ?? 0).toFixed(0)} s`);
  else if (!r.expectExit.includes(r.code)) problems.push(`exit ${r.code} (expected ${r.expectExit.join(' or ')}): ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
  if (r.ok === false) problems.push('wrong report');
  const b = c.bound;
  if (r.cpu !== null && b.cpu !== undefined && r.cpu > b.cpu) problems.push(`CPU ${r.cpu.toFixed(1)} s > ${b.cpu} s`);
  if (r.rssMB !== null && b.rssMB !== undefined && r.rssMB > b.rssMB) problems.push(`RSS ${r.rssMB.toFixed(0)} MB > ${b.rssMB} MB`);
  if (r.rssMB !== null && b.rssFactor !== undefined && r.input && r.rssMB * MB > b.rssFactor * r.input) {
    problems.push(`RSS ${((r.rssMB * MB) / r.input).toFixed(1)}× the input > ${b.rssFactor}×`);
  }
  if (problems.length > 0) failed = true;
  const bound = [b.cpu !== undefined ? `≤ ${b.cpu} s CPU` : null, b.rssMB !== undefined ? `≤ ${b.rssMB} MB` : null, b.rssFactor ? `≤ ${b.rssFactor}× input` : null].filter(Boolean).join(', ');
  console.log(`${name}: ${c.what}`);
  console.log(
    `  ${r.timedOut ? `> ${r.wall.toFixed(0)}` : r.wall.toFixed(2)} s wall, ${r.cpu === null ? '?' : r.cpu.toFixed(2)} s CPU, ${r.rssMB === null ? '?' : r.rssMB.toFixed(0)} MB peak RSS${r.input ? ` (${((r.rssMB * MB) / r.input).toFixed(1)}× the ${(r.input / MB).toFixed(0)} MB input)` : ''}, exit ${r.code}` +
      `${r.rules ? `, ${JSON.stringify(r.rules).slice(0, 200)}` : ''}${r.note ? `; ${r.note}` : ''}`,
  );
  console.log(`  bound: ${bound}  ${problems.length ? `✗ ${problems.join('; ')}` : '✓'}\n`);
  results[name] = { what: c.what, bound: b, wall: r.wall, cpu: r.cpu, rssMB: r.rssMB, code: r.code, timedOut: r.timedOut, rules: r.rules, note: r.note, problems };
}

if (jsonOut) writeFileSync(resolve(jsonOut), `${JSON.stringify({ env, cli, quick, results }, null, 1)}\n`);
console.log(failed ? 'FAILED: a case missed its bound (✗ above).' : 'OK: every case within its bound.');
process.exitCode = failed ? 1 : 0;
