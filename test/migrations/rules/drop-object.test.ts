import { ruleTable } from '../helpers.js';

ruleTable('drop-object', {
  fires: [
    { name: 'MySQL DROP PROCEDURE', sql: 'DROP PROCEDURE IF EXISTS archive;', line: 1, dialect: 'mysql' as const },
    { name: 'MySQL DROP VIEW', sql: 'DROP VIEW v;', line: 1, dialect: 'mysql' as const },
    { name: 'SQLite DROP TRIGGER', sql: 'DROP TRIGGER touch;', line: 1, dialect: 'sqlite' as const },
    { name: 'SQLite DROP VIEW', sql: 'DROP VIEW v;', line: 1, dialect: 'sqlite' as const },
    { name: 'DROP VIEW', sql: 'DROP VIEW active_users;', line: 1 },
    { name: 'recreated before it is dropped is still a drop', sql: 'CREATE OR REPLACE VIEW v AS SELECT 1;\nDROP VIEW v2;', line: 2 },
    { name: 'DROP MATERIALIZED VIEW', sql: 'DROP MATERIALIZED VIEW stats;', line: 1 },
    { name: 'DROP FUNCTION with arguments', sql: '\nDROP FUNCTION IF EXISTS price(int, text);', line: 2 },
    { name: 'DROP PROCEDURE', sql: 'DROP PROCEDURE archive();', line: 1 },
    { name: 'DROP TRIGGER', sql: 'DROP TRIGGER touch ON users;', line: 1 },
    { name: 'DROP SEQUENCE', sql: 'DROP SEQUENCE order_no;', line: 1 },
    { name: 'DROP TYPE', sql: 'DROP TYPE mood;', line: 1 },
    { name: 'DROP DOMAIN', sql: 'DROP DOMAIN email;', line: 1 },
  ],
  quiet: [
    { name: 'SQLite view created in the PR', sql: 'CREATE VIEW v AS SELECT 1;\nDROP VIEW v;', dialect: 'sqlite' as const },
    { name: 'view created earlier in the PR', sql: 'CREATE VIEW v AS SELECT 1;\nDROP VIEW v;' },
    { name: 'enum created earlier in the PR', sql: "CREATE TYPE tmp AS ENUM ('a');\nDROP TYPE tmp;" },
    { name: 'function created earlier in the PR', sql: 'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\nDROP FUNCTION f();' },
    { name: 'CREATE OR REPLACE VIEW', sql: 'CREATE OR REPLACE VIEW v AS SELECT 1;' },
    { name: 'dropped and recreated by the same migration', sql: 'DROP VIEW user_view;\nCREATE VIEW user_view AS SELECT 1;' },
    { name: 'MySQL helper procedure dropped before it is recreated', sql: 'DROP PROCEDURE IF EXISTS p;\nCREATE PROCEDURE p() BEGIN SELECT 1; END;', dialect: 'mysql' as const },
  ],
});
