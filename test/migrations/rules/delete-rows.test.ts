import { ruleTable } from '../helpers.js';

ruleTable('delete-rows', {
  fires: [
    { name: 'MySQL DELETE', sql: 'DELETE FROM sessions WHERE id < 10;', line: 1, dialect: 'mysql' as const },
    { name: 'SQLite DELETE', sql: 'DELETE FROM sessions;', line: 1, dialect: 'sqlite' as const },
    { name: 'DELETE', sql: 'DELETE FROM sessions WHERE created_at < now();', line: 1 },
    { name: 'second statement', sql: 'SELECT 1;\nDELETE FROM audit.log;', line: 2 },
  ],
  quiet: [
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nDELETE FROM t;' },
    { name: 'a SELECT', sql: 'SELECT * FROM sessions;' },
  ],
});
