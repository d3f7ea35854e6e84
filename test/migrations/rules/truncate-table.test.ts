import { ruleTable } from '../helpers.js';

ruleTable('truncate-table', {
  fires: [
    { name: 'MySQL TRUNCATE TABLE', sql: 'TRUNCATE TABLE sessions;', line: 1, dialect: 'mysql' as const },
    { name: 'TRUNCATE', sql: 'TRUNCATE sessions;', line: 1 },
    { name: 'TRUNCATE TABLE list', sql: '\nTRUNCATE TABLE a, sessions CASCADE;', line: 2 },
  ],
  quiet: [{ name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nTRUNCATE t;' }],
});
