import { ruleTable } from '../helpers.js';

ruleTable('rename-object', {
  fires: [
    { name: 'view', sql: 'ALTER VIEW active_users RENAME TO live_users;', line: 1 },
    { name: 'function', sql: 'ALTER FUNCTION price(int) RENAME TO cost;', line: 1 },
    { name: 'type', sql: 'ALTER TYPE mood RENAME TO feeling;', line: 1 },
    { name: 'sequence', sql: 'ALTER SEQUENCE order_no RENAME TO order_number;', line: 1 },
    { name: 'schema', sql: 'ALTER SCHEMA billing RENAME TO invoicing;', line: 1 },
    { name: 'constraint', sql: '\nALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_uq;', line: 2 },
  ],
  quiet: [
    { name: 'view created earlier in the PR', sql: 'CREATE VIEW v AS SELECT 1;\nALTER VIEW v RENAME TO w;' },
    { name: 'constraint of a table created in the PR', sql: 'CREATE TABLE t (a int CONSTRAINT c UNIQUE);\nALTER TABLE t RENAME CONSTRAINT c TO d;' },
    { name: 'index rename is harmless to code', sql: 'ALTER INDEX i RENAME TO j;' },
  ],
});
