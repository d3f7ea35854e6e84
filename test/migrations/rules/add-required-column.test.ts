import { ruleTable } from '../helpers.js';

ruleTable('add-required-column', {
  fires: [
    { name: 'MySQL', sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;', line: 1, dialect: 'mysql' as const },
    { name: 'SQLite', sql: 'ALTER TABLE users ADD COLUMN tenant_id INTEGER NOT NULL;', line: 1, dialect: 'sqlite' as const },
    { name: 'NOT NULL without default', sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;', line: 1 },
    { name: 'sub-command line', sql: 'ALTER TABLE users\n  ADD COLUMN a text,\n  ADD COLUMN b text NOT NULL;', line: 3 },
  ],
  quiet: [
    { name: 'MySQL with default', sql: 'ALTER TABLE users ADD COLUMN n int NOT NULL DEFAULT 0;', dialect: 'mysql' as const },
    { name: 'MySQL AUTO_INCREMENT', sql: 'ALTER TABLE users ADD COLUMN n int NOT NULL AUTO_INCREMENT;', dialect: 'mysql' as const },
    { name: 'SQLite with default', sql: "ALTER TABLE users ADD COLUMN s TEXT NOT NULL DEFAULT 'x';", dialect: 'sqlite' as const },
    { name: 'with a default', sql: "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';" },
    { name: 'nullable', sql: 'ALTER TABLE users ADD COLUMN nick text;' },
    { name: 'identity column', sql: 'ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY NOT NULL;' },
    { name: 'serial', sql: 'ALTER TABLE users ADD COLUMN n bigserial NOT NULL;' },
    { name: 'table created earlier in the same file', sql: 'CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN a int NOT NULL;' },
  ],
});
