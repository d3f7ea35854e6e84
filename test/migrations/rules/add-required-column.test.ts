import { ruleTable } from '../helpers.js';

ruleTable('add-required-column', {
  fires: [
    { name: 'NOT NULL without default', sql: 'ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;', line: 1 },
    { name: 'sub-command line', sql: 'ALTER TABLE users\n  ADD COLUMN a text,\n  ADD COLUMN b text NOT NULL;', line: 3 },
  ],
  quiet: [
    { name: 'with a default', sql: "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';" },
    { name: 'nullable', sql: 'ALTER TABLE users ADD COLUMN nick text;' },
    { name: 'identity column', sql: 'ALTER TABLE users ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY NOT NULL;' },
    { name: 'serial', sql: 'ALTER TABLE users ADD COLUMN n bigserial NOT NULL;' },
    { name: 'table created earlier in the same file', sql: 'CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN a int NOT NULL;' },
  ],
});
