#!/usr/bin/env node
/**
 * What a Postgres statement costs each parser the engine could use: every statement of the
 * corpus's Postgres files (split as the engine splits them), one parser call each, in a fresh
 * process per parser, timed twice in a row (the first pass pays compiling the WebAssembly and the
 * JavaScript around it, as a `sql` or `check` run does; the second is the warm rate).
 *
 *   node bench/speed/pg-parsers.mjs [--runs 3]
 *
 * Parsers: libpg-query 18 (`parseSync`: the real grammar and its JSON tree, what the engine
 * uses; `scanSync`: its lexer only; `fingerprintSync`: parse + fingerprint, no JSON tree) and
 * sqlparser-rs (`@guanmingchiu/sqlparser-ts`, already loaded for SQLite and MySQL) with its
 * PostgreSQL grammar; and the engine's own parse phase (`parseFile` of `src/migrations/parse-files.ts`
 * over each file, every section taken as forward: splitting, libpg-query in batches, the trees mapped
 * to operations), whose difference to `parseSync` is what the JavaScript around the parser costs. Each child runs with the WebAssembly flags the CLI sets (src/wasm-flags.ts:
 * baseline code only). CPU is user + system of the child, measured inside it
 * (`process.cpuUsage`) around each pass only; `read` counts the statements the parser accepted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const WASM_FLAGS = ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'];

if (process.env.PG_PARSERS_CHILD) {
  const { splitStatements, parseFile, prepareParsers } = await import(process.env.PG_PARSERS_BUNDLE);
  const which = process.env.PG_PARSERS_CHILD;
  const corpus = resolve(root, '../shared/corpus/sql');
  const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const texts = [];
  const files = [];
  for (const e of manifest) {
    if (e.dialect !== 'postgres') continue;
    const file = readFileSync(join(corpus, e.file), 'utf8');
    files.push(file);
    for (const p of splitStatements(file, { dialect: 'postgres' })) if (p.lexical === undefined) texts.push(p.text);
  }
  let call;
  let inputs = texts;
  if (which === 'parseFile') {
    // The engine's whole parse phase: split, libpg-query in batches, the tree mapped to operations.
    await prepareParsers(['postgres']);
    inputs = files;
    call = (text) => {
      const { forward } = parseFile({ text, sections: [{ part: 'up', start: 0, end: text.length, line: 1 }] }, 'postgres');
      if (forward.some((s) => s.status !== 'parsed')) throw new Error('not all parsed');
    };
  } else if (which === 'sqlparser-rs') {
    const sp = await import('@guanmingchiu/sqlparser-ts');
    await sp.init();
    call = (s) => sp.parse(s, 'postgresql');
  } else {
    const mod = await import('libpg-query');
    const lib = typeof mod.loadModule === 'function' ? mod : mod.default;
    await lib.loadModule();
    call = { parseSync: lib.parseSync, scanSync: lib.scanSync, fingerprintSync: lib.fingerprintSync }[which];
  }
  const passes = [];
  for (let pass = 0; pass < 2; pass++) {
    let read = 0;
    const c0 = process.cpuUsage();
    for (const s of inputs) {
      try {
        call(s);
        read++;
      } catch {
        // rejected: counted by `read`
      }
    }
    const c = process.cpuUsage(c0);
    passes.push({ ms: (c.user + c.system) / 1000, read });
  }
  console.log(JSON.stringify({ statements: texts.length, chars: texts.reduce((n, s) => n + s.length, 0), passes }));
  process.exit(0);
}

mkdirSync(join(root, '.tmp'), { recursive: true });
const bundle = join(root, '.tmp/bench-pg-parsers.mjs');
await build({ stdin: { contents: "export { splitStatements } from './src/migrations/split.ts'; export { parseFile } from './src/migrations/parse-files.ts'; export { prepareParsers } from './src/migrations/parse/index.ts';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: bundle, logLevel: 'warning' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const parsers = ['parseSync', 'scanSync', 'fingerprintSync', 'sqlparser-rs', 'parseFile'];
const results = new Map(parsers.map((p) => [p, []]));
let shape;
// Parsers in turn, `runs` rounds: a neighbour's load that comes and goes touches them alike.
for (let r = 0; r < runs; r++) {
  for (const p of parsers) {
    const out = spawnSync(process.execPath, [...WASM_FLAGS, fileURLToPath(import.meta.url)], {
      cwd: root,
      env: { ...process.env, PG_PARSERS_CHILD: p, PG_PARSERS_BUNDLE: bundle },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (out.status !== 0) throw new Error(`${p}: ${out.stderr}`);
    const row = JSON.parse(out.stdout);
    shape = { statements: row.statements, chars: row.chars };
    results.get(p).push(row.passes);
  }
}
console.log(`${shape.statements} statements (${shape.chars} characters) of the corpus's Postgres files, ${node()}, medians of ${runs} processes each\n`);
console.log('| parser | first pass, CPU ms | second pass, CPU ms | statements (files) read whole |');
console.log('|---|---:|---:|---:|');
for (const p of parsers) {
  const rows = results.get(p);
  const name = p === 'sqlparser-rs' ? 'sqlparser-rs, PostgreSQL grammar' : p === 'parseFile' ? 'the engine\'s parse phase (`parseFile`: split, libpg-query, mapping), per file' : `libpg-query \`${p}\``;
  console.log(`| ${name} | ${median(rows.map((x) => x[0].ms)).toFixed(0)} | ${median(rows.map((x) => x[1].ms)).toFixed(0)} | ${rows[0][0].read} |`);
}

function node() {
  return `Node ${process.versions.node}`;
}
