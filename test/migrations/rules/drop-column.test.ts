import { ruleTable } from '../helpers.js';

ruleTable('drop-column', {
  fires: [
    { name: 'MySQL second action', sql: 'ALTER TABLE users\n  ADD COLUMN a int,\n  DROP COLUMN legacy;', line: 3, dialect: 'mysql' as const },
    { name: 'SQLite DROP COLUMN', sql: 'ALTER TABLE users DROP COLUMN legacy;', line: 1, dialect: 'sqlite' as const },
    { name: 'DROP COLUMN', sql: 'ALTER TABLE users DROP COLUMN legacy_name;', line: 1 },
    { name: 'second action of a multi-line ALTER', sql: 'ALTER TABLE users\n  ADD COLUMN a int,\n  DROP COLUMN legacy_name;', line: 3 },
    { name: 'without the COLUMN keyword', sql: '\nALTER TABLE users DROP legacy_name;', line: 2 },
    { name: 'quoted identifiers keep their case', sql: 'ALTER TABLE "Users" DROP COLUMN "LegacyName";', line: 1 },
  ],
  quiet: [
    { name: 'MySQL DROP INDEX is not a column', sql: 'ALTER TABLE users DROP INDEX idx_a;', dialect: 'mysql' as const },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN tmp int;\nALTER TABLE users DROP COLUMN tmp;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int, b int);\nALTER TABLE t DROP COLUMN b;' },
    { name: 'DROP CONSTRAINT is not a column', sql: 'ALTER TABLE users DROP CONSTRAINT users_check;' },
  ],
});

ruleTable('drop-column', {
  fires: [
    { name: 'ADD COLUMN IF NOT EXISTS does not prove the column is new', sql: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS a int;\nALTER TABLE users DROP COLUMN a;', line: 2 },
    { name: 'CREATE TABLE IF NOT EXISTS does not prove the table is new', sql: 'CREATE TABLE IF NOT EXISTS t (a int, b int);\nALTER TABLE t DROP COLUMN b;', line: 2 },
  ],
  quiet: [
    {
      name: 'CREATE TABLE IF NOT EXISTS of a table the history does not have',
      sql: 'CREATE TABLE IF NOT EXISTS t (a int, b int);\nALTER TABLE t DROP COLUMN b;',
      base: 'CREATE TABLE users (id int);',
    },
  ],
});
