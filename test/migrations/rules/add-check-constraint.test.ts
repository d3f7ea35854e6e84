import { ruleTable } from '../helpers.js';

ruleTable('add-check-constraint', {
  fires: [
    { name: 'MySQL CHECK', sql: 'ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);', line: 1, dialect: 'mysql' as const },
    { name: 'CHECK', sql: 'ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);', line: 1 },
    { name: 'NOT VALID still rejects new writes', sql: 'ALTER TABLE orders\n  ADD CONSTRAINT positive CHECK (total > 0) NOT VALID;', line: 2 },
  ],
  quiet: [
    { name: 'VALIDATE CONSTRAINT adds nothing new', sql: 'ALTER TABLE orders VALIDATE CONSTRAINT positive;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);' },
    { name: 'only a column added in the PR', sql: 'ALTER TABLE orders ADD COLUMN qty int;\nALTER TABLE orders ADD CONSTRAINT q CHECK (qty > 0);' },
  ],
});
