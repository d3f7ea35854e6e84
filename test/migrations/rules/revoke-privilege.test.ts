import { ruleTable } from '../helpers.js';

ruleTable('revoke-privilege', {
  fires: [
    { name: 'MySQL REVOKE', sql: "REVOKE SELECT ON db.users FROM 'app'@'%';", line: 1, dialect: 'mysql' as const },
    { name: 'MySQL DROP USER', sql: "DROP USER 'app'@'%';", line: 1, dialect: 'mysql' as const },
    { name: 'REVOKE', sql: 'REVOKE UPDATE ON users FROM app;', line: 1 },
    { name: 'DROP ROLE', sql: 'DROP ROLE reporting;', line: 1 },
    { name: 'DROP USER', sql: 'SELECT 1;\nDROP USER reporting;', line: 2 },
    { name: 'DROP POLICY', sql: 'DROP POLICY tenant_isolation ON users;', line: 1 },
  ],
  quiet: [
    { name: 'GRANT', sql: 'GRANT SELECT ON users TO app;' },
    { name: 'role created earlier in the PR', sql: 'CREATE ROLE tmp;\nDROP ROLE tmp;' },
  ],
});
