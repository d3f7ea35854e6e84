/**
 * The contract analysis is loaded only for a PR that may change a contract (src/engine.ts
 * `contractsMayChange`, src/engine-contracts.ts). The gate is only sound if the analysis itself
 * finds nothing whenever the gate says no: checked here against the analysis on real change sets.
 */
import { afterEach, expect, test } from 'vitest';
import { gitChangeSet } from '../src/changes/git.js';
import { baseConfig } from '../src/config/from-tree.js';
import { analyseContracts } from '../src/contracts/analyse.js';
import { contractsMayChange, engineNeeds, prepareSqlParsers, runEngineAsync } from '../src/engine.js';
import type { AnalysisInput } from '../src/engine-core.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

function input(base: Record<string, string>, head: Record<string, string | null>, renames: [string, string][] = []): AnalysisInput {
  const r = makeRepo(base, head, { renames });
  repos.push(r);
  const changes = gitChangeSet(r.base, r.head, { cwd: r.dir });
  return { changes, config: baseConfig(changes, null, () => {}) };
}

const SPEC = JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/u': { get: { responses: { '200': { description: 'ok' } } } } } });
const CONFIG = 'contracts:\n  - path: "api/**"\n    role: api\n';

test('the reproduction: a SQL-only PR beside a contract: the gate says no, and the analysis finds nothing', () => {
  const i = input({ 'api/openapi.json': SPEC, 'db/1.sql': 'create table t (id int, x int);\n' }, { 'db/2.sql': 'alter table t drop column x;\n' });
  expect(contractsMayChange(i)).toBe(false);
  expect(analyseContracts(i)).toEqual({ findings: [], suppressions: [], files: [] });
});

test('variants the gate says no to: a README, code, a configured contract folder with a non-data file, a deleted text file', () => {
  const cases: AnalysisInput[] = [
    input({ 'README.md': 'a\n', 'api/openapi.json': SPEC }, { 'README.md': 'b\n' }),
    input({ 'src/app.ts': 'export {};\n' }, { 'src/app.ts': 'export const a = 1;\n', 'src/b.py': 'x = 1\n' }),
    input({ '.rollback-guard.yml': CONFIG, 'api/openapi.json': SPEC, 'api/notes.txt': 'a\n' }, { 'api/notes.txt': 'b\n', 'api/new.md': 'c\n' }),
    input({ 'api/openapi.json': SPEC, 'api/old.txt': 'x\n' }, { 'api/old.txt': null }),
  ];
  for (const i of cases) {
    expect(contractsMayChange(i)).toBe(false);
    expect(analyseContracts(i)).toEqual({ findings: [], suppressions: [], files: [] });
  }
});

test('the gate says yes to a changed data file on either side (a contract renamed to .txt is still judged) and to forced contracts', () => {
  const renamed = input({ 'api/openapi.json': SPEC }, {}, [['api/openapi.json', 'api/openapi.txt']]);
  expect(contractsMayChange(renamed)).toBe(true);
  expect(analyseContracts(renamed).findings.map((f) => f.rule)).toEqual(['contract-removed']);
  expect(contractsMayChange(input({ 'a.yaml': 'a: 1\n' }, { 'a.yaml': 'a: 2\n' }))).toBe(true);
  const plain = input({ 'README.md': 'a\n' }, { 'README.md': 'b\n' });
  expect(contractsMayChange({ ...plain, force: { contracts: [{ path: 'README.md' }] } })).toBe(true);
});

test('runEngineAsync on a SQL-only PR reports exactly what the full analysis reports', async () => {
  const i = input({ 'api/openapi.json': SPEC, 'db/1.sql': 'create table t (id int, x int);\n' }, { 'db/2.sql': 'alter table t drop column x;\n' });
  const needs = engineNeeds(i);
  await prepareSqlParsers(needs.dialects, needs);
  const report = await runEngineAsync(i);
  expect(report.findings.map((f) => f.rule)).toEqual(['drop-column']);
  expect(report.findings.map((f) => f.file)).toEqual(['db/2.sql']);
});
