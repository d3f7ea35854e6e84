import { ruleTable } from '../helpers.js';

ruleTable('rename-table', {
  fires: [
    { name: 'MySQL RENAME TABLE', sql: 'RENAME TABLE users TO accounts;', line: 1, dialect: 'mysql' as const },
    { name: 'MySQL RENAME TABLE list, second pair', sql: 'RENAME TABLE a TO b,\n  users TO accounts;', line: 2, dialect: 'mysql' as const },
    { name: 'SQLite RENAME TO', sql: 'ALTER TABLE users RENAME TO accounts;', line: 1, dialect: 'sqlite' as const },
    { name: 'ALTER TABLE … RENAME TO', sql: 'ALTER TABLE users RENAME TO accounts;', line: 1 },
    { name: 'IF EXISTS', sql: '\n\nALTER TABLE IF EXISTS users RENAME TO accounts;', line: 3 },
    { name: 'SET SCHEMA moves the table', sql: 'ALTER TABLE users SET SCHEMA archive;', line: 1 },
  ],
  quiet: [
    { name: 'SQLite rebuild of a table created in the PR', sql: 'CREATE TABLE new_t (a int);\nALTER TABLE new_t RENAME TO t;', dialect: 'sqlite' as const },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nALTER TABLE t RENAME TO t2;' },
    { name: 'renaming a column is another rule', sql: 'ALTER TABLE users RENAME COLUMN a TO b;' },
  ],
});
