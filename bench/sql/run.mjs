#!/usr/bin/env node
/**
 * SQL benchmark over ../shared/corpus/sql (or --corpus DIR): crashes, hangs, parse coverage per
 * dialect, findings per rule, down files -> down-migration, time; squawk side by side when it is
 * installed in bench/.peers (npm install --prefix bench/.peers squawk-cli).
 *
 *   node bench/sql/run.mjs [--corpus DIR] [--cli dist/cli.js] [--no-squawk] [--no-node24] [--json OUT]
 *
 * Parse coverage and per-file timing come from the engine bundled into .tmp/ (esbuild, node_modules
 * kept external); end-to-end time and findings come from the built CLI (`sql --format json`,
 * dist/cli.js after `npm run build`, or the file named by --cli): one run per dialect in a row,
 * then the same four runs two at a time (both cores) for the wall time of the whole corpus, and in a
 * row again on Node 24 (the Action's runtime) when `npm run test:node24` has installed it in .tmp/.
 */
import { build } from 'esbuild';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const corpus = resolve(opt('--corpus', join(root, '../shared/corpus/sql')));
const cliOption = opt('--cli', null);
const withSquawk = !args.includes('--no-squawk');
const HANG_MS = 5000;

/** Manifest dialect -> the --dialect we run it as (portable SQL runs on Postgres in the corpus's projects). */
const RUN_AS = { postgres: 'postgres', cockroach: 'cockroach', mysql: 'mysql', sqlite: 'sqlite', portable: 'postgres' };

const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));

// 1. In-process: coverage, crashes, hangs, per-file time.
mkdirSync(join(root, '.tmp'), { recursive: true });
const bundle = join(root, '.tmp/bench-sql.mjs');
await build({
  entryPoints: [join(root, 'bench/sql/entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile: bundle,
  logLevel: 'warning',
});
// The CLI timed is the built one users run (dist/cli.js: code-split, WASM patches), or --cli FILE.
const cli = cliOption ? resolve(root, cliOption) : join(root, 'dist/cli.js');
if (!existsSync(cli)) {
  console.error(`${cli} does not exist: run 'npm run build' first (or pass --cli FILE).`);
  process.exit(2);
}
const engine = await import(pathToFileURL(bundle).href);
await engine.prepareEngine();

const perDialect = {};
const unparsedSamples = {};
const unanalysedSamples = {};
let crashes = 0;
const crashList = [];
let hangs = 0;
let slowest = { file: '', ms: 0 };
const t0 = performance.now();
for (const entry of manifest) {
  const dialect = RUN_AS[entry.dialect] ?? 'postgres';
  const d = (perDialect[entry.dialect] ??= { files: 0, statements: 0, parsed: 0, unparsed: 0, forward: 0, unanalysed: 0, ms: 0 });
  d.files++;
  const text = readFileSync(join(corpus, entry.file), 'utf8');
  const start = performance.now();
  try {
    const file = engine.detectMigration(entry.file, text, ['**']) ?? { path: entry.file, framework: 'plain', version: null, part: 'up' };
    const sections = file.part === 'down' ? [{ part: 'down', start: 0, end: text.length, line: 1 }] : engine.sectionsOf(file, text);
    for (const section of sections) {
      for (const piece of engine.splitStatements(text, { dialect, from: section.start, to: section.end })) {
        const stmt = engine.parseStatement(piece, dialect);
        d.statements++;
        if (section.part !== 'down' && file.part !== 'down') d.forward++;
        if (stmt.status === 'parsed') d.parsed++;
        else {
          d.unparsed++;
          const samples = (unparsedSamples[entry.dialect] ??= []);
          if (samples.length < 400) samples.push({ file: entry.file, line: stmt.line, error: stmt.error, text: stmt.text.slice(0, 160) });
        }
      }
    }
    // What the gate itself reports: the file run as a new forward migration (routines resolved,
    // down parts excluded); every statement it cannot analyse is an unparsed-statement finding.
    const config = engine.defaultConfig();
    config.migrations.dialect = dialect;
    const report = engine.runEngine({ changes: engine.changeSetFromTrees({}, { [entry.file]: text }), config, force: { migrations: [entry.file] } });
    for (const f of report.findings) {
      if (f.rule !== 'unparsed-statement') continue;
      d.unanalysed++;
      const samples = (unanalysedSamples[entry.dialect] ??= []);
      if (samples.length < 200) samples.push({ file: entry.file, line: f.line, message: f.message.slice(0, 200) });
    }
  } catch (error) {
    crashes++;
    crashList.push({ file: entry.file, error: String(error?.stack ?? error).slice(0, 300) });
  }
  const ms = performance.now() - start;
  d.ms += ms;
  if (ms > HANG_MS) hangs++;
  if (ms > slowest.ms) slowest = { file: entry.file, ms };
}
const inProcessMs = performance.now() - t0;

// 2. End to end: the built CLI, one run per dialect (files in chunks to stay under argv limits).
/** Manifest entries by the --dialect they run as. */
const byDialect = new Map();
for (const entry of manifest) {
  const d = RUN_AS[entry.dialect] ?? 'postgres';
  if (!byDialect.has(d)) byDialect.set(d, []);
  byDialect.get(d).push(entry);
}
const e2e = { ms: 0, msPerDialect: {}, findings: {}, downFiles: 0, downFlagged: 0, exitCodes: {}, errors: [] };
const downMissed = [];
/** Each run's JSON report, by dialect and chunk, to compare Node 24's with. */
const reports = new Map();
/**
 * `sql --dialect D --format json` over `entries` with the given Node, one run per chunk (2,401
 * paths fit in one command line; chunks only past 5,000): each run with its files and time.
 */
function* sqlRuns(node, dialect, entries) {
  for (let i = 0; i < entries.length; i += 5000) {
    const chunk = entries.slice(i, i + 5000);
    const start = performance.now();
    const run = spawnSync(node, [cli, 'sql', '--dialect', dialect, '--format', 'json', ...chunk.map((e) => e.file)], {
      cwd: corpus,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      timeout: 300_000,
    });
    yield { chunk, run, took: performance.now() - start, key: `${dialect}:${i}` };
  }
}

if (existsSync(cli)) {
  for (const [dialect, entries] of byDialect) {
    for (const { chunk, run, took, key } of sqlRuns(process.execPath, dialect, entries)) {
      e2e.ms += took;
      e2e.msPerDialect[dialect] = Math.round((e2e.msPerDialect[dialect] ?? 0) + took);
      e2e.exitCodes[run.status] = (e2e.exitCodes[run.status] ?? 0) + 1;
      if (run.status !== 0 && run.status !== 1) {
        e2e.errors.push({ dialect, status: run.status, stderr: (run.stderr ?? '').slice(0, 300) });
        continue;
      }
      reports.set(key, run.stdout);
      const report = JSON.parse(run.stdout);
      const flagged = new Set();
      for (const f of report.findings) {
        e2e.findings[f.rule] = (e2e.findings[f.rule] ?? 0) + 1;
        if (f.rule === 'down-migration') flagged.add(f.file);
      }
      for (const e of chunk) {
        if (e.direction !== 'down') continue;
        e2e.downFiles++;
        if (flagged.has(e.file)) e2e.downFlagged++;
        else downMissed.push(e.file);
      }
    }
  }
}

// 2b. The same four runs two at a time (this machine has 2 cores): wall time of the whole corpus.
if (existsSync(cli)) {
  const runOne = (dialect) =>
    new Promise((done) => {
      const child = spawn(process.execPath, [cli, 'sql', '--dialect', dialect, '--format', 'json', ...byDialect.get(dialect).map((e) => e.file)], { cwd: corpus, stdio: ['ignore', 'ignore', 'ignore'] });
      child.on('close', done);
    });
  const lane = async (dialects) => {
    for (const d of dialects) if (byDialect.has(d)) await runOne(d);
  };
  const start = performance.now();
  await Promise.all([lane(['postgres', 'cockroach']), lane(['mysql', 'sqlite'])]);
  e2e.twoAtATimeMs = Math.round(performance.now() - start);
}

// 2c. The same runs in a row on Node 24, the Action's runtime at GitHub, when scripts/node24.mjs
// has installed it (.tmp/node24): time, and whether each report is byte-identical to this Node's.
const node24 = join(root, '.tmp/node24/node_modules/.bin/node');
if (existsSync(cli) && existsSync(node24) && !args.includes('--no-node24')) {
  const runs = { version: execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim(), ms: 0, msPerDialect: {}, sameReports: true };
  for (const [dialect, entries] of byDialect) {
    for (const { run, took, key } of sqlRuns(node24, dialect, entries)) {
      runs.ms += took;
      runs.msPerDialect[dialect] = Math.round((runs.msPerDialect[dialect] ?? 0) + took);
      if (run.stdout !== reports.get(key)) runs.sameReports = false;
    }
  }
  runs.ms = Math.round(runs.ms);
  e2e.node24 = runs;
}

// 3. squawk on the same Postgres up files, with rollback-relevant rules compared line by line.
const squawkBin = join(root, 'bench/.peers/node_modules/.bin/squawk');
let squawk = null;
if (withSquawk && existsSync(squawkBin) && existsSync(cli)) {
  const pgUp = manifest.filter((e) => e.dialect === 'postgres' && e.direction === 'up').map((e) => e.file);
  const PAIRS = {
    'ban-drop-column': 'drop-column',
    'ban-drop-table': 'drop-table',
    'renaming-column': 'rename-column',
    'renaming-table': 'rename-table',
    'changing-column-type': 'change-column-type',
    'adding-required-field': 'add-required-column',
  };
  const theirs = new Map();
  const squawkSyntaxErrors = new Set();
  const ours = new Map();
  let theirMs = 0;
  let ourMs = 0;
  const version = execFileSync(squawkBin, ['--version'], { encoding: 'utf8' }).trim();
  for (let i = 0; i < pgUp.length; i += 2000) {
    const chunk = pgUp.slice(i, i + 2000);
    let start = performance.now();
    const s = spawnSync(squawkBin, ['--reporter', 'json', ...chunk], { cwd: corpus, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    theirMs += performance.now() - start;
    for (const v of JSON.parse(s.stdout || '[]')) {
      if (v.rule_name === 'syntax-error') squawkSyntaxErrors.add(v.file);
      const rule = PAIRS[v.rule_name];
      if (!rule) continue;
      const key = `${v.file}:${v.line + 1}:${rule}`;
      theirs.set(key, v);
    }
    start = performance.now();
    spawnSync(process.execPath, [cli, 'sql', '--dialect', 'postgres', '--format', 'json', ...chunk], { cwd: corpus, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    ourMs += performance.now() - start;
  }
  // squawk lints each file on its own; so, for agreement, does the engine (one file = one PR),
  // otherwise a table created in an earlier file would count as "created in this PR".
  for (const file of pgUp) {
    const config = engine.defaultConfig();
    const changes = engine.changeSetFromTrees({}, { [file]: readFileSync(join(corpus, file), 'utf8') });
    for (const f of engine.runEngine({ changes, config, force: { migrations: [file] } }).findings) {
      if (Object.values(PAIRS).includes(f.rule)) ours.set(`${f.file}:${f.line}:${f.rule}`, f);
    }
  }
  const both = [...theirs.keys()].filter((k) => ours.has(k));
  /** A one-line reason for each disagreement, from where it sits in the file. */
  const classify = (key, side) => {
    const [file, lineText, rule] = key.split(/:(?=\d+:[a-z-]+$)|:(?=[a-z-]+$)/);
    const line = Number(lineText);
    const text = readFileSync(join(corpus, file), 'utf8');
    const info = engine.detectMigration(file, text, ['**']);
    const sections = info ? engine.sectionsOf(info, text) : [];
    const offsetOfLine = text.split('\n').slice(0, line - 1).join('\n').length;
    const down = sections.find((x) => x.part === 'down' && offsetOfLine >= x.start && offsetOfLine <= x.end);
    const stmt = engine.splitStatements(text, { dialect: 'postgres' }).find((x) => x.line <= line && x.endLine >= line);
    const head = stmt ? stmt.text.slice(0, 40) : '';
    if (side === 'theirs') {
      if (down) return 'theirs wrong: a Down section linted as forward SQL';
      if (rule === 'add-required-column' && /\b(?:big|small)?serial\b/i.test(stmt?.text ?? '')) return 'theirs wrong: a serial column has a default';
      const finding = theirs.get(key);
      const mentioned = stmt ? stmt.text : '';
      const created = /CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?("?[\w.]+"?)/gi;
      const names = [...text.slice(0, stmt?.start ?? 0).matchAll(created)].map((m) => m[1].replace(/"/g, '').toLowerCase().replace(/^public\./, ''));
      if (names.some((n) => new RegExp(`\\b${n.replace('.', '\\.')}\\b`, 'i').test(mentioned.replace(/"/g, '')))) return 'theirs wrong: the table was created earlier in the same file';
      const added = [...text.slice(0, stmt?.start ?? 0).matchAll(/ADD\s+(?:COLUMN\s+)?("?\w+"?)/gi)].map((m) => m[1].replace(/"/g, '').toLowerCase());
      const dropped = /DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?("?\w+"?)/i.exec(mentioned)?.[1]?.replace(/"/g, '').toLowerCase();
      if (rule === 'drop-column' && dropped && added.includes(dropped)) return 'theirs wrong: the column was added earlier in the same file';
      if (rule === 'change-column-type' && /SET\s+DATA\s+TYPE\s+BIGINT|TYPE\s+BIGINT/i.test(mentioned)) return 'agree in substance: int -> bigint is our widen-column-type (a notice)';
      if (rule === 'change-column-type') return `check: ${finding?.message ?? ''}`.slice(0, 120);
      return `check: ${head}`;
    }
    if (squawkSyntaxErrors.has(file)) return 'ours right: squawk reports a syntax error in this file and lints nothing after it';
    if (stmt && /^DO\b/i.test(stmt.text)) return 'ours right: DDL inside a DO block runs at migration time; squawk does not read DO bodies';
    return `check: ${head}`;
  };
  squawk = {
    version,
    files: pgUp.length,
    theirMs: Math.round(theirMs),
    ourMs: Math.round(ourMs),
    ratio: +(ourMs / theirMs).toFixed(2),
    agree: both.length,
    onlyTheirs: [...theirs.keys()].filter((k) => !ours.has(k)).map((k) => ({ key: k, reason: classify(k, 'theirs') })),
    onlyOurs: [...ours.keys()].filter((k) => !theirs.has(k)).map((k) => ({ key: k, reason: classify(k, 'ours') })),
    perRule: Object.fromEntries(
      Object.values(PAIRS).map((r) => [
        r,
        {
          both: both.filter((k) => k.endsWith(`:${r}`)).length,
          onlyTheirs: [...theirs.keys()].filter((k) => k.endsWith(`:${r}`) && !ours.has(k)).length,
          onlyOurs: [...ours.keys()].filter((k) => k.endsWith(`:${r}`) && !theirs.has(k)).length,
        },
      ]),
    ),
  };
}

const result = {
  machine: { cpus: cpus().length, node: process.version, loadavgAtEnd: loadavg().map((l) => +l.toFixed(2)) },
  corpus,
  files: manifest.length,
  crashes,
  crashList,
  hangs,
  slowest: { file: slowest.file, ms: Math.round(slowest.ms) },
  inProcessMs: Math.round(inProcessMs),
  coverage: Object.fromEntries(
    Object.entries(perDialect).map(([d, v]) => [
      d,
      {
        ...v,
        ms: Math.round(v.ms),
        parsedPercent: +((100 * v.parsed) / Math.max(1, v.statements)).toFixed(2),
        analysedPercent: +((100 * (v.forward - v.unanalysed)) / Math.max(1, v.forward)).toFixed(2),
      },
    ]),
  ),
  e2e: { ...e2e, ms: Math.round(e2e.ms) },
  downMissed,
  squawk,
};
const out = opt('--json', join(root, '.tmp/bench-sql.json'));
writeFileSync(out, JSON.stringify({ ...result, unparsedSamples, unanalysedSamples }, null, 2));
const { crashList: _c, ...summary } = result;
console.log(JSON.stringify({ ...summary, downMissed: downMissed.slice(0, 20), squawk: squawk && { ...squawk, onlyTheirs: squawk.onlyTheirs.length, onlyOurs: squawk.onlyOurs.length } }, null, 2));
console.log(`full details (unparsed samples, disagreements): ${out}`);
