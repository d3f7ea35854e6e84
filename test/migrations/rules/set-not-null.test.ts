import { ruleTable } from '../helpers.js';

ruleTable('set-not-null', {
  fires: [
    { name: 'MySQL MODIFY adding NOT NULL', sql: 'ALTER TABLE users MODIFY email varchar(100) NOT NULL;', line: 1, dialect: 'mysql' as const, base: 'CREATE TABLE users (email varchar(100));' },
    { name: 'SET NOT NULL', sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;', line: 1 },
    { name: 'sub-command line', sql: 'ALTER TABLE users\n  ALTER COLUMN a DROP NOT NULL,\n  ALTER COLUMN email SET NOT NULL;', line: 3 },
    { name: 'Postgres 18 ADD CONSTRAINT … NOT NULL', sql: 'ALTER TABLE users ADD CONSTRAINT email_nn NOT NULL email;', line: 1 },
  ],
  quiet: [
    { name: 'MySQL MODIFY keeping NOT NULL', sql: 'ALTER TABLE users MODIFY email varchar(200) NOT NULL;', dialect: 'mysql' as const, base: 'CREATE TABLE users (email varchar(100) NOT NULL);' },
    { name: 'DROP NOT NULL is safe', sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;' },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name;\nALTER TABLE users ALTER COLUMN nick SET NOT NULL;' },
  ],
});
