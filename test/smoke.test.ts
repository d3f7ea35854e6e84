import { expect, test } from 'vitest';
import { changeSetFromTrees } from '../src/changes/types.js';
import { defaultConfig } from '../src/config/types.js';
import { prepareEngine, runEngine } from '../src/engine.js';

test('smoke', async () => {
  await prepareEngine();
  const cs = changeSetFromTrees(
    { 'db/migrations/001_init.sql': 'CREATE TABLE users (id int, legacy_name text);' },
    { 'db/migrations/001_init.sql': 'CREATE TABLE users (id int, legacy_name text);',
      'db/migrations/002_drop.sql': '-- drop it\nCREATE TABLE t (a int);\nALTER TABLE t DROP COLUMN a;\n\nALTER TABLE users\n  DROP COLUMN legacy_name;\nDROP TABLE x;\n-- rollback-guard-ignore drop-table: fine\nDROP TABLE y;\nALTER TABLE z DRP;',
      'db/migrations/002_drop.down.sql': 'DROP TABLE nothing;' });
  const r = runEngine({ changes: cs, config: defaultConfig() });
  console.log(JSON.stringify(r, null, 1));
  expect(r.verdict).toBe('fail');
});
