import { ruleTable } from '../helpers.js';

ruleTable('add-unique-constraint', {
  fires: [
    { name: 'MySQL ADD UNIQUE KEY', sql: 'ALTER TABLE users ADD UNIQUE KEY uk_email (email);', line: 1, dialect: 'mysql' as const },
    { name: 'MySQL CREATE UNIQUE INDEX', sql: 'CREATE UNIQUE INDEX uk ON users (email);', line: 1, dialect: 'mysql' as const },
    { name: 'SQLite CREATE UNIQUE INDEX', sql: 'CREATE UNIQUE INDEX uk ON users (email);', line: 1, dialect: 'sqlite' as const },
    { name: 'ADD CONSTRAINT UNIQUE', sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);', line: 1 },
    { name: 'CREATE UNIQUE INDEX CONCURRENTLY on an existing table', sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email ON users (email);', line: 1 },
    { name: 'unique index, second statement', sql: 'SELECT 1;\nCREATE UNIQUE INDEX users_email ON users (lower(email));', line: 2 },
    { name: 'primary key on an existing table', sql: 'ALTER TABLE users ADD PRIMARY KEY (id);', line: 1 },
    { name: 'UNIQUE USING INDEX of an unknown index', sql: 'ALTER TABLE users ADD CONSTRAINT u UNIQUE USING INDEX some_idx;', line: 1 },
  ],
  quiet: [
    { name: 'MySQL ADD INDEX', sql: 'ALTER TABLE users ADD INDEX idx (email);', dialect: 'mysql' as const },
    { name: 'SQLite table created in the PR', sql: 'CREATE TABLE t (a int);\nCREATE UNIQUE INDEX u ON t (a);', dialect: 'sqlite' as const },
    { name: 'plain index', sql: 'CREATE INDEX CONCURRENTLY users_email ON users (email);' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nCREATE UNIQUE INDEX t_a ON t (a);' },
    { name: 'column added earlier in the PR', sql: 'ALTER TABLE users ADD COLUMN handle text;\nALTER TABLE users ADD CONSTRAINT users_handle UNIQUE (handle);' },
    { name: 'USING INDEX of a unique index built in the PR is reported once', sql: 'CREATE TABLE t (a int);\nCREATE UNIQUE INDEX i ON t (a);\nALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;' },
  ],
});
