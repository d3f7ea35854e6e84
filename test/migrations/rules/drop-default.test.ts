import { ruleTable } from '../helpers.js';

ruleTable('drop-default', {
  fires: [
    { name: 'MySQL ALTER COLUMN DROP DEFAULT', sql: 'ALTER TABLE users ALTER COLUMN status DROP DEFAULT;', line: 1, dialect: 'mysql' as const },
    { name: 'MySQL MODIFY without the default', sql: 'ALTER TABLE users MODIFY status int NOT NULL;', line: 1, dialect: 'mysql' as const, base: 'CREATE TABLE users (status int NOT NULL DEFAULT 1);' },
    { name: 'DROP DEFAULT', sql: 'ALTER TABLE users ALTER COLUMN status DROP DEFAULT;', line: 1 },
    { name: 'sub-command line', sql: 'ALTER TABLE users\n  ALTER COLUMN a SET DEFAULT 1,\n  ALTER COLUMN status DROP DEFAULT;', line: 3 },
  ],
  quiet: [
    { name: 'SET DEFAULT', sql: 'ALTER TABLE users ALTER COLUMN status SET DEFAULT 1;' },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN x int DEFAULT 0;\nALTER TABLE users ALTER COLUMN x DROP DEFAULT;' },
  ],
});
