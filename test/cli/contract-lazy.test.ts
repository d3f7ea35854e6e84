/**
 * `contract` loads the Liquibase changelog reader (sax, yaml) only when its file may be a
 * changelog, as `check` does: it used to load it for every pair (~320 KB of modules for a JSON
 * OpenAPI pair). This file's own module state is the evidence (vitest isolates each file): nothing
 * before the first test loads the reader.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { main } from '../../src/cli.js';
import { treeOf } from '../../src/migrations/code/liquibase.js';

const CHANGELOG = '<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"><changeSet id="1" author="a"><createTable tableName="t"><column name="id" type="int"/></createTable></changeSet></databaseChangeLog>\n';
const readerLoaded = (): boolean => treeOf('c.xml', CHANGELOG).problem === undefined;

async function contract(files: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-contract-lazy-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let stdout = '';
  const code = await main(['contract', '--format', 'json', ...args], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: dir, isTTY: false, env: {} });
  return { code, stdout };
}

const spec = (paths: object): string => JSON.stringify({ openapi: '3.0.0', info: { title: 'a', version: '1' }, paths });

test('a JSON OpenAPI pair: the endpoint removal is found and the changelog reader is not loaded', async () => {
  const run = await contract({ 'a.json': spec({ '/a': { get: { responses: { 200: { description: 'ok' } } } } }), 'b.json': spec({}) }, ['a.json', 'b.json']);
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('endpoint-removed');
  expect(readerLoaded()).toBe(false);
});

test('variant: a pair named like a Liquibase changelog (db.changelog-master.yaml) loads it, as check would', async () => {
  const doc = 'openapi: 3.0.0\ninfo: {title: a, version: "1"}\npaths: {}\n';
  const run = await contract({ 'db.changelog-master.yaml': doc, 'old.yaml': doc }, ['old.yaml', 'db.changelog-master.yaml']);
  expect(run.code).toBe(0);
  expect(readerLoaded()).toBe(true);
});
