#!/usr/bin/env node
/**
 * Are two builds' reports byte-identical over the whole SQL corpus? For each dialect list of
 * ../shared/corpus/sql's manifest (run as bench/sql/run.mjs runs it: `portable` as Postgres) and
 * each format, one `sql --dialect D --format F FILES...` per build, compared byte for byte; then
 * the same without `--dialect` (each file's dialect inferred) over every file.
 *
 *   node bench/sql/same-output.mjs --a A/cli.js --b B/cli.js [--formats json,text] [--corpus DIR]
 *
 * Prints one line per run and exits 1 when any output (or exit code) differs; the first differing
 * line of each is shown. Used to check that a speed change leaves the reports as they were.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const a = opt('--a');
const b = opt('--b');
if (!a || !b) {
  console.error('usage: node bench/sql/same-output.mjs --a A/cli.js --b B/cli.js [--formats json,text] [--corpus DIR]');
  process.exit(2);
}
const corpus = resolve(opt('--corpus', join(root, '../shared/corpus/sql')));
const formats = opt('--formats', 'json,text').split(',');
const RUN_AS = { postgres: 'postgres', cockroach: 'cockroach', mysql: 'mysql', sqlite: 'sqlite', portable: 'postgres' };
const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));

const lists = new Map();
for (const e of manifest) {
  const d = RUN_AS[e.dialect] ?? 'postgres';
  if (!lists.has(d)) lists.set(d, []);
  lists.get(d).push(e.file);
}
const runs = [...[...lists].map(([d, files]) => ({ label: d, argv: ['--dialect', d], files })), { label: 'inferred', argv: [], files: manifest.map((e) => e.file) }];

const exec = (cli, argv) => spawnSync(process.execPath, [resolve(cli), ...argv], { cwd: corpus, maxBuffer: 1 << 30 });
let differ = 0;
for (const r of runs) {
  for (const format of formats) {
    const argv = ['sql', ...r.argv, '--format', format, '--fail-on', 'never', ...r.files];
    const x = exec(a, argv);
    const y = exec(b, argv);
    const same = x.status === y.status && Buffer.compare(x.stdout, y.stdout) === 0;
    let note = '';
    if (!same) {
      differ++;
      const xl = x.stdout.toString().split('\n');
      const yl = y.stdout.toString().split('\n');
      const i = xl.findIndex((l, k) => l !== yl[k]);
      note = ` exit ${x.status}/${y.status}; first difference at line ${i + 1}:\n    A ${xl[i]?.slice(0, 300)}\n    B ${yl[i]?.slice(0, 300)}`;
    }
    console.log(`${r.label} ${format} (${r.files.length} files, ${x.stdout.length} bytes): ${same ? 'identical' : 'DIFFER'}${note}`);
  }
}
process.exit(differ ? 1 : 0);
