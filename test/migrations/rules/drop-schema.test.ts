import { ruleTable } from '../helpers.js';

ruleTable('drop-schema', {
  fires: [
    { name: 'MySQL DROP DATABASE', sql: 'DROP DATABASE legacy;', line: 1, dialect: 'mysql' as const },
    { name: 'DROP SCHEMA', sql: 'DROP SCHEMA billing CASCADE;', line: 1 },
    { name: 'DROP DATABASE', sql: 'SELECT 1;\nDROP DATABASE legacy;', line: 2 },
  ],
  quiet: [
    { name: 'schema created earlier in the PR', sql: 'CREATE SCHEMA scratch;\nDROP SCHEMA scratch;' },
    { name: 'CREATE SCHEMA', sql: 'CREATE SCHEMA IF NOT EXISTS reporting;' },
  ],
});
