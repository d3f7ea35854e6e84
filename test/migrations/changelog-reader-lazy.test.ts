/**
 * The Liquibase changelog reader (sax, yaml) loads only when a changelog may be read: a PR that
 * touches a changelog-like file, or a history (the PR's or any of the base's) with a Liquibase
 * migration. Each test imports the engine afresh, so what it loaded is its own.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';

const CHANGELOG = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="a">
    <createTable tableName="users">
      <column name="id" type="bigint"/>
      <column name="legacy" type="text"/>
    </createTable>
  </changeSet>
</databaseChangeLog>
`;

async function fresh() {
  vi.resetModules();
  const engine = await import('../../src/engine.js');
  const liquibase = await import('../../src/migrations/code/liquibase.js');
  const loaded = (): boolean => liquibase.treeOf('c.xml', CHANGELOG).problem === undefined;
  return { engine, loaded };
}

const config = defaultConfig;

describe('the changelog reader loads only when a changelog may be read', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  test('a SQL history with no Liquibase file: not loaded, and the report is the one with it loaded', async () => {
    const base = { 'db/migrations/0001_init.sql': 'CREATE TABLE users (id bigint, legacy text);' };
    const head = { ...base, 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;' };
    const { engine, loaded } = await fresh();
    const input = { changes: changeSetFromTrees(base, head), config: config() };
    const needs = engine.engineNeeds(input);
    expect(needs).toEqual({ dialects: ['postgres'], changelogs: false });
    await engine.prepareSqlParsers(needs.dialects, needs);
    expect(loaded()).toBe(false);
    const lazy = await engine.runEngineAsync(input, { today: '2026-12-05' });
    expect(lazy.findings.map((f) => f.rule)).toContain('drop-column');

    const again = await fresh();
    await again.engine.prepareSqlParsers(['postgres']);
    expect(again.loaded()).toBe(true);
    const full = await again.engine.runEngineAsync({ changes: changeSetFromTrees(base, head), config: config() }, { today: '2026-12-05' });
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(full));
  });

  test('a base with a Liquibase changelog in another folder: loaded, though the PR adds a plain SQL file', async () => {
    const base = { 'db/changelog/001-base.xml': CHANGELOG, 'db/migrations/0001_init.sql': 'CREATE TABLE t (id bigint);' };
    const head = { ...base, 'db/migrations/0002_more.sql': 'ALTER TABLE t ADD COLUMN c int;' };
    const { engine, loaded } = await fresh();
    const needs = engine.engineNeeds({ changes: changeSetFromTrees(base, head), config: config() });
    expect(needs.changelogs).toBe(true);
    await engine.prepareSqlParsers(needs.dialects, needs);
    expect(loaded()).toBe(true);
  });

  test('a PR that adds a changelog, or one that only edits a changelog-like file: loaded', async () => {
    const { engine } = await fresh();
    const adds = engine.engineNeeds({ changes: changeSetFromTrees({}, { 'db/changelog/002-drop.xml': CHANGELOG.replace('createTable', 'dropTable') }), config: config() });
    expect(adds.changelogs).toBe(true);
    const yaml = engine.engineNeeds({ changes: changeSetFromTrees({}, { 'db/changelog/db.changelog-master.yaml': 'databaseChangeLog: []\n' }), config: config() });
    expect(yaml.changelogs).toBe(true);
  });

  test('configured dialects (no plan is made before the analysis): loaded', async () => {
    const { engine } = await fresh();
    const c = config();
    c.migrations = [{ framework: 'auto', dialect: 'mysql' }];
    const needs = engine.engineNeeds({ changes: changeSetFromTrees({}, { 'db/migrations/0001_x.sql': 'SELECT 1;' }), config: c });
    expect(needs).toEqual({ dialects: ['mysql'], changelogs: true });
  });
});
