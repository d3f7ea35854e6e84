import { ruleTable } from '../helpers.js';

ruleTable('drop-table', {
  fires: [
    { name: 'MySQL DROP TABLE', sql: 'SELECT 1;\nDROP TABLE IF EXISTS `users`;', line: 2, dialect: 'mysql' as const },
    { name: 'SQLite DROP TABLE', sql: 'DROP TABLE users;', line: 1, dialect: 'sqlite' as const },
    { name: 'plain DROP TABLE', sql: 'DROP TABLE users;', line: 1 },
    { name: 'IF EXISTS, list, CASCADE: each table', sql: '-- cleanup\n\nDROP TABLE IF EXISTS a, users CASCADE;', line: 3 },
    { name: 'schema-qualified', sql: 'SELECT 1;\nDROP TABLE audit.log;', line: 2 },
    { name: 'inside a DO block (runs at migration time)', sql: 'DO $$\nBEGIN\n  DROP TABLE users;\nEND $$;', line: 3 },
  ],
  quiet: [
    { name: 'MySQL table created in the PR', sql: 'CREATE TABLE t (a int);\nDROP TABLE t;', dialect: 'mysql' as const },
    { name: 'table created earlier in the PR', sql: 'CREATE TABLE tmp (id int);\nDROP TABLE tmp;' },
    { name: 'table created in the PR then renamed', sql: 'CREATE TABLE tmp (id int);\nALTER TABLE tmp RENAME TO tmp2;\nDROP TABLE tmp2;' },
    { name: 'inside a function body (runs later, not now)', sql: 'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE users; END $$;' },
    { name: 'in a string', sql: "INSERT INTO notes (body) VALUES ('DROP TABLE users');" },
    { name: 'in a comment', sql: '-- DROP TABLE users;\nSELECT 1;' },
  ],
});

ruleTable('drop-table', {
  fires: [
    {
      name: 'each statement of a goose StatementBegin/End block on its own line',
      sql: '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n\n-- gone\nDROP TABLE users;\n-- +goose StatementEnd\n',
      line: 6,
      path: 'db/migrations/00003_drop.sql',
    },
    { name: 'a synapse .sql.postgres delta file', sql: 'SELECT 1;\nDROP TABLE users;', line: 2, path: 'synapse/storage/schema/main/delta/80/01_drop.sql.postgres' },
  ],
  quiet: [],
});
