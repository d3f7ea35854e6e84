import { ruleTable } from '../helpers.js';

ruleTable('rename-table', {
  fires: [
    { name: 'ALTER TABLE … RENAME TO', sql: 'ALTER TABLE users RENAME TO accounts;', line: 1 },
    { name: 'IF EXISTS', sql: '\n\nALTER TABLE IF EXISTS users RENAME TO accounts;', line: 3 },
    { name: 'SET SCHEMA moves the table', sql: 'ALTER TABLE users SET SCHEMA archive;', line: 1 },
  ],
  quiet: [
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nALTER TABLE t RENAME TO t2;' },
    { name: 'renaming a column is another rule', sql: 'ALTER TABLE users RENAME COLUMN a TO b;' },
  ],
});
