/** dist/cli.js is self-contained: copied alone (with its .wasm) into a folder with no node_modules. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';
import { DIST_CLI, ensureBuilt, nodeBinary } from '../helpers/runner.js';

let alone = '';
beforeAll(() => {
  ensureBuilt();
  alone = mkdtempSync(join(tmpdir(), 'rg-dist-'));
  for (const f of readdirSync(dirname(DIST_CLI))) copyFileSync(join(dirname(DIST_CLI), f), join(alone, f));
});
afterAll(() => rmSync(alone, { recursive: true, force: true }));

function cli(args: string[], cwd: string) {
  return spawnSync(nodeBinary(), [join(alone, 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } });
}

test('check --format json: drop-column on its line, exit 1; a safe PR exits 0', () => {
  const repo = makeRepo(
    { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);\n' },
    { 'db/migrations/002_drop.sql': 'BEGIN;\nALTER TABLE users DROP COLUMN legacy_name;\nCOMMIT;\n' },
  );
  try {
    const r = cli(['check', '--base', repo.base, '--head', repo.head, '--format', 'json'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`)).toEqual(['drop-column:2']);
    const safe = cli(['check', '--base', repo.base, '--head', repo.base], repo.dir);
    expect(safe.status).toBe(0);
  } finally {
    repo.remove();
  }
});

test('rules --format json and sql work without node_modules', () => {
  const rules = cli(['rules', '--format', 'json'], alone);
  expect(rules.status).toBe(0);
  expect(JSON.parse(rules.stdout).map((r: { id: string }) => r.id)).toContain('drop-column');
  writeFileSync(join(alone, 'drop.sql'), 'DROP TABLE users;\n');
  const sql = cli(['sql', '--format', 'json', 'drop.sql'], alone);
  expect(sql.status).toBe(1);
  expect(JSON.parse(sql.stdout).findings[0]).toMatchObject({ rule: 'drop-table', line: 1 });
});

test('contract diffs two OpenAPI files', () => {
  const demo = new URL('../../fixtures/demo/', import.meta.url).pathname;
  const r = cli(['contract', '--format', 'json', join(demo, 'base/api/openapi.yaml'), join(demo, 'pr/api/openapi.yaml')], alone);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout);
  expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'response-property-removed', severity: 'error', direction: 'deploy' }));
});

test('stopped by SIGINT while the background code search runs: exit 130, git stopped, its temporary folder removed', async () => {
  const repo = makeRepo(
    { 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, legacy_name text);\n', 'app/user.go': 'package app\n' },
    { 'db/migrations/002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy_name;\n' },
  );
  // A git whose `grep` hangs: the search is still running when the signal comes.
  const fake = mkdtempSync(join(tmpdir(), 'rg-fake-git-'));
  const temp = mkdtempSync(join(tmpdir(), 'rg-temp-'));
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(fake, 'git'), `#!/bin/sh\nfor a in "$@"; do [ "$a" = grep ] && exec sleep 60; done\nexec ${realGit} "$@"\n`, { mode: 0o755 });
  const grepDirs = (): string[] => readdirSync(temp).filter((f) => f.startsWith('rollback-guard-grep-'));
  try {
    const child = spawn(nodeBinary(), [join(alone, 'cli.js'), 'check', '--base', repo.base, '--head', repo.head, '--format', 'json'], {
      cwd: repo.dir,
      env: { PATH: `${fake}:${process.env.PATH ?? ''}`, TMPDIR: temp },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    for (let waited = 0; grepDirs().length === 0 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(grepDirs()).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(grepDirs()).toEqual([]);
  } finally {
    repo.remove();
    rmSync(fake, { recursive: true, force: true });
    rmSync(temp, { recursive: true, force: true });
  }
}, 60_000);
