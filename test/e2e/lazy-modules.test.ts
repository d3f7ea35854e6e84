/**
 * What a `check` loads from dist/ (issue 18, the fixed cost): a PR that changes no YAML/JSON file
 * never loads the contract analysis; a PR with nothing to analyse (a README) loads no WASM parser;
 * and the Action asks git for the top, both commits and their merge base in one process. Which
 * modules load is read through a module hook (`--import`), as in action-readers.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { makeRepo, type TempRepo } from '../helpers/git-repo.js';
import { gitShim } from '../helpers/git-shim.js';
import { DIST_CLI, ensureBuilt, nodeBinary, pullRequestPayload, runAction } from '../helpers/runner.js';
import { chunksOf as chunksIn, loadedFrom, writeLoadHook } from '../helpers/load-log.js';

let repo: TempRepo | null = null;
let tmp = '';
let hook = '';
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'rg-lazy-'));
  hook = writeLoadHook(tmp);
  return () => rmSync(tmp, { recursive: true, force: true });
});
afterEach(() => {
  repo?.remove();
  repo = null;
});

const dist = new URL('.', `file://${DIST_CLI}`);
const chunksOf = (source: RegExp): Set<string> => chunksIn(dist, source);
const CONTRACTS = /^\/\/ src\/contracts\/analyse\.ts$/m;
const WASM_PARSERS = /^\/\/ .*node_modules\/(libpg-query|@guanmingchiu\/sqlparser-ts|@vscode\/tree-sitter-wasm)\//m;

function newLog(): string {
  const log = join(tmp, `loaded-${Date.now()}-${Math.random()}.log`);
  writeFileSync(log, '');
  return log;
}
function cliLoads(base: Record<string, string>, head: Record<string, string | null>, renames: [string, string][] = []) {
  repo = makeRepo(base, head, { renames });
  const log = newLog();
  const r = spawnSync(nodeBinary(), ['--import', hook, DIST_CLI, 'check', '--base', repo.base, '--head', repo.head, '--format', 'json'], {
    cwd: repo.dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', RG_LOADED_LOG: log, ROLLBACK_GUARD_CACHE: 'off' },
  });
  return { r, loaded: loadedFrom(log, dist) };
}

function actionWithLog(r: TempRepo, log: string) {
  return runAction({ workspace: r.dir, eventName: 'pull_request', payload: pullRequestPayload(r), env: { NODE_OPTIONS: `--import ${hook}`, RG_LOADED_LOG: log } });
}

const SPEC = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/u': { get: { responses: { '200': { description: 'ok' } } } } } });

test('the reproduction: a SQL-only check next to a contract loads no contract analysis, and reports the SQL finding', () => {
  const { r, loaded } = cliLoads(
    { 'api/openapi.json': SPEC, 'db/migrations/001.sql': 'CREATE TABLE t (id int, x int);\n' },
    { 'db/migrations/002.sql': 'ALTER TABLE t DROP COLUMN x;\n' },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['drop-column']);
  expect(loaded.has('cli.js')).toBe(true); // the hook saw the CLI load
  const contracts = chunksOf(CONTRACTS);
  expect(contracts.size).toBe(1);
  expect([...loaded].filter((f) => contracts.has(f))).toEqual([]);
});

test('a variant: the contract is renamed away from .json: the analysis loads and judges it', () => {
  const { r, loaded } = cliLoads({ 'api/openapi.json': SPEC }, {}, [['api/openapi.json', 'api/openapi.txt']]);
  expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['contract-removed']);
  expect([...loaded].filter((f) => chunksOf(CONTRACTS).has(f))).toHaveLength(1);
});

test('the Action on a PR changing a README: no WASM parser and no contract analysis load; git is asked once for the top, both commits and the merge base', () => {
  repo = makeRepo({ 'README.md': '# shop\n', 'api/openapi.json': SPEC, 'db/migrations/001.sql': 'CREATE TABLE t (id int);\n' }, { 'README.md': '# shop!\n' });
  const log = newLog();
  const git = gitShim();
  try {
    const r = actionWithLog(repo, log);
    expect(r.status).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const loaded = loadedFrom(log, dist);
    expect(loaded.has('index.js')).toBe(true);
    const heavy = new Set([...chunksOf(WASM_PARSERS), ...chunksOf(CONTRACTS)]);
    expect(heavy.size).toBeGreaterThanOrEqual(4);
    expect([...loaded].filter((f) => heavy.has(f))).toEqual([]);
    const calls = git.calls();
    expect(calls.filter((c) => c.startsWith('rev-parse'))).toEqual([
      `rev-parse --show-toplevel --git-common-dir ${repo.base}^{commit} ${repo.head}^{commit} ${repo.base}^{tree}`,
    ]);
    expect(calls.filter((c) => c.startsWith('merge-base'))).toEqual([]);
  } finally {
    git.remove();
  }
});

test('a variant: the Action on a SQL PR still loads the Postgres parser and reports', () => {
  repo = makeRepo({ 'db/migrations/001.sql': 'CREATE TABLE t (id int, x int);\n' }, { 'db/migrations/002.sql': 'ALTER TABLE t DROP COLUMN x;\n' });
  const log = newLog();
  const r = actionWithLog(repo, log);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('title=drop-column::');
  expect([...loadedFrom(log, dist)].filter((f) => chunksOf(/^\/\/ .*node_modules\/libpg-query\//m).has(f))).toHaveLength(1);
});
