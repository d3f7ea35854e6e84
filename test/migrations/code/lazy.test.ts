/** Grammars load only for the languages a PR's code migrations need: a SQL-only run never loads tree-sitter. */
import { expect, test } from 'vitest';
import { changeSetFromTrees } from '../../../src/changes/types.js';
import { defaultConfig } from '../../../src/config/types.js';
import { prepareSqlParsers, runEngineAsync } from '../../../src/engine.js';
import { isLanguageLoaded } from '../../../src/migrations/code/tree-sitter.js';
import { djangoMigration } from './helpers.js';

test('a SQL-only PR loads no grammar; a Django PR loads Python only', async () => {
  await prepareSqlParsers(['postgres']);
  const sql = changeSetFromTrees({}, { 'db/migrations/0001_x.sql': 'ALTER TABLE t DROP COLUMN c;' });
  const sqlReport = await runEngineAsync({ changes: sql, config: defaultConfig() });
  expect(sqlReport.findings.map((f) => f.rule)).toContain('drop-column');
  expect(isLanguageLoaded('python')).toBe(false);
  expect(isLanguageLoaded('ruby')).toBe(false);

  const django = changeSetFromTrees({}, { 'shop/migrations/0001_x.py': djangoMigration(['migrations.RunPython(f),']) });
  const report = await runEngineAsync({ changes: django, config: defaultConfig() });
  expect(report.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['unparsed-statement:6']);
  expect(isLanguageLoaded('python')).toBe(true);
  expect(isLanguageLoaded('ruby')).toBe(false);
});
