import { ruleTable } from '../helpers.js';

ruleTable('rename-column', {
  fires: [
    { name: 'RENAME COLUMN', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1 },
    { name: 'without COLUMN', sql: 'SELECT 1;\nALTER TABLE users RENAME name TO full_name;', line: 2 },
  ],
  quiet: [
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO nickname;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;' },
  ],
});
