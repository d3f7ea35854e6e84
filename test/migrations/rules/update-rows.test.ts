import { ruleTable } from '../helpers.js';

ruleTable('update-rows', {
  fires: [
    { name: 'MySQL UPDATE', sql: "UPDATE users SET status = 'x';", line: 1, dialect: 'mysql' as const },
    { name: 'SQLite UPDATE', sql: "UPDATE users SET status = 'x';", line: 1, dialect: 'sqlite' as const },
    { name: 'a table whose name only starts like a catalog', sql: 'UPDATE pgx_users SET a = 1;', line: 1 },
    { name: 'UPDATE an existing column', sql: "UPDATE users SET status = 'active' WHERE status IS NULL;", line: 1 },
    { name: 'one old column among new ones', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name, name = upper(name);', line: 2 },
    { name: 'inside a DO block', sql: 'DO $$\nBEGIN\n  UPDATE users SET name = trim(name);\nEND $$;', line: 3 },
  ],
  quiet: [
    { name: 'MySQL backfill of a new column', sql: 'ALTER TABLE users ADD COLUMN n int;\nUPDATE users SET n = 1;', dialect: 'mysql' as const },
    { name: 'SQLite backfill of a new column', sql: 'ALTER TABLE users ADD COLUMN n INTEGER;\nUPDATE users SET n = 1;', dialect: 'sqlite' as const },
    { name: 'backfilling a column added in the PR', sql: 'ALTER TABLE users ADD COLUMN nick text;\nUPDATE users SET nick = name;' },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE t (a int);\nUPDATE t SET a = 1;' },
    { name: 'a Postgres system catalog (index rebuild trick)', sql: "UPDATE pg_index SET indisready = false WHERE indexrelid = 'ix'::regclass;" },
    { name: 'a schema-qualified system catalog', sql: 'UPDATE pg_catalog.pg_class SET relhasindex = true WHERE false;' },
  ],
});
