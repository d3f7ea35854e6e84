/**
 * The Liquibase changelog reader (sax, yaml) loads only when a changelog may be read: a PR that
 * touches a changelog-like file, or a history (the PR's or any of the base's) with a Liquibase
 * migration. The first test relies on this file's own module state (vitest isolates each file):
 * nothing before it loads the reader.
 */
import { describe, expect, test } from 'vitest';
import { changeSetFromTrees } from '../../src/changes/types.js';
import { defaultConfig } from '../../src/config/types.js';
import { engineNeeds, prepareSqlParsers, runEngineAsync } from '../../src/engine.js';
import { treeOf } from '../../src/migrations/code/liquibase.js';

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

const readerLoaded = (): boolean => treeOf('c.xml', CHANGELOG).problem === undefined;

describe('the changelog reader loads only when a changelog may be read', () => {
  test('a SQL history with no Liquibase file: not loaded, and the report is the one with it loaded', async () => {
    const base = { 'db/migrations/0001_init.sql': 'CREATE TABLE users (id bigint, legacy text);' };
    const head = { ...base, 'db/migrations/0002_drop.sql': 'ALTER TABLE users DROP COLUMN legacy;' };
    const input = () => ({ changes: changeSetFromTrees(base, head), config: defaultConfig() });
    const needs = engineNeeds(input());
    expect(needs).toEqual({ dialects: ['postgres'], changelogs: false });
    await prepareSqlParsers(needs.dialects, needs);
    expect(readerLoaded()).toBe(false);
    const lazy = await runEngineAsync(input(), { today: '2026-12-05' });
    expect(lazy.findings.map((f) => f.rule)).toContain('drop-column');

    await prepareSqlParsers(['postgres']);
    expect(readerLoaded()).toBe(true);
    const full = await runEngineAsync(input(), { today: '2026-12-05' });
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(full));
  });

  test('a base with a Liquibase changelog in another folder: wanted, though the PR adds a plain SQL file', () => {
    const base = { 'db/changelog/001-base.xml': CHANGELOG, 'db/migrations/0001_init.sql': 'CREATE TABLE t (id bigint);' };
    const head = { ...base, 'db/migrations/0002_more.sql': 'ALTER TABLE t ADD COLUMN c int;' };
    expect(engineNeeds({ changes: changeSetFromTrees(base, head), config: defaultConfig() }).changelogs).toBe(true);
    // …and not without that changelog (the same PR).
    const { 'db/changelog/001-base.xml': _, ...plain } = base;
    expect(engineNeeds({ changes: changeSetFromTrees(plain, { ...plain, 'db/migrations/0002_more.sql': head['db/migrations/0002_more.sql'] }), config: defaultConfig() }).changelogs).toBe(false);
  });

  test('a PR that adds a changelog, or one that only edits a changelog-like file: wanted', () => {
    const adds = engineNeeds({ changes: changeSetFromTrees({}, { 'db/changelog/002-drop.xml': CHANGELOG.replace('createTable', 'dropTable') }), config: defaultConfig() });
    expect(adds.changelogs).toBe(true);
    const yaml = engineNeeds({ changes: changeSetFromTrees({}, { 'db/changelog/db.changelog-master.yaml': 'databaseChangeLog: []\n' }), config: defaultConfig() });
    expect(yaml.changelogs).toBe(true);
  });

  test('configured dialects (no plan is made before the analysis): wanted', () => {
    const config = defaultConfig();
    config.migrations = [{ framework: 'auto', dialect: 'mysql' }];
    const needs = engineNeeds({ changes: changeSetFromTrees({}, { 'db/migrations/0001_x.sql': 'SELECT 1;' }), config });
    expect(needs).toEqual({ dialects: ['mysql'], changelogs: true });
  });
});
