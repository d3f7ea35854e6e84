#!/usr/bin/env node
/**
 * issue 17's bound for `rollback-guard plan`: a range of 200 commits and 300 migrations planned in
 * at most 10 s (whole process). Builds the repository in a temporary folder, then times the CLI.
 *
 *   npm run build && node bench/plan/run.mjs [--keep] [--cli dist/cli.js]
 *
 * The repository: `v1.0.0` holds 300 migrations of history (the base replay) and app code; then
 * 200 commits add 300 migrations (creates, added columns and indexes, backfills of the added columns), tagged
 * `v1.1.0` … `v1.10.0` every 20 commits; the last release drops a column the code still read
 * before it (so `--oldest-safe` stops at once) unless the walk is asked to go on (`--all-safe`).
 * Printed: each command, its exit code and its wall time (and CPU and peak memory from
 * /usr/bin/time -v when it is there).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const allSafe = args.includes('--all-safe');
const cli = resolve(args.includes('--cli') ? args[args.indexOf('--cli') + 1] : 'dist/cli.js');
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(2);
}

const ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_CONFIG_NOSYSTEM: '1' };
const dir = mkdtempSync(join(tmpdir(), 'rg-plan-bench-'));
const git = (...a) => execFileSync('git', a, { cwd: dir, env: ENV, encoding: 'utf8', maxBuffer: 1 << 30 });
const write = (files) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
};
let clock = Date.parse('2026-01-01T00:00:00Z') / 1000;
const commit = (message) => {
  clock += 3600;
  git('add', '-A');
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env: { ...ENV, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` } });
};

const pad = (n) => String(n).padStart(5, '0');
let version = 0;
const migration = (name, sql) => ({ [`db/migrations/${pad(++version)}_${name}.sql`]: sql });

// v1.0.0: 300 migrations of history, 100 tables, and code that reads them.
git('init', '-q', '-b', 'main');
git('config', 'gc.auto', '0');
const history = {};
for (let t = 0; t < 100; t++) {
  Object.assign(history, migration(`create_t${t}`, `CREATE TABLE t${t} (id bigint PRIMARY KEY, name text NOT NULL, legacy_${t} text, created_at timestamptz NOT NULL DEFAULT now());\n`));
  Object.assign(history, migration(`index_t${t}`, `CREATE INDEX t${t}_name ON t${t} (name);\n`));
  Object.assign(history, migration(`add_t${t}`, `ALTER TABLE t${t} ADD COLUMN note_${t} text;\n`));
}
write(history);
const code = {};
for (let t = 0; t < 100; t++) code[`app/t${t}.py`] = `def read(row):\n    return row.name, row.legacy_${t}, row.note_${t}\n`;
write(code);
write({ 'api/openapi.yaml': 'openapi: 3.0.3\ninfo: { title: bench, version: "1" }\npaths:\n  /t0/{id}:\n    get:\n      parameters:\n        - { name: id, in: path, required: true, schema: { type: string } }\n      responses:\n        "200": { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }\n' });
commit('v1.0.0');
git('tag', '-a', 'v1.0.0', '-m', 'v1.0.0');

// 200 commits, 300 migrations: 1 or 2 a commit, tagged every 20 commits.
let added = 0;
for (let c = 1; c <= 200; c++) {
  const files = {};
  const count = c % 2 === 0 ? 2 : 1;
  for (let k = 0; k < count && added < 300; k++, added++) {
    const t = 100 + added;
    const kind = added % 3;
    if (kind === 0) Object.assign(files, migration(`create_t${t}`, `CREATE TABLE t${t} (id bigint PRIMARY KEY, ref bigint, label text);\n`));
    else if (kind === 1) Object.assign(files, migration(`add_col_${added}`, `ALTER TABLE t${added % 100} ADD COLUMN extra_${added} text;\nCREATE INDEX CONCURRENTLY t${added % 100}_extra_${added} ON t${added % 100} (extra_${added});\n`));
    // A backfill of the column the previous migration added (new in the range: no old value lost).
    else Object.assign(files, migration(`backfill_${added}`, `UPDATE t${(added - 1) % 100} SET extra_${added - 1} = name WHERE extra_${added - 1} IS NULL;\n`));
  }
  if (c === 200 && !allSafe) {
    // The last release stops reading legacy_7 and drops it: rolling back to any earlier release breaks.
    write({ 'app/t7.py': 'def read(row):\n    return row.name, row.note_7\n' });
    Object.assign(files, migration('drop_legacy_7', 'ALTER TABLE t7 DROP COLUMN legacy_7;\n'));
  }
  write(files);
  commit(`commit ${c}`);
  if (c % 20 === 0) git('tag', '-a', `v1.${c / 20}.0`, '-m', `v1.${c / 20}.0`);
}
git('gc', '-q', '--prune=now');
const migrations = git('ls-files', 'db/migrations').split('\n').filter(Boolean).length;
console.log(`repository: ${dir} (${migrations} migrations at v1.10.0, ${migrations - 300} of them in the range v1.0.0..v1.10.0; 201 commits)`);
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${process.version}`);

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
function run(label, cliArgs) {
  const start = process.hrtime.bigint();
  const command = timeBin ? [timeBin, '-v', process.execPath, cli, ...cliArgs] : [process.execPath, cli, ...cliArgs];
  const r = spawnSync(command[0], command.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const stats = {};
  for (const [key, re] of [['user', /User time \(seconds\): ([\d.]+)/], ['system', /System time \(seconds\): ([\d.]+)/], ['peakKB', /Maximum resident set size \(kbytes\): (\d+)/]]) {
    const m = re.exec(r.stderr);
    if (m) stats[key] = Number(m[1]);
  }
  let summary = '';
  try {
    const plan = JSON.parse(r.stdout);
    summary = `safe=${plan.safe} blocking=${plan.blocking.length} migrationsApplied=${plan.migrationsApplied.length}${plan.oldestSafe ? ` oldestSafe=${plan.oldestSafe.target} walked=${plan.oldestSafe.walked.length}` : ''}`;
  } catch {
    summary = r.stderr.split('\n').filter((l) => !/^\s/.test(l) && l.trim() !== '' && !l.includes('Command being timed')).slice(0, 2).join(' | ');
  }
  const cpu = stats.user !== undefined ? ` cpu ${(stats.user + stats.system).toFixed(2)} s, peak ${(stats.peakKB / 1024).toFixed(0)} MB` : '';
  console.log(`${label}: exit ${r.status}, wall ${wall.toFixed(2)} s${cpu} — ${summary}`);
  console.log(`  node ${cli} ${cliArgs.join(' ')}`);
}

run('plan v1.10.0 -> v1.0.0 (200 commits, 300 migrations)', ['plan', '--from', 'v1.10.0', '--to', 'v1.0.0', '--format', 'json']);
run('plan --oldest-safe from v1.10.0', ['plan', '--from', 'v1.10.0', '--oldest-safe', '--format', 'json']);
if (allSafe) run('plan --oldest-safe --to v1.0.0 (all ten tags walked)', ['plan', '--from', 'v1.10.0', '--to', 'v1.0.0', '--oldest-safe', '--format', 'json']);
if (!keep) rmSync(dir, { recursive: true, force: true });
