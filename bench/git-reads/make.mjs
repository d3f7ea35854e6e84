#!/usr/bin/env node
/**
 * Generates the git repositories that measure how `check` reads a repository (issue 11, 12, 18,
 * 19): each is a base commit and a head commit on branch `pr`, packed as a CI checkout is.
 *
 *   node bench/git-reads/make.mjs DIR [shape ...]
 *
 * Shapes (default: all):
 *   ts1000       a PR of 1,000 changed `.ts` files, nothing for the analysers (the empty report)
 *   history20k   20,000 migrations in one folder in base, the PR adds one (the base history replay)
 *   merge1187    a release merge of 1,187 changed files: 40 migrations, 60 YAML/JSON, the rest code
 *   monorepo     100,000 files, 16,000 of them YAML/JSON; the PR changes one package.json and adds one migration
 *   shallow      main merged 50 migrations since the PR branched; `shallow-clone` is a depth-1 clone of it
 *
 * Each repository is DIR/<shape>; run `check --cwd DIR/<shape> --base main --head pr`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

const [outDir, ...wanted] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node bench/git-reads/make.mjs DIR [ts1000|history20k|merge1187|monorepo|shallow ...]');
  process.exit(2);
}

function repo(name) {
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args) => execFileSync('git', args, { cwd: dir, env: ENV, maxBuffer: 1 << 30, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'gc.auto', '0');
  const write = (files) => {
    for (const [path, text] of Object.entries(files)) {
      const full = join(dir, path);
      if (text === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    }
  };
  const commit = (message) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  const done = () => {
    git('checkout', '-q', 'pr');
    git('gc', '-q', '--aggressive', '--prune=now');
    console.log(`${dir}: check --cwd ${dir} --base main --head pr`);
  };
  return { dir, git, write, commit, done };
}

const pad = (n, w = 5) => String(n).padStart(w, '0');
const migration = (i) => `CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());\nCREATE INDEX t${i}_name ON t${i} (name);\n`;
const code = (i) => `export function f${i}(x: number): number {\n  return x * ${i};\n}\n`;

const shapes = {
  ts1000() {
    const r = repo('ts1000');
    const files = { 'db/migrations/00001_init.sql': migration(1) };
    for (let i = 0; i < 1000; i++) files[`src/mod${pad(i, 4)}.ts`] = code(i);
    r.write(files);
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    const head = {};
    for (let i = 0; i < 1000; i++) head[`src/mod${pad(i, 4)}.ts`] = `${code(i)}// changed\n`;
    r.write(head);
    r.commit('pr');
    r.done();
  },
  history20k() {
    const r = repo('history20k');
    const files = {};
    for (let i = 1; i <= 20000; i++) files[`db/migrations/${pad(i)}_t${i}.sql`] = migration(i);
    r.write(files);
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    r.write({ 'db/migrations/20001_drop.sql': 'ALTER TABLE t7 DROP COLUMN name;\n' });
    r.commit('pr');
    r.done();
  },
  merge1187() {
    const r = repo('merge1187');
    const files = {};
    for (let i = 1; i <= 200; i++) files[`db/migrations/${pad(i)}_t${i}.sql`] = migration(i);
    for (let i = 0; i < 60; i++) files[`config/settings${i}.yaml`] = `name: s${i}\nvalue: ${i}\n`;
    for (let i = 0; i < 1087; i++) files[`src/pkg${i % 20}/mod${pad(i, 4)}.go`] = `package p\n\nfunc F${i}() int { return ${i} }\n`;
    r.write(files);
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    const head = {};
    for (let i = 201; i <= 240; i++) head[`db/migrations/${pad(i)}_t${i}.sql`] = migration(i);
    for (let i = 0; i < 60; i++) head[`config/settings${i}.yaml`] = `name: s${i}\nvalue: ${i + 1}\n`;
    for (let i = 0; i < 1087; i++) head[`src/pkg${i % 20}/mod${pad(i, 4)}.go`] = `package p\n\nfunc F${i}() int { return ${i + 1} }\n`;
    r.write(head);
    r.commit('release');
    r.done();
  },
  monorepo() {
    const r = repo('monorepo');
    const files = { 'db/migrations/00001_init.sql': migration(1) };
    for (let i = 0; i < 100000; i++) {
      const pkg = `packages/p${i % 1000}`;
      if (i % 100 < 16) files[`${pkg}/data${i}.${i % 2 ? 'json' : 'yaml'}`] = i % 2 ? `{"name": "d${i}", "value": ${i}}\n` : `name: d${i}\nvalue: ${i}\n`;
      else files[`${pkg}/src/m${i}.ts`] = code(i);
    }
    files['package.json'] = '{"name": "mono", "version": "1.0.0"}\n';
    r.write(files);
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    r.write({ 'package.json': '{"name": "mono", "version": "1.0.1"}\n', 'db/migrations/00002_add.sql': 'ALTER TABLE t1 ADD COLUMN note text;\n' });
    r.commit('pr');
    r.done();
  },
  shallow() {
    const r = repo('shallow');
    r.write({ 'db/migrations/00001_init.sql': migration(1) });
    r.commit('base');
    r.git('checkout', '-q', '-b', 'pr');
    r.write({ 'db/migrations/00100_pr.sql': 'ALTER TABLE t1 ADD COLUMN note text;\n' });
    r.commit('pr');
    r.git('checkout', '-q', 'main');
    for (let i = 2; i <= 51; i++) {
      r.write({ [`db/migrations/${pad(i)}_t${i}.sql`]: migration(i) });
      r.commit(`main ${i}`);
    }
    r.done();
    const clone = join(outDir, 'shallow-clone');
    rmSync(clone, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', '--depth=1', '--no-single-branch', `file://${r.dir}`, clone], { env: ENV });
    console.log(`${clone}: check --cwd ${clone} --base origin/main --head origin/pr (a depth-1 clone)`);
  },
};

for (const name of wanted.length ? wanted : Object.keys(shapes)) {
  if (!shapes[name]) {
    console.error(`unknown shape '${name}'`);
    process.exit(2);
  }
  shapes[name]();
}
