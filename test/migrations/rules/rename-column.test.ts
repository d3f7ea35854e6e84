import { ruleTable } from '../helpers.js';

ruleTable('rename-column', {
  fires: [
    { name: 'MySQL CHANGE old new', sql: 'ALTER TABLE users CHANGE name full_name varchar(100);', line: 1, dialect: 'mysql' as const },
    { name: 'MySQL RENAME COLUMN', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1, dialect: 'mysql' as const },
    { name: 'SQLite RENAME COLUMN', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1, dialect: 'sqlite' as const },
    { name: 'RENAME COLUMN', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1 },
    { name: 'without COLUMN', sql: 'SELECT 1;\nALTER TABLE users RENAME name TO full_name;', line: 2 },
  ],
  quiet: [
    { name: 'MySQL CHANGE keeping the name', sql: 'ALTER TABLE users CHANGE name name varchar(200);', dialect: 'mysql' as const },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users RENAME COLUMN nick TO nickname;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;' },
  ],
});
